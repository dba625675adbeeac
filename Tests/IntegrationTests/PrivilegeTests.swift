import Foundation
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCatalog

/// The role mounts connect with (dev-stack's MEETINGFS_POSTGRES_URL) may add audit rows but never change, remove
/// or read them, cannot change the schema, who may do what, or the time of what it records, and cannot reach
/// anything a superuser owns (docs/security.md, "A stolen mount login").
final class PrivilegeTests: XCTestCase {
    func testTheMountRoleMayOnlyAppendToTheAuditLogAndRunsNoDDL() throws {
        let pool = try TestStack.settings().makePool(capacity: 1)
        XCTAssertEqual(try pool.read("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").first?.string("rolsuper"), "f")
        let event = AuditEvent(uid: 4242, userId: nil, userName: "privilege-test", action: "test", path: "privilege", result: "ok")
        XCTAssertNoThrow(try PostgresCatalog(pool: pool).insertAudit([event]))
        for statement in [
            "UPDATE audit_log SET path = 'rewritten' WHERE uid = 4242",
            "DELETE FROM audit_log WHERE uid = 4242",
            "SELECT count(*) FROM audit_log",
            "TRUNCATE audit_log",
            "ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain",
            "ALTER TABLE files ADD COLUMN smuggled integer",
            "DROP TABLE jobs",
            "CREATE TABLE smuggled (id integer)",
            "CREATE TEMP TABLE smuggled (id integer)",
            "UPDATE users SET role = 'admin'",
            "UPDATE users SET unix_uid = 4242 WHERE unix_uid IS NULL",
            "INSERT INTO users (name, unix_uid, role) VALUES ('smuggled-admin', 4242, 'admin')",
            "INSERT INTO meeting_access (meeting_id, user_id, access) SELECT m.id, u.id, 'write' FROM meetings m, users u",
            "DELETE FROM meeting_access",
            "UPDATE meeting_access SET access = 'write'",
            "UPDATE meetings SET legal_hold = false",
            "UPDATE meetings SET owner_id = NULL",
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

    /// The escalation of issue 24: a temporary view named audit_log, whose WHERE clause runs the caller's function,
    /// used to be picked by the audit trigger (SECURITY DEFINER, owned by the superuser, pg_temp searched first).
    func testTheTemporaryViewEscalationFailsAndTheLoginStaysWhatItWas() throws {
        let pool = try TestStack.settings().makePool(capacity: 1)
        let login = try XCTUnwrap(pool.read("SELECT current_user AS u").first?.string("u"))
        XCTAssertThrowsError(try pool.withConnection { db in
            try db.query("""
                CREATE FUNCTION pg_temp.escalate() RETURNS boolean LANGUAGE plpgsql AS $$
                BEGIN EXECUTE 'ALTER ROLE \(login) SUPERUSER'; RETURN true; END $$
                """)
            try db.query("CREATE TEMP VIEW audit_log AS SELECT * FROM public.audit_log WHERE pg_temp.escalate()")
            try db.query("""
                INSERT INTO public.audit_log (event_id, at, uid, action, path, result)
                VALUES (gen_random_uuid(), now(), 4242, 'escalate', 'privilege', 'ok')
                """)
        }) { XCTAssertEqual(($0 as? DatabaseError)?.sqlState, "42501", "\($0)") }
        XCTAssertEqual(try pool.read("SELECT rolsuper FROM pg_roles WHERE rolname = $1", [login]).first?.string("rolsuper"), "f")
    }

    /// No SECURITY DEFINER function anywhere in the database belongs to a superuser or searches pg_temp before
    /// its own schemas; nothing in schema public belongs to a superuser, and neither does the database.
    func testNothingRunsAsASuperuserAndEveryDefinerSearchesPgTempLast() throws {
        XCTAssertEqual(try SuperuserFindings.of(TestStack.ownerPool()), [])
    }

    /// An audit row carries the server's time whatever the writer says, and who wrote it as the server knows it.
    func testAnAuditRowCarriesTheServersTimeAndItsWriter() throws {
        let pool = try TestStack.settings().makePool(capacity: 1)
        let claimed = Date(timeIntervalSince1970: 1_000_000_000)
        let event = AuditEvent(uid: 4242, userId: nil, userName: "privilege-test", action: "test", path: "privilege-time",
                               result: "ok", at: claimed.timeIntervalSince1970)
        try PostgresCatalog(pool: pool).insertAudit([event])
        let row = try XCTUnwrap(TestStack.ownerPool().read("""
            SELECT extract(epoch FROM now() - at) AS age, extract(epoch FROM reported_at) AS reported, db_login
            FROM audit_log WHERE event_id = $1
            """, [event.id.uuidString]).first)
        XCTAssertLessThan(try XCTUnwrap(Double(row.string("age"))), 60, "at is the server's time, not the claimed 2001")
        XCTAssertEqual(Double(row.string("reported")), claimed.timeIntervalSince1970)
        XCTAssertEqual(row["db_login"], try pool.read("SELECT session_user AS u").first?.string("u"))
    }
}
