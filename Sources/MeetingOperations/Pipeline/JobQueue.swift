import Foundation
import MeetingCore
import MeetingCatalog

/// The job commands for the uid running them: workers and admins claim and finish jobs, admins retry them,
/// members list the jobs of meetings they may read. Database access is the host's configured login; who acts is
/// the local uid, mapped like a mount's callers (docs/security.md).
public final class JobQueue: Sendable {
    public let store: JobStore
    private let actor: Principal
    private let host: String

    public init(pool: PostgresPool, pipeline: Pipeline, uid: UInt32 = getuid(),
                host: String = ProcessInfo.processInfo.hostName) throws {
        store = JobStore(pool: pool, pipeline: pipeline)
        actor = try Principal.running(uid: uid, pool: pool)
        self.host = host
    }

    private var who: String { actor.name ?? "uid \(actor.uid)" }

    private func requireWorker(_ what: String) throws {
        guard actor.role == .worker || actor.role == .admin else {
            throw JobError("only workers and admins \(what) jobs; \(who) is a \(actor.role.rawValue)")
        }
    }

    private func requireStage(_ kind: String) throws {
        guard store.pipeline.stage(kind) != nil else {
            let names = store.pipeline.stages.map(\.name).joined(separator: ", ")
            throw JobError("no stage '\(kind)' in the pipeline (stages: \(names))")
        }
    }

    /// The oldest queued job of `kind`, waiting up to `wait` seconds for one (woken by meetingfs_jobs, and
    /// looking again each second for retries whose backoff ended and leases that expired). Nil if none came.
    public func claim(kind: String, lease: TimeInterval?, wait: TimeInterval) throws -> JobRecord? {
        try requireWorker("claim")
        try requireStage(kind)
        let deadline = Date().addingTimeInterval(wait)
        let announcements = wait > 0 ? try ChannelSubscription(url: store.pool.url, channel: "meetingfs_jobs") : nil
        while true {
            if let job = try store.claim(kind: kind, lease: lease, actor: actor, host: host) { return job }
            let remaining = deadline.timeIntervalSinceNow
            guard let announcements, remaining > 0 else { return nil }
            _ = try announcements.payloads(waitingUpTo: min(remaining, 1))
        }
    }

    /// `attempt`: the claim's attempt, for workers that share a uid and host (nil: any attempt this worker holds).
    public func heartbeat(id: Int64, attempt: Int?, lease: TimeInterval?) throws -> JobRecord {
        try requireWorker("heartbeat")
        return try store.heartbeat(id: id, attempt: attempt, lease: lease, actor: actor, host: host)
    }

    /// `result`: JSON the worker reports (checked here, so a typo is one line, not a database error).
    public func done(id: Int64, attempt: Int?, result: String?) throws -> (JobRecord, [JobRecord]) {
        try requireWorker("finish")
        if let result, (try? JSONSerialization.jsonObject(with: Data(result.utf8), options: [.fragmentsAllowed])) == nil {
            throw JobError("--result is not JSON: \(result.prefix(80))")
        }
        return try store.done(id: id, attempt: attempt, result: result, actor: actor, host: host)
    }

    public func fail(id: Int64, attempt: Int?, error: String, retry: Bool) throws -> JobRecord {
        try requireWorker("fail")
        guard !error.isEmpty else { throw JobError("--error must say what went wrong") }
        return try store.fail(id: id, attempt: attempt, error: error, retry: retry, actor: actor, host: host)
    }

    public func retry(id: Int64) throws -> JobRecord {
        guard actor.role == .admin else { throw JobError("only admins retry jobs; \(who) is a \(actor.role.rawValue)") }
        return try store.retry(id: id, actor: actor)
    }

    /// Workers and admins see every job; a member those of the meetings it may read (another meeting does not
    /// exist for it, as at the mount).
    public func list(meeting: String?, state: String?) throws -> [JobRecord] {
        let states = ["queued", "running", "done", "failed", "cancelled"]
        if let state, !states.contains(state) {
            throw JobError("--state must be one of \(states.joined(separator: ", "))")
        }
        let reader = actor.role == .member ? actor.userId ?? -1 : nil
        let jobs = try store.list(meeting: meeting, state: state, readableBy: reader)
        if let meeting, jobs.isEmpty, try !store.meetingIsVisible(meeting, to: reader) {
            throw JobError("no meeting '\(meeting)'")
        }
        return jobs
    }
}

extension Principal {
    /// The user a pipeline command runs as: root is an admin, any other uid must be a MeetingFS user.
    static func running(uid: UInt32, pool: PostgresPool) throws -> Principal {
        if uid == 0 { return .superuser() }
        guard let known = try PostgresCatalog(pool: pool).principal(uid: uid) else {
            throw JobError("uid \(uid) is not a MeetingFS user")
        }
        return known
    }
}
