import CFuse
import Foundation
import MeetingFileSystem

/// Tells the kernel to drop cached entries and inodes through the FUSE session (libfuse's notify calls), and keeps
/// a bounded record of what the adapter handed the kernel to cache, so that all of it can be dropped when
/// changes may have gone unheard. Called from the change listener's thread, never from a request's: an
/// invalidation waits for the kernel's locks on the directory, which a request in progress may hold.
// @unchecked: wraps the libfuse session pointer (notify calls are thread-safe in libfuse); its record is under `lock`.
final class KernelNotifier: KernelCache, @unchecked Sendable {
    /// Names and inodes recorded at most; past it the record is cleared, and what was cached before stays cached up
    /// to the attribute timeout after a lost connection (logged then).
    static let recordLimit = 1 << 18

    private let session: OpaquePointer
    private let lock = NSLock()
    private var names: [UInt64: Set<String>] = [:]
    private var inodes: Set<UInt64> = []
    private var recorded = 0
    private var overflowed = false

    init(session: OpaquePointer) { self.session = session }

    /// The kernel may cache `name` in `parent` as `ino` (entry and attributes) for a while.
    func handedOut(parent: UInt64, name: String, ino: UInt64) {
        lock.withLock {
            makeRoom()
            if names[parent, default: []].insert(name).inserted { recorded += 1 }
            if inodes.insert(ino).inserted { recorded += 1 }
        }
    }

    /// The kernel may cache the attributes of `ino` for a while.
    func handedOut(ino: UInt64) {
        lock.withLock {
            makeRoom()
            if inodes.insert(ino).inserted { recorded += 1 }
        }
    }

    /// Called under the lock.
    private func makeRoom() {
        guard recorded >= Self.recordLimit else { return }
        names.removeAll()
        inodes.removeAll()
        recorded = 0
        overflowed = true
    }

    // Both answer -ENOENT when the kernel has nothing cached: nothing to drop then.
    func forgetEntry(parent: UInt64, name: String) {
        _ = name.withCString { fuse_lowlevel_notify_inval_entry(session, parent, $0, name.utf8.count) }
    }

    func forgetInode(_ ino: UInt64) {
        _ = fuse_lowlevel_notify_inval_inode(session, ino, 0, 0)
    }

    func forgetEntries(in parent: UInt64) {
        let children = lock.withLock { names.removeValue(forKey: parent) ?? [] }
        for name in children { forgetEntry(parent: parent, name: name) }
    }

    /// Drops every entry and inode handed out; returns false if some were no longer on record.
    func forgetEverything() -> Bool {
        let (entries, known, complete) = lock.withLock {
            defer {
                names.removeAll()
                inodes.removeAll()
                recorded = 0
                overflowed = false
            }
            return (names, inodes, !overflowed)
        }
        for (parent, children) in entries { for name in children { forgetEntry(parent: parent, name: name) } }
        for ino in known { forgetInode(ino) }
        return complete
    }
}
