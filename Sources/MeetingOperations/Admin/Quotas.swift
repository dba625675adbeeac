import Foundation
import MeetingCatalog

/// A quota and what is used of it: a user's bytes (the visible files they created and those files' kept versions)
/// or a meeting's (its visible files and kept versions), as the files_quota trigger counts them (SchemaV14).
public struct QuotaUse: Sendable, Codable {
    public let kind: String
    public let name: String
    public let bytes: Int64
    public let used: Int64

    public var ratio: Double { Double(used) / Double(bytes) }

    /// Every quota with its use, fullest first. Each use is a sum over the holder's files: cheap per quota, and
    /// only holders with a quota are summed.
    public static func all(_ pool: PostgresPool) throws -> [QuotaUse] {
        try pool.read("""
            SELECT 'user' AS kind, u.name, q.bytes, meetingfs_user_bytes(q.user_id) AS used
            FROM quotas q JOIN users u ON u.id = q.user_id
            UNION ALL
            SELECT 'meeting', m.public_id, q.bytes, meetingfs_meeting_bytes(q.meeting_id)
            FROM quotas q JOIN meetings m ON m.id = q.meeting_id
            """).all.map { QuotaUse(kind: $0.string("kind"), name: $0.string("name"), bytes: $0.int("bytes"), used: $0.int("used")) }
            .sorted { ($0.ratio, $1.kind, $1.name) > ($1.ratio, $0.kind, $0.name) }
    }
}

/// Who a quota is on: a user by name, or a meeting by id.
public enum QuotaHolder: Sendable {
    case user(String)
    case meeting(String)

    var path: String {
        switch self {
        case .user(let name): return "users/\(name)"
        case .meeting(let id): return "meetings/\(id)"
        }
    }

    /// The statement finding the holder's id ($1: its name), and the quotas column it goes in.
    var lookup: (sql: String, column: String, what: String) {
        switch self {
        case .user: return ("SELECT id FROM users WHERE name = $1", "user_id", "user")
        case .meeting: return ("SELECT id FROM meetings WHERE public_id = $1", "meeting_id", "meeting")
        }
    }

    var name: String {
        switch self {
        case .user(let name), .meeting(let name): return name
        }
    }

    /// "user alice", "meeting standup-1": for messages.
    public var description: String { "\(lookup.what) \(name)" }
}

extension Administration {
    /// Sets (or changes) a quota; admins only, audited. Bytes already past it stay: only what would grow them is
    /// refused.
    public func setQuota(_ holder: QuotaHolder, bytes: Int64) throws {
        guard bytes > 0 else { throw AdminError("a quota must be above 0 bytes") }
        try change("quota-set", path: holder.path, detail: "\(bytes) bytes", adminOnly: true) { db in
            let id = try Self.holderId(holder, db)
            try db.query("""
                INSERT INTO quotas (\(holder.lookup.column), bytes) VALUES ($1, $2)
                ON CONFLICT (\(holder.lookup.column)) DO UPDATE SET bytes = EXCLUDED.bytes, set_at = now()
                """, [id, String(bytes)])
        }
    }

    /// Removes a quota; admins only, audited.
    public func clearQuota(_ holder: QuotaHolder) throws {
        try change("quota-clear", path: holder.path, detail: nil, adminOnly: true) { db in
            let id = try Self.holderId(holder, db)
            guard try db.query("DELETE FROM quotas WHERE \(holder.lookup.column) = $1", [id]).affected == 1 else {
                throw AdminError("\(holder.lookup.what) '\(holder.name)' has no quota")
            }
        }
    }

    private static func holderId(_ holder: QuotaHolder, _ db: PostgresConnection) throws -> String {
        guard let row = try db.query(holder.lookup.sql, [holder.name]).first else {
            throw AdminError("no \(holder.lookup.what) '\(holder.name)'")
        }
        return row.string("id")
    }
}
