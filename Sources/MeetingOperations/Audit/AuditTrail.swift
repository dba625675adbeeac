import Foundation
import MeetingCrypto
import MeetingCatalog

/// Reading the audit log back: queries, and the proof that no row was changed, removed or slipped in since it was
/// written (each row's hash covers its fields and the previous row's hash; see migration 3).
public struct AuditTrail: Sendable {
    package let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

    public struct Row: Sendable, Codable, Equatable {
        public let id: Int64
        public let at: Double
        public let uid: UInt32?
        public let user: String?
        public let action: String
        public let path: String
        public let bytes: Int64?
        public let detail: String?
        public let result: String
    }

    public struct Filter: Sendable {
        public var since: Date?
        public var user: String?
        public var pathPrefix: String?
        public var action: String?
        public var limit = 1000

        public init() {}
    }

    /// Matching rows, oldest first (the newest `limit` of them).
    public func rows(_ filter: Filter) throws -> [Row] {
        var conditions: [String] = []
        var parameters: [String?] = []
        /// `condition` names its parameter $?.
        func add(_ condition: String, _ value: String) {
            parameters.append(value)
            conditions.append(condition.replacingOccurrences(of: "$?", with: "$\(parameters.count)"))
        }
        if let since = filter.since { add("at >= to_timestamp($?::double precision)", String(since.timeIntervalSince1970)) }
        if let user = filter.user { add("user_name = $?", user) }
        if let prefix = filter.pathPrefix { add("(path = $? OR starts_with(path, $? || '/'))", prefix) }
        if let action = filter.action { add("action = $?", action) }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try pool.read("""
            SELECT * FROM (SELECT id, extract(epoch FROM at) AS at, uid, user_name, action, path, bytes, detail, result
                           FROM audit_log \(whereClause) ORDER BY id DESC LIMIT \(filter.limit)) newest ORDER BY id
            """, parameters).all.map {
            Row(id: $0.int("id"), at: Double($0.string("at")) ?? 0, uid: $0.optionalInt("uid").map { UInt32($0) },
                user: $0["user_name"], action: $0.string("action"), path: $0.string("path"), bytes: $0.optionalInt("bytes"),
                detail: $0["detail"], result: $0.string("result"))
        }
    }

    public struct Verification: Sendable {
        public let rows: Int
        /// The first row whose hash does not match its fields and predecessor, if any.
        public let brokenAt: Int64?
    }

    /// The database's name and its log's newest row's id and hash (nil for an empty log), through a function the
    /// mount role may call: it may not read the table.
    public func head() throws -> (database: String, id: Int64, hash: String)? {
        guard let row = try pool.read("SELECT current_database() AS db, id, hash FROM meetingfs_audit_head()").first,
            row["id"] != nil
        else { return nil }
        return (row.string("db"), row.int("id"), row.string("hash"))
    }

    /// The name of the database whose log this is, which its checkpoints carry.
    public func database() throws -> String {
        try pool.read("SELECT current_database() AS db").first!.string("db")
    }

    /// Where the log and its checkpoints disagree: the row each names must still be there with the hash it had.
    /// The first disagreement, in words, or nil.
    public func mismatch(with checkpoints: [AuditCheckpoints.Checkpoint]) throws -> String? {
        for checkpoint in checkpoints.reversed() {
            guard let row = try pool.read("SELECT hash FROM audit_log WHERE id = $1", [String(checkpoint.id)]).first else {
                return "row \(checkpoint.id), the newest at the checkpoint of \(checkpoint.at), is gone: the log was cut"
            }
            guard row.string("hash") == checkpoint.hash else {
                return "row \(checkpoint.id) no longer has the hash it had at the checkpoint of \(checkpoint.at): history was rewritten"
            }
        }
        return nil
    }

    /// Recomputes every row's hash here, from its fields and the previous row's hash, in id order.
    public func verify(progress: (Int) -> Void = { _ in }) throws -> Verification {
        var previous = ""
        var checked = 0
        var after: Int64 = 0
        while true {
            let batch = try pool.read("""
                SELECT id, (extract(epoch FROM at) * 1000000)::bigint AS at_us, uid, user_id, user_name, action, path, bytes,
                    detail, result, prev_hash, hash, db_login, client, (extract(epoch FROM reported_at) * 1000000)::bigint AS reported_us
                FROM audit_log WHERE id > $1 ORDER BY id LIMIT 5000
                """, [String(after)]).all
            if batch.isEmpty { return Verification(rows: checked, brokenAt: nil) }
            for row in batch {
                var fields = [row.string("id"), row.string("at_us"), row["uid"] ?? "", row["user_id"] ?? "", row["user_name"] ?? "",
                              row.string("action"), row.string("path"), row["bytes"] ?? "", row["detail"] ?? "",
                              row.string("result"), previous]
                // Rows written since migration 12 also cover who wrote them (see audit_log_canonical).
                if let login = row["db_login"] { fields += [login, row["client"] ?? "", row["reported_us"] ?? ""] }
                let expected = Digest.hex(Digest.sha256(Array(fields.joined(separator: "\u{1F}").utf8)))
                guard row["prev_hash"] == previous, row["hash"] == expected else {
                    return Verification(rows: checked, brokenAt: row.int("id"))
                }
                previous = expected
                checked += 1
            }
            after = batch.last!.int("id")
            progress(checked)
        }
    }
}
