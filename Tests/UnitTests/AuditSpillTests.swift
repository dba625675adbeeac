import Foundation
import Logging
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCatalog
@testable import MeetingOperations

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
}
