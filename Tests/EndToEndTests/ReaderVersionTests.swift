import Foundation
import TestSupport
import XCTest

/// A reader gets one whole version; a name that exists throughout a replacement always opens (issue 25, item 2).
final class ReaderVersionTests: EndToEndCase {
    /// A Python reader of `path` that reads 1 MiB, says so, waits for `go`, reads the rest, and prints the sha256
    /// of everything it read and the size fstat gives.
    private final class Reader {
        let process: BackgroundCommand
        private let control = TestStack.scratchDirectory("reader").path

        init(_ path: String) throws {
            process = try BackgroundCommand("""
                /usr/bin/python3 - <<'PY'
                import hashlib, os, time
                f = open("\(path)", "rb")
                h = hashlib.sha256(f.read(1 << 20))
                open("\(control)/started", "w").close()
                while not os.path.exists("\(control)/go"): time.sleep(0.01)
                while True:
                    block = f.read(1 << 20)
                    if not block: break
                    h.update(block)
                print(h.hexdigest())
                PY
                """)
        }

        func waitUntilStarted() -> Bool { TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(control)/started") } }
        func resume() { _ = FileManager.default.createFile(atPath: "\(control)/go", contents: nil) }
    }

    private func assertReaderKeepsItsVersion(readingThrough reader: MountedFS, file: StaticString = #filePath, line: UInt = #line) throws {
        let name = "\(UUID().uuidString.prefix(8)).wav"
        let source = TestStack.scratchDirectory("version").appendingPathComponent(name).path
        try sh("head -c 20M /dev/urandom > '\(source)' && cp '\(source)' '\(meetingPath)/raw/\(name)'")
        let readerPath = reader.at("meetings/\(meeting!)/raw/\(name)")
        let reading = try Reader(readerPath)
        XCTAssertTrue(reading.waitUntilStarted(), reading.process.output, file: file, line: line)
        try sh("head -c 1M /dev/urandom > '\(meetingPath)/raw/\(name)'")  // O_TRUNC overwrite on the writing mount
        // The reader's mount has learnt of the new version before the reader goes on.
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? self.sh("stat -c %s '\(readerPath)'")) == "\(1 << 20)\n" }, file: file, line: line)
        reading.resume()
        XCTAssertEqual(reading.process.wait(upTo: 60), 0, reading.process.output, file: file, line: line)
        XCTAssertEqual(reading.process.output.trimmingCharacters(in: .whitespacesAndNewlines), try sha256(source),
                       "all 20 MiB of the version it opened", file: file, line: line)
    }

    func testAReaderOnAnotherMountKeepsTheWholeVersionItOpenedThroughAnOverwrite() throws {
        let other = try MountedFS()
        defer { other.unmount() }
        try assertReaderKeepsItsVersion(readingThrough: other)
    }

    func testAReaderOnTheWritingMountKeepsTheWholeVersionItOpenedThroughAnOverwrite() throws {
        try assertReaderKeepsItsVersion(readingThrough: mount)
    }

    func testRsyncStyleReplacementsNeverMakeTheNameVanishForOpens() throws {
        let other = try MountedFS()
        defer { other.unmount() }
        let artifacts = "\(meetingPath)/artifacts"
        try sh("echo '{}' > '\(artifacts)/E.json'")
        let done = TestStack.scratchDirectory("replacing").appendingPathComponent("done").path
        let opener = { (path: String) throws -> BackgroundCommand in
            try BackgroundCommand("""
                /usr/bin/python3 - <<'PY'
                import errno, os
                opens, failures = 0, {}
                while not os.path.exists("\(done)"):
                    for flags in (os.O_RDONLY, os.O_RDONLY | os.O_CREAT):
                        try:
                            os.close(os.open("\(path)", flags)); opens += 1
                        except OSError as e:
                            failures[errno.errorcode[e.errno]] = failures.get(errno.errorcode[e.errno], 0) + 1
                print(opens, sorted(failures.items()))
                PY
                """)
        }
        let onWriter = try opener("\(artifacts)/E.json")
        let onOther = try opener(other.at("meetings/\(meeting!)/artifacts/E.json"))
        try sh("""
            for i in $(seq 1 500); do
              echo "{\\"n\\": $i}" > '\(artifacts)/.E.json.tmp' && mv '\(artifacts)/.E.json.tmp' '\(artifacts)/E.json' || exit 1
            done; touch '\(done)'
            """, timeout: 600)
        for (label, loop) in [("writing mount", onWriter), ("other mount", onOther)] {
            XCTAssertEqual(loop.wait(upTo: 60), 0, loop.output)
            let fields = loop.output.split(separator: " ", maxSplits: 1)
            XCTAssertGreaterThan(Int(fields.first ?? "") ?? 0, 100, "\(label): \(loop.output)")
            XCTAssertEqual(fields.last.map(String.init), "[]\n", "\(label): no open failed")
        }
        XCTAssertEqual(try sh("cat '\(other.at("meetings/\(meeting!)/artifacts/E.json"))'"), "{\"n\": 500}\n")
    }
}
