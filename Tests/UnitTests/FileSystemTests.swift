import Foundation
import Synchronization
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCache
@testable import MeetingCatalog
@testable import MeetingFileSystem

/// FileSystem without FUSE, PostgreSQL or S3: two mounts of one in-process stack (InMemoryCatalog,
/// FaultInjectingObjectStore), each hearing the other's changes.
final class FileSystemTests: XCTestCase {
    private let root = Caller(uid: 0, gid: 0)
    private var stack: InProcessStack!
    private var fs: FileSystem!
    private var other: FileSystem!
    private var raw: UInt64!

    override func setUpWithError() throws {
        stack = InProcessStack()
        fs = try stack.mount()
        other = try stack.mount()
        let dir = try fs.mkdir(parent: Node.meetingsRoot.ino, name: "standup", permissions: 0o755, caller: root)
        raw = try fs.lookup(parent: dir.ino, name: "raw", caller: root).ino
    }

    override func tearDown() {
        fs?.shutdown()
        other?.shutdown()
        stack?.removeScratch()
    }

    func testFileIsInvisibleToOthersUntilCommitted() throws {
        let (attributes, opened) = try fs.create(parent: raw, name: "a.wav", permissions: 0o644, flags: O_WRONLY, caller: root)
        _ = try Data("partial".utf8).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
        XCTAssertThrowsError(try other.lookup(parent: raw, name: "a.wav", caller: root)) { XCTAssertEqual($0 as? FSError, .notFound) }
        XCTAssertFalse(try other.readdir(ino: raw, caller: root).contains { $0.name == "a.wav" })
        XCTAssertEqual(try fs.getattr(ino: attributes.ino, caller: root).size, 7, "the writer sees its own size")
        try fs.flush(handle: opened.handle, caller: root)
        fs.release(handle: opened.handle)
        XCTAssertEqual(try other.lookup(parent: raw, name: "a.wav", caller: root).size, 7)
        XCTAssertEqual(try other.readWhole(attributes.ino, as: root), Data("partial".utf8))
    }

    /// The kernel sends a create only for a name it found free; another mount may have taken it since. The create
    /// then opens that file as open(2) without O_TRUNC does: its bytes stay.
    func testACreateThatFindsTheNameTakenOpensTheFileAndKeepsItsBytes() throws {
        let ino = try other.writeWhole("taken", Data("kept bytes".utf8), in: raw, as: root)
        let (attributes, opened) = try fs.create(parent: raw, name: "taken", permissions: 0o644, flags: O_WRONLY | O_CREAT, caller: root)
        XCTAssertEqual(attributes.ino, ino)
        try fs.flush(handle: opened.handle, caller: root)
        fs.release(handle: opened.handle)
        XCTAssertEqual(try fs.readWhole(ino, as: root), Data("kept bytes".utf8))
        let (_, truncating) = try fs.create(parent: raw, name: "taken", permissions: 0o644, flags: O_WRONLY | O_CREAT | O_TRUNC, caller: root)
        try fs.flush(handle: truncating.handle, caller: root)
        fs.release(handle: truncating.handle)
        XCTAssertEqual(try fs.readWhole(ino, as: root), Data())
    }

    func testLargeSequentialWriteStreamsPartsAndReadsBack() throws {
        let body = Data((0..<(21 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) })
        let ino = try fs.writeWhole("big.bin", body, in: raw, as: root)
        let read = try other.readWhole(ino, as: root)
        XCTAssertEqual(read.count, body.count)
        XCTAssertTrue(read == body)
    }

    func testOpenReaderKeepsOldVersionAcrossReplace() throws {
        let ino = try fs.writeWhole("v.txt", Data("version one".utf8), in: raw, as: root)
        let reader = try other.open(ino: ino, flags: O_RDONLY, caller: root)
        _ = try fs.writeWhole("v.txt", Data("version two!".utf8), in: raw, as: root)
        XCTAssertEqual(try other.read(handle: reader.handle, offset: 0, count: 100), Data("version one".utf8))
        other.release(handle: reader.handle)
        XCTAssertEqual(try other.readWhole(ino, as: root), Data("version two!".utf8))
    }

