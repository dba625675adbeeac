import Foundation
import MeetingCore
import MeetingCatalog

/// What a node is, as stat's file type bits say.
public enum NodeType: Sendable, Equatable {
    case directory
    case file(FileKind)
}

public struct Attributes: Sendable, Equatable {
    public let ino: UInt64
    public let type: NodeType
    /// Permission bits only; the adapter adds the file type.
    public let permissions: UInt32
    public let uid: UInt32
    public let gid: UInt32
    public let size: Int64
    public let mtime: FileTime
    public let ctime: FileTime
    public let atime: FileTime
    public let nlink: UInt32
    /// A device node's device number.
    public var rdev: UInt64 = 0

    public var isDirectory: Bool { type == .directory }

    /// Whether the kernel may reuse this name for every caller. Not for a meeting's, user's or temp area's
    /// directory: whether it exists depends on who asks, so every path walk through it must ask the daemon.
    public var entrySameForEveryCaller: Bool {
        switch Node(ino: ino) {
        case .meeting, .user, .tempArea: return false
        default: return true
        }
    }

    /// Whether the kernel may answer stat from these attributes for every caller: not for the directories above,
    /// nor for /meetings, /users and /temp, which a uid that is no MeetingFS user must be refused.
    public var attributesSameForEveryCaller: Bool {
        switch Node(ino: ino) {
        case .meeting, .user, .tempArea, .meetingsRoot, .usersRoot, .tempRoot: return false
        default: return true
        }
    }
}

/// A listed name with the attributes of what it names (READDIRPLUS hands both to the kernel at once).
public struct DirectoryEntry: Sendable, Equatable {
    public let name: String
    public let attributes: Attributes

    public var ino: UInt64 { attributes.ino }
    public var isDirectory: Bool { attributes.isDirectory }
}

/// What setattr changes; nil fields stay as they are.
public struct AttributeChanges: Sendable {
    public var permissions: UInt32?
    public var uid: UInt32?
    public var gid: UInt32?
    public var size: Int64?
    public var mtime: FileTime?
    public var atime: FileTime?
    /// How utimensat asked for times (either of them), which decides who may; nil when it did not.
    public var times: TimeChange?
    /// The change comes through an open descriptor (ftruncate), whose access mode was checked at its open.
    public var throughHandle = false

    public enum TimeChange: Sendable {
        /// Both to the current time (utimes(NULL), or UTIME_NOW for both): the owner's, or a writer's.
        case bothToNow
        /// Any other: the owner's alone.
        case explicit
    }

    public init(permissions: UInt32? = nil, uid: UInt32? = nil, gid: UInt32? = nil, size: Int64? = nil, mtime: FileTime? = nil,
                atime: FileTime? = nil, times: TimeChange? = nil, throughHandle: Bool = false) {
        self.permissions = permissions
        self.uid = uid
        self.gid = gid
        self.size = size
        self.mtime = mtime
        self.atime = atime
        self.times = times ?? (mtime == nil && atime == nil ? nil : .explicit)
        self.throughHandle = throughHandle
    }
}

public struct FileSystemConfig: Sendable {
    /// Unit of ranged GETs and of the chunk cache (measured cold reads: 4 MiB 275 MB/s, 8 MiB 417, 16 MiB 394-512;
    /// 8 MiB also matches the part size, so a chunk is one part of a multipart object).
    public var chunkSize = 8 << 20
    /// Multipart part size; files up to this size go up in one PUT.
    public var partSize = 8 << 20
    /// The largest file: S3 takes at most 10,000 parts per object (a write or truncate beyond is EFBIG).
    public var maxFileSize: Int64 { Int64(partSize) * 10_000 }
    /// Parts in flight per file being written.
    public var uploadConcurrency = 4
    /// Bytes of files being written sequentially that are held in memory instead of staged to disk: a head and a
    /// tail part each (16 files at the defaults); a file beyond the budget is staged.
    public var writeMemoryBudget = 256 << 20
    /// Most chunks fetched ahead of one sequential reader (the window doubles up to this).
    public var readAheadChunks = 4
    /// Read-ahead fetches in flight across the mount.
    public var maxPrefetches = 8
    /// Bytes of chunk buffers: recent chunks (read-ahead lands here), fetches in flight, queued cache writes.
    public var readMemoryBudget = 256 << 20
    /// Small files fetched ahead when their directory is listed, and when one listed before them is opened (0: none).
    public var siblingPrefetch = 32
    /// Seconds a directory listing answers lookups (no longer than the kernel keeps the names it is given).
    public var listingTTL: TimeInterval = 1
    /// Largest directory whose listing is kept for lookups.
    public var listingMaxEntries = 4096
    public var tempAreaTTL: TimeInterval = 24 * 3600
    /// Which areas keep the versions an overwrite or a replacing rename displaces (the config file's keep_versions).
    public var lifecycle = LifecyclePolicy()
    public var stagingDirectory: URL
    /// The AES-256 key chunk-cache entries and staging files are sealed with.
    public var localKey: [UInt8]
    /// Where links to SSE-C objects point; nil: such files get no links.
    public var links: LinkSettings?
    /// How long a uid's role is remembered before it is looked up again.
    public var principalTTL: TimeInterval = 5
    /// How old a remembered role may be and still be used while PostgreSQL is unreachable.
    public var principalStaleLimit: TimeInterval = 600
    /// How long a committed transcript or summary stays in the result cache (`cache.artifact_ttl`).
    public var artifactCacheTTL: TimeInterval = 7 * 86_400
    /// Called with the result cache's key of an artifact after its commit or unlink (to drop the cache's Redis
    /// copy: the next read takes PostgreSQL's, which the commit or unlink itself changed).
    public var artifactChanged: (@Sendable (_ key: String) -> Void)?

    public init(stagingDirectory: URL, localKey: [UInt8]) {
        self.stagingDirectory = stagingDirectory
        self.localKey = localKey
    }
}
