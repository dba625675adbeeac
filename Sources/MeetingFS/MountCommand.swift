import ArgumentParser
import CFuse
import Foundation
import Logging
import MeetingFileSystem
import MeetingOperations

struct MountCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mount", abstract: "Mount the meeting storage at MOUNTPOINT.",
        discussion: """
            Checks PostgreSQL, the schema, the S3 credentials and the bucket first; returns once mounted, the daemon \
            serving in the background (--foreground for systemd). Unmount with umount or fusermount3 -u.
            Examples:
              meetingfs mount /mnt/meetings --config /etc/meetingfs/config.yaml
              meetingfs mount /mnt/meetings --foreground --metrics-listen 127.0.0.1:9464
            """)

    @Argument(help: "An existing empty directory.")
    var mountpoint: String

    @OptionGroup var stack: StackOptions

    @Flag(name: .shortAndLong, help: "Stay in the foreground (default: return once mounted, serve in the background).")
    var foreground = false

    @Option(name: .short, help: "FUSE mount options, comma separated (e.g. -o allow_other,ro; default: the config file's mount.options).")
    var options: [String] = []

    @Option(help: "Log file of the background daemon (default: the config file's mount.log_file, else <cache-dir>/meetingfs.log).")
    var logFile: String?

    @Option(help: "Seconds the kernel caches names and attributes, and the daemon the rows it read; other mounts' changes drop them at once (default: mount.attr_timeout, else 60).")
    var attrTimeout: Double?

    @Option(help: "MiB of memory for chunk buffers: recent chunks, fetches in flight, queued cache writes (default: mount.read_buffer_mib, else 256).")
    var readBufferMib: Int?

    @Option(help: "Kernel read-ahead of the mount in KiB, set through /sys/class/bdi as root (default: mount.read_ahead_kb, else 4096).")
    var readAheadKb: Int?

    @Option(help: "FUSE worker threads (default: mount.threads, else 16).")
    var threads: UInt32?

    @Option(help: "Seconds a new temp area lives after its last write; gc removes it then (default: the config file's lifecycle.temp.ttl, else 24 h).")
    var tempTtl: Double?

    @Option(help: "Seconds a replaced or deleted version stays readable before its object is deleted (default: the config file's lifecycle.deletion_grace, else 600).")
    var deletionGrace: Double?

    @Option(help: "Seconds between the gc rounds this mount runs when no other mount or command holds the gc lock (default: the config file's lifecycle.gc_interval, else 3600).")
    var gcInterval: Double?

    @Option(help: "Log level: trace, debug, info, notice, warning, error (default: mount.log_level, else info).")
    var logLevel: String?

    @Option(help: "Size past which the background daemon's log file becomes <log-file>.1 and starts anew, e.g. 16M (default: mount.log_max_size, else 16M).")
    var logMaxSize: String?

    @Option(help: "Serve Prometheus metrics at http://ADDR/metrics, e.g. 127.0.0.1:9464 (default: mount.metrics_listen, else none).")
    var metricsListen: String?

    @Option(help: "Connections the metrics server holds at once; more are closed as they come and counted (default 64).")
    var metricsMaxConnections = 64

    @Option(help: "The storage capacity, e.g. 2T, reported as meetingfs_capacity_bytes for the capacity alert (default: mount.capacity).")
    var capacity: String?

    /// A mount setting's text: the flag, else the config file's `mount.<key>` (the file checked its kind).
    private func setting(_ flag: String?, _ key: String) throws -> String? {
        try flag ?? stack.configFile()?.values["mount.\(key)"]
    }

    /// A mount setting: the flag, else the config file's `mount.<key>`, else the default.
    private func setting<T>(_ flag: T?, _ key: String, _ parse: (String) -> T?, default fallback: T) throws -> T {
        try flag ?? setting(nil, key).flatMap(parse) ?? fallback
    }

    func run() throws {
        let settings = try stack.settings()
        let policy = try stack.policy()
        // Long, because every change another session commits is announced and dropped from the caches at once
        // (schema v7, ChangeListener); the timeout only bounds what a lost announcement could leave stale.
        let attrTimeout = try setting(attrTimeout, "attr_timeout", Double.init, default: 60)
        let readBufferMib = try setting(readBufferMib, "read_buffer_mib", { Int($0) }, default: 256)
        let readAheadKb = try setting(readAheadKb, "read_ahead_kb", { Int($0) }, default: 4096)
        let threads = try setting(threads, "threads", { UInt32($0) }, default: 16)
        let logLevel = try setting(logLevel, "log_level") ?? "info"
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("log level '\(logLevel)' is not one of trace, debug, info, notice, warning, error")
        }
        let options = try options.isEmpty ? stack.configFile()?.lists["mount.options"] ?? [] : options
        let logBytes = try positiveSize(try setting(logMaxSize, "log_max_size") ?? "16M", "log size", example: "512K or 16M")
        if let gcInterval, gcInterval < 1 { throw ValidationError("--gc-interval must be at least 1 second") }
        if metricsMaxConnections < 1 { throw ValidationError("--metrics-max-connections must be at least 1") }
        let metricsListen = try setting(metricsListen, "metrics_listen")
        let capacity = try setting(capacity, "capacity").map { try positiveSize($0, "capacity", example: "500G or 2T") }
        let path = URL(fileURLWithPath: mountpoint).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            // A daemon killed without unmounting leaves its mount point answering ENOTCONN.
            var status = stat()
            if stat(path, &status) != 0 && errno == ENOTCONN || Daemon.mountType(at: path) != nil {
                throw CommandError("mountpoint \(path) is left from a mount whose daemon died: unmount it first (fusermount3 -u \(path))")
            }
            throw CommandError("mountpoint \(path) is not an existing directory")
        }
        // A second mount would stack on the first and hide it.
        if let type = Daemon.mountType(at: path) {
            throw CommandError("\(path) is already a mount point (\(type)): unmount it first (fusermount3 -u \(path))")
        }
        let fuseOptions = options.flatMap { $0.split(separator: ",").map(String.init) }
        // fusermount3 would refuse it after every check below, in words about its own configuration.
        if getuid() != 0, fuseOptions.contains(where: { $0 == "allow_other" || $0 == "allow_root" }), !FuseConf.allowsOtherUsers() {
            throw CommandError("-o allow_other needs the line 'user_allow_other' in \(FuseConf.path) when not mounting as root (add it, or mount as root)")
        }
        // Before the first S3 or PostgreSQL call: the store's metric handles are made at first use.
        let metrics = foreground ? metricsListen.map { _ in MetricsServer(capacity: capacity) } : nil
        // Both services and the local key are checked before anything is mounted, so a wrong setting is one clear
        // line and exit 1.
        _ = try settings.localKey.load()
        try settings.preflight()
        if !foreground {
            return try Daemon.start(mountpoint: path, settings: settings,
                                    logFile: try setting(logFile, "log_file") ?? settings.cacheDirectory.appendingPathComponent("meetingfs.log").path)
        }

        // Large buffers (chunks beyond the pools' spares, ranged reads, request and response bodies) come and go on
        // many threads; served by mmap, freed ones go back to the kernel at once instead of piling up in per-thread
        // malloc arenas, so RSS follows the buffers actually live.
        cfuse_mmap_large_buffers(256 << 10)
        LogRotation.start(limit: logBytes)
        var logger = Logger(label: "meetingfs")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        var tuning = FileSystemConfig(stagingDirectory: settings.cacheDirectory.appendingPathComponent("staging"),
                                      localKey: try settings.localKey.load())
        tuning.readMemoryBudget = readBufferMib << 20
        tuning.links = try settings.links()
        tuning.listingTTL = attrTimeout
        tuning.tempAreaTTL = tempTtl ?? policy.tempTTL
        tuning.lifecycle = policy
        let fs = try settings.makeFileSystem(config: tuning, logger: logger)
        defer { fs.shutdown() }
        let changes = fs.listenForChanges()
        defer { changes.stop() }
        if let metrics, let metricsListen {
            try metrics.start(address: metricsListen, fs: fs, limits: ConnectionLimits(server: "metrics", maxConnections: metricsMaxConnections),
                              logger: logger)
        }
        let grace = deletionGrace ?? policy.deletionGrace
        settings.makeReaper(grace: grace, logger: logger)
            .start(every: min(60, max(1, grace / 2)), collecting: settings.makeUploadCollector(logger: logger))
        settings.makeGarbageCollector(policy: policy, grace: grace, logger: logger)
            .start(every: gcInterval ?? policy.gcInterval, pool: settings.makePool(capacity: 1))
        var mountOptions = ["fsname=meetingfs", "subtype=meetingfs"] + fuseOptions
        // The daemon checks every caller itself (design §6), so other users must reach it.
        if getuid() == 0 && !mountOptions.contains("allow_other") { mountOptions.append("allow_other") }
        try FuseSession.run(fs: fs, mountpoint: path, options: mountOptions, threads: threads, cacheTimeout: attrTimeout,
                            readAheadKiB: readAheadKb, logger: logger)
    }
}

