import Foundation
import XCTest

/// NAME_MAX and PATH_MAX, and names below what is no directory.
final class NameTests: PosixCase {
    func testNameAndPathLimits() throws {
        try check { p in
            let longest = String(repeating: "a", count: 255)
            p.write(longest, "x")
            p.lstat(longest)
            p.write(String(repeating: "b", count: 256), "x")
            p.mkdir(String(repeating: "c", count: 256))
            p.rename(longest, String(repeating: "d", count: 256))
            p.list("")
            // A path of PATH_MAX bytes or more is refused before it reaches any file system.
            p.lstat(String(repeating: "e/", count: 2100))
            p.write("x/" + String(repeating: "f", count: 255), "x")
        }
    }

    func testNamesBelowAFileOrALink() throws {
        try check { p in
            p.write("f", "x")
            p.symlink("f", "link")
            p.lstat("f/")
            p.lstat("link/")
            p.mkdir("link/sub")
            p.rename("f", "link/")
            p.unlink("f/")
        }
    }
}
