import Foundation
import TestSupport
import XCTest

/// A mount waits out a PostgreSQL outage shorter than its failover window (`--postgres-failover-timeout`), as it
/// would a primary's failover: the file system calls made meanwhile wait, then succeed.
final class FailoverWindowTests: XCTestCase {
    func testCallsMadeWhilePostgreSQLIsDownWaitAndSucceedWithinTheWindow() throws {
        let mount = try MountedFS(arguments: ["--postgres-failover-timeout", "40"])
        defer { mount.unmount() }
        let area = mount.at("meetings/\(TestStack.uniqueId("window"))")
        try Shell.run("mkdir '\(area)' && echo before > '\(area)/artifacts/kept.txt'")
        try TestStack.stopPostgres()
        var down = true
        defer { if down { try? TestStack.startPostgres() } }
        let writer = try BackgroundCommand("echo during > '\(area)/artifacts/during.txt' && cat '\(area)/artifacts/kept.txt'")
        XCTAssertNil(writer.wait(upTo: 8), "still waiting after 8 s, not failed: \(writer.output)")
        try TestStack.startPostgres()
        down = false
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)
        XCTAssertEqual(writer.output, "before\n")
        XCTAssertEqual(try String(contentsOfFile: "\(area)/artifacts/during.txt", encoding: .utf8), "during\n")
    }
}
