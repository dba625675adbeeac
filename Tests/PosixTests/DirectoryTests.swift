import Foundation
import XCTest

/// mkdir(2), rmdir(2), a directory's link count and times.
final class DirectoryTests: PosixCase {
    func testLinkCountIsTwoPlusSubdirectories() throws {
        try check { p in
            p.mkdir("d")
            p.stat("d")
            p.mkdir("d/a")
            p.mkdir("d/b")
            p.write("d/file", "x")
            p.symlink("a", "d/link")
            p.stat("d")
            p.stat("d/a")
            p.rmdir("d/a")
            p.stat("d")
            p.rename("d/b", "b")
            p.stat("d")
            p.stat("")
        }
    }

    func testMakeAndRemoveErrors() throws {
        try check { p in
            p.mkdir("d", 0o750)
            p.stat("d")
            p.mkdir("d")
            p.write("file", "x")
            p.mkdir("file")
            p.mkdir("file/sub")
            p.mkdir("missing/sub")
            p.mkdir("d/sub")
            p.rmdir("d")
            p.rmdir("file")
            p.rmdir("missing")
            p.rmdir("d/sub/.")
            p.rmdir("d/sub/..")
            p.rmdir("d/sub")
            p.rmdir("d")
            p.list("")
        }
    }

    func testEntriesChangeTheDirectoryTimes() throws {
        try check { p in
            p.mkdir("d")
            p.markTimes("d")
            p.mkdir("d/sub")
            p.timesChanged("d")
            p.markTimes("d", "d/sub")
            p.write("d/file", "x")
            p.timesChanged("d", "d/sub")
            p.markTimes("d")
            p.write("d/file", "rewritten")
            p.timesChanged("d")
            p.markTimes("d")
            p.rename("d/file", "d/renamed")
            p.timesChanged("d")
            p.markTimes("d")
            p.unlink("d/renamed")
            p.timesChanged("d")
            p.markTimes("d")
            p.rmdir("d/sub")
            p.timesChanged("d")
            p.markTimes("d")
            p.chmod("d", 0o700)
            p.timesChanged("d")
        }
    }
}
