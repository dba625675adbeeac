import Foundation
import MeetingCore
import MeetingCatalog

/// What `meetingfs meeting show` tells about one meeting: its status, owner, files by area, artifacts, jobs and
/// speakers with the users they map to.
public struct MeetingReport: Sendable, Codable {
    public struct File: Sendable, Codable {
        public let area: String
        public let name: String
        public let size: Int64
        public let sha256: String?
        public let version: Int64
        /// `ready`, or `invalid: <reason>` when the pipeline could not use its contents.
        public let status: String
        /// For an artifact, its kind (transcript_md, summary_json, ...).
        public let kind: String?
        /// A download link, with `--links` (artifacts only).
        public var link: String?
    }

    public struct Speaker: Sendable, Codable {
        public let label: String
        public let segments: Int
        public let seconds: Double
        public let user: String?
        public let score: Double?
    }

    public let meeting: String
    public let status: String
    public let owner: String?
    public let legalHold: Bool
    public var files: [File]
    public let jobs: [JobRecord]
    public let speakers: [Speaker]

    enum CodingKeys: String, CodingKey {
        case meeting, status, owner, files, jobs, speakers
        case legalHold = "legal_hold"
    }

    /// The report for the uid running the command; "no meeting" if it may not read it (as at the mount).
    public static func of(_ meeting: String, pool: PostgresPool, uid: UInt32 = getuid()) throws -> MeetingReport {
        let reader = try MeetingReader(pool: pool, uid: uid)
        guard let row = try pool.read("""
            SELECT m.id, m.public_id, m.status, m.legal_hold, u.name AS owner
            FROM meetings m LEFT JOIN users u ON u.id = m.owner_id
            WHERE m.public_id = $1 AND \(JobStore.readable("m", "$2"))
            """, [meeting, reader.limitedTo.map(String.init)]).first
        else { throw JobError("no meeting '\(meeting)'") }
        let id = [row.string("id")]
        let files = try pool.read("""
            SELECT f.area, f.name, f.size, f.sha256, f.version, coalesce(f.status_note, f.status) AS status, a.kind
            FROM files f LEFT JOIN artifacts a ON a.file_id = f.id
            WHERE f.meeting_id = $1 AND f.status = 'ready' ORDER BY f.area, f.name
            """, id).all.map {
            File(area: $0.string("area"), name: $0.string("name"), size: $0.int("size"), sha256: $0["sha256"],
                 version: $0.int("version"), status: $0.string("status"), kind: $0["kind"], link: nil)
        }
        let speakers = try pool.read("""
            SELECT s.cluster_label, s.segments, s.seconds, u.name AS user_name, s.confidence
            FROM speakers s LEFT JOIN user_profiles p ON p.id = s.user_profile_id LEFT JOIN users u ON u.id = p.user_id
            WHERE s.meeting_id = $1 ORDER BY s.cluster_label
            """, id).all.map {
            Speaker(label: $0.string("cluster_label"), segments: Int($0.int("segments")), seconds: Double($0.string("seconds")) ?? 0,
                    user: $0["user_name"], score: $0["confidence"].flatMap(Double.init))
        }
        let jobs = try JobStore(pool: pool, pipeline: .standard).list(meeting: meeting, state: nil, readableBy: nil)
        return MeetingReport(meeting: row.string("public_id"), status: row.string("status"), owner: row["owner"],
                             legalHold: row.bool("legal_hold"), files: files, jobs: jobs, speakers: speakers)
    }
}

/// The uid running a read-only pipeline command: workers and admins read every meeting, a member those it owns or
/// was shared.
struct MeetingReader {
    /// nil: every meeting; else only those this user may read.
    let limitedTo: Int64?

    init(pool: PostgresPool, uid: UInt32) throws {
        let who = try Principal.running(uid: uid, pool: pool)
        limitedTo = who.role == .member ? who.userId ?? -1 : nil
    }
}

/// `meetingfs meeting watch`: each change of a meeting's status the uid may see, as it is announced
/// (meetingfs_meetings). A lost connection is made again, and what changed meanwhile is reported then.
public final class MeetingWatch {
    public struct Change: Sendable, Codable {
        public let meeting: String
        public let status: String
        public let at: String
    }

    private let pool: PostgresPool
    private let reader: MeetingReader
    private let jobs: JobStore

    public init(pool: PostgresPool, uid: UInt32 = getuid()) throws {
        self.pool = pool
        reader = try MeetingReader(pool: pool, uid: uid)
        jobs = JobStore(pool: pool, pipeline: .standard)
    }

    /// The statuses of the meetings the uid may read.
    private func statuses() throws -> [String: String] {
        let rows = try pool.read("SELECT public_id, status FROM meetings m WHERE \(JobStore.readable("m", "$1"))",
                                 [reader.limitedTo.map(String.init)]).all
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.string("public_id"), $0.string("status")) })
    }

    /// Calls `emit` for each change until `emit` returns false; `ready` once it listens.
    public func run(ready: () -> Void = {}, emit: (Change) -> Bool) throws {
        var known: [String: String] = [:]
        var first = true
        while true {
            let subscription: ChannelSubscription
            do {
                subscription = try ChannelSubscription(url: pool.url, channel: "meetingfs_meetings")
            } catch let error as DatabaseError where !first && error.isFailover {
                Thread.sleep(forTimeInterval: 1)
                continue
            }
            let now = try statuses()
            if first {
                ready()
            } else {
                let at = ISO8601DateFormatter().string(from: Date())
                for (meeting, status) in now.sorted(by: { $0.key < $1.key }) where known[meeting] != status {
                    guard emit(Change(meeting: meeting, status: status, at: at)) else { return }
                }
            }
            known = now
            first = false
            do {
                while true {
                    for payload in try subscription.payloads(waitingUpTo: 30) {
                        guard let change = try? JSONDecoder().decode(Change.self, from: Data(payload.utf8)) else { continue }
                        if let user = reader.limitedTo, try !jobs.meetingIsVisible(change.meeting, to: user) { continue }
                        known[change.meeting] = change.status
                        guard emit(change) else { return }
                    }
                }
            } catch let error as DatabaseError where error.isFailover {
                continue  // reconnect; the statuses read then report what was missed
            }
        }
    }
}