    func testRenameReplacesTargetAndUnlinkRemoves() throws {
        let a = try fs.writeWhole("a.tmp", Data("new".utf8), in: raw, as: root)
        _ = try fs.writeWhole("final.txt", Data("old".utf8), in: raw, as: root)
        try fs.rename(parent: raw, name: "a.tmp", newParent: raw, newName: "final.txt", noReplace: false, caller: root)
        XCTAssertEqual(try other.lookup(parent: raw, name: "final.txt", caller: root).ino, a)
        XCTAssertEqual(try other.readWhole(a, as: root), Data("new".utf8))
        XCTAssertEqual(try other.readdir(ino: raw, caller: root).map(\.name), ["final.txt"])
        try fs.unlink(parent: raw, name: "final.txt", caller: root)
        XCTAssertThrowsError(try other.lookup(parent: raw, name: "final.txt", caller: root))
    }

    func testListingAnswersLookupBurstsAndForgetsWhatThisMountChanges() throws {
        for name in ["a", "b", "c"] { _ = try fs.writeWhole(name, Data(name.utf8), in: raw, as: root) }
        // Two lookups in a row list the directory; the listing then answers for its names.
        _ = try fs.lookup(parent: raw, name: "a", caller: root)
        _ = try fs.lookup(parent: raw, name: "b", caller: root)
        try fs.unlink(parent: raw, name: "a", caller: root)
        XCTAssertThrowsError(try fs.lookup(parent: raw, name: "a", caller: root)) { XCTAssertEqual($0 as? FSError, .notFound) }
        try fs.rename(parent: raw, name: "b", newParent: raw, newName: "b2", noReplace: false, caller: root)
        XCTAssertThrowsError(try fs.lookup(parent: raw, name: "b", caller: root))
        let c = try fs.lookup(parent: raw, name: "c", caller: root)
        _ = try fs.setattr(ino: c.ino, changes: AttributeChanges(permissions: 0o600), caller: root)
        XCTAssertEqual(try fs.lookup(parent: raw, name: "c", caller: root).permissions, 0o600)
        _ = try fs.writeWhole("c", Data("longer now".utf8), in: raw, as: root)
        XCTAssertEqual(try fs.lookup(parent: raw, name: "c", caller: root).size, 10)
        _ = try fs.writeWhole("d", Data("new".utf8), in: raw, as: root)
        XCTAssertEqual(try fs.lookup(parent: raw, name: "d", caller: root).size, 3)
    }

    func testAFreeNameIsTakenOnlyOnce() throws {
        XCTAssertThrowsError(try fs.lookup(parent: raw, name: "x", caller: root))
        let (_, first) = try fs.create(parent: raw, name: "x", permissions: 0o644, flags: O_WRONLY | O_CREAT | O_EXCL, caller: root)
        defer { fs.release(handle: first.handle) }
        XCTAssertThrowsError(try fs.create(parent: raw, name: "x", permissions: 0o644, flags: O_WRONLY | O_CREAT | O_EXCL, caller: root)) {
            XCTAssertEqual($0 as? FSError, .exists, "the lookup's free answer does not outlive the first create")
        }
    }

    func testListingOfAnotherMountIsTrustedOnlyForItsTime() throws {
        // A mount that hears nothing of the others' changes, as one whose notifications are late.
        let patient = try stack.mount(listening: false) { $0.listingTTL = 30 }
        defer { patient.shutdown() }
        for name in ["a", "b"] { _ = try fs.writeWhole(name, Data(name.utf8), in: raw, as: root) }
        _ = try patient.lookup(parent: raw, name: "a", caller: root)
        _ = try patient.lookup(parent: raw, name: "b", caller: root)
        try fs.unlink(parent: raw, name: "a", caller: root)
        XCTAssertNoThrow(try patient.lookup(parent: raw, name: "a", caller: root), "answered from the listing, within its time")
        _ = try fs.writeWhole("new", Data("fresh".utf8), in: raw, as: root)
        XCTAssertEqual(try patient.lookup(parent: raw, name: "new", caller: root).size, 5, "a name not listed is asked for afresh")
        XCTAssertThrowsError(try other.lookup(parent: raw, name: "a", caller: root), "a mount without a listing asks the database")
    }

