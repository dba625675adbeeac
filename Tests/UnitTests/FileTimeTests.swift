import Foundation
import XCTest
@testable import MeetingCore

final class FileTimeTests: XCTestCase {
    func testEveryTimespecIsKeptExactlyOrRefusedWithoutArithmeticThatCanTrap() {
        let seconds: [Int] = [.min, .max, -62_135_596_801, -62_135_596_800, -1, 0, 1, 10_000_000_000, 253_402_300_799, 253_402_300_800]
            + (0..<2000).map { _ in Int.random(in: .min ... .max) } + (0..<2000).map { _ in Int.random(in: -62_135_596_800...253_402_300_799) }
        let nanoseconds: [Int] = [.min, -1, 0, 1, 999, 1000, 999_999_999, 1_000_000_000, .max]
        for second in seconds {
            for nanosecond in nanoseconds {
                let spec = timespec(tv_sec: second, tv_nsec: nanosecond)
                let settable = FileTime.settableSeconds.contains(Int64(second)) && (0..<1_000_000_000).contains(nanosecond)
                guard let time = try? FileTime(spec) else {
                    XCTAssertFalse(settable, "\(second).\(nanosecond) was refused")
                    continue
                }
                XCTAssertTrue(settable, "\(second).\(nanosecond) was taken")
                XCTAssertEqual(time.timespec.tv_sec, second)
                XCTAssertEqual(time.timespec.tv_nsec, nanosecond)
                let stored = FileTime(microseconds: time.microseconds, extraNanoseconds: time.extraNanoseconds)
                XCTAssertEqual(stored, time, "a row's two columns give the same time back")
            }
        }
    }

    func testOrderFollowsTime() {
        XCTAssertLessThan(FileTime(nanoseconds: -1), FileTime(nanoseconds: 0))
        XCTAssertLessThan(FileTime(nanoseconds: 999), FileTime(nanoseconds: 1000))
        XCTAssertEqual(FileTime(nanoseconds: -1).timespec.tv_sec, -1)
        XCTAssertEqual(FileTime(nanoseconds: -1).timespec.tv_nsec, 999_999_999)
    }
}
