import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// Shared helpers for tests that drive a real mount with shell tools.
class EndToEndCase: XCTestCase {
    var mount: MountedFS!
    var meeting: String!

    override func setUpWithError() throws {
        _ = try TestStack.settings()  // fails clearly when the dev stack is not configured
        mount = try MountedFS()
        meeting = TestStack.uniqueId("e2e")
        try sh("mkdir '\(mount.at("meetings/\(meeting!)"))'")
    }

    override func tearDownWithError() throws {
        mount?.unmount()
    }

    /// Runs a command that must succeed; returns its standard output.
    @discardableResult
    func sh(_ command: String, timeout: TimeInterval = 300, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)` exited \(result.status): \(result.error)", file: file, line: line)
        return result.output
    }

    func sha256(_ path: String) throws -> String {
        String(try sh("sha256sum '\(path)'").prefix(64))
    }

    var meetingPath: String { mount.at("meetings/\(meeting!)") }

    func database() throws -> PostgresPool { try TestStack.settings().makePool(capacity: 1) }
}
