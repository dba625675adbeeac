import Foundation
import Logging
import MeetingCore
import MeetingObjects
import MeetingCatalog
import MeetingFileSystem

/// `meetingfs gc`, and what mounts run every gc interval: every lifecycle rule in one pass, in an order where each
/// step only ever hands objects to the later ones (trash last). One leader at a time across all mounts and
/// commands, by a PostgreSQL advisory lock. Nothing in a meeting on legal hold is touched.
public final class GarbageCollector: Sendable {
    /// What one step did, or with a dry run would do.
    public struct Step: Sendable, Codable {
        public let name: String
        /// Paths, keys or mount ids, one per thing acted on.
        public var items: [String] = []
        /// Things that failed, with why; the pass goes on with the rest (they are tried again next time).
        public var failures: [String] = []
    }

    private let metadata: PostgresCatalog
    private let objects: ObjectStore
    private let policy: LifecyclePolicy
    private let grace: TimeInterval
    /// Where each pass anchors the audit chain when it ends (nil: it does not).
    private let checkpoints: AuditCheckpoints?
    private let log: Logger

    public init(metadata: PostgresCatalog, objects: ObjectStore, policy: LifecyclePolicy, grace: TimeInterval,
                checkpoints: AuditCheckpoints? = nil, logger: Logger) {
        self.metadata = metadata
        self.objects = objects
        self.policy = policy
        self.grace = grace
        self.checkpoints = checkpoints
        log = logger
    }

    /// Every step in order; `progress` hears each step's name as it starts, and each item as it is done.
    public func run(dryRun: Bool, progress: (_ step: String, _ done: Int, _ total: Int) -> Void = { _, _, _ in }) throws -> [Step] {
        let collector = UploadCollector(catalog: metadata, objects: objects, logger: log)
        var steps: [Step] = []
        func step(_ name: String, _ items: [String], _ act: (Int) throws -> Bool) throws {
            var done = Step(name: name)
            progress(name, 0, items.count)
            for (index, item) in items.enumerated() {
                do {
                    if try dryRun || act(index) { done.items.append(item) }
                } catch {
                    log.warning("gc: an item failed", metadata: ["step": "\(name)", "item": "\(item)", "error": "\(error)"])
                    done.failures.append("\(item): \(error)")
                }
                progress(name, index + 1, items.count)
            }
            steps.append(done)
        }

        let dead = try collector.deadMounts()
        try step("dead mounts' uploads collected", dead.map(\.uuidString)) { index in
            try collector.collect(deadMounts: [dead[index]])
            return true
        }
        // Reservations and rows left by mounts that unmounted belong to no mount any more.
        if !dryRun { try collector.collect(deadMounts: []) }
        let temp = try metadata.expiredTempAreas()
        try step("expired temp areas removed", temp.map { "temp/\($0.name)" }) { index in
            try metadata.removeExpiredTempArea(id: temp[index].id)
                && audit("temp-expired", "temp/\(temp[index].name)", "time-to-live passed since its last write")
        }
        for area in ["raw", "audio"] {
            let rule = policy.rule(area)
            if let age = rule.deleteAfter {
                let due = try metadata.filesOlder(than: age, area: area, unarchivedOnly: false)
                try step("\(area) files deleted by retention", due.map(\.path)) { index in
                    try deleteByRetention(due[index], after: age)
                }
            }
            if let age = rule.archiveAfter {
                let due = try metadata.filesOlder(than: age, area: area, unarchivedOnly: true)
                let archive = Archive(catalog: metadata, objects: objects)
                try step("\(area) files archived", due.map(\.path)) { index in
                    try archive.move(due[index]) && audit("archive", due[index].path, "retention: older than \(Int(age))s")
                }
            }
        }
        for area in ["raw", "audio", "artifacts", "profiles", "temp"] {
            let keep = policy.rule(area).keepVersions
            let surplus = try metadata.versionsBeyond(keep: keep, area: area)
            try step("\(area) versions beyond \(keep) dropped", surplus.map { "\($0.path) (\($0.key))" }) { index in
                try metadata.dropVersion(id: surplus[index].id)
                    && audit("version-dropped", surplus[index].path, "beyond the \(keep) kept: \(surplus[index].key)")
            }
        }
        let expiredCache = try metadata.expiredCacheKeys()
        try step("expired cache entries deleted", expiredCache) { index in
            try metadata.deleteExpiredCacheEntry(key: expiredCache[index])
        }
        let strays = try collector.findStrays(grace: grace)
        try step("stray multipart uploads aborted", strays.uploads.map { "\($0.key) (\($0.uploadId))" }) { index in
            try objects.abortMultipartUpload(key: strays.uploads[index].key, uploadId: strays.uploads[index].uploadId)
            return true
        }
        try step("unreferenced objects deleted", strays.objects) { index in
            try objects.delete(key: strays.objects[index])
            return audit("orphan-deleted", strays.objects[index], "no row referred to it")
        }
        let reaper = Reaper(catalog: metadata, objects: objects, grace: grace, logger: log)
        let expired = try metadata.expiredObjects(grace: grace, limit: 1_000_000)
        try step("objects of deleted and replaced versions reclaimed", expired.map { $0.key ?? "row of file \($0.fileId ?? 0)" }) { index in
            reaper.reclaim(fileId: expired[index].fileId, key: expired[index].key)
        }
        if !dryRun {
            let done = steps.filter { !$0.items.isEmpty }.map { "\($0.items.count) \($0.name)" }
            let failed = steps.reduce(0) { $0 + $1.failures.count }
            _ = audit("gc", "", (done.isEmpty ? "nothing to do" : done.joined(separator: ", ")) + (failed > 0 ? "; \(failed) failed" : ""))
            anchorAuditChain()
        }
        return steps
    }

