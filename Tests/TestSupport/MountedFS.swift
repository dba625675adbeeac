import Foundation

/// A real `meetingfs mount` of the dev stack, on its own mountpoint and its own cache directory.
public final class MountedFS {
    public let path: String
    public let cacheDirectory: String
    public private(set) var pid: Int32 = 0
    private var extraArguments: [String]
    private let unsetVariables: [String]

    /// `unsetting`: environment variables the mount command runs without (to take settings from flags instead).
    public init(cacheDirectory: String? = nil, arguments: [String] = [], unsetting: [String] = []) throws {
        path = TestStack.scratchDirectory("mnt").path
        self.cacheDirectory = cacheDirectory ?? TestStack.scratchDirectory("cache").path
        extraArguments = arguments
        unsetVariables = unsetting
        try mount()
    }

    deinit { unmount() }

    public func mount() throws {
        let command = unsetVariables.map { "env -u \($0) " }.joined()
            + ([TestStack.binary, "mount", path, "--cache-dir", cacheDirectory] + extraArguments).map { "'\($0)'" }.joined(separator: " ")
        let result = try Shell.run(command, timeout: 90)
        guard result.succeeded, let pidText = result.output.split(separator: "(pid ").last?.split(separator: ",").first,
            let pid = Int32(pidText)
        else { throw MountFailed(description: "mount failed: \(result.output) \(result.error)") }
        self.pid = pid
    }

    public func unmount() {
        guard pid != 0 else { return }
        _ = try? Shell.run("fusermount3 -u '\(path)'", timeout: 30)
        // The daemon exits once unmounted; wait for it so the next mount of the same cache does not race it.
        for _ in 0..<300 where kill(pid, 0) == 0 { usleep(20_000) }
        pid = 0
    }

    /// Kills the daemon with SIGKILL, as a crash would, and clears the dead mount so it can be mounted again.
    public func crash() {
        guard pid != 0 else { return }
        kill(pid, SIGKILL)
        for _ in 0..<500 where kill(pid, 0) == 0 { usleep(10_000) }
        _ = try? Shell.run("fusermount3 -u '\(path)' || umount -l '\(path)'", timeout: 30)
        pid = 0
    }

    /// Kernel-reported peak resident memory of the daemon, in bytes.
    public func peakRSS() throws -> Int64 {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kib = Int64(line.split(separator: " ", omittingEmptySubsequences: true)[1])
        else { throw MountFailed(description: "no VmHWM for pid \(pid)") }
        return kib * 1024
    }

    public func at(_ relative: String) -> String { "\(path)/\(relative)" }

    public struct MountFailed: Error, CustomStringConvertible {
        public let description: String
    }
}
