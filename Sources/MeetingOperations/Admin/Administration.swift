import Foundation
import MeetingCore
import MeetingCatalog

/// A refused or impossible administrative action, in words for the command line.
public struct AdminError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Users and sharing, changed from the command line. Each change and its audit row are one transaction: nothing
/// changes without a record. Who acts is the local uid running the command, mapped like a mount's callers.
public final class Administration: Sendable {
    package let metadata: PostgresCatalog
    package let uid: UInt32
    /// The user running the command; nil for a uid that is no MeetingFS user (its actions are refused, and
    /// recorded by uid).
    let actor: Principal?

    public init(pool: PostgresPool, uid: UInt32 = getuid()) throws {
        metadata = PostgresCatalog(pool: pool)
        self.uid = uid
        actor = uid == 0 ? .superuser() : try metadata.principal(uid: uid)
    }

    public struct User: Sendable, Codable {
        public let name: String
        public let uid: UInt32?
        public let role: String
        public let meetings: Int64
    }

    public func users() throws -> [User] {
        try metadata.pool.read("""
            SELECT u.name, u.unix_uid, u.role, (SELECT count(*) FROM meetings m WHERE m.owner_id = u.id) AS meetings
            FROM users u ORDER BY u.name
            """).all.map {
            User(name: $0.string("name"), uid: $0.optionalInt("unix_uid").map { UInt32($0) }, role: $0.string("role"),
                 meetings: $0.int("meetings"))
        }
    }

    public func addUser(_ name: String, uid: UInt32, role: Role) throws {
        do { try Names.validateId(name) } catch { throw AdminError("'\(name)' is not a user name: it must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}") }
        try change("user-add", path: "users/\(name)", detail: "uid \(uid), \(role.rawValue)", adminOnly: true) { db in
            if let holder = try db.query("SELECT name FROM users WHERE unix_uid = $1", [String(uid)]).first {
                throw AdminError("uid \(uid) already belongs to user '\(holder.string("name"))'")
            }
            if try !db.query("SELECT 1 FROM users WHERE name = $1", [name]).isEmpty {
                throw AdminError("user '\(name)' already exists")
            }
            try db.query("INSERT INTO users (name, unix_uid, role) VALUES ($1, $2, $3)", [name, String(uid), role.rawValue])
        }
    }

    public func setRole(_ name: String, to role: Role) throws {
        try change("user-set-role", path: "users/\(name)", detail: role.rawValue, adminOnly: true) { db in
            try Self.requireUpdated(db.query("UPDATE users SET role = $2, updated_at = now() WHERE name = $1", [name, role.rawValue]), name)
        }
    }

    /// Removes a user; one who owns meetings only with `reassignTo` (their meetings move to that user).
    public func removeUser(_ name: String, reassignTo heir: String?) throws {
        try change("user-remove", path: "users/\(name)", detail: heir.map { "meetings to \($0)" }, adminOnly: true) { db in
            let id = try Self.userId(db, name)
            let owned = try db.query("SELECT count(*) AS n FROM meetings WHERE owner_id = $1", [String(id)]).first!.int("n")
            if owned > 0 {
                guard let heir else {
                    throw AdminError("user '\(name)' owns \(owned) meetings: give them to someone with --reassign-to USER")
                }
                let heirId = try Self.userId(db, heir)
                guard heirId != id else { throw AdminError("cannot reassign meetings of '\(name)' to '\(name)'") }
                try db.query("UPDATE meetings SET owner_id = $2, updated_at = now() WHERE owner_id = $1", [String(id), String(heirId)])
            }
            try db.query("DELETE FROM users WHERE id = $1", [String(id)])
        }
    }

    /// Puts a meeting on legal hold, or takes it off (admins only): while on hold nothing in it is deleted, by rm,
    /// rmdir, retention, version trimming or gc.
    public func setLegalHold(meeting: String, on: Bool) throws {
        try change("hold", path: "meetings/\(meeting)", detail: on ? "on" : "off", adminOnly: true) { db in
            if try db.query("UPDATE meetings SET legal_hold = $2 WHERE public_id = $1", [meeting, String(on)]).affected == 0 {
                throw AdminError("no meeting '\(meeting)'")
            }
        }
    }

