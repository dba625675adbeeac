import Foundation
import TestSupport
import XCTest

/// The background daemon's log stays bounded: past --log-max-size it moves to <log>.1 and the daemon goes on
/// writing to a new file.
final class LogRotationTests: XCTestCase {
    func testAFullLogMovesAsideAndTheDaemonWritesANewOne() throws {
        let mount = try MountedFS(arguments: ["--log-max-size", "4K"])
        defer { mount.unmount() }
        let log = "\(mount.cacheDirectory)/meetingfs.log"
        XCTAssertTrue(TestStack.wait(upTo: 10) { ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("msg=mounted") })
        // Output piling up, as a chatty day would make it.
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data(repeating: UInt8(ascii: "x"), count: 8192))
        try handle.close()
        XCTAssertTrue(TestStack.wait(upTo: 30) { FileManager.default.fileExists(atPath: log + ".1") }, "rotated")
        let earlier = try String(contentsOfFile: log + ".1", encoding: .utf8)
        XCTAssertTrue(earlier.contains("msg=mounted"), "the earlier lines are kept in .1")
        // The daemon's own lines are one event each, in logfmt (the filler above is not the daemon's).
        let events = earlier.split(separator: "\n").filter { !$0.hasPrefix("x") }
        XCTAssertFalse(events.isEmpty)
        for event in events {
            XCTAssertNotNil(event.range(of: #"^ts=\S+ level=(trace|debug|info|notice|warning|error|critical) logger=\S+ msg="#,
                                        options: .regularExpression), String(event))
        }
        XCTAssertTrue(TestStack.wait(upTo: 10) {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("log rotated")
        }, "the daemon writes to the new file")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: log)[.size] as? Int)
        XCTAssertLessThan(size, 4096)
        XCTAssertTrue(try Shell.run("ls '\(mount.path)'").succeeded, "the mount goes on")
    }
}
