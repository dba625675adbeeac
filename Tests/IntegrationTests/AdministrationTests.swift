import Foundation
import TestSupport
import XCTest
@testable import MeetingCatalog
@testable import MeetingOperations

/// Users and sharing from the command line's side: who may change them, and that every change and refusal is on
/// record in the same database.
final class AdministrationTests: XCTestCase {
    func testOnlyOwnersAndAdminsShareAndOnlyAdminsManageUsersAndEveryAttemptIsRecorded() throws {
        // The admin path: the database owner's login (the mount role may not change users or shares).
        let pool = try TestStack.ownerPool()
        let tag = TestStack.uniqueId("admin")
        let base = UInt32.random(in: 100_000...2_000_000_000)
        let root = try Administration(pool: pool, uid: 0)
        try root.addUser("\(tag)-owner", uid: base, role: .member)
        try root.addUser("\(tag)-other", uid: base + 1, role: .member)
        let owner = try XCTUnwrap(try PostgresCatalog(pool: pool).principal(uid: base)?.userId)
        _ = try PostgresCatalog(pool: pool).createMeeting(publicId: "\(tag)-m", owner: owner, mode: 0o755, uid: base, gid: base)

        let other = try Administration(pool: pool, uid: base + 1)
        XCTAssertThrowsError(try other.share(meeting: "\(tag)-m", with: "\(tag)-other", write: true)) {
            XCTAssertTrue("\($0)".contains("only the owner"), "\($0)")
        }
        XCTAssertThrowsError(try other.addUser("\(tag)-sneaky", uid: base + 2, role: .admin)) {
            XCTAssertTrue("\($0)".contains("only admins"), "\($0)")
        }
        XCTAssertThrowsError(try Administration(pool: pool, uid: base + 3).setRole("\(tag)-other", to: .admin)) {
            XCTAssertTrue("\($0)".contains("is not a MeetingFS user"), "\($0)")
        }
        try Administration(pool: pool, uid: base).share(meeting: "\(tag)-m", with: "\(tag)-other", write: false)
        XCTAssertEqual(try PostgresCatalog(pool: pool).sharedMeetings(userId: XCTUnwrap(try PostgresCatalog(pool: pool).principal(uid: base + 1)?.userId)).count, 1)

        // The same commands through the mount role's login are refused by the database, whoever runs them.
        let mountLogin = try TestStack.settings().makePool(capacity: 1)
        XCTAssertThrowsError(try Administration(pool: mountLogin, uid: 0).setRole("\(tag)-other", to: .admin)) {
            XCTAssertTrue("\($0)".contains("use the database owner's"), "\($0)")
        }
        XCTAssertThrowsError(try Administration(pool: mountLogin, uid: 0).unshare(meeting: "\(tag)-m", with: "\(tag)-other"))
        XCTAssertEqual(try PostgresCatalog(pool: pool).principal(uid: base + 1)?.role, .member)

        let rows = try TestStack.ownerPool().read("""
            SELECT action, result, user_name FROM audit_log WHERE path LIKE $1 OR path LIKE $2 ORDER BY id
            """, ["users/\(tag)-%", "meetings/\(tag)-%"]).all.map { "\($0.string("action")) \($0.string("result")) \($0["user_name"] ?? "-")" }
        XCTAssertEqual(rows, [
            "user-add ok root", "user-add ok root", "share refused \(tag)-other", "user-add refused \(tag)-other",
            "user-set-role refused -", "share ok \(tag)-owner", "user-set-role refused root", "unshare refused root",
        ])
    }
}
