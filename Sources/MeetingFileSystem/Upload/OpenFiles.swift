import Foundation
import MeetingCatalog

/// The state of open files on this mount, in one table under one lock: handles, the upload session of each file
/// being written, and the names of files not yet committed (the writing mount lists them already).
final class OpenFiles: @unchecked Sendable {
    enum Handle {
        case reader(ReadStream)
        /// A handle on a file this mount is writing. Only writable handles write and commit; the others read the
        /// bytes staged so far and never publish them.
        case staged(UploadSession, writable: Bool)

        package var fileId: Int64 {
            switch self {
            case .reader(let stream): return stream.fileId
            case .staged(let session, _): return session.fileId
            }
        }
    }

    struct PendingName: Hashable {
        package let parentIno: UInt64
        package let name: String
    }

    /// What closing a handle left behind.
    struct Closed {
        package let handle: Handle
        /// It was the session's last writable handle: the version is final now.
        let lastWriter: Bool
    }

    private let lock = NSLock()
    private var handles: [UInt64: Handle] = [:]
    private var nextHandle: UInt64 = 1
    private var sessions: [Int64: UploadSession] = [:]
    private var pendingNames: [PendingName: Int64] = [:]
    /// Open handles per file id: an unlinked file stays reachable through them (fstat after unlink).
    private var openCounts: [Int64: Int] = [:]
    /// The row each read handle opened, while one is open: fstat and reads of a file whose row is gone (its
    /// meeting was removed after the unlink) answer from it.
    private var openedRows: [Int64: FileRecord] = [:]
    /// Writable handles closed by the process that opened them and not written since: their RELEASE may come
    /// after the next open of the file, and a descriptor inherited by a child may still write, but until one
    /// does they hold back no commit.
    private var flushedWriters: Set<UInt64> = []
    /// The process that opened each writable handle: its close commits, an inheritor's does not.
    private var openers: [UInt64: Int32] = [:]

    package func handle(_ id: UInt64) -> Handle? { lock.withLock { handles[id] } }

    /// Open handles, and files being written (each one upload session).
    package var counts: (handles: Int, sessions: Int) { lock.withLock { (handles.count, sessions.count) } }

    func open(_ handle: Handle, row: FileRecord? = nil) -> UInt64 {
        lock.withLock {
            if let row { openedRows[row.id] = row }
            return add(handle)
        }
    }

    /// The row a handle still open on `fileId` opened, if any.
    func rowHeldOpen(_ fileId: Int64) -> FileRecord? { lock.withLock { openedRows[fileId] } }

    /// A handle on the session writing `fileId`, if this mount writes it (and its upload has not failed);
    /// `opener`: the process opening it, for a writable one.
    func openSession(of fileId: Int64, writable: Bool, opener: Int32 = 0) -> (UploadSession, UInt64)? {
        lock.withLock {
            guard let session = sessions[fileId] else { return nil }
            return (session, add(.staged(session, writable: writable), opener: opener))
        }
    }

    /// A writable handle on `fresh`, now `fileId`'s session, or on the session another thread installed meanwhile.
    func openNewSession(_ fresh: UploadSession, opener: Int32, pendingName: PendingName? = nil) -> (UploadSession, UInt64) {
        lock.withLock {
            let session = sessions[fresh.fileId] ?? fresh
            sessions[session.fileId] = session
            if let pendingName { pendingNames[pendingName] = session.fileId }
            return (session, add(.staged(session, writable: true), opener: opener))
        }
    }

    /// Whether `process` opened the writable handle `id`.
    func isOpener(_ process: Int32, of id: UInt64) -> Bool { lock.withLock { openers[id] == process } }

