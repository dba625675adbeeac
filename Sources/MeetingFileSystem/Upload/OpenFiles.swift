import Foundation
import Synchronization
import MeetingCatalog

/// The state of open files on this mount, in one table under one lock: handles, the upload session of each file
/// being written, and the names of files not yet committed (the writing mount lists them already).
final class OpenFiles: Sendable {
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

    /// Handles on a session, counted here with the table; and releases of a last writer whose commit is under
    /// way (the session stays in the table, and its file's name with it, until they end). The entry holds its
    /// session, so the identifier it is filed under cannot pass to another session while it exists.
    private struct SessionCounts {
        let session: UploadSession
        var handles = 0
        var writers = 0
        var committingReleases = 0
    }

    private struct Table {
        var handles: [UInt64: Handle] = [:]
        var nextHandle: UInt64 = 1
        var sessions: [Int64: UploadSession] = [:]
        var counts: [ObjectIdentifier: SessionCounts] = [:]
        var pendingNames: [PendingName: Int64] = [:]
        /// Open handles per file id: an unlinked file stays reachable through them (fstat after unlink).
        var openCounts: [Int64: Int] = [:]
        /// The row each read handle opened, while one is open: fstat and reads of a file whose row is gone (its
        /// meeting was removed after the unlink) answer from it.
        var openedRows: [Int64: FileRecord] = [:]
        /// Writable handles closed by the process that opened them and not written since: their RELEASE may come
        /// after the next open of the file, and a descriptor inherited by a child may still write, but until one
        /// does they hold back no commit.
        var flushedWriters: Set<UInt64> = []
        /// The process that opened each writable handle: its close commits, an inheritor's does not.
        var openers: [UInt64: Int32] = [:]

        mutating func add(_ handle: Handle, opener: Int32 = 0) -> UInt64 {
            let id = nextHandle
            nextHandle += 1
            handles[id] = handle
            openCounts[handle.fileId, default: 0] += 1
            if case .staged(let session, let writable) = handle {
                counts[ObjectIdentifier(session), default: SessionCounts(session: session)].handles += 1
                if writable {
                    counts[ObjectIdentifier(session)]!.writers += 1
                    openers[id] = opener
                }
            }
            return id
        }

        mutating func removeSession(_ session: UploadSession) {
            guard sessions[session.fileId] === session else { return }
            sessions.removeValue(forKey: session.fileId)
            pendingNames = pendingNames.filter { $0.value != session.fileId }
        }
    }

    private let table = Mutex(Table())

    package func handle(_ id: UInt64) -> Handle? { table.withLock { $0.handles[id] } }

    /// Open handles, and files being written (each one upload session).
    package var counts: (handles: Int, sessions: Int) { table.withLock { ($0.handles.count, $0.sessions.count) } }

    func open(_ handle: Handle, row: FileRecord? = nil) -> UInt64 {
        table.withLock { table in
            if let row { table.openedRows[row.id] = row }
            return table.add(handle)
        }
    }

    /// The row a handle still open on `fileId` opened, if any.
    func rowHeldOpen(_ fileId: Int64) -> FileRecord? { table.withLock { $0.openedRows[fileId] } }

    /// A handle on the session writing `fileId`, if this mount writes it (and its upload has not failed);
    /// `opener`: the process opening it, for a writable one.
    func openSession(of fileId: Int64, writable: Bool, opener: Int32 = 0) -> (UploadSession, UInt64)? {
        table.withLock { table in
            guard let session = table.sessions[fileId] else { return nil }
            return (session, table.add(.staged(session, writable: writable), opener: opener))
        }
    }

    /// A writable handle on `fresh`, now `fileId`'s session, or on the session another thread installed meanwhile.
    func openNewSession(_ fresh: UploadSession, opener: Int32, pendingName: PendingName? = nil) -> (UploadSession, UInt64) {
        table.withLock { table in
            let session = table.sessions[fresh.fileId] ?? fresh
            table.sessions[session.fileId] = session
            if let pendingName { table.pendingNames[pendingName] = session.fileId }
            return (session, table.add(.staged(session, writable: true), opener: opener))
        }
    }

    /// Whether `process` opened the writable handle `id`.
    func isOpener(_ process: Int32, of id: UInt64) -> Bool { table.withLock { $0.openers[id] == process } }

