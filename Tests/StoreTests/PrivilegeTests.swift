import Foundation
@testable import Store
import TestSupport
import XCTest

/// The role mounts connect with (dev-stack's MEETINGFS_POSTGRES_URL) may add audit rows but never change, remove
/// or read them, and cannot change the schema.
final class PrivilegeTests: XCTestCase {
    func testTheMountRoleMayOnlyAppendToTheAuditLogAndRunsNoDDL() throws {
        let pool = try TestStack.settings().makePool(capacity: 1)
        XCTAssertEqual(try pool.read("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").first?.string("rolsuper"), "f")
        let event = AuditEvent(uid: 4242, userId: nil, userName: "privilege-test", action: "test", path: "privilege", result: "ok")
        XCTAssertNoThrow(try MetadataStore(pool: pool).insertAudit([event]))
        for statement in [
            "UPDATE audit_log SET path = 'rewritten' WHERE uid = 4242",
            "DELETE FROM audit_log WHERE uid = 4242",
            "SELECT count(*) FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain",
            "ALTER TABLE files ADD COLUMN smuggled integer",
            "DROP TABLE jobs",
            "CREATE TABLE smuggled (id integer)",
        ] {
            XCTAssertThrowsError(try pool.query(statement), statement) {
                XCTAssertEqual(($0 as? DatabaseError)?.sqlState, "42501", "\(statement): \($0)")
            }
        }
        // The row it added is there, once, chained.
        let owner = try TestStack.ownerPool()
        let rows = try owner.read("SELECT hash FROM audit_log WHERE event_id = $1", [event.id.uuidString]).all
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?.string("hash").count, 64)
    }
}
