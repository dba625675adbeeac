import Foundation
import Synchronization
import MeetingCore
import MeetingCatalog

/// What the kernel caches of names, attributes and pages, which the FUSE adapter can tell it to drop.
public protocol KernelCache: AnyObject, Sendable {
    /// Drops the kernel's entry for `name` in directory `parent`.
    func forgetEntry(parent: UInt64, name: String)
    /// Drops the kernel's attributes and cached pages of `ino`.
    func forgetInode(_ ino: UInt64)
    /// Drops every entry the kernel was given for names in directory `parent`.
    func forgetEntries(in parent: UInt64)
    /// Drops all the kernel was given to cache; false if that is no longer known whole.
    func forgetEverything() -> Bool
}

/// Where the mount's kernel cache is, while the FUSE session exists. It is used under the lock, so that clearing
/// it at unmount waits for a call in progress: the session it talks through is destroyed right after.
final class KernelCacheSlot: Sendable {
    private let cache = Mutex<KernelCache?>(nil)

    package func set(_ kernel: KernelCache?) { cache.withLock { $0 = kernel } }

    package func use(_ body: (KernelCache) -> Void) {
        cache.withLock { if let kernel = $0 { body(kernel) } }
    }
}

/// Coherence between mounts: changes other mounts and commands commit arrive from the ChangeListener, and what
/// this mount cached of the rows they touched is dropped, here and in the kernel. A change this mount makes
/// itself updates its caches on the way, so its own announcements are not listened to.
extension FileSystem {
    public func setKernelCache(_ kernel: KernelCache?) { kernelCache.set(kernel) }

    /// Listens for the changes others commit (the catalog's announcements) until the feed is stopped.
    package func listenForChanges() -> any ChangeFeed {
        catalog.listenForChanges(logger: log, apply: { [weak self] in self?.forget($0) },
                                 resync: { [weak self] in self?.forgetEverything() })
    }

    /// Drops what is cached of the rows `changes` touched, and of the directories that list them.
    package func forget(_ changes: [RowChange]) {
        for change in changes {
            if change.table == "meeting_access" {
                shares.removeAll { key, _ in key.meetingId == change.id }
                continue
            }
            guard let node = Self.node(of: change) else { continue }
            let places = [(change.oldParent ?? node.fixedParent?.ino, change.oldName),
                          (change.newParent ?? node.fixedParent?.ino, change.newName)]
                .compactMap { parent, name in parent.flatMap { p in name.map { (parent: p, name: $0) } } }
            let parents = Array(Set(places.map(\.parent)))
            switch node {
            case .file(let id): listings.invalidate(fileId: id, and: parents)
            case .meeting(let id): forgetRow(.meetings, id: id)
            case .user(let id):
                forgetRow(.users, id: id)
                principals.withLock { $0.removeAll() }  // a role may have changed
            case .tempArea(let id): forgetRow(.tempAreas, id: id)
            case .tempDir(let id): forgetRow(.tempDirs, id: id)
            default: break
            }
            if node.isDirectory { listings.invalidate(parents + [node.ino]) }
            kernelCache.use { kernel in
                // Its mode may now deny some caller the search the kernel would skip for names it keeps.
                if case .tempDir = node { kernel.forgetEntries(in: node.ino) }
                for place in places { kernel.forgetEntry(parent: place.parent, name: place.name) }
                for ino in [node.ino] + node.derivedDirectories.map(\.ino) + parents { kernel.forgetInode(ino) }
            }
        }
    }

    /// Drops every cached row and listing, here and in the kernel: changes may have gone unheard.
    package func forgetEverything() {
        kernelCache.use { kernel in
            if !kernel.forgetEverything() {
                log.notice("more names were cached by the kernel than are on record: some stay cached up to the attribute timeout")
            }
        }
        listings.invalidateAll()
        directoryRows.removeAll { _, _ in true }
        namedRows.removeAll { _, _ in true }
        shares.removeAll { _, _ in true }
        principals.withLock { $0.removeAll() }
    }

    /// The node a changed row is, by its table.
    package static func node(of change: RowChange) -> Node? {
        guard change.id > 0 else { return nil }
        switch change.table {
        case "files": return .file(change.id)
        case "temp_dirs": return .tempDir(change.id)
        case "meetings": return .meeting(change.id)
        case "temp_areas": return .tempArea(change.id)
        case "users": return .user(change.id)
        default: return nil
        }
    }
}
