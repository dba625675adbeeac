import Foundation
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCatalog
@testable import MeetingFileSystem

/// What the file system decides for each caller and place (docs/security.md, docs/semantics.md), in-process on
/// the in-memory stack: roles, shares, legal hold, versions, jobs, temp-area names, and S3 failing under a writer.
final class FileSystemRulesTests: XCTestCase {
    private let root = Caller(uid: 0, gid: 0)
    private let alice = Caller(uid: 1001, gid: 1001), bob = Caller(uid: 1002, gid: 1002), worker = Caller(uid: 1003, gid: 1003)
    private var stack: InProcessStack!
    private var fs: FileSystem!
    private var aliceId: Int64!, bobId: Int64!

    override func setUpWithError() throws {
        stack = InProcessStack()
        aliceId = stack.database.addUser(name: "alice", uid: 1001, role: .member)
        bobId = stack.database.addUser(name: "bob", uid: 1002, role: .member)
        stack.database.addUser(name: "asr", uid: 1003, role: .worker)
        fs = try stack.mount()
    }

    override func tearDown() {
        fs?.shutdown()
        stack?.removeScratch()
    }

    /// meetings/<name> made by `caller`, and the inode of its `area`.
    private func meeting(_ name: String, by caller: Caller, area: String = "raw") throws -> (meeting: UInt64, area: UInt64) {
        let meeting = try fs.mkdir(parent: Node.meetingsRoot.ino, name: name, permissions: 0o755, caller: caller).ino
        return (meeting, try fs.lookup(parent: meeting, name: area, caller: caller).ino)
    }

    @discardableResult
    private func write(_ name: String, _ text: String, in parent: UInt64, as caller: Caller) throws -> UInt64 {
        try fs.writeWhole(name, Data(text.utf8), in: parent, as: caller)
    }

    private func read(_ ino: UInt64, as caller: Caller) throws -> String {
        String(decoding: try fs.readWhole(ino, as: caller), as: UTF8.self)
    }

