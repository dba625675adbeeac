import Foundation
import TestSupport
import XCTest
import MeetingCatalog
import MeetingOperations

/// `meetingfs stats` on a stack of its own: exact bytes per area, meeting and user, the bucket agreeing with the
/// database, and --warn-at as a cron alert.
final class StatsTests: XCTestCase {
    func testTheNumbersAddUpAndWarnAtExitsNonZero() throws {
        let stack = try IsolatedStack(label: "stats")
        defer { stack.tearDown() }
        let binary = TestStack.binary
        XCTAssertTrue(try Shell.run("'\(binary)' user add carol --uid 4343 --role member --postgres-url '\(stack.ownerURL)'").succeeded)
        let mount = try MountedFS(arguments: stack.arguments)
        let sources = TestStack.scratchDirectory("sources").path
        let setUp = try Shell.run("""
            head -c 300000 /dev/urandom > '\(sources)/big' && head -c 1000 /dev/urandom > '\(sources)/small' && \
            echo v1 > '\(sources)/v1' && echo v22 > '\(sources)/v2' && \
            mkdir '\(mount.at("meetings/large"))' '\(mount.at("meetings/little"))' && \
            cp '\(sources)/big' '\(mount.at("meetings/large/raw/a.wav"))' && cp '\(sources)/small' '\(mount.at("meetings/large/audio/a.flac"))' && \
            cp '\(sources)/small' '\(mount.at("meetings/little/raw/b.wav"))' && \
            cp '\(sources)/v1' '\(mount.at("meetings/little/artifacts/t.md"))' && cp '\(sources)/v2' '\(mount.at("meetings/little/artifacts/t.md"))'
            """)
        XCTAssertTrue(setUp.succeeded, setUp.error)
        // One meeting belongs to carol (who owns a meeting is the admin path's to change).
        try PostgresPool(url: stack.ownerURL, capacity: 1).query(
            "UPDATE meetings SET owner_id = (SELECT id FROM users WHERE name = 'carol') WHERE public_id = 'little'")
        mount.unmount()

        let result = try Shell.run(stack.command("stats", "--json", "--top", "1"))
        XCTAssertEqual(result.status, 0, result.error)
        let stats = try JSONDecoder().decode(Stats.self, from: Data(result.output.utf8))
        let areas = Dictionary(uniqueKeysWithValues: stats.areas.map { ($0.area, $0) })
        XCTAssertEqual(areas["raw"]?.files, 2)
        XCTAssertEqual(areas["raw"]?.bytes, 301_000)
        XCTAssertEqual(areas["audio"]?.bytes, 1000)
        XCTAssertEqual(areas["artifacts"]?.bytes, 4, "the current transcript")
        XCTAssertEqual(areas["artifacts"]?.keptVersionBytes, 3, "its kept first version")
        XCTAssertEqual(stats.storedBytes, 301_000 + 1000 + 4 + 3)
        XCTAssertEqual(stats.topMeetings.map(\.name), ["large"])
        XCTAssertEqual(stats.topMeetings.first?.bytes, 301_000)
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: stats.users.map { ($0.name, $0.bytes) }), ["carol": 1004, "(nobody)": 301_000])
        XCTAssertEqual(stats.bucket?.objects, 5, "four files and one kept version")
        XCTAssertEqual(stats.bucket?.bytes, stats.storedBytes)
        XCTAssertEqual(stats.bucket?.referencedBytes, stats.storedBytes)

        let warned = try Shell.run(stack.command("stats", "--no-bucket", "--capacity", "500K", "--warn-at", "50"))
        XCTAssertEqual(warned.status, 1)
        XCTAssertTrue(warned.error.contains("past --warn-at 50%"), warned.error)
        XCTAssertEqual(try Shell.run(stack.command("stats", "--no-bucket", "--capacity", "1G", "--warn-at", "50")).status, 0)
    }
}
