import Foundation
import MeetingCore

/// Keeps refused and failed operations from flooding the audit log (and its spill file): a uid that asks for the
/// same thing again and again, or scans the tree, gets its first rows written as they come and the rest counted.
/// Within a minute from its first refusal, a uid has `rowsPerMinute` rows of its own; a repeat of one (action,
/// path, result) is only counted, and so is everything past the budget. When the minute ends, one row per repeated
/// thing says how often it came again, and one row how many other refusals went unwritten. A value: the audit
/// writer owns it under its lock.
struct RefusalThrottle {
    package static let window: TimeInterval = 60
    let rowsPerMinute: Int

    private struct Thing: Hashable {
        let action: String
        let path: String
        let result: String
    }

    private struct Minute {
        let start: Date
        let first: AuditEvent
        var written = 0
        var repeats: [Thing: (first: AuditEvent, count: Int)] = [:]
        var overBudget = 0
    }

    private var minutes: [UInt32: Minute] = [:]

    package init(rowsPerMinute: Int = 100) { self.rowsPerMinute = rowsPerMinute }

    /// The event to write now, or nil when it is only counted. Events that succeeded always pass.
    mutating func admit(_ event: AuditEvent, now: Date = Date()) -> AuditEvent? {
        guard event.result != "ok" else { return event }
        let thing = Thing(action: event.action, path: event.path, result: event.result)
        var minute = minutes[event.uid] ?? Minute(start: now, first: event)
        defer { minutes[event.uid] = minute }
        if let seen = minute.repeats[thing] {
            minute.repeats[thing] = (seen.first, seen.count + 1)
            return nil
        }
        guard minute.written < rowsPerMinute else {
            minute.overBudget += 1
            return nil
        }
        minute.written += 1
        minute.repeats[thing] = (event, 0)
        return event
    }

    /// The rows that close every minute that has ended: how often each thing came again, and how many other
    /// refusals were not written one by one.
    mutating func closeEnded(now: Date = Date()) -> [AuditEvent] {
        var rows: [AuditEvent] = []
        for (uid, minute) in minutes where now.timeIntervalSince(minute.start) >= Self.window {
            minutes[uid] = nil
            let since = ISO8601DateFormatter().string(from: minute.start)
            for (_, seen) in minute.repeats where seen.count > 0 {
                let first = seen.first
                rows.append(AuditEvent(uid: uid, userId: first.userId, userName: first.userName, action: first.action,
                                       path: first.path, bytes: Int64(seen.count),
                                       detail: "repeated \(seen.count) more times in the minute from \(since)", result: first.result))
            }
            if minute.overBudget > 0 {
                rows.append(AuditEvent(uid: uid, userId: minute.first.userId, userName: minute.first.userName,
                                       action: "refusals-not-itemized", path: "", bytes: Int64(minute.overBudget),
                                       detail: "\(minute.overBudget) more refused or failed operations in the minute from \(since), past \(rowsPerMinute) rows",
                                       result: minute.first.result))
            }
        }
        return rows
    }

    /// Everything still counted, as if every minute had ended (the mount is ending).
    package mutating func closeAll() -> [AuditEvent] { closeEnded(now: .distantFuture) }
}
