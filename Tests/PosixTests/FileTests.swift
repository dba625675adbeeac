import Foundation
import XCTest

/// open(2), unlink(2), truncate(2) and I/O on regular files, open unlinked ones included.
final class FileTests: PosixCase {
    func testOpenFlagsAndTheirErrors() throws {
        try check { p in
            p.write("f", "abc")
            p.mkdir("d")
            p.tryOpen("f", O_WRONLY | O_CREAT | O_EXCL, "O_CREAT|O_EXCL on a file")
            p.tryOpen("d", O_WRONLY, "a directory for writing")
            p.tryOpen("d", O_RDONLY | O_DIRECTORY, "a directory as O_DIRECTORY")
            p.tryOpen("f", O_RDONLY | O_DIRECTORY, "a file as O_DIRECTORY")
            p.tryOpen("f/", O_RDONLY, "a file with a trailing slash")
            p.tryOpen("f/x", O_RDONLY, "below a file")
            p.tryOpen("missing", O_RDONLY, "a missing file")
            p.tryOpen("d/new", O_WRONLY | O_CREAT, "a new file")
            p.lstat("d/new")
            p.write("f", "", flags: O_WRONLY | O_TRUNC)
            p.lstat("f")
            p.write("f", "appended", flags: O_WRONLY | O_APPEND)
            p.write("f", "+more", flags: O_WRONLY | O_APPEND)
            p.contents("f")
        }
    }

    func testAnUnlinkedOpenFileKeepsWorkingThroughItsDescriptor() throws {
        try check { p in
            p.write("f", "before")
            let fd = p.open("f", O_RDWR)
            p.outcome("open f", fd)
            p.unlink("f")
            p.lstat("f")
            var st = Glibc.stat()
            fstat(fd, &st)
            p.note("fstat after unlink: links=\(st.st_nlink) size=\(st.st_size)")
            let more = "|after"
            p.outcome("pwrite", more.withCString { pwrite(fd, $0, more.utf8.count, 6) } == more.utf8.count ? 0 : -1)
            lseek(fd, 0, SEEK_SET)
            p.note("read back: \(Probe.read(fd))")
            p.outcome("close", close(fd))
            p.list("")
            p.unlink("f")
        }
    }

    func testAFileReplacedByRenameWhileItIsWrittenKeepsNoName() throws {
        try check { p in
            let fd = p.open("target", O_RDWR | O_CREAT)
            p.outcome("open target", fd)
            p.outcome("write", "unfinished".withCString { Glibc.write(fd, $0, 10) } == 10 ? 0 : -1)
            p.write("new", "finished")
            p.rename("new", "target")
            p.outcome("write after the rename", "|more".withCString { Glibc.write(fd, $0, 5) } == 5 ? 0 : -1)
            var st = Glibc.stat()
            fstat(fd, &st)
            p.note("fstat of the replaced file: links=\(st.st_nlink) size=\(st.st_size)")
            p.outcome("close", close(fd))
            p.contents("target")
            p.list("")
        }
    }

    func testTruncateExtendsWithZerosAndShrinks() throws {
        try check { p in
            p.write("f", "abcdef")
            p.truncate("f", 10)
            p.lstat("f")
            p.contents("f")
            p.truncate("f", 3)
            p.contents("f")
            p.truncate("f", -1)
            p.truncate("missing", 0)
            p.mkdir("d")
            p.truncate("d", 0)
            let fd = p.open("f", O_RDWR)
            p.outcome("ftruncate", ftruncate(fd, 100_000))
            close(fd)
            p.lstat("f")
            p.contents("f")
            p.markTimes("f")
            p.truncate("f", 5)
            p.timesChanged("f")
        }
    }

    func testUnlinkErrors() throws {
        try check { p in
            p.mkdir("d")
            p.write("d/f", "x")
            p.unlink("d")
            p.unlink("missing")
            p.unlink("d/f/x")
            p.unlink("d/f")
            p.unlink("d/f")
            p.list("d")
        }
    }

    /// A new file nobody wrote is committed by its last release, which the kernel sends after close(2) returns, so
    /// it runs beside the next calls. Each of them must find the file, whether it asks before, during or after that
    /// commit (an unlink as the commit ended answered ENOENT a few times in 300 rounds).
    func testANewFileIsFoundByEveryCallWhileItsLastReleaseCommitsIt() throws {
        try check { p in
            p.mkdir("z")
            for _ in 0..<300 {
                p.write("z/e", "old")
                p.rename("z/e", "c")
                let fd = p.open("z/e", O_RDWR | O_CREAT)
                p.outcome("create z/e", fd)
                p.write("d", "written meanwhile")
                p.outcome("close z/e", close(fd))
                p.contents("z/e")
                p.unlink("z/e")
            }
        }
    }
}
