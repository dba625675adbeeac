import Foundation
import Logging
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingObjects
@testable import MeetingCache
@testable import MeetingCatalog
@testable import MeetingFileSystem

/// FileSystem without FUSE, on the real PostgreSQL and SeaweedFS: two instances stand for two mounts.
final class FileSystemIntegrationTests: XCTestCase {
    private let root = Caller(uid: 0, gid: 0)
    private var fs: FileSystem!
    private var other: FileSystem!
    private var meeting: String!
    private var raw: UInt64!

    override func setUpWithError() throws {
        let settings = try TestStack.settings()
        fs = try settings.makeFileSystem(logger: Logger(label: "test"))
        other = try TestStack.settings().makeFileSystem(logger: Logger(label: "test-other"))
        meeting = TestStack.uniqueId("fs")
        let dir = try fs.mkdir(parent: Node.meetingsRoot.ino, name: meeting, permissions: 0o755, caller: root)
        raw = try fs.lookup(parent: dir.ino, name: "raw", caller: root).ino
    }

    override func tearDown() {
        fs?.shutdown()
        other?.shutdown()
    }

    func testARandomReadHasItsChunkFetchedWholeSoLaterReadsThereAreLocal() throws {
        let chunk = fs.fetcher.chunkSize
        let content = Data((0..<(2 * chunk)).map { UInt8(truncatingIfNeeded: $0 ^ ($0 >> 11)) })
        let ino = try fs.writeWhole("random.wav", content, in: raw, as: root)
        guard case .file(let id) = Node(ino: ino), let file = try fs.catalog.file(id: id), let key = file.s3Key, let etag = file.etag else {
            return XCTFail("no committed file")
        }
        let shared = TestStack.scratchDirectory("random-cache")
        let reader = try TestStack.settings(cacheDirectory: shared).makeFileSystem(logger: Logger(label: "reader"))
        defer { reader.shutdown() }
        let opened = try reader.open(ino: ino, flags: O_RDONLY, caller: root)
        let first = Int64(chunk + 12345)
        XCTAssertEqual(try reader.read(handle: opened.handle, offset: first, count: 4096), content.subdata(in: Int(first)..<Int(first) + 4096))
        // The chunk it fell in is fetched whole in the background, into memory and then the disk cache.
        let chunkKey = ChunkKey(objectKey: key, etag: etag, index: 1)
        let cached = shared.appendingPathComponent("chunks/\(try XCTUnwrap(reader.fetcher.cache).fileName(chunkKey))").path
        XCTAssertTrue(TestStack.wait(upTo: 30) { FileManager.default.fileExists(atPath: cached) }, "chunk 1 reached the disk cache")
        reader.release(handle: opened.handle)
        // With the object gone from S3, reads in that chunk are still answered, from memory and (in a mount sharing
        // the cache directory, with nothing in memory) from the blocks on disk; chunk 0 was never fetched.
        try S3Client(config: try TestStack.settings().s3).delete(key: key)
        let later = Int64(2 * chunk - 5000)
        let fresh = try TestStack.settings(cacheDirectory: shared).makeFileSystem(logger: Logger(label: "fresh"))
        defer { fresh.shutdown() }
        for mount in [reader, fresh] {
            let handle = try mount.open(ino: ino, flags: O_RDONLY, caller: root).handle
            defer { mount.release(handle: handle) }
            XCTAssertEqual(try mount.read(handle: handle, offset: later, count: 4096), content.subdata(in: Int(later)..<Int(later) + 4096))
            XCTAssertThrowsError(try mount.read(handle: handle, offset: 70000, count: 4096)) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        }
    }

    func testPipelineThrowsTheFirstErrorAndLeavesTheConnectionUsable() throws {
        let pool = try TestStack.settings().makePool(capacity: 1)
        try pool.withConnection { db in
            XCTAssertThrowsError(try db.pipeline([("BEGIN", []), ("SELECT 1 / ($1::int - 1) AS x", ["1"]), ("COMMIT", [])])) {
                XCTAssertEqual(($0 as? DatabaseError)?.sqlState, "22012", "division by zero, not the skipped COMMIT")
            }
            try db.query("ROLLBACK")
            XCTAssertEqual(try db.pipeline([("SELECT $1::int + 1 AS n", ["41"])]).first?.first?["n"], "42")
        }
    }

