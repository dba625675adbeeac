import Foundation
import Metrics
import MeetingCore
import MeetingCache
import MeetingCatalog

extension FileSystem {
    /// The result of open/create: a handle, whether the kernel may keep cached pages of an earlier open, and
    /// whether reads bypass the kernel's page cache. Readers of meetings/ and users/ do: the page cache and the
    /// size the kernel holds belong to the inode, not to the version a reader opened, so an overwrite (O_TRUNC on
    /// this mount, a commit announced from another) would cut the reader short; read from the daemon, a reader
    /// keeps its version to its end. Temp areas keep the page cache: they behave as a local disk.
    public struct Opened: Sendable {
        public let handle: UInt64
        public let keepCache: Bool
        public var wholeVersion = false
    }

    public func create(parent: UInt64, name: String, permissions: UInt32, flags: Int32, caller: Caller) throws -> (Attributes, Opened) {
        try audited("create", caller, path: { path(in: parent, name) }) { who in
            try Names.validateEntry(name)
            let directory = try node(parent)
            try Namespace.checkHoldsFiles(directory)
            try require(.write, on: directory, for: who)
            try permit(.execute, in: directory, for: caller)
            // The kernel looks a name up just before creating it; a free answer of a moment ago is not asked again.
            let justAbsent = superblock.listings.wasJustAbsent(name, in: parent) && openFiles.pendingFile(in: parent, named: name) == nil
            let existing = justAbsent ? nil : try existingChild(of: directory, named: name, for: who)
            if let existing {
                // Taken since the kernel's lookup (by another mount): opened as open(2) opens it, O_TRUNC or not.
                if flags & O_EXCL != 0 { throw FSError.exists }
                if existing.isDirectory { throw FSError.isDirectory }
                let opened = try open(ino: existing.ino, flags: flags, caller: caller)
                return (try attributes(of: existing), opened)
            }
            try permit([.write, .execute], in: directory, for: caller)
            let place = try placement(in: directory)
            // The row and the first version's reservation in one statement.
            let (record, reservation) = try superblock.database {
                try catalog.insertUploading(place, name: name, mode: permissions & 0o7777, uid: caller.uid,
                                             gid: caller.gid, createdBy: who.userId, mountId: mountId)
            }
            let session = try newSession(record, keyPrefix: place.keyPrefix, reservation: reservation, initialContents: nil)
            session.writer = Writer(caller: caller, principal: who, path: path(in: parent, name), directory: directory)
            session.created = NewFile(placement: place, name: name, mode: permissions & 0o7777, uid: caller.uid,
                                      gid: caller.gid, createdBy: who.userId, mountId: mountId)
            let (_, handle) = openFiles.openNewSession(session, opener: caller.process, pendingName: .init(parentIno: parent, name: name))
            superblock.invalidate(.names(in: [parent]))  // the name is taken now
            return (fileAttributes(record), Opened(handle: handle, keepCache: false))
        }
    }

    public func open(ino: UInt64, flags: Int32, caller: Caller) throws -> Opened {
        let writing = flags & O_ACCMODE != O_RDONLY || flags & O_TRUNC != 0
        var openedPath = "ino \(ino)"
        return try audited("open", caller, path: { openedPath }, detail: writing ? "write" : "read") { who in
            guard case .file(var id) = try node(ino) else { throw FSError.isDirectory }
            var local = openFiles.session(of: id)
            // A read may use a row read within the attribute timeout (fetched ahead for tools reading a directory),
            // unless it was read while the file was written.
            let recent = writing ? nil : superblock.listings.recentRow(id).flatMap { $0.isReady || local != nil ? $0 : nil }
            let row = try recent ?? superblock.database({ try catalog.file(id: id) })
            var file: FileRecord
            if let row, row.isReady || local != nil {
                file = row
            } else if !writing, let row, let current = try fileNowNamed(like: row) {
                // Replaced since the kernel looked the name up (rsync-style, a rename over it): a reader gets what
                // the name holds now, so a name that exists throughout a replacement always opens.
                (id, file, local) = (current.id, current, openFiles.session(of: current.id))
            } else {
                throw FSError.stale  // gone: the kernel looks the name up again and retries once
            }
            openedPath = path(in: file.parentIno, file.name)
            // The kernel opens the others itself: a link is followed, a FIFO's or device's data is its own.
            guard file.kind == .regular else { throw FSError(file.kind == .symlink ? ELOOP : ENXIO, "no bytes of its own") }
            let directory = try node(file.parentIno)
            try require(writing ? .write : .read, on: directory, for: who)
            try permit(Self.mask(forOpen: flags), onFile: file, for: caller)
            if writing {
                let handle = try openForWriting(file, in: directory, truncate: flags & O_TRUNC != 0, opener: caller.process)
                if case .staged(let session, _) = try self.handle(handle) {
                    session.writer = Writer(caller: caller, principal: who, path: openedPath, directory: directory)
                }
                return Opened(handle: handle, keepCache: false)
            }
            // Bytes this mount is writing are read from staging, through a handle that can never commit them.
            if local != nil, let (_, handle) = openFiles.openSession(of: id, writable: false) {
                return Opened(handle: handle, keepCache: false, wholeVersion: !file.isTemp)
            }
            file = try committedRow(file)
            guard let key = file.s3Key, let etag = file.etag else { throw FSError.notFound }
            let stream = ReadStream(fileId: file.id, objectKey: key, etag: etag, size: file.size, fetcher: fetcher, maxWindow: config.readAheadChunks)
            siblings.opened(file)
            return Opened(handle: openFiles.open(.reader(stream), row: file), keepCache: true, wholeVersion: !file.isTemp)
        }
    }

