import Foundation
import TestSupport
import XCTest

/// A mount that cannot work says why at once, in one line, and mounts nothing.
final class StartupTests: XCTestCase {
    func testMountRefusesBadSettingsWithOneLineNamingTheCause() throws {
        let env = TestStack.environment
        guard let url = env["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:)), let port = url.port else {
            throw TestStack.Missing()
        }
        let cases: [(cause: String, arguments: [String], says: String)] = [
            ("PostgreSQL down", ["--postgres-url", "postgresql://postgres@127.0.0.1:\(try TestStack.freePort())/meetingfs"],
             "Connection refused"),
            ("wrong password", ["--postgres-url", "postgresql://meetingfs_login:wrong@127.0.0.1:\(port)/meetingfs"],
             "password authentication failed"),
            ("wrong S3 secret", ["--s3-secret-key", "not-the-secret"], "SignatureDoesNotMatch"),
            ("missing bucket", ["--s3-bucket", "no-such-bucket-\(UUID().uuidString.prefix(8).lowercased())"], "does not exist"),
            // .invalid never resolves (RFC 6761); an address that does not answer would do the same within the
            // connect timeout, but this sandbox answers every address.
            ("unreachable PostgreSQL host", ["--postgres-url", "postgresql://meetingfs_login@db.invalid:5432/meetingfs"],
             "could not translate host name \"db.invalid\""),
            ("unreachable S3 host", ["--s3-endpoint", "https://s3.invalid:8333"], "S3 unreachable: https://s3.invalid:8333: Couldn't resolve host name"),
        ]
        for (cause, arguments, says) in cases {
            let mountpoint = TestStack.scratchDirectory("mnt").path
            let cache = TestStack.scratchDirectory("cache").path
            let command = ([TestStack.binary, "mount", mountpoint, "--cache-dir", cache] + arguments).map { "'\($0)'" }
            let started = Date()
            let result = try Shell.run(command.joined(separator: " "), timeout: 60)
            let waited = Date().timeIntervalSince(started)
            let lines = (result.output + result.error).split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            XCTAssertNotEqual(result.status, 0, cause)
            XCTAssertLessThan(waited, 15, cause)
            XCTAssertEqual(lines.count, 1, "\(cause): \(lines)")
            XCTAssertTrue(lines.first?.contains(says) ?? false, "\(cause): \(lines)")
            let mounted = try String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8).contains(" \(mountpoint) ")
            XCTAssertFalse(mounted, cause)
        }
    }

    func testAMountPointAlreadyMountedMissingOrLeftDeadIsOneLine() throws {
        let first = try MountedFS()
        defer { first.unmount() }
        let dead = try MountedFS()
        kill(dead.pid, SIGKILL)  // a crash: the mount point stays, answering ENOTCONN
        XCTAssertTrue(TestStack.wait(upTo: 10) { kill(dead.pid, 0) != 0 })
        defer { _ = try? Shell.run("fusermount3 -u '\(dead.path)' || umount -l '\(dead.path)'") }
        for (cause, mountpoint, says) in [("already mounted", first.path, "is already a mount point (fuse.meetingfs)"),
                                          ("missing", "/nonexistent/meetings", "is not an existing directory"),
                                          ("left dead", dead.path, "whose daemon died: unmount it first (fusermount3 -u \(dead.path))")] {
            let started = Date()
            let result = try Shell.run("'\(TestStack.binary)' mount '\(mountpoint)' --cache-dir '\(TestStack.scratchDirectory("cache").path)'", timeout: 60)
            let lines = (result.output + result.error).split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            XCTAssertEqual(result.status, 1, cause)
            XCTAssertLessThan(Date().timeIntervalSince(started), 15, cause)
            XCTAssertEqual(lines.count, 1, "\(cause): \(lines)")
            XCTAssertTrue(lines.first?.contains(says) ?? false, "\(cause): \(lines)")
        }
        let stacked = try String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8).split(separator: "\n")
            .filter { $0.split(separator: " ").dropFirst(4).first.map(String.init) == first.path }
        XCTAssertEqual(stacked.count, 1, "nothing stacked on the first mount")
    }

    /// As another user than root, allow_other works only with user_allow_other in /etc/fuse.conf: without it the
    /// mount says so in one line, before it reaches a service.
    func testAllowOtherWithoutUserAllowOtherIsOneLineForAUserOtherThanRoot() throws {
        let conf = (try? String(contentsOfFile: "/etc/fuse.conf", encoding: .utf8)) ?? ""
        if conf.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == "user_allow_other" }) {
            throw XCTSkip("this machine's /etc/fuse.conf allows allow_other for every user")
        }
        let mountpoint = TestStack.scratchDirectory("mnt")
        chmod(mountpoint.path, 0o777)
        let settings = TestStack.environment.filter { $0.key.hasPrefix("MEETINGFS_") }.map { "'\($0.key)=\($0.value)'" }
        let started = Date()
        let result = try Shell.run("runuser -u nobody -- env \(settings.joined(separator: " ")) '\(TestStack.binary)' mount '\(mountpoint.path)' -o allow_other", timeout: 60)
        let lines = (result.output + result.error).split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        XCTAssertEqual(result.status, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(lines, ["Error: -o allow_other needs the line 'user_allow_other' in /etc/fuse.conf when not mounting as root (add it, or mount as root)"])
    }

    /// Mounts cannot migrate (their role runs no DDL): a database whose schema is behind is refused in one line
    /// that says what to run.
    func testMountRefusesASchemaThatIsNotMigrated() throws {
        guard var url = TestStack.environment["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:)) else {
            throw TestStack.Missing()
        }
        let database = "meetingfs_empty_\(UUID().uuidString.prefix(8).lowercased())"
        let owner = try TestStack.ownerPool()
        try owner.query("CREATE DATABASE \(database)")
        defer { _ = try? owner.query("DROP DATABASE \(database)") }
        url.path = "/\(database)"
        let mountpoint = TestStack.scratchDirectory("mnt").path
        let command = [TestStack.binary, "mount", mountpoint, "--cache-dir", TestStack.scratchDirectory("cache").path,
                       "--postgres-url", url.string!].map { "'\($0)'" }
        let result = try Shell.run(command.joined(separator: " "), timeout: 60)
        let lines = (result.output + result.error).split(separator: "\n")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertTrue(lines.first?.contains("schema is at version 0") ?? false, "\(lines)")
        XCTAssertTrue(lines.first?.contains("meetingfs migrate") ?? false, "\(lines)")
    }

    /// Both services of the dev stack present a certificate that verifies against the stack's CA.
    func testBothServicesOfTheDevStackSpeakVerifiedTLS() throws {
        let env = TestStack.environment
        guard let s3 = env["MEETINGFS_S3_ENDPOINT"].flatMap(URL.init(string:)), let ca = env["MEETINGFS_S3_CA_FILE"],
            let pg = env["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:)), let s3Port = s3.port, let pgPort = pg.port
        else { throw TestStack.Missing() }
        XCTAssertEqual(s3.scheme, "https")
        for (service, options) in [("S3", "-connect 127.0.0.1:\(s3Port)"), ("PostgreSQL", "-starttls postgres -connect 127.0.0.1:\(pgPort)")] {
            let result = try Shell.run("openssl s_client \(options) -CAfile '\(ca)' -verify_return_error </dev/null 2>&1", timeout: 30)
            XCTAssertTrue(result.output.contains("Verify return code: 0 (ok)"), "\(service): \(result.output)")
            XCTAssertTrue(result.output.contains("TLSv1.3") || result.output.contains("TLSv1.2"), "\(service): \(result.output)")
        }
    }

    /// `--require-tls` mounts over the dev stack's TLS endpoints and refuses, in one line, a plain S3 endpoint or a
    /// PostgreSQL URL that allows a connection in the clear.
    func testRequireTLSRefusesPlainEndpoints() throws {
        guard let plainS3 = TestStack.environment["MEETINGFS_S3_PLAIN_ENDPOINT"],
            var url = TestStack.environment["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:))
        else { throw TestStack.Missing() }
        let withMode = { (mode: String) -> String in
            url.queryItems = (url.queryItems ?? []).filter { $0.name != "sslmode" } + [URLQueryItem(name: "sslmode", value: mode)]
            return url.string!
        }
        let cases: [(cause: String, arguments: [String], says: String)] = [
            ("plain S3", ["--s3-endpoint", plainS3], "is not https"),
            ("PostgreSQL without TLS required", ["--postgres-url", withMode("prefer")], "sslmode is 'prefer'"),
            ("PostgreSQL TLS without the server checked", ["--postgres-url", withMode("require")], "sslmode is 'require'"),
        ]
        for (cause, arguments, says) in cases {
            let mountpoint = TestStack.scratchDirectory("mnt").path
            let command = ([TestStack.binary, "mount", mountpoint, "--cache-dir", TestStack.scratchDirectory("cache").path,
                            "--require-tls"] + arguments).map { "'\($0)'" }
            let result = try Shell.run(command.joined(separator: " "), timeout: 60)
            let lines = (result.output + result.error).split(separator: "\n")
            XCTAssertNotEqual(result.status, 0, cause)
            XCTAssertEqual(lines.count, 1, "\(cause): \(lines)")
            XCTAssertTrue(lines.first?.contains(says) ?? false, "\(cause): \(lines)")
        }
        let secure = try MountedFS(arguments: ["--require-tls"])
        XCTAssertTrue(try String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8).contains(" \(secure.path) "))
        secure.unmount()
    }

    /// An SSE-C key goes only over https: mount, health and url refuse an http endpoint in one line, before
    /// anything is sent.
    func testAnSSECKeyIsNeverSentOverHTTP() throws {
        guard let plainS3 = TestStack.environment["MEETINGFS_S3_PLAIN_ENDPOINT"] else { throw TestStack.Missing() }
        let key = TestStack.scratchDirectory("sse-c").appendingPathComponent("key").path
        _ = try Shell.run("head -c 32 /dev/urandom > '\(key)' && chmod 600 '\(key)'")
        let tail = "--s3-endpoint '\(plainS3)' --sse-c-key-file '\(key)'"
        for command in ["mount '\(TestStack.scratchDirectory("mnt").path)' --cache-dir '\(TestStack.scratchDirectory("cache").path)'",
                        "health", "url meetings/any/raw/file.wav"] {
            let result = try Shell.run("'\(TestStack.binary)' \(command) \(tail)", timeout: 60)
            let lines = (result.output + result.error).split(separator: "\n")
            XCTAssertNotEqual(result.status, 0, command)
            XCTAssertEqual(lines.count, 1, "\(command): \(lines)")
            XCTAssertTrue(lines.first?.contains("an SSE-C key is never sent over http") ?? false, "\(command): \(lines)")
        }
    }
}
