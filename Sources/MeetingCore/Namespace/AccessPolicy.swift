#if canImport(Glibc)
import Glibc
#endif

/// How the caller stands to the record a place belongs to: a meeting it owns or was given, its own user or temp
/// area, or someone else's.
public enum Relation: String, CaseIterable, Sendable {
    case own, sharedWrite = "shared write", sharedRead = "shared read", other = "other's"
}

/// The places access is decided on. A meeting's raw/, audio/ and artifacts/ stand for themselves and the files in
/// them; a temp area for itself and as the way into what it holds, where mode bits decide the rest (ModeBits).
public enum Place: Equatable, Sendable {
    /// /, /meetings, /users, /temp
    case fixed
    case meeting(Relation)
    case meetingArea(MeetingArea, Relation)
    case userHome(Relation)
    case profiles(Relation)
    case tempArea(Relation)
}

/// What a caller does to a place.
public enum Access: String, CaseIterable, Sendable {
    /// Look it up, stat it, list it, open its files for reading.
    case read
    /// Create, write, truncate, rename, remove, chmod and touch the files (and nested directories) in it.
    case write
    /// mkdir of the place itself: a meeting, a user, a temp area.
    case create
    /// rmdir of the place itself; in a meeting's raw/, audio/ and artifacts/, also unlink of its files (whoever may
    /// remove a meeting may empty it first: `rm -rf meetings/M`).
    case remove
    /// chmod and utimens of the directory itself.
    case changeMode = "chmod"
    /// chown and chgrp, of anything.
    case changeOwner = "chown"
}

/// The access policy, in one place (design §6; the table in docs/security.md is rendered from it). admin may do
/// everything; worker reads every meeting and voice profile, writes audio/ and artifacts/, and uses temp areas;
/// member works in its own meetings (and those shared with it), its own profiles and its own temp areas.
///
/// Hiding versus refusing: a place the caller may not read does not exist for it (ENOENT, and it is left out of
/// listings), so meeting ids of other people are not disclosed; where it may read but not do what it asked, the
/// answer is EACCES. A uid that is no MeetingFS user gets EACCES everywhere below the root.
public enum AccessPolicy {
    public static func allows(_ role: Role, _ access: Access, on place: Place) -> Bool {
        if role == .admin { return true }
        if access == .changeOwner { return false }
        switch (role, place) {
        case (_, .fixed):
            return access == .read
        case (.worker, .meeting):
            return access == .read
        case (.worker, .meetingArea(let area, _)):
            return access == .read || (access == .write && area != .raw)
        case (.worker, .userHome), (.worker, .profiles):
            return access == .read
        case (.worker, .tempArea):
            return true
        case (.member, .meeting(let relation)):
            switch access {
            case .read: return relation != .other
            case .create, .remove, .changeMode: return relation == .own
            default: return false
            }
        case (.member, .meetingArea(let area, let relation)):
            switch access {
            case .read: return relation != .other
            case .write: return area == .raw && (relation == .own || relation == .sharedWrite)
            case .remove: return relation == .own
            default: return false
            }
        case (.member, .userHome(let relation)):
            return relation == .own && (access == .read || access == .changeMode)
        case (.member, .profiles(let relation)):
            return relation == .own && (access == .read || access == .write)
        case (.member, .tempArea(let relation)):
            return relation == .own
        case (.admin, _):
            return true
        }
    }

    /// Throws the policy's answer where `who` may not: ENOENT where it may not even read an existing place, else
    /// EACCES (a place to be created does not exist yet, so it is never hidden).
    public static func check(_ who: Principal, _ access: Access, on place: Place) throws {
        if allows(who.role, access, on: place) { return }
        if access != .create && !allows(who.role, .read, on: place) {
            throw FSError(ENOENT, "hidden from \(who.role.rawValue)", denial: true)
        }
        throw FSError(EACCES, "\(who.role.rawValue) may not \(access.rawValue) here", denial: true)
    }

    /// Every place the policy distinguishes, in the order of the table in docs/security.md.
    public static var places: [(name: String, place: Place)] {
        var rows: [(String, Place)] = [("/, meetings/, users/, temp/", .fixed)]
        for relation in Relation.allCases { rows.append(("meetings/M (\(relation.rawValue))", .meeting(relation))) }
        for area in MeetingArea.allCases {
            for relation in Relation.allCases {
                rows.append(("meetings/M/\(area.rawValue)/ and its files (\(relation.rawValue))", .meetingArea(area, relation)))
            }
        }
        let mineOrNot = [Relation.own, .other]
        rows += mineOrNot.map { ("users/U (\($0.rawValue))", .userHome($0)) }
        rows += mineOrNot.map { ("users/U/profiles/ and its files (\($0.rawValue))", .profiles($0)) }
        rows += mineOrNot.map { ("temp/T, and the way into what it holds (\($0.rawValue))", .tempArea($0)) }
        return rows
    }

    /// The policy as a Markdown table: a row per place, a column per role, the accesses allowed in each cell.
    public static func markdownTable() -> String {
        let roles: [Role] = [.admin, .worker, .member]
        var lines = ["| place | " + roles.map(\.rawValue).joined(separator: " | ") + " |",
                     "|---|" + roles.map { _ in "---|" }.joined()]
        for (name, place) in places {
            let cells = roles.map { role in
                let allowed = Access.allCases.filter { allows(role, $0, on: place) }.map(\.rawValue)
                return allowed.isEmpty ? "—" : allowed.joined(separator: ", ")
            }
            lines.append("| \(name) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
