import Foundation
import TestSupport
import XCTest
import MeetingOperations

/// `meetingfs health` is green on the dev stack, and with each part broken in turn names that part, within 15 s.
final class HealthTests: XCTestCase {
    private func health(_ extra: String = "") throws -> (result: Shell.Result, seconds: Double) {
        let start = Date()
        let result = try Shell.run("'\(TestStack.binary)' health \(extra)", timeout: 60)
        return (result, Date().timeIntervalSince(start))
    }

    private func verdicts(_ output: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: output.split(separator: "\n").compactMap { line -> (String, String)? in
            let fields = line.split(separator: ":", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            return fields.count >= 2 ? (fields[0], fields[1]) : nil
        })
    }

    func testGreenOnTheDevStack() throws {
        let (result, _) = try health()
        XCTAssertEqual(result.status, 0, result.output + result.error)
        XCTAssertEqual(verdicts(result.output), ["postgresql": "ok", "schema": "ok", "quotas": "ok", "s3": "ok", "cache": "ok"], result.output)
    }

    func testPostgresStoppedIsNamed() throws {
        try TestStack.stopPostgres()
        defer { try? TestStack.startPostgres() }
        let (result, seconds) = try health()
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertLessThan(seconds, 15)
        XCTAssertEqual(verdicts(result.output), ["postgresql": "FAILED", "schema": "FAILED", "quotas": "FAILED", "s3": "ok", "cache": "ok"], result.output)
        XCTAssertTrue(result.output.contains("schema: FAILED: not checked: PostgreSQL is unreachable"), result.output)
    }

    func testS3FrozenIsNamed() throws {
        let weed = try TestStack.seaweedPid()
        kill(weed, SIGSTOP)
        defer { kill(weed, SIGCONT) }
        let (result, seconds) = try health()
        kill(weed, SIGCONT)
        XCTAssertEqual(result.status, 1, result.output)
        XCTAssertLessThan(seconds, 15)
        XCTAssertEqual(verdicts(result.output), ["postgresql": "ok", "schema": "ok", "quotas": "ok", "s3": "FAILED", "cache": "ok"], result.output)
    }

    func testAnUnusableCacheDirectoryIsNamed() throws {
        let file = TestStack.scratchDirectory("notadir").appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let (result, _) = try health("--cache-dir '\(file.path)/cache' --json")
        XCTAssertEqual(result.status, 1, result.output)
        let checks = try JSONDecoder().decode([Health.Check].self, from: Data(result.output.utf8))
        XCTAssertEqual(checks.map(\.part), ["postgresql", "schema", "quotas", "s3", "cache"])
        XCTAssertEqual(checks.filter { !$0.ok }.map(\.part), ["cache"], result.output)
    }
}
