import Foundation
import Store

/// The real PostgreSQL and SeaweedFS that scripts/dev-stack started, as its `env` command describes them.
public enum TestStack {
    public struct Missing: Error, CustomStringConvertible {
        public let description = "integration tests need the dev stack: run scripts/test (or eval \"$(scripts/dev-stack env)\")"
    }

    public static var environment: [String: String] { ProcessInfo.processInfo.environment }

    public static func settings(cacheDirectory: URL? = nil) throws -> Settings {
        let env = environment
        guard let url = env["MEETINGFS_POSTGRES_URL"], let endpoint = env["MEETINGFS_S3_ENDPOINT"].flatMap(URL.init(string:)),
            let bucket = env["MEETINGFS_S3_BUCKET"], let access = env["MEETINGFS_S3_ACCESS_KEY"],
            let secret = env["MEETINGFS_S3_SECRET_KEY"]
        else { throw Missing() }
        var s3 = S3Config(endpoint: endpoint, bucket: bucket, accessKey: access, secretKey: secret)
        s3.requestTimeout = 5
        return Settings(postgresURL: url, s3: s3, cacheDirectory: cacheDirectory ?? scratchDirectory("cache"),
                        cacheBytes: 1 << 30)
    }

    /// A fresh directory under the system temp directory.
    public static func scratchDirectory(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A meeting id no other test run uses.
    public static func uniqueId(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// The project checkout (this file is Tests/TestSupport/TestStack.swift).
    public static var projectRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The meetingfs binary under test: $MEETINGFS_BIN, else the debug build.
    public static var binary: String {
        environment["MEETINGFS_BIN"] ?? projectRoot.appendingPathComponent(".build/debug/meetingfs").path
    }

    /// The PID of the SeaweedFS server dev-stack started, for outage tests.
    public static func seaweedPid() throws -> Int32 {
        let state = environment["MEETINGFS_STATE_DIR"] ?? projectRoot.appendingPathComponent(".state").path
        let text = try String(contentsOfFile: "\(state)/weed.pid", encoding: .utf8)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw Missing() }
        return pid
    }
}
