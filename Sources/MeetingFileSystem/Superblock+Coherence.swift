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

/// Coherence: what a change touched is dropped from every cache by `invalidate(_ change:)`, one way for changes
/// this mount makes (as it makes them) and for those other mounts and commands commit (which arrive as the
/// catalog's announcements, and are dropped from the kernel's cache as well). This mount's own announcements are
/// not listened to: its changes were dropped as they were made.
extension Superblock {
    /// What changed, in the terms of what is cached.
    enum Change: Sendable {
        /// Names appeared, went or moved in these directories: their listings go, and so do the rows of temp
        /// directories among them, whose mtime, ctime and link count followed the change (SchemaV9's triggers),
        /// and the listings that show those rows.
        case names(in: [UInt64])
        /// A file's row changed; `listedIn`: directories whose listings show it besides those that hold its row.
        case file(Int64, listedIn: [UInt64] = [])
        /// A directory's row changed or went.
        case row(DirectoryTable, Int64)
        /// The listings of these directories (nil: every listing).
        case listings([UInt64]?)
        /// A meeting was shared or unshared.
        case shares(meetingId: Int64)
        /// A user changed: any role may have.
        case principals
    }

    /// Drops what is cached of what `change` touched.
    func invalidate(_ change: Change) {
        switch change {
        case .names(let parents):
            var stale = parents
            for parent in parents {
                guard let node = Node(ino: parent), node.isTemp, let (table, id) = node.attributeRow else { continue }
                if case .tempDir = node, let shownIn = try? recentRow(.tempDirs, id: id).parentIno { stale.append(shownIn) }
                invalidate(.row(table, id))
            }
            listings.invalidate(stale)
        case .file(let id, let listedIn):
            listings.invalidate(fileId: id, and: listedIn)
        case .row(let table, let id):
            directoryRows.remove(DirectoryKey(table: table, id: id))
            namedRows.removeAll { key, record in key.table == table && record.id == id }
        case .listings(let directories?):
            listings.invalidate(directories)
        case .listings(nil):
            listings.invalidateAll()
        case .shares(let meetingId):
            shares.removeAll { key, _ in key.meetingId == meetingId }
        case .principals:
            principals.withLock { $0.removeAll() }
        }
    }

    /// Changes other mounts and commands committed: dropped from every cache, and from the kernel's.
    package func invalidate(_ announced: [RowChange]) {
        for change in announced {
            if change.table == "meeting_access" {
                invalidate(.shares(meetingId: change.id))
                continue
            }
            guard let node = Self.node(of: change) else { continue }
            let places = [(change.oldParent ?? node.fixedParent?.ino, change.oldName),
                          (change.newParent ?? node.fixedParent?.ino, change.newName)]
                .compactMap { parent, name in parent.flatMap { p in name.map { (parent: p, name: $0) } } }
            let parents = Array(Set(places.map(\.parent)))
            switch node {
            case .file(let id): invalidate(.file(id, listedIn: parents))
            case .meeting(let id): invalidate(.row(.meetings, id))
            case .user(let id):
                invalidate(.row(.users, id))
                invalidate(.principals)
            case .tempArea(let id): invalidate(.row(.tempAreas, id))
            case .tempDir(let id): invalidate(.row(.tempDirs, id))
            default: break
            }
            if node.isDirectory { invalidate(.listings(parents + [node.ino])) }
            kernelCache.use { kernel in
                // Its mode may now deny some caller the search the kernel would skip for names it keeps.
                if case .tempDir = node { kernel.forgetEntries(in: node.ino) }
                for place in places { kernel.forgetEntry(parent: place.parent, name: place.name) }
                for ino in [node.ino] + node.derivedDirectories.map(\.ino) + parents { kernel.forgetInode(ino) }
            }
        }
    }

    /// Drops every cached row and listing, here and in the kernel: changes may have gone unheard.
    package func invalidateAll() {
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
