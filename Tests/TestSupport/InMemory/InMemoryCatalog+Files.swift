import Foundation
import MeetingCatalog
import MeetingCore

/// Files, their names, versions and commits, on the in-memory tables.
extension InMemoryCatalog {
    typealias FileRow = InMemoryDatabase.FileRow

    package func file(id: Int64) throws -> FileRecord? {
        try run { state in state.files[id].map { state.record($0) } }
    }

    package func files(ids: [Int64]) throws -> [FileRecord] {
        try run { state in ids.compactMap { state.files[$0] }.map { state.record($0) } }
    }

    package func visibleFile(parentIno: UInt64, name: String) throws -> FileRecord? {
        try visible(parentIno).first { $0.name == name }
    }

    package func visibleFiles(parentIno: UInt64) throws -> [FileRecord] {
        try visible(parentIno).sorted { $0.name < $1.name }
    }

    /// Committed files listed in a directory, by their first names and by hard links.
    private func visible(_ parentIno: UInt64) throws -> [FileRecord] {
        try run { state in
            state.files.values.filter { $0.parentIno == parentIno && $0.status == "ready" }.map { state.record($0) }
                + state.links.values.filter { $0.parentIno == parentIno }.compactMap { link in
                    state.files[link.fileId].flatMap { $0.status == "ready" ? state.record($0, listedAs: link) : nil }
                }
        }
    }

    package func insertUploading(_ placement: FilePlacement, name: String, mode: UInt32, uid: UInt32, gid: UInt32,
                                 createdBy: Int64?, mountId: UUID) throws -> (FileRecord, Reservation) {
        try run { state in
            let file = FileRow(id: state.nextId(), parentIno: placement.parentIno, name: name, placement: placement,
                               status: "uploading", mode: mode, uid: uid, gid: gid, mountId: mountId)
            state.insert(file: file)
            let reservation = reserve(&state, fileId: file.id, keyPrefix: placement.keyPrefix, name: name, mountId: mountId)
            return (state.record(file), reservation)
        }
    }

    package func insertNode(_ placement: FilePlacement, name: String, kind: FileKind, target: String?, rdev: UInt64,
                            mode: UInt32, uid: UInt32, gid: UInt32, createdBy: Int64?) throws -> FileRecord {
        try run { state in
            try state.claimName(placement.parentIno, name)
            let file = FileRow(id: state.nextId(), parentIno: placement.parentIno, name: name, placement: placement,
                               status: "ready", size: Int64(target?.utf8.count ?? 0), mode: mode, uid: uid, gid: gid,
                               kind: kind, target: target, rdev: rdev)
            state.insert(file: file)
            return state.record(file)
        }
    }

    package func link(fileId: Int64, to placement: FilePlacement, name: String) throws -> FileRecord {
        try run { state in
            try state.claimName(placement.parentIno, name)
            guard let file = state.files[fileId], file.status == "ready" else { throw FSError.notFound }
            let link = InMemoryDatabase.LinkRow(id: state.nextId(), fileId: fileId, parentIno: placement.parentIno,
                                                name: name, tempDirId: placement.tempDirId)
            state.links[link.id] = link
            state.touch([placement.parentIno])
            state.namesCounted(of: fileId, old: nil, new: (placement.parentIno, name))
            return state.record(state.files[fileId]!, listedAs: link)
        }
    }

    package func rename(fileId: Int64, from: (parentIno: UInt64, name: String), to placement: FilePlacement, name: String,
                        keepReplaced: Bool) throws {
        try run { state in
            if let file = state.files[fileId], state.onHold(file), file.placement.meetingId != placement.meetingId {
                throw FSError.legalHold
            }
            state.hideNamesake(at: placement.parentIno, name, except: fileId, keep: keepReplaced)
            if let link = state.links.values.first(where: { $0.fileId == fileId && $0.parentIno == from.parentIno && $0.name == from.name }) {
                state.links[link.id]?.parentIno = placement.parentIno
                state.links[link.id]?.name = name
                state.links[link.id]?.tempDirId = placement.tempDirId
                state.touch([from.parentIno, placement.parentIno])
                state.announce("files", fileId, old: (from.parentIno, from.name), new: (placement.parentIno, name))
                return
            }
            state.update(file: fileId) { file in
                file.parentIno = placement.parentIno
                file.name = name
                file.placement = FilePlacement(parentIno: placement.parentIno, area: file.placement.area,
                                               meetingId: placement.meetingId, userId: placement.userId,
                                               tempAreaId: placement.tempAreaId, tempDirId: placement.tempDirId,
                                               keyPrefix: file.placement.keyPrefix)
                file.ctime = .now()
            }
            if let meeting = placement.meetingId, state.artifacts[fileId] != nil {
                state.artifacts[fileId] = (meeting, Names.artifactKind(of: name))
            }
        }
    }

