import Foundation
import TestSupport
import XCTest
import MeetingObjects

final class ShellWorkflowTests: EndToEndCase {
    func testCopiedRecordingReadsBackAfterColdRemountAndIsRegistered() throws {
        let source = TestStack.scratchDirectory("src").appendingPathComponent("recording.wav").path
        try sh("head -c 48M /dev/urandom > '\(source)'")
        let target = "\(meetingPath)/raw/recording.wav"
        try sh("cp '\(source)' '\(target)'")
        XCTAssertTrue(try sh("ls -l '\(meetingPath)/raw'").contains(" 50331648 "), "ls -l shows the size")
        let expected = try sha256(source)
        XCTAssertEqual(try sha256(target), expected)

        mount.unmount()
        let cold = try MountedFS()  // new cache directory: every byte comes from S3 again
        defer { cold.unmount() }
        XCTAssertEqual(try sha256(cold.at("meetings/\(meeting!)/raw/recording.wav")), expected)

        let objects = try S3Client(config: TestStack.settings().s3).list(prefix: "meetings/\(meeting!)/raw/")
        XCTAssertEqual(objects.count, 1)
        XCTAssertEqual(objects.first?.size, 50_331_648)
        let rows = try database().query("""
            SELECT f.status, f.sha256, count(j.id) AS jobs FROM files f JOIN meetings m ON m.id = f.meeting_id
            LEFT JOIN jobs j ON j.file_id = f.id WHERE m.public_id = $1 AND f.name = 'recording.wav'
            GROUP BY f.status, f.sha256
            """, [meeting])
        XCTAssertEqual(rows.first?["status"], "ready")
        XCTAssertEqual(rows.first?["sha256"], expected)
        XCTAssertEqual(rows.first?["jobs"], "1", "a committed raw file queues one job")
    }

    func testEverydayToolsBehaveAsOnALocalDisk() throws {
        let raw = "\(meetingPath)/raw", audio = "\(meetingPath)/audio", artifacts = "\(meetingPath)/artifacts"
        try sh("dd if=/dev/urandom of='\(audio)/speech.wav' bs=1M count=3 status=none")
        try sh("printf '# Transcript\\nhello\\n' > '\(artifacts)/transcript.md'")
        XCTAssertEqual(try sh("cat '\(artifacts)/transcript.md'"), "# Transcript\nhello\n")
        try sh("echo more >> '\(artifacts)/transcript.md'")
        XCTAssertEqual(try sh("cat '\(artifacts)/transcript.md'"), "# Transcript\nhello\nmore\n", "append makes a new version")
        try sh("echo x > '\(raw)/a.txt' && mv '\(raw)/a.txt' '\(raw)/b.txt'")
        XCTAssertEqual(try sh("ls '\(raw)'"), "b.txt\n")
        try sh("rm '\(raw)/b.txt'")
        XCTAssertEqual(try sh("ls '\(raw)'"), "")
        XCTAssertEqual(try sh("ls '\(meetingPath)'"), "artifacts\naudio\nraw\n")

        // cp -a keeps mode and mtime; rsync's temp-file-then-rename lands whole files.
        let local = TestStack.scratchDirectory("tree").path
        try sh("echo one > '\(local)/one.txt' && chmod 600 '\(local)/one.txt' && touch -d '2020-01-02 03:04:05' '\(local)/one.txt'")
        try sh("cp -a '\(local)/one.txt' '\(raw)/'")
        XCTAssertEqual(try sh("stat -c '%a %Y' '\(raw)/one.txt'"), try sh("stat -c '%a %Y' '\(local)/one.txt'"))
        // The source directory's mode differs from raw/'s, so rsync also sets the target directory's mode and times.
        try sh("chmod 700 '\(local)' && echo two > '\(local)/two.txt' && rsync -a '\(local)/' '\(raw)/'")
        XCTAssertEqual(try sh("stat -c '%a' '\(raw)'"), "700\n")
        XCTAssertEqual(try sh("cat '\(raw)/two.txt'"), "two\n")
        XCTAssertEqual(try sh("ls -a '\(raw)'"), ".\n..\none.txt\ntwo.txt\n", "no rsync temp files are left")

        let kinds = try database().query("""
            SELECT a.kind FROM artifacts a JOIN meetings m ON m.id = a.meeting_id WHERE m.public_id = $1
            """, [meeting])
        XCTAssertEqual(kinds.all.map { $0.string("kind") }, ["transcript_md"])
    }

    func testTempAreaHoldsNestedDirectoriesAndGoesAway() throws {
        let area = mount.at("temp/\(TestStack.uniqueId("tmp"))")
        try sh("mkdir -p '\(area)/a/b' && echo deep > '\(area)/a/b/f.txt' && mv '\(area)/a/b' '\(area)/c'")
        XCTAssertEqual(try sh("cat '\(area)/c/f.txt'"), "deep\n")
        XCTAssertEqual(try sh("cd '\(area)' && find . | sort"), ".\n./a\n./c\n./c/f.txt\n")
        try sh("rm -r '\(area)'")
        XCTAssertFalse(FileManager.default.fileExists(atPath: area))
    }

    func testTwoMountsSeeEachOthersCommittedFiles() throws {
        let second = try MountedFS()
        defer { second.unmount() }
        try sh("head -c 5M /dev/urandom > '\(meetingPath)/raw/shared.bin'")
        let elsewhere = second.at("meetings/\(meeting!)/raw/shared.bin")
        XCTAssertTrue(try sh("ls '\(second.at("meetings/\(meeting!)/raw"))'").contains("shared.bin"))
        XCTAssertEqual(try sha256(elsewhere), try sha256("\(meetingPath)/raw/shared.bin"))
        // A replacement through the first mount reads new bytes through the second once its attributes expire.
        try sh("echo replaced > '\(meetingPath)/raw/shared.bin'")
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertEqual(try sh("cat '\(elsewhere)'"), "replaced\n")
    }
}
