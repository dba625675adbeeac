import Foundation
import Logging
import MeetingCore
import MeetingObjects
import MeetingCache
import MeetingCatalog

/// The file system in Swift terms: every operation the FUSE adapter forwards, with POSIX errors as thrown
/// FSError values. Rules of the hierarchy come from Namespace; rows from the catalog through the superblock, which
/// owns every cache; open files from the handle table (OpenFiles); bytes from ObjectStore through the chunk cache.
/// Thread-safe: the FUSE loop calls it from several threads at once.
public final class FileSystem: Sendable {
    package let catalog: any Catalog
    package let objects: ObjectStore
    let fetcher: ChunkFetcher
    let superblock: Superblock
    let siblings: SiblingPrefetch
    let partBuffers: ChunkBuffers
    /// Bytes of files being written that are held in memory rather than staged.
    let writeMemory: ByteBudget
    package let config: FileSystemConfig
    package let log: Logger
    let mountTime = FileTime.now()

    /// The mount's lease: uploading rows and version reservations carry its id, so gc can tell a dead mount's.
    package let lease: MountLease
    package var mountId: UUID { lease.id }
    let ledger: VersionLedger
    let openFiles = OpenFiles()
    let committer: Committer
    package let audit: AuditSink

    package init(catalog: any Catalog, objects: ObjectStore, cache: ChunkCache?, config: FileSystemConfig,
                lease: MountLease, audit: AuditSink, logger: Logger = Logger(label: "meetingfs")) throws {
        self.catalog = catalog
        self.audit = audit
        superblock = Superblock(catalog: catalog, config: config, logger: logger)
        committer = Committer(catalog: catalog, superblock: superblock, openFiles: openFiles, audit: audit,
                              lifecycle: config.lifecycle, documents: DocumentReader(config: config, logger: logger),
                              logger: logger)
        self.lease = lease
        ledger = MountLedger(catalog: catalog, mountId: lease.id)
        self.objects = objects
        self.config = config
        log = logger
        fetcher = ChunkFetcher(objects: objects, cache: cache, chunkSize: config.chunkSize,
                               memoryBudget: config.readMemoryBudget, maxPrefetches: config.maxPrefetches)
        siblings = SiblingPrefetch(fetcher: fetcher, superblock: superblock, count: config.siblingPrefetch)
        partBuffers = ChunkBuffers(capacity: config.partSize, spareLimit: config.uploadConcurrency)
        writeMemory = ByteBudget(limit: config.writeMemoryBudget)
        try FileManager.default.createDirectory(at: config.stagingDirectory, withIntermediateDirectories: true)
    }

    public func setKernelCache(_ kernel: KernelCache?) { superblock.kernelCache.set(kernel) }

    /// Listens for the changes others commit (the catalog's announcements) until the feed is stopped.
    package func listenForChanges() -> any ChangeFeed {
        catalog.listenForChanges(logger: log, apply: { [weak self] in self?.superblock.invalidate($0) },
                                 resync: { [weak self] in self?.superblock.invalidateAll() })
    }

    /// The mount ends: its audit trail is written out and its lease given up (every handle was released before).
    public func shutdown() {
        audit.close()
        lease.release()
    }

    // MARK: - Names and attributes

    public func lookup(parent: UInt64, name: String, caller: Caller) throws -> Attributes {
        try observed("lookup", caller, path: { path(in: parent, name) }) { who in
            try Names.validateEntry(name)
            let directory = try node(parent)
            try require(.read, on: directory, for: who)
            try permit(.execute, in: directory, for: caller)
            return try child(of: directory, named: name, for: who, mayList: true).attributes
        }
    }

    public func getattr(ino: UInt64, caller: Caller) throws -> Attributes {
        try observed("getattr", caller, path: { path(of: (try? node(ino)) ?? .root) }) { who in
            let target = try node(ino)
            guard case .file(let id) = target else {
                try require(.read, on: target, for: who)
                return try attributes(of: target)
            }
            let file = try fileRow(id)
            try require(.read, on: try node(file.parentIno), for: who)
            return fileAttributes(file)
        }
    }

