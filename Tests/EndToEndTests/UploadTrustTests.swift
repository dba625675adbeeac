import Foundation
import TestSupport
import XCTest
import MeetingObjects
import MeetingCatalog

/// A file is published whole or not at all, two writers never mix their bytes, and every fault ends in a bounded
/// error and a clean recovery (issue 7's "What must hold").
final class UploadTrustTests: EndToEndCase {
    private func query(_ sql: String, _ parameters: [String?] = []) throws -> Rows {
        try database().query(sql, parameters)
    }

    /// Rows of files named `name` in this test's meeting, with their jobs.
    private func fileRows(named name: String) throws -> (ready: Int, jobs: Int, sha256: String?) {
        let row = try query("""
            SELECT count(*) FILTER (WHERE f.status = 'ready') AS ready, max(f.sha256) FILTER (WHERE f.status = 'ready') AS sha,
                   (SELECT count(*) FROM jobs j JOIN files g ON g.id = j.file_id
                    WHERE g.meeting_id = m.id AND g.name = $2) AS jobs
            FROM meetings m LEFT JOIN files f ON f.meeting_id = m.id AND f.name = $2 WHERE m.public_id = $1 GROUP BY m.id
            """, [meeting, name]).first!
        return (Int(row.int("ready")), Int(row.int("jobs")), row["sha"])
    }

    /// A Python process that writes `mib` MiB of random bytes to `path` and then waits, file open, until `resume()`;
    /// then it runs `then` (Python, with the file as `f`).
    private final class PausedWriter {
        let process: BackgroundCommand
        private let control = TestStack.scratchDirectory("writer").path

        init(_ path: String, mib: Int, then: String) throws {
            process = try BackgroundCommand("""
                python3 - <<'PY'
                import errno, os, time
                f = open("\(path)", "wb")
                f.write(os.urandom(\(mib) << 20)); f.flush()
                open("\(control)/written", "w").close()
                while not os.path.exists("\(control)/go"): time.sleep(0.01)
                \(then)
                PY
                """)
        }

        /// Whether the first bytes were written within a minute.
        func waitUntilWritten() -> Bool {
            TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(control)/written") }
        }

        func resume() { _ = FileManager.default.createFile(atPath: "\(control)/go", contents: nil) }
    }

