import Foundation
import MeetingCatalog
import MeetingCore

/// The schema's constraints and triggers, as functions of the tables: what PostgresCatalog's SQL and the
/// schema's triggers do, one rule each.
extension InMemoryDatabase.Tables {
    typealias FileRow = InMemoryDatabase.FileRow

    var liveMounts: Set<UUID> {
        let oldest = Date().addingTimeInterval(-PostgresCatalog.leaseTTL)
        return Set(mounts.filter { $0.value.heartbeat > oldest }.keys)
    }

    /// A directory, a hard link, a committed file or one a live mount is writing holds the name.
    func nameTaken(_ parentIno: UInt64, _ name: String) -> Bool {
        let live = liveMounts
        return directories[.tempDirs]!.values.contains { $0.parentIno == parentIno && $0.name == name }
            || links.values.contains { $0.parentIno == parentIno && $0.name == name }
            || files.values.contains { file in
                file.parentIno == parentIno && file.name == name
                    && (file.status == "ready" || file.status == "uploading" && file.mountId.map(live.contains) == true)
            }
    }

    func claimName(_ parentIno: UInt64, _ name: String) throws {
        if nameTaken(parentIno, name) { throw FSError.exists }
    }

    /// ENOTEMPTY while anything is listed in these directories.
    func ensureEmpty(_ inos: Set<UInt64>) throws {
        let live = liveMounts
        let busy = files.values.contains { file in
            inos.contains(file.parentIno)
                && (file.status == "ready" || file.status == "uploading" && file.mountId.map(live.contains) == true)
        } || directories[.tempDirs]!.values.contains { $0.parentIno.map(inos.contains) == true }
            || links.values.contains { inos.contains($0.parentIno) }
        if busy { throw FSError.notEmpty }
    }

    func onHold(_ file: FileRow) -> Bool {
        file.placement.meetingId.flatMap { directories[.meetings]![$0]?.legalHold } == true
    }

    func refuseHeld(meeting id: Int64) throws {
        if directories[.meetings]![id]?.legalHold == true { throw FSError.legalHold }
    }

    func links(of fileId: Int64) -> Int { 1 + links.values.filter { $0.fileId == fileId }.count }

    // MARK: Triggers

    /// meetingfs_names_changed: a temp directory's (or area's) mtime and ctime move when a name in it appears,
    /// goes or moves.
    mutating func touch(_ inos: [UInt64?]) {
        let now = FileTime.now()
        for ino in Set(inos.compactMap { $0 }) {
            let table: DirectoryTable, id: Int64
            switch Node(ino: ino) {
            case .tempArea(let area)?: (table, id) = (.tempAreas, area)
            case .tempDir(let directory)?: (table, id) = (.tempDirs, directory)
            default: continue
            }
            guard let row = directories[table]![id] else { continue }
            directories[table]![id]?.mtime = now
            directories[table]![id]?.ctime = now
            // The row's update is announced by its table's trigger.
            announce(table.rawValue, id, old: (row.parentIno, row.name), new: (row.parentIno, row.name))
        }
    }

    /// meetingfs_count_links: a file's names changed, so does its ctime (announced as a change of the file).
    mutating func namesCounted(of fileId: Int64, old: (UInt64?, String?)?, new: (UInt64?, String?)?) {
        files[fileId]?.ctime = .now()
        announce("files", fileId, old: old, new: new)
    }

    /// meetingfs_announce: a change of a row that names something (files only while visible).
    mutating func announce(_ table: String, _ id: Int64, old: (UInt64?, String?)?, new: (UInt64?, String?)?) {
        announced.append(RowChange(table: table, id: id, oldParent: old?.0, oldName: old?.1,
                                   newParent: new?.0, newName: new?.1))
    }

    mutating func announce(fileBefore before: FileRow?, after: FileRow?) {
        guard before?.status == "ready" || after?.status == "ready", let id = before?.id ?? after?.id else { return }
        announce("files", id, old: before.map { ($0.parentIno, $0.name) }, new: after.map { ($0.parentIno, $0.name) })
    }

    /// Changes a file row with its triggers: names touched, the change announced.
    mutating func update(file id: Int64, _ change: (inout FileRow) -> Void) {
        guard let before = files[id] else { return }
        var after = before
        change(&after)
        files[id] = after
        let listedBefore = before.status != "deleting", listedAfter = after.status != "deleting"
        if before.placement.area == "temp",
            !(listedBefore && listedAfter && before.parentIno == after.parentIno && before.name == after.name) {
            touch([listedBefore ? before.parentIno : nil, listedAfter ? after.parentIno : nil])
        }
        announce(fileBefore: before, after: after)
    }

    mutating func insert(file: FileRow) {
        files[file.id] = file
        if file.placement.area == "temp", file.status != "deleting" { touch([file.parentIno]) }
        announce(fileBefore: nil, after: file)
    }

    mutating func delete(files ids: [Int64]) {
        for id in ids {
            guard let file = files.removeValue(forKey: id) else { continue }
            if file.placement.area == "temp", file.status != "deleting" { touch([file.parentIno]) }
            announce(fileBefore: file, after: nil)
            links = links.filter { $0.value.fileId != id }
            artifacts[id] = nil
        }
    }

    // MARK: Names and versions

