import Foundation
import Logging
import Synchronization
import MeetingCore

/// A committed change to a row that names something in the tree, as the `meetingfs_changes` trigger announces it
/// (schema v7): the row's table and id, and the directory and name it had before and has after (nil where the
/// row did not exist, or where the table has no parent column: meetings, users and temp areas hang off fixed roots).
public struct RowChange: Sendable, Equatable, Decodable {
    public let table: String
    public let id: Int64
    public let oldParent: UInt64?
    public let oldName: String?
    public let newParent: UInt64?
    public let newName: String?

    enum CodingKeys: String, CodingKey {
        case table, id, oldParent = "old_parent", oldName = "old_name", newParent = "new_parent", newName = "new_name"
    }

    /// The trigger sends numbers as text (inode numbers use 63 bits, which a JSON double would round).
    public init(from decoder: Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        func number<T: FixedWidthInteger>(_ key: CodingKeys) throws -> T? {
            guard let text = try fields.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let value = T(text) else { throw DecodingError.dataCorruptedError(forKey: key, in: fields, debugDescription: text) }
            return value
        }
        table = try fields.decode(String.self, forKey: .table)
        guard let id: Int64 = try number(.id) else { throw DecodingError.keyNotFound(CodingKeys.id, .init(codingPath: [], debugDescription: "id")) }
        self.id = id
        oldParent = try number(.oldParent)
        oldName = try fields.decodeIfPresent(String.self, forKey: .oldName)
        newParent = try number(.newParent)
        newName = try fields.decodeIfPresent(String.self, forKey: .newName)
    }

    package init(table: String, id: Int64, oldParent: UInt64?, oldName: String?, newParent: UInt64?, newName: String?) {
        self.table = table
        self.id = id
        self.oldParent = oldParent
        self.oldName = oldName
        self.newParent = newParent
        self.newName = newName
    }
}

/// Listens for the changes other mounts and commands commit, on a connection of its own, and hands them over in
/// batches. While it cannot listen (PostgreSQL restarting, network down) it reconnects with backoff, and after
/// each (re)connection, once LISTEN is in place, it calls `resync`: what was committed meanwhile went unheard,
/// so whatever is cached may be stale.
public final class ChangeListener: ChangeFeed, Sendable {
    public static let channel = "meetingfs_changes"

    private let url: String
    private let isOwn: @Sendable (Int32) -> Bool
    private let apply: @Sendable ([RowChange]) -> Void
    private let resync: @Sendable () -> Void
    private let log: Logger
    private let stopping = Mutex(false)
    private let wakeUp = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    /// `isOwn`: whether a sender's server process is one of this mount's connections (its own changes are known).
    public init(url: String, logger: Logger, isOwn: @escaping @Sendable (Int32) -> Bool,
                apply: @escaping @Sendable ([RowChange]) -> Void, resync: @escaping @Sendable () -> Void) {
        self.url = url
        log = logger
        self.isOwn = isOwn
        self.apply = apply
        self.resync = resync
    }

    public func start() {
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "meetingfs-changes"
        thread.start()
    }

    /// Stops listening; returns once the thread has let go of its connection (within a quarter second).
    public func stop() {
        stopping.withLock { $0 = true }
        wakeUp.signal()
        finished.wait()
    }

    private var isStopped: Bool { stopping.withLock { $0 } }

    private func run() {
        var delay = 0.1
        var lostAt: Date?
        while !isStopped {
            do {
                let connection = try PostgresConnection(url: url, statementTimeoutMs: 5000)
                try connection.listen(Self.channel)
                Telemetry.listening.record(1)
                dropEverything()
                if let lostAt { log.notice("listening for changes again: caches dropped", metadata: ["unheard_seconds": "\(Int(-lostAt.timeIntervalSinceNow))"]) }
                lostAt = nil
                delay = 0.1
                try listen(on: connection)
                return
            } catch {
                Telemetry.listening.record(0)
                if lostAt == nil {
                    lostAt = Date()
                    log.warning("not listening for changes, reconnecting", metadata: ["error": "\(error)"])
                }
                _ = wakeUp.wait(timeout: .now() + delay)
                delay = min(delay * 2, 2)
            }
        }
    }

    /// Changes may have gone unheard: everything cached is dropped, and counted.
    private func dropEverything() {
        Telemetry.resyncs.increment()
        resync()
    }

    /// Hands over what arrives until the connection fails (thrown) or `stop` (returned).
    private func listen(on connection: PostgresConnection) throws {
        let decoder = JSONDecoder()
        while !isStopped {
            let changes = try connection.notifications(waitingUpTo: 0.25).compactMap { notification -> RowChange? in
                guard !isOwn(notification.senderPid) else { return nil }
                do {
                    return try decoder.decode(RowChange.self, from: Data(notification.payload.utf8))
                } catch {
                    // Not ours to read: drop everything rather than guess what it changed.
                    log.warning("unreadable change announcement: caches dropped", metadata: ["payload": "\(notification.payload)"])
                    dropEverything()
                    return nil
                }
            }
            if !changes.isEmpty {
                apply(changes)
                Telemetry.changesApplied.increment(by: changes.count)
            }
        }
    }
}