    /// Shares a meeting with a user (or changes how); only its owner or an admin may.
    public func share(meeting: String, with user: String, write: Bool) throws {
        try change("share", path: "meetings/\(meeting)", detail: "\(user) \(write ? "write" : "read")") { db in
            let meetingId = try requireOwnerOrAdmin(db, meeting)
            let userId = try Self.userId(db, user)
            try db.query("""
                INSERT INTO meeting_access (meeting_id, user_id, access) VALUES ($1, $2, $3)
                ON CONFLICT (meeting_id, user_id) DO UPDATE SET access = EXCLUDED.access, granted_at = now()
                """, [String(meetingId), String(userId), write ? "write" : "read"])
        }
    }

    public func unshare(meeting: String, with user: String) throws {
        try change("unshare", path: "meetings/\(meeting)", detail: user) { db in
            let meetingId = try requireOwnerOrAdmin(db, meeting)
            let userId = try Self.userId(db, user)
            if try db.query("DELETE FROM meeting_access WHERE meeting_id = $1 AND user_id = $2",
                            [String(meetingId), String(userId)]).affected == 0 {
                throw AdminError("meeting '\(meeting)' is not shared with '\(user)'")
            }
        }
    }

    /// Records an action a command took outside this type (gc's deletions).
    public func record(_ action: String, path: String, bytes: Int64? = nil, detail: String?, result: String = "ok") throws {
        try metadata.insertAudit([AuditEvent(uid: uid, userId: actor?.userId, userName: actor?.name, action: action,
                                             path: path, bytes: bytes, detail: detail, result: result)])
    }

    /// Runs a change and writes its audit row in the same transaction; a refusal is recorded too.
    func change(_ action: String, path: String, detail: String?, adminOnly: Bool = false,
                        _ body: (PostgresConnection) throws -> Void) throws {
        let event = { (result: String) in
            AuditEvent(uid: self.uid, userId: self.actor?.userId, userName: self.actor?.name, action: action, path: path,
                       detail: detail, result: result)
        }
        do {
            if adminOnly { try requireAdmin() }
            try metadata.pool.transaction { db in
                try body(db)
                try PostgresCatalog.insertAudit([event("ok")], on: db)
            }
        } catch let error as DatabaseError where error.sqlState == "42501" {
            try? metadata.insertAudit([event("refused")])
            throw AdminError("this login may not change users, roles, shares or holds: use the database owner's "
                             + "(--postgres-url, or MEETINGFS_OWNER_POSTGRES_URL)")
        } catch let error as AdminError {
            try? metadata.insertAudit([event("refused")])
            throw error
        }
    }

    private func requireAdmin() throws {
        guard let actor else { throw AdminError("uid \(uid) is not a MeetingFS user") }
        guard actor.role == .admin else { throw AdminError("only admins manage users (\(actor.name ?? "uid \(uid)") is \(actor.role.rawValue))") }
    }

    private func requireOwnerOrAdmin(_ db: PostgresConnection, _ meeting: String) throws -> Int64 {
        guard let row = try db.query("SELECT id, owner_id FROM meetings WHERE public_id = $1", [meeting]).first else {
            throw AdminError("no meeting '\(meeting)'")
        }
        guard let actor else { throw AdminError("uid \(uid) is not a MeetingFS user") }
        guard actor.role == .admin || (actor.userId != nil && row.optionalInt("owner_id") == actor.userId) else {
            throw AdminError("only the owner of meeting '\(meeting)' or an admin may share it")
        }
        return row.int("id")
    }

    private static func userId(_ db: PostgresConnection, _ name: String) throws -> Int64 {
        guard let row = try db.query("SELECT id FROM users WHERE name = $1", [name]).first else { throw AdminError("no user '\(name)'") }
        return row.int("id")
    }

    private static func requireUpdated(_ rows: Rows, _ name: String) throws {
        if rows.affected == 0 { throw AdminError("no user '\(name)'") }
    }
}