    /// The committed file that has the name `gone` (a row replaced or unlinked) had, if another one has it now,
    /// asked of the database (a listing kept for the attribute timeout may still name `gone`). Outside temp areas
    /// only: there a reader's bytes come from the daemon (whole versions), never from the page cache of the
    /// kernel's inode for the file that went. The caller's access to the directory is checked by the open.
    private func fileNowNamed(like gone: FileRecord) throws -> FileRecord? {
        guard !gone.isTemp else { return nil }
        return try superblock.database { try catalog.visibleFile(parentIno: gone.parentIno, name: gone.name) }.flatMap { $0.id != gone.id ? $0 : nil }
    }

    /// Hands the bytes read to `deliver`, which must use them before it returns (the FUSE reply copies them).
    public func read(handle: UInt64, offset: Int64, count: Int, into deliver: (UnsafeRawBufferPointer) -> Void) throws {
        switch try self.handle(handle) {
        case .reader(let stream):
            try stream.read(at: offset, count: count, into: deliver)
        case .staged(let session, _):
            try session.lock.withLock { try session.read(at: offset, count: count) }.withUnsafeBytes(deliver)
        }
    }

    public func read(handle: UInt64, offset: Int64, count: Int) throws -> Data {
        var result = Data()
        try read(handle: handle, offset: offset, count: count) { result = Data($0) }
        return result
    }

    public func write(handle: UInt64, offset: Int64, bytes: UnsafeRawBufferPointer) throws -> Int {
        guard case .staged(let session, writable: true) = try self.handle(handle) else { throw FSError.badHandle }
        if offset + Int64(bytes.count) > config.maxFileSize { throw FSError(EFBIG, "beyond the largest object S3 holds") }
        openFiles.noteWrite(handle)
        do {
            try session.lock.withLock { try session.write(bytes, at: offset) }
        } catch {
            if session.isFailed { openFiles.detach(session) }  // failed for good: the next open starts over
            throw error
        }
        return bytes.count
    }

    /// close() of one descriptor: the opener's close commits what its handle wrote (and queues the job when no
    /// other handle is writing); a close by a process that inherited the descriptor commits nothing. Read-only
    /// handles never commit.
    public func flush(handle: UInt64, caller: Caller) throws {
        guard case .staged(let session, writable: true) = try self.handle(handle) else { return }
        guard openFiles.isOpener(caller.process, of: handle) else {
            return try session.lock.withLock { try carryOut(session.handle(.flushByOther), on: session) }
        }
        openFiles.noteFlushed(handle)
        try session.lock.withLock {
            let othersWriting = openFiles.hasOtherWriters(session, besides: handle)
            try carryOut(session.handle(.flushByOpener(othersWriting: othersWriting)), on: session)
        }
    }

    /// fsync(): the bytes written so far become a committed version, but a raw file's processing job waits for
    /// the opener's close (a recorder that syncs as it goes queues one job, for its final bytes).
    public func fsync(handle: UInt64) throws {
        guard case .staged(let session, writable: true) = try self.handle(handle) else { return }
        try session.lock.withLock { try carryOut(session.handle(.fsync), on: session) }
    }

    public func release(handle: UInt64) {
        guard let closed = openFiles.close(handle), case .staged(let session, let writable) = closed.handle else { return }
        if writable {
            // Changed since the opener's close (a child still wrote, an ftruncate): nobody is left to report to,
            // so a failure is logged and counted (`run` does it) and leaves no visible trace.
            session.lock.withLock {
                let othersWriting = openFiles.hasOtherWriters(session, besides: handle)
                _ = try? carryOut(session.handle(.release(othersWriting: othersWriting)), on: session)
            }
        }
        guard openFiles.removeIfIdle(session, after: closed) else { return }
        session.lock.withLock { session.abandon() }
        // A file never committed leaves no row behind.
        if !session.published { try? catalog.discardUncommitted(fileId: session.fileId) }
    }