    public func readdir(ino: UInt64, caller: Caller) throws -> [DirectoryEntry] {
        try observed("readdir", caller, path: { path(of: (try? node(ino)) ?? .root) }) { who in
            let directory = try node(ino)
            try require(.read, on: directory, for: who)
            try permit(.read, in: directory, for: caller)
            switch directory {
            case .root, .meeting, .user:
                return try directory.fixedChildren.map { name in
                    DirectoryEntry(name: name, attributes: try self.child(of: directory, named: name, for: who).attributes)
                }
            case .meetingsRoot:
                return try rowEntries(.meetings, for: who, in: directory) { .meeting($0) }
            case .usersRoot:
                return try rowEntries(.users, for: who, in: directory) { .user($0) }
            case .tempRoot:
                return try rowEntries(.tempAreas, for: who, in: directory) { .tempArea($0) }
            case .area, .profiles, .tempArea, .tempDir:
                return try fileEntries(in: directory)
            case .file:
                throw FSError.notDirectory
            }
        }
    }

    package func node(_ ino: UInt64) throws -> Node {
        guard let node = Node(ino: ino) else { throw FSError.notFound }
        return node
    }

    /// A name resolved: its node, and its attributes built from the same rows.
    struct Resolved {
        package let node: Node
        package let attributes: Attributes
    }

    /// What `name` names inside `parent`, or ENOENT. One query for most names: the row that proves the name
    /// exists also gives its attributes. `mayList`: the kernel is resolving names, and a burst of those in one
    /// directory is answered from its listing.
    func child(of parent: Node, named name: String, for who: Principal, mayList: Bool = false) throws -> Resolved {
        switch parent {
        case .root:
            let fixed: [String: Node] = ["meetings": .meetingsRoot, "users": .usersRoot, "temp": .tempRoot]
            guard let node = fixed[name] else { throw FSError.notFound }
            return Resolved(node: node, attributes: try attributes(of: node))
        case .meetingsRoot, .usersRoot, .tempRoot:
            let (table, make): (DirectoryTable, (Int64) -> Node) =
                parent == .meetingsRoot ? (.meetings, Node.meeting) : parent == .usersRoot ? (.users, Node.user) : (.tempAreas, Node.tempArea)
            let record = try superblock.recentRow(table, named: name)
            let node = make(record.id)
            // A meeting, user or temp area the caller may not read does not exist for it.
            try require(.read, on: node, for: who)
            return Resolved(node: node, attributes: directoryAttributes(node, record))
        case .meeting(let id):
            guard let area = MeetingArea(rawValue: name) else { throw FSError.notFound }
            return Resolved(node: .area(id, area), attributes: try attributes(of: .area(id, area)))
        case .user(let id):
            guard name == "profiles" else { throw FSError.notFound }
            return Resolved(node: .profiles(id), attributes: try attributes(of: .profiles(id)))
        case .area, .profiles, .tempArea, .tempDir:
            if let id = openFiles.pendingFile(in: parent.ino, named: name) {
                return Resolved(node: .file(id), attributes: try attributes(of: .file(id)))
            }
            if let listing = try listingForLookup(in: parent, mayList: mayList) {
                if let file = listing.files[name] { return Resolved(node: .file(file.id), attributes: fileAttributes(file)) }
                if let dir = listing.tempDirs[name] { return Resolved(node: .tempDir(dir.id), attributes: directoryAttributes(.tempDir(dir.id), dir)) }
                // Not listed: asked again below, so a name another mount just created is found at once.
            }
            let start = superblock.listings.beginRead()
            if let file = try superblock.database({ try catalog.visibleFile(parentIno: parent.ino, name: name) }) {
                return Resolved(node: .file(file.id), attributes: fileAttributes(file))
            }
            if parent.isTemp, let dir = try superblock.database({ try catalog.tempDir(parentIno: parent.ino, name: name) }) {
                return Resolved(node: .tempDir(dir.id), attributes: directoryAttributes(.tempDir(dir.id), dir))
            }
            if mayList { superblock.listings.noteAbsent(name, in: parent.ino, readStart: start) }
            throw FSError.notFound
        case .file:
            throw FSError.notDirectory
        }
    }

