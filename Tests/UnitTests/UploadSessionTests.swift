import Foundation
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingCrypto
@testable import MeetingObjects
@testable import MeetingCache
@testable import MeetingCatalog
@testable import MeetingFileSystem

/// Reservations numbered in memory; abandoned ones are remembered.
final class FakeLedger: VersionLedger, @unchecked Sendable {
    private let lock = NSLock()
    private var next: Int64 = 1
    private(set) var abandoned: [Reservation] = []

    func reserve(fileId: Int64, keyPrefix: String, name: String) throws -> Reservation {
        lock.withLock {
            defer { next += 1 }
            return Reservation(id: next, key: "\(keyPrefix)/\(fileId)-\(next)/\(name)")
        }
    }

    func recordMultipartUpload(_ reservation: Reservation, uploadId: String) throws {}
    func abandon(_ reservation: Reservation) throws { lock.withLock { abandoned.append(reservation) } }
}

final class UploadSessionTests: XCTestCase {
    private let objects = FaultInjectingObjectStore()
    private let ledger = FakeLedger()
    private let part = 4096

    private var stagingDirectory: URL!

    private func session(writeMemory: Int = 1 << 20) throws -> UploadSession {
        let file = FileRecord(id: 7, parentIno: 1, name: "a.wav", area: "raw", meetingId: 1, s3Key: nil, version: 0,
                              size: 0, etag: nil, sha256: nil, status: "uploading", mode: 0o644, uid: 0, gid: 0,
                              mtime: FileTime(nanoseconds: 0), ctime: FileTime(nanoseconds: 0),
                              atime: FileTime(nanoseconds: 0))
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: staging) }
        stagingDirectory = staging
        return try UploadSession(file: file, keyPrefix: "meetings/m/raw", reservation: nil, stagingDirectory: staging,
                                 stagingKey: [UInt8](repeating: 1, count: 32),
                                 objects: objects, ledger: ledger, limits: .init(partSize: part, concurrency: 2),
                                 partBuffers: ChunkBuffers(capacity: part, spareLimit: 2),
                                 writeMemory: ByteBudget(limit: writeMemory), initialContents: nil)
    }

    private func write(_ session: UploadSession, part index: Int, bytes: Int? = nil) throws {
        try Data(repeating: UInt8(index), count: bytes ?? part).withUnsafeBytes {
            try session.write($0, at: Int64(index * self.part))
        }
    }

    func testFirstFailedPartFailsEveryLaterWriteAtOnceAndAbortsTheUpload() throws {
        let upload = try session()
        objects.failUploadParts(true)
        // Parts go up in the background: writes go on until the failure is known, then stop.
        var written = 0
        let failed = TestWait.until(5) {
            do {
                try write(upload, part: written)
                written += 1
                return false
            } catch {
                return true
            }
        }
        XCTAssertTrue(failed, "writes never failed")
        XCTAssertTrue(upload.isFailed)
        let triedBefore = objects.tried
        for index in 0..<5 {
            XCTAssertThrowsError(try write(upload, part: written + index)) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        }
        XCTAssertEqual(objects.tried, triedBefore, "no part is queued after the first failure")
        // The part the failed write filled was refused: reading it answers EIO (it once read a tail no longer held).
        XCTAssertThrowsError(try upload.read(at: Int64((written - 1) * part), count: part)) {
            XCTAssertEqual(($0 as? FSError)?.errno, EIO)
        }
        XCTAssertEqual(try upload.read(at: 0, count: part), Data(repeating: 0, count: part), "the head is still held")
        XCTAssertThrowsError(try upload.upload()) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        XCTAssertTrue(TestWait.until(5) { objects.aborted == ["upload-meetings/m/raw/7-1/a.wav"] }, "\(objects.aborted)")
        upload.abandon()
        XCTAssertEqual(ledger.abandoned.map(\.id), [1], "the reserved key goes to the trash")
    }

    func testEachCommittedVersionGetsItsOwnReservedKey() throws {
        let upload = try session()
        try write(upload, part: 0, bytes: 100)
        let first = try upload.upload()
        upload.committed()
        try write(upload, part: 0, bytes: 200)
        let second = try upload.upload()
        XCTAssertNotEqual(first.s3Key, second.s3Key)
        XCTAssertEqual([first.reservationId, second.reservationId], [1, 2])
        XCTAssertEqual(objects.tried, 0, "less than a part goes up in one PUT")
        XCTAssertEqual(try objects.head(key: second.s3Key)?.size, 200)
        XCTAssertEqual(try objects.head(key: first.s3Key)?.size, 100, "the first version's bytes are untouched")
    }
    // MARK: - Sequential writes held in memory

    private var stagingFiles: [String] { (try? FileManager.default.contentsOfDirectory(atPath: stagingDirectory.path)) ?? [] }

    private func bytes(_ count: Int, seed: Int) -> Data { Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed) }) }

    private func write(_ upload: UploadSession, _ data: Data, at offset: Int) throws {
        try data.withUnsafeBytes { try upload.write($0, at: Int64(offset)) }
    }

    /// Commits and returns the version and the bytes stored under its key.
    private func commit(_ upload: UploadSession) throws -> (CommittedVersion, Data?) {
        let version = try upload.upload()
        upload.committed()
        return (version, objects.object(version.s3Key))
    }

    func testSequentialWritesAreSentFromMemoryAsPartsFill() throws {
        let upload = try session()
        let content = bytes(5 * part + 100, seed: 3)
        for offset in stride(from: 0, to: content.count, by: 1000) {  // writes that do not fall on part bounds
            try write(upload, content[offset..<min(offset + 1000, content.count)], at: offset)
        }
        XCTAssertTrue(TestWait.until(5) { objects.tried == 4 }, "parts 2 to 5 go up while writing: \(objects.tried)")
        XCTAssertEqual(stagingFiles, [], "no staging file for sequential writes")
        XCTAssertEqual(try upload.read(at: 10, count: 20), content[10..<30], "the head reads back")
        XCTAssertEqual(try upload.read(at: Int64(5 * part), count: 200), content[(5 * part)...], "so does the tail")
        let (version, stored) = try commit(upload)
        XCTAssertEqual(stored, content)
        XCTAssertEqual(version.sha256, Digest.hex(Digest.sha256(content)))
        XCTAssertEqual(stagingFiles, [])
    }

    func testAHeaderRewrittenLastIsCommittedAndHashedWithoutStaging() throws {
        let upload = try session()
        var content = bytes(4 * part + 10, seed: 5)
        try write(upload, content, at: 0)
        let header = Data([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4])
        try write(upload, header, at: 4)  // as a WAV writer fixes its sizes once it is done
        content.replaceSubrange(4..<12, with: header)
        let (version, stored) = try commit(upload)
        XCTAssertEqual(stored, content)
        XCTAssertEqual(version.sha256, Digest.hex(Digest.sha256(content)), "hashed again from the stored object")
        XCTAssertEqual(stagingFiles, [])
    }

    func testAWriteIntoASentPartStagesEveryByteAndCommitsThem() throws {
        let upload = try session()
        var content = bytes(4 * part + 10, seed: 7)
        try write(upload, content, at: 0)
        let patch = Data(repeating: 0xEE, count: 50)
        try write(upload, patch, at: part + 100)
        content.replaceSubrange((part + 100)..<(part + 150), with: patch)
        XCTAssertEqual(stagingFiles.count, 1, "the bytes moved to a staging file")
        XCTAssertEqual(try upload.read(at: Int64(part), count: 2 * part), content[part..<(3 * part)])
        let (version, stored) = try commit(upload)
        XCTAssertEqual(stored, content)
        XCTAssertEqual(version.sha256, Digest.hex(Digest.sha256(content)))
    }

    func testAfterACommitOfSentPartsTheNextVersionStartsFromTheStoredOne() throws {
        let upload = try session()
        var content = bytes(3 * part + 10, seed: 9)
        try write(upload, content, at: 0)
        let (first, _) = try commit(upload)
        XCTAssertEqual(try upload.read(at: Int64(part), count: part), content[part..<(2 * part)], "read from the stored version")
        let more = bytes(500, seed: 11)
        try write(upload, more, at: content.count)  // a recorder appending after an fsync
        content.append(more)
        let (second, stored) = try commit(upload)
        XCTAssertNotEqual(first.s3Key, second.s3Key)
        XCTAssertEqual(stored, content)
        XCTAssertEqual(objects.object(first.s3Key)?.count, 3 * part + 10, "the first version is untouched")
    }

    func testTruncationsAndHolesWithinWhatIsHeldStayInMemory() throws {
        let upload = try session()
        let written = bytes(3 * part + 300, seed: 13)
        try write(upload, written, at: 0)
        try upload.truncate(to: Int64(3 * part + 100))  // within the tail
        try upload.truncate(to: Int64(3 * part + 200))  // grows with zeros
        try write(upload, Data([1, 2, 3]), at: 3 * part + 400)  // past the end: a hole before it
        let expected = written.prefix(3 * part + 100) + Data(count: 300) + Data([1, 2, 3])
        XCTAssertEqual(stagingFiles, [])
        XCTAssertEqual(try commit(upload).1, expected)
    }

    func testTruncationToZeroStartsOverAndAbortsWhatWasSent() throws {
        let upload = try session()
        try write(upload, bytes(3 * part, seed: 1), at: 0)
        XCTAssertTrue(TestWait.until(5) { objects.tried == 1 })
        try upload.truncate(to: 0)
        XCTAssertTrue(TestWait.until(5) { objects.aborted.count == 1 }, "the upload begun is aborted")
        let fresh = bytes(100, seed: 2)
        try write(upload, fresh, at: 0)
        XCTAssertEqual(try commit(upload).1, fresh)
        XCTAssertEqual(stagingFiles, [])
    }

    func testASpentWriteBudgetStagesToDisk() throws {
        let upload = try session(writeMemory: part)  // less than a head and a tail
        let content = bytes(2 * part + 5, seed: 17)
        try write(upload, content, at: 0)
        XCTAssertEqual(stagingFiles.count, 1)
        XCTAssertEqual(try commit(upload).1, content)
    }

    /// Writes (mostly appends), overwrites, holes, truncations, reads and commits, against a plain Data.
    func testRandomOperationsMatchAModel() throws {
        for seed in UInt64(1)...40 {
            var random = SeededGenerator(seed: seed)
            let upload = try session()
            var model = Data()
            func pick(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
            for step in 0..<250 {
                let context = "seed \(seed), step \(step)"
                switch pick(0...99) {
                case 0..<55, 75..<80:
                    let data = bytes(pick(1...3000), seed: step)
                    let offset = pick(0...99) < 55 ? model.count : model.count + pick(0...(2 * part))
                    try write(upload, data, at: offset)
                    if offset > model.count { model.append(Data(count: offset - model.count)) }
                    model.replaceSubrange(offset..<min(model.count, offset + data.count), with: data)
                case 55..<70:
                    let data = bytes(pick(1...300), seed: step)
                    let offset = pick(0...(pick(0...1) == 0 ? min(model.count, part) : model.count))  // the head half the time
                    try write(upload, data, at: offset)
                    model.replaceSubrange(offset..<min(model.count, offset + data.count), with: data)
                case 70..<75:
                    let size = pick(0...1) == 0 ? 0 : pick(0...(model.count + part))  // starting over half the time
                    try upload.truncate(to: Int64(size))
                    model = size <= model.count ? model.prefix(size) : model + Data(count: size - model.count)
                case 80..<93:
                    let offset = pick(0...model.count)
                    let count = pick(0...(2 * part))
                    XCTAssertEqual(try upload.read(at: Int64(offset), count: count), model[offset..<min(model.count, offset + count)], context)
                default:
                    let (version, stored) = try commit(upload)
                    XCTAssertEqual(stored, model, context)
                    XCTAssertEqual(version.sha256, Digest.hex(Digest.sha256(model)), context)
                }
            }
            XCTAssertEqual(try commit(upload).1, model, "seed \(seed), last commit")
        }
    }
}

enum TestWait {
    /// Polls `condition` every 10 ms until it holds or `seconds` pass.
    static func until(_ seconds: TimeInterval, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if condition() { return true }
            usleep(10_000)
        } while Date() < deadline
        return false
    }
}
