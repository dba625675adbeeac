import Foundation
import Logging

/// Everything needed to reach the stack and run a file system, from flags or MEETINGFS_* variables.
public struct Settings: Sendable {
    public var postgresURL: String
    public var s3: S3Config
    public var cacheDirectory: URL
    public var cacheBytes: Int64
    public var databaseTimeout: TimeInterval = 10

    public init(postgresURL: String, s3: S3Config, cacheDirectory: URL, cacheBytes: Int64) {
        self.postgresURL = postgresURL
        self.s3 = s3
        self.cacheDirectory = cacheDirectory
        self.cacheBytes = cacheBytes
    }

    public func makePool(capacity: Int = 16) -> PostgresPool {
        PostgresPool(url: postgresURL, capacity: capacity, statementTimeout: databaseTimeout)
    }

    /// The file system over these endpoints: chunks in <cache>/chunks, staging files in `config`'s directory
    /// (default <cache>/staging).
    public func makeFileSystem(config: FileSystemConfig? = nil, logger: Logger) throws -> FileSystem {
        let config = config ?? FileSystemConfig(stagingDirectory: cacheDirectory.appendingPathComponent("staging"))
        // Staging files of a previous run belong to uploads that never committed: nothing refers to them.
        try? FileManager.default.removeItem(at: config.stagingDirectory)
        let cache = try ChunkCache(directory: cacheDirectory.appendingPathComponent("chunks"), budget: cacheBytes)
        return try FileSystem(metadata: MetadataStore(pool: makePool()), objects: S3Client(config: s3), cache: cache,
                              config: config, logger: logger)
    }

    public func makeReaper(grace: TimeInterval, logger: Logger) -> Reaper {
        Reaper(metadata: MetadataStore(pool: makePool(capacity: 2)), objects: S3Client(config: s3), grace: grace, logger: logger)
    }

    /// Parses sizes such as 512M, 10G or a plain byte count.
    public static func parseSize(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased().replacingOccurrences(of: "IB", with: "")
            .replacingOccurrences(of: "B", with: "")
        guard let last = trimmed.last else { return nil }
        if let unit = units[last] { return Int64(trimmed.dropLast()).map { $0 * unit } }
        return Int64(trimmed)
    }
}
