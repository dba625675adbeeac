import Foundation

/// A multipart upload fed part by part from a staging file, with at most `concurrency` parts in flight (memory
/// stays at concurrency × part size). The first failure is kept and reported by `finish`.
final class PartUploader: @unchecked Sendable {
    let key: String
    let uploadId: String
    private let objects: ObjectStore
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var parts: [CompletedPart] = []
    private var failure: Error?
    private static let queue = DispatchQueue(label: "meetingfs.upload", attributes: .concurrent)

    init(objects: ObjectStore, key: String, contentType: String, concurrency: Int) throws {
        self.objects = objects
        self.key = key
        slots = DispatchSemaphore(value: concurrency)
        uploadId = try objects.createMultipartUpload(key: key, contentType: contentType)
    }

    var failed: Bool { lock.withLock { failure != nil } }

    /// Queues part `number`, blocking while every slot is busy.
    func upload(number: Int, body: @escaping @Sendable () throws -> Data) {
        slots.wait()
        group.enter()
        Self.queue.async {
            defer {
                self.slots.signal()
                self.group.leave()
            }
            do {
                let etag = try self.objects.uploadPart(key: self.key, uploadId: self.uploadId, partNumber: number, body: try body())
                self.lock.withLock { self.parts.append(CompletedPart(number: number, etag: etag)) }
            } catch {
                self.lock.withLock { if self.failure == nil { self.failure = error } }
            }
        }
    }

    /// Waits for the parts in flight and completes the upload; returns the object's etag.
    func finish() throws -> String {
        group.wait()
        if let failure = lock.withLock({ failure }) {
            abort()
            throw failure
        }
        let ordered = lock.withLock { parts.sorted { $0.number < $1.number } }
        do {
            return try objects.completeMultipartUpload(key: key, uploadId: uploadId, parts: ordered)
        } catch {
            abort()
            throw error
        }
    }

    func abort() {
        group.wait()
        try? objects.abortMultipartUpload(key: key, uploadId: uploadId)
    }
}