/// Background mode: the same command re-run in the foreground as a child; the parent returns once the mount is
/// there, or fails with the child's log if it never appears. Secrets reach the child through its environment,
/// never its command line (which anyone may read in /proc).
enum Daemon {
    static func start(mountpoint: String, settings: Settings, logFile: String) throws {
        try FileManager.default.createDirectory(atPath: (logFile as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: logFile, contents: nil)
        guard let log = FileHandle(forWritingAtPath: logFile) else { throw CommandError("cannot write \(logFile)") }
        log.seekToEndOfFile()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        child.arguments = withoutSecrets(Array(CommandLine.arguments.dropFirst())) + ["--foreground"]
        var environment = ProcessInfo.processInfo.environment
        environment["MEETINGFS_S3_SECRET_KEY"] = settings.s3.secretKey
        environment["MEETINGFS_POSTGRES_URL"] = settings.postgresURL
        // Resolved above: the child needs no files, and a password file could not add its password twice.
        environment["MEETINGFS_S3_SECRET_KEY_FILE"] = nil
        environment["MEETINGFS_POSTGRES_PASSWORD_FILE"] = nil
        environment[LogRotation.variable] = logFile
        child.environment = environment
        child.standardInput = FileHandle.nullDevice
        child.standardOutput = log
        child.standardError = log
        try child.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if isMounted(mountpoint) {
                print("meetingfs: mounted at \(mountpoint) (pid \(child.processIdentifier), log \(logFile))")
                return
            }
            if !child.isRunning { break }
            usleep(100_000)
        }
        if child.isRunning { child.terminate() }
        let tail = (try? String(contentsOfFile: logFile, encoding: .utf8))?.split(separator: "\n").suffix(10).joined(separator: "\n") ?? ""
        throw CommandError("mount did not come up; last lines of \(logFile):\n\(tail)")
    }

