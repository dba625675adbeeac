import Foundation
import MeetingCore

/// A directory backed by a row: a meeting, a user, a temp area or a directory nested in one.
public struct DirectoryRecord: Sendable, Equatable {
    public let id: Int64
    public let name: String
    public let ownerId: Int64?
    public let mode: UInt32
    public let uid: UInt32
    public let gid: UInt32
    public let mtime: FileTime
    public let ctime: FileTime
    /// A temp area's or temp directory's own; a meeting's and a user's is its mtime.
    public let atime: FileTime
    /// For nested temp directories: their area, and the inode of the directory that lists them.
    public let areaId: Int64?
    public let parentIno: UInt64?
    /// Directories listed in this one (a temp area's or temp directory's; the fixed ones count their own).
    public let subdirectories: Int

    package init(id: Int64, name: String, ownerId: Int64?, mode: UInt32, uid: UInt32, gid: UInt32, mtime: FileTime,
                 ctime: FileTime, atime: FileTime, areaId: Int64?, parentIno: UInt64?, subdirectories: Int) {
        self.id = id
        self.name = name
        self.ownerId = ownerId
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.mtime = mtime
        self.ctime = ctime
        self.atime = atime
        self.areaId = areaId
        self.parentIno = parentIno
        self.subdirectories = subdirectories
    }
}

/// What a files row is: a regular file whose bytes are an object, or (in temp areas only) a node that is its row
/// alone, whose data, if any, the kernel carries.
public enum FileKind: String, Sendable, CaseIterable {
    case regular = "file", symlink, fifo, socket, characterDevice = "chardev", blockDevice = "blockdev"
}

/// Where a file is listed, in both terms: the parent inode, and the domain columns with their foreign keys.
public struct FilePlacement: Sendable, Equatable {
    public let parentIno: UInt64
    public let area: String
    public let meetingId: Int64?
    public let userId: Int64?
    public let tempAreaId: Int64?
    public let tempDirId: Int64?
    /// The object key prefix of the storage layout (design §4), e.g. meetings/standup-1/raw.
    public let keyPrefix: String

    package init(parentIno: UInt64, area: String, meetingId: Int64?, userId: Int64?, tempAreaId: Int64?,
                 tempDirId: Int64?, keyPrefix: String) {
        self.parentIno = parentIno
        self.area = area
        self.meetingId = meetingId
        self.userId = userId
        self.tempAreaId = tempAreaId
        self.tempDirId = tempDirId
        self.keyPrefix = keyPrefix
    }
}

/// What a create wrote for a new file, kept by its writer: the row and its first reservation are written without
/// waiting for the disk, so a PostgreSQL crash can lose them, and the commit then writes them again.
public struct NewFile: Sendable {
    public let placement: FilePlacement
    public let name: String
    public let mode: UInt32
    public let uid: UInt32
    public let gid: UInt32
    public let createdBy: Int64?
    public let mountId: UUID

    package init(placement: FilePlacement, name: String, mode: UInt32, uid: UInt32, gid: UInt32, createdBy: Int64?,
                 mountId: UUID) {
        self.placement = placement
        self.name = name
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.createdBy = createdBy
        self.mountId = mountId
    }
}

/// One row of files.
public struct FileRecord: Sendable, Equatable {
    public let id: Int64
    public let parentIno: UInt64
    public let name: String
    public let area: String
    public let meetingId: Int64?
    public let s3Key: String?
    public let version: Int
    public let size: Int64
    public let etag: String?
    public let sha256: String?
    public var status: String
    public let mode: UInt32
    public let uid: UInt32
    public let gid: UInt32
    public let mtime: FileTime
    public let ctime: FileTime
    public var atime: FileTime
    /// Fingerprint of the SSE-C key the object was written with; nil without SSE-C.
    public var keyFingerprint: String? = nil
    public var kind: FileKind = .regular
    /// A symbolic link's target.
    public var target: String? = nil
    /// A device node's device number.
    public var rdev: UInt64 = 0
    /// Names the file has: its first, and one per hard link.
    public var links: Int = 1
    /// Why the pipeline could not use the version's contents (`invalid: ...`), shown as its status.
    public var statusNote: String? = nil

    public var isReady: Bool { status == "ready" }

    package init(id: Int64, parentIno: UInt64, name: String, area: String, meetingId: Int64?, s3Key: String?,
                 version: Int, size: Int64, etag: String?, sha256: String?, status: String, mode: UInt32,
                 uid: UInt32, gid: UInt32, mtime: FileTime, ctime: FileTime, atime: FileTime,
                 keyFingerprint: String? = nil, kind: FileKind = .regular, target: String? = nil, rdev: UInt64 = 0,
                 links: Int = 1, statusNote: String? = nil) {
        self.statusNote = statusNote
        self.id = id
        self.parentIno = parentIno
        self.name = name
        self.area = area
        self.meetingId = meetingId
        self.s3Key = s3Key
        self.version = version
        self.size = size
        self.etag = etag
        self.sha256 = sha256
        self.status = status
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.mtime = mtime
        self.ctime = ctime
        self.atime = atime
        self.keyFingerprint = keyFingerprint
        self.kind = kind
        self.target = target
        self.rdev = rdev
        self.links = links
    }
}

/// What a commit stores for a written version; its version number is its reservation's.
public struct CommittedVersion: Sendable {
    public let reservationId: Int64
    public let s3Key: String
    public let size: Int64
    public let etag: String
    public let sha256: String
    public let mtime: FileTime
    /// Fingerprint of the SSE-C key the object was written with; nil without SSE-C.
    public let keyFingerprint: String?
    /// What the pipeline reads out of the version (speakers, a voice profile, an artifact to cache), committed
    /// with it.
    public var contents: PipelineDocument?
    /// How long an artifact's copy stays in the result cache.
    public var cacheTTL: TimeInterval = 7 * 86_400

    package init(reservationId: Int64, s3Key: String, size: Int64, etag: String, sha256: String, mtime: FileTime,
                 keyFingerprint: String?) {
        self.reservationId = reservationId
        self.s3Key = s3Key
        self.size = size
        self.etag = etag
        self.sha256 = sha256
        self.mtime = mtime
        self.keyFingerprint = keyFingerprint
    }
}

/// The tables of the directories backed by rows.
public enum DirectoryTable: String, Sendable {
    case meetings, users, tempAreas = "temp_areas", tempDirs = "temp_dirs"

    package var isTemp: Bool { self == .tempAreas || self == .tempDirs }
}

/// What a commit did: the version is visible, or the file was unlinked while written (nothing became visible).
public enum CommitOutcome: Sendable { case committed, unlinked }

/// A mount's lease, as gc and health see it.
public struct MountRecord: Sendable {
    public let id: UUID
    public let process: ProcessIdentity
    public let leaseExpired: Bool

    package init(id: UUID, process: ProcessIdentity, leaseExpired: Bool) {
        self.id = id
        self.process = process
        self.leaseExpired = leaseExpired
    }
}

/// A version being written, as gc sees it.
public struct ReservationRecord: Sendable {
    public let id: Int64
    public let key: String
    public let multipartUploadId: String?

    package init(id: Int64, key: String, multipartUploadId: String?) {
        self.id = id
        self.key = key
        self.multipartUploadId = multipartUploadId
    }
}