    package func close(_ id: UInt64) -> Closed? {
        table.withLock { table in
            guard let handle = table.handles.removeValue(forKey: id) else { return nil }
            table.flushedWriters.remove(id)
            table.openers.removeValue(forKey: id)
            table.openCounts[handle.fileId, default: 1] -= 1
            if table.openCounts[handle.fileId] == 0 {
                table.openCounts.removeValue(forKey: handle.fileId)
                table.openedRows.removeValue(forKey: handle.fileId)
            }
            guard case .staged(let session, let writable) = handle else { return Closed(handle: handle, lastWriter: false) }
            let counted = ObjectIdentifier(session)
            table.counts[counted]?.handles -= 1
            if writable { table.counts[counted]?.writers -= 1 }
            let lastWriter = writable && table.counts[counted]?.writers == 0
            if lastWriter { table.counts[counted]?.committingReleases += 1 }
            return Closed(handle: handle, lastWriter: lastWriter)
        }
    }

    /// Takes a session out of the table once no handle holds it and no last writer's release is still committing
    /// it, and says whether it did; `closed` is what the caller's own close left. So the file is never without
    /// both a session and a committed row: an open meanwhile finds the session, and keeps it.
    func removeIfIdle(_ session: UploadSession, after closed: Closed) -> Bool {
        table.withLock { table in
            let counted = ObjectIdentifier(session)
            if closed.lastWriter { table.counts[counted]?.committingReleases -= 1 }
            if let counts = table.counts[counted], counts.handles > 0 || counts.committingReleases > 0 { return false }
            table.counts.removeValue(forKey: counted)
            table.removeSession(session)
            return true
        }
    }

    /// Whether `session` has writable handles besides `id` that may still write (not flushed since they last did).
    /// `id` may be open still (a flush) or closed already (a release).
    func hasOtherWriters(_ session: UploadSession, besides id: UInt64) -> Bool {
        table.withLock { table in
            guard (table.counts[ObjectIdentifier(session)]?.writers ?? 0) > (table.handles[id] == nil ? 0 : 1) else { return false }
            return table.handles.contains { key, handle in
                guard key != id, !table.flushedWriters.contains(key), case .staged(let other, writable: true) = handle else {
                    return false
                }
                return other === session
            }
        }
    }

    /// The handle's opener closed it: it counts as a writer again only once it writes.
    func noteFlushed(_ id: UInt64) { _ = table.withLock { $0.flushedWriters.insert(id) } }

    func noteWrite(_ id: UInt64) {
        table.withLock { if !$0.flushedWriters.isEmpty { $0.flushedWriters.remove(id) } }
    }

    /// A failed session stays with its handles (they answer EIO) but no longer takes new opens; a file it never
    /// committed loses its name.
    func detach(_ session: UploadSession) {
        table.withLock { $0.removeSession(session) }
    }

    package func session(of fileId: Int64) -> UploadSession? { table.withLock { $0.sessions[fileId] } }
    /// Whether this mount holds the file: through a handle, or a session whose last release is committing it.
    func isOpen(_ fileId: Int64) -> Bool { table.withLock { $0.openCounts[fileId] != nil || $0.sessions[fileId] != nil } }

    // MARK: Names of files not yet committed

    func pendingFile(in parentIno: UInt64, named name: String) -> Int64? {
        table.withLock { $0.pendingNames[PendingName(parentIno: parentIno, name: name)] }
    }

    package func pendingFiles(in parentIno: UInt64) -> [(name: String, fileId: Int64)] {
        table.withLock { $0.pendingNames.filter { $0.key.parentIno == parentIno }.map { ($0.key.name, $0.value) } }
    }

    func pendingParents(of fileId: Int64) -> [UInt64] {
        table.withLock { $0.pendingNames.filter { $0.value == fileId }.map(\.key.parentIno) }
    }

    func forgetPendingName(in parentIno: UInt64, named name: String) {
        _ = table.withLock { $0.pendingNames.removeValue(forKey: PendingName(parentIno: parentIno, name: name)) }
    }

    func movePendingName(from old: PendingName, to new: PendingName) {
        table.withLock { table in
            if let id = table.pendingNames.removeValue(forKey: old) { table.pendingNames[new] = id }
        }
    }
}
