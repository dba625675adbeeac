/// The kinds of node in the tree, and their inode numbers: the kind in the top byte, a database id below it, so
/// every mount of the same database derives the same numbers (design §2).
public enum MeetingArea: String, CaseIterable, Sendable {
    case raw, audio, artifacts
}

public enum Node: Hashable, Sendable {
    case root, meetingsRoot, usersRoot, tempRoot
    case meeting(Int64)
    case area(Int64, MeetingArea)
    case user(Int64)
    case profiles(Int64)
    case tempArea(Int64)
    case tempDir(Int64)
    case file(Int64)

    private static let idBits: UInt64 = 56
    private static let idMask: UInt64 = (1 << idBits) - 1

    private enum Kind: UInt64 {
        case fixed = 0, meeting, raw, audio, artifacts, user, profiles, tempArea, tempDir, file
    }

    public var ino: UInt64 {
        switch self {
        case .root: return 1
        case .meetingsRoot: return 2
        case .usersRoot: return 3
        case .tempRoot: return 4
        case .meeting(let id): return Self.pack(.meeting, id)
        case .area(let id, .raw): return Self.pack(.raw, id)
        case .area(let id, .audio): return Self.pack(.audio, id)
        case .area(let id, .artifacts): return Self.pack(.artifacts, id)
        case .user(let id): return Self.pack(.user, id)
        case .profiles(let id): return Self.pack(.profiles, id)
        case .tempArea(let id): return Self.pack(.tempArea, id)
        case .tempDir(let id): return Self.pack(.tempDir, id)
        case .file(let id): return Self.pack(.file, id)
        }
    }

    public init?(ino: UInt64) {
        let id = Int64(ino & Self.idMask)
        switch Kind(rawValue: ino >> Self.idBits) {
        case .fixed:
            switch ino {
            case 1: self = .root
            case 2: self = .meetingsRoot
            case 3: self = .usersRoot
            case 4: self = .tempRoot
            default: return nil
            }
        case .meeting: self = .meeting(id)
        case .raw: self = .area(id, .raw)
        case .audio: self = .area(id, .audio)
        case .artifacts: self = .area(id, .artifacts)
        case .user: self = .user(id)
        case .profiles: self = .profiles(id)
        case .tempArea: self = .tempArea(id)
        case .tempDir: self = .tempDir(id)
        case .file: self = .file(id)
        case nil: return nil
        }
        if id == 0 && ino >> Self.idBits != 0 { return nil }
    }

    private static func pack(_ kind: Kind, _ id: Int64) -> UInt64 {
        precondition(id > 0 && UInt64(id) <= idMask, "database id out of inode range")
        return kind.rawValue << idBits | UInt64(id)
    }

    public var isDirectory: Bool {
        if case .file = self { return false }
        return true
    }

    /// A temp area or a directory nested in one: where the tree behaves as a local disk.
    public var isTemp: Bool {
        switch self {
        case .tempArea, .tempDir: return true
        default: return false
        }
    }

    package var isTempDir: Bool {
        if case .tempDir = self { return true }
        return false
    }

    /// The fixed directory a meeting, user or temp area is listed in (their rows have no parent column).
    package var fixedParent: Node? {
        switch self {
        case .meeting: return .meetingsRoot
        case .user: return .usersRoot
        case .tempArea: return .tempRoot
        default: return nil
        }
    }

    /// The directories whose attributes come from this node's row: a meeting's areas, a user's profiles.
    package var derivedDirectories: [Node] {
        switch self {
        case .meeting(let id): return MeetingArea.allCases.map { .area(id, $0) }
        case .user(let id): return [.profiles(id)]
        default: return []
        }
    }

    /// Directories that hold regular files (and, in temp areas, nested directories).
    public var holdsFiles: Bool {
        switch self {
        case .area, .profiles, .tempArea, .tempDir: return true
        default: return false
        }
    }

    /// The fixed children of fixed or per-record directories, in listing order.
    public var fixedChildren: [String] {
        switch self {
        case .root: return ["meetings", "users", "temp"]
        case .meeting: return MeetingArea.allCases.map(\.rawValue)
        case .user: return ["profiles"]
        default: return []
        }
    }
}
