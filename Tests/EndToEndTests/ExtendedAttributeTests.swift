import Foundation
import TestSupport
import XCTest

/// `getfattr -d` shows what the database knows of a file (sha256, status, version, object key, a fresh link) and of
/// a meeting; other namespaces are simply absent, and nothing can be set.
final class ExtendedAttributeTests: EndToEndCase {
    private func attributes(_ path: String) throws -> [String: String] {
        var found: [String: String] = [:]
        for line in try sh("getfattr -d --absolute-names '\(path)'").split(separator: "\n") where line.contains("=") {
            let parts = line.split(separator: "=", maxSplits: 1)
            found[String(parts[0])] = String(parts[1]).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return found
    }

    func testFilesAndMeetingsShowTheirRowsAndNothingElse() throws {
        let source = TestStack.scratchDirectory("src").appendingPathComponent("talk.wav").path
        try sh("head -c 300000 /dev/urandom > '\(source)' && cp '\(source)' '\(meetingPath)/raw/talk.wav'")
        let file = try attributes("\(meetingPath)/raw/talk.wav")
        XCTAssertEqual(file["user.meetingfs.sha256"], try sha256(source))
        XCTAssertEqual(file["user.meetingfs.status"], "ready")
        let row = try XCTUnwrap(try database().read("""
            SELECT f.version, f.s3_key FROM files f JOIN meetings m ON m.id = f.meeting_id
            WHERE m.public_id = $1 AND f.name = 'talk.wav' AND f.status = 'ready'
            """, [meeting!]).first)
        XCTAssertEqual(file["user.meetingfs.version"], String(row.int("version")))
        XCTAssertEqual(file["user.meetingfs.s3_key"], row.string("s3_key"))
        XCTAssertNil(file["user.meetingfs.url"], "a link is minted only when asked for by name")
        let link = try sh("getfattr --only-values -n user.meetingfs.url '\(meetingPath)/raw/talk.wav'")
        let ca = TestStack.environment["MEETINGFS_S3_CA_FILE"] ?? ""
        XCTAssertEqual(String(try sh("curl -sf --cacert '\(ca)' '\(link)' | sha256sum").prefix(64)), try sha256(source))

        XCTAssertEqual(try attributes(meetingPath), ["user.meetingfs.status": "uploaded"], "a raw upload moved the meeting on")

        let other = try Shell.run("getfattr -n user.other '\(meetingPath)/raw/talk.wav'")
        XCTAssertTrue(other.error.contains("No such attribute"), other.error)
        // Another namespace is not supported at all: `ls -l` then stops asking for labels and ACLs on the mount.
        let label = try Shell.run("getfattr -n security.selinux '\(meetingPath)/raw/talk.wav'")
        XCTAssertTrue(label.error.contains("Operation not supported"), label.error)
        let set = try Shell.run("setfattr -n user.note -v x '\(meetingPath)/raw/talk.wav'")
        XCTAssertTrue(set.error.contains("Operation not supported"), set.error)
        XCTAssertEqual(try sh("cp -a '\(meetingPath)/raw/talk.wav' '\(meetingPath)/raw/copy.wav' && sha256sum < '\(meetingPath)/raw/copy.wav'").prefix(64),
                       try sha256(source).prefix(64), "cp -a copies within the mount")
    }

    /// `cp -a`, `rsync -X` and `tar --xattrs` copy what listxattr names: no live download link leaves the mount.
    func testCopiesOutOfTheMountCarryNoLink() throws {
        try sh("printf 'x' > '\(meetingPath)/raw/a.wav'")
        let copy = TestStack.scratchDirectory("copy").path
        try sh("cp -a '\(meetingPath)/raw/a.wav' '\(copy)/' && rsync -aX '\(meetingPath)/raw/' '\(copy)/rsync/'")
        for path in ["\(copy)/a.wav", "\(copy)/rsync/a.wav"] {
            let kept = try sh("getfattr -d --absolute-names -m - '\(path)'")
            XCTAssertTrue(kept.contains("user.meetingfs.sha256"), "the copy keeps the listed attributes: \(kept)")
            XCTAssertFalse(kept.contains("url"), kept)
        }
    }

    /// The url and sha256 attributes pass the same check as open: a worker refused `cat` of another uid's 0600
    /// file in a temp area gets EACCES from them too.
    func testAttributesOfAFileItMayNotReadAreRefused() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // other uids reach the mount point
        let tag = TestStack.uniqueId("xattr")
        let owner = UInt32.random(in: 100_000...2_000_000_000)
        for (name, uid) in [("owner", owner), ("other", owner + 1)] {
            try sh("'\(TestStack.binary)' user add \(tag)-\(name) --uid \(uid) --role worker")
        }
        let area = mount.at("temp/\(tag)")
        let asOwner = "setpriv --reuid \(owner) --regid \(owner) --clear-groups"
        try sh("\(asOwner) sh -c \"mkdir '\(area)' && chmod 755 '\(area)' && printf secret > '\(area)/s.txt' && chmod 600 '\(area)/s.txt'\"")
        XCTAssertEqual(try sh("\(asOwner) getfattr --only-values -n user.meetingfs.sha256 '\(area)/s.txt'").count, 64)
        let asOther = "setpriv --reuid \(owner + 1) --regid \(owner + 1) --clear-groups"
        for name in ["url", "sha256", "s3_key"] {
            let refused = try Shell.run("\(asOther) getfattr --only-values -n user.meetingfs.\(name) '\(area)/s.txt'")
            XCTAssertTrue(refused.error.contains("Permission denied"), "\(name): \(refused.output) \(refused.error)")
        }
        let cat = try Shell.run("\(asOther) cat '\(area)/s.txt'")
        XCTAssertTrue(cat.error.contains("Permission denied"), cat.error)
    }
}
