import Foundation
import TestSupport
import XCTest
import MeetingObjects
import MeetingCatalog

/// A database as the previous release (schema 11) left it, owned by the superuser as its dev stack made it, with
/// meetings, files with kept versions, shares, a temp area and thousands of audit rows (Tests/Fixtures/schema-v11:
/// that release's pg_dump and the objects of its bucket), migrated by this release.
final class SchemaUpgradeTests: XCTestCase {
    private var database: String!
    private var objects: S3Client!

    override func tearDown() {
        for object in (try? objects?.list(prefix: "")) ?? [] { try? objects.delete(key: object.key) }
        try? objects?.deleteBucket()
        if let database: String = database { _ = try? PostgresPool(url: TestStack.superuserURL(), capacity: 1).query("DROP DATABASE \(database) WITH (FORCE)") }
    }

    func testASchema11DatabaseMigratesWithItsFilesReadableItsAuditChainIntactAndNothingOwnedByASuperuser() throws {
        let fixture = TestStack.projectRoot.appendingPathComponent("Tests/Fixtures/schema-v11")
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let database = "meetingfs_v11_\(suffix)"
        self.database = database
        let superuser = try TestStack.superuserURL(database: database)
        try PostgresPool(url: TestStack.superuserURL(), capacity: 1).query("CREATE DATABASE \(database)")
        let restored = try Shell.run("psql '\(superuser)' -q -v ON_ERROR_STOP=1 -f '\(fixture.path)/database.sql'", timeout: 120)
        XCTAssertTrue(restored.succeeded, restored.error)

        var s3 = try TestStack.settings().s3
        s3.bucket = "v11-\(suffix)"
        objects = S3Client(config: s3)
        try objects.createBucket()
        let bodies = try JSONDecoder().decode([String: Data].self, from: Data(contentsOf: fixture.appendingPathComponent("objects.json")))
        for (key, body) in bodies { _ = try objects.put(key: key, body: body, contentType: "application/octet-stream") }
        try PostgresPool(url: superuser, capacity: 1).query("UPDATE storage SET bucket = $1", [s3.bucket])

        // Two profiles of one user and model, as nothing stopped before schema 13: the newer one stays.
        try PostgresPool(url: superuser, capacity: 1).query("""
            INSERT INTO user_profiles (user_id, embedding, model) SELECT id, '{1,0}', 'ecapa' FROM users WHERE name = 'alice';
            INSERT INTO user_profiles (user_id, embedding, model) SELECT id, '{0,1}', 'ecapa' FROM users WHERE name = 'alice'
            """)
        let migrated = try Shell.run("'\(TestStack.binary)' migrate --postgres-url '\(superuser)' --grant-to meetingfs_login")
        XCTAssertTrue(migrated.succeeded, migrated.error)
        XCTAssertTrue(migrated.output.contains("applied 12, 13, 14, 15"), migrated.output)
        try checkPipelineSchema(PostgresPool(url: superuser, capacity: 1))

        var owner = try XCTUnwrap(TestStack.environment["MEETINGFS_OWNER_POSTGRES_URL"].flatMap(URLComponents.init(string:)))
        owner.path = "/\(database)"
        var login = try XCTUnwrap(TestStack.environment["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:)))
        login.path = "/\(database)"
        let ownerPool = PostgresPool(url: owner.string!, capacity: 1)
        XCTAssertEqual(try SuperuserFindings.of(ownerPool), [])
        XCTAssertThrowsError(try PostgresPool(url: login.string!, capacity: 1).query("UPDATE users SET role = 'admin'")) {
            XCTAssertEqual(($0 as? DatabaseError)?.sqlState, "42501")
        }

        let verify = { try Shell.run("'\(TestStack.binary)' audit verify --postgres-url '\(owner.string!)'") }
        var verified = try verify()
        XCTAssertTrue(verified.succeeded && verified.output.contains("intact, 2533 rows"), verified.output + verified.error)

        // Every file reads its bytes through a mount, the kept version is still listed, and the chain goes on
        // across the migration with the rows the mount adds.
        let mount = try MountedFS(arguments: ["--postgres-url", login.string!, "--s3-bucket", s3.bucket])
        defer { mount.unmount() }
        let expected = [
            "meetings/board-2026/raw/a.wav": "second take of a.wav, longer than the first\n",
            "meetings/board-2026/audio/a.flac": "flac bytes of a\n",
            "meetings/board-2026/artifacts/transcript.md": "# Transcript\nalice: hello\nbob: hi\n",
            "meetings/standup-1/raw/rec.wav": "standup recording\n",
            "users/alice/profiles/voice.bin": "voice embedding of alice\n",
            "temp/job-7/work/s.txt": "scratch\n",
            "temp/job-7/link": "scratch\n",
        ]
        for (path, body) in expected {
            XCTAssertEqual(try String(contentsOfFile: mount.at(path), encoding: .utf8), body, path)
        }
        let versions = try Shell.run("""
            '\(TestStack.binary)' versions meetings/board-2026/artifacts/transcript.md --json \
                --postgres-url '\(login.string!)' --s3-bucket \(s3.bucket)
            """)
        XCTAssertTrue(versions.succeeded, versions.error)
        let kept = try JSONSerialization.jsonObject(with: Data(versions.output.utf8)) as? [[String: Any]]
        XCTAssertEqual(kept?.map { $0["size"] as? Int }, [26], versions.output)
        let shared = try PostgresPool(url: login.string!, capacity: 1).read("SELECT count(*) AS n FROM meeting_access").first?.int("n")
        XCTAssertEqual(shared, 2)
        try checkQuotas(ownerURL: owner.string!, ownerPool, mount)
        mount.unmount()
        verified = try verify()
        XCTAssertTrue(verified.succeeded && verified.output.contains("intact"), verified.output + verified.error)
        let after = try ownerPool.read("SELECT count(*) AS n, count(db_login) AS written FROM audit_log").first
        XCTAssertGreaterThan(try XCTUnwrap(after?.int("written")), 0, "the mount added rows of the new form")
    }

    /// Schema 14 on the migrated rows: a meeting's use counts its files and kept versions as they were, and a
    /// quota set at exactly that refuses the next byte through the mount.
    private func checkQuotas(ownerURL: String, _ pool: PostgresPool, _ mount: MountedFS) throws {
        let used = try XCTUnwrap(pool.read("""
            SELECT meetingfs_meeting_bytes(id) AS used,
                   (SELECT sum(size) FROM files f WHERE f.meeting_id = m.id AND f.status = 'ready')
                 + (SELECT coalesce(sum(size), 0) FROM file_versions v WHERE v.meeting_id = m.id) AS counted
            FROM meetings m WHERE public_id = 'board-2026'
            """).first)
        XCTAssertEqual(used.int("used"), used.int("counted"))
        XCTAssertEqual(used.int("used"), 45 + 16 + 33 + 26, "a.wav, a.flac, transcript.md and its kept version")
        let set = try Shell.run("'\(TestStack.binary)' quota set --meeting board-2026 \(used.int("used")) --postgres-url '\(ownerURL)'")
        XCTAssertTrue(set.succeeded, set.error)
        let refused = try Shell.run("cp /etc/hostname '\(mount.at("meetings/board-2026/raw/more.txt"))'")
        XCTAssertTrue(refused.error.contains("Disk quota exceeded"), refused.error)
    }

    /// Schema 13 on schema 11's rows: each file's newest queued job stands for the versions it had (the others are
    /// cancelled), jobs know their file's version, statuses are derived, one profile per user and model is left.
    private func checkPipelineSchema(_ pool: PostgresPool) throws {
        let jobs = try pool.read("SELECT id, state, file_version IS NOT NULL AS versioned FROM jobs ORDER BY id").all
        XCTAssertEqual(jobs.map { $0.string("state") }, ["cancelled", "cancelled", "queued", "queued"])
        XCTAssertTrue(jobs.allSatisfy { $0.bool("versioned") })
        let statuses = try pool.read("SELECT public_id, status FROM meetings ORDER BY public_id").all.map { "\($0.string("public_id")) \($0.string("status"))" }
        XCTAssertEqual(statuses, ["board-2026 uploaded", "standup-1 uploaded"])
        // Schema 15's derivation gives the statuses schema 13 stored.
        XCTAssertEqual(try pool.read("SELECT count(*) AS n FROM meetings WHERE status <> meetingfs_meeting_status(id)").first?.int("n"), 0)
        let profiles = try pool.read("SELECT embedding::text AS e FROM user_profiles").all.map { $0.string("e") }
        XCTAssertEqual(profiles, ["{0,1}"])
    }
}
