import ArgumentParser
import Foundation
import Store

/// Where the stack is: flags first, then MEETINGFS_* environment variables.
struct StackOptions: ParsableArguments {
    @Option(help: "PostgreSQL URL (env MEETINGFS_POSTGRES_URL).")
    var postgresURL: String?

    @Option(name: .customLong("s3-endpoint"), help: "S3 endpoint, e.g. http://127.0.0.1:8333 (env MEETINGFS_S3_ENDPOINT).")
    var s3Endpoint: String?

    @Option(name: .customLong("s3-bucket"), help: "Bucket (env MEETINGFS_S3_BUCKET).")
    var s3Bucket: String?

    @Option(name: .customLong("s3-access-key"), help: "Access key (env MEETINGFS_S3_ACCESS_KEY).")
    var s3AccessKey: String?

    @Option(name: .customLong("s3-secret-key"), help: "Secret key (env MEETINGFS_S3_SECRET_KEY).")
    var s3SecretKey: String?

    @Option(name: .customLong("s3-timeout"), help: "Seconds one S3 request may take (env MEETINGFS_S3_TIMEOUT; default 30).")
    var s3Timeout: Double?

    @Option(help: "Chunk cache directory (env MEETINGFS_CACHE_DIR; default ~/.cache/meetingfs).")
    var cacheDir: String?

    @Option(help: "Chunk cache budget, e.g. 10G (env MEETINGFS_CACHE_SIZE; default 10G).")
    var cacheSize: String?

    private func value(_ flag: String?, _ variable: String) -> String? {
        flag ?? ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
    }

    private func required(_ flag: String?, _ variable: String, _ option: String) throws -> String {
        guard let found = value(flag, variable) else {
            throw ValidationError("missing \(option) (or the environment variable \(variable))")
        }
        return found
    }

    func postgres() throws -> String { try required(postgresURL, "MEETINGFS_POSTGRES_URL", "--postgres-url") }

    func settings() throws -> Settings {
        let endpointText = try required(s3Endpoint, "MEETINGFS_S3_ENDPOINT", "--s3-endpoint")
        guard let endpoint = URL(string: endpointText), endpoint.scheme == "http" || endpoint.scheme == "https" else {
            throw ValidationError("S3 endpoint must be an http(s) URL, got '\(endpointText)'")
        }
        var s3 = S3Config(endpoint: endpoint,
                          bucket: try required(s3Bucket, "MEETINGFS_S3_BUCKET", "--s3-bucket"),
                          accessKey: try required(s3AccessKey, "MEETINGFS_S3_ACCESS_KEY", "--s3-access-key"),
                          secretKey: try required(s3SecretKey, "MEETINGFS_S3_SECRET_KEY", "--s3-secret-key"))
        if let timeout = value(s3Timeout.map { String($0) }, "MEETINGFS_S3_TIMEOUT") {
            guard let seconds = Double(timeout), seconds > 0 else { throw ValidationError("S3 timeout must be positive seconds") }
            s3.requestTimeout = seconds
        }
        let sizeText = value(cacheSize, "MEETINGFS_CACHE_SIZE") ?? "10G"
        guard let bytes = Settings.parseSize(sizeText), bytes > 0 else {
            throw ValidationError("cache size '\(sizeText)' is not a size such as 512M or 10G")
        }
        let directory = value(cacheDir, "MEETINGFS_CACHE_DIR")
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache/meetingfs").path
        return Settings(postgresURL: try postgres(), s3: s3, cacheDirectory: URL(fileURLWithPath: directory), cacheBytes: bytes)
    }
}
