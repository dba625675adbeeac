import Foundation
import TestSupport
import XCTest
import MeetingObjects

/// Temp areas live a time-to-live after their last write: `meetingfs gc` removes an expired one, with its nested
/// directories and objects, from every mount, and keeps the others.
final class TempExpiryTests: XCTestCase {
    private func sh(_ command: String) throws -> String {
        let result = try Shell.run(command, timeout: 120)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    func testAnExpiredTempAreaGoesWithItsObjectsAndOneStillLiving() throws {
        let short = try MountedFS(arguments: ["--temp-ttl", "2"])
        let other = try MountedFS()
        defer { short.unmount(); other.unmount() }
        let expiring = TestStack.uniqueId("expiring"), living = TestStack.uniqueId("living")
        _ = try sh("mkdir -p '\(short.at("temp/\(expiring)"))/nested' && head -c 200000 /dev/urandom > '\(short.at("temp/\(expiring)"))/nested/x.bin'")
        _ = try sh("mkdir '\(other.at("temp/\(living)"))' && echo kept > '\(other.at("temp/\(living)"))/y.txt'")
        let pool = try TestStack.settings().makePool(capacity: 1)
        let key = try XCTUnwrap(try pool.read("SELECT s3_key FROM files WHERE name = 'x.bin' AND temp_area_id = (SELECT id FROM temp_areas WHERE public_id = $1)",
                                              [expiring]).first?.string("s3_key"))
        func expiry(_ area: String) throws -> Double {
            Double(try pool.read("SELECT extract(epoch FROM expires_at) AS e FROM temp_areas WHERE public_id = $1", [area]).first?.string("e") ?? "") ?? 0
        }

        // A write moves the expiry on by the area's time-to-live.
        let first = try expiry(expiring)
        XCTAssertTrue(TestStack.wait(upTo: 10) { Date().timeIntervalSince1970 > first - 1 })
        _ = try sh("echo again > '\(short.at("temp/\(expiring)"))/again.txt'")
        XCTAssertGreaterThan(try expiry(expiring), first, "the write kept the area alive longer")

        XCTAssertTrue(TestStack.wait(upTo: 30) { ((try? expiry(expiring)) ?? .infinity) < Date().timeIntervalSince1970 })
        let gc = try sh("'\(TestStack.binary)' gc --grace 0")
        XCTAssertTrue(gc.contains(expiring), gc)
        XCTAssertFalse(gc.contains(living), gc)
        for mount in [short, other] {
            let listed = try sh("ls '\(mount.at("temp"))'")
            XCTAssertFalse(listed.contains(expiring), listed)
            XCTAssertTrue(listed.contains(living), listed)
            XCTAssertFalse(FileManager.default.fileExists(atPath: mount.at("temp/\(expiring)/nested")))
        }
        XCTAssertNil(try S3Client(config: try TestStack.settings().s3).head(key: key), "its objects are deleted")
        XCTAssertEqual(try sh("cat '\(short.at("temp/\(living)"))/y.txt'"), "kept\n")
        let audited = try TestStack.ownerPool().read("SELECT count(*) AS n FROM audit_log WHERE action = 'temp-expired' AND path = $1",
                                                     ["temp/\(expiring)"])
        XCTAssertEqual(audited.first?.int("n"), 1)
    }
}
