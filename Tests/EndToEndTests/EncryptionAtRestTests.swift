import Foundation
import TestSupport
import XCTest

/// Media is never in the clear on local disks: not in SeaweedFS's volumes, not in the chunk cache, not in the
/// staging files of a write in progress; and a cached chunk altered on disk is never served.
final class EncryptionAtRestTests: EndToEndCase {
    private var chunks: String { "\(mount.cacheDirectory)/chunks" }

    func testAMarkerWrittenUnderRawIsFoundNowhereOnDiskYetReadsBack() throws {
        let marker = "MEETINGFS-MARKER-\(UUID().uuidString)"
        let path = "\(meetingPath)/raw/marker.wav"
        let control = TestStack.scratchDirectory("writer").path
        // 3 MiB of noise with the marker every 64 KiB, written anew, then rewritten in place (which is staged); the
        // writer holds the file open after each until told to go on.
        let writer = try BackgroundCommand("""
            python3 - <<'PY'
            import os, time
            def blocks(f):
                for _ in range(48):
                    f.write(os.urandom(65536 - \(marker.utf8.count)) + b"\(marker)")
                f.flush(); os.fsync(f.fileno())
            def pause(step):
                open("\(control)/" + step, "w").close()
                while not os.path.exists("\(control)/go-" + step): time.sleep(0.01)
            f = open("\(path)", "wb"); blocks(f); pause("written"); f.close()
            f = open("\(path)", "r+b"); blocks(f); pause("rewritten"); f.close()
            PY
            """)
        let stagingFiles = "find '\(mount.cacheDirectory)/staging' -name 'stage-*' -size +3M | wc -l"
        for (step, staged) in [("written", "0"), ("rewritten", "1")] {
            XCTAssertTrue(TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(control)/\(step)") }, writer.output)
            XCTAssertEqual(try sh(stagingFiles).trimmingCharacters(in: .whitespacesAndNewlines), staged,
                           "a new file is held in memory, a rewrite in place is staged")
            try assertNotFound(marker, in: "\(mount.cacheDirectory)/staging")
            FileManager.default.createFile(atPath: "\(control)/go-\(step)", contents: nil)
        }
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)

        XCTAssertEqual(try sh("grep -c -a -o '\(marker)' '\(path)'").trimmingCharacters(in: .whitespacesAndNewlines), "48",
                       "the bytes read back through the mount")
        XCTAssertTrue(TestStack.wait(upTo: 30) { ((try? FileManager.default.contentsOfDirectory(atPath: self.chunks)) ?? []).count >= 1 },
                      "the read filled the chunk cache")
        // The daemon writes chunks to temp files it renames: grep -r exits 2 on one gone between its listing and its
        // open. Once unmounted, the daemon has exited and the cache holds still.
        mount.unmount()
        try assertNotFound(marker, in: chunks)
        try assertNotFound(marker, in: "\(TestStack.stateDirectory)/weed/data")
    }

    func testAFlippedByteInACachedChunkIsDetectedAndTheChunkFetchedAgain() throws {
        let source = TestStack.scratchDirectory("src").appendingPathComponent("talk.wav").path
        try sh("head -c \(3 << 20) /dev/urandom > '\(source)' && cp '\(source)' '\(meetingPath)/raw/talk.wav'")
        try sh("cat '\(meetingPath)/raw/talk.wav' > /dev/null")
        XCTAssertTrue(TestStack.wait(upTo: 30) { ((try? FileManager.default.contentsOfDirectory(atPath: self.chunks)) ?? []).count >= 1 })
        mount.unmount()
        let entries = try FileManager.default.contentsOfDirectory(atPath: chunks).filter { !$0.hasPrefix(".") }
        for entry in entries {
            let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: "\(chunks)/\(entry)"))
            try handle.seek(toOffset: 1000)
            let byte = try XCTUnwrap(handle.readData(ofLength: 1).first)
            try handle.seek(toOffset: 1000)
            handle.write(Data([byte ^ 0x01]))
            try handle.close()
        }
        try mount.mount()
        XCTAssertEqual(try sha256("\(meetingPath)/raw/talk.wav"), try sha256(source), "the right bytes, fetched again")
        let log = try String(contentsOfFile: "\(mount.cacheDirectory)/meetingfs.log", encoding: .utf8)
        XCTAssertTrue(log.contains("failed its integrity check"), log)
    }

    private func assertNotFound(_ marker: String, in directory: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory), directory, file: file, line: line)
        let found = try Shell.run("grep -r -l -a -F '\(marker)' '\(directory)'")
        XCTAssertEqual(found.status, 1, "\(directory) holds the marker in the clear: \(found.output)", file: file, line: line)
    }
}
