import Foundation
import XCTest

/// symlink(2), readlink(2), lstat(2) and the kernel's following of links stored on the mount.
final class SymlinkTests: PosixCase {
    func testALinkKeepsItsTargetTextAndIsFollowed() throws {
        try check { p in
            p.write("file", "hello\n")
            p.symlink("file", "link")
            p.readlink("link")
            p.lstat("link")
            p.stat("link")
            p.contents("link")
            p.symlink("some dir/../with spaces/ünïcödé", "text")
            p.readlink("text")
            p.lstat("text")
            p.symlink("/absolute/elsewhere", "absolute")
            p.readlink("absolute")
        }
    }

    func testDanglingLoopingAndNoFollow() throws {
        try check { p in
            p.symlink("missing", "dangling")
            p.lstat("dangling")
            p.stat("dangling")
            p.contents("dangling")
            p.symlink("b", "a")
            p.symlink("a", "b")
            p.stat("a")
            p.tryOpen("a", O_RDONLY, "through a loop")
            p.write("file", "x")
            p.symlink("file", "link")
            p.tryOpen("link", O_RDONLY | O_NOFOLLOW, "O_NOFOLLOW")
            p.tryOpen("link", O_RDONLY | O_NOFOLLOW | Probe.pathOnly, "O_NOFOLLOW|O_PATH")
            p.write("dangling", "made through the link")
            p.contents("missing")
        }
    }

    func testLinksAsNamesCollideUnlinkAndRename() throws {
        try check { p in
            p.write("file", "x")
            p.mkdir("dir")
            p.symlink("file", "link")
            p.symlink("other", "link")
            p.symlink("x", "file")
            p.symlink("x", "dir")
            p.mkdir("link")
            p.write("link", "written through", flags: O_WRONLY | O_CREAT | O_EXCL)
            p.symlink("dir", "dirlink")
            p.stat("dirlink")
            p.write("dirlink/inside", "y")
            p.list("dir")
            p.rmdir("dirlink")
            p.unlink("dirlink")
            p.list("")
            p.rename("link", "dir/moved")
            p.readlink("dir/moved")
            p.contents("dir/moved")
            p.rename("dir/moved", "file")
            p.lstat("file")
            p.readlink("file")
            p.readlink("dir")
            p.readlink("missing")
        }
    }

    func testTargetAndNameLimits() throws {
        try check { p in
            p.symlink(String(repeating: "t", count: 4095), "longest")
            p.readlink("longest")
            p.lstat("longest")
            p.symlink(String(repeating: "t", count: 4096), "too-long")
            p.symlink("x", String(repeating: "n", count: 255))
            p.symlink("x", String(repeating: "n", count: 256))
            p.symlink("", "empty")
        }
    }

    func testCreatingALinkChangesItsDirectoryTimes() throws {
        try check { p in
            p.mkdir("dir")
            p.markTimes("dir")
            p.symlink("x", "dir/link")
            p.timesChanged("dir")
            p.markTimes("dir", "dir/link")
            p.unlink("dir/link")
            p.timesChanged("dir")
        }
    }

    func testOwnerAndTimesOfTheLinkItself() throws {
        try check(as: [.root]) { p in
            p.write("file", "x")
            p.symlink("file", "link")
            p.lchown("link", 4242, 4343)
            p.lstat("link")
            p.stat("link")
            p.utimens("link", atime: timespec(tv_sec: 1_000, tv_nsec: 5), mtime: timespec(tv_sec: 2_000, tv_nsec: 123_456_789), noFollow: true)
            p.times("link")
        }
    }
}
