import Foundation
import Logging
import Synchronization
import MeetingCore
import MeetingCatalog

/// What this mount knows of the tree between requests: rows of directories by id and by name, listings of
/// file-holding directories (with the file rows and free names they hold), users' roles and meetings' shares,
/// and what the kernel was handed to cache. The one owner of every cache and negative cache; `invalidate` drops
/// what a change touched, whether this mount made it or another mount announced it.
final class Superblock: Sendable {
    let catalog: any Catalog
    let listings: DirectoryListings
    let kernelCache = KernelCacheSlot()
    let log: Logger
    let principalTTL: Double
    let principalStaleLimit: Double
    let directoryRows: RecentValues<DirectoryKey, DirectoryRecord>
    /// Meeting, user and temp-area rows by name: the kernel asks for these names at every path walk, since it may
    /// not reuse for one caller what it looked up for another.
    let namedRows: RecentValues<NamedRowKey, DirectoryRecord>
    /// How members stand in meetings shared with them, remembered as long as their roles.
    let shares: RecentValues<ShareKey, Relation>
    /// Who each uid is, remembered for `principalTTL`.
    let principals = Mutex<[UInt32: (principal: Principal, until: Double)]>([:])
    /// Links handed out as the url attribute in the last seconds: getxattr asks for the size, then the value, and
    /// both must be the same link (and one audit row).
    let recentLinks = RecentValues<FileSystem.LinkKey, String>(ttl: 5, capacity: 1024)
    /// Look-only failures recorded in the last second, so a kernel's immediate retry is not recorded again.
    let recentFailures = RecentValues<FileSystem.RepeatedFailure, Bool>(ttl: 1, capacity: 4096)
    /// Where the kernel is told to drop what a request changed, once that request's reply is out.
    let notices = DispatchQueue(label: "meetingfs.kernel-notices")

    init(catalog: any Catalog, config: FileSystemConfig, logger: Logger) {
        self.catalog = catalog
        log = logger
        principalTTL = config.principalTTL
        principalStaleLimit = config.principalStaleLimit
        listings = DirectoryListings(ttl: config.listingTTL, maxEntries: config.listingMaxEntries)
        directoryRows = RecentValues(ttl: config.listingTTL, capacity: config.listingMaxEntries)
        namedRows = RecentValues(ttl: config.listingTTL, capacity: config.listingMaxEntries)
        shares = RecentValues(ttl: config.principalTTL, capacity: 4096)
    }

    /// A directory's row, as read within the attribute timeout if it was: for attributes and placement, which
    /// the kernel would have taken from its own cache as well.
    func recentRow(_ table: DirectoryTable, id: Int64) throws -> DirectoryRecord {
        try directoryRows.value(DirectoryKey(table: table, id: id)) { try row(table, id: id) }
    }

    /// A meeting's, user's or temp area's row by name, as read within the attribute timeout if it was.
    func recentRow(_ table: DirectoryTable, named name: String) throws -> DirectoryRecord {
        try namedRows.value(NamedRowKey(table: table, name: name)) { try row(table, named: name) }
    }

    struct DirectoryKey: Hashable {
        package let table: DirectoryTable
        package let id: Int64
    }

    struct NamedRowKey: Hashable {
        package let table: DirectoryTable
        package let name: String
    }

    package func row(_ table: DirectoryTable, id: Int64) throws -> DirectoryRecord {
        guard let record = try database({ try catalog.directory(table, id: id) }) else { throw FSError.notFound }
        return record
    }

    package func row(_ table: DirectoryTable, named name: String) throws -> DirectoryRecord {
        guard let record = try database({ try catalog.directory(table, named: name) }) else { throw FSError.notFound }
        return record
    }

    /// Runs a metadata call; FSErrors pass through, a quota's refusal is EDQUOT, database failures become EIO (and
    /// are logged).
    package func database<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FSError {
            throw error
        } catch let error as DatabaseError where error.sqlState == DatabaseError.quotaExceeded {
            throw FSError(EDQUOT, error.message)
        } catch {
            log.error("metadata call failed", metadata: ["error": "\(error)"])
            throw FSError.io("\(error)")
        }
    }

    // MARK: - Users and shares

    /// A uid's user and role, remembered for `principalTTL`. While PostgreSQL cannot be asked, a role read within
    /// the last `principalStaleLimit` is used: an outage must not turn every caller into a stranger.
    func principal(uid: UInt32) throws -> Principal {
        let now = Date().timeIntervalSince1970
        let known = principals.withLock { $0[uid] }
        if let known, known.until > now { return known.principal }
        let found: Principal?
        do {
            found = try database { try catalog.principal(uid: uid) }
        } catch let error as FSError where error.errno == EIO {
            guard let known, known.until + principalStaleLimit > now else { throw error }
            return known.principal
        }
        guard let found else { throw FSError(EACCES, "uid \(uid) is not a MeetingFS user", denial: true) }
        principals.withLock { $0[uid] = (found, now + principalTTL) }
        return found
    }

    /// What a meeting was shared as with a user (`.other`: not shared), remembered as long as roles are.
    func sharedRelation(meetingId: Int64, userId: Int64) throws -> Relation {
        try shares.value(ShareKey(meetingId: meetingId, userId: userId)) {
            try database { try catalog.sharedAccess(meetingId: meetingId, userId: userId) } ?? .other
        }
    }

    struct ShareKey: Hashable {
        package let meetingId: Int64
        package let userId: Int64
    }

    /// A nested temp directory's mode changed: the names the kernel keeps in it go, as some caller may no longer
    /// search it. After the reply: the kernel holds the directory's lock until then, and dropping a name takes it.
    func forgetKernelEntries(in directory: UInt64) {
        notices.async { [self] in kernelCache.use { $0.forgetEntries(in: directory) } }
    }
}

extension Node {
    /// The row that holds this directory's mode, owner and mtime. A meeting's raw/, audio/ and artifacts/ share
    /// the meeting's row, and profiles/ its user's: changing one changes them together.
    var attributeRow: (DirectoryTable, Int64)? {
        switch self {
        case .meeting(let id), .area(let id, _): return (.meetings, id)
        case .user(let id), .profiles(let id): return (.users, id)
        case .tempArea(let id): return (.tempAreas, id)
        case .tempDir(let id): return (.tempDirs, id)
        default: return nil
        }
    }
}
