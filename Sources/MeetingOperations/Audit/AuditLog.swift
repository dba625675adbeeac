import Foundation
import Synchronization
import Logging
import MeetingCore
import MeetingCatalog

/// The mount's audit trail: events queue in memory (bounded) and a background thread writes them to audit_log
/// in batches, at most `interval` late, so no file system operation waits for an audit insert. While PostgreSQL
/// is unreachable batches go to an append-only spill file and are replayed, in order, once it answers again.
/// If even the spill file cannot be written (disk full), the events are counted and the count is written to
/// audit_log as one `audit-lost` row as soon as possible, and logged at once: a gap is never silent.
public final class AuditLog: AuditSink, Sendable {
    private let metadata: PostgresCatalog
    private let spill: AuditSpill
    private let log: Logger
    private let capacity: Int
    private let interval: TimeInterval
    /// What the writer thread has to do.
    private struct Pending {
        var queue: [AuditEvent] = []
        /// Refusals past what one uid may write in a minute are counted, not queued.
        var throttle = RefusalThrottle()
        var stopping = false
    }

    private let pending = ConditionBox(Pending())
    private let stopped = DispatchSemaphore(value: 0)
    /// Events that reached neither PostgreSQL nor the spill file. Held while the spill file is used: the writer
    /// thread replays while a full queue may spill.
    private let lost = Mutex(0)

    init(metadata: PostgresCatalog, spill: AuditSpill, logger: Logger, capacity: Int = 50_000, interval: TimeInterval = 0.5) {
        self.metadata = metadata
        self.spill = spill
        log = logger
        self.capacity = capacity
        self.interval = interval
        let thread = Thread { [self] in run() }
        thread.name = "audit-writer"
        thread.start()
    }

    public func record(_ event: AuditEvent) {
        let overflow: [AuditEvent] = pending.withLock { pending in
            guard let event = pending.throttle.admit(event) else { return [] }
            pending.queue.append(event)
            guard pending.queue.count >= capacity else { return [] }
            defer { pending.queue = [] }
            return pending.queue
        }
        if !overflow.isEmpty { lost.withLock { keep(overflow, lost: &$0) } }
    }

    /// Writes what is queued and stops the writer (the mount is ending).
    public func close() {
        pending.withLock(wake: true) { $0.stopping = true }
        stopped.wait()
    }

    private func run() {
        while true {
            let done = pending.wait(until: Date().addingTimeInterval(interval), for: \.stopping) { pending, _ in pending.stopping }
            flush()
            if done { break }
        }
        stopped.signal()
    }

    /// Replays spilled events first (they are older), then writes the queue; whatever cannot be written is spilled.
    private func flush() {
        lost.withLock { lost in
            let batch = pending.withLock { pending in
                defer { pending.queue = [] }
                return pending.queue + (pending.stopping ? pending.throttle.closeAll() : pending.throttle.closeEnded())
            }
            guard replaySpilled(), writeLostCount(&lost) else {
                if !batch.isEmpty { keep(batch, lost: &lost) }
                return
            }
            if !batch.isEmpty && !write(batch) { keep(batch, lost: &lost) }
        }
    }

    private func replaySpilled() -> Bool {
        for file in spill.pendingFiles() {
            let events = spill.events(in: file)
            guard write(events) else { return false }
            spill.remove(file)
            log.notice("audit: replayed the events spilled while PostgreSQL was unreachable", metadata: ["events": "\(events.count)"])
        }
        return true
    }

    private func writeLostCount(_ lost: inout Int) -> Bool {
        guard lost > 0 else { return true }
        let gap = AuditEvent(uid: getuid(), userId: nil, userName: nil, action: "audit-lost", path: "", bytes: Int64(lost),
                             detail: "events that could be written neither to PostgreSQL nor to the spill file", result: "EIO")
        guard write([gap]) else { return false }
        lost = 0
        return true
    }

    private func write(_ events: [AuditEvent]) -> Bool {
        do {
            for start in stride(from: 0, to: events.count, by: 200) {
                try metadata.insertAudit(Array(events[start..<min(start + 200, events.count)]))
            }
            return true
        } catch let error as DatabaseError where error.isDataException {
            // The server refuses what a row holds, not the connection: retried whole, the batch would be refused
            // again and hold every later event back. Each is written alone; one refused alone is described.
            return events.allSatisfy(writeAlone)
        } catch {
            log.warning("audit: cannot write to PostgreSQL, spilling", metadata: ["error": "\(error)"])
            return false
        }
    }

    private func writeAlone(_ event: AuditEvent) -> Bool {
        do {
            try metadata.insertAudit([event])
            return true
        } catch let error as DatabaseError where error.isDataException {
            log.error("audit: PostgreSQL refused an event; recording it as audit-rejected", metadata: ["error": "\(error.message)"])
            let stand = AuditEvent(uid: 0, userId: nil, userName: nil, action: "audit-rejected", path: event.path,
                                   bytes: event.bytes, detail: "PostgreSQL refused this row (\(error.message)): uid \(event.uid), "
                                       + "action \(event.action), detail \(event.detail ?? "")", result: event.result)
            return (try? metadata.insertAudit([stand])) != nil
        } catch {
            return false
        }
    }

    /// Called with `lost` held, which the spill file goes with.
    private func keep(_ events: [AuditEvent], lost: inout Int) {
        do {
            try spill.append(events)
        } catch {
            lost += events.count
            log.critical("audit: \(events.count) events lost (\(lost) in all), the spill file cannot be written: \(error)")
        }
    }
}