    func testReaperDeletesReplacedAndUnlinkedObjectsAfterGrace() throws {
        let settings = try TestStack.settings()
        let s3 = S3Client(config: settings.s3)
        let metadata = PostgresCatalog(pool: settings.makePool(capacity: 1))
        let ino = try fs.writeWhole("r.txt", Data("one".utf8), in: raw, as: root)
        guard case .file(let id) = Node(ino: ino) else { return XCTFail("not a file inode") }
        let firstKey = try XCTUnwrap(try metadata.file(id: id)?.s3Key)
        _ = try fs.writeWhole("r.txt", Data("two".utf8), in: raw, as: root)
        let secondKey = try XCTUnwrap(try metadata.file(id: id)?.s3Key)
        XCTAssertNotEqual(firstKey, secondKey, "each version has its own key")
        let reaper = Reaper(catalog: metadata, objects: s3, grace: 3600, logger: Logger(label: "test"))
        try reaper.runOnce()
        XCTAssertNotNil(try s3.head(key: firstKey), "within the grace period the old version stays readable")
        try fs.unlink(parent: raw, name: "r.txt", caller: root)
        let now = Reaper(catalog: metadata, objects: s3, grace: 0, logger: Logger(label: "test"))
        while try now.runOnce() > 0 {}
        XCTAssertNil(try s3.head(key: firstKey))
        XCTAssertNil(try s3.head(key: secondKey))
        XCTAssertNil(try metadata.file(id: id), "the row goes once its object is gone")
    }

    func testGivingUpACommittedVersionsReservationTrashesNothing() throws {
        let metadata = PostgresCatalog(pool: try TestStack.settings().makePool(capacity: 1))
        let ino = try fs.writeWhole("kept.txt", Data("kept".utf8), in: raw, as: root)
        guard case .file(let id) = Node(ino: ino) else { return XCTFail("not a file inode") }
        let row = try XCTUnwrap(try metadata.file(id: id))
        let key = try XCTUnwrap(row.s3Key)
        // As after a commit whose reply was lost: the commit deleted its reservation, so this does nothing.
        try metadata.abandonReservation(id: Int64(row.version), key: key)
        XCTAssertTrue(try trashed(key, in: metadata) == false, "a committed version is never trashed")
        XCTAssertEqual(try other.readWhole(ino, as: root), Data("kept".utf8))
        // A version that never committed is trashed.
        let reserved = try metadata.reserveVersion(fileId: id, keyPrefix: "meetings/\(meeting!)/raw", name: "kept.txt",
                                                   mountId: fs.mountId)
        XCTAssertNotEqual(reserved.key, key)
        try metadata.abandonReservation(id: reserved.id, key: reserved.key)
        XCTAssertTrue(try trashed(reserved.key, in: metadata))
    }

