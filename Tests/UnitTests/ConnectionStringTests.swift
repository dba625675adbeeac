import Foundation
import XCTest
@testable import MeetingCatalog

/// A PostgreSQL password never shows, in whichever form libpq takes the connection string, and a child tool gets
/// the connection without it.
final class ConnectionStringTests: XCTestCase {
    func testEveryFormIsMasked() {
        let cases = [
            "postgresql://owner:s3cr3t@db:5432/meetingfs?sslmode=verify-full",
            "postgresql://owner:s3cr3t@h1:5432,h2:5433/meetingfs?target_session_attrs=read-write",
            "postgresql://owner@db/meetingfs?sslmode=verify-full&password=s3cr3t",
            "postgresql://owner@db/meetingfs?password=s3cr3t&sslmode=verify-full",
            "host=db user=owner password=s3cr3t dbname=meetingfs",
            "host=db user=owner password = 's3cr3t with spaces' dbname=meetingfs",
            "password=s3cr3t host=db",
            "postgresql://owner:pa?s3cr3t@db/meetingfs",
            "host=db user=owner sslpassword=s3cr3t",
            "postgresql://owner@db/meetingfs?sslpassword=s3cr3t",
        ]
        for text in cases {
            let shown = ConnectionString.redacted(text)
            XCTAssertFalse(shown.contains("s3cr3t"), shown)
            XCTAssertTrue(shown.contains("****"), shown)
            XCTAssertTrue(shown.contains("owner") || !text.contains("owner"), shown)
        }
        XCTAssertEqual(ConnectionString.redacted("postgresql://owner@db/meetingfs"), "postgresql://owner@db/meetingfs")
    }

    func testAToolGetsTheConnectionWithoutItsPassword() throws {
        for text in ["postgresql://owner:s3cr3t@db:5432/meetingfs?sslmode=verify-full",
                     "host=db port=5432 user=owner password='s3cr3t' dbname=meetingfs sslmode=verify-full"] {
            let connection = try ConnectionString(text)
            XCTAssertEqual(connection.password, "s3cr3t")
            XCTAssertFalse(connection.withoutPassword.contains("s3cr3t"), connection.withoutPassword)
            let again = try ConnectionString(connection.withoutPassword)
            XCTAssertNil(again.password)
            for keyword in ["host", "port", "user", "dbname", "sslmode"] {
                XCTAssertEqual(again.parameters.first { $0.keyword == keyword }?.value,
                               connection.parameters.first { $0.keyword == keyword }?.value, keyword)
            }
        }
        XCTAssertThrowsError(try ConnectionString("postgresql://[broken"))
    }
}