    func testOpeningASmallListedFileFetchesTheNextOnesAhead() throws {
        for name in ["a", "b", "c"] { _ = try fs.writeWhole(name, Data(repeating: 7, count: 4096), in: raw, as: root) }
        XCTAssertEqual(try other.readdir(ino: raw, caller: root).map(\.name), ["a", "b", "c"])
        let a = try other.lookup(parent: raw, name: "a", caller: root)
        let opened = try other.open(ino: a.ino, flags: O_RDONLY, caller: root)
        defer { other.release(handle: opened.handle) }
        let later = try ["b", "c"].map { name -> ChunkKey in
            let file = try XCTUnwrap(try other.catalog.visibleFile(parentIno: raw, name: name))
            return ChunkKey(objectKey: try XCTUnwrap(file.s3Key), etag: try XCTUnwrap(file.etag), index: 0)
        }
        let deadline = Date().addingTimeInterval(10)
        while !later.allSatisfy(other.fetcher.isInMemory), Date() < deadline { usleep(10_000) }
        XCTAssertTrue(later.allSatisfy(other.fetcher.isInMemory), "b and c are fetched before anyone reads them")
        // Rows fetched ahead never hide this mount's own change.
        let b = try other.writeWhole("b", Data("changed here".utf8), in: raw, as: root)
        XCTAssertEqual(try other.readWhole(b, as: root), Data("changed here".utf8))
    }

    func testListingADirectoryFetchesItsFirstSmallFilesBeforeAnyOpen() throws {
        for name in ["a", "b", "c"] { _ = try fs.writeWhole(name, Data(repeating: 9, count: 4096), in: raw, as: root) }
        let keys = try ["a", "b", "c"].map { name -> ChunkKey in
            let file = try XCTUnwrap(try other.catalog.visibleFile(parentIno: raw, name: name))
            return ChunkKey(objectKey: try XCTUnwrap(file.s3Key), etag: try XCTUnwrap(file.etag), index: 0)
        }
        XCTAssertFalse(keys.contains(where: other.fetcher.isInMemory))
        XCTAssertEqual(try other.readdir(ino: raw, caller: root).map(\.name), ["a", "b", "c"])
        XCTAssertTrue(TestStack.wait(upTo: 10) { keys.allSatisfy(self.other.fetcher.isInMemory) }, "fetched on listing, for a cat * to come")
    }

    /// A random read's miss costs one 4 KiB GET, then its chunk is filled in the background, one chunk at a time:
    /// a second miss meanwhile gets its own small GET and no second fill.
    func testARandomMissIsOneSmallGetAndChunkFillsGoOneAtATime() throws {
        let chunk = 64 << 10
        let reader = try stack.mount { $0.chunkSize = chunk }
        defer { reader.shutdown() }
        // 16 MiB: reads more than 4 MiB from where the last one ended are random (the stream allows 4 MiB of
        // reordering), so each read below is one.
        let body = Data((0..<(16 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31 >> 7) })
        let ino = try fs.writeWhole("long.wav", body, in: raw, as: root)
        let opened = try reader.open(ino: ino, flags: O_RDONLY, caller: root)
        defer { reader.release(handle: opened.handle) }
        let file = try XCTUnwrap(try reader.catalog.visibleFile(parentIno: raw, name: "long.wav"))
        let key = { (offset: Int) in ChunkKey(objectKey: file.s3Key!, etag: file.etag!, index: Int64(offset / chunk)) }

        stack.objects.holdGets(longerThan: 4096)
        defer { stack.objects.holdGets(longerThan: nil) }
        let first = stack.objects.getLengths.count
        let a = 8 << 20, b = 14 << 20
        XCTAssertEqual(try reader.read(handle: opened.handle, offset: Int64(a + 96), count: 4000), body[(a + 96)..<(a + 4096)])
        XCTAssertEqual(Array(stack.objects.getLengths[first...].prefix(1)), [4096], "the miss's own GET comes first, 4 KiB")
        XCTAssertTrue(TestStack.wait(upTo: 10) { self.stack.objects.heldGets == 1 }, "its chunk is being filled")
        XCTAssertEqual(try reader.read(handle: opened.handle, offset: Int64(b), count: 4096), body[b..<(b + 4096)])
        XCTAssertEqual(stack.objects.getLengths[first...].filter { $0 == chunk }.count, 1, "no second fill while one runs")
        XCTAssertEqual(stack.objects.getLengths[first...].filter { $0 == 4096 }.count, 2)

        stack.objects.holdGets(longerThan: nil)
        XCTAssertTrue(TestStack.wait(upTo: 10) { reader.fetcher.isInMemory(key(a)) })
        let before = stack.objects.getLengths.count
        XCTAssertEqual(try reader.read(handle: opened.handle, offset: Int64(a + 30_000), count: 4096), body[(a + 30_000)..<(a + 34_096)])
        XCTAssertEqual(stack.objects.getLengths.count, before, "the filled chunk answers without a GET")
    }

