import Foundation
import XCTest
@testable import MeetingOperations

/// Checkpoints are signed, and only ever move forward: one forged, altered or going back to an older row is
/// refused, whoever wrote it.
final class AuditCheckpointTests: XCTestCase {
    private func store() -> (AuditCheckpoints, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoints-\(UUID().uuidString).jsonl").path
        return (AuditCheckpoints(file: file, key: [UInt8](repeating: 7, count: 32)), file)
    }

    func testCheckpointsReadBackAndAnOlderHeadIsRefused() throws {
        let (checkpoints, file) = store()
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try checkpoints.append(database: "m", id: 10, hash: "a")
        _ = try checkpoints.append(database: "m", id: 12, hash: "b")
        XCTAssertEqual(try checkpoints.all(of: "m").map(\.id), [10, 12])
        _ = try checkpoints.append(database: "other", id: 3, hash: "z")
        XCTAssertEqual(try checkpoints.all(of: "other").map(\.id), [3], "each database's log has checkpoints of its own")
        XCTAssertThrowsError(try checkpoints.append(database: "m", id: 11, hash: "c")) { XCTAssertTrue("\($0)".contains("lost rows"), "\($0)") }
        var info = stat()
        XCTAssertEqual(stat(file, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
    }

    func testAForgedAlteredOrReorderedFileIsRefused() throws {
        let (checkpoints, file) = store()
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try checkpoints.append(database: "m", id: 10, hash: "a")
        _ = try checkpoints.append(database: "m", id: 12, hash: "b")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\n")
        try (lines.reversed().joined(separator: "\n") + "\n").write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try checkpoints.all(of: "m")) { XCTAssertTrue("\($0)".contains("older than row"), "\($0)") }
        try text.replacingOccurrences(of: "\"hash\":\"b\"", with: "\"hash\":\"x\"").write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try checkpoints.all(of: "m")) { XCTAssertTrue("\($0)".contains("not signed by this key"), "\($0)") }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try checkpoints.all(of: "m").map(\.id), [10, 12])
        XCTAssertThrowsError(try AuditCheckpoints(file: file, key: [UInt8](repeating: 8, count: 32)).all(of: "m"), "another key")
    }
}
