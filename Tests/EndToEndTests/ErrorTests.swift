import Foundation
import TestSupport
import XCTest

final class ErrorTests: EndToEndCase {
    /// Each bad request answers a precise errno and changes nothing.
    func testBadInputGetsPreciseErrnoAndChangesNothing() throws {
        try sh("echo keep > '\(meetingPath)/raw/keep.txt'")
        let script = """
            import errno, os, sys
            m, meeting = sys.argv[1], sys.argv[2]
            raw, audio = f"{m}/meetings/{meeting}/raw", f"{m}/meetings/{meeting}/audio"
            def attempt(label, fn):
                try:
                    fn(); print(label, "OK")
                except OSError as e:
                    print(label, errno.errorcode[e.errno])
            attempt("invalid-meeting-id", lambda: os.mkdir(f"{m}/meetings/bad id!"))
            attempt("subdir-under-raw", lambda: os.mkdir(f"{raw}/sub"))
            attempt("file-under-meetings", lambda: open(f"{m}/meetings/file.txt", "w"))
            attempt("missing-meeting", lambda: os.listdir(f"{m}/meetings/no-such-meeting-{meeting}"))
            attempt("name-of-256-bytes", lambda: open(f"{raw}/" + "a" * 256, "w"))
            attempt("symlink-in-raw", lambda: os.symlink("keep.txt", f"{raw}/link"))
            attempt("rename-raw-to-audio", lambda: os.rename(f"{raw}/keep.txt", f"{audio}/keep.txt"))
            attempt("rmdir-fixed-raw", lambda: os.rmdir(raw))
            attempt("rmdir-nonempty-meeting", lambda: os.rmdir(f"{m}/meetings/{meeting}/raw/.."))
            attempt("mkdir-users-root-file", lambda: open(f"{m}/users/x.txt", "w"))
            attempt("duplicate-meeting", lambda: os.mkdir(f"{m}/meetings/{meeting}"))
            attempt("getxattr", lambda: os.getxattr(f"{raw}/keep.txt", "user.x"))
            attempt("setxattr", lambda: os.setxattr(f"{raw}/keep.txt", "user.x", b"1"))
            """
        let output = try sh("python3 -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))' '\(mount.path)' '\(meeting!)'")
        let answers = Dictionary(uniqueKeysWithValues: output.split(separator: "\n").map {
            let parts = $0.split(separator: " ")
            return (String(parts[0]), String(parts[1]))
        })
        XCTAssertEqual(answers["invalid-meeting-id"], "EINVAL")
        XCTAssertEqual(answers["subdir-under-raw"], "EPERM")
        XCTAssertEqual(answers["file-under-meetings"], "EPERM")
        XCTAssertEqual(answers["missing-meeting"], "ENOENT")
        XCTAssertEqual(answers["name-of-256-bytes"], "ENAMETOOLONG")
        XCTAssertEqual(answers["symlink-in-raw"], "EPERM")
        XCTAssertEqual(answers["rename-raw-to-audio"], "EXDEV")
        XCTAssertEqual(answers["rmdir-fixed-raw"], "ENOTEMPTY", "raw/ goes once empty, for whoever may remove the meeting")
        XCTAssertEqual(answers["mkdir-users-root-file"], "EPERM")
        XCTAssertEqual(answers["duplicate-meeting"], "EEXIST")
        XCTAssertEqual(answers["getxattr"], "ENODATA", "only user.meetingfs. attributes exist")
        XCTAssertEqual(answers["setxattr"], "ENOTSUP")
        XCTAssertNotEqual(answers["rmdir-nonempty-meeting"], "OK")

        XCTAssertFalse(try sh("ls '\(mount.at("meetings"))'").contains("bad id!"))
        XCTAssertEqual(try sh("ls '\(meetingPath)/raw'"), "keep.txt\n")
        XCTAssertEqual(try sh("ls '\(meetingPath)/audio'"), "")
        XCTAssertEqual(try sh("cat '\(meetingPath)/raw/keep.txt'"), "keep\n")
    }

    func testEmptyMeetingCanBeRemovedAndNonEmptyCannot() throws {
        try sh("echo x > '\(meetingPath)/audio/x.wav'")
        let refused = try Shell.run("rmdir '\(meetingPath)'")
        XCTAssertFalse(refused.succeeded)
        XCTAssertTrue(refused.error.contains("not empty"), refused.error)
        try sh("rm '\(meetingPath)/audio/x.wav' && rmdir '\(meetingPath)'")
        XCTAssertFalse(FileManager.default.fileExists(atPath: meetingPath))
    }
}