    /// Like `child`, but nil where the name is free; every other failure still throws.
    func existingChild(of parent: Node, named name: String, for who: Principal) throws -> Node? {
        do {
            return try child(of: parent, named: name, for: who).node
        } catch let error as FSError where error.errno == ENOENT {
            return nil
        }
    }

    package func attributes(of node: Node) throws -> Attributes {
        switch node {
        case .root, .meetingsRoot, .usersRoot, .tempRoot:
            // The roots' rows are not counted: 1 is the "subdirectories unknown" of btrfs and others.
            return Attributes(ino: node.ino, type: .directory, permissions: 0o755, uid: 0, gid: 0, size: 0,
                              mtime: mountTime, ctime: mountTime, atime: mountTime, nlink: node == .root ? 2 + 3 : 1)
        case .meeting(let id), .area(let id, _):
            return directoryAttributes(node, try superblock.recentRow(.meetings, id: id))
        case .user(let id), .profiles(let id):
            return directoryAttributes(node, try superblock.recentRow(.users, id: id))
        case .tempArea(let id):
            return directoryAttributes(node, try superblock.recentRow(.tempAreas, id: id))
        case .tempDir(let id):
            return directoryAttributes(node, try superblock.recentRow(.tempDirs, id: id))
        case .file(let id):
            return fileAttributes(try fileRow(id))
        }
    }

    /// A file's row, as read within the attribute timeout if it was; ENOENT unless committed or open here. A row
    /// read while it was being written is read again: its commit may have just happened.
    func fileRow(_ id: Int64) throws -> FileRecord {
        if let recent = superblock.listings.recentRow(id), recent.isReady || openFiles.isOpen(id) { return recent }
        for _ in 0..<2 {
            let heldBefore = openFiles.isOpen(id)
            guard let file = try superblock.database({ try catalog.file(id: id) }) else { break }
            if file.isReady || openFiles.isOpen(id) { return file }
            // Not held here before the read: another mount's upload, or one abandoned. Held before and not after:
            // the last release committed it while the row was read, so the row is read again.
            if !heldBefore { break }
        }
        // Unlinked, and its row gone with its meeting, while a reader here holds it: it stats as it was opened.
        if var held = openFiles.rowHeldOpen(id) {
            held.status = "deleting"
            return held
        }
        throw FSError.stale  // the kernel's inode outlived its file: a path is looked up again
    }

    /// A file's attributes; while this mount writes it, size and mtime are those of the bytes written so far.
    func fileAttributes(_ file: FileRecord) -> Attributes {
        let (size, mtime) = openFiles.session(of: file.id)?.progress ?? (file.size, file.mtime)
        return Attributes(ino: Node.file(file.id).ino, type: .file(file.kind), permissions: file.mode & 0o7777,
                          uid: file.uid, gid: file.gid, size: size, mtime: mtime, ctime: file.ctime, atime: file.atime,
                          nlink: file.status == "deleting" ? 0 : UInt32(file.links),
                          rdev: file.rdev)
    }

    /// A directory's attributes; its link count is 2 and one per directory it lists, as on a local disk.
    func directoryAttributes(_ node: Node, _ record: DirectoryRecord) -> Attributes {
        Attributes(ino: node.ino, type: .directory, permissions: record.mode & 0o7777, uid: record.uid,
                   gid: record.gid, size: 0, mtime: record.mtime, ctime: record.ctime, atime: record.atime,
                   nlink: UInt32(2 + node.fixedChildren.count + record.subdirectories))
    }

    /// A fixed root's listing: the meetings, users or temp areas `who` may see.
    private func rowEntries(_ table: DirectoryTable, for who: Principal, in root: Node,
                            _ make: (Int64) -> Node) throws -> [DirectoryEntry] {
        try visibleRows(try superblock.database { try catalog.directories(table) }, in: root, for: who).map {
            DirectoryEntry(name: $0.name, attributes: directoryAttributes(make($0.id), $0))
        }
    }

    /// The kept listing of a directory, or a new one where lookups in it come in a burst.
    private func listingForLookup(in directory: Node, mayList: Bool) throws -> DirectoryListings.Listing? {
        if let listing = superblock.listings.listing(of: directory.ino) { return listing }
        guard mayList, superblock.listings.missWarrantsListing(directory.ino) else { return nil }
        let start = superblock.listings.beginRead()
        let (files, tempDirs) = try contents(of: directory)
        return superblock.listings.store(directory.ino, files: files, tempDirs: tempDirs, readStart: start)
    }

