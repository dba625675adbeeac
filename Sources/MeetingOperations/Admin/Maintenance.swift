import Foundation
import MeetingCatalog

/// `meetingfs maintain`: what keeps the database small and its plans good as it ages. Finished jobs past an age
/// are deleted (but for the newest finished job of each stage of each file's current version: the meeting's status
/// rests on it), expired cache rows are deleted, every table of the schema is VACUUM (ANALYZE)d, and indexes whose
/// estimated bloat passes a threshold are rebuilt with REINDEX CONCURRENTLY. The audit log is never pruned here.
/// Needs the database owner (only a table's owner may vacuum it).
public struct Maintenance: Sendable {
    public struct TableState: Sendable, Encodable {
        public let table: String
        public let bytes: Int64
        public let liveTuples: Int64
        public let deadTuples: Int64

        enum CodingKeys: String, CodingKey {
            case table, bytes, liveTuples = "live_tuples", deadTuples = "dead_tuples"
        }
    }

    public struct Rebuilt: Sendable, Encodable {
        public let index: String
        public let bloatPercent: Int
        public let bytesBefore: Int64
        public var bytesAfter: Int64?

        enum CodingKeys: String, CodingKey {
            case index, bloatPercent = "bloat_percent", bytesBefore = "bytes_before", bytesAfter = "bytes_after"
        }
    }

    public struct Report: Sendable, Encodable {
        public var dryRun = false
        public var jobsPruned: Int64 = 0
        public var cachePruned: Int64 = 0
        public var vacuumed: [String] = []
        public var reindexed: [Rebuilt] = []
        /// Each table after the run (before it, with --dry-run).
        public var tables: [TableState] = []

        enum CodingKeys: String, CodingKey {
            case dryRun = "dry_run", jobsPruned = "jobs_pruned", cachePruned = "cache_pruned", vacuumed, reindexed, tables
        }
    }

    private let pool: PostgresPool
    /// Finished jobs older than this go.
    public var pruneAfter: TimeInterval = 30 * 86_400
    /// An index whose estimated bloat passes this share (percent) is rebuilt.
    public var reindexBloatPercent = 50
    /// Indexes smaller than this are never rebuilt: their estimate is noise and their bloat costs nothing.
    public var reindexMinimumBytes: Int64 = 1 << 20

    public init(ownerURL: String) {
        pool = PostgresPool(url: ownerURL, capacity: 1, statementTimeout: 0)
    }

    /// A finished job worth deleting: old enough; not the newest finished job of its stage for its file's current
    /// version (meetingfs_meeting_status asks whether that one is done or failed: without it a processed meeting
    /// could never be ready again); not of a meeting on legal hold.
    private static let prunableJobs = """
        SELECT j.id FROM jobs j
        WHERE j.state IN ('done', 'failed', 'cancelled') AND coalesce(j.finished_at, j.updated_at) < now() - make_interval(secs => $1)
          AND NOT EXISTS (
            SELECT 1 FROM files f WHERE f.id = j.file_id AND f.status = 'ready' AND f.version = j.file_version
              AND j.state IN ('done', 'failed') AND NOT EXISTS (
                SELECT 1 FROM jobs n WHERE n.file_id = j.file_id AND n.file_version = j.file_version AND n.kind = j.kind
                  AND n.state IN ('done', 'failed') AND n.id > j.id))
          AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = j.meeting_id AND m.legal_hold)
        """

    /// Expired cache rows, but for those of a meeting on legal hold (gc keeps them too).
    private static let prunableCache = """
        FROM cache c WHERE c.expires_at <= now()
          AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = c.meeting_id AND m.legal_hold)
        """

