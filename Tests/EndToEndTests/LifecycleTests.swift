import Foundation
import TestSupport
import XCTest
import MeetingCatalog
import MeetingOperations

/// The lifecycle policy through real mounts and the real `meetingfs gc`: legal hold, archive, kept versions, and
/// one gc leader at a time.
final class LifecycleTests: XCTestCase {
    private func sh(_ command: String, timeout: TimeInterval = 120) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private var binary: String { "'\(TestStack.binary)'" }

    /// Each test on a database and bucket of its own: gc with these rules would otherwise act on other tests' files.
    private var stack: IsolatedStack!

    override func setUpWithError() throws { stack = try IsolatedStack(label: "lifecycle") }
    override func tearDown() { stack?.tearDown() }

    /// The flags that point a command at this test's stack.
    private var on: String { stack.arguments.map { "'\($0)'" }.joined(separator: " ") }

    /// A config file with `lifecycle` as its lifecycle section.
    private func config(_ lifecycle: String) throws -> String {
        let file = TestStack.scratchDirectory("config").appendingPathComponent("config.yaml")
        try "lifecycle:\n\(lifecycle)".write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    private func sha256(_ path: String) throws -> String {
        String(try sh("sha256sum '\(path)'").prefix(64))
    }

    func testAMeetingOnHoldLosesNothingToRmGcOrRetention() throws {
        let policy = try config("""
              raw: { delete_after: 0s, keep_versions: 0 }
              artifacts: { keep_versions: 0 }
            """)
        let mount = try MountedFS(arguments: stack.arguments + ["--config", policy])
        defer { mount.unmount() }
        let held = TestStack.uniqueId("held"), free = TestStack.uniqueId("free")
        for meeting in [held, free] {
            _ = try sh("mkdir '\(mount.at("meetings/\(meeting)"))' && head -c 100000 /dev/urandom > '\(mount.at("meetings/\(meeting)/raw/a.wav"))'"
                       + " && echo one > '\(mount.at("meetings/\(meeting)/artifacts/t.md"))' && echo two > '\(mount.at("meetings/\(meeting)/artifacts/t.md"))'")
        }
        let before = try sha256(mount.at("meetings/\(held)/raw/a.wav"))
        _ = try sh("\(binary) hold \(held) --on --postgres-url '\(stack.ownerURL)'")
        // Overwritten while on hold (cp: one version per write), for both: only the held one keeps "two".
        let three = TestStack.scratchDirectory("three").appendingPathComponent("t.md").path
        _ = try sh("echo three > '\(three)'")
        for meeting in [held, free] { _ = try sh("cp '\(three)' '\(mount.at("meetings/\(meeting)/artifacts/t.md"))'") }

        let rm = try Shell.run("rm '\(mount.at("meetings/\(held)/raw/a.wav"))'")
        XCTAssertFalse(rm.succeeded)
        XCTAssertTrue(rm.error.contains("Operation not permitted"), rm.error)
        let rmdir = try Shell.run("rm -rf --one-file-system '\(mount.at("meetings/\(held)"))'")
        XCTAssertFalse(rmdir.succeeded)
        let moved = try Shell.run("mv '\(mount.at("meetings/\(held)/raw/a.wav"))' '\(mount.at("meetings/\(free)/raw/b.wav"))'")
        XCTAssertFalse(moved.succeeded, "a file cannot leave a meeting on hold")

        _ = try sh("\(binary) gc \(on) --config '\(policy)' --grace 0")
        XCTAssertEqual(try sha256(mount.at("meetings/\(held)/raw/a.wav")), before)
        XCTAssertEqual(try sh("cat '\(mount.at("meetings/\(held)/artifacts/t.md"))'"), "three\n")
        XCTAssertEqual(try sh("\(binary) versions \(on) --json '\(mount.at("meetings/\(held)/artifacts/t.md"))'").filter { $0 == "{" }.count, 1,
                       "the replaced version is kept")
        // The same rules without the hold: retention deleted the raw file, the version was dropped.
        XCTAssertFalse(FileManager.default.fileExists(atPath: mount.at("meetings/\(free)/raw/a.wav")))
        XCTAssertEqual(try sh("\(binary) versions \(on) --json '\(mount.at("meetings/\(free)/artifacts/t.md"))'").filter { $0 == "{" }.count, 0)

        _ = try sh("\(binary) hold \(held) --off --postgres-url '\(stack.ownerURL)'")
        _ = try sh("rm '\(mount.at("meetings/\(held)/raw/a.wav"))'")
        let audited = try PostgresPool(url: stack.ownerURL, capacity: 1).read("SELECT detail FROM audit_log WHERE action = 'hold' AND path = $1 ORDER BY id",
                                                     ["meetings/\(held)"]).all.map { $0.string("detail") }
        XCTAssertEqual(audited, ["on", "off"])
    }

    func testAZeroDayArchiveMovesRawFilesThatStillReadBack() throws {
        let policy = try config("  raw: { archive_after: 0d }\n")
        let mount = try MountedFS(arguments: stack.arguments + ["--config", policy])
        defer { mount.unmount() }
        let meeting = TestStack.uniqueId("archived")
        let raw = mount.at("meetings/\(meeting)/raw")
        _ = try sh("mkdir '\(mount.at("meetings/\(meeting)"))' && head -c 12000000 /dev/urandom > '\(raw)/big.wav' && echo small > '\(raw)/small.txt'"
                   + " && echo kept > '\(mount.at("meetings/\(meeting)/audio/a.txt"))'")
        let sums = try ["big.wav", "small.txt"].map { try sha256("\(raw)/\($0)") }

        let dry = try sh("\(binary) gc \(on) --config '\(policy)' --dry-run")
        XCTAssertTrue(dry.contains("meetings/\(meeting)/raw/big.wav"), dry)
        let pool = stack.pool()
        func keys() throws -> [String: String] {
            Dictionary(uniqueKeysWithValues: try pool.read("""
                SELECT name, s3_key FROM files WHERE status = 'ready' AND meeting_id = (SELECT id FROM meetings WHERE public_id = $1)
                """, [meeting]).all.map { ($0.string("name"), $0.string("s3_key")) })
        }
        XCTAssertFalse(try keys().values.contains { $0.hasPrefix("archive/") }, "a dry run moves nothing")

        let original = try keys()
        let bigKey = try XCTUnwrap(original["big.wav"]), smallKey = try XCTUnwrap(original["small.txt"])
        _ = try sh("\(binary) gc \(on) --config '\(policy)' --grace 0")
        let archived = try keys()
        XCTAssertEqual(archived["big.wav"], "archive/" + bigKey)
        XCTAssertEqual(archived["small.txt"], "archive/" + smallKey)
        XCTAssertEqual(archived["a.txt"], original["a.txt"], "audio/ has no archive rule here")
        let objects = stack.objects
        XCTAssertNil(try objects.head(key: bigKey), "the original object is gone after the grace period")

        // Read back through a mount with an empty cache: the bytes come from the archive.
        let fresh = try MountedFS(arguments: stack.arguments)
        defer { fresh.unmount() }
        let freshRaw = fresh.at("meetings/\(meeting)/raw")
        XCTAssertEqual(try ["big.wav", "small.txt"].map { try sha256("\(freshRaw)/\($0)") }, sums)
        XCTAssertEqual(try sh("getfattr --only-values -n user.meetingfs.s3_key '\(freshRaw)/big.wav'"), archived["big.wav"])

        _ = try sh("\(binary) archive \(on) --restore '\(freshRaw)/big.wav'")
        XCTAssertFalse(try XCTUnwrap(try keys()["big.wav"]).hasPrefix("archive/"))
        XCTAssertEqual(try sha256("\(freshRaw)/big.wav"), sums[0])
        let fsck = try Shell.run("\(binary) fsck \(on)")
        XCTAssertEqual(fsck.status, 0, "fsck finds the archive whole: \(fsck.output)")
    }

    func testFiveWritesKeepThreeVersionsAndOneRestores() throws {
        let policy = try config("  artifacts: { keep_versions: 3 }\n")
        let mount = try MountedFS(arguments: stack.arguments + ["--config", policy])
        defer { mount.unmount() }
        let meeting = TestStack.uniqueId("versioned")
        let path = mount.at("meetings/\(meeting)/artifacts/transcript.md")
        _ = try sh("mkdir '\(mount.at("meetings/\(meeting)"))'")
        var versionNumbers: [String] = []
        for round in 1...5 {
            // Overwrites in place and a replacing rename, as editors and rsync do.
            if round == 3 {
                _ = try sh("echo 'draft 3' > '\(path).tmp' && mv '\(path).tmp' '\(path)'")
            } else {
                _ = try sh("echo 'draft \(round)' > '\(path)'")
            }
            versionNumbers.append(try sh("getfattr --only-values -n user.meetingfs.version '\(path)'"))
        }
        _ = try sh("\(binary) gc \(on) --config '\(policy)' --grace 0")
        struct Listed: Decodable { let version: Int64; let size: Int64 }
        let listed = try JSONDecoder().decode([Listed].self, from: Data(try sh("\(binary) versions \(on) --json '\(path)'").utf8))
        XCTAssertEqual(listed.map { String($0.version) }, Array(versionNumbers[1...3].reversed()), "the three before the current, newest first")
        let table = try sh("\(binary) versions \(on) '\(path)'")
        XCTAssertTrue(table.hasPrefix("VERSION"), table)

        _ = try sh("\(binary) restore-version \(on) '\(path)' --version \(versionNumbers[1])")
        XCTAssertTrue(TestStack.wait(upTo: 10) { (try? String(contentsOfFile: path, encoding: .utf8)) == "draft 2\n" })
        let after = try JSONDecoder().decode([Listed].self, from: Data(try sh("\(binary) versions \(on) --json '\(path)'").utf8))
        XCTAssertEqual(after.first.map { String($0.version) }, versionNumbers[4], "the replaced current version is kept in its place")
        let missing = try Shell.run("\(binary) restore-version \(on) '\(path)' --version 1")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.error.contains("no kept version 1"), missing.error)
    }