    /// A file-holding directory's committed files, and its nested directories in temp.
    private func contents(of directory: Node) throws -> ([FileRecord], [DirectoryRecord]) {
        let files = try superblock.database { try catalog.visibleFiles(parentIno: directory.ino) }
        let tempDirs = directory.isTemp ? try superblock.database { try catalog.tempDirs(parentIno: directory.ino) } : []
        return (files, tempDirs)
    }

    private func fileEntries(in directory: Node) throws -> [DirectoryEntry] {
        // Before the query: a file that commits while it runs is then either in its answer or still pending here.
        let pending = openFiles.pendingFiles(in: directory.ino)
        let (unsorted, tempDirs) = try contents(of: directory)
        let files = unsorted.sorted { $0.name < $1.name }
        siblings.listed(directory.ino, files: files)
        var entries = files.map { DirectoryEntry(name: $0.name, attributes: fileAttributes($0)) }
        entries += tempDirs.map { DirectoryEntry(name: $0.name, attributes: directoryAttributes(.tempDir($0.id), $0)) }
        let listed = Set(entries.map(\.name))
        for pending in pending where !listed.contains(pending.name) {
            if let attributes = try? attributes(of: .file(pending.fileId)) {
                entries.append(DirectoryEntry(name: pending.name, attributes: attributes))
            }
        }
        return entries.sorted { $0.name < $1.name }
    }

    // MARK: - Rows, with database failures as EIO

    /// What statfs reports: the bytes and number of committed files, and the free space of the volume that holds
    /// the chunk cache and staging files.
    public struct Usage: Sendable {
        public let usedBytes: Int64
        public let files: Int64
        public let freeBytes: Int64
        public let freeFiles: Int64
    }

    public func usage(caller: Caller) throws -> Usage {
        try observed("statfs", caller, path: { "" }) { _ in
            let (bytes, files) = try superblock.database { try catalog.usage() }
            let volume = try cacheVolume()
            return Usage(usedBytes: bytes, files: files, freeBytes: Int64(volume.f_bavail) * Int64(volume.f_frsize),
                         freeFiles: Int64(volume.f_favail))
        }
    }

    /// The volume that holds the chunk cache and staging files.
    func cacheVolume() throws -> statvfs {
        var volume = statvfs()
        guard statvfs(config.stagingDirectory.path, &volume) == 0 else { throw FSError(errno, "statvfs of the cache volume") }
        return volume
    }

    func handle(_ id: UInt64) throws -> OpenFiles.Handle {
        guard let handle = openFiles.handle(id) else { throw FSError.badHandle }
        return handle
    }
}

extension FileSystem {
    /// The levels a metrics scrape reports, read at the moment of the scrape (counters count themselves).
    public struct Status: Sendable {
        public let openHandles: Int
        public let writeSessions: Int
        public let cacheBytes: Int64
        public let cacheBudget: Int64
        /// Bytes of the committed files and kept versions: what a capacity is measured against, as in `Stats`.
        public let storedBytes: Int64
        public let storedFiles: Int64
        /// Free bytes of the volume holding the chunk cache and staging files.
        public let cacheVolumeFreeBytes: Int64
        /// Mounts whose lease expired without being given up: a crashed or hung daemon gc has not cleared yet.
        public let staleLeases: Int
    }

    public func status() throws -> Status {
        let (handles, sessions) = openFiles.counts
        let (bytes, files) = try catalog.usage()
        let volume = try cacheVolume()
        return Status(openHandles: handles, writeSessions: sessions, cacheBytes: fetcher.cache?.bytesUsed ?? 0,
                      cacheBudget: fetcher.cache?.budget ?? 0, storedBytes: bytes + (try catalog.keptVersionBytes()),
                      storedFiles: files, cacheVolumeFreeBytes: Int64(volume.f_bavail) * Int64(volume.f_frsize),
                      staleLeases: try catalog.mounts().filter(\.leaseExpired).count)
    }
}
