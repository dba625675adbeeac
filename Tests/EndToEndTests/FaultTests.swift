import Foundation
import TestSupport
import XCTest

/// SeaweedFS frozen with SIGSTOP: every request to it hangs, the worst case for a client without timeouts.
final class FaultTests: EndToEndCase {
    override func setUpWithError() throws {
        _ = try TestStack.settings()
        mount = try MountedFS(arguments: ["--s3-timeout", "2"])
        meeting = TestStack.uniqueId("fault")
        try sh("mkdir '\(mount.at("meetings/\(meeting!)"))'")
    }

    func testS3OutageGivesEIOWithinTheTimeoutAndRecoversWithoutRemount() throws {
        try sh("head -c 12M /dev/urandom > '\(meetingPath)/raw/r.bin'")
        let expected = try sha256("\(meetingPath)/raw/r.bin")
        // Forget every cached byte: a fresh mount with an empty cache.
        mount.unmount()
        mount = try MountedFS(arguments: ["--s3-timeout", "2"])
        try sh("sync; echo 3 > /proc/sys/vm/drop_caches")

        let weed = try TestStack.seaweedPid()
        kill(weed, SIGSTOP)
        defer { kill(weed, SIGCONT) }
        let started = Date()
        let failed = try Shell.run("dd if='\(meetingPath)/raw/r.bin' of=/dev/null bs=1M count=1", timeout: 60)
        let waited = Date().timeIntervalSince(started)
        XCTAssertFalse(failed.succeeded)
        XCTAssertTrue(failed.error.contains("Input/output error"), failed.error)
        // The kernel may send a second read after the first fails; each is bounded by the 2 s timeout.
        XCTAssertLessThan(waited, 2 * 2 + 3)

        let upload = try Shell.run(
            "python3 -c 'f = open(\"\(meetingPath)/raw/during-outage.txt\", \"w\"); f.write(\"lost\"); f.close()'", timeout: 60)
        XCTAssertFalse(upload.succeeded, "a failed upload must fail close()")
        XCTAssertTrue(upload.error.contains("Input/output error"), upload.error)

        kill(weed, SIGCONT)
        XCTAssertEqual(try sha256("\(meetingPath)/raw/r.bin"), expected, "reads work again without a remount")
        XCTAssertEqual(try sh("ls '\(meetingPath)/raw'"), "r.bin\n", "the failed upload left nothing visible")
    }

    func testSixteenConcurrentReadersStayWithinTheReadBudget() throws {
        try sh("for n in $(seq 1 16); do head -c 24M /dev/urandom > \"\(meetingPath)/raw/f$n.bin\"; done", timeout: 600)
        let expected = try sh("cd '\(meetingPath)/raw' && sha256sum f*.bin")
        mount.unmount()
        mount = try MountedFS(arguments: ["--read-buffer-mib", "64"])
        try sh("sync; echo 3 > /proc/sys/vm/drop_caches")
        let concurrent = try sh("cd '\(meetingPath)/raw' && for n in $(seq 1 16); do sha256sum f$n.bin & done; wait")
        XCTAssertEqual(concurrent.split(separator: "\n").sorted(), expected.split(separator: "\n").sorted())
        XCTAssertEqual(concurrent.split(separator: "\n").count, 16)
        let peak = try mount.peakRSS()
        print("daemon peak RSS with 16 concurrent readers and a 64 MiB read budget: \(peak >> 20) MiB")
        // The budget, plus the runtime, 16 FUSE threads' 1 MiB request buffers and the reply in flight per reader.
        XCTAssertLessThan(peak, (64 + 96) << 20)
    }

    func testStreamingOneGiBKeepsDaemonMemoryBounded() throws {
        try sh("dd if=/dev/urandom of='\(meetingPath)/raw/long.bin' bs=1M count=1024 status=none", timeout: 600)
        mount.unmount()
        mount = try MountedFS()
        try sh("sync; echo 3 > /proc/sys/vm/drop_caches")
        let copied = try sh("dd if='\(meetingPath)/raw/long.bin' of=/dev/null bs=1M 2>&1", timeout: 600)
        XCTAssertTrue(copied.contains("1073741824 bytes"), copied)
        let peak = try mount.peakRSS()
        print("daemon peak RSS while streaming 1 GiB: \(peak >> 20) MiB")
        // The default read budget is 256 MiB; the runtime and FUSE buffers add well under 100 MiB.
        XCTAssertLessThan(peak, (256 + 96) << 20, "memory stays within the read budget, independent of file size")
    }
}
