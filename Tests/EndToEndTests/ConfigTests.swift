import Foundation
import TestSupport
import XCTest

/// One config file holding the whole stack: a mount needs nothing else; the environment beats the file and a flag
/// beats both; `config show` names where each value came from and masks secrets.
final class ConfigTests: XCTestCase {
    private static let variables = StackConfigFile.variables

    private func configFile() throws -> String {
        try StackConfigFile.write(extra: "mount: { attr_timeout: 2, threads: 4 }\nlifecycle: { artifacts: { keep_versions: 2 } }")
    }

    /// `env` without the variables the file replaces.
    private var bare: String { String(StackConfigFile.withoutVariables.dropFirst("env ".count)) }

    func testAMountNeedsNothingButTheFile() throws {
        let config = try configFile()
        let mount = try MountedFS(arguments: ["--config", config], unsetting: Self.variables)
        defer { mount.unmount() }
        let meeting = TestStack.uniqueId("configured")
        let result = try Shell.run("mkdir '\(mount.at("meetings/\(meeting)"))' && echo hi > '\(mount.at("meetings/\(meeting)/raw/a.txt"))' && cat '\(mount.at("meetings/\(meeting)/raw/a.txt"))'")
        XCTAssertEqual(result.output, "hi\n", result.error)
        let command = try String(contentsOfFile: "/proc/\(mount.pid)/cmdline", encoding: .utf8)
        XCTAssertFalse(command.contains(TestStack.environment["MEETINGFS_S3_SECRET_KEY"]!), "the secret is in the file, not the command line")
    }

    func testTheEnvironmentBeatsTheFileAndAFlagBeatsBoth() throws {
        let config = try configFile()
        let binary = TestStack.binary
        let fromFile = try Shell.run("env \(bare) '\(binary)' health --config '\(config)'")
        XCTAssertEqual(fromFile.status, 0, fromFile.output + fromFile.error)
        let envWins = try Shell.run("env \(bare) MEETINGFS_S3_BUCKET=no-such-bucket '\(binary)' health --config '\(config)'")
        XCTAssertEqual(envWins.status, 1)
        XCTAssertTrue(envWins.output.contains("s3: FAILED") && envWins.output.contains("bucket 'no-such-bucket' does not exist"), envWins.output)
        let flagWins = try Shell.run("env \(bare) MEETINGFS_S3_BUCKET=no-such-bucket '\(binary)' health --config '\(config)' --s3-bucket '\(TestStack.environment["MEETINGFS_S3_BUCKET"]!)'")
        XCTAssertEqual(flagWins.status, 0, flagWins.output)

        let shown = try Shell.run("env \(bare) MEETINGFS_S3_BUCKET=no-such-bucket '\(binary)' config show --json --config '\(config)'")
        XCTAssertEqual(shown.status, 0, shown.error)
        struct Line: Decodable { let setting: String; let value: String; let from: String }
        let lines = Dictionary(uniqueKeysWithValues: try JSONDecoder().decode([Line].self, from: Data(shown.output.utf8)).map { ($0.setting, $0) })
        XCTAssertEqual(lines["s3.bucket"]?.value, "no-such-bucket")
        XCTAssertEqual(lines["s3.bucket"]?.from, "env MEETINGFS_S3_BUCKET")
        XCTAssertEqual(lines["s3.endpoint"]?.from, "file \(config)")
        XCTAssertEqual(lines["s3.secret_key"]?.value, "********")
        XCTAssertEqual(lines["mount.threads"]?.value, "4")
        XCTAssertEqual(lines["cache.size"]?.from, "default")
        XCTAssertEqual(lines["lifecycle.artifacts"]?.value, "keep_versions 2")
        XCTAssertFalse(shown.output.contains(TestStack.environment["MEETINGFS_S3_SECRET_KEY"]!), "no secret printed")
        let password = try XCTUnwrap(URLComponents(string: TestStack.environment["MEETINGFS_POSTGRES_URL"]!)?.password)
        XCTAssertFalse(shown.output.contains(password), "no password printed")
    }

    func testAConfigFileOthersCanReadIsRefusedWhenItHoldsASecret() throws {
        let config = try configFile()
        chmod(config, 0o644)
        let result = try Shell.run("env \(bare) '\(TestStack.binary)' health --config '\(config)'")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.error.contains("\(config) holds a secret and is readable by group or others"), result.error)
    }
}