    package func unlink(fileId: Int64, parentIno: UInt64, name: String, inTempArea: Bool) throws {
        try run { state in
            if inTempArea {
                if let link = state.links.values.first(where: { $0.fileId == fileId && $0.parentIno == parentIno && $0.name == name }) {
                    state.links[link.id] = nil
                    state.touch([parentIno])
                    state.namesCounted(of: fileId, old: (parentIno, name), new: nil)
                    return
                }
                if let file = state.files[fileId], file.parentIno == parentIno, file.name == name, file.status == "ready",
                    state.links(of: fileId) > 1, state.promoteHeir(of: fileId) {
                    return
                }
            }
            guard let file = state.files[fileId] else { return }
            if state.onHold(file) { throw FSError.legalHold }
            state.update(file: fileId) { $0.status = "deleting"; $0.ctime = .now() }
        }
    }

    package func discardUncommitted(fileId: Int64) throws {
        try run { state in
            if state.files[fileId]?.status == "uploading" { state.delete(files: [fileId]) }
        }
    }

    package func setFileAttributes(id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?, mtime: FileTime?, atime: FileTime?) throws {
        try run { state in
            state.update(file: id) { file in
                file.mode = mode ?? file.mode
                file.uid = uid ?? file.uid
                file.gid = gid ?? file.gid
                file.mtime = mtime ?? file.mtime
                file.atime = atime ?? file.atime
                file.ctime = .now()
            }
        }
    }

    // MARK: Commit and versions

    package func commit(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool,
                        created: NewFile?) throws -> CommitOutcome {
        try run { state in
            guard let file = state.files[fileId], state.reservations[version.reservationId] != nil else {
                throw FSError.io("the upload of file \(fileId) was collected (this mount's lease expired): not committed")
            }
            if file.status == "deleting" { return .unlinked }
            guard version.sha256.range(of: "^[0-9a-f]{64}$", options: .regularExpression) != nil else {
                throw FSError.io("sha256 '\(version.sha256)' is not 64 lowercase hex digits (the schema's CHECK)")
            }
            state.hideNamesake(at: file.parentIno, file.name, except: fileId, keep: keepReplaced)
            state.replaceVersion(of: fileId, unlessKey: version.s3Key, keep: keepReplaced)
            state.update(file: fileId) { file in
                file.status = "ready"
                file.s3Key = version.s3Key
                file.version = Int(version.reservationId)
                file.size = version.size
                file.etag = version.etag
                file.sha256 = version.sha256
                file.mtime = version.mtime
                file.ctime = .now()
                file.keyFingerprint = version.keyFingerprint
            }
            state.reservations[version.reservationId] = nil
            if file.placement.area == "temp", let area = file.placement.tempAreaId, let ttl = state.directories[.tempAreas]![area]?.ttl {
                state.directories[.tempAreas]![area]?.expiresAt = Date().addingTimeInterval(ttl)
            }
            if file.placement.area == "artifacts", let meeting = file.placement.meetingId {
                state.artifacts[fileId] = (meeting, Names.artifactKind(of: file.name))
            }
            if queueJob { state.queueTranscription(of: fileId) }
            return .committed
        }
    }

    package func queueJob(fileId: Int64) throws {
        try run { $0.queueTranscription(of: fileId) }
    }

    package func versions(parentIno: UInt64, name: String) throws -> [FileVersion] {
        try run { state in
            state.versions.values.filter { $0.file.parentIno == parentIno && $0.file.name == name }
                .sorted { ($0.replacedAt, $0.id) > ($1.replacedAt, $1.id) }
                .map { kept in
                    FileVersion(id: kept.id, version: Int64(kept.file.version), size: kept.file.size, sha256: kept.file.sha256,
                                mtime: Double(kept.file.mtime.microseconds) / 1e6,
                                replacedAt: kept.replacedAt.timeIntervalSince1970, key: kept.file.s3Key!)
                }
        }
    }

    package func restoreVersion(fileId: Int64, version: Int64) throws {
        try run { state in
            guard let file = state.files[fileId], file.status == "ready" else { throw FSError.notFound }
            guard let kept = state.versions.values.first(where: {
                $0.file.parentIno == file.parentIno && $0.file.name == file.name && $0.file.version == version
            }) else { throw FSError(ENOENT, "this file has no kept version \(version) (see `meetingfs versions`)") }
            state.keepVersion(of: fileId)
            state.update(file: fileId) { current in
                current.s3Key = kept.file.s3Key
                current.version = kept.file.version
                current.size = kept.file.size
                current.etag = kept.file.etag
                current.sha256 = kept.file.sha256
                current.keyFingerprint = kept.file.keyFingerprint
                current.mtime = kept.file.mtime
                current.ctime = .now()
                current.archived = kept.file.s3Key?.hasPrefix("archive/") == true
            }
            state.versions[kept.id] = nil
            state.queueTranscription(of: fileId)
        }
    }

    package func switchObject(fileId: Int64, from old: String, to new: String, etag: String, keyFingerprint: String?,
                              archived: Bool?) throws -> Bool {
        try run { state in
            guard let file = state.files[fileId], file.status == "ready", file.s3Key == old else { return false }
            state.update(file: fileId) { file in
                file.s3Key = new
                file.etag = etag
                file.keyFingerprint = keyFingerprint
                file.archived = archived ?? file.archived
            }
            state.trash[old] = state.trash[old] ?? Date()
            return true
        }
    }
}