    public func run(dryRun: Bool) throws -> Report {
        var report = Report(dryRun: dryRun)
        let age = String(pruneAfter)
        if dryRun {
            report.jobsPruned = try pool.read("SELECT count(*) AS n FROM (\(Self.prunableJobs)) p", [age]).first?.int("n") ?? 0
            report.cachePruned = try pool.read("SELECT count(*) AS n \(Self.prunableCache)").first?.int("n") ?? 0
        } else {
            // In batches: one long DELETE would hold its locks and its WAL for the whole of a large backlog.
            while true {
                // The state again at the row's lock: a job retried since the subquery's snapshot stays.
                let deleted = try pool.query("""
                    DELETE FROM jobs WHERE id IN (\(Self.prunableJobs) LIMIT 5000) AND state IN ('done', 'failed', 'cancelled')
                    """, [age]).affected
                report.jobsPruned += Int64(deleted)
                if deleted < 5000 { break }
            }
            report.cachePruned = Int64(try pool.query("DELETE FROM cache WHERE key IN (SELECT c.key \(Self.prunableCache))").affected)
        }
        let tables = try pool.read("""
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_has_role(c.relowner, 'USAGE') ORDER BY 1
            """).all.map { $0.string("relname") }
        for table in tables {
            if !dryRun { try pool.query("VACUUM (ANALYZE) public.\(Self.quoted(table))") }
            report.vacuumed.append(table)
        }
        for candidate in try bloatedIndexes() {
            var rebuilt = candidate
            if !dryRun {
                try pool.query("REINDEX INDEX CONCURRENTLY public.\(Self.quoted(candidate.index))")
                rebuilt.bytesAfter = try pool.read("SELECT pg_relation_size(('public.' || quote_ident($1))::regclass) AS b", [candidate.index]).first?.int("b")
            }
            report.reindexed.append(rebuilt)
        }
        report.tables = try pool.read("""
            SELECT s.relname, pg_total_relation_size(s.relid) AS bytes, s.n_live_tup, s.n_dead_tup
            FROM pg_stat_user_tables s WHERE s.schemaname = 'public' ORDER BY bytes DESC, 1
            """).all.map { TableState(table: $0.string("relname"), bytes: $0.int("bytes"), liveTuples: $0.int("n_live_tup"),
                                      deadTuples: $0.int("n_dead_tup")) }
        return report
    }

    /// B-tree indexes whose size passes what their rows need by the threshold. The need is estimated from the
    /// planner's row count and the columns' average widths (pg_stats, fresh after the ANALYZE above): per entry the
    /// key, an 8-byte tuple header and a 4-byte line pointer, leaves filled to the default 90 %. An estimate
    /// (pgstattuple would measure, but needs a superuser to install); it errs on the side of not rebuilding.
    private func bloatedIndexes() throws -> [Rebuilt] {
        try pool.read("""
            WITH keys AS (
                SELECT i.indexrelid, ic.relname AS index, ic.reltuples, pg_relation_size(i.indexrelid) AS bytes,
                       sum(coalesce(s.avg_width, 8)) AS width
                FROM pg_index i
                JOIN pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_namespace n ON n.oid = ic.relnamespace AND n.nspname = 'public'
                JOIN pg_am am ON am.oid = ic.relam AND am.amname = 'btree'
                JOIN pg_class tc ON tc.oid = i.indrelid
                JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                LEFT JOIN pg_stats s ON s.schemaname = 'public' AND s.tablename = tc.relname AND s.attname = a.attname
                WHERE pg_has_role(ic.relowner, 'USAGE')
                GROUP BY 1, 2, 3, 4)
            SELECT index, bytes,
                   (100 * (1 - greatest(reltuples, 0) * (width + 12) / 0.9 / greatest(bytes - 8192, 1)))::int AS bloat
            FROM keys WHERE bytes >= $1 ORDER BY 1
            """, [String(reindexMinimumBytes)]).all
            .filter { $0.int("bloat") >= reindexBloatPercent }
            .map { Rebuilt(index: $0.string("index"), bloatPercent: Int($0.int("bloat")), bytesBefore: $0.int("bytes")) }
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
