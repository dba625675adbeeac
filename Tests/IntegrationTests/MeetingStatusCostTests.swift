import Foundation
import TestSupport
import XCTest
@testable import MeetingCatalog

/// Queuing a raw file's jobs and deriving its meeting's status (SchemaV15) are indexed probes, whatever the size
/// of the tables: a commit of a raw file does both, and once a scan of every file or job crept in there, each
/// commit's cost grew with the database (docs/performance.md, "Commits that scanned the tables").
final class MeetingStatusCostTests: XCTestCase {
    private struct RolledBack: Error {}

    func testQueuingAJobAndDerivingTheStatusScanNoTable() throws {
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let (other, watched) = ("cost-other-\(suffix)", "cost-watched-\(suffix)")
        let pool = PostgresPool(url: try TestStack.superuserURL(), capacity: 1)
        let catalog = PostgresCatalog(pool: pool)
        // All in one transaction, rolled back: its own scans are what pg_stat_xact_user_tables counts.
        XCTAssertThrowsError(try pool.transaction { db in
            // 3000 raw files with a queued job in a meeting and 1000 in another, rows only (the triggers off while
            // they go in): the shape on which the planner hashed a meeting's jobs and read every file.
            // Versions differ from file to file, as reservation ids do.
            try db.query("SET LOCAL session_replication_role = replica")
            try db.query("INSERT INTO meetings (public_id) VALUES ($1), ($2)", [other, watched])
            try db.query("""
                INSERT INTO files (parent_ino, name, area, meeting_id, status, version, s3_key, etag, mode, uid, gid)
                SELECT 900000000000 + m.id, 'take-' || g, 'raw', m.id, 'ready', g, m.public_id || '/' || g, 'e', 420, 0, 0
                FROM meetings m, generate_series(1, CASE WHEN m.public_id = $1 THEN 1000 ELSE 3000 END) g
                WHERE m.public_id IN ($1, $2)
                """, [other, watched])
            try db.query("""
                INSERT INTO jobs (kind, meeting_id, file_id, file_version)
                SELECT 'transcribe', f.meeting_id, f.id, f.version FROM files f JOIN meetings m ON m.id = f.meeting_id
                WHERE m.public_id IN ($1, $2)
                """, [other, watched])
            // One more recording of the watched meeting, committed and without jobs yet.
            let fresh = try db.query("""
                INSERT INTO files (parent_ino, name, area, meeting_id, status, version, s3_key, etag, mode, uid, gid)
                SELECT 900000000000 + id, 'latest', 'raw', id, 'ready', 1, public_id || '/latest', 'e', 420, 0, 0
                FROM meetings WHERE public_id = $1
                RETURNING id
                """, [watched]).first!.int("id")
            try db.query("SET LOCAL session_replication_role = origin")
            // Statistics that know these rows, as autovacuum's would (else the planner guesses from the tables' past).
            try db.query("ANALYZE files, jobs")

            let before = try Self.reads(db)
            let job = catalog.firstJobs(ofFile: fresh)
            try db.query(job.sql, job.parameters)
            let status = try db.query("SELECT meetingfs_meeting_status(id) AS s FROM meetings WHERE public_id = $1", [watched])
            let after = try Self.reads(db)

            XCTAssertEqual(status.first?.string("s"), "uploaded")
            let queued = try db.query("SELECT count(*) AS n FROM jobs WHERE file_id = $1", [String(fresh)]).first?.int("n")
            XCTAssertEqual(queued, Int64(catalog.pipeline.firstStages.count))
            for table in ["files", "jobs"] {
                XCTAssertEqual(after[table]!.scans - before[table]!.scans, 0, "sequential scans of \(table)")
                // A few probes each, not one per row of the meeting (3000) or of the table.
                XCTAssertLessThan(after[table]!.fetched - before[table]!.fetched, 50, "rows of \(table) fetched by index")
            }
            throw RolledBack()
        }) { XCTAssertTrue($0 is RolledBack, "\($0)") }
    }

    /// Sequential scans and rows fetched by index so far in this transaction, by table.
    private static func reads(_ db: PostgresConnection) throws -> [String: (scans: Int64, fetched: Int64)] {
        let rows = try db.query("""
            SELECT relname, seq_scan, idx_tup_fetch FROM pg_stat_xact_user_tables WHERE relname IN ('files', 'jobs')
            """)
        return Dictionary(uniqueKeysWithValues: rows.all.map { ($0.string("relname"), ($0.int("seq_scan"), $0.int("idx_tup_fetch"))) })
    }
}
