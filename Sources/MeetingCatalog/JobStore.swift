import Foundation
import MeetingCore

/// A processing job as the job commands show it.
public struct JobRecord: Sendable, Codable, Equatable {
    public let id: Int64
    public let kind: String
    public let state: String
    public let meeting: String
    /// Relative to the meeting: `raw/<name>`; nil if the file is gone.
    public let file: String?
    public let version: Int64?
    public let attempt: Int
    public let maxAttempts: Int
    public let leaseUntil: String?
    public let worker: String?
    public let workerHost: String?
    public let error: String?
    public let result: String?
    public let createdAt: String
    public let updatedAt: String
    /// The file's path under a mount, when the command was told where one is.
    public var path: String?

    enum CodingKeys: String, CodingKey {
        case id, kind, state, meeting, file, version, attempt, path, error, result, worker
        case maxAttempts = "max_attempts", leaseUntil = "lease_until", workerHost = "worker_host"
        case createdAt = "created_at", updatedAt = "updated_at"
    }
}

/// A job command that cannot be done, in one line.
public struct JobError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The jobs table's transitions (SchemaV13): each one statement or one short transaction, whose triggers audit it
/// in the same transaction (as the actor set with `meetingfs.actor`), announce it on meetingfs_jobs and refresh the
/// meeting's status. Who may do what is the caller's (JobQueue) to check.
public struct JobStore: Sendable {
    public let pool: PostgresPool
    public let pipeline: Pipeline

    public init(pool: PostgresPool, pipeline: Pipeline) {
        self.pool = pool
        self.pipeline = pipeline
    }

    /// Running jobs whose lease ended go back to the queue (or fail, past their attempts). Run by each claim and by
    /// every mount's heartbeat.
    package static let requeueExpired: Statement = ("""
        UPDATE jobs SET state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
            error = 'lease expired (held by ' || coalesce(worker_host, '?') || ')', lease_until = NULL,
            run_after = now(), updated_at = now(), finished_at = CASE WHEN attempts >= max_attempts THEN now() END
        WHERE state = 'running' AND lease_until < now()
        """, [])

    static let columns = """
        j.id, j.kind, j.state, j.attempts, j.max_attempts, m.public_id AS meeting, f.area || '/' || f.name AS file,
        j.file_version, \(utc("j.lease_until")) AS lease_until, coalesce(w.name, 'uid ' || j.worker_uid) AS worker, j.worker_host, j.error,
        j.result::text AS result, \(utc("j.created_at")) AS created_at, \(utc("j.updated_at")) AS updated_at
        FROM jobs j JOIN meetings m ON m.id = j.meeting_id LEFT JOIN files f ON f.id = j.file_id
        LEFT JOIN users w ON w.id = j.worker_user_id
        """

    static func utc(_ column: String) -> String {
        "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
    }

    static func record(_ row: Row) -> JobRecord {
        JobRecord(id: row.int("id"), kind: row.string("kind"), state: row.string("state"), meeting: row.string("meeting"),
                  file: row["file"], version: row.optionalInt("file_version"), attempt: Int(row.int("attempts")),
                  maxAttempts: Int(row.int("max_attempts")), leaseUntil: row["lease_until"], worker: row["worker"],
                  workerHost: row["worker_host"], error: row["error"], result: row["result"],
                  createdAt: row.string("created_at"), updatedAt: row.string("updated_at"), path: nil)
    }

