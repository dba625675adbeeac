import Foundation
import Logging
import MeetingCore

/// The Catalog a mount runs on, and every other query of the CLI: PostgreSQL. Each is one statement or one short
/// transaction, keyed by a primary key or an index (see Schema).
public final class PostgresCatalog: Catalog, Sendable {
    public let pool: PostgresPool
    /// The stages a final raw version queues come from it.
    public let pipeline: Pipeline

    public init(pool: PostgresPool, pipeline: Pipeline = .standard) {
        self.pool = pool
        self.pipeline = pipeline
    }

    // MARK: Principals

    public func principal(uid: UInt32) throws -> Principal? {
        guard let row = try pool.read("SELECT id, name, role FROM users WHERE unix_uid = $1", [String(uid)]).first,
            let role = Role(rawValue: row.string("role"))
        else { return nil }
        return Principal(uid: uid, userId: row.int("id"), role: role, name: row.string("name"))
    }

    /// What a meeting was shared as with a user, if it was.
    public func sharedAccess(meetingId: Int64, userId: Int64) throws -> Relation? {
        try pool.read("SELECT access FROM meeting_access WHERE meeting_id = $1 AND user_id = $2",
                      [String(meetingId), String(userId)]).first.map(Self.sharedRelation)
    }

    /// The meetings shared with a user, and how.
    public func sharedMeetings(userId: Int64) throws -> [Int64: Relation] {
        let rows = try pool.read("SELECT meeting_id, access FROM meeting_access WHERE user_id = $1", [String(userId)]).all
        return Dictionary(rows.map { ($0.int("meeting_id"), Self.sharedRelation($0)) }, uniquingKeysWith: { first, _ in first })
    }

    static func sharedRelation(_ row: Row) -> Relation {
        row.string("access") == "write" ? .sharedWrite : .sharedRead
    }

    /// Listens for the changes others commit. This mount's own are told apart by the server process that sent
    /// them: one of its pool's connections.
    package func listenForChanges(logger: Logger, apply: @escaping @Sendable ([RowChange]) -> Void,
                                  resync: @escaping @Sendable () -> Void) -> any ChangeFeed {
        let listener = ChangeListener(url: pool.url, logger: logger, isOwn: { [pool] in pool.serves(backend: $0) },
                                      apply: apply, resync: resync)
        listener.start()
        return listener
    }

    /// Bytes and number of the committed files.
    public func usage() throws -> (bytes: Int64, files: Int64) {
        let row = try pool.read("SELECT coalesce(sum(size), 0) AS bytes, count(*) AS files FROM files WHERE status = 'ready'").first
        return (row?.int("bytes") ?? 0, row?.int("files") ?? 0)
    }

    /// Bytes of the kept previous versions, which take storage as the files do.
    public func keptVersionBytes() throws -> Int64 {
        try pool.read("SELECT coalesce(sum(size), 0) AS bytes FROM file_versions").first?.int("bytes") ?? 0
    }

    // MARK: Audit

    /// Adds audit rows in the order given; the table's trigger chains their hashes. Rows already written (a
    /// replay after a lost reply) are skipped.
    package func insertAudit(_ events: [AuditEvent]) throws {
        try pool.withConnection(idempotent: true) { try Self.insertAudit(events, on: $0) }
    }

    package static func insertAudit(_ events: [AuditEvent], on db: PostgresConnection) throws {
        guard !events.isEmpty else { return }
        var values: [String] = []
        var parameters: [String?] = []
        for event in events {
            let base = parameters.count
            values.append("(" + (1...10).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
            parameters += [event.id.uuidString, String(event.at), String(event.uid), event.userId.map(String.init),
                           event.userName, event.action, event.path, event.bytes.map(String.init), event.detail, event.result]
        }
        try db.query("""
            INSERT INTO audit_log (event_id, at, uid, user_id, user_name, action, path, bytes, detail, result)
            SELECT e::uuid, to_timestamp(a::double precision), u::bigint, i::bigint, n, ac, p, b::bigint, d, r
            FROM (VALUES \(values.joined(separator: ", "))) AS v (e, a, u, i, n, ac, p, b, d, r)
            """, parameters)
    }
}