    /// meetingfs_promote_heir: the oldest hard link becomes the file's first name.
    mutating func promoteHeir(of fileId: Int64) -> Bool {
        guard let heir = links.values.filter({ $0.fileId == fileId }).min(by: { $0.id < $1.id }),
            let oldParent = files[fileId]?.parentIno, let oldName = files[fileId]?.name
        else { return false }
        links[heir.id] = nil
        let moved = placement(files[fileId]!.placement, tempDirId: heir.tempDirId, parentIno: heir.parentIno)
        files[fileId]?.parentIno = heir.parentIno
        files[fileId]?.name = heir.name
        files[fileId]?.placement = moved
        touch([oldParent])
        namesCounted(of: fileId, old: (oldParent, oldName), new: (heir.parentIno, heir.name))
        return true
    }

    func placement(_ old: FilePlacement, tempDirId: Int64?, parentIno: UInt64) -> FilePlacement {
        FilePlacement(parentIno: parentIno, area: old.area, meetingId: old.meetingId, userId: old.userId,
                      tempAreaId: old.tempAreaId, tempDirId: tempDirId, keyPrefix: old.keyPrefix)
    }

    /// Copies a ready file's version into file_versions (keepVersion).
    mutating func keepVersion(of fileId: Int64) {
        guard let file = files[fileId], file.status == "ready", file.kind == .regular, let key = file.s3Key,
            !versions.values.contains(where: { $0.file.s3Key == key })
        else { return }
        let id = nextId()
        versions[id] = InMemoryDatabase.VersionRow(id: id, file: file, replacedAt: Date())
    }

    /// hideNamesake: frees (parentIno, name) for `fileId`. A hard link there goes; a namesake with further names
    /// keeps them; else it turns 'deleting' (its version kept with `keep` or on hold).
    mutating func hideNamesake(at parentIno: UInt64, _ name: String, except fileId: Int64, keep: Bool) {
        for link in links.values where link.parentIno == parentIno && link.name == name && link.fileId != fileId {
            links[link.id] = nil
            touch([parentIno])
            namesCounted(of: link.fileId, old: (parentIno, name), new: nil)
        }
        let namesakes = files.values.filter { $0.parentIno == parentIno && $0.name == name && $0.id != fileId && $0.status == "ready" }
        for namesake in namesakes {
            if links(of: namesake.id) > 1, promoteHeir(of: namesake.id) { continue }
            if keep || onHold(namesake) { keepVersion(of: namesake.id) }
            update(file: namesake.id) { $0.status = "deleting"; $0.ctime = .now() }
        }
    }

    /// replace: the version a file had before a commit is kept (with `keep` or on hold) or trashed.
    mutating func replaceVersion(of fileId: Int64, unlessKey key: String, keep: Bool) {
        guard let file = files[fileId], file.status == "ready", let old = file.s3Key, old != key else { return }
        if keep || onHold(file) {
            keepVersion(of: fileId)
        } else if trash[old] == nil {
            trash[old] = Date()
        }
    }

    /// A transcription job for a ready raw file, its meeting marked uploaded.
    mutating func queueTranscription(of fileId: Int64) {
        guard let file = files[fileId], file.status == "ready", file.placement.area == "raw",
            let meeting = file.placement.meetingId
        else { return }
        jobs.append(InMemoryDatabase.Job(kind: "transcribe", meetingId: meeting, fileId: fileId))
        if let row = directories[.meetings]![meeting], row.status == "new" {
            directories[.meetings]![meeting]?.status = "uploaded"
            directories[.meetings]![meeting]?.mtime = .now()
            announce("meetings", meeting, old: (nil, row.name), new: (nil, row.name))
        }
    }

    func keyHeld(_ key: String, byReservations: Bool, byFiles: Bool) -> Bool {
        trash[key] != nil || versions.values.contains { $0.file.s3Key == key }
            || byFiles && files.values.contains { $0.s3Key == key }
            || byReservations && reservations.values.contains { $0.key == key }
    }

    // MARK: Records

    func record(_ row: InMemoryDatabase.DirectoryRow, _ table: DirectoryTable) -> DirectoryRecord {
        let ino = table == .tempAreas ? Node.tempArea(row.id).ino : Node.tempDir(row.id).ino
        return DirectoryRecord(
            id: row.id, name: row.name, ownerId: table == .users ? row.id : row.ownerId, mode: row.mode, uid: row.uid,
            gid: row.gid, mtime: row.mtime, ctime: table.isTemp ? row.ctime : row.mtime,
            atime: table.isTemp ? row.atime : row.mtime, areaId: row.areaId, parentIno: row.parentIno,
            subdirectories: table.isTemp ? directories[.tempDirs]!.values.filter { $0.parentIno == ino }.count : 0)
    }

    func record(_ file: FileRow, listedAs link: InMemoryDatabase.LinkRow? = nil) -> FileRecord {
        FileRecord(
            id: file.id, parentIno: link?.parentIno ?? file.parentIno, name: link?.name ?? file.name,
            area: file.placement.area, meetingId: file.placement.meetingId, s3Key: file.s3Key, version: file.version,
            size: file.size, etag: file.etag, sha256: file.sha256, status: file.status, mode: file.mode, uid: file.uid,
            gid: file.gid, mtime: file.mtime, ctime: file.ctime, atime: file.atime, keyFingerprint: file.keyFingerprint,
            kind: file.kind, target: file.target, rdev: file.rdev, links: links(of: file.id))
    }
}
