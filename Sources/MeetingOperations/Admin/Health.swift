import Foundation
import MeetingCore
import MeetingObjects
import MeetingCatalog

/// `meetingfs health`: each part a mount needs, checked the way a mount uses it, one verdict each. Every check is
/// bounded (PostgreSQL's connect timeout, the S3 timeout capped at 5 s), so a dead service is a FAILED line within
/// seconds, never a hang.
public struct Health: Sendable {
    public struct Check: Sendable, Codable {
        public let part: String
        public let ok: Bool
        public let detail: String
    }

    package let settings: Settings

    public init(settings: Settings) { self.settings = settings }

    public func run() -> [Check] {
        let database = postgres()
        return [database, schema(reachable: database.ok), s3(), cache()]
    }

    private static func timed(_ body: () throws -> String) -> (Bool, String) {
        let start = Date()
        do {
            let detail = try body()
            return (true, "\(detail) (\(Int(Date().timeIntervalSince(start) * 1000)) ms)")
        } catch {
            return (false, "\(error)")
        }
    }

    private func postgres() -> Check {
        let (ok, detail) = Self.timed {
            _ = try settings.makePool(capacity: 1).read("SELECT 1")
            return "reached \(Settings.redacted(settings.postgresURL))"
        }
        return Check(part: "postgresql", ok: ok, detail: detail)
    }

    private func schema(reachable: Bool) -> Check {
        guard reachable else { return Check(part: "schema", ok: false, detail: "not checked: PostgreSQL is unreachable") }
        let (ok, detail) = Self.timed {
            try Migrations.requireCurrent(settings.makePool(capacity: 1))
            return "version \(Migrations.all.last?.version ?? 0), as this meetingfs needs"
        }
        return Check(part: "schema", ok: ok, detail: detail)
    }

    /// The bucket listed with the credentials, then a probe object written, read back and deleted.
    private func s3() -> Check {
        var config = settings.s3
        config.requestTimeout = min(config.requestTimeout, 5)
        let client = S3Client(config: config)
        let (ok, detail) = Self.timed {
            try client.checkAccess()
            let key = ".meetingfs-probe/health-\(UUID().uuidString)"
            let body = Data("meetingfs health \(key)".utf8)
            _ = try client.put(key: key, body: body, contentType: "text/plain")
            defer { try? client.delete(key: key) }
            guard try client.get(key: key, offset: 0, length: body.count, ifMatch: nil) == body else {
                throw ObjectStoreError.malformed("the probe object read back differs from what was written")
            }
            return "bucket \(config.bucket) at \(config.endpoint.absoluteString): listed, probe written, read back and deleted"
        }
        return Check(part: "s3", ok: ok, detail: detail)
    }

    /// The cache directory exists (or can be made) and takes a file; how much room is left.
    private func cache() -> Check {
        let directory = settings.cacheDirectory
        let (ok, detail) = Self.timed {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let probe = directory.appendingPathComponent(".health-\(UUID().uuidString)")
            guard FileManager.default.createFile(atPath: probe.path, contents: Data("probe".utf8)) else {
                throw StartupError("\(directory.path) does not take a new file: \(String(cString: strerror(errno)))")
            }
            try FileManager.default.removeItem(at: probe)
            guard let (free, total) = settings.cacheReserve.space() else { throw StartupError("\(directory.path): statvfs failed") }
            let gib = { (bytes: Int64) in Double(bytes) / Double(1 << 30) }
            // Below half the reserve the cache has nothing left to evict: writes that stage will fail next.
            if Double(free) < Double(total) * settings.cacheKeepFree / 2 {
                throw StartupError(String(format: "%@ is nearly full: %.2f GiB free of %.2f GiB (the cache keeps %.0f %% free)",
                                          directory.path, gib(free), gib(total), settings.cacheKeepFree * 100))
            }
            return String(format: "%@ writable, %.1f GiB free, budget %.1f GiB", directory.path, gib(free), gib(settings.cacheBytes))
        }
        return Check(part: "cache", ok: ok, detail: detail)
    }
}
