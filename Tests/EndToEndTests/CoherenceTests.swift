import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// Two mounts of one stack see each other's changes at once: each change is announced with NOTIFY and the other
/// mount drops what it cached, in the daemon and in the kernel. Both mounts keep the default attribute timeout
/// (60 s), so without the announcement mount B would not look again for a minute.
final class CoherenceTests: XCTestCase {
    private var a: MountedFS!
    private var b: MountedFS!
    private var meeting: String!

    override func setUpWithError() throws {
        a = try MountedFS()
        b = try MountedFS()
        meeting = TestStack.uniqueId("coherence")
        try sh("mkdir '\(a.at("meetings/\(meeting!)"))'")
    }

    override func tearDownWithError() throws {
        a?.unmount()
        b?.unmount()
    }

    private func area(_ mount: MountedFS) -> String { mount.at("meetings/\(meeting!)/artifacts") }

    /// (A name B lacks is asked for anew at each lookup, so this holds without announcements too; it measures.)
    func testAFileClosedOnOneMountIsListedOpenedAndReadOnTheOtherWithin100ms() throws {
        let latencies = try trials("new", count: 200)
        report("new file on A, read on B", latencies)
        XCTAssertLessThanOrEqual(Self.percentile(latencies, 0.99), 0.1)
    }

    func testAFileReplacedOnOneMountIsNeverReadStaleOnTheOther() throws {
        let latencies = try trials("replace", count: 100)
        report("replaced on A (in place and by rename), read on B", latencies)
        XCTAssertLessThanOrEqual(Self.percentile(latencies, 0.99), 0.1)
    }

    /// Changes committed while B cannot listen are not announced to it: B drops all it cached once it listens again.
    func testAPostgreSQLRestartUnderBothMountsLosesNoInvalidation() throws {
        let target = "\(area(a))/kept.txt"
        try sh("echo before > '\(target)'")
        XCTAssertTrue(TestStack.wait(upTo: 5) { (try? String(contentsOfFile: "\(self.area(self.b))/kept.txt", encoding: .utf8)) == "before\n" })
        _ = try FileManager.default.contentsOfDirectory(atPath: area(b))  // B's listing of the area is cached now

        try TestStack.stopPostgres()
        try TestStack.startPostgres()
        // A writes as soon as PostgreSQL takes writes again, which may be before B listens again.
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? Shell.run("echo after > '\(target)' && echo new > '\(self.area(self.a))/born.txt'").succeeded) ?? false })

        XCTAssertTrue(TestStack.wait(upTo: 10) {
            (try? String(contentsOfFile: "\(self.area(self.b))/kept.txt", encoding: .utf8)) == "after\n"
                && ((try? FileManager.default.contentsOfDirectory(atPath: self.area(self.b))) ?? []).contains("born.txt")
        }, "B sees what A changed around the restart")
        // And B hears announcements again.
        let latencies = try trials("new", count: 20)
        XCTAssertLessThanOrEqual(latencies.max() ?? 1, 0.1, "\(latencies)")
    }

    /// A change committed while B's listening connection is cut goes unheard: once B listens again it drops all
    /// it cached, the names its kernel holds included, and reads A's version (here a rename over the file, which
    /// gives the name another inode: B's kernel would go on opening the old one).
    func testAChangeMadeWhileTheListenerReconnectsIsNotMissed() throws {
        let target = "\(area(a))/kept.txt", onB = "\(area(b))/kept.txt"
        try sh("echo before > '\(target)'")
        XCTAssertTrue(TestStack.wait(upTo: 5) { (try? String(contentsOfFile: onB, encoding: .utf8)) == "before\n" })
        // Ending another login's connection is the superuser's (or pg_signal_backend's), not the owner's.
        let cut = try PostgresPool(url: TestStack.superuserURL(), capacity: 1).query(
            "SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE query = 'LISTEN meetingfs_changes'")
        XCTAssertGreaterThanOrEqual(cut.first?.int("n") ?? 0, 2, "A's and B's listeners")
        // At once: B's listener waits a tenth of a second before it connects again.
        try sh("echo after > '\(area(a))/incoming' && mv '\(area(a))/incoming' '\(target)'")
        XCTAssertTrue(TestStack.wait(upTo: 10) { (try? String(contentsOfFile: onB, encoding: .utf8)) == "after\n" },
                      "B reads \(String(describing: try? String(contentsOfFile: onB, encoding: .utf8)))")
    }

    /// Runs `count` trials of `kind` in one Python process (its clock times both sides) and returns the seconds
    /// from A's close until B read the new bytes. The script exits 1 if B ever read a version older than one it had
    /// already read.
    private func trials(_ kind: String, count: Int) throws -> [Double] {
        let script = TestStack.projectRoot.appendingPathComponent("Tests/Scripts/coherence_trials.py").path
        let result = try Shell.run("python3 '\(script)' \(kind) '\(area(a))' '\(area(b))' \(count)", timeout: 300)
        XCTAssertTrue(result.succeeded, "\(result.output)\(result.error)")
        let data = Data(result.output.utf8)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [Double], result.output)
    }

    private func report(_ what: String, _ latencies: [Double]) {
        let ms = { (q: Double) in String(format: "%.1f", Self.percentile(latencies, q) * 1000) }
        print("coherence, \(what): \(latencies.count) trials, ms p50 \(ms(0.5)) p90 \(ms(0.9)) p99 \(ms(0.99)) max \(ms(1))")
    }

    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .infinity }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * q).rounded(.up)) - 1)]
    }

    @discardableResult
    private func sh(_ command: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try Shell.run(command)
        XCTAssertTrue(result.succeeded, "`\(command)` exited \(result.status): \(result.error)", file: file, line: line)
        return result.output
    }
}
