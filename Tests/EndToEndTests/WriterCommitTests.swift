import Foundation
import TestSupport
import XCTest

/// A file becomes visible and queued once, whole, when its writer is done; a writer whose bytes were lost is told
/// so by every later fsync and close (issue 25, items 1 and 2 of "What must hold").
final class WriterCommitTests: EndToEndCase {
    private var other: MountedFS!

    override func setUpWithError() throws {
        try super.setUpWithError()
        other = try MountedFS()
    }

    override func tearDownWithError() throws {
        other?.unmount()
        try super.tearDownWithError()
    }

    /// Ready rows and jobs of the file `name` in this test's meeting.
    private func published(_ name: String) throws -> (ready: Int, jobs: Int) {
        let row = try database().query("""
            SELECT count(*) FILTER (WHERE f.status = 'ready') AS ready,
                   (SELECT count(*) FROM jobs j JOIN files g ON g.id = j.file_id WHERE g.meeting_id = m.id AND g.name = $2) AS jobs
            FROM meetings m LEFT JOIN files f ON f.meeting_id = m.id AND f.name = $2 WHERE m.public_id = $1 GROUP BY m.id
            """, [meeting, name]).first!
        return (Int(row.int("ready")), Int(row.int("jobs")))
    }

    private func listedOnOther(_ name: String) throws -> Bool {
        try sh("ls '\(other.at("meetings/\(meeting!)/raw"))'").split(separator: "\n").contains { $0 == name }
    }

    /// A writer that runs `before`, says so, waits for `resume()`, then runs `after` (a shell or Python script).
    private final class Paused {
        let process: BackgroundCommand
        private let control = TestStack.scratchDirectory("paused").path

        init(python before: String, after: String) throws {
            process = try BackgroundCommand("""
                /usr/bin/python3 - <<'PY'
                import errno, os, subprocess, time
                \(before)
                open("\(control)/reached", "w").close()
                while not os.path.exists("\(control)/go"): time.sleep(0.01)
                \(after)
                PY
                """)
        }

        init(shell before: String, after: String) throws {
            process = try BackgroundCommand("""
                bash -c '\(before)
                touch "\(control)/reached"
                while [ ! -e "\(control)/go" ]; do sleep 0.01; done
                \(after)'
                """)
        }

        func waitUntilReached() -> Bool { TestStack.wait(upTo: 120) { FileManager.default.fileExists(atPath: "\(control)/reached") } }
        func resume() { _ = FileManager.default.createFile(atPath: "\(control)/go", contents: nil) }
    }

    func testAPythonWriterSpawningChildrenPublishesOnceAtItsClose() throws {
        let path = "\(meetingPath)/raw/py.wav"
        let writer = try Paused(python: """
            f = open("\(path)", "wb")
            for i in range(4):
                f.write(os.urandom(1 << 20)); f.flush(); subprocess.run(["true"], check=True)
            """, after: "f.close()")
        XCTAssertTrue(writer.waitUntilReached(), writer.process.output)
        XCTAssertFalse(try listedOnOther("py.wav"), "the other mount does not list it before the close")
        XCTAssertEqual(try published("py.wav").ready, 0, "no ready row before the close")
        XCTAssertEqual(try published("py.wav").jobs, 0, "no job before the close")
        writer.resume()
        XCTAssertEqual(writer.process.wait(upTo: 60), 0, writer.process.output)
        XCTAssertEqual(try published("py.wav").jobs, 1)
        XCTAssertEqual(try sh("stat -c %s '\(path)'"), "\(4 << 20)\n")
        XCTAssertEqual(try sha256(other.at("meetings/\(meeting!)/raw/py.wav")), try sha256(path))
    }

    func testChildrenWritingToTheShellsDescriptorPublishNothingUntilTheShellClosesIt() throws {
        let path = "\(meetingPath)/raw/sh.wav"
        let writer = try Paused(shell: """
            exec 3>"\(path)"
            for i in 1 2 3 4; do head -c 262144 /dev/urandom >&3; done
            """, after: "exec 3>&-")
        XCTAssertTrue(writer.waitUntilReached(), writer.process.output)
        XCTAssertEqual(try published("sh.wav").ready, 0)
        XCTAssertEqual(try published("sh.wav").jobs, 0, "no job before exec 3>&-")
        writer.resume()
        XCTAssertEqual(writer.process.wait(upTo: 60), 0, writer.process.output)
        XCTAssertEqual(try published("sh.wav").jobs, 1)
        XCTAssertEqual(try sh("stat -c %s '\(other.at("meetings/\(meeting!)/raw/sh.wav"))'"), "\(4 * 262_144)\n", "the whole file")

        try sh("{ echo a; echo b; } > '\(meetingPath)/raw/group.txt'")
        XCTAssertEqual(try published("group.txt").jobs, 1)
        XCTAssertEqual(try sh("cat '\(other.at("meetings/\(meeting!)/raw/group.txt"))'"), "a\nb\n")
    }

