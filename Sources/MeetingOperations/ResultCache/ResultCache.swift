import Foundation
import MeetingCore
import MeetingCatalog

/// The cache of intermediate results (design §3: cache rows with a time-to-live, Redis for fast access). PostgreSQL
/// holds every entry; with Redis, writes go to both and reads go to Redis first, an entry found only in PostgreSQL
/// being put back into Redis with the time it has left. Redis being down slows reads, never fails them.
public final class ResultCache: Sendable {
    private let metadata: PostgresCatalog
    private let redis: RedisClient?
    private let warn: @Sendable (String) -> Void

    /// Entry keys: 1 to 512 bytes of printable text.
    public static func validate(key: String) throws {
        guard (1...512).contains(key.utf8.count), key.unicodeScalars.allSatisfy({ $0.value > 32 && $0.value != 127 }) else {
            throw AdminError("cache key '\(key)' must be 1 to 512 bytes of printable text without spaces")
        }
    }

    /// For `uid`, who must be root, an admin or a worker: intermediate results are the pipeline's.
    public init(metadata: PostgresCatalog, redisURL: String?, uid: UInt32 = getuid(), warn: @escaping @Sendable (String) -> Void) throws {
        if uid != 0 {
            guard let who = try metadata.principal(uid: uid) else { throw AdminError("uid \(uid) is not a MeetingFS user") }
            guard who.role == .admin || who.role == .worker else {
                throw AdminError("the result cache is for workers and admins; \(who.name) is a \(who.role.rawValue)")
            }
        }
        self.metadata = metadata
        redis = try redisURL.map { try RedisClient(url: $0) }
        self.warn = warn
    }

    private static func redisKey(_ key: String) -> [UInt8] { Array("meetingfs:cache:\(key)".utf8) }

    /// For a mount: drops Redis's copy of an entry its commit or unlink changed in PostgreSQL; the next read
    /// takes PostgreSQL's and puts it back. A Redis that does not answer has its copy expire with its time-to-live.
    public static func redisDropper(url: String) throws -> @Sendable (String) -> Void {
        let redis = try RedisClient(url: url)
        return { key in _ = try? redis.call([Array("DEL".utf8), redisKey(key)]) }
    }

    /// Stores `value` under `key` for `ttl` seconds, tied to a meeting if given (deleted with it).
    public func put(key: String, meeting: String?, ttl: TimeInterval, value: [UInt8]) throws {
        try Self.validate(key: key)
        guard ttl > 0 else { throw AdminError("the time-to-live must be longer than 0s") }
        let json = (try? JSONSerialization.jsonObject(with: Data(value), options: [.fragmentsAllowed])) != nil
        let stored = try metadata.pool.query("""
            INSERT INTO cache (key, meeting_id, data, value, expires_at)
            SELECT $1, m.id, decode($3, 'hex'), CASE WHEN $4 THEN convert_from(decode($3, 'hex'), 'UTF8')::jsonb END,
                   now() + make_interval(secs => $5)
            FROM (SELECT NULL) AS one LEFT JOIN meetings m ON m.public_id = $2
            WHERE $2::text IS NULL OR m.id IS NOT NULL
            ON CONFLICT (key) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, data = EXCLUDED.data, value = EXCLUDED.value,
                file_id = NULL, expires_at = EXCLUDED.expires_at, created_at = now()
            """, [key, meeting, Hex.encode(value), String(json), String(ttl)])
        if stored.affected == 0 { throw AdminError("no meeting '\(meeting ?? "")'") }
        withRedis { try $0.call([Array("SET".utf8), Self.redisKey(key), value, Array("PX".utf8), Array(String(Int64(ttl * 1000)).utf8)]) }
    }

    /// The value under `key`, nil if there is none or it expired.
    public func get(key: String) throws -> [UInt8]? {
        try Self.validate(key: key)
        if let hit = withRedis({ try $0.call([Array("GET".utf8), Self.redisKey(key)]) }), case .bulk(let value?) = hit {
            return value
        }
        guard let row = try metadata.pool.read("""
            SELECT encode(coalesce(data, convert_to(value::text, 'UTF8')), 'hex') AS data,
                   (extract(epoch FROM expires_at - now()) * 1000)::bigint AS remaining_ms
            FROM cache WHERE key = $1 AND expires_at > now() AND (data IS NOT NULL OR value IS NOT NULL)
            """, [key]).first, let value = Hex.decode(row.string("data"))
        else { return nil }
        let remaining = max(row.int("remaining_ms"), 1)
        withRedis { try $0.call([Array("SET".utf8), Self.redisKey(key), value, Array("PX".utf8), Array(String(remaining).utf8)]) }
        return value
    }

    /// Deletes the entry; false if there was none.
    public func delete(key: String) throws -> Bool {
        try Self.validate(key: key)
        let deleted = try metadata.pool.query("DELETE FROM cache WHERE key = $1", [key]).affected > 0
        withRedis { try $0.call([Array("DEL".utf8), Self.redisKey(key)]) }
        return deleted
    }

    /// Runs a Redis call if Redis is configured; a failure is a warning and nil (PostgreSQL has every entry).
    @discardableResult
    private func withRedis(_ body: (RedisClient) throws -> RedisClient.Reply) -> RedisClient.Reply? {
        guard let redis else { return nil }
        do { return try body(redis) } catch {
            warn("\(error); using PostgreSQL alone")
            return nil
        }
    }
}
