import Foundation
import XCTest
@testable import MeetingCore
@testable import MeetingOperations

/// A uid refused over and over, or scanning the tree, writes a bounded number of audit rows a minute, and the
/// count of what was not written one by one is written when the minute ends.
final class RefusalThrottleTests: XCTestCase {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func refusal(_ uid: UInt32, _ path: String, result: String = "EACCES") -> AuditEvent {
        AuditEvent(uid: uid, userId: nil, userName: nil, action: "lookup", path: path, result: result)
    }

    func testARepeatedRefusalIsOneRowAndACountAtTheEndOfItsMinute() {
        var throttle = RefusalThrottle(rowsPerMinute: 100)
        XCTAssertNotNil(throttle.admit(refusal(7, "meetings/secret"), now: start))
        for second in 1...500 { XCTAssertNil(throttle.admit(refusal(7, "meetings/secret"), now: start.addingTimeInterval(Double(second) / 10))) }
        XCTAssertEqual(throttle.closeEnded(now: start.addingTimeInterval(59)), [], "the minute has not ended")
        let closing = throttle.closeEnded(now: start.addingTimeInterval(60))
        XCTAssertEqual(closing.map(\.path), ["meetings/secret"])
        XCTAssertEqual(closing.first?.bytes, 500)
        XCTAssertEqual(closing.first?.result, "EACCES")
        XCTAssertNotNil(throttle.admit(refusal(7, "meetings/secret"), now: start.addingTimeInterval(61)), "a new minute writes again")
    }

    func testAScanWritesItsBudgetAndCountsTheRest() {
        var throttle = RefusalThrottle(rowsPerMinute: 100)
        let written = (0..<10_000).compactMap { throttle.admit(refusal(7, "meetings/m\($0)"), now: start) }
        XCTAssertEqual(written.count, 100)
        XCTAssertNotNil(throttle.admit(refusal(8, "meetings/m1"), now: start), "another uid has a budget of its own")
        let closing = throttle.closeAll()
        XCTAssertEqual(closing.filter { $0.uid == 7 }.map(\.action), ["refusals-not-itemized"])
        XCTAssertEqual(closing.first { $0.uid == 7 }?.bytes, 9_900)
    }

    func testWhatSucceededAlwaysPasses() {
        var throttle = RefusalThrottle(rowsPerMinute: 1)
        for _ in 0..<10 {
            XCTAssertNotNil(throttle.admit(AuditEvent(uid: 7, userId: nil, userName: nil, action: "open", path: "a", result: "ok"), now: start))
        }
        XCTAssertEqual(throttle.closeAll(), [])
    }
}
