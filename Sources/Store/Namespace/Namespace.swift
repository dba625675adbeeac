#if canImport(Glibc)
import Glibc
#endif

public enum Role: String, Sendable {
    case admin, worker, member
}

/// Who is asking: the caller's uid mapped through users.unix_uid (design §6).
public struct Principal: Sendable, Equatable {
    public let uid: UInt32
    public let userId: Int64?
    public let role: Role

    public init(uid: UInt32, userId: Int64?, role: Role) {
        self.uid = uid
        self.userId = userId
        self.role = role
    }

    /// The local superuser administers the mount it started.
    public static func superuser() -> Principal { Principal(uid: 0, userId: nil, role: .admin) }
}

/// The rules of the hierarchy, in one place: what may be created, removed or renamed where, and by which role.
/// Pure: the caller passes what it knows of the records involved (a meeting's owner, a temp dir's area).
public enum Namespace {
    public enum NewDirectory: Equatable {
        case meeting, user, tempArea
        case tempDir
    }

    /// What `mkdir parent/name` makes, or why not.
    public static func mkdir(in parent: Node, name: String, by principal: Principal) throws -> NewDirectory {
        switch parent {
        case .meetingsRoot:
            try Names.validateId(name)
            guard principal.role != .worker else { throw FSError(EACCES, "workers do not create meetings") }
            return .meeting
        case .usersRoot:
            try Names.validateId(name)
            guard principal.role == .admin else { throw FSError(EACCES, "only admins create users") }
            return .user
        case .tempRoot:
            try Names.validateId(name)
            guard principal.role != .member else { throw FSError(EACCES, "members do not create temp areas") }
            return .tempArea
        case .tempArea, .tempDir:
            try Names.validateEntry(name)
            try checkWrite(in: parent, by: principal, meetingOwner: nil)
            return .tempDir
        case .file:
            throw FSError.notDirectory
        default:
            try Names.validateEntry(name)
            throw FSError(EPERM, "no directories may be created here")
        }
    }

    /// Whether `parent` accepts a new regular file (or a removal or rename of one) from `principal`. The meeting's
    /// owner is asked for only where it decides (a member writing to raw/), as it costs a query.
    public static func checkWrite(in parent: Node, by principal: Principal, meetingOwner: @autoclosure () throws -> Int64?) throws {
        switch parent {
        case .file: throw FSError.notDirectory
        case let node where !node.holdsFiles: throw FSError(EPERM, "this directory holds no files")
        default: break
        }
        switch (principal.role, parent) {
        case (.admin, _): return
        case (.worker, .area(_, .audio)), (.worker, .area(_, .artifacts)), (.worker, .tempArea), (.worker, .tempDir):
            return
        case (.member, .area(_, .raw)):
            if let owner = try meetingOwner(), owner == principal.userId { return }
        case (.member, .profiles(let user)) where user == principal.userId:
            return
        default:
            break
        }
        throw FSError(EACCES, "\(principal.role.rawValue) may not write here")
    }

    /// Whether `principal` may see inside a meeting owned by `owner` (or a user's directory).
    public static func checkRead(meetingOwner owner: Int64?, by principal: Principal) throws {
        if principal.role != .member || (owner != nil && owner == principal.userId) { return }
        throw FSError(EACCES, "members see their own meetings only")
    }

    /// `rmdir parent/name` of a directory node: which kinds may be removed at all (emptiness is checked by the
    /// caller), and by whom.
    public static func checkRemoveDirectory(_ node: Node, by principal: Principal, owner: Int64?) throws {
        switch node {
        case .meeting:
            guard principal.role == .admin || (principal.role == .member && owner != nil && owner == principal.userId)
            else { throw FSError(EACCES, "only admins and the owner remove a meeting") }
        case .user:
            guard principal.role == .admin else { throw FSError(EACCES, "only admins remove users") }
        case .tempArea, .tempDir:
            guard principal.role != .member else { throw FSError(EACCES, "members do not use temp areas") }
        case .file:
            throw FSError.notDirectory
        default:
            throw FSError(EPERM, "fixed directory")
        }
    }

    /// Renames move files between directories of the same kind only: raw to raw, temp to temp (same area), ...
    public static func checkRename(from source: Node, to target: Node, sameTempArea: Bool) throws {
        switch (source, target) {
        case (.area(_, let a), .area(_, let b)) where a == b: return
        case (.profiles, .profiles): return
        case (.tempArea, .tempArea), (.tempArea, .tempDir), (.tempDir, .tempArea), (.tempDir, .tempDir):
            if sameTempArea { return }
            throw FSError(EXDEV, "rename between temp areas")
        default:
            if !source.holdsFiles || !target.holdsFiles { throw FSError(EPERM, "this directory holds no files") }
            throw FSError(EXDEV, "rename between directories of different kinds")
        }
    }
}