    public func unlink(parent: UInt64, name: String, caller: Caller) throws {
        try audited("unlink", caller, path: { path(in: parent, name) }) { who in
            try Names.validateEntry(name)
            let directory = try node(parent)
            try require(.read, on: directory, for: who)
            let target = try child(of: directory, named: name, for: who).node
            try permitRemoval(of: target, from: directory, for: caller)
            guard case .file(let id) = target else { throw FSError.isDirectory }
            try Namespace.checkHoldsFiles(directory)
            // A writer of the directory unlinks; so does whoever may remove its meeting (emptying it first).
            if case .area = directory, (try? require(.remove, on: directory, for: who)) != nil {} else {
                try require(.write, on: directory, for: who)
            }
            // The row stays, marked, until the reaper's grace period ends: open readers anywhere keep their bytes,
            // and a commit still in progress sees the unlink and publishes nothing.
            try superblock.database { try catalog.unlink(fileId: id, parentIno: parent, name: name, inTempArea: directory.isTemp) }
            committer.documents.changed(path: path(in: parent, name))
            openFiles.forgetPendingName(in: parent, named: name)
            superblock.invalidate(.file(id))  // its other names, if any, count one fewer
            superblock.invalidate(.names(in: [parent]))
        }
    }

    public func rename(parent: UInt64, name: String, newParent: UInt64, newName: String, noReplace: Bool, caller: Caller) throws {
        try audited("rename", caller, path: { path(in: parent, name) }, detail: path(in: newParent, newName)) { who in
            try Names.validateEntry(name)
            try Names.validateEntry(newName)
            let from = try node(parent)
            let to = try node(newParent)
            try require(.read, on: from, for: who)
            try require(.read, on: to, for: who)
            let source = try child(of: from, named: name, for: who).node
            let existing = try existingChild(of: to, named: newName, for: who)
            if existing == source { return }
            if noReplace && existing != nil { throw FSError.exists }
            let sameTempArea = try from.isTemp && to.isTemp && tempAreaId(of: from) == tempAreaId(of: to)
            try Namespace.checkRename(from: from, to: to, sameTempArea: sameTempArea)
            try require(.write, on: from, for: who)
            try require(.write, on: to, for: who)
            try permitRemoval(of: source, from: from, for: caller)
            if let existing {
                try permitRemoval(of: existing, from: to, for: caller)
            } else {
                try permit([.write, .execute], in: to, for: caller)
            }
            // A directory that changes parent gets a new "..": it must be writable itself.
            if source.isDirectory && parent != newParent { try permit(.write, in: source, for: caller) }
            try move(source, from: (parent, name), over: existing, to: (newParent, newName), in: to)
            superblock.invalidate(.names(in: [parent, newParent]))
        }
    }

    private func move(_ source: Node, from: (UInt64, String), over existing: Node?, to: (UInt64, String), in target: Node) throws {
        switch (source, existing) {
        case (.tempDir(let id), nil):
            try ensureNotInside(target, directory: source)
            try superblock.database { try catalog.renameTempDir(id: id, parentIno: to.0, name: to.1, replacing: nil) }
            superblock.invalidate(.row(.tempDirs, id))
        case (.tempDir(let id), .some(let victim)):
            // As rename(2): a directory replaces an empty directory, never a file.
            guard case .tempDir(let victimId) = victim else { throw FSError(ENOTDIR, "target is not a directory") }
            try ensureNotInside(target, directory: source)
            try superblock.database {
                try catalog.renameTempDir(id: id, parentIno: to.0, name: to.1, replacing: (victimId, victim.ino))
            }
            superblock.invalidate(.row(.tempDirs, id))
            superblock.invalidate(.row(.tempDirs, victimId))
        case (.file, .some(let other)) where other.isDirectory:
            throw FSError.isDirectory
        case (.file(let id), _):
            // A file this mount writes and never committed is replaced by being unlinked first: nobody else sees
            // its name, and its later close must publish nothing, as for a file unlinked while written.
            if case .file(let victim) = existing, openFiles.pendingFile(in: to.0, named: to.1) == victim {
                try superblock.database { try catalog.unlink(fileId: victim, parentIno: to.0, name: to.1, inTempArea: target.isTemp) }
            }
            let place = try placement(in: target)
            let keep = config.lifecycle.rule(place.area).keepVersions > 0
            try superblock.database { try catalog.rename(fileId: id, from: from, to: place, name: to.1, keepReplaced: keep) }
            // A file this mount still writes under the target name was just replaced: the name is the mover's now,
            // and the replaced file's row (open descriptors stat it) counts one name fewer.
            openFiles.forgetPendingName(in: to.0, named: to.1)
            if case .file(let replaced) = existing { superblock.invalidate(.file(replaced)) }
            openFiles.movePendingName(from: .init(parentIno: from.0, name: from.1), to: .init(parentIno: to.0, name: to.1))
        default:
            throw FSError(EPERM, "only files and temp directories can be renamed")
        }
    }