    func testEachFsyncPublishesTheBytesSoFarAndTheJobComesAtTheClose() throws {
        let path = "\(meetingPath)/raw/synced.wav"
        let writer = try Paused(python: """
            f = open("\(path)", "wb")
            for i in range(3):
                f.write(os.urandom(1 << 20)); f.flush(); os.fsync(f.fileno())
            """, after: "f.close()")
        XCTAssertTrue(writer.waitUntilReached(), writer.process.output)
        XCTAssertEqual(try published("synced.wav").ready, 1, "fsync published the bytes")
        XCTAssertEqual(try sh("stat -c %s '\(other.at("meetings/\(meeting!)/raw/synced.wav"))'"), "\(3 << 20)\n")
        XCTAssertEqual(try published("synced.wav").jobs, 0, "the job waits for the close")
        writer.resume()
        XCTAssertEqual(writer.process.wait(upTo: 60), 0, writer.process.output)
        XCTAssertEqual(try published("synced.wav").jobs, 1)
    }

    func testAWriterThatLostItsUploadToFrozenS3GetsEIOFromFsyncAndClose() throws {
        mount.unmount()
        mount = try MountedFS(arguments: ["--s3-timeout", "3"])
        let path = "\(meetingPath)/raw/frozen.wav"
        try sh("echo old > '\(path)'")
        let weed = try TestStack.seaweedPid()
        let writer = try Paused(python: """
            f = open("\(path)", "wb")
            f.write(os.urandom(20 << 20)); f.flush()
            subprocess.run(["true"], check=True)
            os.kill(\(weed), 19)  # SIGSTOP: S3 freezes from here
            failed = False
            for i in range(400):
                try:
                    f.write(os.urandom(1 << 20)); f.flush()
                except OSError:
                    failed = True; break
            subprocess.run(["true"], check=True)
            print("write", "EIO" if failed else "ok", flush=True)
            """, after: """
            for step in (lambda: os.fsync(f.fileno()), f.close):
                try:
                    step(); print("ok")
                except OSError as e:
                    print(errno.errorcode[e.errno])
            """)
        defer { kill(weed, SIGCONT) }
        XCTAssertTrue(writer.waitUntilReached(), writer.process.output)
        kill(weed, SIGCONT)
        writer.resume()
        XCTAssertEqual(writer.process.wait(upTo: 60), 0, writer.process.output)
        XCTAssertEqual(writer.process.output.split(separator: "\n"), ["write EIO", "EIO", "EIO"])
        XCTAssertEqual(try sh("cat '\(path)'"), "old\n", "the previous version stays")
        XCTAssertEqual(try sh("cat '\(other.at("meetings/\(meeting!)/raw/frozen.wav"))'"), "old\n")
    }

    func testAWriterWhoseCommitFoundPostgresStoppedGetsEIOFromFsyncAndClose() throws {
        let path = "\(meetingPath)/raw/stopped.wav"
        try sh("echo old > '\(path)'")
        let back = TestStack.scratchDirectory("postgres-back").appendingPathComponent("back").path
        let writer = try Paused(python: """
            f = open("\(path)", "wb")
            f.write(os.urandom(20 << 20)); f.flush()
            subprocess.run(["true"], check=True)
            """, after: """
            def answer(step):
                try:
                    step(); print("ok", flush=True)
                except OSError as e:
                    print(errno.errorcode[e.errno], flush=True)
            answer(lambda: os.fsync(f.fileno()))
            open("\(back).asked", "w").close()
            while not os.path.exists("\(back)"): time.sleep(0.01)
            answer(lambda: os.fsync(f.fileno()))
            answer(f.close)
            """)
        XCTAssertTrue(writer.waitUntilReached(), writer.process.output)
        try TestStack.stopPostgres()
        var started = false
        defer { if !started { try? TestStack.startPostgres() } }
        writer.resume()
        XCTAssertTrue(TestStack.wait(upTo: 120) { FileManager.default.fileExists(atPath: "\(back).asked") }, writer.process.output)
        try TestStack.startPostgres()
        started = true
        _ = FileManager.default.createFile(atPath: back, contents: nil)
        XCTAssertEqual(writer.process.wait(upTo: 120), 0, writer.process.output)
        XCTAssertEqual(writer.process.output.split(separator: "\n"), ["EIO", "EIO", "EIO"])
        XCTAssertEqual(try sh("cat '\(path)'"), "old\n", "the previous version stays")
        XCTAssertEqual(try sh("cat '\(other.at("meetings/\(meeting!)/raw/stopped.wav"))'"), "old\n")
    }
}
