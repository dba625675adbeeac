import Foundation
import TestSupport
import XCTest
import MeetingObjects
import MeetingCatalog

/// Backups as the timers keep them: rotated to a retention policy without breaking any kept snapshot, listed, and
/// tried by a restore drill that passes only on a whole backup and never leaves its scratch behind.
final class BackupRotationTests: XCTestCase {
    private let binary = "'\(TestStack.binary)'"

    private func sh(_ command: String, timeout: TimeInterval = 300) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private func keyFile() throws -> String {
        let path = TestStack.scratchDirectory("key").appendingPathComponent("backup.key").path
        _ = try sh("head -c 32 /dev/urandom > '\(path)' && chmod 600 '\(path)'")
        return path
    }

    private struct Snapshot: Decodable {
        let id: String
        let time: String
        let files: Int
        let bytes: Int64
    }

    private func snapshots(_ directory: String, _ key: String, _ stack: IsolatedStack) throws -> [Snapshot] {
        let output = try sh("\(binary) backup list --from '\(directory)' --key-file '\(key)' --json --s3-bucket \(stack.bucket)")
        return try JSONDecoder().decode([Snapshot].self, from: Data(output.utf8))
    }

    func testPruneKeepsTheNewestThreeWholeAndTheOldestKeptRestoresEveryFile() throws {
        let source = try IsolatedStack(label: "rotate")
        var fresh: IsolatedStack?
        defer { source.tearDown(); fresh?.tearDown() }
        let key = try keyFile()
        let directory = TestStack.scratchDirectory("rotated").path
        let mount = try MountedFS(arguments: source.arguments)
        let raw = mount.at("meetings/weekly/raw")
        _ = try sh("mkdir '\(mount.at("meetings/weekly"))'")
        var expected = ""
        for day in 1...7 {
            _ = try sh("head -c \(100_000 * day) /dev/urandom > '\(raw)/day\(day).wav'")
            // day1.wav is gone before the last backup: only the older snapshots still need its object.
            if day == 7 { _ = try sh("rm '\(raw)/day1.wav'") }
            _ = try sh("\(binary) backup --to '\(directory)' --key-file '\(key)' --postgres-url '\(source.ownerURL)' --s3-bucket \(source.bucket)")
            if day == 5 { expected = try sh("cd '\(raw)' && sha256sum *") }
        }
        mount.unmount()
        let all = try snapshots(directory, key, source)
        XCTAssertEqual(all.map(\.files), [1, 2, 3, 4, 5, 6, 6], "each snapshot lists the files of its time")
        XCTAssertEqual(all.last?.bytes, Int64((2...7).reduce(0, +) * 100_000))

        let prune = "\(binary) backup prune --from '\(directory)' --key-file '\(key)' --keep-last 3 --s3-bucket \(source.bucket)"
        let dry = try sh(prune + " --dry-run --json")
        XCTAssertTrue(dry.contains("\"objects_removed\" : 0"), "every file is in a kept snapshot, day1.wav in the fifth and sixth: \(dry)")
        XCTAssertEqual(try snapshots(directory, key, source).count, 7, "--dry-run removes nothing")
        XCTAssertTrue(try sh(prune).contains("kept 3 snapshots, removed 4"))
        let kept = try snapshots(directory, key, source)
        XCTAssertEqual(kept.map(\.id), all.suffix(3).map(\.id), "the newest three are kept")
        for snapshot in kept {
            let verified = try sh("\(binary) backup verify --from '\(directory)' --key-file '\(key)' --snapshot \(snapshot.id) --s3-bucket \(source.bucket)")
            XCTAssertTrue(verified.contains("whole"), verified)
        }
        // A policy that keeps nothing is refused, not applied.
        let refused = try Shell.run("\(binary) backup prune --from '\(directory)' --key-file '\(key)' --keep-last 0 --s3-bucket \(source.bucket)")
        XCTAssertEqual(refused.status, 64, refused.error)
        XCTAssertTrue(refused.error.contains("keeps nothing would remove every snapshot"), refused.error)

        // The oldest kept snapshot (the fifth) restores with exactly the files it had, byte for byte.
        fresh = try IsolatedStack(label: "rotated", migrated: false)
        let target = try XCTUnwrap(fresh)
        _ = try sh("\(binary) restore --from '\(directory)' --key-file '\(key)' --snapshot \(kept[0].id) --postgres-url '\(target.ownerURL)' --s3-bucket \(target.bucket) --grant-to meetingfs_login")
        let restored = try MountedFS(arguments: target.arguments)
        defer { restored.unmount() }
        let listing = try sh("ls '\(restored.at("meetings/weekly/raw"))'").split(separator: "\n").map(String.init)
        XCTAssertEqual(listing, (1...5).map { "day\($0).wav" })
        XCTAssertEqual(try sh("cd '\(restored.at("meetings/weekly/raw"))' && sha256sum *"), expected)
    }

