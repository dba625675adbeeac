import XCTest
@testable import MeetingCore

/// The lifecycle section of the config file: what it sets, and that every mistake is one line naming file and key.
final class LifecyclePolicyTests: XCTestCase {
    func testAFullPolicyAndTheDefaultsForWhatItLeavesOut() throws {
        let policy = try LifecyclePolicy.parse("""
            lifecycle:
              gc_interval: 15m
              temp: { ttl: 2h }
              raw: { archive_after: 30d, delete_after: 365d, keep_versions: 1 }
              artifacts:
                keep_versions: 5
            """, source: "c.yaml")
        XCTAssertEqual(policy.gcInterval, 900)
        XCTAssertEqual(policy.tempTTL, 7200)
        XCTAssertEqual(policy.rule("raw"), .init(archiveAfter: 30 * 86400, deleteAfter: 365 * 86400, keepVersions: 1))
        XCTAssertEqual(policy.rule("artifacts").keepVersions, 5)
        XCTAssertEqual(policy.rule("audio"), .init(), "audio keeps its defaults: no retention, no versions")
        XCTAssertEqual(policy.deletionGrace, 600)
        XCTAssertEqual(try LifecyclePolicy.parse("", source: "empty.yaml"), LifecyclePolicy())
        XCTAssertEqual(LifecyclePolicy().rule("artifacts").keepVersions, 3)
    }

    func testMistakesNameTheFileAndTheKey() {
        let cases: [(String, String)] = [
            ("lifecycle:\n  raw: { archive_afer: 30d }\n", "c.yaml: lifecycle.raw.archive_afer is not a known key"),
            ("lifecycle:\n  gc_interval: soon\n", "c.yaml: lifecycle.gc_interval must be a duration"),
            ("lifecycle:\n  raw: { keep_versions: -1 }\n", "c.yaml: lifecycle.raw.keep_versions must be a whole number"),
            ("lifecycle:\n  raw: { archive_after: 30d, delete_after: 7d }\n", "c.yaml: lifecycle.raw.delete_after must be longer than archive_after"),
            ("lifecycle:\n  artifacts: { delete_after: 7d }\n", "c.yaml: lifecycle.artifacts.delete_after is not a known key"),
            ("lifecycle:\n  temp: { ttl: 0s }\n", "c.yaml: lifecycle.temp.ttl must be longer than 0s"),
            ("mounts: {}\n", "c.yaml: mounts is not a known key"),
            ("lifecycle: [1, 2]\n", "c.yaml: lifecycle must be a mapping"),
            ("lifecycle: {raw: {keep_versions: 1}\n", "c.yaml: not valid YAML"),
        ]
        for (text, expected) in cases {
            XCTAssertThrowsError(try LifecyclePolicy.parse(text, source: "c.yaml"), text) { error in
                XCTAssertTrue("\(error)".hasPrefix(expected), "\(error)")
            }
        }
    }

    func testDurations() {
        XCTAssertEqual(LifecyclePolicy.duration("90"), 90)
        XCTAssertEqual(LifecyclePolicy.duration("90s"), 90)
        XCTAssertEqual(LifecyclePolicy.duration("1.5h"), 5400)
        XCTAssertEqual(LifecyclePolicy.duration("0d"), 0)
        XCTAssertNil(LifecyclePolicy.duration("-1d"))
        XCTAssertNil(LifecyclePolicy.duration("1w"))
        XCTAssertNil(LifecyclePolicy.duration(""))
    }
}
