import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// `meetingfs maintain` on a database that has aged: ten thousand finished jobs past the configured age go (but
/// for the one its meeting's status rests on), recent ones and running ones stay, expired cache rows go, every
/// table is vacuumed, and --dry-run changes nothing.
final class MaintenanceTests: XCTestCase {
    private func sh(_ command: String) throws -> String {
        let result = try Shell.run(command, timeout: 300)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private struct Report: Decodable {
        let dry_run: Bool
        let jobs_pruned: Int
        let cache_pruned: Int
        let vacuumed: [String]
        let reindexed: [Rebuilt]
        let tables: [Table]

        struct Rebuilt: Decodable {
            let index: String
            let bytes_before: Int64
            let bytes_after: Int64?
        }

        struct Table: Decodable {
            let table: String
            let bytes: Int64
            let dead_tuples: Int64
        }
    }

    func testMaintainPrunesOldFinishedJobsAndVacuumsAndDryRunChangesNothing() throws {
        let stack = try IsolatedStack(label: "maintain")
        defer { stack.tearDown() }
        let mount = try MountedFS(arguments: stack.arguments)
        _ = try sh("mkdir '\(mount.at("meetings/aged"))' '\(mount.at("meetings/held"))' && echo one > '\(mount.at("meetings/aged/raw/call.wav"))' && echo two > '\(mount.at("meetings/aged/raw/call.wav"))'")
        mount.unmount()
        let owner = PostgresPool(url: stack.ownerURL, capacity: 1, statementTimeout: 0)
        let file = try XCTUnwrap(owner.read("SELECT id, meeting_id, version FROM files WHERE area = 'raw'").first)
        let (fileId, meetingId, version) = (file.string("id"), file.string("meeting_id"), file.int("version"))
        XCTAssertGreaterThan(version, 1, "the raw file has a replaced version")
        XCTAssertEqual(try owner.read("SELECT count(*) AS n FROM jobs WHERE meeting_id = $1 AND state = 'queued'", [meetingId]).first?.int("n"), 1,
                       "the current version's transcription waits for a worker")
        // An expired entry of a meeting on legal hold stays, as gc keeps it.
        try owner.query("UPDATE meetings SET legal_hold = true WHERE public_id = 'held'")
        try owner.query("INSERT INTO cache (key, value, meeting_id, expires_at) SELECT 'held-entry', '1', id, now() - interval '1 hour' FROM meetings WHERE public_id = 'held'")
        // 10,000 finished jobs of the replaced version, 40 days old; two done jobs of the current version as old
        // (the newer is what makes it processed: it stays); 100 finished yesterday (too young: they stay).
        try owner.query("""
            INSERT INTO jobs (kind, meeting_id, file_id, file_version, state, attempts, finished_at, updated_at, created_at)
            SELECT 'transcribe', $1, $2, $3::int - 1, (ARRAY['done', 'failed', 'cancelled'])[1 + g % 3], 1,
                   now() - interval '40 days', now() - interval '40 days', now() - interval '41 days'
            FROM generate_series(1, 10000) g
            """, [meetingId, fileId, String(version)])
        try owner.query("""
            INSERT INTO jobs (kind, meeting_id, file_id, file_version, state, attempts, finished_at, updated_at)
            SELECT 'diarize', $1, $2, $3::int, 'done', 1, now() - interval '40 days', now() - interval '40 days' FROM generate_series(1, 2)
            """, [meetingId, fileId, String(version)])
        try owner.query("""
            INSERT INTO jobs (kind, meeting_id, file_id, file_version, state, attempts, finished_at, updated_at)
            SELECT 'transcribe', $1, $2, $3::int - 1, 'done', 1, now() - interval '1 day', now() - interval '1 day' FROM generate_series(1, 100)
            """, [meetingId, fileId, String(version)])
        try owner.query("INSERT INTO cache (key, value, expires_at) VALUES ('stale', '1', now() - interval '1 hour'), ('fresh', '2', now() + interval '1 hour')")
        // 60,000 more expired cache rows: once deleted and vacuumed, their primary key's pages stay, empty.
        try owner.query("""
            INSERT INTO cache (key, value, expires_at)
            SELECT 'expired-entry-' || g, '1', now() - interval '1 hour' FROM generate_series(1, 60000) g
            """)
        let old = "SELECT count(*) AS n FROM jobs WHERE finished_at < now() - interval '30 days'"
        let status = "SELECT status FROM meetings WHERE id = \(meetingId)"
        let statusBefore = try owner.read(status).first?.string("status")
        let jobsBefore = try owner.read("SELECT count(*) AS n FROM jobs").first?.int("n") ?? 0
        let vacuums = "SELECT vacuum_count AS n FROM pg_stat_user_tables WHERE relname = 'jobs'"
        let vacuumsBefore = try owner.read(vacuums).first?.int("n")
        let maintain = "MEETINGFS_MAINTAIN_PRUNE_AFTER=30d '\(TestStack.binary)' maintain --json --postgres-url '\(stack.ownerURL)'"

        let dry = try JSONDecoder().decode(Report.self, from: Data(try sh(maintain + " --dry-run").utf8))
        XCTAssertTrue(dry.dry_run)
        XCTAssertEqual(dry.jobs_pruned, 10_001, "the 10,000, and the older of the current version's two")
        XCTAssertEqual(dry.cache_pruned, 60_001)
        XCTAssertEqual(try owner.read("SELECT count(*) AS n FROM jobs").first?.int("n"), jobsBefore, "--dry-run deletes nothing")
        XCTAssertEqual(try owner.read("SELECT count(*) AS n FROM cache").first?.int("n"), 60_003)
        XCTAssertEqual(try owner.read(vacuums).first?.int("n"), vacuumsBefore, "--dry-run vacuums nothing")

        let report = try JSONDecoder().decode(Report.self, from: Data(try sh(maintain).utf8))
        XCTAssertEqual(report.jobs_pruned, 10_001)
        XCTAssertEqual(report.cache_pruned, 60_001)
        let rebuilt = try XCTUnwrap(report.reindexed.first { $0.index == "cache_pkey" }, "the emptied index is rebuilt: \(report.reindexed)")
        XCTAssertLessThan(try XCTUnwrap(rebuilt.bytes_after), rebuilt.bytes_before / 10)
        XCTAssertEqual(try owner.read("SELECT pg_relation_size('cache_pkey') AS b").first?.int("b"), rebuilt.bytes_after)
        XCTAssertEqual(try owner.read(old).first?.int("n"), 1, "of the old finished jobs only the current version's record is left")
        XCTAssertEqual(try owner.read("SELECT count(*) AS n FROM jobs").first?.int("n"), jobsBefore - 10_001, "young and unfinished jobs stay")
        XCTAssertEqual(try owner.read(status).first?.string("status"), statusBefore, "the meeting's status is unchanged")
        XCTAssertEqual(try owner.read("SELECT key FROM cache ORDER BY key").all.map { $0.string("key") }, ["fresh", "held-entry"])
        for table in ["jobs", "files", "cache", "audit_log"] { XCTAssertTrue(report.vacuumed.contains(table), "\(table) vacuumed: \(report.vacuumed)") }
        XCTAssertGreaterThan(try owner.read(vacuums).first?.int("n") ?? 0, vacuumsBefore ?? 0, "jobs was vacuumed")
        XCTAssertEqual(report.tables.first { $0.table == "jobs" }?.dead_tuples, 0, "no dead tuples left in jobs: \(report.tables)")
        XCTAssertEqual(try owner.read("SELECT count(*) AS n FROM audit_log WHERE action = 'maintain'").first?.int("n"), 1)
    }
}