    func testUnknownUidIsRefused() throws {
        XCTAssertThrowsError(try fs.readdir(ino: Node.meetingsRoot.ino, caller: Caller(uid: 54321, gid: 0))) {
            XCTAssertEqual(($0 as? FSError)?.errno, EACCES)
        }
    }
}

/// Coherence in-process: what one mount changes reaches the other's caches and kernel through the catalog's
/// announcements, at once.
final class CoherenceInProcessTests: XCTestCase {
    private let root = Caller(uid: 0, gid: 0)
    private var stack: InProcessStack!
    private var fs: FileSystem!
    private var other: FileSystem!
    private var area: UInt64!

    override func setUpWithError() throws {
        stack = InProcessStack()
        fs = try stack.mount()
        // Listings trusted for a minute: only an announcement can make the other mount drop one in time.
        other = try stack.mount { $0.listingTTL = 60 }
        area = try fs.mkdir(parent: Node.tempRoot.ino, name: "shared", permissions: 0o777, caller: root).ino
    }

    override func tearDown() {
        fs?.shutdown()
        other?.shutdown()
        stack?.removeScratch()
    }

    /// Two lookups in a row make the other mount keep the directory's listing.
    private func listOnOther() throws {
        for name in ["a", "b"] { _ = try other.lookup(parent: area, name: name, caller: root) }
    }

    func testARenameElsewhereIsSeenByAMountThatKeepsTheListing() throws {
        for name in ["a", "b"] { try fs.writeWhole(name, Data(), in: area, as: root) }
        try listOnOther()
        try fs.rename(parent: area, name: "a", newParent: area, newName: "c", noReplace: false, caller: root)
        XCTAssertThrowsError(try other.lookup(parent: area, name: "a", caller: root)) { XCTAssertEqual($0 as? FSError, .notFound) }
        XCTAssertNoThrow(try other.lookup(parent: area, name: "c", caller: root))
    }

    func testAnUnlinkElsewhereIsSeenByAMountThatKeepsTheListing() throws {
        for name in ["a", "b"] { try fs.writeWhole(name, Data(), in: area, as: root) }
        try listOnOther()
        try fs.unlink(parent: area, name: "b", caller: root)
        XCTAssertThrowsError(try other.lookup(parent: area, name: "b", caller: root)) { XCTAssertEqual($0 as? FSError, .notFound) }
    }

    func testTheKernelIsToldToDropNamesAnotherMountChanged() throws {
        let kernel = RecordingKernelCache()
        other.setKernelCache(kernel)
        try fs.writeWhole("new", Data(), in: area, as: root)
        XCTAssertTrue(kernel.forgotten.contains("\(area!)/new"), "forgotten: \(kernel.forgotten)")
        kernel.clear()
        try other.writeWhole("mine", Data(), in: area, as: root)
        XCTAssertFalse(kernel.forgotten.contains("\(area!)/mine"), "a mount's own change is not announced to it")
    }
}

/// A kernel cache that records the names it is told to drop.
private final class RecordingKernelCache: KernelCache {
    private let names = Mutex<[String]>([])
    var forgotten: [String] { names.withLock { $0 } }
    func clear() { names.withLock { $0.removeAll() } }
    func forgetEntry(parent: UInt64, name: String) { names.withLock { $0.append("\(parent)/\(name)") } }
    func forgetInode(_ ino: UInt64) {}
    func forgetEntries(in parent: UInt64) {}
    func forgetEverything() -> Bool { true }
}
