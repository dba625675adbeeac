import Foundation
import TestSupport
import XCTest

/// Meetings are removed like directories, and what they held waits out its deletion grace (issue 25, item 5).
final class MeetingRemovalTests: XCTestCase {
    private var isolated: IsolatedStack!
    private var mount: MountedFS!

    override func setUpWithError() throws {
        isolated = try IsolatedStack(label: "removal")
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // other uids reach the mount point
        mount = try MountedFS(arguments: isolated.arguments)
    }

    override func tearDownWithError() throws {
        mount?.unmount()
        isolated?.tearDown()
    }

    @discardableResult
    private func sh(_ command: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try Shell.run(command, timeout: 120)
        XCTAssertTrue(result.succeeded, "`\(command)` exited \(result.status): \(result.error)", file: file, line: line)
        return result.output
    }

    /// An admin command, with the database owner's login.
    private func admin(_ words: String) -> String { "'\(TestStack.binary)' \(words) --postgres-url '\(isolated.ownerURL)'" }

    private func asUser(_ uid: UInt32, _ command: String) throws -> Shell.Result {
        try Shell.run("setpriv --reuid=\(uid) --regid=\(uid) --clear-groups bash -c '\(command)'", timeout: 120)
    }

    /// A meeting made by `uid` with an upload in raw/; root adds audio/ and artifacts/ files (a member may not
    /// write those: they are the workers').
    private func fill(_ meeting: String, as uid: UInt32 = 0) throws {
        let m = mount.at("meetings/\(meeting)")
        let made = try asUser(uid, "mkdir \(m) && echo r > \(m)/raw/a.wav")
        XCTAssertTrue(made.succeeded, made.error)
        try sh("echo a > '\(m)/audio/a.flac' && echo t > '\(m)/artifacts/t.md'")
    }

    private func files(of meeting: String) throws -> String {
        let m = mount.at("meetings/\(meeting)")
        return try sh("cat '\(m)/raw/a.wav' '\(m)/audio/a.flac' '\(m)/artifacts/t.md'")
    }

    func testRmRfRemovesAMeetingForItsOwnerAndAnAdminAndNothingForOthersOrOnHold() throws {
        let tag = TestStack.uniqueId("rmrf")
        let base = UInt32.random(in: 100_000...2_000_000_000)
        let (owner, other) = (base, base + 1)
        for (name, uid) in [("owner", owner), ("other", other)] {
            try sh(admin("user add \(tag)-\(name) --uid \(uid) --role member"))
        }
        let mine = "\(tag)-mine"
        try fill(mine, as: owner)

        _ = try asUser(other, "rm -rf \(mount.at("meetings/\(mine)"))")  // exits 0: the meeting is not theirs to see
        XCTAssertEqual(try files(of: mine), "r\na\nt\n", "another member removes nothing")

        let byOwner = try asUser(owner, "rm -rf \(mount.at("meetings/\(mine)"))")
        XCTAssertTrue(byOwner.succeeded, byOwner.error)
        XCTAssertFalse(FileManager.default.fileExists(atPath: mount.at("meetings/\(mine)")))

        let byAdmin = "\(tag)-admin"
        try fill(byAdmin)
        try sh("rm -rf '\(mount.at("meetings/\(byAdmin)"))'")
        XCTAssertFalse(FileManager.default.fileExists(atPath: mount.at("meetings/\(byAdmin)")))

        let held = "\(tag)-held"
        try fill(held)
        try sh(admin("hold \(held) --on"))
        XCTAssertFalse(try Shell.run("rm -rf '\(mount.at("meetings/\(held)"))'").succeeded)
        XCTAssertEqual(try files(of: held), "r\na\nt\n", "nothing of a meeting on hold is removed")
        try sh(admin("hold \(held) --off"))
    }

    func testAReaderKeepsEveryByteOfAFileWhoseMeetingWasRemovedUntilTheGraceEnds() throws {
        let meeting = TestStack.uniqueId("gone")
        let source = TestStack.scratchDirectory("gone").appendingPathComponent("r.wav").path
        try sh("head -c 20M /dev/urandom > '\(source)' && mkdir '\(mount.at("meetings/\(meeting)"))' && cp '\(source)' '\(mount.at("meetings/\(meeting)/raw/r.wav"))'")
        let control = TestStack.scratchDirectory("reader").path
        let reader = try BackgroundCommand("""
            /usr/bin/python3 - <<'PY'
            import hashlib, os, time
            f = open("\(mount.at("meetings/\(meeting)/raw/r.wav"))", "rb")
            h = hashlib.sha256(f.read(1 << 20))
            open("\(control)/opened", "w").close()
            while not os.path.exists("\(control)/go"): time.sleep(0.01)
            while True:
                block = f.read(1 << 20)
                if not block: break
                h.update(block)
            print(h.hexdigest(), os.fstat(f.fileno()).st_size)
            PY
            """)
        XCTAssertTrue(TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(control)/opened") }, reader.output)
        try sh("rm '\(mount.at("meetings/\(meeting)/raw/r.wav"))' && rmdir '\(mount.at("meetings/\(meeting)"))'")
        let fsck = try Shell.run(isolated.command("fsck"))
        XCTAssertEqual(fsck.status, 0, "fsck right after the removal: \(fsck.output)\(fsck.error)")
        _ = FileManager.default.createFile(atPath: "\(control)/go", contents: nil)
        XCTAssertEqual(reader.wait(upTo: 60), 0, reader.output)
        let expected = String(try sh("sha256sum '\(source)'").prefix(64))
        XCTAssertEqual(reader.output.trimmingCharacters(in: .whitespacesAndNewlines), "\(expected) \(20 << 20)", "every byte, and fstat")

        let objects = try isolated.objects.list(prefix: "meetings/")
        XCTAssertTrue(objects.contains { $0.size == 20 << 20 }, "the object waits out the grace")
        try sh(isolated.command("gc", "--grace", "0"))
        XCTAssertFalse(try isolated.objects.list(prefix: "meetings/").contains { $0.size == 20 << 20 }, "gc deleted it after the grace")
        let after = try Shell.run(isolated.command("fsck"))
        XCTAssertEqual(after.status, 0, after.output + after.error)
    }
}
