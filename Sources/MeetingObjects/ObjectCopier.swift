import Foundation
import MeetingCore
import MeetingCrypto

/// Copies one object to a new key through this process, part by part (never more than a part in memory), hashing
/// the bytes on the way: re-encryption under a new SSE-C key (rekey) and moves to and from the archive prefix both
/// need the bytes checked against the row's sha256 before the row may point at the copy.
package struct ObjectCopier {
    package let reader: ObjectStore
    package let writer: ObjectStore
    package let partSize: Int

    package init(reader: ObjectStore, writer: ObjectStore, partSize: Int = 8 << 20) {
        self.reader = reader
        self.writer = writer
        self.partSize = partSize
    }

    /// Copies `key` (whose etag must still be `etag`) to `target`; returns the copy's etag and the sha256 of the bytes
    /// copied. A copy whose bytes do not match `expectedSHA256` is deleted again and fails.
    package func copy(key: String, etag: String, size: Int64, name: String, to target: String, expectedSHA256: String?) throws -> String {
        let (copied, digest) = try copy(key: key, etag: etag, size: size, contentType: ContentType.of(name), to: target)
        if let expectedSHA256, expectedSHA256 != digest {
            try? writer.delete(key: target)
            throw CopyError("its bytes do not match the row's sha256 (\(digest) != \(expectedSHA256)): left as it is")
        }
        return copied
    }

    private func copy(key: String, etag: String, size: Int64, contentType: String, to target: String) throws -> (String, String) {
        let hasher = StreamingSHA256()
        let copied = try StreamingUpload.write(objects: writer, key: target, contentType: contentType, partSize: partSize) { sink in
            var offset: Int64 = 0
            while offset < size {
                let data = try reader.get(key: key, offset: offset, length: Int(min(Int64(partSize), size - offset)), ifMatch: etag)
                guard !data.isEmpty else { throw CopyError("the object ended at \(offset) of \(size) bytes") }
                data.withUnsafeBytes { hasher.update($0) }
                try sink(data)
                offset += Int64(data.count)
            }
        }
        return (copied, hasher.finish())
    }
}

/// Why a checked copy was refused, in one line (rekey and archive print it beside the object's key).
struct CopyError: Error, CustomStringConvertible {
    package let description: String
    package init(_ description: String) { self.description = description }
}
