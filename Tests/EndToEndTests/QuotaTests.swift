import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// Quotas as members meet them: a write that would take a user's or a meeting's bytes past its quota fails at
/// close with EDQUOT and leaves no file; freeing space lets it through; stats and quota list show the use.
final class QuotaTests: EndToEndCase {
    private var alice: (name: String, uid: UInt32) = ("", 0)
    private var bob: (name: String, uid: UInt32) = ("", 0)

    override func setUpWithError() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // members walk to the mount point
        try super.setUpWithError()
        let base = 60000 + UInt32.random(in: 0..<5000)
        alice = (TestStack.uniqueId("alice"), base)
        bob = (TestStack.uniqueId("bob"), base + 1)
        for user in [alice, bob] { try sh("'\(TestStack.binary)' user add \(user.name) --uid \(user.uid) --role member") }
    }

    /// `head -c SIZE > PATH` in bash as `uid`: its exit status and standard error. (dash opens the file itself and
    /// hands head a copy: the commit at its own close fails the same way, but dash does not look at that answer.)
    private func write(_ size: String, to path: String, as uid: UInt32) throws -> Shell.Result {
        try Shell.run("setpriv --reuid \(uid) --regid \(uid) --clear-groups bash -c 'head -c \(size) /dev/urandom > \"$0\"' '\(path)'")
    }

    private func listing(_ directory: String) throws -> [String] {
        try sh("ls '\(directory)'").split(separator: "\n").map(String.init)
    }

    func testAUsersQuotaRefusesTheWriteThatCrossesItUntilSpaceIsFreed() throws {
        let owned = TestStack.uniqueId("quota-user")
        let raw = mount.at("meetings/\(owned)/raw")
        XCTAssertEqual(try AsUser.run(uid: alice.uid, [["mkdir", mount.at("meetings/\(owned)")]]), ["ok"])
        try sh("'\(TestStack.binary)' quota set --user \(alice.name) 10M")

        XCTAssertTrue(try write("8M", to: "\(raw)/first.wav", as: alice.uid).succeeded)
        let refused = try write("4M", to: "\(raw)/second.wav", as: alice.uid)
        XCTAssertFalse(refused.succeeded)
        XCTAssertTrue(refused.error.contains("Disk quota exceeded"), refused.error)
        XCTAssertTrue(TestStack.wait(upTo: 10) { (try? self.listing(raw)) == ["first.wav"] }, "nothing of the refused write is visible")

        let listed = try sh("'\(TestStack.binary)' quota list --json")
        XCTAssertTrue(listed.contains("\"name\" : \"\(alice.name)\"") && listed.contains("\"used\" : \(8 << 20)"), listed)
        let stats = try sh("'\(TestStack.binary)' stats --no-bucket")
        XCTAssertTrue(stats.contains(alice.name) && stats.contains("80.0%"), stats)
        let health = try Shell.run("'\(TestStack.binary)' health --prometheus")
        XCTAssertTrue(health.output.contains("meetingfs_quota_used_ratio{kind=\"user\",name=\"\(alice.name)\"} 0.8\n"),
                      "what docs/alerts-health.yml's MeetingFSQuotaNearlyFull reads: \(health.output)")
        // The mount's login reads quotas (its commits are checked against them) and cannot change them.
        let mountLogin = PostgresPool(url: try XCTUnwrap(TestStack.environment["MEETINGFS_POSTGRES_URL"]), capacity: 1)
        for statement in ["DELETE FROM quotas", "UPDATE quotas SET bytes = bytes * 2", "ALTER TABLE files DISABLE TRIGGER files_quota"] {
            XCTAssertThrowsError(try mountLogin.query(statement), statement) {
                XCTAssertEqual(($0 as? DatabaseError)?.sqlState, "42501", "\($0)")
            }
        }

        try sh("setpriv --reuid \(alice.uid) --regid \(alice.uid) --clear-groups rm '\(raw)/first.wav'")
        XCTAssertTrue(try write("4M", to: "\(raw)/second.wav", as: alice.uid).succeeded, "deleting the first file lets the second through")
        XCTAssertEqual(try listing(raw), ["second.wav"])
        XCTAssertEqual(try sh("stat -c %s '\(raw)/second.wav'"), "\(4 << 20)\n")

        // Lowered below what she holds: what adds is refused, what does not (a rename) is not.
        try sh("'\(TestStack.binary)' quota set --user \(alice.name) 1M")
        XCTAssertTrue(try write("1K", to: "\(raw)/more.wav", as: alice.uid).error.contains("Disk quota exceeded"))
        try sh("setpriv --reuid \(alice.uid) --regid \(alice.uid) --clear-groups mv '\(raw)/second.wav' '\(raw)/renamed.wav'")
        XCTAssertEqual(try listing(raw), ["renamed.wav"])

        try sh("'\(TestStack.binary)' quota clear --user \(alice.name)")
        XCTAssertTrue(try write("12M", to: "\(raw)/third.wav", as: alice.uid).succeeded, "no quota, no limit")
    }

    func testAMeetingsQuotaHoldsForEveryWriterOfTheMeeting() throws {
        let shared = TestStack.uniqueId("quota-meeting")
        let raw = mount.at("meetings/\(shared)/raw")
        XCTAssertEqual(try AsUser.run(uid: alice.uid, [["mkdir", mount.at("meetings/\(shared)")]]), ["ok"])
        try sh("'\(TestStack.binary)' share \(shared) \(bob.name) --write")
        try sh("'\(TestStack.binary)' quota set --meeting \(shared) 10M")

        XCTAssertTrue(try write("8M", to: "\(raw)/alice.wav", as: alice.uid).succeeded)
        for writer in [bob, alice] {
            let refused = try write("4M", to: "\(raw)/\(writer.name).extra.wav", as: writer.uid)
            XCTAssertTrue(!refused.succeeded && refused.error.contains("Disk quota exceeded"), "\(writer.name): \(refused.error)")
        }
        XCTAssertTrue(TestStack.wait(upTo: 10) { (try? self.listing(raw)) == ["alice.wav"] })
        try sh("setpriv --reuid \(alice.uid) --regid \(alice.uid) --clear-groups rm '\(raw)/alice.wav'")
        XCTAssertTrue(try write("4M", to: "\(raw)/bob.wav", as: bob.uid).succeeded)
        XCTAssertEqual(try listing(raw), ["bob.wav"])
    }
}
