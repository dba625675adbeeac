import Foundation
import Synchronization
import MeetingObjects

/// A multipart upload fed part by part from a staging file, with at most `concurrency` parts in flight (memory
/// stays at concurrency × part size). The first failure is kept: later parts are refused at once, and `finish`
/// reports it.
final class PartUploader: Sendable {
    package let key: String
    package let uploadId: String
    private let objects: ObjectStore
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private struct State {
        var parts: [CompletedPart] = []
        var failure: Error?
    }

    private let state = Mutex(State())
    private static let aborter = DispatchQueue(label: "meetingfs.upload-abort")

    package init(objects: ObjectStore, key: String, contentType: String, concurrency: Int) throws {
        self.objects = objects
        self.key = key
        slots = DispatchSemaphore(value: concurrency)
        uploadId = try objects.createMultipartUpload(key: key, contentType: contentType)
    }

    /// The first part failure, if any.
    var firstFailure: Error? { state.withLock { $0.failure } }

    /// Queues part `number`, blocking while every slot is busy (each part in flight is bounded by the S3 timeout).
    /// Throws the first failure instead once a part has failed.
    package func upload(number: Int, body: @escaping @Sendable () throws -> Data) throws {
        if let failure = firstFailure { throw failure }
        slots.wait()
        if let failure = firstFailure {
            slots.signal()
            throw failure
        }
        group.enter()
        // A thread per part, not a dispatch queue: libdispatch runs about one blocking item per core, so on a
        // 2-core machine a third part (the tail queued at close) waited for the first two before its own timeout
        // began, and a close took up to twice the S3 timeout.
        Thread.detachNewThread {
            defer {
                self.slots.signal()
                self.group.leave()
            }
            do {
                let etag = try self.objects.uploadPart(key: self.key, uploadId: self.uploadId, partNumber: number, body: try body())
                self.state.withLock { $0.parts.append(CompletedPart(number: number, etag: etag)) }
            } catch {
                self.state.withLock { if $0.failure == nil { $0.failure = error } }
            }
        }
    }

    /// Waits for the parts in flight and completes the upload; returns the object's etag.
    package func finish() throws -> String {
        group.wait()
        if let failure = firstFailure {
            abortInBackground()
            throw failure
        }
        let ordered = state.withLock { $0.parts.sorted { $0.number < $1.number } }
        do {
            return try objects.completeMultipartUpload(key: key, uploadId: uploadId, parts: ordered)
        } catch {
            abortInBackground()
            throw error
        }
    }

    /// Aborts once the parts in flight are done, off the caller's path: a close that failed returns at once, and
    /// an abort that cannot reach S3 is left to gc (the upload id is in the version's reservation).
    func abortInBackground() {
        Self.aborter.async { [self] in
            group.wait()
            try? objects.abortMultipartUpload(key: key, uploadId: uploadId)
        }
    }
}