    private func assertErrno(_ errno: Int32, _ body: @autoclosure () throws -> some Any, _ message: String = "",
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), message, file: file, line: line) {
            XCTAssertEqual(($0 as? FSError)?.errno, errno, message, file: file, line: line)
        }
    }

    func testAWorkerReadsRawAndWritesAudioButNeverRaw() throws {
        let raw = try meeting("m", by: alice).area
        let recording = try write("call.wav", "pcm", in: raw, as: alice)
        XCTAssertEqual(try read(recording, as: worker), "pcm")
        let audio = try fs.lookup(parent: try fs.lookup(parent: Node.meetingsRoot.ino, name: "m", caller: worker).ino, name: "audio", caller: worker).ino
        XCTAssertNoThrow(try write("call.flac", "flac", in: audio, as: worker))
        assertErrno(EACCES, try write("forged.wav", "x", in: raw, as: worker))
    }

    func testAMemberNeitherListsNorReadsAnotherMembersMeeting() throws {
        let raw = try meeting("alices", by: alice).area
        let file = try write("a.wav", "secret", in: raw, as: alice)
        XCTAssertFalse(try fs.readdir(ino: Node.meetingsRoot.ino, caller: bob).contains { $0.name == "alices" })
        XCTAssertTrue(try fs.readdir(ino: Node.meetingsRoot.ino, caller: alice).contains { $0.name == "alices" })
        assertErrno(ENOENT, try fs.open(ino: file, flags: O_RDONLY, caller: bob), "what a member may not read does not exist for them")
    }

    func testAReadShareLetsAMemberReadButNotWrite() throws {
        let (meeting, raw) = try self.meeting("shared", by: alice)
        let file = try write("a.wav", "bytes", in: raw, as: alice)
        guard case .meeting(let id) = Node(ino: meeting) else { return XCTFail("not a meeting inode") }
        stack.database.share(meetingId: id, with: bobId, as: .sharedRead)
        XCTAssertEqual(try read(file, as: bob), "bytes")
        assertErrno(EACCES, try write("b.wav", "x", in: raw, as: bob))
        assertErrno(EACCES, try fs.unlink(parent: raw, name: "a.wav", caller: bob))
    }

    func testTheOwnerEmptiesAndRemovesTheirMeetingAndNobodyElseMay() throws {
        let (meeting, raw) = try self.meeting("mine", by: alice)
        try write("a.wav", "x", in: raw, as: alice)
        assertErrno(ENOTEMPTY, try fs.rmdir(parent: meeting, name: "raw", caller: alice))
        assertErrno(ENOENT, try fs.unlink(parent: raw, name: "a.wav", caller: bob))
        try fs.unlink(parent: raw, name: "a.wav", caller: alice)
        for area in ["raw", "audio", "artifacts"] { try fs.rmdir(parent: meeting, name: area, caller: alice) }
        try fs.rmdir(parent: Node.meetingsRoot.ino, name: "mine", caller: alice)
        assertErrno(ENOENT, try fs.lookup(parent: Node.meetingsRoot.ino, name: "mine", caller: alice))
    }

    func testAMeetingOnLegalHoldKeepsItsFilesFromEveryone() throws {
        let (meeting, raw) = try self.meeting("held", by: alice)
        try write("a.wav", "evidence", in: raw, as: alice)
        guard case .meeting(let id) = Node(ino: meeting) else { return XCTFail("not a meeting inode") }
        stack.database.setLegalHold(meetingId: id, true)
        assertErrno(EPERM, try fs.unlink(parent: raw, name: "a.wav", caller: root))
        XCTAssertNoThrow(try fs.lookup(parent: raw, name: "a.wav", caller: alice))
    }

    func testAFinalRawVersionQueuesOneTranscriptionJobAndMarksTheMeetingUploaded() throws {
        let raw = try meeting("queued", by: alice).area
        let file = try write("call.wav", "pcm", in: raw, as: alice)
        guard case .file(let fileId) = Node(ino: file) else { return XCTFail("not a file inode") }
        XCTAssertEqual(stack.database.jobs.filter { $0.fileId == fileId }.map(\.kind), ["transcribe"])
        XCTAssertEqual(try InMemoryCatalog(stack.database).meetingStatus(id: stack.database.jobs.last!.meetingId), "uploaded")
    }

    func testOverwrittenArtifactsKeepTheirVersions() throws {
        let artifacts = try meeting("kept", by: root, area: "artifacts").area
        for text in ["one", "two", "three"] { try write("transcript.md", text, in: artifacts, as: worker) }
        let versions = try fs.versions(path: "meetings/kept/artifacts/transcript.md", caller: root)
        XCTAssertEqual(versions.count, 2, "the two replaced versions are kept")
        try fs.restoreVersion(path: "meetings/kept/artifacts/transcript.md", version: versions.last!.version, caller: root)
        XCTAssertEqual(try read(try fs.lookup(parent: artifacts, name: "transcript.md", caller: root).ino, as: root), "one")
    }

    func testHardLinksInATempAreaCountTheirNames() throws {
        let area = try fs.mkdir(parent: Node.tempRoot.ino, name: "scratch", permissions: 0o777, caller: alice).ino
        let file = try write("a", "linked", in: area, as: alice)
        XCTAssertEqual(try fs.link(ino: file, newParent: area, newName: "b", caller: alice).nlink, 2)
        try fs.unlink(parent: area, name: "a", caller: alice)
        let survivor = try fs.lookup(parent: area, name: "b", caller: alice)
        XCTAssertEqual(survivor.nlink, 1)
        XCTAssertEqual(try read(survivor.ino, as: alice), "linked")
    }

    func testSymlinksInATempAreaReadBackTheirTarget() throws {
        let area = try fs.mkdir(parent: Node.tempRoot.ino, name: "links", permissions: 0o777, caller: alice).ino
        let link = try fs.symlink(parent: area, name: "latest", target: "../elsewhere/file", caller: alice)
        XCTAssertEqual(link.type, .file(.symlink))
        XCTAssertEqual(try fs.readlink(ino: link.ino, caller: alice), "../elsewhere/file")
        assertErrno(EEXIST, try fs.symlink(parent: area, name: "latest", target: "x", caller: alice))
    }

    func testANestedDirectoryMovesWithWhatItHolds() throws {
        let area = try fs.mkdir(parent: Node.tempRoot.ino, name: "tree", permissions: 0o777, caller: alice).ino
        let directory = try fs.mkdir(parent: area, name: "d", permissions: 0o755, caller: alice).ino
        try write("inside", "deep", in: directory, as: alice)
        try fs.rename(parent: area, name: "d", newParent: area, newName: "moved", noReplace: false, caller: alice)
        let moved = try fs.lookup(parent: area, name: "moved", caller: alice).ino
        XCTAssertEqual(try read(try fs.lookup(parent: moved, name: "inside", caller: alice).ino, as: alice), "deep")
        assertErrno(ENOENT, try fs.lookup(parent: area, name: "d", caller: alice))
    }

    func testAWriterWhoseUploadFailsGetsEIOAndNothingIsPublished() throws {
        let raw = try meeting("failing", by: alice).area
        stack.objects.failUploadParts(true)
        let big = String(repeating: "x", count: 20 << 20)
        assertErrno(EIO, try write("big.wav", big, in: raw, as: alice))
        stack.objects.failUploadParts(false)
        assertErrno(ENOENT, try fs.lookup(parent: raw, name: "big.wav", caller: alice))
    }

    func testAFileUnlinkedWhileWrittenStaysGone() throws {
        let raw = try meeting("unlinked", by: alice).area
        let (_, opened) = try fs.create(parent: raw, name: "a.wav", permissions: 0o644, flags: O_WRONLY | O_CREAT, caller: alice)
        _ = try Data("bytes".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        try fs.unlink(parent: raw, name: "a.wav", caller: alice)
        try fs.flush(handle: opened.handle, caller: alice)
        fs.release(handle: opened.handle)
        assertErrno(ENOENT, try fs.lookup(parent: raw, name: "a.wav", caller: alice))
        XCTAssertTrue(stack.database.jobs.isEmpty, "no job for a file that is gone")
    }
}
