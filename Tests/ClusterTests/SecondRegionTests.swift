import Foundation
import TestSupport
import XCTest

/// scripts/dr: region B on its feeds from region A, then region A lost whole and region B promoted and mounted.
/// Runs in `scripts/test --dr`, on a region A of its own (its state directory in MEETINGFS_DR_REGION_A).
final class SecondRegionTests: XCTestCase {
    private struct Status: Decodable {
        let wal_lag_bytes: Int64?
        let lag_seconds: Double?
        let objects_behind: Int?
        let region_b_postgres: String
    }

    override func setUpWithError() throws {
        guard TestStack.environment["MEETINGFS_DR_REGION_A"] != nil else {
            throw XCTSkip("the second-region tier runs on a region A of its own: scripts/test --dr")
        }
    }

    private func sh(_ command: String, timeout: TimeInterval = 300) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private func status() throws -> Status {
        try JSONDecoder().decode(Status.self, from: Data(try Cluster.run("status --json", script: "dr").utf8))
    }

    /// sha256 of every take-N.wav under `directory`, by name.
    private func sums(_ directory: String) throws -> [String: String] {
        var sums: [String: String] = [:]
        for line in try sh("cd '\(directory)' && sha256sum take-*").split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            sums[String(fields[1])] = String(fields[0])
        }
        return sums
    }

    func testRegionBPromotedAfterRegionALostReadsEveryFileAndFsckNamesWhatHadNotArrived() throws {
        try Cluster.run("up", script: "dr")
        defer { _ = try? Cluster.run("down --purge", script: "dr") }
        let meeting = TestStack.uniqueId("region")
        let a = try MountedFS()
        let raw = a.at("meetings/\(meeting)/raw")
        _ = try sh("mkdir '\(a.at("meetings/\(meeting)"))'")
        for index in 0..<50 {
            _ = try sh("head -c \(1_000 + index * 40_000) /dev/urandom > '\(raw)/take-\(index).wav'")
        }
        let written = Date()
        let expected = try sums(raw)
        XCTAssertEqual(expected.count, 50)
        a.unmount()

        // Both feeds caught up: no WAL and no object left to send.
        var caughtUp: Status?
        XCTAssertTrue(try TestStack.wait(upTo: 120) {
            let now = try status()
            caughtUp = now
            return now.wal_lag_bytes == 0 && now.objects_behind == 0
        }, "region B never caught up: \(String(describing: caughtUp))")
        print("second region: caught up \(String(format: "%.1f", Date().timeIntervalSince(written))) s after the last close")

        // What the feeds have not carried yet when region A goes: two files committed (their rows reach B with
        // the WAL) while the object feed is stopped (their objects do not).
        let feed = try String(contentsOfFile: "\(TestStack.environment["MEETINGFS_STATE_DIR"]!)/dr/sync.pid", encoding: .utf8)
        _ = try sh("kill \(feed.trimmingCharacters(in: .whitespacesAndNewlines))")
        let late = try MountedFS()
        _ = try sh("echo late one > '\(late.at("meetings/\(meeting)/raw/late-1.txt"))' && echo late two > '\(late.at("meetings/\(meeting)/raw/late-2.txt"))'")
        late.unmount()
        XCTAssertTrue(try TestStack.wait(upTo: 60) { try status().wal_lag_bytes == 0 })

        // Region A is lost whole.
        _ = try sh("'\(TestStack.projectRoot.path)/scripts/dev-stack' down 2>&1")
        let lost = Date()
        let promoted = try Cluster.run("promote", script: "dr")
        var settings: [String: String] = [:]
        for line in promoted.split(separator: "\n") where line.hasPrefix("export ") {
            let pair = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            settings[String(pair[0])] = String(pair[1]).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        XCTAssertEqual(try status().region_b_postgres, "primary")
        let arguments = ["--postgres-url", try XCTUnwrap(settings["MEETINGFS_POSTGRES_URL"]),
                         "--s3-endpoint", try XCTUnwrap(settings["MEETINGFS_S3_ENDPOINT"]),
                         "--cache-dir", try XCTUnwrap(settings["MEETINGFS_CACHE_DIR"]),
                         "--state-dir", try XCTUnwrap(settings["MEETINGFS_STATE_DIR"])]
        let b = try MountedFS(arguments: arguments)
        defer { b.unmount() }
        let found = try sums(b.at("meetings/\(meeting)/raw"))
        print("second region: region B mounted and read \(found.count) files \(String(format: "%.1f", Date().timeIntervalSince(lost))) s after region A went")
        XCTAssertEqual(found, expected, "all 50 files with their bytes")
        XCTAssertFalse(try Shell.run("cat '\(b.at("meetings/\(meeting)/raw/late-1.txt"))'").succeeded, "a file whose object never arrived does not read")

        // fsck on B names exactly the files whose objects had not arrived; removing them leaves it clean.
        let fsck = "'\(TestStack.binary)' fsck " + arguments.map { "'\($0)'" }.joined(separator: " ")
        let findings = try Shell.run(fsck)
        XCTAssertEqual(findings.status, 1, findings.output + findings.error)
        let missing = findings.output.split(separator: "\n").filter { $0.hasPrefix("missing-object") }
        XCTAssertEqual(missing.count, 2, findings.output)
        XCTAssertTrue(missing.allSatisfy { $0.contains("/raw/") && ($0.contains("late-1.txt") || $0.contains("late-2.txt")) }, findings.output)
        _ = try sh("rm '\(b.at("meetings/\(meeting)/raw/late-1.txt"))' '\(b.at("meetings/\(meeting)/raw/late-2.txt"))'")
        XCTAssertTrue(try sh(fsck).contains("clean"))
    }
}
