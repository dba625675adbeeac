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
    /// users.name, for the audit log.
    public let name: String?

    public init(uid: UInt32, userId: Int64?, role: Role, name: String? = nil) {
        self.uid = uid
        self.userId = userId
        self.role = role
        self.name = name
    }

    /// The local superuser administers the mount it started.
    public static func superuser() -> Principal { Principal(uid: 0, userId: nil, role: .admin, name: "root") }
}

/// The rules of the hierarchy, in one place: which node kinds exist where, and what may be created, removed or
/// renamed in each. Who may do it is AccessPolicy's to say. Pure: no database, no caller.
public enum Namespace {
    public enum NewDirectory: Equatable {
        case meeting, user, tempArea
        case tempDir
    }

    /// What `mkdir parent/name` makes, or why nothing can be made there.
    public static func mkdir(in parent: Node, name: String) throws -> NewDirectory {
        switch parent {
        case .meetingsRoot:
            try Names.validateId(name)
            return .meeting
        case .usersRoot:
            try Names.validateId(name)
            return .user
        case .tempRoot:
            try Names.validateId(name)
            return .tempArea
        case .tempArea, .tempDir:
            try Names.validateEntry(name)
            return .tempDir
        case .file:
            throw FSError.notDirectory
        default:
            try Names.validateEntry(name)
            throw FSError(EPERM, "no directories may be created here")
        }
    }

    /// Whether `parent` holds regular files at all (for a create, a removal or a rename of one).
    public static func checkHoldsFiles(_ parent: Node) throws {
        switch parent {
        case .file: throw FSError.notDirectory
        case let node where !node.holdsFiles: throw FSError(EPERM, "this directory holds no files")
        default: break
        }
    }

    /// Whether `parent` may list a node that is no regular file (a symbolic link, a FIFO, a socket, a device):
    /// temp areas only; raw/, audio/, artifacts/ and profiles/ hold regular files only (design §2).
    public static func checkHoldsSpecialNodes(_ parent: Node) throws {
        try checkHoldsFiles(parent)
        if !parent.isTemp { throw FSError(EPERM, "only temp areas hold links, FIFOs, sockets and devices") }
    }

    /// A hard link from a file in `source` to a name in `target`: within one temp area only (EXDEV from another
    /// area or kind of directory, EPERM among directories that hold regular files alone).
    public static func checkLink(from source: Node, to target: Node, sameTempArea: Bool) throws {
        try checkHoldsFiles(target)
        if sameTempArea { return }
        if !source.isTemp && !target.isTemp { throw FSError(EPERM, "only temp areas hold hard links") }
        throw FSError(EXDEV, "hard links stay within one temp area")
    }

    /// `rmdir parent/name` of a directory node: which kinds may be removed at all (emptiness is checked by the
    /// caller).
    public static func checkRemovable(_ node: Node) throws {
        switch node {
        case .meeting, .user, .tempArea, .tempDir: return
        case .file: throw FSError.notDirectory
        default: throw FSError(EPERM, "fixed directory")
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
