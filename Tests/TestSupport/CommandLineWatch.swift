import Foundation

/// Reads every process's /proc/PID/cmdline, as any local user may, over and over while a command runs: which of
/// the given programs were seen, and whether any command line held the secret.
public final class CommandLineWatch: @unchecked Sendable {
    private let secret: String
    private let programs: [String]
    private let lock = NSLock()
    private var running = true
    private var leaked: Set<String> = []
    private var seen: Set<String> = []
    private let done = DispatchSemaphore(value: 0)

    public init(secret: String, programs: [String]) {
        self.secret = secret
        self.programs = programs
        Thread { [self] in
            while lock.withLock({ running }) { scan() }
            done.signal()
        }.start()
    }

    /// Stops watching: the command lines that held the secret, and the programs seen.
    public func stop() -> (leaked: Set<String>, seen: Set<String>) {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { (leaked, seen) }
    }

    private func scan() {
        for pid in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] where pid.allSatisfy(\.isNumber) {
            guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { continue }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            let program = programs.first { line.contains($0) }
            lock.withLock {
                if let program { seen.insert(program) }
                if line.contains(secret) { leaked.insert(line) }
            }
        }
    }
}
