import Foundation
import Logging
import MeetingCore

/// A process as it can be recognized again: host, pid, and the pid's start time (a reused pid starts later).
public struct ProcessIdentity: Sendable, Equatable {
    public let host: String
    public let pid: Int32
    /// Start time in clock ticks since boot (/proc/PID/stat, field 22).
    public let startTicks: Int64

    public static var current: ProcessIdentity {
        ProcessIdentity(host: ProcessInfo.processInfo.hostName, pid: getpid(), startTicks: startTicks(of: getpid()) ?? 0)
    }

    /// Whether the process certainly no longer runs: only a process on this host can be checked.
    public var isGone: Bool {
        guard host == ProcessInfo.processInfo.hostName else { return false }
        return Self.startTicks(of: pid) != startTicks
    }

    static func startTicks(of pid: Int32) -> Int64? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the command name (which may hold spaces) start at field 3.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        return fields.count > 19 ? Int64(fields[19]) : nil
    }
}

/// This mount's row in `mounts`, kept alive by a heartbeat. Its uploading rows and reservations carry its id; once
/// the heartbeat stops for `PostgresCatalog.leaseTTL` (or the process is gone, seen from the same host), gc and the
/// other mounts treat them as abandoned.
public final class MountLease: Sendable {
    public static let heartbeatInterval: TimeInterval = 5
    public let id = UUID()
    private let catalog: any Catalog
    private let log: Logger
    private let stopped = DispatchSemaphore(value: 0)

    package init(catalog: any Catalog, logger: Logger) throws {
        self.catalog = catalog
        log = logger
        try catalog.registerMount(id: id, process: .current)
        Telemetry.leaseRenewed.record(Date().timeIntervalSince1970)
    }

    /// Beats on a background thread until `release`.
    public func startHeartbeat() {
        let thread = Thread { [self] in
            while stopped.wait(timeout: .now() + Self.heartbeatInterval) == .timedOut {
                do {
                    try catalog.heartbeat(mountId: id, process: .current)
                    Telemetry.leaseRenewed.record(Date().timeIntervalSince1970)
                } catch { log.warning("mount lease heartbeat failed", metadata: ["error": "\(error)"]) }
            }
        }
        thread.name = "meetingfs-lease"
        thread.start()
    }

    /// A clean unmount gives the lease up.
    public func release() {
        stopped.signal()
        do { try catalog.removeMount(id: id) } catch { log.warning("mount lease not removed", metadata: ["error": "\(error)"]) }
    }
}