    func testOneGcLeaderAtATimeAndMountsRunGcThemselves() throws {
        let mount = try MountedFS(arguments: stack.arguments + ["--temp-ttl", "1", "--gc-interval", "1", "--deletion-grace", "0"])
        defer { mount.unmount() }
        let area = TestStack.uniqueId("leader")
        _ = try sh("mkdir '\(mount.at("temp/\(area)"))' && echo x > '\(mount.at("temp/\(area)"))/x.txt'")
        let pool = stack.pool()
        func exists() throws -> Bool { try !pool.read("SELECT 1 FROM temp_areas WHERE public_id = $1", [area]).isEmpty }

        // While another process holds the gc lock, neither the mount nor the command collects anything.
        let holder = stack.pool()
        let blocked = try holder.withConnection { connection -> Shell.Result in
            try connection.query("SELECT pg_advisory_lock(\(GarbageCollector.lockKey))")
            defer { _ = try? connection.query("SELECT pg_advisory_unlock(\(GarbageCollector.lockKey))") }
            let result = try Shell.run("\(binary) gc \(on) --wait 3")
            XCTAssertTrue(try exists(), "no gc ran while the lock was held")
            return result
        }
        XCTAssertEqual(blocked.status, 1)
        XCTAssertTrue(blocked.error.contains("held the gc lock"), blocked.error)
        // Released, the mount's own gc removes the expired area within a few of its rounds.
        XCTAssertTrue(TestStack.wait(upTo: 30) { !((try? exists()) ?? true) }, "the mount's gc expired the area")
        XCTAssertFalse(FileManager.default.fileExists(atPath: mount.at("temp/\(area)/x.txt")))
    }

    func testABadConfigFileIsOneLineNamingTheKey() throws {
        let typo = try config("  raw: { archive_afer: 30d }\n")
        let result = try Shell.run("\(binary) gc \(on) --dry-run --config '\(typo)'")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("\(typo): lifecycle.raw.archive_afer is not a known key"), result.error)
        let value = try config("  gc_interval: soon\n")
        let bad = try Shell.run("\(binary) mount /nonexistent --config '\(value)'")
        XCTAssertTrue(bad.error.contains("lifecycle.gc_interval must be a duration"), bad.error)
    }
}