    /// The arguments without the options that carry secrets (a URL may hold a password), nor the secret files
    /// already read.
    static func withoutSecrets(_ arguments: [String]) -> [String] {
        let dropped: Set<String> = ["--s3-secret-key", "--postgres-url", "--s3-secret-key-file", "--postgres-password-file"]
        var kept: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if dropped.contains(argument) { skipNext = true; continue }
            if dropped.contains(where: { argument.hasPrefix($0 + "=") }) { continue }
            kept.append(argument)
        }
        return kept
    }

    static func isMounted(_ path: String) -> Bool { mountType(at: path) == "fuse.meetingfs" }

    /// The type of the file system mounted at `path` (the topmost), if one is.
    static func mountType(at path: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return nil }
        return table.split(separator: "\n").last { line in
            let fields = line.split(separator: " ")
            return fields.count > 4 && fields[4] == path
        }.flatMap { $0.components(separatedBy: " - ").last?.split(separator: " ").first.map(String.init) }
    }
}

/// /etc/fuse.conf, as fusermount3 reads it.
enum FuseConf {
    static let path = "/etc/fuse.conf"

    /// Whether users other than root may mount with allow_other: a line `user_allow_other` by itself.
    static func allowsOtherUsers() -> Bool {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
        return text.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "user_allow_other" }
    }
}
