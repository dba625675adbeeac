import Foundation
import TestSupport
import XCTest
import MeetingObjects
import MeetingCatalog

/// Backup and restore as an admin would run them: a populated stack backed up (twice, the second copying only
/// what is new), destroyed, restored into a fresh database and bucket, and read back whole through a new mount.
final class BackupRestoreTests: XCTestCase {
    private func sh(_ command: String, timeout: TimeInterval = 300) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private let binary = "'\(TestStack.binary)'"

    private func keyFile() throws -> String {
        let path = TestStack.scratchDirectory("key").appendingPathComponent("backup.key").path
        _ = try sh("head -c 32 /dev/urandom > '\(path)' && chmod 600 '\(path)'")
        return path
    }

    /// sha256sum of every file under a mount, by path relative to it.
    private func sums(_ mount: MountedFS) throws -> String {
        try sh("cd '\(mount.path)' && find meetings users temp -type f | sort | xargs -d '\\n' sha256sum")
    }

    /// The URL without its password, and a 0600 file holding the password.
    private static func withoutPassword(_ url: String) throws -> (String, String) {
        var components = try XCTUnwrap(URLComponents(string: url))
        let file = TestStack.scratchDirectory("pgpass").appendingPathComponent("password").path
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data(try XCTUnwrap(components.password).utf8),
                                                     attributes: [.posixPermissions: 0o600]))
        components.password = nil
        return (components.string!, file)
    }

    private func counts(_ ownerURL: String) throws -> [String: Int64] {
        let pool = PostgresPool(url: ownerURL, capacity: 1)
        var counts: [String: Int64] = [:]
        for table in ["users", "meetings", "temp_areas", "files", "file_versions", "artifacts", "jobs", "audit_log", "meeting_access"] {
            counts[table] = try pool.read("SELECT count(*) AS n FROM \(table)").first?.int("n")
        }
        return counts
    }

    func testARestoredStackReadsBackWholeAndVerifyCatchesOneChangedByte() throws {
        let source = try IsolatedStack(label: "backup")
        var fresh: IsolatedStack?
        defer { source.tearDown(); fresh?.tearDown() }
        let key = try keyFile()
        let directory = TestStack.scratchDirectory("backup").path
        // The password from a file, as operators pass it: nothing on a command line shows it.
        let (sourceURL, passwordFile) = try Self.withoutPassword(source.ownerURL)
        let password = try String(contentsOfFile: passwordFile, encoding: .utf8)
        let backup = "\(binary) backup --to '\(directory)' --key-file '\(key)' --postgres-url '\(sourceURL)' --postgres-password-file '\(passwordFile)' --s3-bucket \(source.bucket)"

        let mount = try MountedFS(arguments: source.arguments)
        let meeting = mount.at("meetings/recorded")
        _ = try sh("""
            \(binary) user add alice --uid 4242 --role member --postgres-url '\(source.ownerURL)' && \
            mkdir '\(meeting)' && \(binary) share recorded alice --read --postgres-url '\(source.ownerURL)' && \
            head -c 12000000 /dev/urandom > '\(meeting)/raw/call.wav' && echo notes > '\(meeting)/raw/notes.txt' && \
            head -c 300000 /dev/urandom > '\(meeting)/audio/call.flac' && \
            echo draft > '\(meeting)/artifacts/transcript.md' && echo final > '\(meeting)/artifacts/transcript.md' && \
            mkdir -p '\(mount.at("temp/scratch/deep"))' && echo tmp > '\(mount.at("temp/scratch/deep/x.txt"))'
            """)
        let first = try sh(backup)
        XCTAssertTrue(first.contains("6 objects, 6 copied"), first)
        _ = try sh("echo later > '\(meeting)/artifacts/summary.json'")
        mount.unmount()
        let expectedSums = try sums(try MountedFS(arguments: source.arguments))
        let expectedCounts = try counts(source.ownerURL)
        XCTAssertEqual(expectedCounts["file_versions"], 1, "the replaced transcript is a kept version")
        XCTAssertGreaterThan(expectedCounts["jobs"] ?? 0, 0)
        // pg_dump and pg_restore get the password through their environment, never their command line.
        var watch = CommandLineWatch(secret: password, programs: ["pg_dump"])
        let second = try sh(backup)
        var watched = watch.stop()
        XCTAssertEqual(watched.leaked, [])
        XCTAssertEqual(watched.seen, ["pg_dump"], "the watch saw pg_dump run")
        XCTAssertTrue(second.contains("7 objects, 1 copied"), "only the new file is copied: \(second)")
        XCTAssertTrue(second.contains("6 already in the backup"), second)

        // The stack is lost.
        source.tearDown()
        XCTAssertTrue(((try? source.objects.list(prefix: "")) ?? []).isEmpty, "its bucket is gone")

        fresh = try IsolatedStack(label: "restored", migrated: false)
        let target = try XCTUnwrap(fresh)
        watch = CommandLineWatch(secret: password, programs: ["pg_restore"])
        let (targetURL, _) = try Self.withoutPassword(target.ownerURL)
        _ = try sh("\(binary) restore --from '\(directory)' --key-file '\(key)' --postgres-url '\(targetURL)' --postgres-password-file '\(passwordFile)' --s3-bucket \(target.bucket) --grant-to meetingfs_login")
        watched = watch.stop()
        XCTAssertEqual(watched.leaked, [])
        XCTAssertEqual(watched.seen, ["pg_restore"], "the watch saw pg_restore run")
        var restoredCounts = try counts(target.ownerURL)
        XCTAssertEqual(restoredCounts["audit_log"], (expectedCounts["audit_log"] ?? 0) + 1, "every audit row, and the restore's own")
        restoredCounts["audit_log"] = expectedCounts["audit_log"]
        XCTAssertEqual(restoredCounts, expectedCounts, "every row is there")
        XCTAssertTrue(try sh("\(binary) audit verify --postgres-url '\(target.ownerURL)'").contains("intact"))

        let restored = try MountedFS(arguments: target.arguments)
        defer { restored.unmount() }
        XCTAssertEqual(try sums(restored), expectedSums, "every file reads back with the same sha256")
        XCTAssertEqual(try sh("\(binary) fsck \(target.arguments.map { "'\($0)'" }.joined(separator: " "))").contains("clean"), true)

        let verify = "\(binary) backup verify --from '\(directory)' --key-file '\(key)'"
        XCTAssertTrue(try sh(verify).contains("whole"))
        // One byte changed in the middle of the largest object file.
        let largest = try sh("ls -S '\(directory)/objects' | head -1").trimmingCharacters(in: .whitespacesAndNewlines)
        let damaged = "\(directory)/objects/\(largest)"
        _ = try sh("""
            python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.seek(6000000); b = f.read(1); f.seek(6000000); f.write(bytes([b[0] ^ 1]))' '\(damaged)'
            """)
        let failed = try Shell.run(verify)
        XCTAssertEqual(failed.status, 1, failed.output)
        XCTAssertTrue(failed.output.contains("objects/\(largest)") && failed.output.contains("integrity check"), failed.output)
    }

    func testABackupToAnS3PrefixVerifies() throws {
        let source = try IsolatedStack(label: "s3backup")
        defer { source.tearDown() }
        let mount = try MountedFS(arguments: source.arguments)
        _ = try sh("mkdir '\(mount.at("meetings/m"))' && head -c 9000000 /dev/urandom > '\(mount.at("meetings/m/raw/r.wav"))'")
        mount.unmount()
        let key = try keyFile()
        let location = "s3://\(source.bucket)-backups/nightly"
        var config = source.objects.config
        config.bucket = "\(source.bucket)-backups"
        let backups = S3Client(config: config)
        defer {
            for object in (try? backups.list(prefix: "")) ?? [] { try? backups.delete(key: object.key) }
            try? backups.deleteBucket()
        }
        let taken = try sh("\(binary) backup --to '\(location)' --key-file '\(key)' --postgres-url '\(source.ownerURL)' --s3-bucket \(source.bucket)")
        XCTAssertTrue(taken.contains("1 objects, 1 copied"), taken)
        XCTAssertFalse(try backups.list(prefix: "nightly/objects/").isEmpty)
        XCTAssertTrue(try sh("\(binary) backup verify --from '\(location)' --key-file '\(key)'").contains("whole"))
    }
}
