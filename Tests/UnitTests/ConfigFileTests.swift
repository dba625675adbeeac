import XCTest
@testable import MeetingOperations

/// The config file's settings: kinds checked, unknown keys refused, secrets only in a private file.
final class ConfigFileTests: XCTestCase {
    func testEverySectionIsRead() throws {
        let file = try ConfigFile.parse("""
            postgres: { url: "postgresql://h/db" }
            s3:
              endpoint: https://s3.example:8333
              bucket: meetings
              timeout: 12.5
              sse_c_old_key_files: [/etc/a.key, /etc/b.key]
            cache: { dir: /var/cache/m, size: 20G }
            require_tls: true
            mount: { threads: 8, options: [ro, noatime] }
            lifecycle: { gc_interval: 2h }
            """, source: "c.yaml")
        XCTAssertEqual(file.values["s3.bucket"], "meetings")
        XCTAssertEqual(file.values["s3.timeout"], "12.5")
        XCTAssertEqual(file.values["cache.size"], "20G")
        XCTAssertEqual(file.values["require_tls"], "true")
        XCTAssertEqual(file.values["mount.threads"], "8")
        XCTAssertEqual(file.lists["mount.options"], ["ro", "noatime"])
        XCTAssertEqual(file.lists["s3.sse_c_old_key_files"], ["/etc/a.key", "/etc/b.key"])
        XCTAssertEqual(file.lifecycle.gcInterval, 7200)
        XCTAssertFalse(file.holdsSecrets)
    }

    /// A password anywhere in a PostgreSQL URL is found, a URL of several hosts included (URLComponents cannot
    /// read one), so the file must be private.
    func testAPasswordInAMultiHostURLIsASecret() throws {
        let urls = ["postgresql://u:pw@h1:5432,h2:5432/db?sslmode=verify-full", "postgresql://u@h1:5432,h2:5432/db?password=pw",
                    "host=h1,h2 port=5432 user=u password=pw"]
        for url in urls {
            XCTAssertTrue(try ConfigFile.parse("postgres: { url: \"\(url)\" }\n", source: "c.yaml").holdsSecrets, url)
        }
        XCTAssertFalse(try ConfigFile.parse("postgres: { url: \"postgresql://u@h1:5432,h2:5432/db\" }\n", source: "c.yaml").holdsSecrets)
        XCTAssertTrue(try ConfigFile.parse("redis_url: \"redis://:pw@h:6379/0\"\n", source: "c.yaml").holdsSecrets)
    }

    func testTheShippedExampleIsAValidFile() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("dist/config.yaml.example").path
        let file = try ConfigFile.load(example)
        XCTAssertEqual(file.values["s3.bucket"], "meetingfs")
        XCTAssertEqual(file.lifecycle.rule("artifacts").keepVersions, 3)
        XCTAssertEqual(file.pipeline, .standard)
        XCTAssertEqual(file.values["schedule.restore_drill"], "Sun *-*-* 06:00:00")
        XCTAssertEqual(file.values["backup.keep_monthly"], "12")
    }

    func testWrongKeysAndKindsNameFileAndKey() {
        let cases: [(String, String)] = [
            ("s3: { bukket: x }\n", "c.yaml: s3.bukket is not a known key"),
            ("cache: { size: lots }\n", "c.yaml: cache.size must be a size"),
            ("s3: { timeout: 0 }\n", "c.yaml: s3.timeout must be a number of seconds above 0"),
            ("mount: { threads: many }\n", "c.yaml: mount.threads must be a whole number above 0"),
            ("require_tls: maybe\n", "c.yaml: require_tls must be true or false"),
            ("mount: { options: ro }\n", "c.yaml: mount.options must be a list"),
            ("s3: { bucket: [a, b] }\n", "c.yaml: s3.bucket must be a single value"),
            ("backup: { keep_last: -1 }\n", "c.yaml: backup.keep_last must be a whole number above 0"),
            ("maintain: { prune_after: soon }\n", "c.yaml: maintain.prune_after must be a duration"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try ConfigFile.parse(text, source: "c.yaml"), text) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }

    func testASecretOnlyInAPrivateFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-config-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try "s3: { secret_key: hush }\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o644)
        XCTAssertThrowsError(try ConfigFile.load(url.path)) { XCTAssertTrue("\($0)".contains("holds a secret and is readable by group or others"), "\($0)") }
        chmod(url.path, 0o600)
        XCTAssertEqual(try ConfigFile.load(url.path).values["s3.secret_key"], "hush")
        try "postgres: { url: 'postgresql://u:pw@h/db' }\n".write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, 0o640)
        XCTAssertThrowsError(try ConfigFile.load(url.path), "a password in a URL is a secret too")
    }
}