    /// Sets the transaction-local setting the triggers read to say who acted.
    static func setActor(_ actor: Principal, on db: PostgresConnection) throws {
        var who: [String: Any] = ["uid": Int(actor.uid)]
        if let id = actor.userId { who["user_id"] = id }
        if let name = actor.name { who["user_name"] = name }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: who, options: [.sortedKeys]), as: UTF8.self)
        try db.query("SELECT set_config('meetingfs.actor', $1, true)", [json])
    }

    public func job(id: Int64) throws -> JobRecord? {
        try pool.read("SELECT \(Self.columns) WHERE j.id = $1", [String(id)]).first.map(Self.record)
    }

    /// Takes the oldest queued job of `kind` whose retry time has come (skipping those another claim holds),
    /// after requeueing expired leases and cancelling queued jobs whose version is no longer the file's.
    /// Two claims requeueing the same expired jobs may deadlock (PostgreSQL then rolls one back): that one tries
    /// again.
    public func claim(kind: String, lease: TimeInterval?, actor: Principal, host: String) throws -> JobRecord? {
        for _ in 1..<3 {
            do {
                return try claimOnce(kind: kind, lease: lease, actor: actor, host: host)
            } catch let error as DatabaseError where error.sqlState == "40P01" {
                continue
            }
        }
        return try claimOnce(kind: kind, lease: lease, actor: actor, host: host)
    }

    private func claimOnce(kind: String, lease: TimeInterval?, actor: Principal, host: String) throws -> JobRecord? {
        let claimed = try pool.transaction { db -> Int64? in
            try Self.setActor(actor, on: db)
            try db.query(Self.requeueExpired.sql)
            try db.query("""
                UPDATE jobs j SET state = 'cancelled', updated_at = now()
                WHERE j.state = 'queued' AND j.kind = $1 AND NOT EXISTS (
                    SELECT 1 FROM files f WHERE f.id = j.file_id AND f.status = 'ready' AND f.version = j.file_version)
                """, [kind])
            return try db.query("""
                UPDATE jobs SET state = 'running', attempts = attempts + 1, error = NULL, updated_at = now(),
                    lease_until = now() + make_interval(secs => coalesce($2::double precision, lease_seconds)),
                    worker_user_id = $3, worker_uid = $4, worker_host = $5
                WHERE id = (SELECT id FROM jobs WHERE state = 'queued' AND kind = $1 AND run_after <= now()
                            ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id
                """, [kind, lease.map { String($0) }, actor.userId.map(String.init), String(actor.uid), host]).first?.int("id")
        }
        return try claimed.flatMap { try job(id: $0) }
    }

    /// The condition that the job is running for this worker (an admin may act on any running job) and, when
    /// the worker names it ($5), in that attempt: workers sharing a uid and host tell their claims apart so.
    static let heldBy = """
        state = 'running' AND ($2 OR (worker_user_id IS NOT DISTINCT FROM $3::bigint AND worker_host = $4))
        AND ($5::integer IS NULL OR attempts = $5::integer)
        """

    /// The parameters $2 to $5 of `heldBy`.
    static func holder(_ actor: Principal, host: String, attempt: Int?) -> [String?] {
        [String(actor.role == .admin), actor.userId.map(String.init), host, attempt.map(String.init)]
    }

    /// Extends the lease of a job this worker holds, from now.
    public func heartbeat(id: Int64, attempt: Int?, lease: TimeInterval?, actor: Principal, host: String) throws -> JobRecord {
        let updated = try pool.query("""
            UPDATE jobs SET lease_until = now() + make_interval(secs => coalesce($6::double precision, lease_seconds)),
                updated_at = now()
            WHERE id = $1 AND \(Self.heldBy) RETURNING id
            """, [String(id)] + Self.holder(actor, host: host, attempt: attempt) + [lease.map { String($0) }], idempotent: true)
        guard updated.affected > 0 else { throw try notHeld(id, attempt: attempt) }
        return try job(id: id)!
    }

    /// Marks a job this worker holds done, with its result (JSON), and queues the stages that then have every stage
    /// they wait for done for the same version. Returns the job and those queued.
    public func done(id: Int64, attempt: Int?, result: String?, actor: Principal, host: String) throws -> (JobRecord, [JobRecord]) {
        let queued = try pool.transaction { db -> [Int64]? in
            try Self.setActor(actor, on: db)
            guard let held = try db.query("SELECT kind, meeting_id FROM jobs WHERE id = $1 AND \(Self.heldBy) FOR UPDATE",
                                          [String(id)] + Self.holder(actor, host: host, attempt: attempt)).first
            else { return nil }
            // The job's row, then its meeting's, as the triggers lock them: of two jobs that finish at once, the
            // second to get the meeting sees the first done in the statements after (each takes a new snapshot).
            try db.query("SELECT 1 FROM meetings WHERE id = $1 FOR NO KEY UPDATE", [held.string("meeting_id")])
            // The next stages first, counting this job as done: so the meeting never looks ready in between.
            let queued = try db.query("""
                INSERT INTO jobs (kind, meeting_id, file_id, file_version, max_attempts, lease_seconds, backoff_seconds)
                SELECT s.kind, d.meeting_id, d.file_id, d.file_version, s.max_attempts, s.lease_seconds, s.backoff_seconds
                FROM jobs d, jsonb_to_recordset($2::jsonb) AS s (kind text, after text[], max_attempts integer,
                                                                 lease_seconds integer, backoff_seconds integer)
                WHERE d.id = $1
                  AND EXISTS (SELECT 1 FROM files f WHERE f.id = d.file_id AND f.status = 'ready' AND f.version = d.file_version)
                  AND NOT EXISTS (SELECT 1 FROM unnest(s.after) AS w (kind) WHERE NOT EXISTS (
                      SELECT 1 FROM jobs x WHERE x.file_id = d.file_id AND x.file_version = d.file_version
                                             AND x.kind = w.kind AND (x.state = 'done' OR x.id = d.id)))
                  AND NOT EXISTS (SELECT 1 FROM jobs e WHERE e.file_id = d.file_id AND e.file_version = d.file_version
                                                        AND e.kind = s.kind AND e.state <> 'cancelled')
                RETURNING id
                """, [String(id), Pipeline.records(pipeline.stages(after: held.string("kind")))]).all.map { $0.int("id") }
            try db.query("""
                UPDATE jobs SET state = 'done', result = $2::jsonb, lease_until = NULL, finished_at = now(), updated_at = now()
                WHERE id = $1
                """, [String(id), result])
            return queued
        }
        guard let queued else { throw try notHeld(id, attempt: attempt) }
        return (try job(id: id)!, try queued.compactMap { try job(id: $0) })
    }

    /// A failed attempt: queued again after the stage's backoff (doubled for each attempt, at most an hour) while
    /// attempts remain and `retry`, else failed for good.
    public func fail(id: Int64, attempt: Int?, error: String, retry: Bool, actor: Principal, host: String) throws -> JobRecord {
        let updated = try pool.transaction { db in
            try Self.setActor(actor, on: db)
            return try db.query("""
                UPDATE jobs SET state = CASE WHEN NOT $7 OR attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                    run_after = now() + make_interval(secs => least(backoff_seconds * power(2, greatest(attempts - 1, 0)), 3600)),
                    finished_at = CASE WHEN NOT $7 OR attempts >= max_attempts THEN now() END,
                    error = $6, lease_until = NULL, updated_at = now()
                WHERE id = $1 AND \(Self.heldBy) RETURNING id
                """, [String(id)] + Self.holder(actor, host: host, attempt: attempt) + [error, String(retry)])
        }
        guard updated.affected > 0 else { throw try notHeld(id, attempt: attempt) }
        return try job(id: id)!
    }

    /// A job that failed for good, queued again with its attempts from zero.
    public func retry(id: Int64, actor: Principal) throws -> JobRecord {
        let updated = try pool.transaction { db in
            try Self.setActor(actor, on: db)
            return try db.query("""
                UPDATE jobs SET state = 'queued', attempts = 0, run_after = now(), error = NULL, lease_until = NULL,
                    finished_at = NULL, updated_at = now()
                WHERE id = $1 AND state = 'failed' RETURNING id
                """, [String(id)])
        }
        guard updated.affected > 0 else {
            guard let job = try job(id: id) else { throw JobError("no job \(id)") }
            throw JobError("job \(id) is \(job.state): only a failed job is retried")
        }
        return try job(id: id)!
    }

    /// Jobs, oldest first; `readableBy`: only those of meetings this user owns or has been shared (nil: all).
    public func list(meeting: String?, state: String?, readableBy userId: Int64?) throws -> [JobRecord] {
        try pool.read("""
            SELECT \(Self.columns)
            WHERE ($1::text IS NULL OR m.public_id = $1) AND ($2::text IS NULL OR j.state = $2)
              AND \(Self.readable("m", "$3"))
            ORDER BY j.id
            """, [meeting, state, userId.map(String.init)]).all.map(Self.record)
    }

    /// Whether the meeting exists and `userId` may read it (nil: anyone may).
    public func meetingIsVisible(_ meeting: String, to userId: Int64?) throws -> Bool {
        try pool.read("SELECT 1 FROM meetings m WHERE m.public_id = $1 AND \(Self.readable("m", "$2"))",
                      [meeting, userId.map(String.init)]).first != nil
    }

    /// The SQL condition that meeting `m` is readable by user `user` (a bigint parameter; NULL: by anyone).
    package static func readable(_ m: String, _ user: String) -> String {
        """
        (\(user)::bigint IS NULL OR \(m).owner_id = \(user)::bigint OR EXISTS (
            SELECT 1 FROM meeting_access a WHERE a.meeting_id = \(m).id AND a.user_id = \(user)::bigint))
        """
    }

    /// Why a job is not this worker's to change, in words.
    private func notHeld(_ id: Int64, attempt: Int?) throws -> JobError {
        guard let job = try job(id: id) else { return JobError("no job \(id)") }
        if job.state != "running" { return JobError("job \(id) is \(job.state), not running (\(job.error ?? "no lease"))") }
        if let attempt, attempt != job.attempt { return JobError("job \(id) is in attempt \(job.attempt) now, not \(attempt): its lease was lost") }
        return JobError("job \(id) is held by \(job.worker ?? "another worker") on \(job.workerHost ?? "another host"), not by you")
    }
}
