import ArgumentParser
import Foundation
import MeetingCatalog
import MeetingCore
import MeetingCrypto
import MeetingObjects
import MeetingOperations

/// Where the stack is: flags first, then MEETINGFS_* environment variables.
struct StackOptions: ParsableArguments {
    @Option(help: "PostgreSQL URL (env MEETINGFS_POSTGRES_URL). Several hosts (h1:5432,h2:5432) are tried in turn for the primary.")
    var postgresURL: String?

    @Option(help: "Seconds a mount waits for a lost PostgreSQL primary (failover, restart) before calls fail with EIO (env MEETINGFS_POSTGRES_FAILOVER_TIMEOUT; default and most 60).")
    var postgresFailoverTimeout: Double?

    @Option(name: .customLong("s3-endpoint"), help: "S3 endpoint, or a comma-separated list of the gateways of one cluster in order of preference, e.g. https://10.0.0.5:8333,https://10.0.0.6:8333 (env MEETINGFS_S3_ENDPOINT).")
    var s3Endpoint: String?

    @Option(name: .customLong("s3-link-endpoint"), help: "Where presigned download links point, e.g. a load balancer in front of the gateways (env MEETINGFS_S3_LINK_ENDPOINT; default: the first S3 endpoint).")
    var s3LinkEndpoint: String?

    @Option(name: .customLong("s3-bucket"), help: "Bucket (env MEETINGFS_S3_BUCKET).")
    var s3Bucket: String?

    @Option(name: .customLong("s3-access-key"), help: "Access key (env MEETINGFS_S3_ACCESS_KEY).")
    var s3AccessKey: String?

    @Option(name: .customLong("s3-secret-key"), help: "Secret key (env MEETINGFS_S3_SECRET_KEY). Visible in ps: prefer --s3-secret-key-file.")
    var s3SecretKey: String?

    @Option(name: .customLong("s3-secret-key-file"), help: "File holding the secret key; must not be readable by group or others (env MEETINGFS_S3_SECRET_KEY_FILE).")
    var s3SecretKeyFile: String?

    @Option(help: "File holding the PostgreSQL password, used with a URL that has none; must not be readable by group or others (env MEETINGFS_POSTGRES_PASSWORD_FILE).")
    var postgresPasswordFile: String?

    @Option(name: .customLong("s3-timeout"), help: "Seconds one S3 request may take (env MEETINGFS_S3_TIMEOUT; default 30).")
    var s3Timeout: Double?

    @Option(name: .customLong("s3-ca-file"), help: "PEM file of the CAs to trust for an https S3 endpoint (env MEETINGFS_S3_CA_FILE; default: the system's). PostgreSQL takes its CA as sslrootcert in the URL.")
    var s3CAFile: String?

    @Option(name: .customLong("sse-c-key-file"), help: "File holding 32 random bytes: every object is written with this SSE-C key and read with it; must not be readable by group or others (env MEETINGFS_SSE_C_KEY_FILE).")
    var sseCKeyFile: String?

    @Option(name: .customLong("sse-c-old-key-file"), help: "An earlier SSE-C key, still read while `meetingfs rekey` moves objects off it (repeatable).")
    var sseCOldKeyFiles: [String] = []

    @Flag(help: "Refuse to run unless both services are reached over TLS: an https S3 endpoint and a PostgreSQL sslmode of require, verify-ca or verify-full (env MEETINGFS_REQUIRE_TLS=1).")
    var requireTLS = false

    @Option(help: "File holding the 32-byte key that seals the chunk cache and staging files; must not be readable by group or others (env MEETINGFS_CACHE_KEY_FILE; default: <state-dir>/cache.key, created on first use).")
    var cacheKeyFile: String?

    @Option(help: "File holding the 32-byte key that signs download links for `meetingfs serve`; must not be readable by group or others (env MEETINGFS_LINK_KEY_FILE; default: <state-dir>/link.key, created on first use).")
    var linkKeyFile: String?

    @Option(help: "Base URL of `meetingfs serve`, where links to SSE-C files point, e.g. https://files.example.com:8443 (env MEETINGFS_LINK_BASE_URL).")
    var linkBaseURL: String?

    @Option(help: "Directory for the daemon's own state (env MEETINGFS_STATE_DIR; default ~/.local/state/meetingfs).")
    var stateDir: String?

    @Option(help: "Chunk cache directory (env MEETINGFS_CACHE_DIR; default ~/.cache/meetingfs).")
    var cacheDir: String?

    @Option(help: "Chunk cache budget, e.g. 10G (env MEETINGFS_CACHE_SIZE; default 10G).")
    var cacheSize: String?

