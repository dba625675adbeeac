import CFuse
import Foundation
import Synchronization
import Logging
import MeetingCore
import MeetingFileSystem

/// The thin layer between libfuse's low-level API and FileSystem: decode the request, call the file system,
/// encode the reply. No rules of the hierarchy live here.
final class FuseAdapter: Sendable {
    let fs: FileSystem
    let log: Logger
    /// How long the kernel may trust names and attributes before asking again. Other mounts' changes are dropped
    /// from its cache when they are announced; this bounds what an unheard change could leave stale.
    let cacheTimeout: Double
    /// Set before the loop serves the first request.
    private let kernelSlot = Mutex<KernelNotifier?>(nil)
    /// Listings snapshotted at opendir, by the handle handed out for them.
    private let listings = Mutex<(open: [UInt64: [DirectoryEntry]], next: UInt64)>(([:], 1))

    /// The kernel's cache of this mount, once the session exists.
    var kernel: KernelNotifier? {
        get { kernelSlot.withLock { $0 } }
        set { kernelSlot.withLock { $0 = newValue } }
    }

    init(fs: FileSystem, cacheTimeout: Double, logger: Logger) {
        self.fs = fs
        self.cacheTimeout = cacheTimeout
        log = logger
    }

    static func from(_ req: fuse_req_t?) -> FuseAdapter {
        Unmanaged<FuseAdapter>.fromOpaque(fuse_req_userdata(req)!).takeUnretainedValue()
    }

    static func caller(_ req: fuse_req_t?) -> Caller {
        let context = fuse_req_ctx(req)!.pointee
        let request = UInt(bitPattern: req)
        return Caller(uid: context.uid, gid: context.gid, thread: context.pid, supplementaryGroups: { groups(of: fuse_req_t(bitPattern: request)) })
    }

    /// The supplementary groups of the process that made the request (libfuse reads its /proc status), while the
    /// request is being answered.
    private static func groups(of req: fuse_req_t?) -> [UInt32] {
        var list = [gid_t](repeating: 0, count: 64)
        var count = fuse_req_getgroups(req, Int32(list.count), &list)
        if count > list.count {
            list = [gid_t](repeating: 0, count: Int(count))
            count = fuse_req_getgroups(req, Int32(list.count), &list)
        }
        return count > 0 ? Array(list.prefix(Int(min(count, Int32(list.count))))) : []
    }

