import Foundation
import Logging
import MeetingCore
import MeetingCrypto
import MeetingObjects
import MeetingCache
import MeetingCatalog
import MeetingFileSystem

/// Everything needed to reach the stack and run a file system, from flags or MEETINGFS_* variables.
public struct Settings: Sendable {
    public var postgresURL: String
    public var s3: S3Config
    public var cacheDirectory: URL
    public var cacheBytes: Int64
    /// The share of the cache volume the chunk cache leaves free (`cache.keep_free`).
    public var cacheKeepFree = VolumeReserve.defaultFraction
    public var cacheReserve: VolumeReserve { VolumeReserve(directory: cacheDirectory.path, fraction: cacheKeepFree) }
    /// Where the key of the chunk cache and staging files comes from.
    public var localKey: KeySource
    /// Where the key that signs download links comes from, and where SSE-C links point (`meetingfs serve`).
    public var linkKey: KeySource
    public var linkBaseURL: String?
    /// This host's state directory, where gc keeps the audit checkpoints it takes (nil: it takes none).
    public var stateDirectory: String?
    public var databaseTimeout: TimeInterval = 10
    /// How long a mount waits for a lost PostgreSQL primary (a failover, a restart) before calls fail with EIO.
    public var postgresFailoverTimeout: TimeInterval = 60
    /// The processing stages; a final raw version queues the first ones.
    public var pipeline = Pipeline.standard
    /// Redis of the result cache: committed artifacts are copied there too.
    public var redisURL: String?
    /// The SeaweedFS masters (comma-separated gRPC addresses) and the `weed` binary `meetingfs health` asks
    /// about the cluster's topology; nil: health does not look past the S3 gateways.
    public var weedMasters: String?
    public var weedBinary = "/usr/local/bin/weed"
    /// How long a committed transcript or summary stays in the result cache.
    public var artifactCacheTTL: TimeInterval = 7 * 86_400

    public init(postgresURL: String, s3: S3Config, cacheDirectory: URL, cacheBytes: Int64, localKey: KeySource,
                linkKey: KeySource, linkBaseURL: String? = nil) {
        self.postgresURL = postgresURL
        self.s3 = s3
        self.cacheDirectory = cacheDirectory
        self.cacheBytes = cacheBytes
        self.localKey = localKey
        self.linkKey = linkKey
        self.linkBaseURL = linkBaseURL
    }

    private func defaultConfig() throws -> FileSystemConfig {
        var config = FileSystemConfig(stagingDirectory: cacheDirectory.appendingPathComponent("staging"), localKey: try localKey.load())
        config.links = try links()
        return config
    }

    /// Link settings for SSE-C files, when a link server is configured.
    public func links() throws -> LinkSettings? {
        try linkBaseURL.map { LinkSettings(baseURL: $0, key: try linkKey.load()) }
    }

    public func makePool(capacity: Int = 16) -> PostgresPool {
        PostgresPool(url: postgresURL, capacity: capacity, statementTimeout: databaseTimeout, failoverTimeout: postgresFailoverTimeout)
    }

    /// The file system over these endpoints: chunks in <cache>/chunks, staging files in a directory of this mount's
    /// own under `config`'s staging directory (default <cache>/staging). It holds a mount lease from now on.
    public func makeFileSystem(config: FileSystemConfig? = nil, logger: Logger) throws -> FileSystem {
        var config = try config ?? defaultConfig()
        config.artifactCacheTTL = artifactCacheTTL
        config.artifactChanged = try redisURL.map { try ResultCache.redisDropper(url: $0) }
        let metadata = PostgresCatalog(pool: makePool(), pipeline: pipeline)
        let lease = try MountLease(catalog: metadata, logger: logger)
        config.stagingDirectory = try StagingArea.claim(root: config.stagingDirectory, mountId: lease.id)
        let cache = try ChunkCache(directory: cacheDirectory.appendingPathComponent("chunks"), budget: cacheBytes,
                                   chunkSize: config.chunkSize, key: config.localKey, reserve: cacheReserve, logger: logger)
        lease.startHeartbeat()
        let audit = AuditLog(metadata: PostgresCatalog(pool: makePool(capacity: 1)),
                             spill: try AuditSpill(directory: cacheDirectory.appendingPathComponent("audit"), mountId: lease.id),
                             logger: logger)
        return try FileSystem(catalog: metadata, objects: S3Client(config: s3), cache: cache, config: config,
                              lease: lease, audit: audit, logger: logger)
    }

    public func makeReaper(grace: TimeInterval, logger: Logger) -> Reaper {
        Reaper(catalog: PostgresCatalog(pool: makePool(capacity: 2)), objects: S3Client(config: s3), grace: grace, logger: logger)
    }

    public func makeGarbageCollector(policy: LifecyclePolicy, grace: TimeInterval, logger: Logger) -> GarbageCollector {
        GarbageCollector(metadata: PostgresCatalog(pool: makePool(capacity: 2)), objects: S3Client(config: s3), policy: policy,
                         grace: grace, checkpoints: auditCheckpoints(logger: logger), logger: logger)
    }

    /// The audit checkpoints of this host (AuditCheckpoints.of), nil without a state directory or its key.
    public func auditCheckpoints(logger: Logger) -> AuditCheckpoints? {
        guard let stateDirectory else { return nil }
        do {
            return try AuditCheckpoints.of(stateDirectory: stateDirectory)
        } catch {
            logger.warning("no audit checkpoints: the key cannot be had", metadata: ["error": "\(error)"])
            return nil
        }
    }

    public func makeUploadCollector(logger: Logger) -> UploadCollector {
        UploadCollector(catalog: PostgresCatalog(pool: makePool(capacity: 2)), objects: S3Client(config: s3), logger: logger)
    }

    /// Checks both services before a mount and names what is wrong: PostgreSQL unreachable or refusing the login,
    /// a bucket that does not exist, refused S3 credentials, a schema `meetingfs migrate` has not brought up to
    /// date, or a database that belongs to another bucket.
    public func preflight() throws {
        // A mount that cannot reach PostgreSQL as it starts says so within seconds, not after a failover window.
        let pool = PostgresPool(url: postgresURL, capacity: 1, statementTimeout: databaseTimeout)
        do {
            _ = try pool.read("SELECT 1")
        } catch let error as DatabaseError {
            throw StartupError("cannot use PostgreSQL (\(Self.redacted(postgresURL))): \(error.message)")
        }
        var probe = s3
        probe.requestTimeout = min(s3.requestTimeout, 10)
        do {
            let client = S3Client(config: probe)
            try client.checkAccess()
            try client.checkCustomerKeyReads()
        } catch let error as ObjectStoreError {
            throw StartupError(error.message)
        }
        try Migrations.requireCurrent(pool)
        let recorded = try PostgresCatalog(pool: pool).claimBucket(s3.bucket)
        guard recorded == s3.bucket else {
            throw StartupError("this database belongs to bucket '\(recorded)', not '\(s3.bucket)': refusing to mount")
        }
    }

    /// A PostgreSQL connection string (URL or `key=value` words) with its password masked.
    public static func redacted(_ url: String) -> String { ConnectionString.redacted(url) }

    /// Parses sizes such as 512M, 10G or a plain byte count.
    public static func parseSize(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "IB", with: "")
            .replacingOccurrences(of: "B", with: "")
        guard let last = trimmed.last else { return nil }
        if let unit = units[last] {
            guard let count = Int64(trimmed.dropLast()) else { return nil }
            let (bytes, overflow) = count.multipliedReportingOverflow(by: unit)
            return overflow ? nil : bytes
        }
        return Int64(trimmed)
    }
}