    @Option(help: "Share of the cache volume the chunk cache leaves free, evicting to keep it, e.g. 10% (env MEETINGFS_CACHE_KEEP_FREE; default 10%).")
    var cacheKeepFree: String?

    @Option(help: "Config file (YAML) with any of these settings and the lifecycle policy; a flag beats the environment, which beats the file (env MEETINGFS_CONFIG; see docs/operations.md).")
    var config: String?

    /// The config file named by --config or MEETINGFS_CONFIG, read once per process.
    func configFile() throws -> ConfigFile? {
        guard let path = config ?? Self.environment("MEETINGFS_CONFIG") else { return nil }
        return try ConfigFile.cached(path)
    }

    /// The lifecycle policy of the config file, or the defaults without one.
    func policy() throws -> LifecyclePolicy { try configFile()?.lifecycle ?? LifecyclePolicy() }

    private static func environment(_ variable: String) -> String? {
        ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The config file's key for each variable.
    static let fileKeys: [String: String] = [
        "MEETINGFS_POSTGRES_URL": "postgres.url", "MEETINGFS_POSTGRES_FAILOVER_TIMEOUT": "postgres.failover_timeout",
        "MEETINGFS_POSTGRES_PASSWORD_FILE": "postgres.password_file",
        "MEETINGFS_S3_ENDPOINT": "s3.endpoint", "MEETINGFS_S3_LINK_ENDPOINT": "s3.link_endpoint", "MEETINGFS_S3_BUCKET": "s3.bucket", "MEETINGFS_S3_ACCESS_KEY": "s3.access_key",
        "MEETINGFS_S3_SECRET_KEY": "s3.secret_key", "MEETINGFS_S3_SECRET_KEY_FILE": "s3.secret_key_file",
        "MEETINGFS_S3_TIMEOUT": "s3.timeout", "MEETINGFS_S3_CA_FILE": "s3.ca_file", "MEETINGFS_SSE_C_KEY_FILE": "s3.sse_c_key_file",
        "MEETINGFS_REQUIRE_TLS": "require_tls", "MEETINGFS_CACHE_DIR": "cache.dir", "MEETINGFS_CACHE_SIZE": "cache.size",
        "MEETINGFS_CACHE_KEEP_FREE": "cache.keep_free",
        "MEETINGFS_CACHE_KEY_FILE": "cache.key_file", "MEETINGFS_STATE_DIR": "state_dir",
        "MEETINGFS_LINK_BASE_URL": "links.base_url", "MEETINGFS_LINK_KEY_FILE": "links.key_file", "MEETINGFS_REDIS_URL": "redis_url",
        "MEETINGFS_ARTIFACT_CACHE_TTL": "cache.artifact_ttl", "MEETINGFS_WEED_MASTERS": "seaweedfs.masters",
        "MEETINGFS_WEED_BINARY": "seaweedfs.weed_binary",
        "MEETINGFS_OWNER_POSTGRES_URL": "postgres.owner_url", "MEETINGFS_OWNER_POSTGRES_PASSWORD_FILE": "postgres.owner_password_file",
        "MEETINGFS_METRICS_TEXTFILE_DIR": "metrics.textfile_dir", "MEETINGFS_BACKUP_TARGET": "backup.target",
        "MEETINGFS_BACKUP_KEY_FILE": "backup.key_file", "MEETINGFS_BACKUP_KEEP_LAST": "backup.keep_last",
        "MEETINGFS_BACKUP_KEEP_DAILY": "backup.keep_daily", "MEETINGFS_BACKUP_KEEP_WEEKLY": "backup.keep_weekly",
        "MEETINGFS_BACKUP_KEEP_MONTHLY": "backup.keep_monthly", "MEETINGFS_BACKUP_DRILL_SAMPLE": "backup.drill_sample",
        "MEETINGFS_MAINTAIN_PRUNE_AFTER": "maintain.prune_after", "MEETINGFS_MAINTAIN_REINDEX_BLOAT": "maintain.reindex_bloat",
        "MEETINGFS_SCHEDULE_GC": "schedule.gc", "MEETINGFS_SCHEDULE_BACKUP": "schedule.backup",
        "MEETINGFS_SCHEDULE_BACKUP_VERIFY": "schedule.backup_verify", "MEETINGFS_SCHEDULE_RESTORE_DRILL": "schedule.restore_drill",
        "MEETINGFS_SCHEDULE_MAINTAIN": "schedule.maintain",
    ]

    /// A setting: the flag, else the environment variable, else the config file.
    func value(_ flag: String?, _ variable: String) throws -> String? {
        try flag ?? Self.environment(variable) ?? Self.fileKeys[variable].flatMap { try configFile()?.values[$0] }
    }

    /// Where `value` found a setting, for `meetingfs config show`.
    func source(_ flag: String?, _ variable: String) throws -> String {
        if flag != nil { return "flag" }
        if Self.environment(variable) != nil { return "env \(variable)" }
        if let key = Self.fileKeys[variable], let file = try configFile(), file.values[key] != nil { return "file \(file.path)" }
        return "default"
    }

    private func required(_ flag: String?, _ variable: String, _ option: String) throws -> String {
        guard let found = try value(flag, variable) else {
            throw ValidationError("missing \(option) (or the environment variable \(variable), or \(Self.fileKeys[variable] ?? "its key") in the config file)")
        }
        return found
    }

    /// The daemon's own state, its keys among it.
    func stateDirectory() throws -> String {
        try value(stateDir, "MEETINGFS_STATE_DIR")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/state/meetingfs").path
    }

    /// The PostgreSQL URL, with the password from the password file if one is given. `asOwner`: the commands that
    /// need the database owner (backup, restore --drill, maintain) take postgres.owner_url when no flag names a URL.
    func postgres(asOwner: Bool = false) throws -> String {
        if asOwner, postgresURL == nil, let owner = try value(nil, "MEETINGFS_OWNER_POSTGRES_URL") {
            guard let file = try value(nil, "MEETINGFS_OWNER_POSTGRES_PASSWORD_FILE") else { return owner }
            return Self.adding(password: try SecretFile.read(file, option: "postgres.owner_password_file"), to: owner)
        }
        let url = try required(postgresURL, "MEETINGFS_POSTGRES_URL", "--postgres-url")
        guard let file = try value(postgresPasswordFile, "MEETINGFS_POSTGRES_PASSWORD_FILE") else { return url }
        return Self.adding(password: try SecretFile.read(file, option: "--postgres-password-file"), to: url)
    }

    private static func adding(password: String, to url: String) -> String {
        let encoded = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
        return url + (url.contains("?") ? "&" : "?") + "password=" + encoded
    }

    func s3Secret() throws -> String {
        if let file = try value(s3SecretKeyFile, "MEETINGFS_S3_SECRET_KEY_FILE"), s3SecretKey == nil {
            return try SecretFile.read(file, option: "--s3-secret-key-file")
        }
        return try required(s3SecretKey, "MEETINGFS_S3_SECRET_KEY", "--s3-secret-key or --s3-secret-key-file")
    }

    func settings(asOwner: Bool = false) throws -> Settings {
        let endpointText = try required(s3Endpoint, "MEETINGFS_S3_ENDPOINT", "--s3-endpoint")
        let endpoints: [URL]
        do { endpoints = try S3Config.parseEndpoints(endpointText) } catch {
            throw ValidationError("S3 endpoint must be an http(s) URL or a comma-separated list of them, got '\(error.entry)'")
        }
        var s3 = S3Config(endpoints: endpoints,
                          bucket: try required(s3Bucket, "MEETINGFS_S3_BUCKET", "--s3-bucket"),
                          accessKey: try required(s3AccessKey, "MEETINGFS_S3_ACCESS_KEY", "--s3-access-key"),
                          secretKey: try s3Secret())
        s3.customerKeys = try customerKeys()
        if let link = try value(s3LinkEndpoint, "MEETINGFS_S3_LINK_ENDPOINT") {
            guard let urls = try? S3Config.parseEndpoints(link), urls.count == 1 else {
                throw ValidationError("S3 link endpoint must be one http(s) URL, got '\(link)'")
            }
            s3.linkEndpoint = urls[0]
        }
        try TransportSecurity.refuseCustomerKeysInTheClear(s3)
        s3.caFile = try value(s3CAFile, "MEETINGFS_S3_CA_FILE")
        if let caFile = s3.caFile, !FileManager.default.isReadableFile(atPath: caFile) {
            throw ValidationError("--s3-ca-file \(caFile) is not a readable file")
        }
        if let timeout = try value(s3Timeout.map { String($0) }, "MEETINGFS_S3_TIMEOUT") {
            guard let seconds = Double(timeout), seconds > 0 else { throw ValidationError("S3 timeout must be positive seconds") }
            s3.requestTimeout = seconds
        }
        let bytes = try positiveSize(try value(cacheSize, "MEETINGFS_CACHE_SIZE") ?? "10G", "cache size", example: "512M or 10G")
        let directory = try value(cacheDir, "MEETINGFS_CACHE_DIR")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/meetingfs").path
        let postgresURL = try postgres(asOwner: asOwner)
        if try requireTLS || ["1", "true"].contains(value(nil, "MEETINGFS_REQUIRE_TLS") ?? "") {
            try TransportSecurity.requireTLS(postgresURL: postgresURL, s3: s3)
        }
        let state = try stateDirectory()
        var settings = Settings(
            postgresURL: postgresURL, s3: s3, cacheDirectory: URL(fileURLWithPath: directory), cacheBytes: bytes,
            localKey: KeySource(given: try value(cacheKeyFile, "MEETINGFS_CACHE_KEY_FILE"), option: "--cache-key-file",
                                stateDirectory: state, name: "cache.key"),
            linkKey: KeySource(given: try value(linkKeyFile, "MEETINGFS_LINK_KEY_FILE"), option: "--link-key-file",
                               stateDirectory: state, name: "link.key"),
            linkBaseURL: try value(linkBaseURL, "MEETINGFS_LINK_BASE_URL"))
        settings.stateDirectory = state
        if let window = try value(postgresFailoverTimeout.map { String($0) }, "MEETINGFS_POSTGRES_FAILOVER_TIMEOUT") {
            guard let seconds = Double(window), seconds >= 1, seconds <= PostgresCatalog.maxFailoverTimeout else {
                throw ValidationError("the PostgreSQL failover timeout must be 1 to \(Int(PostgresCatalog.maxFailoverTimeout)) seconds (mount leases last \(Int(PostgresCatalog.leaseTTL))), got '\(window)'")
            }
            settings.postgresFailoverTimeout = seconds
        }
        settings.pipeline = try configFile()?.pipeline ?? .standard
        settings.redisURL = try value(nil, "MEETINGFS_REDIS_URL")
        settings.weedMasters = try value(nil, "MEETINGFS_WEED_MASTERS")
        if let weed = try value(nil, "MEETINGFS_WEED_BINARY") { settings.weedBinary = weed }
        if let ttl = try value(nil, "MEETINGFS_ARTIFACT_CACHE_TTL") {
            guard let seconds = LifecyclePolicy.duration(ttl), seconds > 0 else {
                throw ValidationError("the artifact cache's time-to-live must be a duration such as 24h or 7d, got '\(ttl)'")
            }
            settings.artifactCacheTTL = seconds
        }
        if let keepFree = try value(cacheKeepFree, "MEETINGFS_CACHE_KEEP_FREE") {
            let digits = keepFree.hasSuffix("%") ? String(keepFree.dropLast()) : keepFree
            guard let percent = Double(digits), (0..<90).contains(percent) else {
                throw ValidationError("cache keep-free must be a percentage from 0 to 89, e.g. 10%")
            }
            settings.cacheKeepFree = percent / 100
        }
        return settings
    }
}

extension StackOptions {
    /// The SSE-C keys: the current one (objects are written with it) first, then the old ones.
    func customerKeys() throws -> [CustomerKey] {
        let current = try value(sseCKeyFile, "MEETINGFS_SSE_C_KEY_FILE").map { try KeyFile.load($0, option: "--sse-c-key-file") }
        let oldFiles = try sseCOldKeyFiles.isEmpty ? configFile()?.lists["s3.sse_c_old_key_files"] ?? [] : sseCOldKeyFiles
        let old = try oldFiles.map { try KeyFile.load($0, option: "--sse-c-old-key-file") }
        if current == nil && !old.isEmpty { throw ValidationError("--sse-c-old-key-file needs --sse-c-key-file (the key to write with)") }
        return ([current].compactMap { $0 } + old).map(CustomerKey.init)
    }
}

/// Secrets kept in files: only their owner may read them, as ssh and libpq demand of key and password files.
enum SecretFile {
    static func read(_ path: String, option: String) throws -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { throw ValidationError("\(option) \(path): \(String(cString: strerror(errno)))") }
        guard info.st_mode & 0o077 == 0 else {
            throw ValidationError("\(option) \(path) is readable by group or others (mode \(String(info.st_mode & 0o777, radix: 8))): chmod 600 it")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw ValidationError("\(option) \(path) is not readable text") }
        let secret = text.trimmingCharacters(in: .newlines)
        guard !secret.isEmpty else { throw ValidationError("\(option) \(path) is empty") }
        return secret
    }
}

/// A size such as 16M or 2T, above zero; else an error naming `what` with an `example` of the sizes it takes.
func positiveSize(_ text: String, _ what: String, example: String) throws -> Int64 {
    guard let bytes = Settings.parseSize(text), bytes > 0 else {
        throw ValidationError("\(what) '\(text)' is not a size such as \(example)")
    }
    return bytes
}
