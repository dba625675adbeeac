import Foundation
import XCTest
@testable import MeetingObjects
@testable import MeetingCache
@testable import MeetingOperations


final class ChunkCacheTests: XCTestCase {
    private var directory: URL!
    private static let key = [UInt8](repeating: 42, count: 32)

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("chunks-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func key(_ index: Int64, etag: String = "e1") -> ChunkKey { ChunkKey(objectKey: "k", etag: etag, index: index) }

    /// What the cache holds for `key`, read into a buffer of `capacity` bytes.
    private func read(_ cache: ChunkCache, _ key: ChunkKey, capacity: Int = 1 << 16) -> Data? {
        var buffer = Data(count: capacity)
        let count = buffer.withUnsafeMutableBytes { cache.read(key, into: $0) }
        return count.map { buffer.prefix($0) }
    }

    func testStoresAndReturnsChunksKeyedByEtag() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        cache.write(key(0), Data("hello".utf8))
        XCTAssertEqual(read(cache, key(0)), Data("hello".utf8))
        XCTAssertNil(read(cache, key(0, etag: "e2")), "another version must never see this chunk")
        XCTAssertNil(read(cache, key(1)))
    }

    func testEvictsLeastRecentlyUsedWithinBudget() throws {
        let chunk = Data(repeating: 7, count: 1000)
        let cache = try ChunkCache(directory: directory, budget: 3 * 1036, chunkSize: 1000, key: Self.key)  // three chunks with nonce, tag and length
        cache.write(key(0), chunk)
        cache.write(key(1), chunk)
        cache.write(key(2), chunk)
        XCTAssertNotNil(read(cache, key(0)))  // 0 is now more recent than 1
        cache.write(key(3), chunk)
        XCTAssertNil(read(cache, key(1)))
        XCTAssertNotNil(read(cache, key(0)))
        XCTAssertNotNil(read(cache, key(3)))
        XCTAssertLessThanOrEqual(cache.bytesUsed, 3 * 1036)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertEqual(files.count, 3)
    }