    func testReadingAFileWhileItIsWrittenPublishesNothing() throws {
        let other = try MountedFS()
        let path = "\(meetingPath)/raw/talk.wav"
        let paused = try PausedWriter(path, mib: 5, then: "f.write(os.urandom(3 << 20)); f.close()")
        let writer = paused.process
        XCTAssertTrue(paused.waitUntilWritten(), writer.output)

        // Progress checks on the writing mount: each opens the file, reads and closes it.
        XCTAssertEqual(try sh("cat '\(path)' | wc -c").trimmingCharacters(in: .whitespacesAndNewlines), "\(5 << 20)")
        try sh("head -c 100 '\(path)' >/dev/null; python3 -c 'open(\"\(path)\", \"rb\").read(10)'")
        XCTAssertFalse(try sh("ls '\(other.at("meetings/\(meeting!)/raw"))'").contains("talk.wav"), "the other mount lists nothing yet")
        let during = try fileRows(named: "talk.wav")
        XCTAssertEqual(during.ready, 0, "nothing partial is published")
        XCTAssertEqual(during.jobs, 0, "no job for a partial file")

        paused.resume()
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)
        let after = try fileRows(named: "talk.wav")
        XCTAssertEqual(after.jobs, 1, "exactly one job, for the whole file")
        let whole = try sha256(path)
        XCTAssertEqual(after.sha256, whole)
        XCTAssertEqual(try sha256(other.at("meetings/\(meeting!)/raw/talk.wav")), whole)
        XCTAssertEqual(try sh("stat -c %s '\(other.at("meetings/\(meeting!)/raw/talk.wav"))'"), "\(8 << 20)\n")
    }

    /// Every object key a version of `name` in this meeting ever had: rows of any status, and the trash.
    private func versionKeys(of name: String) throws -> Set<String> {
        let rows = try query("""
            SELECT f.s3_key AS key FROM files f JOIN meetings m ON m.id = f.meeting_id
            WHERE m.public_id = $1 AND f.name = $2 AND f.s3_key IS NOT NULL
            UNION SELECT key FROM object_trash WHERE key LIKE 'meetings/' || $1 || '/raw/%/' || $2
            """, [meeting, name])
        return Set(rows.all.map { $0.string("key") })
    }

    func testTwoMountsReplacingOneFileNeverMixTheirVersions() throws {
        let other = try MountedFS()
        let inputs = TestStack.scratchDirectory("inputs").path
        let s3 = S3Client(config: try TestStack.settings().s3)
        let name = "shared.bin"
        var knownKeys = Set<String>()
        for round in 1...5 {
            try sh("head -c 20M /dev/urandom > '\(inputs)/a'; head -c 20M /dev/urandom > '\(inputs)/b'")
            let candidates = [try sha256("\(inputs)/a"), try sha256("\(inputs)/b")]
            try sh("""
                cp '\(inputs)/a' '\(meetingPath)/raw/\(name)' & first=$!
                cp '\(inputs)/b' '\(other.at("meetings/\(meeting!)/raw/\(name)"))' & second=$!
                wait $first && wait $second
                """)
            let rows = try fileRows(named: name)
            XCTAssertEqual(rows.ready, 1, "round \(round)")
            let cold = try MountedFS()
            let read = try sha256(cold.at("meetings/\(meeting!)/raw/\(name)"))
            cold.unmount()
            XCTAssertEqual(read, rows.sha256, "round \(round): the row describes the bytes stored")
            XCTAssertTrue(candidates.contains(read), "round \(round): the content is one whole input")
            // Each writer uploaded to a key of its own, and the losing version's bytes are still whole under its key
            // (readers that opened it keep them until the grace period ends).
            let newKeys = try versionKeys(of: name).subtracting(knownKeys)
            XCTAssertEqual(newKeys.count, 2, "round \(round): two versions, two keys: \(newKeys)")
            let losing = try newKeys.map { key -> String in
                let copy = "\(inputs)/version"
                try s3.get(key: key, offset: 0, length: 21 << 20).write(to: URL(fileURLWithPath: copy))
                return try sha256(copy)
            }
            XCTAssertEqual(Set(losing), Set(candidates), "round \(round): both versions are stored whole")
            knownKeys.formUnion(newKeys)
        }
        // Multipart etags came back in XML: none may keep an escape or a quote.
        let escaped = try query("""
            SELECT count(*) AS n FROM files f JOIN meetings m ON m.id = f.meeting_id
            WHERE m.public_id = $1 AND f.etag IS NOT NULL AND (f.etag LIKE '%&%' OR f.etag LIKE '%"%')
            """, [meeting]).first!.int("n")
        XCTAssertEqual(escaped, 0)
        XCTAssertGreaterThan(try query("""
            SELECT count(*) AS n FROM files f JOIN meetings m ON m.id = f.meeting_id WHERE m.public_id = $1 AND f.etag LIKE '%-%'
            """, [meeting]).first!.int("n"), 0, "multipart etags were stored")
    }

    func testFrozenS3FailsALargeWriteFastAndNeverBlocksListing() throws {
        mount.unmount()
        mount = try MountedFS(arguments: ["--s3-timeout", "5"])
        let path = "\(meetingPath)/raw/big.bin"
        let dd = try BackgroundCommand("dd if=/dev/urandom of='\(path)' bs=1M count=256 status=none")
        let started = TestStack.wait(upTo: 60) {
            ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0) >= 24 << 20
        }
        XCTAssertTrue(started, dd.output)
        let weed = try TestStack.seaweedPid()
        kill(weed, SIGSTOP)
        defer { kill(weed, SIGCONT) }
        let frozen = Date()
        var listings = 0
        while dd.isRunning && Date().timeIntervalSince(frozen) < 60 {
            let asked = Date()
            let ls = try Shell.run("ls -l '\(meetingPath)/raw'", timeout: 30)
            XCTAssertTrue(ls.succeeded, ls.error)
            XCTAssertLessThan(Date().timeIntervalSince(asked), 1.0, "ls -l waited for the upload")
            listings += 1
            usleep(100_000)
        }
        let status = dd.wait(upTo: max(0, 60 - Date().timeIntervalSince(frozen)))
        XCTAssertNotNil(status, "dd still running 60 s after S3 froze")
        XCTAssertNotEqual(status, 0, "the failed upload is reported")
        XCTAssertGreaterThan(listings, 0)

        kill(weed, SIGCONT)
        let source = TestStack.scratchDirectory("after").appendingPathComponent("after.bin").path
        try sh("head -c 20M /dev/urandom > '\(source)'; cp '\(source)' '\(meetingPath)/raw/after.bin'")
        XCTAssertEqual(try sha256("\(meetingPath)/raw/after.bin"), try sha256(source), "the same mount writes and reads again")
        XCTAssertEqual(try sh("ls '\(meetingPath)/raw'"), "after.bin\n", "nothing of the failed upload is visible")
    }

    func testCloseFailsWithinTheS3TimeoutWhenS3FreezesBeforeIt() throws {
        mount.unmount()
        mount = try MountedFS(arguments: ["--s3-timeout", "3"])
        let path = "\(meetingPath)/raw/frozen-close.bin"
        // 20 MiB: two parts streamed while writing, the tail left for close.
        let paused = try PausedWriter(path, mib: 20, then: """
            started = time.monotonic()
            try:
                f.close(); print("closed")
            except OSError as e:
                print(errno.errorcode[e.errno])
            print(round(time.monotonic() - started, 2))
            """)
        let writer = paused.process
        XCTAssertTrue(paused.waitUntilWritten(), writer.output)
        let weed = try TestStack.seaweedPid()
        kill(weed, SIGSTOP)
        defer { kill(weed, SIGCONT) }
        paused.resume()
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)
        kill(weed, SIGCONT)
        let lines = writer.output.split(separator: "\n")
        XCTAssertEqual(lines.first, "EIO", writer.output)
        XCTAssertLessThan(Double(lines.last ?? "") ?? 99, 3 + 2, "close answered within the S3 timeout and a small margin")
        XCTAssertEqual(try sh("ls '\(meetingPath)/raw'"), "", "nothing of the failed upload is visible")
    }

    func testPostgresRestartCostsNoFailedOperation() throws {
        let other = try MountedFS()
        let mounts: [MountedFS] = [mount, other]
        for (index, mounted) in mounts.enumerated() {
            try sh("ls '\(mounted.at("meetings/\(meeting!)/raw"))' && echo before > '\(mounted.at("meetings/\(meeting!)/raw/before-\(index)"))'")
        }
        try TestStack.restartPostgres()
        for (index, mounted) in mounts.enumerated() {
            let raw = mounted.at("meetings/\(meeting!)/raw")
            let listed = try Shell.run("ls '\(raw)'")
            XCTAssertTrue(listed.succeeded, "ls on mount \(index) after the restart: \(listed.error)")
            let created = try Shell.run("echo after > '\(raw)/after-\(index)'")
            XCTAssertTrue(created.succeeded, "create on mount \(index) after the restart: \(created.error)")
        }
        XCTAssertEqual(try sh("ls '\(meetingPath)/raw'"), "after-0\nafter-1\nbefore-0\nbefore-1\n")
    }

    func testThreeFastPostgresRestartsUnderTwoCopyLoopsFailNoOperation() throws {
        let other = try MountedFS()
        let scratch = TestStack.scratchDirectory("restarts")
        let stop = scratch.appendingPathComponent("stop").path
        let source = TestStack.scratchDirectory("restart-source").appendingPathComponent("s.bin").path
        try sh("head -c 300000 /dev/urandom > '\(source)'")
        let progress = (0..<2).map { scratch.appendingPathComponent("progress-\($0)").path }
        let loops = try [mount!, other].enumerated().map { index, mounted in
            try BackgroundCommand("""
                n=0; failed=0
                while [ ! -e '\(stop)' ]; do
                  n=$((n + 1)); target='\(mounted.at("meetings/\(meeting!)/raw"))/loop\(index)-'$((n % 20))
                  cp '\(source)' "$target" && cmp -s '\(source)' "$target" || failed=$((failed + 1))
                  echo $n > '\(progress[index])'
                done; echo "$n $failed"
                """)
        }
        /// Copies each loop finished so far.
        func copies() -> [Int] {
            progress.map { Int(((try? String(contentsOfFile: $0, encoding: .utf8)) ?? "0").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 }
        }
        for _ in 0..<3 {
            // Each restart comes after every loop copied a few more files since the last one.
            let before = copies()
            XCTAssertTrue(TestStack.wait(upTo: 60) { zip(copies(), before).allSatisfy { $0 >= $1 + 4 } }, "\(copies())")
            try TestStack.restartPostgres()
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        for loop in loops {
            XCTAssertEqual(loop.wait(upTo: 120), 0, loop.output)
            let counts = loop.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            XCTAssertEqual(counts.count, 2, loop.output)
            XCTAssertGreaterThan(counts.first ?? 0, 10, "copies ran meanwhile")
            XCTAssertEqual(counts.last, 0, "copies that failed across three restarts: \(loop.output)")
        }
    }

    func testCrashMidUploadLeavesNoTraceAndGcAbortsItsUpload() throws {
        let other = try MountedFS()
        let raw = "\(meetingPath)/raw"
        let writer = try BackgroundCommand("""
            python3 - <<'PY'
            import os, time
            with open("\(raw)/paced.bin", "wb") as f:
                for _ in range(150):
                    f.write(os.urandom(4 << 20)); f.flush(); time.sleep(0.2)
            PY
            """)
        let s3 = S3Client(config: try TestStack.settings().s3)
        let prefix = "meetings/\(meeting!)/"
        XCTAssertTrue(try TestStack.wait(upTo: 60) { try !s3.listMultipartUploads(prefix: prefix).isEmpty },
                      "the multipart upload never began: \(writer.output)")
        mount.crash()
        _ = writer.wait(upTo: 30)
        try mount.mount()

        XCTAssertEqual(try sh("ls -A '\(raw)'"), "", "no trace on the remounted mount")
        XCTAssertEqual(try sh("ls -A '\(other.at("meetings/\(meeting!)/raw"))'"), "", "no trace on another mount")
        let gc = try Shell.run("'\(TestStack.binary)' gc", timeout: 300)
        XCTAssertTrue(gc.succeeded, gc.output + gc.error)
        XCTAssertEqual(try s3.listMultipartUploads(prefix: prefix).map(\.key), [], gc.output)
        try sh("rm -rf --one-file-system '\(raw)'/* && rmdir '\(meetingPath)'")
        XCTAssertFalse(FileManager.default.fileExists(atPath: meetingPath), "the meeting can be emptied and removed")
    }
}