    func testTheDrillPassesOnAWholeBackupFailsOnOneChangedByteAndLeavesNoScratch() throws {
        let source = try IsolatedStack(label: "rehearsal")
        defer { source.tearDown() }
        let key = try keyFile()
        let directory = TestStack.scratchDirectory("drilled").path
        let metrics = TestStack.scratchDirectory("textfile").path
        let mount = try MountedFS(arguments: source.arguments)
        _ = try sh("""
            mkdir '\(mount.at("meetings/drill"))' && head -c 9000000 /dev/urandom > '\(mount.at("meetings/drill/raw/call.wav"))' && \
            echo one > '\(mount.at("meetings/drill/artifacts/notes.md"))' && echo two > '\(mount.at("meetings/drill/artifacts/notes.md"))'
            """)
        mount.unmount()
        _ = try sh("\(binary) backup --to '\(directory)' --key-file '\(key)' --postgres-url '\(source.ownerURL)' --s3-bucket \(source.bucket)")
        let bucketsBefore = Set(try source.objects.listBuckets())
        let databases = "SELECT count(*) AS n FROM pg_database WHERE datname LIKE 'meetingfs\\_drill\\_%'"
        let owner = PostgresPool(url: source.ownerURL, capacity: 1)
        let drill = "MEETINGFS_METRICS_TEXTFILE_DIR='\(metrics)' \(binary) restore --drill --from '\(directory)' --key-file '\(key)' --postgres-url '\(source.ownerURL)' --s3-bucket \(source.bucket)"

        let passed = try sh(drill + " --json")
        XCTAssertTrue(passed.contains("\"passed\" : true") && passed.contains("\"checked\" : 3"), "every file, the kept version too: \(passed)")
        XCTAssertTrue(try String(contentsOfFile: "\(metrics)/meetingfs_restore_drill_result.prom", encoding: .utf8)
            .contains("meetingfs_restore_drill_passed 1.000"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(metrics)/meetingfs_restore_drill.prom"))
        XCTAssertEqual(try owner.read(databases).first?.int("n"), 0, "no scratch database is left")
        XCTAssertEqual(Set(try source.objects.listBuckets()), bucketsBefore, "no scratch bucket is left")
        XCTAssertTrue(try sh(drill + " --sample 1").contains("1 of 3 files checked"))

        let largest = try sh("ls -S '\(directory)/objects' | head -1").trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try sh("""
            python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(5000000); b = f.read(1); f.seek(5000000); f.write(bytes([b[0] ^ 1]))' '\(directory)/objects/\(largest)'
            """)
        let failed = try Shell.run(drill)
        XCTAssertEqual(failed.status, 1, failed.output + failed.error)
        XCTAssertTrue(failed.output.contains("FAILED"), failed.output)
        XCTAssertTrue(try String(contentsOfFile: "\(metrics)/meetingfs_restore_drill_result.prom", encoding: .utf8)
            .contains("meetingfs_restore_drill_passed 0.000"))
        XCTAssertEqual(try owner.read(databases).first?.int("n"), 0, "no scratch database is left after a failure either")
        XCTAssertEqual(Set(try source.objects.listBuckets()), bucketsBefore, "nor a scratch bucket")
        let audit = try owner.read("SELECT result FROM audit_log WHERE action = 'restore-drill' ORDER BY id").all.map { $0.string("result") }
        XCTAssertEqual(audit, ["ok", "ok", "failed"], "each drill is an audit row")
    }
}
