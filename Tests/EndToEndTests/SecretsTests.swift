import Foundation
import TestSupport
import XCTest

/// The S3 secret and the database password never show in `ps` or in the daemon's log.
final class SecretsTests: XCTestCase {
    private var secret = ""
    private var password = ""
    private var urlWithoutPassword = ""

    override func setUpWithError() throws {
        let env = TestStack.environment
        guard let s3Secret = env["MEETINGFS_S3_SECRET_KEY"], var url = env["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:)),
            let dbPassword = url.password
        else { throw TestStack.Missing() }
        secret = s3Secret
        password = dbPassword
        url.password = nil
        urlWithoutPassword = url.string!
    }

    func testSecretsGivenOnTheCommandLineDoNotReachTheDaemonsCommandLine() throws {
        try mountUseAndCheck(["--s3-secret-key", secret, "--postgres-url", TestStack.environment["MEETINGFS_POSTGRES_URL"]!])
    }

    func testSecretFilesWork() throws {
        let directory = TestStack.scratchDirectory("secrets")
        let secretFile = try write(secret, to: directory.appendingPathComponent("s3-secret"), mode: 0o600)
        let passwordFile = try write(password, to: directory.appendingPathComponent("pg-password"), mode: 0o400)
        try mountUseAndCheck(["--s3-secret-key-file", secretFile, "--postgres-password-file", passwordFile, "--postgres-url", urlWithoutPassword])
    }

    func testSecretFilesOthersCanReadAreRefusedAndAWrongPasswordIsNotPrinted() throws {
        let directory = TestStack.scratchDirectory("secrets")
        let open = try write(secret, to: directory.appendingPathComponent("s3-secret"), mode: 0o644)
        let refused = try mountCommand(["--s3-secret-key-file", open], unsetting: "MEETINGFS_S3_SECRET_KEY")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.error.contains("readable by group or others"), refused.error)

        let wrong = "not-the-password-\(UUID().uuidString.prefix(6))"
        let wrongFile = try write(wrong, to: directory.appendingPathComponent("pg-wrong"), mode: 0o600)
        let denied = try mountCommand(["--postgres-url", urlWithoutPassword, "--postgres-password-file", wrongFile],
                                      unsetting: "MEETINGFS_POSTGRES_URL")
        XCTAssertNotEqual(denied.status, 0)
        XCTAssertTrue(denied.error.contains("password authentication failed"), denied.error)
        XCTAssertFalse((denied.output + denied.error).contains(wrong), denied.error)
    }

    /// Mounts with the secrets given by `arguments` only (not the environment), writes and reads a file, and looks
    /// for the secrets where others could see them.
    private func mountUseAndCheck(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let mount = try MountedFS(arguments: arguments, unsetting: ["MEETINGFS_S3_SECRET_KEY", "MEETINGFS_POSTGRES_URL"])
        defer { mount.unmount() }
        let meeting = mount.at("meetings/\(TestStack.uniqueId("secrets"))")
        let result = try Shell.run("mkdir '\(meeting)' && head -c 100000 /dev/urandom > '\(meeting)/raw/a.bin' && cat '\(meeting)/raw/a.bin' > /dev/null")
        XCTAssertTrue(result.succeeded, result.error, file: file, line: line)
        let ps = try Shell.run("ps -ef ww").output
        let commandLine = try String(contentsOfFile: "/proc/\(mount.pid)/cmdline", encoding: .utf8)
        let log = try String(contentsOfFile: "\(mount.cacheDirectory)/meetingfs.log", encoding: .utf8)
        XCTAssertTrue(ps.contains("\(mount.pid)"), "the daemon is in ps", file: file, line: line)
        for (name, text) in [("ps -ef", ps), ("the daemon's command line", commandLine), ("the daemon's log", log)] {
            XCTAssertFalse(text.contains(secret), "\(name) shows the S3 secret", file: file, line: line)
            XCTAssertFalse(text.contains(password), "\(name) shows the database password", file: file, line: line)
        }
    }

    /// A mount that is expected to fail (and is unmounted if it did not).
    private func mountCommand(_ arguments: [String], unsetting variable: String) throws -> Shell.Result {
        let mountpoint = TestStack.scratchDirectory("mnt").path
        let command = ["env", "-u", variable, TestStack.binary, "mount", mountpoint, "--cache-dir", TestStack.scratchDirectory("cache").path]
            + arguments
        let result = try Shell.run(command.map { "'\($0)'" }.joined(separator: " "), timeout: 60)
        if result.succeeded { _ = try Shell.run("fusermount3 -u '\(mountpoint)'") }
        return result
    }

    private func write(_ text: String, to url: URL, mode: mode_t) throws -> String {
        try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
        chmod(url.path, mode)
        return url.path
    }
}
