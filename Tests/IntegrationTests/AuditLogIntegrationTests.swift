import Foundation
import Logging
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCatalog
@testable import MeetingOperations

/// The audit log's writer against the real PostgreSQL.
final class AuditLogIntegrationTests: XCTestCase {
    private func event(_ path: String) -> AuditEvent {
        AuditEvent(uid: 1, userId: nil, userName: nil, action: "open", path: path, result: "ok")
    }

    /// An event PostgreSQL refuses (here a time out of its range) must not hold back the events after it: they
    /// are written, and the refused one is described in an audit-rejected row.
    func testAnEventThePostgresRefusesDoesNotHoldBackTheOthers() throws {
        let settings = try TestStack.settings()
        let marker = "refused-\(UUID().uuidString)"
        let log = AuditLog(metadata: PostgresCatalog(pool: settings.makePool(capacity: 1)),
                           spill: try AuditSpill(directory: TestStack.scratchDirectory("spill"), mountId: UUID()),
                           logger: Logger(label: "test"))
        log.record(AuditEvent(uid: 1, userId: nil, userName: nil, action: "open", path: "\(marker)/bad", result: "ok", at: 1e300))
        log.record(event("\(marker)/good"))
        log.close()
        let rows = try TestStack.ownerPool().read("SELECT action, path FROM audit_log WHERE path LIKE $1 ORDER BY id", ["\(marker)/%"])
        XCTAssertEqual(rows.all.map { "\($0.string("action")) \($0.string("path"))" },
                       ["audit-rejected \(marker)/bad", "open \(marker)/good"])
    }
}
