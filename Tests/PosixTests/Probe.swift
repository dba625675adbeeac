import Foundation

/// Runs file operations under one directory and writes down what each answered (the error text, the attributes,
/// the bytes), so that two file systems given the same operations can be compared line by line. Paths are
/// relative to the directory. Times are written down only as what a local disk makes exact: the value after an
/// explicit utimensat, and whether an operation changed them.
final class Probe {
    let base: String
    private(set) var lines: [String] = []
    private var marked: [String: (mtime: Int64, ctime: Int64)] = [:]
    /// Who runs the case, the users it may act as, and how the process becomes one of them.
    private let owner: PosixCase.Who
    let users: [PosixCase.Who: PosixCase.Identity]
    private let become: (PosixCase.Identity) -> Void

    init(base: String, acting owner: PosixCase.Who, users: [PosixCase.Who: PosixCase.Identity],
         become: @escaping (PosixCase.Identity) -> Void) {
        self.base = base
        self.owner = owner
        self.users = users
        self.become = become
    }

    /// Runs `body` as `who`, then as the case's own user again; the transcript says who acted.
    func `as`(_ who: PosixCase.Who, _ body: () -> Void) {
        lines.append("as \(who):")
        become(users[who]!)
        defer { become(users[owner]!) }
        body()
    }

