import CFuse
import Foundation
import Logging
import MeetingFileSystem

/// Mounts a FileSystem with libfuse's low-level API and serves it on the multi-threaded loop until unmounted
/// or signalled.
enum FuseSession {
    static func run(fs: FileSystem, mountpoint: String, options: [String], threads: UInt32, cacheTimeout: Double,
                    readAheadKiB: Int, logger: Logger) throws {
        let adapter = FuseAdapter(fs: fs, cacheTimeout: cacheTimeout, logger: logger)
        var ops = FuseOperations.table()
        var arguments = ["meetingfs"]
        for option in options { arguments += ["-o", option] }
        let argv = arguments.map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var cArgv: [UnsafeMutablePointer<CChar>?] = argv + [nil]
        try cArgv.withUnsafeMutableBufferPointer { buffer in
            var args = fuse_args(argc: Int32(arguments.count), argv: buffer.baseAddress, allocated: 0)
            defer { fuse_opt_free_args(&args) }
            let userdata = Unmanaged.passUnretained(adapter).toOpaque()
            guard let session = fuse_session_new(&args, &ops, MemoryLayout<fuse_lowlevel_ops>.size, userdata) else {
                throw CommandError("libfuse refused the mount options \(options)")
            }
            defer { fuse_session_destroy(session) }
            guard fuse_set_signal_handlers(session) == 0 else { throw CommandError("cannot install signal handlers") }
            defer { fuse_remove_signal_handlers(session) }
            guard fuse_session_mount(session, mountpoint) == 0 else {
                throw CommandError("cannot mount at \(mountpoint) (is it an existing, empty directory, and is /dev/fuse usable?)")
            }
            defer { fuse_session_unmount(session) }
            let kernel = KernelNotifier(session: session)
            adapter.kernel = kernel
            fs.setKernelCache(kernel)
            defer { fs.setKernelCache(nil) }
            logger.info("mounted", metadata: ["mountpoint": "\(mountpoint)"])
            whenServing(mountpoint: mountpoint) { device in
                raiseKernelReadAhead(device: device, kib: readAheadKiB, logger: logger)
                SystemdNotify.send("READY=1\nSTATUS=serving \(mountpoint)")
            }
            defer { SystemdNotify.send("STOPPING=1") }
            let result = cfuse_session_loop_mt(session, threads)
            if result != 0 { logger.warning("FUSE loop ended", metadata: ["result": "\(result)"]) }
        }
        withExtendedLifetime(adapter) {}
    }
}

/// Runs `body` with the mount's device number once the kernel has processed INIT (the first stat of the mountpoint
/// waits for that): the mount serves from then on. From a helper thread, because the loop must be running to
/// answer that stat.
private func whenServing(mountpoint: String, _ body: @escaping @Sendable (String) -> Void) {
    let thread = Thread {
        var st = stat()
        guard stat(mountpoint, &st) == 0 else { return }
        body("\(cfuse_dev_major(st.st_dev)):\(cfuse_dev_minor(st.st_dev))")
    }
    thread.start()
}

/// The kernel caps a FUSE mount's read-ahead at its 128 KiB default whatever INIT asks for; only the mount's
/// backing-device setting raises it.
private func raiseKernelReadAhead(device: String, kib: Int, logger: Logger) {
    do {
        try "\(kib)".write(toFile: "/sys/class/bdi/\(device)/read_ahead_kb", atomically: false, encoding: .utf8)
        logger.info("kernel read-ahead set", metadata: ["device": "\(device)", "kib": "\(kib)"])
    } catch {
        logger.notice("kernel read-ahead left at its default (needs root)", metadata: ["error": "\(error)"])
    }
}

struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