    /// Anchors the audit chain, this pass's own row included, outside the database (AuditCheckpoints).
    private func anchorAuditChain() {
        guard let checkpoints else { return }
        do {
            if let head = try AuditTrail(pool: metadata.pool).head() {
                _ = try checkpoints.append(database: head.database, id: head.id, hash: head.hash)
            }
        } catch {
            log.warning("gc: no audit checkpoint taken", metadata: ["error": "\(error)"])
        }
    }

    /// Runs `body` while this process holds the gc lock; nil if another holder kept it for `wait` seconds.
    public static func asLeader<T>(_ pool: PostgresPool, wait: TimeInterval, _ body: () throws -> T) throws -> T? {
        try pool.withConnection { connection in
            let deadline = Date().addingTimeInterval(wait)
            while try connection.query("SELECT pg_try_advisory_lock(\(lockKey)) AS got").first?.bool("got") != true {
                guard Date() < deadline else { return nil }
                Thread.sleep(forTimeInterval: 0.2)
            }
            defer { _ = try? connection.query("SELECT pg_advisory_unlock(\(lockKey))") }
            return try body()
        }
    }

    /// The advisory lock every gc leader holds (migrations and the audit chain use 4242001 and 4242002).
    public static let lockKey = 4242003

    private func deleteByRetention(_ file: StoredFile, after age: TimeInterval) throws -> Bool {
        do {
            try metadata.markDeleting(fileId: file.id)
        } catch let error as FSError where error == .legalHold {
            return false
        }
        return audit("retention-delete", file.path, "older than \(Int(age))s")
    }

    /// Writes the audit row of one thing gc did; true, so a step can count it.
    private func audit(_ action: String, _ path: String, _ detail: String) -> Bool {
        do {
            try metadata.insertAudit([AuditEvent(uid: getuid(), userId: nil, userName: nil, action: action, path: path,
                                                 detail: detail, result: "ok")])
        } catch {
            log.warning("gc: an audit row was not written", metadata: ["action": "\(action)", "path": "\(path)", "error": "\(error)"])
        }
        return true
    }

    /// Runs gc as leader every `interval` seconds on a background thread for the life of the process (a mount's).
    public func start(every interval: TimeInterval, pool: PostgresPool) {
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                do {
                    guard let steps = try Self.asLeader(pool, wait: 0, { try run(dryRun: false) }) else { continue }
                    let done = steps.filter { !$0.items.isEmpty }.map { "\($0.items.count) \($0.name)" }
                    if !done.isEmpty { log.info("gc pass done", metadata: ["done": "\(done.joined(separator: ", "))"]) }
                } catch {
                    log.warning("gc pass failed", metadata: ["error": "\(error)"])
                }
            }
        }
        thread.name = "meetingfs-gc"
        thread.start()
    }
}