    func testEntriesHoldNoPlaintextAndOpenOnlyWithTheirKeyAndName() throws {
        let marker = Data("MARKER-\(UUID().uuidString)".utf8)
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        cache.write(key(0), marker + marker)
        cache.write(key(1), Data("other".utf8))
        let file = directory.appendingPathComponent(cache.fileName(key(0)))
        let stored = try Data(contentsOf: file)
        XCTAssertNil(stored.range(of: marker), "a cached chunk must not hold its bytes in the clear")
        XCTAssertEqual(stored.count, 2 * marker.count + 28 + 8)

        // An entry copied over another entry's file does not open as that entry.
        try stored.write(to: directory.appendingPathComponent(cache.fileName(key(1))))
        XCTAssertNil(read(cache, key(1)))
        XCTAssertEqual(read(cache, key(0)), marker + marker)
        // Nor does it open with another key.
        let otherKey = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000,
                                      key: [UInt8](repeating: 7, count: 32))
        XCTAssertNil(read(otherKey, key(0)))
    }

    func testDetectsCorruptedChunkAndDropsIt() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        cache.write(key(0), Data(repeating: 1, count: 4096))
        let file = directory.appendingPathComponent(cache.fileName(key(0)))
        var stored = try Data(contentsOf: file)
        stored[100] ^= 0xff
        try stored.write(to: file)
        XCTAssertNil(read(cache, key(0)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path))
    }

    /// A chunk of four blocks, the last one short, with a byte pattern that tells every offset apart.
    private func writeBlocks(_ cache: ChunkCache) -> Data {
        let chunk = Data((0..<(3 * ChunkCache.blockSize + 8192)).map { UInt8(truncatingIfNeeded: $0 ^ ($0 >> 8)) })
        cache.write(key(0), chunk)
        return chunk
    }

    private func read(_ cache: ChunkCache, _ range: Range<Int>) -> Data? {
        var bytes = Data(count: range.count)
        return bytes.withUnsafeMutableBytes { cache.read(key(0), range: range, into: $0) } ? bytes : nil
    }

    func testRangesAreReadFromTheBlocksTheyFallIn() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1 << 20, key: Self.key)
        let chunk = writeBlocks(cache)
        let block = ChunkCache.blockSize
        for range in [100..<4196, (block - 10)..<(2 * block + 10), (3 * block)..<chunk.count, 0..<chunk.count, block..<(2 * block)] {
            XCTAssertEqual(read(cache, range), chunk.subdata(in: range), "\(range)")
        }
        XCTAssertNil(read(cache, 0..<(chunk.count + 1)), "past the chunk's end")
        XCTAssertEqual(read(cache, key(0), capacity: 1 << 20), chunk)
    }

    func testADamagedBlockFailsOnlyTheReadsThatNeedItAndDropsTheChunk() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1 << 20, key: Self.key)
        let chunk = writeBlocks(cache)
        let file = directory.appendingPathComponent(cache.fileName(key(0)))
        var stored = try Data(contentsOf: file)
        stored[3 * ChunkCache.blockSize + 5] ^= 0x01
        try stored.write(to: file)
        XCTAssertEqual(read(cache, 0..<4096), chunk.subdata(in: 0..<4096), "a small read checks its own block only")
        XCTAssertNil(read(cache, (3 * ChunkCache.blockSize)..<(3 * ChunkCache.blockSize + 10)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "the damaged chunk is dropped")
    }

    func testAChunkCutOrWithItsLengthChangedIsRefused() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1 << 20, key: Self.key)
        let chunk = writeBlocks(cache)
        let file = directory.appendingPathComponent(cache.fileName(key(0)))
        let stored = try Data(contentsOf: file)
        // The last block dropped, with its seal, and the length field rewritten to match.
        let shorter = 3 * ChunkCache.blockSize
        var cut = stored.prefix(shorter)
        cut += stored.subdata(in: chunk.count..<(chunk.count + 3 * 28))
        cut += withUnsafeBytes(of: UInt64(shorter).littleEndian) { Data($0) }
        try cut.write(to: file)
        XCTAssertNil(read(cache, 0..<100), "the length is sealed into every block")
    }

    func testRefusesChunkLargerThanTheBuffer() throws {
        let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        cache.write(key(0), Data(repeating: 3, count: 2000))
        XCTAssertEqual(read(cache, key(0), capacity: 2000), Data(repeating: 3, count: 2000))
        XCTAssertNil(read(cache, key(0), capacity: 1999), "a chunk of another chunk size must not overrun the buffer")
    }

    func testReloadsIndexAfterRestart() throws {
        do {
            let cache = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
            cache.write(key(0), Data("persisted".utf8))
        }
        let reopened = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        XCTAssertEqual(read(reopened, key(0)), Data("persisted".utf8))
    }

    func testLRUOrderYieldsLeastRecentlyUsedFirst() {
        var order = LRUOrder<Int>()
        for key in 0..<5 { order.touch(key) }
        order.touch(0)
        order.remove(2)
        // Many uses of one key: the queue of superseded uses is compacted without losing the order.
        for _ in 0..<10_000 { order.touch(3) }
        var popped: [Int] = []
        while let key = order.popOldest() { popped.append(key) }
        XCTAssertEqual(popped, [1, 4, 0, 3])
    }

    func testParsesSizes() {
        XCTAssertEqual(Settings.parseSize("10G"), 10 << 30)
        XCTAssertEqual(Settings.parseSize("512MiB"), 512 << 20)
        XCTAssertEqual(Settings.parseSize("4096"), 4096)
        XCTAssertNil(Settings.parseSize("lots"))
        XCTAssertNil(Settings.parseSize("99999999999T"), "an overflowing size is an error, not a trap")
    }

    func testEntriesOfAnotherChunkSizeAreNotServed() throws {
        let written = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 1000, key: Self.key)
        written.write(key(1), Data(repeating: 7, count: 1000))
        XCTAssertEqual(read(written, key(1)), Data(repeating: 7, count: 1000))
        // Chunk 1 of the same object version is other bytes under another geometry.
        let regeared = try ChunkCache(directory: directory, budget: 1 << 20, chunkSize: 2000, key: Self.key)
        XCTAssertNil(read(regeared, key(1)))
    }
}

final class S3XMLTests: XCTestCase {
    func testDecodesEveryEntityAndCharacterReference() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><IsTruncated>false</IsTruncated>
            <Contents><Key>a&amp;b&lt;c&gt;&#39;d&#x27;</Key><Size>3</Size><ETag>&#34;9b2cf535f27731c9-2&#34;</ETag></Contents>
            <Contents><Key>c</Key><ETag>&quot;e&quot;</ETag></Contents></ListBucketResult>
            """
        let answer = try S3XML.parse(Data(xml.utf8))
        XCTAssertEqual(answer.all("Contents").compactMap { $0.value("Key") }, ["a&b<c>'d'", "c"])
        XCTAssertEqual(answer.all("Contents").compactMap { $0.value("ETag") }.map(S3Client.unquote), ["9b2cf535f27731c9-2", "e"])
        XCTAssertEqual(answer.value("IsTruncated"), "false")
    }

    func testNestedElementsAreToldApart() throws {
        // A substring search for <Key> would find the owner's inner element first.
        let xml = "<R><Upload><Owner><Key>not-this</Key></Owner><Key>k</Key><UploadId>u1</UploadId></Upload></R>"
        let upload = try XCTUnwrap(S3XML.parse(Data(xml.utf8)).all("Upload").first)
        XCTAssertEqual(upload.value("Key"), "k")
        XCTAssertEqual(upload.value("UploadId"), "u1")
    }

    func testMalformedAnswerIsAnError() {
        XCTAssertThrowsError(try S3XML.parse(Data("<Error><Code>x</Error>".utf8)))
    }
}
