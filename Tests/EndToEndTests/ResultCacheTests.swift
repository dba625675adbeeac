import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// `meetingfs cache` on PostgreSQL alone and with dev-stack's Redis in front of it.
final class ResultCacheTests: XCTestCase {
    private let binary = "'\(TestStack.binary)'"

    private func run(_ command: String, input: String? = nil) throws -> Shell.Result {
        let file = TestStack.scratchDirectory("value").appendingPathComponent("in")
        try (input ?? "").write(to: file, atomically: true, encoding: .utf8)
        return try Shell.run("\(command) < '\(file.path)'")
    }

    private var redisURL: String {
        get throws { try XCTUnwrap(TestStack.environment["MEETINGFS_REDIS_URL"], "dev-stack env gives the Redis URL") }
    }

    /// redis-cli against dev-stack's Redis.
    private func redis(_ words: String) throws -> String {
        let url = try XCTUnwrap(URLComponents(string: try redisURL))
        let result = try Shell.run("redis-cli -h \(url.host!) -p \(url.port!) -a '\(url.password!)' --no-auth-warning \(words)")
        XCTAssertTrue(result.succeeded, result.error)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func row(_ key: String) throws -> Row? {
        try TestStack.settings().makePool(capacity: 1).read(
            "SELECT value::text AS value, encode(data, 'escape') AS data, meeting_id FROM cache WHERE key = $1", [key]).first
    }

    func testEntriesLiveTheirTimeInPostgresAlone() throws {
        let key = TestStack.uniqueId("asr"), json = #"{"segments": [1, 2]}"#
        let cache = "env -u MEETINGFS_REDIS_URL \(binary) cache"
        XCTAssertEqual(try run("\(cache) put \(key) --ttl 1h", input: json).status, 0)
        let got = try run("\(cache) get \(key)")
        XCTAssertEqual(got.output, json, "the bytes put come back exactly")
        XCTAssertEqual(try row(key)?["value"], #"{"segments": [1, 2]}"#, "JSON is kept as jsonb too")

        let text = TestStack.uniqueId("text")
        XCTAssertEqual(try run("\(cache) put \(text) --ttl 1s", input: "not json\n").status, 0)
        XCTAssertEqual(try run("\(cache) get \(text)").output, "not json\n")
        XCTAssertNil(try row(text)?["value"], "text that is no JSON has no jsonb value")
        XCTAssertTrue(TestStack.wait(upTo: 10) { (try? self.run("\(cache) get \(text)").status) == 1 }, "an expired entry is not returned")

        XCTAssertEqual(try run("\(cache) del \(key)").status, 0)
        XCTAssertEqual(try run("\(cache) get \(key)").status, 1)
        XCTAssertEqual(try run("\(cache) del \(key)").status, 1, "deleting it again finds nothing")
        let missing = try run("\(cache) put \(key) --meeting no-such-meeting", input: "x")
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.error.contains("no meeting 'no-such-meeting'"), missing.error)
    }

    func testWithRedisWritesGoToBothAndReadsComeFromRedis() throws {
        let url = try redisURL
        func cache(_ words: String) -> String { "\(binary) cache \(words) --redis-url '\(url)'" }
        let key = TestStack.uniqueId("diar")
        XCTAssertEqual(try run(cache("put \(key) --ttl 1h"), input: "clusters v1").status, 0)
        XCTAssertEqual(try redis("GET meetingfs:cache:\(key)"), "clusters v1", "written to Redis too")
        let ttl = Int(try redis("TTL meetingfs:cache:\(key)")) ?? 0
        XCTAssertTrue((3500...3600).contains(ttl), "Redis holds it for the entry's time-to-live: \(ttl)")
        XCTAssertEqual(try row(key)?["data"], "clusters v1", "and to PostgreSQL")

        // A read is served by Redis: a row changed behind its back is not what comes back.
        try TestStack.settings().makePool(capacity: 1).query("UPDATE cache SET data = 'changed' WHERE key = $1", [key])
        XCTAssertEqual(try run(cache("get \(key)")).output, "clusters v1")
        // Redis lost it: the read falls back to PostgreSQL and puts it back with the time the row has left.
        _ = try redis("DEL meetingfs:cache:\(key)")
        XCTAssertEqual(try run(cache("get \(key)")).output, "changed")
        XCTAssertEqual(try redis("GET meetingfs:cache:\(key)"), "changed")
        XCTAssertLessThanOrEqual(Int(try redis("TTL meetingfs:cache:\(key)")) ?? 0, 3600)

        XCTAssertEqual(try run(cache("del \(key)")).status, 0)
        XCTAssertEqual(try redis("EXISTS meetingfs:cache:\(key)"), "0", "deleted from Redis too")
        XCTAssertNil(try row(key))

        // Redis down (nothing listens there): reads and writes still work from PostgreSQL, with a warning.
        func down(_ words: String) -> String { "\(binary) cache \(words) --redis-url redis://127.0.0.1:1" }
        XCTAssertEqual(try run(down("put \(key) --ttl 1h"), input: "still").status, 0)
        let fallback = try run(down("get \(key)"))
        XCTAssertEqual(fallback.output, "still")
        XCTAssertTrue(fallback.error.contains("using PostgreSQL alone"), fallback.error)
    }

    func testGcDeletesExpiredEntriesAndAMemberMayNotUseTheCache() throws {
        let key = TestStack.uniqueId("old")
        XCTAssertEqual(try run("\(binary) cache put \(key) --ttl 1s", input: "x").status, 0)
        XCTAssertTrue(TestStack.wait(upTo: 10) {
            (try? TestStack.settings().makePool(capacity: 1).read("SELECT 1 FROM cache WHERE key = $1 AND expires_at < now()", [key]).isEmpty) == false
        })
        let dry = try Shell.run("\(binary) gc --dry-run")
        XCTAssertTrue(dry.output.contains(key), dry.output)
        XCTAssertNotNil(try row(key), "a dry run deletes nothing")
        XCTAssertTrue(try Shell.run("\(binary) gc").succeeded)
        XCTAssertNil(try row(key))

        let uid = 40000 + UInt32.random(in: 0..<20000), name = TestStack.uniqueId("member")
        XCTAssertTrue(try Shell.run("\(binary) user add \(name) --uid \(uid) --role member").succeeded)
        let refused = try Shell.run("HOME=/tmp setpriv --reuid \(uid) --regid \(uid) --clear-groups \(binary) cache get anything")
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.error.contains("for workers and admins"), refused.error)
    }
}
