import Foundation

/// Recent listings of file-holding directories, so a burst of lookups in one directory (stat of every file, a
/// script testing names) costs one query instead of one per name. A listing answers for `ttl` seconds, no longer
/// than the kernel trusts a name it was given, and is dropped as soon as this mount changes the directory; it
/// only answers for names it holds (a name it lacks is looked up afresh, as another mount may have added it). It is
/// loaded on a directory's second lookup miss within `ttl` (a single lookup stays a single-row query) and kept
/// only for directories of at most `maxEntries` names. Every change also forgets the directory's misses, so a
/// directory this mount keeps writing to is not listed again and again.
final class DirectoryListings: @unchecked Sendable {
    struct Listing {
        let files: [String: FileRecord]
        let tempDirs: [String: DirectoryRecord]
        let fileIds: Set<Int64>
        let expires: Double
    }

    /// Where a listing read began: the time, and how many changes this mount had made by then.
    struct ReadStart {
        fileprivate let generation: UInt64
        fileprivate let time: Double
    }

    let ttl: Double
    let maxEntries: Int
    private let lock = NSLock()
    private var listings: [UInt64: Listing] = [:]
    private var misses: [UInt64: (count: Int, since: Double)] = [:]
    private var generation: UInt64 = 0
    /// File rows read moments ago, by id, for opens and attributes within `ttl` (fetched ahead for tools that
    /// read a whole directory); at most `maxEntries` of them.
    private var rows: [Int64: (file: FileRecord, expires: Double)] = [:]
    /// Names a lookup just found free, so that the create the kernel sends next need not ask again. Trusted for
    /// 0.1 s only: a create that relies on it behaves as if it had raced another mount's create of the same name.
    private var absences: [NameKey: Double] = [:]
    private static let absenceTTL = 0.1

    private struct NameKey: Hashable {
        let parentIno: UInt64
        let name: String
    }

    init(ttl: Double, maxEntries: Int) {
        self.ttl = ttl
        self.maxEntries = maxEntries
    }

    /// The fresh listing of a directory, if there is one.
    func listing(of parentIno: UInt64) -> Listing? {
        let now = Date().timeIntervalSince1970
        return lock.withLock {
            guard let listing = listings[parentIno] else { return nil }
            guard listing.expires > now else {
                listings.removeValue(forKey: parentIno)
                return nil
            }
            return listing
        }
    }

    /// Counts a lookup no listing could answer; true on the second within `ttl`, when listing the directory whole
    /// is worth it (and not on later ones, so a directory too big to keep is listed at most once per `ttl`).
    func missWarrantsListing(_ parentIno: UInt64) -> Bool {
        let now = Date().timeIntervalSince1970
        return lock.withLock {
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
        lock.withLock { ReadStart(generation: generation, time: Date().timeIntervalSince1970) }
    }

    /// The listing read, kept unless it is too big or this mount changed something since its read began.
    func store(_ parentIno: UInt64, files: [FileRecord], tempDirs: [DirectoryRecord], readStart: ReadStart) -> Listing {
        let listing = Listing(
            files: Dictionary(files.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            tempDirs: Dictionary(tempDirs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            fileIds: Set(files.map(\.id)), expires: readStart.time + ttl)
        guard files.count + tempDirs.count <= maxEntries else { return listing }
        lock.withLock {
            if generation == readStart.generation { listings[parentIno] = listing }
        }
        return listing
    }

    /// A file's row if it was read within `ttl`.
    func recentRow(_ id: Int64) -> FileRecord? {
        let now = Date().timeIntervalSince1970
        return lock.withLock {
            guard let row = rows[id], row.expires > now else { return nil }
            return row.file
        }
    }

    /// Keeps rows read since `readStart`, unless this mount changed something meanwhile.
    func storeRows(_ files: [FileRecord], readStart: ReadStart) {
        let expires = readStart.time + ttl
        lock.withLock {
            guard generation == readStart.generation else { return }
            if rows.count + files.count > maxEntries {
                let now = Date().timeIntervalSince1970
                rows = rows.filter { $0.value.expires > now }
            }
            guard rows.count + files.count <= maxEntries else { return }
            for file in files { rows[file.id] = (file, expires) }
        }
    }

    /// Notes that a lookup found `name` free in the database.
    func noteAbsent(_ name: String, in parentIno: UInt64, readStart: ReadStart) {
        lock.withLock {
            guard generation == readStart.generation else { return }
            if absences.count >= maxEntries {
                let now = Date().timeIntervalSince1970
                absences = absences.filter { $0.value > now }
            }
            if absences.count < maxEntries {
                absences[NameKey(parentIno: parentIno, name: name)] = readStart.time + min(ttl, Self.absenceTTL)
            }
        }
    }

    /// Whether a lookup found `name` free a moment ago.
    func wasJustAbsent(_ name: String, in parentIno: UInt64) -> Bool {
        let now = Date().timeIntervalSince1970
        return lock.withLock { (absences[NameKey(parentIno: parentIno, name: name)] ?? 0) > now }
    }

    /// Forgets what is known of these directories: this mount just changed them.
    func invalidate(_ parentInos: [UInt64]) {
        lock.withLock { forget(parentInos) }
    }

    /// Forgets every listing that shows this file, and these directories.
    func invalidate(fileId: Int64, and parentInos: [UInt64] = []) {
        lock.withLock { forget(listings.filter { $0.value.fileIds.contains(fileId) }.map(\.key) + parentInos, fileId: fileId) }
    }

    /// Forgets everything (a change whose directories are not known cheaply).
    func invalidateAll() {
        lock.withLock {
            forget(Array(listings.keys))
            rows.removeAll()
            absences.removeAll()
        }
    }

    /// Caller holds the lock.
    private func forget(_ parentInos: [UInt64], fileId: Int64? = nil) {
        generation += 1
        for ino in parentInos {
            listings.removeValue(forKey: ino)
            misses.removeValue(forKey: ino)
        }
        if let fileId { rows.removeValue(forKey: fileId) }
        if !parentInos.isEmpty && !(rows.isEmpty && absences.isEmpty) {
            let changed = Set(parentInos)
            rows = rows.filter { !changed.contains($0.value.file.parentIno) }
            absences = absences.filter { !changed.contains($0.key.parentIno) }
        }
    }
}
