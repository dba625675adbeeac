import Foundation
import XCTest

/// rename(2) of files and directories, over what may and may not be replaced.
final class RenameTests: PosixCase {
    func testFilesReplaceFilesNeverDirectories() throws {
        try check { p in
            p.write("a", "first")
            p.write("b", "second")
            p.mkdir("dir")
            p.rename("a", "b")
            p.contents("b")
            p.list("")
            p.rename("b", "dir")
            p.rename("b", "b")
            p.rename("missing", "c")
            p.rename("b", "missing/c")
            p.rename("b", "dir/b")
            p.contents("dir/b")
        }
    }

    func testDirectoriesReplaceOnlyEmptyDirectories() throws {
        try check { p in
            p.mkdir("src")
            p.write("src/f", "x")
            p.mkdir("empty")
            p.mkdir("full")
            p.write("full/g", "y")
            p.write("file", "z")
            p.rename("src", "full")
            p.rename("src", "file")
            p.rename("src", "empty")
            p.list("")
            p.list("empty")
            p.rename("empty", "empty/f/inside")
            p.mkdir("empty/sub")
            p.rename("empty", "empty/sub/deeper")
            p.stat("")
        }
    }

    func testAMovedDirectoryHasItsNewParent() throws {
        try check { p in
            p.mkdir("a")
            p.mkdir("b")
            p.mkdir("a/moving")
            p.mkdir("a/moving/child")
            p.stat("a")
            p.stat("b")
            p.markTimes("a", "b", "a/moving")
            p.rename("a/moving", "b/moved")
            p.timesChanged("a", "b")
            p.timesChanged("b/moved", markedAs: "a/moving")
            p.stat("a")
            p.stat("b")
            p.sameNode("b/moved/..", "b")
            p.sameNode("b/moved/child/../..", "b")
            p.list("b/moved")
        }
    }

    func testRenamingChangesTheCtimeOfWhatMoves() throws {
        try check { p in
            p.write("f", "x")
            p.markTimes("f")
            p.rename("f", "g")
            p.timesChanged("g", markedAs: "f")
        }
    }
}