    func testAnUploadCollectedAfterTheLeaseExpiredFailsItsCloseAndPublishesNothing() throws {
        let metadata = PostgresCatalog(pool: try TestStack.settings().makePool(capacity: 1))
        let (attributes, opened) = try fs.create(parent: raw, name: "late.wav", permissions: 0o644, flags: O_WRONLY, caller: root)
        _ = try Data("late".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        // Another mount took this one for dead (its heartbeat could not reach PostgreSQL for the lease's time).
        for reservation in try metadata.reservations(ofMounts: [fs.mountId]) { try metadata.abandonReservation(id: reservation.id, key: reservation.key) }
        try metadata.removeUploadingRows(ofMounts: [fs.mountId])
        XCTAssertThrowsError(try fs.flush(handle: opened.handle, caller: root)) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        fs.release(handle: opened.handle)
        XCTAssertThrowsError(try other.getattr(ino: attributes.ino, caller: root)) { XCTAssertEqual($0 as? FSError, .stale) }
        XCTAssertThrowsError(try other.lookup(parent: raw, name: "late.wav", caller: root))
    }

    func testAFileUnlinkedWhileItIsWrittenStaysGoneAndItsCloseSucceeds() throws {
        let ino = try fs.writeWhole("gone.wav", Data("one".utf8), in: raw, as: root)
        guard case .file(let id) = Node(ino: ino) else { return XCTFail("not a file inode") }
        let opened = try fs.open(ino: ino, flags: O_WRONLY | O_TRUNC, caller: root)
        _ = try Data("two".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        try other.unlink(parent: raw, name: "gone.wav", caller: root)
        try fs.flush(handle: opened.handle, caller: root)
        fs.release(handle: opened.handle)
        XCTAssertThrowsError(try other.lookup(parent: raw, name: "gone.wav", caller: root)) { XCTAssertEqual($0 as? FSError, .notFound) }
        let pool = try TestStack.settings().makePool(capacity: 1)
        let row = try XCTUnwrap(try pool.query("SELECT status, size FROM files WHERE id = $1", [String(id)]).first)
        XCTAssertEqual(row.string("status"), "deleting")
        XCTAssertEqual(row.int("size"), 3, "the row keeps the version it had when it was unlinked")
        XCTAssertEqual(try pool.query("SELECT count(*) AS n FROM jobs WHERE file_id = $1", [String(id)]).first?.int("n"), 1,
                       "only the first version queued a job")
    }

    func testAnArtifactRenamedBeforeItsFirstCommitGetsTheKindOfItsNewName() throws {
        let artifacts = try fs.lookup(parent: try fs.lookup(parent: Node.meetingsRoot.ino, name: meeting, caller: root).ino,
                                      name: "artifacts", caller: root).ino
        let (attributes, opened) = try fs.create(parent: artifacts, name: "draft.txt", permissions: 0o644, flags: O_WRONLY, caller: root)
        _ = try Data("WEBVTT".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        try fs.rename(parent: artifacts, name: "draft.txt", newParent: artifacts, newName: "Transcript.VTT", noReplace: false, caller: root)
        try fs.flush(handle: opened.handle, caller: root)
        fs.release(handle: opened.handle)
        guard case .file(let id) = Node(ino: attributes.ino) else { return XCTFail("not a file inode") }
        let pool = try TestStack.settings().makePool(capacity: 1)
        XCTAssertEqual(try pool.query("SELECT kind FROM artifacts WHERE file_id = $1", [String(id)]).first?.string("kind"), "transcript_vtt")
    }

    func testMountsSharingACacheDirectoryKeepEachOthersStagingFiles() throws {
        let shared = TestStack.scratchDirectory("shared-cache")
        let first = try TestStack.settings(cacheDirectory: shared).makeFileSystem(logger: Logger(label: "first"))
        // A file changed in place is staged (a new one is held in memory).
        let existing = try first.writeWhole("staged.bin", Data("one".utf8), in: raw, as: root)
        let opened = try first.open(ino: existing, flags: O_WRONLY, caller: root)
        // A second mount of the same cache directory starts while the first is writing.
        let staging = shared.appendingPathComponent("staging/\(first.mountId.uuidString)").path
        let staged = try FileManager.default.contentsOfDirectory(atPath: staging).filter { $0.hasPrefix("stage-") }
        XCTAssertEqual(staged.count, 1)
        let second = try TestStack.settings(cacheDirectory: shared).makeFileSystem(logger: Logger(label: "second"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: staging).filter { $0.hasPrefix("stage-") }, staged,
                       "the second mount left the first one's staging file alone")
        _ = try Data(" two".utf8).withUnsafeBytes { try first.write(handle: opened.handle, offset: 3, bytes: $0) }
        try first.flush(handle: opened.handle, caller: root)
        first.release(handle: opened.handle)
        let ino = try first.writeWhole("after.bin", Data("three".utf8), in: raw, as: root)
        XCTAssertEqual(try second.readWhole(try second.lookup(parent: raw, name: "staged.bin", caller: root).ino, as: root),
                       Data("one two".utf8))
        XCTAssertEqual(try second.readWhole(ino, as: root), Data("three".utf8))
        first.shutdown()
        second.shutdown()
    }

    func testTwoNewFilesOfOneNameCommittingAtOnceBothSucceedAndTheLastWins() throws {
        for round in 0..<20 {
            let name = "race-\(round).bin"
            let handles = try [fs!, other!].map { mount in
                let (_, opened) = try mount.create(parent: raw, name: name, permissions: 0o644, flags: O_WRONLY, caller: root)
                _ = try Data(repeating: UInt8(round), count: 100).withUnsafeBytes {
                    try mount.write(handle: opened.handle, offset: 0, bytes: $0)
                }
                return (mount, opened.handle)
            }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                let (mount, handle) = handles[index]
                do { try mount.flush(handle: handle, caller: Caller(uid: 0, gid: 0)) } catch { failures.add(error) }
                mount.release(handle: handle)
            }
            XCTAssertTrue(failures.all.isEmpty, "round \(round): \(failures.all)")
            XCTAssertEqual(try fs.readdir(ino: raw, caller: root).filter { $0.name == name }.count, 1)
        }
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [Error] = []
        func add(_ error: Error) { lock.withLock { errors.append(error) } }
        var all: [Error] { lock.withLock { errors } }
    }

    private func trashed(_ key: String, in metadata: PostgresCatalog) throws -> Bool {
        try !metadata.pool.query("SELECT 1 FROM object_trash WHERE key = $1", [key]).isEmpty
    }

    func testRenameAcrossMeetingsMovesTheArtifactRow() throws {
        let second = try fs.mkdir(parent: Node.meetingsRoot.ino, name: TestStack.uniqueId("fs"), permissions: 0o755, caller: root)
        let from = try fs.lookup(parent: try fs.lookup(parent: Node.meetingsRoot.ino, name: meeting, caller: root).ino,
                                 name: "artifacts", caller: root).ino
        let to = try fs.lookup(parent: second.ino, name: "artifacts", caller: root).ino
        let (attributes, opened) = try fs.create(parent: from, name: "transcript.md", permissions: 0o644, flags: O_WRONLY, caller: root)
        _ = try Data("# hi".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        try fs.flush(handle: opened.handle, caller: root)
        fs.release(handle: opened.handle)
        try fs.rename(parent: from, name: "transcript.md", newParent: to, newName: "transcript.md", noReplace: false, caller: root)
        guard case .file(let id) = Node(ino: attributes.ino), case .meeting(let secondId) = Node(ino: second.ino) else {
            return XCTFail("unexpected inodes")
        }
        let pool = try TestStack.settings().makePool(capacity: 1)
        let row = try XCTUnwrap(try pool.query("SELECT meeting_id, kind FROM artifacts WHERE file_id = $1", [String(id)]).first)
        XCTAssertEqual(row.int("meeting_id"), secondId)
        XCTAssertEqual(row.string("kind"), "transcript_md")
    }

    func testCorruptedCacheChunkIsDetectedAndFetchedAgain() throws {
        let body = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 / 7) })
        let ino = try fs.writeWhole("cached.bin", body, in: raw, as: root)
        let cacheDirectory = TestStack.scratchDirectory("corrupt")
        let chunks = cacheDirectory.appendingPathComponent("chunks")
        let first = try TestStack.settings(cacheDirectory: cacheDirectory).makeFileSystem(logger: Logger(label: "first"))
        XCTAssertEqual(try first.readWhole(ino, as: root), body)
        let files = try waitForChunkFiles(in: chunks)
        for file in files {  // flip one byte in every cached chunk
            var stored = try Data(contentsOf: file)
            stored[stored.count / 2] ^= 0x5a
            try stored.write(to: file)
        }
        let second = try TestStack.settings(cacheDirectory: cacheDirectory).makeFileSystem(logger: Logger(label: "second"))
        XCTAssertEqual(try second.readWhole(ino, as: root), body, "damaged chunks are never served")
    }

    /// Chunks reach the disk cache in the background; wait for them.
    private func waitForChunkFiles(in directory: URL) throws -> [URL] {
        for _ in 0..<250 {
            let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
            let complete = files.filter { !$0.lastPathComponent.hasPrefix(".") }
            if !complete.isEmpty { return complete }
            usleep(20_000)
        }
        throw FSError(EIO, "no chunk reached the disk cache")
    }

    func testMigrationsAreIdempotent() throws {
        let pool = try TestStack.ownerPool()
        XCTAssertEqual(try Migrations.apply(to: pool), [])
        XCTAssertEqual(try Migrations.currentVersion(of: pool), Migrations.all.last?.version)
    }
}
