import Foundation
import Logging
@testable import Store
import TestSupport
import XCTest

/// The spill file that keeps audit events while PostgreSQL is unreachable.
final class AuditSpillTests: XCTestCase {
    private func event(_ path: String) -> AuditEvent {
        AuditEvent(uid: 1, userId: nil, userName: nil, action: "open", path: path, result: "ok")
    }

    func testEventsComeBackInOrderAndATornLastLineIsSkipped() throws {
        let spill = try AuditSpill(directory: TestStack.scratchDirectory("spill"), mountId: UUID())
        try spill.append([event("a"), event("b")])
        try spill.append([event("c")])
        let handle = try FileHandle(forWritingTo: spill.file)
        handle.seekToEndOfFile()
        handle.write(Data("{\"id\":\"torn".utf8))
        try handle.close()
        XCTAssertEqual(spill.pendingFiles(), [spill.file])
        XCTAssertEqual(spill.events(in: spill.file).map(\.path), ["a", "b", "c"])
        spill.remove(spill.file)
        XCTAssertEqual(spill.pendingFiles(), [])
    }

    func testAMountReplaysTheFilesOfEndedMountsButNotOfLiveOnes() throws {
        let directory = TestStack.scratchDirectory("spill")
        let live = try AuditSpill(directory: directory, mountId: UUID())
        try live.append([event("live")])
        // A mount that ended left its file and an unheld lock file behind.
        let ended = directory.appendingPathComponent("\(UUID().uuidString).jsonl")
        try (String(decoding: try JSONEncoder().encode(event("ended")), as: UTF8.self) + "\n").write(to: ended, atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: ended.path + ".lock", contents: nil)
        let mine = try AuditSpill(directory: directory, mountId: UUID())
        XCTAssertEqual(mine.pendingFiles(), [ended])
        XCTAssertEqual(mine.events(in: ended).map(\.path), ["ended"])
        mine.remove(ended)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ended.path + ".lock"))
        XCTAssertEqual(live.pendingFiles(), [live.file])
    }

    /// An event PostgreSQL refuses (here a time out of its range) must not hold back the events after it: they
    /// are written, and the refused one is described in an audit-rejected row.
    func testAnEventThePostgresRefusesDoesNotHoldBackTheOthers() throws {
        let settings = try TestStack.settings()
        let marker = "refused-\(UUID().uuidString)"
        let log = AuditLog(metadata: MetadataStore(pool: settings.makePool(capacity: 1)),
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
