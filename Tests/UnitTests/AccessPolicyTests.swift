import Foundation
import TestSupport
import XCTest
@testable import MeetingCore


final class AccessPolicyTests: XCTestCase {
    private let worker = Principal(uid: 1003, userId: 7, role: .worker)
    private let member = Principal(uid: 1002, userId: 8, role: .member)

    func testMembersWorkInTheirOwnAndSharedMeetingsOnly() {
        XCTAssertTrue(AccessPolicy.allows(.member, .write, on: .meetingArea(.raw, .own)))
        XCTAssertTrue(AccessPolicy.allows(.member, .write, on: .meetingArea(.raw, .sharedWrite)))
        XCTAssertFalse(AccessPolicy.allows(.member, .write, on: .meetingArea(.raw, .sharedRead)))
        XCTAssertTrue(AccessPolicy.allows(.member, .read, on: .meetingArea(.artifacts, .sharedRead)))
        XCTAssertFalse(AccessPolicy.allows(.member, .write, on: .meetingArea(.artifacts, .own)))
        XCTAssertFalse(AccessPolicy.allows(.member, .read, on: .meeting(.other)))
        // The holes of issue 8: chmod of someone else's meeting, temp areas and profiles of others.
        XCTAssertFalse(AccessPolicy.allows(.member, .changeMode, on: .meeting(.other)))
        XCTAssertFalse(AccessPolicy.allows(.member, .changeMode, on: .meeting(.sharedWrite)))
        XCTAssertFalse(AccessPolicy.allows(.member, .read, on: .tempArea(.other)))
        XCTAssertFalse(AccessPolicy.allows(.member, .read, on: .profiles(.other)))
        XCTAssertTrue(AccessPolicy.allows(.member, .write, on: .profiles(.own)))
        XCTAssertFalse(AccessPolicy.allows(.member, .changeOwner, on: .meeting(.own)))
    }

    func testWorkersReadEverythingAndWriteOnlyTheirOutputs() {
        for relation in Relation.allCases {
            XCTAssertTrue(AccessPolicy.allows(.worker, .read, on: .meetingArea(.raw, relation)))
            XCTAssertFalse(AccessPolicy.allows(.worker, .write, on: .meetingArea(.raw, relation)))
            XCTAssertTrue(AccessPolicy.allows(.worker, .write, on: .meetingArea(.audio, relation)))
            XCTAssertTrue(AccessPolicy.allows(.worker, .write, on: .meetingArea(.artifacts, relation)))
            XCTAssertFalse(AccessPolicy.allows(.worker, .changeMode, on: .meeting(relation)))
            XCTAssertFalse(AccessPolicy.allows(.worker, .remove, on: .meeting(relation)))
        }
        XCTAssertTrue(AccessPolicy.allows(.worker, .read, on: .profiles(.other)))
        XCTAssertFalse(AccessPolicy.allows(.worker, .write, on: .profiles(.other)))
        XCTAssertTrue(AccessPolicy.allows(.worker, .remove, on: .tempArea(.other)))
        XCTAssertFalse(AccessPolicy.allows(.worker, .create, on: .meeting(.own)))
    }

    func testAdminsMayDoEverything() {
        for (_, place) in AccessPolicy.places {
            for access in Access.allCases { XCTAssertTrue(AccessPolicy.allows(.admin, access, on: place)) }
        }
    }

    func testWhatCannotBeReadIsHiddenAndTheRestRefused() {
        expect(ENOENT) { try AccessPolicy.check(self.member, .read, on: .meeting(.other)) }
        expect(ENOENT) { try AccessPolicy.check(self.member, .changeMode, on: .meeting(.other)) }
        expect(EACCES) { try AccessPolicy.check(self.member, .write, on: .meetingArea(.raw, .sharedRead)) }
        expect(EACCES) { try AccessPolicy.check(self.worker, .write, on: .meetingArea(.raw, .other)) }
        expect(EACCES) { try AccessPolicy.check(self.worker, .changeOwner, on: .tempArea(.other)) }
        expect(EACCES) { try AccessPolicy.check(self.worker, .create, on: .meeting(.own)) }
        expect(EACCES) { try AccessPolicy.check(self.member, .create, on: .userHome(.other)) }
        XCTAssertThrowsError(try AccessPolicy.check(member, .read, on: .tempArea(.other))) {
            XCTAssertTrue(($0 as? FSError)?.isDenial ?? false)
        }
    }

    /// docs/security.md shows the policy this code enforces, cell for cell.
    func testTheDocumentedTableIsThePolicy() throws {
        let docs = try String(contentsOf: TestStack.projectRoot.appendingPathComponent("docs/security.md"), encoding: .utf8)
        XCTAssertTrue(docs.contains(AccessPolicy.markdownTable()), "docs/security.md must contain:\n\(AccessPolicy.markdownTable())")
    }

    private func expect(_ errno: Int32, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? FSError)?.errno, errno, "\(error)", file: file, line: line)
        }
    }
}
