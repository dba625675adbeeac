import Foundation
import Synchronization
import MeetingCatalog

/// What this mount read of file-holding directories moments ago, for `ttl` seconds (no longer than the kernel
/// trusts a name it was given), each part dropped as soon as this mount changes what it describes:
/// - listings, so a burst of lookups in one directory (stat of every file, a script testing names) costs one query
///   instead of one per name. A listing only answers for names it holds (a name it lacks is looked up afresh, as
///   another mount may have added it). It is loaded on a directory's second lookup miss within `ttl` (a single
///   lookup stays a single-row query) and kept only for directories of at most `maxEntries` names. Every change
///   also forgets the directory's misses, so a directory this mount keeps writing to is not listed again and again.
/// - file rows by id, fetched ahead for tools that read a whole directory, for their opens and attributes.
/// - names a lookup just found free, so that the create the kernel sends next need not ask again.
final class DirectoryListings: Sendable {
    struct Listing {
        package let files: [String: FileRecord]
        package let tempDirs: [String: DirectoryRecord]
        let fileIds: Set<Int64>
    }

    fileprivate struct NameKey: Hashable {
        let parentIno: UInt64
        let name: String
    }

    /// Where a read began, for each part it may be kept in.
    struct ReadStart {
        fileprivate let listing: RecentValues<UInt64, Listing>.ReadStart
        fileprivate let rows: RecentValues<Int64, FileRecord>.ReadStart
        fileprivate let absence: RecentValues<NameKey, Void>.ReadStart
    }

    /// A free name is trusted for 0.1 s only: a create that relies on it behaves as if it had raced another
    /// mount's create of the same name.
    private static let absenceTTL = 0.1
    /// Directories whose listing is kept at once.
    private static let maxListings = 64

    package let ttl: Double
    let maxEntries: Int
    private let listings: RecentValues<UInt64, Listing>
    private let rows: RecentValues<Int64, FileRecord>
    private let absences: RecentValues<NameKey, Void>
    /// Lookups no listing answered, by directory: how many since when.
    private let misses = Mutex<[UInt64: (count: Int, since: Double)]>([:])

    package init(ttl: Double, maxEntries: Int) {
        self.ttl = ttl
        self.maxEntries = maxEntries
        listings = RecentValues(ttl: ttl, capacity: Self.maxListings)
        rows = RecentValues(ttl: ttl, capacity: maxEntries)
        absences = RecentValues(ttl: min(ttl, Self.absenceTTL), capacity: maxEntries)
    }

    /// The fresh listing of a directory, if there is one.
    package func listing(of parentIno: UInt64) -> Listing? { listings.value(parentIno) }

    /// Counts a lookup no listing could answer; true on the second within `ttl`, when listing the directory whole
    /// is worth it (and not on later ones, so a directory too big to keep is listed at most once per `ttl`).
    func missWarrantsListing(_ parentIno: UInt64) -> Bool {
        let now = Date().timeIntervalSince1970
        return misses.withLock { misses in
            if misses.count > 4096 { misses = misses.filter { now - $0.value.since < ttl } }
            guard let recent = misses[parentIno], now - recent.since < ttl else {
                misses[parentIno] = (1, now)
                return false
            }
            misses[parentIno] = (recent.count + 1, recent.since)
            return recent.count + 1 == 2
        }
    }

    func beginRead() -> ReadStart {
        ReadStart(listing: listings.beginRead(), rows: rows.beginRead(), absence: absences.beginRead())
    }

    /// The listing read, kept unless it is too big or this mount changed something since its read began. Its
    /// rows are kept by id as well: the opens and stats that follow a listing need no query of their own.
    package func store(_ parentIno: UInt64, files: [FileRecord], tempDirs: [DirectoryRecord], readStart: ReadStart) -> Listing {
        let listing = Listing(
            files: Dictionary(files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            tempDirs: Dictionary(tempDirs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            fileIds: Set(files.map(\.id)))
        if files.count + tempDirs.count <= maxEntries {
            listings.store(parentIno, listing, readStart: readStart.listing)
            rows.store(files.map { ($0.id, $0) }, readStart: readStart.rows)
        }
        return listing
    }

    /// A file's row if it was read within `ttl`.
    func recentRow(_ id: Int64) -> FileRecord? { rows.value(id) }

    /// Keeps rows read since `readStart`, unless this mount changed something meanwhile.
    func storeRows(_ files: [FileRecord], readStart: ReadStart) {
        rows.store(files.map { ($0.id, $0) }, readStart: readStart.rows)
    }

    /// Notes that a lookup found `name` free in the database.
    func noteAbsent(_ name: String, in parentIno: UInt64, readStart: ReadStart) {
        absences.store(NameKey(parentIno: parentIno, name: name), (), readStart: readStart.absence)
    }

    /// Whether a lookup found `name` free a moment ago.
    func wasJustAbsent(_ name: String, in parentIno: UInt64) -> Bool {
        absences.value(NameKey(parentIno: parentIno, name: name)) != nil
    }

    /// Forgets what is known of these directories: this mount just changed them.
    func invalidate(_ parentInos: [UInt64]) {
        forget(Set(parentInos))
    }

    /// Forgets this file's row, every listing that shows it, and these directories.
    func invalidate(fileId: Int64, and parentInos: [UInt64] = []) {
        rows.remove(fileId)
        var changed = Set(parentInos)
        listings.removeAll { ino, listing in
            guard listing.fileIds.contains(fileId) else { return false }
            changed.insert(ino)
            return true
        }
        forget(changed)
    }

    /// Forgets everything (a change whose directories are not known cheaply).
    func invalidateAll() {
        forget(nil)
    }

    /// Drops all that is known of these directories (nil: of every directory).
    private func forget(_ changed: Set<UInt64>?) {
        let picked = { (ino: UInt64) in changed?.contains(ino) ?? true }
        listings.removeAll { ino, _ in picked(ino) }
        rows.removeAll { _, file in picked(file.parentIno) }
        absences.removeAll { key, _ in picked(key.parentIno) }
        misses.withLock { misses in
            guard let changed else { return misses.removeAll() }
            for ino in changed { misses.removeValue(forKey: ino) }
        }
    }
}
