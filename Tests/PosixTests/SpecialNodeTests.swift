import Foundation
import XCTest

/// mkfifo(3), mknod(2) and bound sockets: nodes whose data the kernel carries.
final class SpecialNodeTests: PosixCase {
    func testAFifoIsListedAndCarriesData() throws {
        try check { p in
            p.mkfifo("pipe", 0o640)
            p.lstat("pipe")
            p.mkfifo("pipe")
            p.list("")
            // One descriptor both ends (Linux allows O_RDWR on a FIFO), so no second process is needed.
            let fd = p.open("pipe", O_RDWR | O_NONBLOCK)
            p.outcome("open pipe read-write", fd)
            let sent = "through the pipe"
            p.outcome("write pipe", sent.withCString { Glibc.write(fd, $0, sent.utf8.count) } == sent.utf8.count ? 0 : -1)
            var buffer = [UInt8](repeating: 0, count: 64)
            let count = Glibc.read(fd, &buffer, buffer.count)
            p.note("read pipe: \(String(decoding: buffer[0..<max(count, 0)], as: UTF8.self))")
            close(fd)
            p.rename("pipe", "renamed")
            p.lstat("renamed")
            p.unlink("renamed")
            p.lstat("renamed")
        }
    }

    func testSocketsAndRegularMknod() throws {
        try check { p in
            p.bindSocket("sock")
            p.lstat("sock")
            p.bindSocket("sock")
            p.unlink("sock")
            p.mknod("plain", S_IFREG | 0o600)
            p.lstat("plain")
            p.contents("plain")
            p.mknod("plain", S_IFREG | 0o600)
            p.mknod("fifo", S_IFIFO | 0o600)
            p.lstat("fifo")
        }
    }

    func testDevicesOnlyForTheSuperuser() throws {
        try check { p in
            p.mknod("null", S_IFCHR | 0o666, Probe.makeDevice(1, 3))
            p.lstat("null")
            p.mknod("disk", S_IFBLK | 0o600, Probe.makeDevice(8, 1))
            p.lstat("disk")
            // Both trees are mounted nodev: the node is listed, its device is not opened.
            p.tryOpen("null", O_WRONLY, "a device on a nodev mount")
        }
    }
}
