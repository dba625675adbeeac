import Foundation
import Logging
import MeetingCrypto
import MeetingObjects
import MeetingCatalog
import MeetingFileSystem

/// `meetingfs fsck`: the database and the bucket compared. What each finding means and what `--repair` does with it
/// is in docs/operations.md; uploads of live mounts are never findings.
public final class Fsck: Sendable {
    private let metadata: PostgresCatalog
    private let objects: ObjectStore
    private let log: Logger

    public struct Finding: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            /// A ready file whose object is not in the bucket.
            case missingObject = "missing-object"
            /// A ready file whose object's size or etag is not the row's.
            case objectDiffers = "object-differs"
            /// With --deep: the object's bytes do not have the row's sha256.
            case checksumDiffers = "checksum-differs"
            /// An object no row refers to (files, reservations, trash).
            case strayObject = "stray-object"
            /// A file row still uploading for a mount that is gone.
            case stuckUpload = "stuck-upload"
            /// A multipart upload no reservation holds (a dead mount's are part of its stuck upload).
            case leftoverMultipartUpload = "leftover-multipart-upload"
        }

        public let kind: Kind
        public let key: String
        public let detail: String
    }

    public init(metadata: PostgresCatalog, objects: ObjectStore, logger: Logger) {
        self.metadata = metadata
        self.objects = objects
        log = logger
    }

    /// Every finding; `progress` is told how many ready files have been checked, of how many.
    public func check(deep: Bool, progress: (Int, Int) -> Void = { _, _ in }) throws -> [Finding] {
        let live = Set(try metadata.mounts().filter { !$0.leaseExpired && !$0.process.isGone }.map(\.id))
        var findings = try metadata.uploadingFiles().filter { !($0.mountId.map(live.contains) ?? false) }.map {
            Finding(kind: .stuckUpload, key: "file \($0.id)", detail: "\($0.name): uploading for a mount that is gone")
        }
        var stored: [String: ObjectInfo] = [:]
        var unrecorded: [MultipartUploadInfo] = []
        let reserved = Set(try metadata.multipartUploadIds())
        for prefix in UploadCollector.prefixes {
            for object in try objects.list(prefix: prefix) { stored[object.key] = object }
            unrecorded += try objects.listMultipartUploads(prefix: prefix).filter { !reserved.contains($0.uploadId) }
        }
        // An upload no reservation records yet (just started) or any more (its version abandoned, its abort on the
        // way) still has its key reserved or in the trash; one completed and committed since the listing is listed
        // no more. Only what remains is left over.
        let unclaimed = Set(try UploadCollector.batched(Array(Set(unrecorded.map(\.key))), metadata.keysNeitherReservedNorTrashed))
        for upload in unrecorded where unclaimed.contains(upload.key) {
            guard try objects.listMultipartUploads(prefix: upload.key).contains(where: { $0.uploadId == upload.uploadId }) else { continue }
            findings.append(Finding(kind: .leftoverMultipartUpload, key: upload.key, detail: "upload \(upload.uploadId)"))
        }
        let files = try metadata.readyObjects()
        for (index, file) in files.enumerated() {
            progress(index + 1, files.count)
            // Committed after the bucket was listed: its object answers a HEAD.
            guard let object = try stored[file.key] ?? objects.head(key: file.key) else {
                findings.append(Finding(kind: .missingObject, key: file.key, detail: "file \(file.id) has no object"))
                continue
            }
            if object.size != file.size || object.etag != file.etag {
                findings.append(Finding(kind: .objectDiffers, key: file.key,
                                        detail: "file \(file.id): row \(file.size) bytes, etag \(file.etag); object \(object.size) bytes, etag \(object.etag)"))
            } else if deep, let expected = file.sha256, let actual = try? sha256(of: file.key, size: file.size, etag: file.etag),
                actual != expected {
                findings.append(Finding(kind: .checksumDiffers, key: file.key, detail: "file \(file.id): sha256 \(actual), row \(expected)"))
            }
        }
        let unreferenced = try UploadCollector.batched(stored.keys.sorted(), metadata.unreferencedKeys)
        findings += unreferenced.map { Finding(kind: .strayObject, key: $0, detail: "\(stored[$0]?.size ?? 0) bytes, no row refers to it") }
        return findings
    }

    /// Fixes what can be fixed and says, per finding, what was done. A file whose object is gone loses its row (its
    /// bytes exist nowhere); one whose object differs is left for a person to judge.
    public func repair(_ findings: [Finding]) throws -> [String] {
        var done: [String] = []
        if findings.contains(where: { $0.kind == .stuckUpload }) {
            let report = try UploadCollector(catalog: metadata, objects: objects, logger: log).collectDeadMounts()
            done.append("dead mounts collected: \(report.removedRows) uploading rows removed, \(report.abortedUploads) uploads aborted")
        }
        for finding in findings {
            switch finding.kind {
            case .strayObject:
                try objects.delete(key: finding.key)
                done.append("deleted stray object \(finding.key)")
            case .leftoverMultipartUpload:
                let uploadId = String(finding.detail.dropFirst("upload ".count))
                try objects.abortMultipartUpload(key: finding.key, uploadId: uploadId)
                done.append("aborted multipart upload \(uploadId) of \(finding.key)")
            case .missingObject:
                // Never on a guess: an object that answers now (written since the check) keeps its file.
                if try objects.head(key: finding.key) != nil {
                    done.append("kept \(finding.key): its object is there now")
                    continue
                }
                try metadata.removeFileWithoutObject(key: finding.key)
                done.append("removed the row of \(finding.key): its object is gone")
            case .objectDiffers, .checksumDiffers:
                done.append("left \(finding.key) as it is: \(finding.detail)")
            case .stuckUpload:
                break  // collected above
            }
        }
        return done
    }

    private func sha256(of key: String, size: Int64, etag: String) throws -> String {
        let hasher = StreamingSHA256()
        var offset: Int64 = 0
        while offset < size {
            let data = try objects.get(key: key, offset: offset, length: Int(min(8 << 20, size - offset)), ifMatch: etag)
            guard !data.isEmpty else { break }
            data.withUnsafeBytes { hasher.update($0) }
            offset += Int64(data.count)
        }
        return hasher.finish()
    }
}
