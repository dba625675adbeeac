import Foundation
import Synchronization
import MeetingCrypto
import MeetingObjects

/// An in-memory object store whose uploads and reads can be made to fail, for the upload state machine and the
/// file system run in-process. Multipart uploads are assembled as S3 does; etags follow the bytes, and `ifMatch`
/// is checked.
package final class FaultInjectingObjectStore: ObjectStore, Sendable {
    private struct State {
        var objects: [String: Data] = [:]
        var uploads: [String: [Int: Data]] = [:]
        var uploadsBegun = 0
        var failParts = false
        var failReads = false
        var abortedUploads: [String] = []
        var partsTried = 0
        var gets = 0
        var getLengths: [Int] = []
        /// GETs of more bytes than this wait until it is lifted.
        var holdAbove: Int?
        var held = 0
    }

    private let state = Mutex(State())

    package init() {}

    /// Every part upload fails (as S3 unreachable) until turned off.
    package func failUploadParts(_ fail: Bool) { state.withLock { $0.failParts = fail } }
    /// Every GET fails (as S3 unreachable) until turned off.
    package func failReads(_ fail: Bool) { state.withLock { $0.failReads = fail } }
    package var aborted: [String] { state.withLock { $0.abortedUploads } }
    package var tried: Int { state.withLock { $0.partsTried } }
    package var getCount: Int { state.withLock { $0.gets } }
    /// The length of every GET asked for, in order.
    package var getLengths: [Int] { state.withLock { $0.getLengths } }
    /// GETs waiting for `holdGets(longerThan: nil)`.
    package var heldGets: Int { state.withLock { $0.held } }
    /// GETs of more than `bytes` wait (as a slow transfer would) until called again with nil.
    package func holdGets(longerThan bytes: Int?) { state.withLock { $0.holdAbove = bytes } }
    package var keys: Set<String> { state.withLock { Set($0.objects.keys) } }
    package func object(_ key: String) -> Data? { state.withLock { $0.objects[key] } }

    private static func etag(_ data: Data) -> String { "etag-" + Digest.hex(Digest.sha256(data)).prefix(12) }

    package func get(key: String, offset: Int64, length: Int, ifMatch: String?) throws -> Data {
        let held = state.withLock { state in
            state.getLengths.append(length)
            guard let limit = state.holdAbove, length > limit else { return false }
            state.held += 1
            return true
        }
        if held {
            while state.withLock({ $0.holdAbove.map { length > $0 } ?? false }) { usleep(1000) }
            state.withLock { $0.held -= 1 }
        }
        let data = try state.withLock { state -> Data in
            state.gets += 1
            if state.failReads { throw ObjectStoreError.transport("injected read failure") }
            guard let data = state.objects[key] else { throw ObjectStoreError.status(404, "NoSuchKey") }
            return data
        }
        if let ifMatch, ifMatch != Self.etag(data) { throw ObjectStoreError.status(412, "PreconditionFailed") }
        let start = min(Int(offset), data.count)
        return data.subdata(in: start..<min(start + length, data.count))
    }

    package func put(key: String, body: Data, contentType: String) throws -> String {
        state.withLock { $0.objects[key] = body }
        return Self.etag(body)
    }

    package func head(key: String) throws -> ObjectInfo? {
        state.withLock { $0.objects[key].map { ObjectInfo(key: key, size: Int64($0.count), etag: Self.etag($0)) } }
    }

    package func delete(key: String) throws { _ = state.withLock { $0.objects.removeValue(forKey: key) } }

    package func list(prefix: String) throws -> [ObjectInfo] {
        state.withLock { state in
            state.objects.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }
                .map { ObjectInfo(key: $0.key, size: Int64($0.value.count), etag: Self.etag($0.value)) }
        }
    }

    package func listMultipartUploads(prefix: String) throws -> [MultipartUploadInfo] { [] }

    package func createMultipartUpload(key: String, contentType: String) throws -> String {
        state.withLock { state in
            state.uploadsBegun += 1
            let id = state.uploadsBegun == 1 ? "upload-\(key)" : "upload-\(key)#\(state.uploadsBegun)"
            state.uploads[id] = [:]
            return id
        }
    }

    package func uploadPart(key: String, uploadId: String, partNumber: Int, body: Data) throws -> String {
        try state.withLock { state in
            state.partsTried += 1
            if state.failParts { throw ObjectStoreError.transport("injected part failure") }
            guard state.uploads[uploadId] != nil else { throw ObjectStoreError.status(404, "NoSuchUpload") }
            state.uploads[uploadId]![partNumber] = body
        }
        return "part-\(partNumber)"
    }

    /// Refuses what S3 refuses: a missing part, or a part other than the last shorter than the first.
    package func completeMultipartUpload(key: String, uploadId: String, parts: [CompletedPart]) throws -> String {
        try state.withLock { state in
            guard let stored = state.uploads.removeValue(forKey: uploadId) else { throw ObjectStoreError.status(404, "NoSuchUpload") }
            let numbers = parts.map(\.number)
            guard numbers == Array(1...max(1, numbers.count)), let first = stored[1] else {
                throw ObjectStoreError.status(400, "InvalidPartOrder \(numbers)")
            }
            var whole = Data()
            for number in numbers {
                guard let part = stored[number] else { throw ObjectStoreError.status(400, "InvalidPart \(number)") }
                if number < numbers.count && part.count != first.count { throw ObjectStoreError.status(400, "EntityTooSmall") }
                whole.append(part)
            }
            state.objects[key] = whole
            return Self.etag(whole)
        }
    }

    package func abortMultipartUpload(key: String, uploadId: String) throws {
        state.withLock { state in
            state.uploads[uploadId] = nil
            state.abortedUploads.append(uploadId)
        }
    }

    package func presignedGetURL(key: String, expires: Int) -> String { "memory://\(key)" }
}
