import Foundation
import MeetingCrypto
import MeetingObjects
import MeetingCatalog
import MeetingOperations

/// The real PostgreSQL and SeaweedFS that scripts/dev-stack started, as its `env` command describes them.
public enum TestStack {
    public struct Missing: Error, CustomStringConvertible {
        public let description = "integration tests need the dev stack: run scripts/test (or eval \"$(scripts/dev-stack env)\")"
        public init() {}
    }

    public static var environment: [String: String] { ProcessInfo.processInfo.environment }

    public static func settings(cacheDirectory: URL? = nil) throws -> Settings {
        let env = environment
        guard let url = env["MEETINGFS_POSTGRES_URL"], let endpoints = env["MEETINGFS_S3_ENDPOINT"].flatMap({ try? S3Config.parseEndpoints($0) }),
            let bucket = env["MEETINGFS_S3_BUCKET"], let access = env["MEETINGFS_S3_ACCESS_KEY"],
            let secret = env["MEETINGFS_S3_SECRET_KEY"]
        else { throw Missing() }
        var s3 = S3Config(endpoints: endpoints, bucket: bucket, accessKey: access, secretKey: secret)
        s3.requestTimeout = 5
        s3.caFile = env["MEETINGFS_S3_CA_FILE"]
        return Settings(postgresURL: url, s3: s3, cacheDirectory: cacheDirectory ?? scratchDirectory("cache"),
                        cacheBytes: 1 << 30,
                        localKey: KeySource(given: nil, option: "", stateDirectory: stateDirectory, name: "cache.key"),
                        linkKey: KeySource(given: nil, option: "", stateDirectory: stateDirectory, name: "link.key"))
    }

    /// The database owner's connection (dev-stack's MEETINGFS_OWNER_POSTGRES_URL): migrations, and reading the
    /// audit log, which the mounts' role may only add to.
    public static func ownerPool() throws -> PostgresPool {
        guard let url = environment["MEETINGFS_OWNER_POSTGRES_URL"] else { throw Missing() }
        return PostgresPool(url: url, capacity: 2)
    }

    /// The cluster's superuser (dev-stack's MEETINGFS_SUPERUSER_POSTGRES_URL), for what only it may do: build a
    /// database as an earlier release left it, end other logins' connections, switch WAL segments.
    public static func superuserURL(database: String? = nil) throws -> String {
        guard var url = environment["MEETINGFS_SUPERUSER_POSTGRES_URL"].flatMap(URLComponents.init(string:)) else { throw Missing() }
        if let database { url.path = "/\(database)" }
        return url.string!
    }

    /// A loopback port nothing listens on now (the kernel's pick for a socket bound to port 0).
    public static func freePort() throws -> Int {
        let result = try Shell.run("python3 -c 'import socket; s = socket.socket(); s.bind((\"127.0.0.1\", 0)); print(s.getsockname()[1])'")
        guard let port = Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw Missing() }
        return port
    }

    /// A fresh directory under the system temp directory.
    public static func scratchDirectory(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Waits until `condition` holds, checking every 20 ms; false if it did not within `timeout` seconds.
    public static func wait(upTo timeout: TimeInterval, for condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            usleep(20_000)
        }
        return try condition()
    }

    /// A meeting id no other test run uses.
    public static func uniqueId(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// The project checkout (this file is Tests/TestSupport/TestStack.swift).
    public static var projectRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The meetingfs binary under test: $MEETINGFS_BIN, else the release build.
    public static var binary: String {
        environment["MEETINGFS_BIN"] ?? projectRoot.appendingPathComponent(".build/release/meetingfs").path
    }

    /// Where dev-stack keeps its data, logs and settings.
    public static var stateDirectory: String {
        environment["MEETINGFS_STATE_DIR"] ?? projectRoot.appendingPathComponent(".state").path
    }

    /// Restarts dev-stack's PostgreSQL (fast shutdown, which ends every client connection) and waits until it
    /// accepts connections again.
    public static func restartPostgres() throws { try postgresControl("-m fast -w -t 60 restart") }

    /// Restarts it as a crash would (immediate shutdown: no checkpoint, unflushed commits lost) and waits until it
    /// accepts connections again.
    public static func crashPostgres() throws { try postgresControl("-m immediate -w -t 60 restart") }

    /// Stops dev-stack's PostgreSQL (fast shutdown); `startPostgres` brings it back.
    public static func stopPostgres() throws { try postgresControl("-m fast -w -t 60 stop") }

    /// Starts it again with the options of its last start (pg_ctl keeps them in postmaster.opts).
    public static func startPostgres() throws {
        try postgresControl("-w -t 60 -o \"$(cut -d' ' -f2- '\(stateDirectory)/pg/data/postmaster.opts')\" start")
    }

    private static func postgresControl(_ action: String) throws {
        // In /tmp, which the postgres user can read (the tests' own scratch directory may be private).
        let script = URL(fileURLWithPath: "/tmp/meetingfs-pgctl-\(UUID().uuidString).sh")
        defer { try? FileManager.default.removeItem(at: script) }
        try "/usr/lib/postgresql/15/bin/pg_ctl -D '\(stateDirectory)/pg/data' -l '\(stateDirectory)/pg/postgres.log' \(action)\n"
            .write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        // Through Python, which closes every inherited descriptor: the server must not inherit the one by which
        // Foundation's Process learns that its child ended (it would wait for the server to exit).
        let result = try Shell.run("""
            python3 -c 'import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode)' \
                su postgres -s /bin/sh '\(script.path)'
            """, timeout: 90)
        guard result.succeeded else { throw Missing() }
    }

    /// The PID of the SeaweedFS server dev-stack started, for outage tests.
    public static func seaweedPid() throws -> Int32 {
        let state = stateDirectory
        let text = try String(contentsOfFile: "\(state)/weed.pid", encoding: .utf8)
        guard let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw Missing() }
        return pid
    }
}