    /// chmod, chown, utimens and truncate: one audit row for each kind of change asked for.
    public func setattr(ino: UInt64, changes: AttributeChanges, caller: Caller) throws -> Attributes {
        var actions: [String] = []
        if changes.permissions != nil { actions.append("chmod") }
        if changes.uid != nil || changes.gid != nil { actions.append("chown") }
        if changes.mtime != nil || changes.atime != nil { actions.append("utimens") }
        if changes.size != nil { actions.append("truncate") }
        var who: Principal?
        do {
            who = try principal(caller)
            let attributes = try changeAttributes(ino: ino, changes: changes, by: who!, caller: caller)
            for action in actions { audit.record(action, caller, who, path: path(of: Node(ino: ino) ?? .root), bytes: changes.size, outcome: nil) }
            return attributes
        } catch {
            for action in actions { audit.record(action, caller, who, path: path(of: Node(ino: ino) ?? .root), bytes: changes.size, outcome: error) }
            throw error
        }
    }

    private func changeAttributes(ino: UInt64, changes asked: AttributeChanges, by who: Principal, caller: Caller) throws -> Attributes {
        var changes = asked
        let target = try node(ino)
        let chown = changes.uid != nil || changes.gid != nil
        // Rows keep owners as PostgreSQL integers: ids past 2³¹ - 1 are refused, not wrapped.
        if [changes.uid, changes.gid].contains(where: { ($0 ?? 0) > UInt32(Int32.max) }) {
            throw FSError(EINVAL, "user and group ids above 2147483647 cannot be stored")
        }
        switch target {
        case .file(let id):
            guard let file = try superblock.database({ try catalog.file(id: id) }) else { throw FSError.notFound }
            let directory = try node(file.parentIno)
            try require(.read, on: directory, for: who)
            if chown && !file.isTemp { try require(.changeOwner, on: directory, for: who) }
            try require(.write, on: directory, for: who)
            if file.isTemp { try permit(&changes, to: file.ownership, for: caller) }
            if let size = changes.size { try truncate(file, in: directory, to: size) }
            if let mtime = changes.mtime { openFiles.session(of: id)?.setMtime(mtime) }
            try superblock.database {
                try catalog.setFileAttributes(id: id, mode: changes.permissions, uid: changes.uid, gid: changes.gid,
                                               mtime: changes.mtime, atime: changes.atime)
            }
            superblock.invalidate(.file(id))
        case _ where target.attributeRow != nil:
            if changes.size != nil { throw FSError.isDirectory }
            try require(.read, on: target, for: who)
            if chown && !target.isTempDir { try require(.changeOwner, on: target, for: who) }
            // A directory nested in a temp area is changed like its contents.
            try require(target.isTempDir ? .write : .changeMode, on: target, for: who)
            if let bits = try modeBits(of: target) { try permit(&changes, to: bits, for: caller) }
            let (table, id) = target.attributeRow!
            try superblock.database {
                try catalog.setDirectoryAttributes(table, id: id, mode: changes.permissions, uid: changes.uid,
                                                    gid: changes.gid, mtime: changes.mtime, atime: changes.atime)
            }
            superblock.invalidate(.row(table, id))
            superblock.invalidate(.listings(nil))  // nested temp directories are listed with their attributes
            if changes.permissions != nil, target.isTempDir { superblock.forgetKernelEntries(in: target.ino) }
        default:
            if changes.size != nil { throw FSError.isDirectory }
            try require(.read, on: target, for: who)
            throw FSError(EPERM, "fixed directory")
        }
        return try attributes(of: target)
    }

    // MARK: - Upload sessions

