import Foundation
import MeetingCore
import MeetingCatalog

/// A meeting's speakers (from its speakers.json) and the users they map to, for the uid running the command:
/// anyone who may read the meeting lists them; its owner, workers and admins ask for suggestions and map them
/// (audited).
public final class Speakers: Sendable {
    public struct Speaker: Sendable, Codable {
        public let label: String
        public let segments: Int
        public let seconds: Double
        public let embedding: Int?
        public let user: String?
        public let score: Double?
    }

    public struct Candidate: Sendable, Codable {
        public let user: String
        public let score: Double
    }

    public struct Suggestion: Sendable, Codable {
        public let label: String
        /// The users whose voice profiles are most like the speaker's embedding, best first.
        public let candidates: [Candidate]
        /// The user `--apply` mapped the label to.
        public var applied: Candidate?
    }

    private let pool: PostgresPool
    private let actor: Principal

    public init(pool: PostgresPool, uid: UInt32 = getuid()) throws {
        self.pool = pool
        actor = try Principal.running(uid: uid, pool: pool)
    }

    /// The meeting's id and owner, if the uid may read it.
    private func meeting(_ name: String) throws -> (id: String, owner: Int64?) {
        let reader = actor.role == .member ? actor.userId ?? -1 : nil
        guard let row = try pool.read("SELECT id, owner_id FROM meetings m WHERE public_id = $1 AND \(JobStore.readable("m", "$2"))",
                                      [name, reader.map(String.init)]).first
        else { throw JobError("no meeting '\(name)'") }
        return (row.string("id"), row.optionalInt("owner_id"))
    }

    public func list(_ meeting: String) throws -> [Speaker] {
        let id = try self.meeting(meeting).id
        return try pool.read("""
            SELECT s.cluster_label, s.segments, s.seconds, cardinality(s.embedding) AS length, u.name AS user_name, s.confidence
            FROM speakers s LEFT JOIN user_profiles p ON p.id = s.user_profile_id LEFT JOIN users u ON u.id = p.user_id
            WHERE s.meeting_id = $1 ORDER BY s.cluster_label
            """, [id]).all.map {
            Speaker(label: $0.string("cluster_label"), segments: Int($0.int("segments")), seconds: Double($0.string("seconds")) ?? 0,
                    embedding: $0.optionalInt("length").map(Int.init), user: $0["user_name"],
                    score: $0["confidence"].flatMap(Double.init))
        }
    }

    private func requireMapper(_ meeting: String) throws -> String {
        let (id, owner) = try self.meeting(meeting)
        guard actor.role != .member || (owner != nil && owner == actor.userId) else {
            throw JobError("only the meeting's owner, workers and admins map its speakers")
        }
        return id
    }

    /// Maps `label` to `user`'s voice profile (the one whose length matches the speaker's embedding, else the newest).
    public func map(_ meeting: String, label: String, to user: String) throws {
        let id = try requireMapper(meeting)
        try pool.transaction { db in
            guard let profile = try db.query("""
                SELECT p.id FROM user_profiles p JOIN users u ON u.id = p.user_id
                LEFT JOIN speakers s ON s.meeting_id = $1 AND s.cluster_label = $2
                WHERE u.name = $3
                ORDER BY cardinality(p.embedding) IS NOT DISTINCT FROM cardinality(s.embedding) DESC, p.created_at DESC
                LIMIT 1
                """, [id, label, user]).first?.string("id")
            else { throw JobError("user '\(user)' has no voice profile (users/\(user)/profiles/)") }
            guard try db.query("""
                UPDATE speakers SET user_profile_id = $3, confidence = NULL, mapped_at = now()
                WHERE meeting_id = $1 AND cluster_label = $2
                """, [id, label, profile]).affected > 0
            else { throw JobError("meeting '\(meeting)' has no speaker '\(label)'") }
            try record(meeting, "\(label) -> \(user)", on: db)
        }
    }

    /// For each speaker with an embedding, the users whose profiles are most similar (cosine similarity, computed
    /// by PostgreSQL over profiles of the same length), at least `minimumScore`. `apply`: each label takes its best
    /// user, best pairs first, each user once.
    public func suggest(_ meeting: String, minimumScore: Double, apply: Bool) throws -> [Suggestion] {
        // Who may map: a suggestion tells which users have voice profiles, which a member may not see.
        let id = try requireMapper(meeting)
        let rows = try pool.read("""
            SELECT s.cluster_label, u.name AS user_name, p.id AS profile_id, meetingfs_cosine(s.embedding, p.embedding) AS score
            FROM speakers s JOIN user_profiles p ON cardinality(p.embedding) = cardinality(s.embedding)
            JOIN users u ON u.id = p.user_id
            WHERE s.meeting_id = $1 AND meetingfs_cosine(s.embedding, p.embedding) >= $2
            ORDER BY score DESC, s.cluster_label, u.name
            """, [id, String(minimumScore)]).all
        var suggestions = try list(meeting).filter { $0.embedding != nil }.map { speaker in
            Suggestion(label: speaker.label, candidates: rows.filter { $0.string("cluster_label") == speaker.label }.prefix(3).map {
                Candidate(user: $0.string("user_name"), score: Double($0.string("score")) ?? 0)
            }, applied: nil)
        }
        guard apply else { return suggestions }
        var taken: Set<String> = [], labeled: Set<String> = []
        try pool.transaction { db in
            for row in rows where !labeled.contains(row.string("cluster_label")) && !taken.contains(row.string("user_name")) {
                let label = row.string("cluster_label"), user = row.string("user_name"), score = Double(row.string("score")) ?? 0
                try db.query("""
                    UPDATE speakers SET user_profile_id = $3, confidence = least(greatest($4::real, 0), 1), mapped_at = now()
                    WHERE meeting_id = $1 AND cluster_label = $2
                    """, [id, label, row.string("profile_id"), String(score)])
                try record(meeting, "\(label) -> \(user) (suggested, score \(String(format: "%.3f", score)))", on: db)
                labeled.insert(label)
                taken.insert(user)
                if let index = suggestions.firstIndex(where: { $0.label == label }) {
                    suggestions[index].applied = Candidate(user: user, score: score)
                }
            }
        }
        return suggestions
    }

    private func record(_ meeting: String, _ detail: String, on db: PostgresConnection) throws {
        try PostgresCatalog.insertAudit([AuditEvent(uid: actor.uid, userId: actor.userId, userName: actor.name,
                                                    action: "speaker-map", path: "meetings/\(meeting)", detail: detail,
                                                    result: "ok")], on: db)
    }
}
