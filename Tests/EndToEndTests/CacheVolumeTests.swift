import Foundation
import TestSupport
import XCTest

/// The chunk cache leaves its volume room, whatever its budget (issue 25, item 7).
final class CacheVolumeTests: EndToEndCase {
    private var volume: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        volume = TestStack.scratchDirectory("small-volume").path
        try sh("mount -t tmpfs -o size=64m meetingfs-small-cache '\(volume!)'")
    }

    override func tearDownWithError() throws {
        try super.tearDownWithError()
        if let volume { _ = try? Shell.run("umount '\(volume)'") }
    }

    private func freeShare() throws -> Double {
        let fields = try sh("stat -f -c '%a %b' '\(volume!)'").split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return fields[0] / fields[1]
    }

    func testAFullCacheVolumeEvictsForWritersAndReadersAndKeepsTenPercentFree() throws {
        let small = try MountedFS(cacheDirectory: volume, arguments: ["--cache-size", "10G"])
        defer { small.unmount() }
        let source = TestStack.scratchDirectory("sources").path
        try sh("head -c 200M /dev/urandom > '\(source)/big.wav' && head -c 20M /dev/urandom > '\(source)/w.wav'")
        try sh("cp '\(source)/big.wav' '\(meetingPath)/raw/big.wav'")  // through the big-cache mount
        let raw = small.at("meetings/\(meeting!)/raw")
        XCTAssertEqual(try sha256("\(raw)/big.wav"), try sha256("\(source)/big.wav"), "a 200 MB file reads back whole")
        XCTAssertGreaterThanOrEqual(try freeShare(), 0.10, "the cache left a tenth of the volume free")

        let writers = try (0..<8).map { index in
            try BackgroundCommand("cp '\(source)/w.wav' '\(raw)/w\(index).wav' && cmp '\(source)/w.wav' '\(raw)/w\(index).wav' && echo ok")
        }
        for writer in writers {
            XCTAssertEqual(writer.wait(upTo: 300), 0, writer.output)
        }
        // Writers that open an existing file stage a copy of it first: the cache makes way for them too.
        XCTAssertEqual(try sha256("\(raw)/big.wav"), try sha256("\(source)/big.wav"), "the cache is full again")
        let appended = try Shell.run("echo tail >> '\(raw)/w0.wav'", timeout: 300)
        XCTAssertTrue(appended.succeeded, appended.error)
        XCTAssertEqual(try sh("stat -c %s '\(raw)/w0.wav'"), "\((20 << 20) + 5)\n")
        XCTAssertGreaterThanOrEqual(try freeShare(), 0.10)
    }

    func testHealthFailsWhenTheCacheVolumeIsNearlyFull() throws {
        let healthy = try Shell.run("'\(TestStack.binary)' health --cache-dir '\(volume!)'", timeout: 60)
        XCTAssertEqual(healthy.status, 0, healthy.output + healthy.error)
        try sh("head -c 62M /dev/zero > '\(volume!)/filler'")
        let full = try Shell.run("'\(TestStack.binary)' health --cache-dir '\(volume!)'", timeout: 60)
        XCTAssertNotEqual(full.status, 0)
        XCTAssertTrue((full.output + full.error).contains("nearly full"), full.output + full.error)
    }
}
