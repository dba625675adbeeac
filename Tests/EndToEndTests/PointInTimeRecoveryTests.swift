import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// The dev stack archives its WAL: a base backup and the archive recover the database to a moment between two
/// commits, and only the first is there (the procedure of docs/operations.md, through scripts/pitr).
final class PointInTimeRecoveryTests: XCTestCase {
    func testRecoveryToAMomentBetweenTwoCommitsShowsOnlyTheFirst() throws {
        let script = TestStack.projectRoot.appendingPathComponent("scripts/pitr").path
        let owner = try TestStack.ownerPool()
        let database = "meetingfs_pitr_\(UUID().uuidString.prefix(8).lowercased())"
        try owner.query("CREATE DATABASE \(database)")
        defer { _ = try? owner.query("DROP DATABASE \(database) WITH (FORCE)") }
        var url = try XCTUnwrap(URLComponents(string: try XCTUnwrap(TestStack.environment["MEETINGFS_OWNER_POSTGRES_URL"])))
        url.path = "/\(database)"
        let probe = PostgresPool(url: url.string!, capacity: 1)
        try probe.query("CREATE TABLE decisions (said text NOT NULL)")

        // In /tmp, which the postgres user can enter (the tests' scratch directory may be private).
        let base = "/tmp/meetingfs-pitr-\(UUID().uuidString)"
        defer { _ = try? Shell.run("'\(script)' stop '\(base)'; rm -rf --one-file-system '\(base)'") }
        let backup = try Shell.run("'\(script)' base '\(base)'", timeout: 300)
        XCTAssertTrue(backup.succeeded, backup.error)

        try probe.query("INSERT INTO decisions VALUES ('first')")
        let moment = try XCTUnwrap(try probe.query("SELECT clock_timestamp()::text AS t").first?.string("t"))
        try probe.query("INSERT INTO decisions VALUES ('second')")
        // The segment holding both commits is closed and must reach the archive.
        // Switching WAL segments is the superuser's.
        let segment = try XCTUnwrap(try PostgresPool(url: TestStack.superuserURL(), capacity: 1)
            .query("SELECT pg_walfile_name(pg_switch_wal()) AS w").first?.string("w"))
        let archive = try XCTUnwrap(TestStack.environment["MEETINGFS_WAL_ARCHIVE"])
        XCTAssertTrue(TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(archive)/\(segment)") }, "WAL \(segment) archived")

        let port = try TestStack.freePort()
        // Through Python, which closes every inherited descriptor: the server it starts must not keep the one by
        // which Foundation's Process learns that its child ended.
        let recovered = try Shell.run("""
            python3 -c 'import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)' '\(script)' recover '\(base)' '\(moment)' \(port)
            """, timeout: 300)
        XCTAssertTrue(recovered.succeeded, recovered.error)
        let said = try Shell.run("""
            su postgres -s /bin/sh -c "psql -h '\(base)/sock' -p \(port) -U postgres -qtA -d \(database) -c 'SELECT said FROM decisions ORDER BY said'"
            """)
        XCTAssertEqual(said.output, "first\n", said.error)
        // The original database still has both.
        XCTAssertEqual(try probe.read("SELECT count(*) AS n FROM decisions").first?.int("n"), 2)
    }
}
