import Foundation
import XCTest
@testable import MeetingOperations

/// Which snapshots a retention policy keeps (backup prune): restic's rules, each keeping the newest snapshot of
/// its period, a snapshot kept by any rule staying.
final class BackupRetentionTests: XCTestCase {
    /// Snapshots at the given UTC times, named by them.
    private func snapshots(_ times: [String]) -> [(id: String, created: Date)] {
        let format = ISO8601DateFormatter()
        return times.map { ($0, format.date(from: $0)!) }
    }

    private let history = [
        "2026-10-30T02:00:00Z", "2026-11-02T02:00:00Z", "2026-11-30T02:00:00Z",  // Oct, Nov (week 45), Nov (week 49)
        "2026-12-01T02:00:00Z", "2026-12-01T14:00:00Z",                          // two on one day
        "2026-12-03T02:00:00Z", "2026-12-04T02:00:00Z", "2026-12-05T02:00:00Z",
    ]

    func testKeepLastKeepsTheNewest() {
        XCTAssertEqual(BackupRetention(last: 3).kept(snapshots(history)),
                       ["2026-12-03T02:00:00Z", "2026-12-04T02:00:00Z", "2026-12-05T02:00:00Z"])
    }

    func testKeepDailyKeepsTheNewestOfEachDay() {
        XCTAssertEqual(BackupRetention(daily: 4).kept(snapshots(history)),
                       ["2026-12-01T14:00:00Z", "2026-12-03T02:00:00Z", "2026-12-04T02:00:00Z", "2026-12-05T02:00:00Z"])
    }

    func testKeepWeeklyAndMonthlyCountPeriodsThatHaveASnapshot() {
        // ISO weeks: 49 (Nov 30 - Dec 6) holds Dec 5; 45 (Nov 2 - 8) holds Nov 2; 44 holds Oct 30.
        XCTAssertEqual(BackupRetention(weekly: 2).kept(snapshots(history)), ["2026-12-05T02:00:00Z", "2026-11-02T02:00:00Z"])
        XCTAssertEqual(BackupRetention(monthly: 3).kept(snapshots(history)),
                       ["2026-12-05T02:00:00Z", "2026-11-30T02:00:00Z", "2026-10-30T02:00:00Z"])
    }

    func testRulesAddUpAndAnEmptyPolicyKeepsNothing() {
        XCTAssertEqual(BackupRetention(last: 1, monthly: 2).kept(snapshots(history)), ["2026-12-05T02:00:00Z", "2026-11-30T02:00:00Z"])
        XCTAssertFalse(BackupRetention().keepsSomething)
        XCTAssertEqual(BackupRetention().kept(snapshots(history)), [])
        XCTAssertEqual(BackupRetention.standard, BackupRetention(daily: 7, weekly: 4, monthly: 12))
    }
}
