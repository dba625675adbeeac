import Foundation
import Logging
import MeetingCore

/// Everything the file system asks of its metadata, whatever keeps it: PostgresCatalog on PostgreSQL (the one a
/// mount runs on), or an in-memory engine with the same rules for tests. The rules every engine keeps:
/// - a name in a directory stands for one thing: a directory, a hard link, a committed file, or a file a live mount
///   is writing (`claimName` in PostgresCatalog); creating over a taken name is EEXIST;
/// - a version becomes visible only by `commit`, and only while its reservation exists: the reservation is the
///   commit's proof, so a version gc collected never commits, and a commit whose reply was lost is recognized;
/// - whatever a version replaces is kept (keepReplaced, or a meeting on legal hold) or goes to the trash, and a
///   deleted file's row stays 'deleting' until the reaper removes its object;
/// - every change to a named row is announced to the other mounts' `listenForChanges`, never to its own.
package protocol Catalog: AnyObject, Sendable {
    // MARK: Principals and sharing
    func principal(uid: UInt32) throws -> Principal?
    /// What a meeting was shared as with a user, if it was.
    func sharedAccess(meetingId: Int64, userId: Int64) throws -> Relation?
    /// The meetings shared with a user, and how.
    func sharedMeetings(userId: Int64) throws -> [Int64: Relation]

    // MARK: Directories backed by rows
    func directory(_ table: DirectoryTable, id: Int64) throws -> DirectoryRecord?
    func directory(_ table: DirectoryTable, named name: String) throws -> DirectoryRecord?
    /// Every row of a table, by name.
    func directories(_ table: DirectoryTable) throws -> [DirectoryRecord]
    func tempDir(parentIno: UInt64, name: String) throws -> DirectoryRecord?
    func tempDirs(parentIno: UInt64) throws -> [DirectoryRecord]
    func meetingStatus(id: Int64) throws -> String?
    func createMeeting(publicId: String, owner: Int64?, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord
    func createUser(name: String) throws -> DirectoryRecord
    func createTempArea(publicId: String, owner: Int64?, ttl: TimeInterval, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord
    /// EEXIST where the name is taken.
    func createTempDir(areaId: Int64, parentIno: UInt64, name: String, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord
    /// Deletes a directory row if nothing is listed in `childInos` (ENOTEMPTY), unless its meeting is on legal hold
    /// (EPERM) or, for a user, the user still owns meetings; deleted files still in their grace go to the trash.
    func removeDirectory(_ table: DirectoryTable, id: Int64, childInos: [UInt64]) throws
    /// ENOTEMPTY unless a meeting's fixed directory is empty; EPERM when the meeting is on legal hold.
    func ensureRemovable(meetingArea ino: UInt64, of meetingId: Int64) throws
    func setDirectoryAttributes(_ table: DirectoryTable, id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?,
                                mtime: FileTime?, atime: FileTime?) throws
    /// Moves a temp directory, in place of the empty directory `replacing` (ENOTEMPTY if it holds anything).
    func renameTempDir(id: Int64, parentIno: UInt64, name: String, replacing victim: (id: Int64, ino: UInt64)?) throws

    // MARK: Files and names
    func file(id: Int64) throws -> FileRecord?
    /// The rows of these files, in no particular order (missing ids are left out).
    func files(ids: [Int64]) throws -> [FileRecord]
    /// The committed file a name stands for, by its first name or a hard link (listed under the link's name).
    func visibleFile(parentIno: UInt64, name: String) throws -> FileRecord?
    func visibleFiles(parentIno: UInt64) throws -> [FileRecord]
    /// A file being written by mount `mountId`, invisible until `commit`, with its first version's reservation.
    func insertUploading(_ placement: FilePlacement, name: String, mode: UInt32, uid: UInt32, gid: UInt32,
                         createdBy: Int64?, mountId: UUID) throws -> (FileRecord, Reservation)
    /// A node that is its row alone (symbolic link, FIFO, socket, device), committed as made; EEXIST on a taken name.
    func insertNode(_ placement: FilePlacement, name: String, kind: FileKind, target: String?, rdev: UInt64,
                    mode: UInt32, uid: UInt32, gid: UInt32, createdBy: Int64?) throws -> FileRecord
    /// A further name for a committed file (temp areas); EEXIST on a taken name.
    func link(fileId: Int64, to placement: FilePlacement, name: String) throws -> FileRecord
    /// Moves the name `from` of a file, replacing a visible namesake (kept with `keepReplaced` or on hold).
    func rename(fileId: Int64, from: (parentIno: UInt64, name: String), to placement: FilePlacement, name: String,
                keepReplaced: Bool) throws
    /// Unlink of one name: a hard link goes alone, a first name passes to the oldest link, the last name takes
    /// the file ('deleting'). EPERM on legal hold.
    func unlink(fileId: Int64, parentIno: UInt64, name: String, inTempArea: Bool) throws
    /// Removes the row of a file that was never committed.
    func discardUncommitted(fileId: Int64) throws
    func setFileAttributes(id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?, mtime: FileTime?, atime: FileTime?) throws

    // MARK: Commit and versions
    /// Makes a written version visible, replacing whatever had its name. `.unlinked` if the file was unlinked while
    /// written; EIO if its reservation was collected. `queueJob`: a final raw version queues its processing job.
    func commit(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool,
                created: NewFile?) throws -> CommitOutcome
    /// Queues the job of a raw file committed earlier by fsync, now that its last writer closed it.
    func queueJob(fileId: Int64) throws
    func versions(parentIno: UInt64, name: String) throws -> [FileVersion]
    /// Makes a kept version current again, keeping the one it replaces.
    func restoreVersion(fileId: Int64, version: Int64) throws
    /// Points a ready file at a copy of its object if it still names `old` (archive); false if it changed.
    func switchObject(fileId: Int64, from old: String, to new: String, etag: String, keyFingerprint: String?,
                      archived: Bool?) throws -> Bool

    // MARK: Mounts and reservations
    func registerMount(id: UUID, process: ProcessIdentity) throws
    /// Renews the lease; registers it again if it was collected meanwhile.
    func heartbeat(mountId: UUID, process: ProcessIdentity) throws
    func removeMount(id: UUID) throws
    func mounts() throws -> [MountRecord]
    func forgetMounts(_ ids: [UUID]) throws
    func reserveVersion(fileId: Int64, keyPrefix: String, name: String, mountId: UUID) throws -> Reservation
    func recordMultipartUpload(reservationId: Int64, uploadId: String) throws
    /// Gives a reservation up: its key goes to the trash, unless the reservation is gone and a row holds the key
    /// (its version committed).
    func abandonReservation(id: Int64, key: String) throws
    /// Reservations of the given mounts, and of mounts that are gone.
    func reservations(ofMounts ids: [UUID]) throws -> [ReservationRecord]
    /// Removes the uploading rows of the given mounts and of mounts that are gone; returns how many.
    @discardableResult func removeUploadingRows(ofMounts ids: [UUID]) throws -> Int
    /// Which of these keys no row refers to (files, reservations, trash, kept versions).
    func unreferencedKeys(_ keys: [String]) throws -> [String]
    /// Which of these keys no reservation holds.
    func unreservedKeys(_ keys: [String]) throws -> [String]

    // MARK: Reaping and usage
    /// Objects past the grace period: the trash's, and those of files marked 'deleting'.
    func expiredObjects(grace: TimeInterval, limit: Int) throws -> [(fileId: Int64?, key: String?)]
    /// Forgets an expired object once it is gone from the bucket.
    func forgetExpired(fileId: Int64?, key: String?) throws
    /// Bytes and number of the committed files.
    func usage() throws -> (bytes: Int64, files: Int64)
    /// Bytes of the kept previous versions.
    func keptVersionBytes() throws -> Int64

    // MARK: Announcements
    /// Hands the changes others commit to `apply` until the feed is stopped; `resync` when some may have gone
    /// unheard.
    func listenForChanges(logger: Logger, apply: @escaping @Sendable ([RowChange]) -> Void,
                          resync: @escaping @Sendable () -> Void) -> any ChangeFeed
}

/// Changes being delivered, until `stop`.
package protocol ChangeFeed: Sendable {
    func stop()
}