    package func close(_ id: UInt64) -> Closed? {
        lock.withLock {
            guard let handle = handles.removeValue(forKey: id) else { return nil }
            flushedWriters.remove(id)
            openers.removeValue(forKey: id)
            openCounts[handle.fileId, default: 1] -= 1
            if openCounts[handle.fileId] == 0 {
                openCounts.removeValue(forKey: handle.fileId)
                openedRows.removeValue(forKey: handle.fileId)
            }
            guard case .staged(let session, let writable) = handle else { return Closed(handle: handle, lastWriter: false) }
            session.openCount -= 1
            if writable { session.writerCount -= 1 }
            let lastWriter = writable && session.writerCount == 0
            if lastWriter { session.committingReleases += 1 }
            return Closed(handle: handle, lastWriter: lastWriter)
        }
    }

    /// Takes a session out of the table once no handle holds it and no last writer's release is still committing
    /// it, and says whether it did; `closed` is what the caller's own close left. So the file is never without
    /// both a session and a committed row: an open meanwhile finds the session, and keeps it.
    func removeIfIdle(_ session: UploadSession, after closed: Closed) -> Bool {
        lock.withLock {
            if closed.lastWriter { session.committingReleases -= 1 }
            guard session.openCount == 0, session.committingReleases == 0 else { return false }
            removeSession(session)
            return true
        }
    }

    /// Whether `session` has writable handles besides `id` that may still write (not flushed since they last did).
    /// `id` may be open still (a flush) or closed already (a release).
    func hasOtherWriters(_ session: UploadSession, besides id: UInt64) -> Bool {
        lock.withLock {
            guard session.writerCount > (handles[id] == nil ? 0 : 1) else { return false }
            return handles.contains { key, handle in
                guard key != id, !flushedWriters.contains(key), case .staged(let other, writable: true) = handle else { return false }
                return other === session
            }
        }
    }

    /// The handle's opener closed it: it counts as a writer again only once it writes.
    func noteFlushed(_ id: UInt64) { _ = lock.withLock { flushedWriters.insert(id) } }

    func noteWrite(_ id: UInt64) {
        lock.withLock { if !flushedWriters.isEmpty { flushedWriters.remove(id) } }
    }

    /// A failed session stays with its handles (they answer EIO) but no longer takes new opens; a file it never
    /// committed loses its name.
    func detach(_ session: UploadSession) {
        lock.withLock { removeSession(session) }
    }

    package func session(of fileId: Int64) -> UploadSession? { lock.withLock { sessions[fileId] } }
    /// Whether this mount holds the file: through a handle, or a session whose last release is committing it.
    func isOpen(_ fileId: Int64) -> Bool { lock.withLock { openCounts[fileId] != nil || sessions[fileId] != nil } }

    // MARK: Names of files not yet committed

    func pendingFile(in parentIno: UInt64, named name: String) -> Int64? {
        lock.withLock { pendingNames[PendingName(parentIno: parentIno, name: name)] }
    }

    package func pendingFiles(in parentIno: UInt64) -> [(name: String, fileId: Int64)] {
        lock.withLock { pendingNames.filter { $0.key.parentIno == parentIno }.map { ($0.key.name, $0.value) } }
    }

    func pendingParents(of fileId: Int64) -> [UInt64] {
        lock.withLock { pendingNames.filter { $0.value == fileId }.map(\.key.parentIno) }
    }

    func forgetPendingName(in parentIno: UInt64, named name: String) {
        _ = lock.withLock { pendingNames.removeValue(forKey: PendingName(parentIno: parentIno, name: name)) }
    }

    func movePendingName(from old: PendingName, to new: PendingName) {
        lock.withLock {
            if let id = pendingNames.removeValue(forKey: old) { pendingNames[new] = id }
        }
    }

    // MARK: - Under the lock

    private func add(_ handle: Handle, opener: Int32 = 0) -> UInt64 {
        let id = nextHandle
        nextHandle += 1
        handles[id] = handle
        openCounts[handle.fileId, default: 0] += 1
        if case .staged(let session, let writable) = handle {
            session.openCount += 1
            if writable {
                session.writerCount += 1
                openers[id] = opener
            }
        }
        return id
    }

    private func removeSession(_ session: UploadSession) {
        guard sessions[session.fileId] === session else { return }
        sessions.removeValue(forKey: session.fileId)
        pendingNames = pendingNames.filter { $0.value != session.fileId }
    }
}
