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
        let link = try XCTUnwrap(file["user.meetingfs.url"])
        let ca = TestStack.environment["MEETINGFS_S3_CA_FILE"] ?? ""
        XCTAssertEqual(String(try sh("curl -sf --cacert '\(ca)' '\(link)' | sha256sum").prefix(64)), try sha256(source))

        XCTAssertEqual(try attributes(meetingPath), ["user.meetingfs.status": "uploaded"], "a raw upload moved the meeting on")

        let other = try Shell.run("getfattr -n security.selinux '\(meetingPath)/raw/talk.wav'")
        XCTAssertTrue(other.error.contains("No such attribute"), other.error)
        let set = try Shell.run("setfattr -n user.note -v x '\(meetingPath)/raw/talk.wav'")
        XCTAssertTrue(set.error.contains("Operation not supported"), set.error)
        XCTAssertEqual(try sh("cp -a '\(meetingPath)/raw/talk.wav' '\(meetingPath)/raw/copy.wav' && sha256sum < '\(meetingPath)/raw/copy.wav'").prefix(64),
                       try sha256(source).prefix(64), "cp -a copies within the mount")
    }
}
