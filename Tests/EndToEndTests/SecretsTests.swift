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

    /// The dev stack the README's first command starts: no script holds a secret, no file of its state that
    /// holds one (or a private key, or SeaweedFS's data and store) is open to group or others, and SeaweedFS's
    /// master, volume and filer ports refuse a local user without the stack's keys.
    func testTheDevStackKeepsItsSecretsPrivate() throws {
        let state = TestStack.stateDirectory
        let secretFiles = try FileManager.default.contentsOfDirectory(atPath: "\(state)/secrets")
        let secrets = try secretFiles.map {
            try String(contentsOfFile: "\(state)/secrets/\($0)", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        XCTAssertGreaterThanOrEqual(secrets.count, 9, "\(secretFiles)")
        let scripts = TestStack.projectRoot.appendingPathComponent("scripts")
        for name in try FileManager.default.subpathsOfDirectory(atPath: scripts.path) {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: scripts.appendingPathComponent(name).path, isDirectory: &isDirectory),
                !isDirectory.boolValue else { continue }
            let text = try String(contentsOf: scripts.appendingPathComponent(name), encoding: .utf8)
            XCTAssertFalse(secrets.contains { text.contains($0) }, "scripts/\(name) holds a secret of the stack")
            XCTAssertNil(text.range(of: #"(password|secret)[A-Za-z_]*=['"]?[A-Za-z0-9]"#, options: .regularExpression),
                         "scripts/\(name) assigns a literal password or secret")
        }
        let list = TestStack.scratchDirectory("secrets").appendingPathComponent("values")
        try secrets.joined(separator: "\n").write(to: list, atomically: true, encoding: .utf8)
        let holders = try Shell.run("grep -rlF -f '\(list.path)' '\(state)' --exclude-dir=venv; find '\(state)' -path '\(state)/venv' -prune -o -name '*.key' -print")
            .output.split(separator: "\n").map(String.init) + ["\(state)/secrets", "\(state)/weed/data", "\(state)/pg/data"]
        XCTAssertTrue(holders.contains("\(state)/weed/s3.json"), "\(holders)")
        for path in Set(holders) {
            var info = stat()
            XCTAssertEqual(stat(path, &info), 0, path)
            XCTAssertEqual(info.st_mode & 0o077, 0, "\(path) is open to group or others: \(String(info.st_mode & 0o777, radix: 8))")
        }

        let ports = try String(contentsOfFile: "\(state)/stack.env", encoding: .utf8).split(separator: "\n")
            .reduce(into: [String: String]()) { found, line in
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { found[String(parts[0])] = String(parts[1]) }
            }
        let master = try XCTUnwrap(ports["WEED_MASTER_PORT"]), volume = try XCTUnwrap(ports["WEED_VOLUME_PORT"])
        let filer = try XCTUnwrap(ports["WEED_FILER_PORT"])
        let requests = [
            ("GET", "http://127.0.0.1:\(master)/dir/assign"), ("POST", "http://127.0.0.1:\(master)/submit"),
            ("DELETE", "http://127.0.0.1:\(master)/col/delete?collection=meetingfs"),
            ("PUT", "http://127.0.0.1:\(volume)/3,01637037d6"), ("GET", "http://127.0.0.1:\(volume)/3,01637037d6"),
            ("DELETE", "http://127.0.0.1:\(volume)/3,01637037d6"),
            ("GET", "http://127.0.0.1:\(filer)/buckets/meetingfs/"), ("PUT", "http://127.0.0.1:\(filer)/buckets/meetingfs/smuggled"),
            ("DELETE", "http://127.0.0.1:\(filer)/buckets/meetingfs/smuggled"),
        ]
        for (method, url) in requests {
            let answer = try Shell.run("setpriv --reuid 65534 --regid 65534 --clear-groups curl -s -m 10 -o /dev/null -w '%{http_code}' -X \(method) --data-binary x '\(url)'")
            XCTAssertTrue(["401", "403", "404"].contains(answer.output), "\(method) \(url) as nobody: \(answer.output)")
        }
        // The master's gRPC port takes only the stack's own certificate: `weed shell` without it lists nothing.
        let grpc = try XCTUnwrap(ports["WEED_MASTER_GRPC_PORT"])
        let shell = try Shell.run("""
            echo collection.list | HOME=/tmp timeout 15 setpriv --reuid 65534 --regid 65534 --clear-groups \
                '\(state)/venv/bin/weed' shell -master=127.0.0.1:\(master).\(grpc) 2>&1
            """, timeout: 30)
        XCTAssertFalse(shell.output.contains("collection:"), shell.output)
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