    static func name(_ pointer: UnsafePointer<CChar>?) throws -> String {
        let length = strlen(pointer!)
        return try pointer!.withMemoryRebound(to: UInt8.self, capacity: length) {
            try Names.decode(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Runs an operation and answers the request with its error if it throws; either way it is counted as `op`.
    func reply(_ op: FuseOp, _ req: fuse_req_t?, _ body: () throws -> Void) {
        let started = DispatchTime.now().uptimeNanoseconds
        var code: Int32 = 0
        do {
            try body()
        } catch let error as FSError {
            if error.errno == EIO { log.warning("EIO", metadata: ["op": "\(op)", "error": "\(error)"]) }
            code = error.errno
            fuse_reply_err(req, code)
        } catch {
            log.error("unexpected error", metadata: ["op": "\(op)", "error": "\(error)"])
            code = EIO
            fuse_reply_err(req, code)
        }
        op.record(started: started, errno: code)
    }

    /// Answers a request that needs no work with `code` (0 for success), counted as `op`.
    static func answer(_ op: FuseOp, _ req: fuse_req_t?, _ code: Int32) {
        fuse_reply_err(req, code)
        op.record(started: DispatchTime.now().uptimeNanoseconds, errno: code)
    }

    /// getxattr and listxattr answer a size probe (size 0) with the length, and a short buffer with ERANGE.
    func replyAttribute(_ req: fuse_req_t?, _ bytes: [UInt8], size: Int) throws {
        if size == 0 { fuse_reply_xattr(req, bytes.count); return }
        guard bytes.count <= size else { throw FSError(ERANGE) }
        fuse_reply_buf(req, bytes, bytes.count)
    }

    func stat(_ attributes: Attributes) -> stat {
        var st = Glibc.stat()
        st.st_ino = UInt(attributes.ino)
        st.st_mode = Self.typeBits(attributes.type) | attributes.permissions
        st.st_rdev = UInt(attributes.rdev)
        st.st_nlink = UInt(attributes.nlink)
        st.st_uid = attributes.uid
        st.st_gid = attributes.gid
        st.st_size = off_t(attributes.size)
        st.st_blksize = 1 << 20
        st.st_blocks = blkcnt_t((attributes.size + 511) / 512)
        st.st_mtim = attributes.mtime.timespec
        st.st_atim = attributes.atime.timespec
        st.st_ctim = attributes.ctime.timespec
        return st
    }

    static func typeBits(_ type: NodeType) -> mode_t {
        switch type {
        case .directory: return S_IFDIR
        case .file(.regular): return S_IFREG
        case .file(.symlink): return S_IFLNK
        case .file(.fifo): return S_IFIFO
        case .file(.socket): return S_IFSOCK
        case .file(.characterDevice): return S_IFCHR
        case .file(.blockDevice): return S_IFBLK
        }
    }

    /// The entry for a name in `parent`.
    func entry(_ attributes: Attributes, in parent: UInt64) -> fuse_entry_param {
        entry(attributes, namesShared: fs.namesSameForEveryCaller(in: parent))
    }

    /// `namesShared`: the kernel may reuse names in the parent for every caller (FileSystem.namesSameForEveryCaller).
    func entry(_ attributes: Attributes, namesShared: Bool) -> fuse_entry_param {
        var entry = fuse_entry_param()
        entry.ino = attributes.ino
        entry.generation = 1
        entry.attr = stat(attributes)
        entry.attr_timeout = attributeTimeout(attributes)
        entry.entry_timeout = attributes.entrySameForEveryCaller && namesShared ? cacheTimeout : 0
        return entry
    }

    /// Records what the kernel may cache now, so that all of it can be dropped after changes went unheard.
    func handedOut(parent: UInt64, name: String, _ entry: fuse_entry_param) {
        guard entry.entry_timeout > 0 || entry.attr_timeout > 0 else { return }
        kernel?.handedOut(parent: parent, name: name, ino: entry.ino)
    }

    func handedOut(ino: UInt64, attributeTimeout: Double) {
        if attributeTimeout > 0 { kernel?.handedOut(ino: ino) }
    }

    /// What the kernel caches is shared by every uid; where the answer depends on the caller it caches nothing.
    func attributeTimeout(_ attributes: Attributes) -> Double {
        attributes.attributesSameForEveryCaller ? cacheTimeout : 0
    }

    // MARK: Directory listings, snapshotted at opendir so offsets stay stable while reading

    func openListing(_ entries: [DirectoryEntry]) -> UInt64 {
        listings.withLock { listings in
            let id = listings.next
            listings.next += 1
            listings.open[id] = entries
            return id
        }
    }

    func listing(_ id: UInt64) -> [DirectoryEntry]? { listings.withLock { $0.open[id] } }

    /// Listings at least this long give the allocator's free memory back when they close.
    static let bigListing = 10_000

    /// A big listing's rows and snapshot leave hundreds of megabytes free in malloc's per-thread arenas, which
    /// glibc keeps: they are handed back once the listing is closed.
    func closeListing(_ id: UInt64) {
        let closedCount = listings.withLock { $0.open.removeValue(forKey: id)?.count ?? 0 }
        if closedCount >= Self.bigListing { cfuse_release_free_memory() }
    }

    /// Fills one readdir(plus) reply from the listing snapshotted at opendir. Offsets: 1 is ".", 2 is "..",
    /// 3 + i is entry i. "." and ".." carry no entry (ino 0), so the kernel takes no reference for them.
    func listDirectory(_ req: fuse_req_t?, _ ino: UInt64, _ size: Int, _ offset: off_t, _ fi: UnsafeMutablePointer<fuse_file_info>?,
                       plus: Bool) {
        reply(plus ? .readdirplus : .readdir, req) {
            guard let entries = listing(fi!.pointee.fh) else { throw FSError.badHandle }
            let namesShared = fs.namesSameForEveryCaller(in: ino)
            var buffer = [CChar](repeating: 0, count: size)
            var used = 0
            var index = Int(offset)
            while index < entries.count + 2 {
                var e = fuse_entry_param()
                let name: String
                if index < 2 {
                    name = index == 0 ? "." : ".."
                    e.attr.st_ino = UInt(ino)
                    e.attr.st_mode = S_IFDIR
                } else {
                    name = entries[index - 2].name
                    e = entry(entries[index - 2].attributes, namesShared: namesShared)
                    if plus { handedOut(parent: ino, name: name, e) }
                }
                let needed = buffer.withUnsafeMutableBufferPointer { b in
                    plus ? fuse_add_direntry_plus(req, b.baseAddress! + used, size - used, name, &e, off_t(index + 1))
                         : fuse_add_direntry(req, b.baseAddress! + used, size - used, name, &e.attr, off_t(index + 1))
                }
                if needed > size - used { break }
                used += needed
                index += 1
            }
            fuse_reply_buf(req, buffer, used)
        }
    }
}