    private func truncate(_ file: FileRecord, in directory: Node, to size: Int64) throws {
        if size > config.maxFileSize { throw FSError(EFBIG, "beyond the largest object S3 holds") }
        if size < 0 { throw FSError(EINVAL, "a negative size") }
        guard file.kind == .regular else { throw FSError(EINVAL, "only regular files have a size to change") }
        // Through a writable handle of its own on the file's session (started, a copy-on-write cycle, if there is
        // none): the change is committed by the last writer to close, this one if no other is left, even when the
        // descriptor that wrote before was closed a moment ago and its release is still on its way.
        let handle = try openForWriting(file, in: directory, truncate: size == 0, opener: 0)
        guard case .staged(let session, _) = try self.handle(handle) else { throw FSError.badHandle }
        defer { release(handle: handle) }
        // As an open, ftruncate and close by one process would, unless another handle writes (an ftruncate by a
        // writer, `f.truncate(0)` in Python): then the change is that writer's to publish.
        do {
            try session.lock.withLock {
                try session.truncate(to: size)
                if !openFiles.hasOtherWriters(session, besides: handle) {
                    try carryOut(session.handle(.flushByOpener(othersWriting: false)), on: session)
                }
            }
        } catch {
            if session.isFailed { openFiles.detach(session) }  // failed for good: the next open starts over
            throw error
        }
    }

    /// Runs what a session's commit rules asked for, the writer's access checked again by this mount's guard.
    func carryOut(_ action: WriteSession.Action, on session: UploadSession) throws {
        try committer.run(action, on: session, writerMayWrite: requireWriteAccess)
    }

    /// A writable handle on the session writing `file` through this mount, started if there is none (or the one
    /// there failed). Without truncation the new version starts as a copy of the committed one.
    private func openForWriting(_ file: FileRecord, in directory: Node, truncate: Bool, opener: Int32) throws -> UInt64 {
        if let (session, handle) = openFiles.openSession(of: file.id, writable: true, opener: opener) {
            if session.handle(.open) == .refuse {
                release(handle: handle)
                throw session.failureError
            }
            if truncate {
                do { try session.lock.withLock { try session.truncate(to: 0) } } catch {
                    release(handle: handle)
                    throw error
                }
            }
            return handle
        }
        let file = try committedRow(file)
        let copy: (StagingFile) throws -> Int64 = { staging in
            try self.copyCommitted(file, into: staging)
            return file.size
        }
        let fresh = try newSession(file, keyPrefix: try placement(in: directory).keyPrefix, reservation: nil,
                                   initialContents: truncate ? nil : copy)
        if truncate { try fresh.truncate(to: 0) }
        return openFiles.openNewSession(fresh, opener: opener).1
    }

    /// The file's committed row: `file` if it is one, else the row as it is now (the session that wrote it may
    /// have committed and left since `file` was read); ENOENT if it is committed no more, or not yet.
    private func committedRow(_ file: FileRecord) throws -> FileRecord {
        if file.isReady { return file }
        guard let now = try superblock.database({ try catalog.file(id: file.id) }), now.isReady else { throw FSError.notFound }
        return now
    }

    func newSession(_ file: FileRecord, keyPrefix: String, reservation: Reservation?,
                    initialContents: ((StagingFile) throws -> Int64)?) throws -> UploadSession {
        try UploadSession(file: file, keyPrefix: keyPrefix, reservation: reservation,
                          stagingDirectory: config.stagingDirectory, stagingKey: config.localKey, objects: objects, ledger: ledger,
                          limits: .init(partSize: config.partSize, concurrency: config.uploadConcurrency),
                          partBuffers: partBuffers, writeMemory: writeMemory,
                          makeRoom: { [fetcher] in fetcher.cache?.makeRoom($0) ?? false }, initialContents: initialContents)
    }

    private func copyCommitted(_ file: FileRecord, into staging: StagingFile) throws {
        guard let key = file.s3Key, let etag = file.etag else { return }
        let stream = ReadStream(fileId: file.id, objectKey: key, etag: etag, size: file.size, fetcher: fetcher, maxWindow: 0)
        var offset: Int64 = 0
        while offset < file.size {
            let data = try stream.read(at: offset, count: fetcher.chunkSize)
            try data.withUnsafeBytes { try staging.write($0, at: offset) }
            offset += Int64(data.count)
        }
    }

}

extension FileSystem {
    /// The writer's access, checked again as its version is published: a share, role or user removed while it
    /// wrote (announced to every mount at once) leaves the file as it was and answers EACCES to the close.
    func requireWriteAccess(_ writer: Writer) throws {
        do {
            try require(.write, on: writer.directory, for: try principal(writer.caller))
        } catch let refused as FSError where refused.errno == EACCES || refused.errno == ENOENT {
            throw FSError(EACCES, "write access was revoked while the file was written", denial: true)
        }
    }
}