    /// Executes the file (posix_spawn) and writes down the exec's refusal or the program's exit status.
    func execute(_ p: String) {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path(p)), nil]
        defer { argv.forEach { free($0) } }
        let result = posix_spawn(&pid, path(p), nil, nil, argv, environ)
        guard result == 0 else { lines.append("execute \(p): \(String(cString: strerror(result)))"); return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        lines.append("execute \(p): exit \((status >> 8) & 0xff)")
    }

    /// access(2) of a path for `mode` (R_OK, W_OK, X_OK, F_OK).
    func access(_ p: String, _ mode: Int32) { outcome("access \(p) \(mode)", Glibc.access(path(p), mode)) }

    func path(_ relative: String) -> String { relative.isEmpty ? base : "\(base)/\(relative)" }

    func note(_ line: String) { lines.append(line) }

    /// Writes down a call's outcome: "ok", or the text of its errno.
    @discardableResult
    func outcome(_ what: String, _ result: Int32) -> Bool {
        lines.append("\(what): \(result == -1 ? String(cString: strerror(errno)) : "ok")")
        return result != -1
    }

    // MARK: Names

    func mkdir(_ p: String, _ mode: mode_t = 0o755) { outcome("mkdir \(p)", Glibc.mkdir(path(p), mode)) }
    func rmdir(_ p: String) { outcome("rmdir \(p)", Glibc.rmdir(path(p))) }
    func unlink(_ p: String) { outcome("unlink \(p)", Glibc.unlink(path(p))) }
    func rename(_ a: String, _ b: String) { outcome("rename \(a) \(b)", Glibc.rename(path(a), path(b))) }
    func link(_ existing: String, _ p: String) { outcome("link \(existing) \(p)", Glibc.link(path(existing), path(p))) }
    func symlink(_ target: String, _ p: String) { outcome("symlink \(target.prefix(40)) \(p)", Glibc.symlink(target, path(p))) }
    func mkfifo(_ p: String, _ mode: mode_t = 0o644) { outcome("mkfifo \(p)", Glibc.mkfifo(path(p), mode)) }
    func mknod(_ p: String, _ mode: mode_t, _ device: dev_t = 0) { outcome("mknod \(p) \(String(mode, radix: 8))", Glibc.mknod(path(p), mode, device)) }

    func readlink(_ p: String) {
        var buffer = [CChar](repeating: 0, count: 8192)
        let count = Glibc.readlink(path(p), &buffer, buffer.count)
        guard count >= 0 else { outcome("readlink \(p)", -1); return }
        let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        lines.append("readlink \(p): \(target.count > 60 ? "\(target.utf8.count) bytes" : target)")
    }

    /// A socket bound at `p` (a name relative to the directory: sun_path is short, so the bind runs in it).
    func bindSocket(_ p: String) {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        let previous = FileManager.default.currentDirectoryPath
        defer { _ = chdir(previous) }
        _ = chdir(base)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in p.utf8.enumerated() where i < raw.count - 1 { raw[i] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        outcome("bind \(p)", result)
    }

    // MARK: Attributes

    func chmod(_ p: String, _ mode: mode_t) { outcome("chmod \(p) \(String(mode, radix: 8))", Glibc.chmod(path(p), mode)) }
    func chown(_ p: String, _ uid: uid_t, _ gid: gid_t) { outcome("chown \(p) \(Int32(bitPattern: uid)) \(Int32(bitPattern: gid))", Glibc.chown(path(p), uid, gid)) }
    func lchown(_ p: String, _ uid: uid_t, _ gid: gid_t) { outcome("lchown \(p) \(uid) \(gid)", Glibc.lchown(path(p), uid, gid)) }
    func truncate(_ p: String, _ size: off_t) { outcome("truncate \(p) \(size)", Glibc.truncate(path(p), size)) }

    /// utimensat with an access and a modification time each given, UTIME_NOW or UTIME_OMIT (as tv_nsec).
    func utimens(_ p: String, atime: timespec, mtime: timespec, noFollow: Bool = false) {
        var times = [atime, mtime]
        outcome("utimensat \(p) \(Self.describe(atime)) \(Self.describe(mtime))\(noFollow ? " nofollow" : "")",
                utimensat(AT_FDCWD, path(p), &times, noFollow ? AT_SYMLINK_NOFOLLOW : 0))
    }

    private static func describe(_ time: timespec) -> String {
        switch time.tv_nsec {
        case Self.utimeNow: return "now"
        case Self.utimeOmit: return "omit"
        default: return "\(time.tv_sec).\(time.tv_nsec)"
        }
    }

    /// The attributes a local disk and the mount must agree on (a directory's size is the file system's own).
    func stat(_ p: String, follow: Bool = true) {
        var st = Glibc.stat()
        let what = "\(follow ? "stat" : "lstat") \(p)"
        let result = follow ? statFollowingLinks(path(p), &st) : Glibc.lstat(path(p), &st)
        guard result == 0 else { outcome(what, -1); return }
        lines.append("\(what): \(Self.attributes(st))")
    }

    func lstat(_ p: String) { stat(p, follow: false) }

    static func attributes(_ st: Glibc.stat) -> String {
        let types: [mode_t: String] = [S_IFREG: "file", S_IFDIR: "dir", S_IFLNK: "symlink", S_IFIFO: "fifo",
                                       S_IFSOCK: "socket", S_IFCHR: "chardev", S_IFBLK: "blockdev"]
        let type = types[st.st_mode & S_IFMT] ?? "?"
        var text = "\(type) \(String(st.st_mode & 0o7777, radix: 8)) links=\(st.st_nlink) uid=\(st.st_uid) gid=\(st.st_gid)"
        if type != "dir" { text += " size=\(st.st_size)" }
        if type == "chardev" || type == "blockdev" { text += " rdev=\(Self.major(st.st_rdev)),\(Self.minor(st.st_rdev))" }
        return text
    }

    /// The exact access and modification times (after an explicit utimensat, the file system must keep each to the
    /// nanosecond; nothing between may read the node, which a local disk's relatime would count as an access).
    func times(_ p: String) {
        var st = Glibc.stat()
        guard Glibc.lstat(path(p), &st) == 0 else { outcome("times \(p)", -1); return }
        lines.append("times \(p): atime \(st.st_atim.tv_sec).\(st.st_atim.tv_nsec) mtime \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)")
    }

    enum Time: String { case atime, mtime }

    /// Whether the access or modification time is within the moments just before and after `body` (UTIME_NOW, a
    /// write).
    func isNow(_ time: Time, of p: String, during body: () -> Void) {
        let before = Self.coarseNow()
        body()
        var st = Glibc.stat()
        Glibc.lstat(path(p), &st)
        let after = Self.preciseNow()
        let value = Self.nanoseconds(time == .atime ? st.st_atim : st.st_mtim)
        lines.append("\(time) of \(p) is now: \(value >= before && value <= after)")
    }

    /// Remembers the times of these paths, then waits until the clock a local disk stamps with (coarse: a tick)
    /// has moved past them, so a change made next shows as one.
    func markTimes(_ paths: String...) {
        for p in paths {
            var st = Glibc.stat()
            Glibc.lstat(path(p), &st)
            marked[p] = (Self.nanoseconds(st.st_mtim), Self.nanoseconds(st.st_ctim))
        }
        let latest = marked.values.map { max($0.mtime, $0.ctime) }.max() ?? 0
        let deadline = Self.preciseNow() + 2_000_000_000
        while Self.coarseNow() <= latest && Self.preciseNow() < deadline { sched_yield() }
    }

    /// Writes down whether each path's mtime and ctime changed since `markTimes`.
    func timesChanged(_ paths: String...) {
        for p in paths { timesChanged(p, markedAs: p) }
    }

    /// The same for a node marked under another name (before it was renamed).
    func timesChanged(_ p: String, markedAs old: String) {
        guard let before = marked[old] else { preconditionFailure("\(old) was not marked") }
        var st = Glibc.stat()
        guard Glibc.lstat(path(p), &st) == 0 else { outcome("times of \(p)", -1); return }
        let mtime = Self.nanoseconds(st.st_mtim) != before.mtime ? "changed" : "kept"
        let ctime = Self.nanoseconds(st.st_ctim) != before.ctime ? "changed" : "kept"
        lines.append("\(p): mtime \(mtime), ctime \(ctime)")
    }

    /// utimensat's special tv_nsec values and open's O_PATH (C macros Swift does not import).
    static let utimeNow = (1 << 30) - 1, utimeOmit = (1 << 30) - 2
    static let pathOnly: Int32 = 0o10000000

    static func time(_ seconds: Int, _ nanoseconds: Int) -> timespec { timespec(tv_sec: seconds, tv_nsec: nanoseconds) }
    static let now = timespec(tv_sec: 0, tv_nsec: utimeNow)
    static let omit = timespec(tv_sec: 0, tv_nsec: utimeOmit)

    /// Linux's dev_t encoding (sys/sysmacros.h).
    static func makeDevice(_ major: UInt64, _ minor: UInt64) -> dev_t {
        dev_t((minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12) | ((major & ~0xfff) << 32))
    }

    static func major(_ device: dev_t) -> UInt64 { (UInt64(device) >> 8) & 0xfff | (UInt64(device) >> 32) & ~0xfff }
    static func minor(_ device: dev_t) -> UInt64 { UInt64(device) & 0xff | (UInt64(device) >> 12) & ~0xff }

    static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    static func coarseNow() -> Int64 { now(CLOCK_REALTIME_COARSE) }
    static func preciseNow() -> Int64 { now(CLOCK_REALTIME) }

    private static func now(_ clock: clockid_t) -> Int64 {
        var t = timespec()
        clock_gettime(clock, &t)
        return nanoseconds(t)
    }

    // MARK: Contents

    /// Writes `text` into a file (created with `mode` if missing), through one descriptor opened with `flags`.
    func write(_ p: String, _ text: String, flags: Int32 = O_WRONLY | O_CREAT | O_TRUNC, mode: mode_t = 0o644) {
        let fd = open(p, flags, mode)
        guard outcome("open \(p) for writing", fd) else { return }
        let written = text.utf8CString.dropLast().withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        outcome("write \(p) \(text.utf8.count) bytes", written == text.utf8.count ? 0 : -1)
        outcome("close \(p)", close(fd))
    }

    func open(_ p: String, _ flags: Int32, _ mode: mode_t = 0o644) -> Int32 {
        Glibc.open(path(p), flags, mode)
    }

    /// Tries an open and closes what it got.
    func tryOpen(_ p: String, _ flags: Int32, _ label: String) {
        let fd = open(p, flags)
        outcome("open \(p) \(label)", fd)
        if fd >= 0 { close(fd) }
    }

    /// A file's contents (zero bytes shown as "\0"), or the error reading it.
    func contents(_ p: String) {
        let fd = open(p, O_RDONLY)
        guard fd >= 0 else { outcome("read \(p)", -1); return }
        defer { close(fd) }
        lines.append("contents \(p): \(Self.read(fd))")
    }

    static func read(_ fd: Int32) -> String {
        guard let bytes = readAll(fd) else { return String(cString: strerror(errno)) }
        return bytes.count > 200 ? "\(bytes.count) bytes, \(bytes.reduce(0) { $0 &+ Int($1) }) sum"
            : String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\0", with: "\\0")
    }

    /// Everything left to read from a descriptor; nil if a read fails (errno says why).
    static func readAll(_ fd: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(fd, &buffer, buffer.count)
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += buffer[0..<count]
        }
    }

    /// The names a directory lists, sorted, without "." and "..".
    func list(_ p: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path(p)) else { outcome("list \(p)", -1); return }
        lines.append("list \(p): \(names.sorted().joined(separator: " "))")
    }

    /// Whether two paths name the same inode (a directory's ".." after it moved).
    func sameNode(_ a: String, _ b: String) {
        var x = Glibc.stat(), y = Glibc.stat()
        guard Glibc.lstat(path(a), &x) == 0, Glibc.lstat(path(b), &y) == 0 else { outcome("same \(a) \(b)", -1); return }
        lines.append("\(a) is \(b): \(x.st_ino == y.st_ino && x.st_dev == y.st_dev)")
    }
}

/// stat(2) (inside Probe the name is the method's).
private func statFollowingLinks(_ path: String, _ st: inout Glibc.stat) -> Int32 { stat(path, &st) }
