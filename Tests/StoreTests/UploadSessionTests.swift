import Foundation
@testable import Store
import XCTest

/// An in-memory object store whose part uploads can be made to fail, for the upload state machine.
final class FaultInjectingObjectStore: ObjectStore, @unchecked Sendable {
    private let lock = NSLock()
    private var objects: [String: Data] = [:]
    private var failParts = false
    private(set) var abortedUploads: [String] = []
    private(set) var partsTried = 0

    func failUploadParts(_ fail: Bool) { lock.withLock { failParts = fail } }
    var aborted: [String] { lock.withLock { abortedUploads } }
    var tried: Int { lock.withLock { partsTried } }

    func get(key: String, offset: Int64, length: Int, ifMatch: String?) throws -> Data {
        guard let data = lock.withLock({ objects[key] }) else { throw ObjectStoreError.status(404, "NoSuchKey") }
        let start = min(Int(offset), data.count)
        return data.subdata(in: start..<min(start + length, data.count))
    }

    func put(key: String, body: Data, contentType: String) throws -> String {
        lock.withLock { objects[key] = body }
        return "etag-\(body.count)"
    }

    func head(key: String) throws -> ObjectInfo? {
        lock.withLock { objects[key].map { ObjectInfo(key: key, size: Int64($0.count), etag: "etag-\($0.count)") } }
    }

    func delete(key: String) throws { _ = lock.withLock { objects.removeValue(forKey: key) } }
    func list(prefix: String) throws -> [ObjectInfo] { [] }
    func listMultipartUploads(prefix: String) throws -> [MultipartUploadInfo] { [] }
    func createMultipartUpload(key: String, contentType: String) throws -> String { "upload-\(key)" }

    func uploadPart(key: String, uploadId: String, partNumber: Int, body: Data) throws -> String {
        try lock.withLock {
            partsTried += 1
            if failParts { throw ObjectStoreError.transport("injected part failure") }
        }
        return "part-\(partNumber)"
    }

    func completeMultipartUpload(key: String, uploadId: String, parts: [CompletedPart]) throws -> String { "done" }
    func abortMultipartUpload(key: String, uploadId: String) throws { lock.withLock { abortedUploads.append(uploadId) } }
    func presignedGetURL(key: String, expires: Int) -> String { "" }
}

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

    private func session() throws -> UploadSession {
        let file = FileRecord(id: 7, parentIno: 1, name: "a.wav", area: "raw", meetingId: 1, s3Key: nil, version: 0,
                              size: 0, etag: nil, sha256: nil, status: "uploading", mode: 0o644, uid: 0, gid: 0,
                              mtime: 0, ctime: 0)
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: staging) }
        return try UploadSession(file: file, keyPrefix: "meetings/m/raw", reservation: nil, stagingDirectory: staging,
                                 stagingKey: [UInt8](repeating: 1, count: 32),
                                 objects: objects, ledger: ledger, limits: .init(partSize: part, concurrency: 2),
                                 partBuffers: ChunkBuffers(capacity: part, spareLimit: 2)) { _ in 0 }
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
        XCTAssertEqual(upload.state, .failed)
        let triedBefore = objects.tried
        for index in 0..<5 {
            XCTAssertThrowsError(try write(upload, part: written + index)) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        }
        XCTAssertEqual(objects.tried, triedBefore, "no part is queued after the first failure")
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
