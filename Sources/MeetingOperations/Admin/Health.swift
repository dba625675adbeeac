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
        /// Numbers the check read, for `--prometheus` (not in the JSON).
        public var measurements: [Measurement] = []

        enum CodingKeys: String, CodingKey { case part, ok, detail }
    }

    public struct Measurement: Sendable {
        public let name: String
        public let help: String
        public var labels: [String: String] = [:]
        public let value: Double
    }

    package let settings: Settings

    public init(settings: Settings) { self.settings = settings }

    public func run() -> [Check] {
        // One connection for every PostgreSQL check. Health waits for no failover: a lost primary is a FAILED
        // line within the connect timeout.
        let pool = PostgresPool(url: settings.postgresURL, capacity: 1, statementTimeout: settings.databaseTimeout)
        let database = postgres(pool)
        var checks = [database]
        // A URL of several hosts names a primary and its standbys: that a standby streams is checked too.
        if pool.hostCount > 1 { checks.append(replication(pool, reachable: database.ok)) }
        checks.append(schema(pool, reachable: database.ok))
        checks.append(quotas(pool, reachable: database.ok))
        checks.append(s3(settings.s3, part: "s3"))
        if settings.s3.endpoints.count > 1 {
            for endpoint in settings.s3.endpoints {
                var one = settings.s3
                one.endpoints = [endpoint]
                checks.append(s3(one, part: "s3 \(endpoint.absoluteString)"))
            }
        }
        if let masters = settings.weedMasters { checks.append(seaweedfs(masters: masters)) }
        checks.append(cache())
        return checks
    }

    /// The quotas' use, for the alert at 90 % (docs/alerts-health.yml). Holders at their quota are not a failure
    /// of the stack: their writes fail, everyone else's go on.
    private func quotas(_ pool: PostgresPool, reachable: Bool) -> Check {
        guard reachable else { return Check(part: "quotas", ok: false, detail: "not checked: PostgreSQL is unreachable") }
        do {
            let quotas = try QuotaUse.all(pool)
            let fullest = quotas.first.map { String(format: ", fullest %@ %@ at %.1f%%", $0.kind, $0.name, $0.ratio * 100) } ?? ""
            return Check(part: "quotas", ok: true, detail: "\(quotas.count) quotas\(fullest)", measurements: quotas.map {
                Measurement(name: "meetingfs_quota_used_ratio", help: "Share of its quota a user's or a meeting's files take (meetingfs quota).",
                            labels: ["kind": $0.kind, "name": $0.name], value: $0.ratio)
            })
        } catch {
            return Check(part: "quotas", ok: false, detail: "\(error)")
        }
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

    /// Which node answered, and whether it is the primary (a standby is in recovery).
    private func postgres(_ pool: PostgresPool) -> Check {
        let (ok, detail) = Self.timed {
            let node = try pool.read("""
                SELECT pg_is_in_recovery() AS standby, host(inet_server_addr()) AS host, inet_server_port() AS port
                """).first
            let role = node?.bool("standby") == true ? "standby" : "primary"
            return "reached the \(role) \(node?.string("host") ?? "(socket)"):\(node?.string("port") ?? "-") "
                + "(pg_is_in_recovery: \(node?.bool("standby") == true)) with \(Settings.redacted(settings.postgresURL))"
        }
        return Check(part: "postgresql", ok: ok, detail: detail)
    }

    /// The standbys streaming from the primary, whether commits wait for them, and how far behind each is (the
    /// lag is shown to roles with pg_read_all_stats, such as the cluster's owner role; to others it reads
    /// "hidden"). No standby streaming is a failure: a lost primary would have nothing to fail over to.
    private func replication(_ database: PostgresPool, reachable: Bool) -> Check {
        guard reachable else { return Check(part: "replication", ok: false, detail: "not checked: PostgreSQL is unreachable") }
        var measurements: [Measurement] = []
        let (ok, detail) = Self.timed {
            let synchronous = try database.read("SELECT current_setting('synchronous_standby_names') AS names").first?.string("names") ?? ""
            let standbys = try database.read("""
                SELECT application_name AS name, state, sync_state,
                       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS lag_bytes,
                       round(extract(epoch FROM coalesce(replay_lag, interval '0'))::numeric, 3) AS lag_seconds
                FROM pg_stat_replication ORDER BY application_name
                """).all
            measurements.append(Measurement(name: "meetingfs_postgres_standbys_streaming", help: "Standbys streaming from the primary.",
                                            value: Double(standbys.count)))
            for standby in standbys {
                guard let lag = standby["lag_bytes"].flatMap(Double.init) else { continue }
                measurements.append(Measurement(name: "meetingfs_postgres_replication_lag_bytes",
                                                help: "WAL bytes the standby has yet to replay.", labels: ["standby": standby.string("name")], value: lag))
            }
            guard !standbys.isEmpty else {
                throw StartupError("no standby streams from the primary: a lost primary has nothing to fail over to")
            }
            let described = standbys.map { standby -> String in
                guard let state = standby["state"] else { return "standby \(standby.string("name")): lag hidden (needs pg_read_all_stats)" }
                return "standby \(standby.string("name")) \(state) \(standby.string("sync_state")), lag \(standby.string("lag_bytes")) bytes, "
                    + "\(standby.string("lag_seconds")) s"
            }
            let commits = synchronous.isEmpty ? "commits do not wait for a standby" : "commits wait for \(synchronous)"
            return "\(described.joined(separator: "; ")); \(commits)"
        }
        return Check(part: "replication", ok: ok, detail: detail, measurements: measurements)
    }

    private func schema(_ pool: PostgresPool, reachable: Bool) -> Check {
        guard reachable else { return Check(part: "schema", ok: false, detail: "not checked: PostgreSQL is unreachable") }
        let (ok, detail) = Self.timed {
            try Migrations.requireCurrent(pool)
            return "version \(Migrations.all.last?.version ?? 0), as this meetingfs needs"
        }
        return Check(part: "schema", ok: ok, detail: detail)
    }

    /// The bucket listed with the credentials, then a probe object written, read back and deleted.
    private func s3(_ given: S3Config, part: String) -> Check {
        var config = given
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
            return "bucket \(config.bucket) at \(config.endpointList): listed, probe written, read back and deleted"
        }
        return Check(part: part, ok: ok, detail: detail)
    }

    /// The masters' leader and peers, the volume servers the leader sees, and every volume below its
    /// replication, by id (a lost volume server leaves each of its volumes one copy short until it is back
    /// or `volume.fix.replication` copied them).
    private func seaweedfs(masters: String) -> Check {
        var measurements: [Measurement] = []
        let (ok, detail) = Self.timed {
            let topology = try SeaweedTopology.read(masters: masters, weed: settings.weedBinary)
            measurements = [
                Measurement(name: "meetingfs_seaweedfs_volume_servers", help: "Volume servers the masters' leader sees.",
                            value: Double(topology.volumeServers.count)),
                Measurement(name: "meetingfs_seaweedfs_volumes_under_replicated", help: "Volumes with fewer copies than their replica placement.",
                            value: Double(topology.underReplicated.count)),
            ]
            let servers = "\(topology.volumeServers.count) volume servers (\(topology.volumeServers.joined(separator: ", ")))"
            let masters = "leader \(topology.leader ?? "-") of \(topology.peers.count) masters"
            guard topology.underReplicated.isEmpty else {
                let ids = topology.underReplicated.keys.sorted().prefix(20).map { id in
                    let copies = topology.underReplicated[id]!
                    return "\(id) (\(copies.present) of \(copies.wanted))"
                }
                throw StartupError("\(masters); \(servers); \(topology.underReplicated.count) volumes below their replication: "
                                   + ids.joined(separator: ", "))
            }
            return "\(masters); \(servers); every volume fully replicated"
        }
        return Check(part: "seaweedfs", ok: ok, detail: detail, measurements: measurements)
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
