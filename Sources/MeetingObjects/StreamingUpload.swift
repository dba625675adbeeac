import Foundation

/// One object written from bytes handed over in pieces, with at most a part in memory: a single PUT when everything
/// fits in one part, a multipart upload otherwise (aborted if it does not finish).
package final class StreamingUpload {
    private let objects: ObjectStore
    private let key: String
    private let contentType: String
    private let partSize: Int
    private var pending = Data()
    private var uploadId: String?
    private var parts: [CompletedPart] = []

    package init(objects: ObjectStore, key: String, contentType: String, partSize: Int = 8 << 20) {
        self.objects = objects
        self.key = key
        self.contentType = contentType
        self.partSize = partSize
    }

    package func write(_ data: Data) throws {
        pending.append(data)
        while pending.count >= partSize {
            try upload(pending.prefix(partSize))
            pending.removeFirst(partSize)
        }
    }

    /// Completes the object; returns its etag.
    package func finish() throws -> String {
        guard let uploadId else { return try objects.put(key: key, body: pending, contentType: contentType) }
        if !pending.isEmpty { try upload(pending) }
        pending = Data()
        return try objects.completeMultipartUpload(key: key, uploadId: uploadId, parts: parts)
    }

    /// Gives up: a multipart upload under way is aborted, so it leaves nothing behind.
    package func abort() {
        if let uploadId { try? objects.abortMultipartUpload(key: key, uploadId: uploadId) }
        uploadId = nil
    }

    private func upload(_ body: Data) throws {
        if uploadId == nil { uploadId = try objects.createMultipartUpload(key: key, contentType: contentType) }
        let number = parts.count + 1
        parts.append(CompletedPart(number: number, etag: try objects.uploadPart(key: key, uploadId: uploadId!, partNumber: number, body: Data(body))))
    }

    /// Writes the object with what `produce` hands over (the sink may be kept, as a sealing writer keeps it, until
    /// `produce` returns); aborts on any failure.
    package static func write(objects: ObjectStore, key: String, contentType: String, partSize: Int = 8 << 20,
                      _ produce: (@escaping (Data) throws -> Void) throws -> Void) throws -> String {
        let upload = StreamingUpload(objects: objects, key: key, contentType: contentType, partSize: partSize)
        do {
            try produce { try upload.write($0) }
            return try upload.finish()
        } catch {
            upload.abort()
            throw error
        }
    }
}
