import Foundation
import XCTest

/// link(2): several names for one file, its link count, and the file going with its last name.
final class HardLinkTests: PosixCase {
    func testEveryNameCountsAndShowsTheSameFile() throws {
        try check { p in
            p.write("f", "one")
            p.link("f", "g")
            p.lstat("f")
            p.lstat("g")
            p.sameNode("f", "g")
            p.mkdir("d")
            p.link("g", "d/h")
            p.lstat("f")
            p.contents("d/h")
            p.write("g", "+two", flags: O_WRONLY | O_APPEND)
            p.contents("f")
            p.contents("d/h")
            p.list("")
            p.list("d")
            p.unlink("f")
            p.lstat("g")
            p.contents("g")
            p.rmdir("d")
            p.unlink("g")
            p.lstat("d/h")
            p.contents("d/h")
            p.unlink("d/h")
            p.rmdir("d")
            p.list("")
        }
    }

    func testLinkErrors() throws {
        try check { p in
            p.write("f", "x")
            p.mkdir("d")
            p.link("missing", "x")
            p.link("f", "d")
            p.link("d", "dirlink")
            p.link("f", "missing/x")
            p.link("f", String(repeating: "n", count: 256))
            p.write("f2", "y")
            p.link("f", "f2")
            p.symlink("f", "sym")
            p.link("sym", "sym2")
            p.lstat("sym2")
            p.readlink("sym2")
            p.mkfifo("fifo")
            p.link("fifo", "fifo2")
            p.lstat("fifo")
        }
    }

    func testLinkAndUnlinkChangeTheFileCtimeAndTheDirectoryTimes() throws {
        try check { p in
            p.write("f", "x")
            p.mkdir("d")
            p.markTimes("f", "d", "")
            p.link("f", "d/g")
            p.timesChanged("f", "d", "")
            p.markTimes("f", "d", "")
            p.unlink("f")
            p.timesChanged("d/g", markedAs: "f")
            p.timesChanged("d", "")
        }
    }

    func testRenamesBetweenNamesOfOneFileAndOverLinks() throws {
        try check { p in
            p.write("f", "first")
            p.link("f", "g")
            p.rename("f", "g")
            p.list("")
            p.lstat("f")
            p.rename("g", "h")
            p.list("")
            p.contents("h")
            p.write("other", "second")
            p.rename("other", "h")
            p.lstat("f")
            p.contents("h")
            p.contents("f")
            p.link("f", "k")
            p.write("new", "third")
            p.rename("new", "f")
            p.lstat("k")
            p.contents("k")
            p.contents("f")
        }
    }
}
