import Foundation
import XCTest

/// chmod(2), chown(2) and utimensat(2).
final class AttributeTests: PosixCase {
    func testModeBitsIncludingSetuidSetgidAndSticky() throws {
        try check { p in
            p.write("f", "x")
            p.mkdir("d")
            for mode: mode_t in [0o4755, 0o2755, 0o1777, 0o7777, 0o000, 0o644] {
                p.chmod("f", mode)
                p.lstat("f")
                p.chmod("d", mode == 0o000 ? 0o700 : mode)
                p.lstat("d")
            }
            p.symlink("f", "link")
            p.chmod("link", 0o600)
            p.lstat("f")
            p.markTimes("f")
            p.chmod("f", 0o640)
            p.timesChanged("f")
        }
    }

    func testChownBySuperuserClearsSetuid() throws {
        try check(as: [.root]) { p in
            p.write("f", "x")
            p.chown("f", 4242, 4343)
            p.lstat("f")
            p.chown("f", uid_t.max, 4444)
            p.lstat("f")
            p.chmod("f", 0o6755)
            p.chown("f", 4545, uid_t.max)
            p.lstat("f")
            p.mkdir("d")
            p.chmod("d", 0o2775)
            p.chown("d", 4646, 4747)
            p.lstat("d")
            p.markTimes("f")
            p.chown("f", 4545, 4545)
            p.timesChanged("f")
        }
    }

    func testUtimensSetsEachTimeApartToTheNanosecondAndHonoursNowAndOmit() throws {
        try check { p in
            p.write("f", "x")
            p.mkdir("d")
            for target in ["f", "d"] {
                p.utimens(target, atime: timespec(tv_sec: 1_500_000_000, tv_nsec: 1), mtime: timespec(tv_sec: 1_600_000_000, tv_nsec: 987_654_321))
                p.times(target)
                p.utimens(target, atime: Probe.omit, mtime: timespec(tv_sec: 1_700_000_000, tv_nsec: 5))
                p.times(target)
                p.utimens(target, atime: timespec(tv_sec: 1_400_000_000, tv_nsec: 3), mtime: Probe.omit)
                p.times(target)
                p.isNow(.atime, of: target) {
                    p.utimens(target, atime: Probe.now, mtime: Probe.omit)
                }
                p.isNow(.mtime, of: target) {}
                p.isNow(.mtime, of: target) {
                    p.utimens(target, atime: Probe.omit, mtime: Probe.now)
                }
                p.utimens(target, atime: timespec(tv_sec: 7, tv_nsec: 0), mtime: timespec(tv_sec: -1, tv_nsec: 999_999_999))
                p.times(target)
                p.markTimes(target)
                p.utimens(target, atime: timespec(tv_sec: 7, tv_nsec: 0), mtime: timespec(tv_sec: 8, tv_nsec: 9))
                p.timesChanged(target)
            }
        }
    }

    func testTimesFarFromNowAreKeptToTheNanosecond() throws {
        try check { p in
            p.write("f", "x")
            for seconds in [10_000_000_000, -10_000_000_000, 16_725_225_600, 253_402_300_799, -62_135_596_800] {
                p.utimens("f", atime: timespec(tv_sec: seconds, tv_nsec: 999_999_999), mtime: timespec(tv_sec: seconds, tv_nsec: 1))
                p.times("f")
            }
        }
    }

    func testWritingClearsSetuidAsLinuxDoes() throws {
        try check { p in
            p.write("f", "x")
            p.chmod("f", 0o6755)
            p.write("f", "y", flags: O_WRONLY | O_APPEND)
            p.lstat("f")
            p.chmod("f", 0o2745)
            p.truncate("f", 0)
            p.lstat("f")
        }
    }

    func testWritingSetsMtime() throws {
        try check { p in
            p.write("f", "x")
            p.utimens("f", atime: timespec(tv_sec: 1, tv_nsec: 0), mtime: timespec(tv_sec: 2, tv_nsec: 0))
            p.isNow(.mtime, of: "f") { p.write("f", "y", flags: O_WRONLY | O_APPEND) }
        }
    }
}
