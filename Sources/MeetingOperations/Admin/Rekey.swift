import Foundation
import MeetingObjects
import MeetingCatalog

/// Moves every object onto a new SSE-C key (`meetingfs rekey`). An object is copied to a new object key under the
/// new key, its bytes checked against the row's sha256 on the way; then the row is switched to the copy, only if
/// it still names the original (a file replaced meanwhile keeps its new version, and the copy is deleted). The
/// original goes to the trash, so readers with open handles keep their bytes for the grace period. Rows record the
/// key by fingerprint, so a run that stopped resumes with what is left.
public final class Rekey: Sendable {
    private let pool: PostgresPool
    private let reader: ObjectStore
    private let writer: ObjectStore
    private let partSize: Int
    private let newFingerprint: String

    public struct Pending: Sendable {
        /// The files row, or with `keptVersion` the file_versions row.
        public let id: Int64
        public let keptVersion: Bool
        public let name: String
        public let key: String
        public let etag: String
        public let size: Int64
        public let sha256: String?
    }

    public struct Summary: Sendable {
        public var rekeyed = 0
        public var bytes: Int64 = 0
        /// Replaced or deleted while being copied: nothing to do for them any more.
        public var changedMeanwhile = 0
        public var failures: [String] = []
        /// The object keys the rows left, now in the trash.
        public var originals: [String] = []
    }

    /// `reader` holds every key objects may be under; `writer` writes with the new key only.
    public init(pool: PostgresPool, reader: ObjectStore, writer: S3Client, partSize: Int = 8 << 20) {
        self.pool = pool
        self.reader = reader
        self.writer = writer
        self.partSize = partSize
        newFingerprint = writer.writeKeyFingerprint ?? ""
    }

    /// Files and kept versions whose object is not under the new key yet; of one meeting only, given its id.
    public func pending(meeting: String? = nil) throws -> [Pending] {
        try pool.read("""
            SELECT false AS kept, f.id, f.name, f.s3_key, f.etag, f.size, f.sha256 FROM files f
            WHERE f.status = 'ready' AND f.kind = 'file' AND f.sse_key IS DISTINCT FROM $1
              AND ($2::text IS NULL OR f.meeting_id = (SELECT id FROM meetings WHERE public_id = $2))
            UNION ALL
            SELECT true, v.id, v.name, v.s3_key, v.etag, v.size, v.sha256 FROM file_versions v
            WHERE v.sse_key IS DISTINCT FROM $1
              AND ($2::text IS NULL OR v.meeting_id = (SELECT id FROM meetings WHERE public_id = $2))
            ORDER BY 1, 2
            """, [newFingerprint, meeting]).all.map {
            Pending(id: $0.int("id"), keptVersion: $0.bool("kept"), name: $0.string("name"), key: $0.string("s3_key"),
                    etag: $0.string("etag"), size: $0.int("size"), sha256: $0["sha256"])
        }
    }

    public func run(_ files: [Pending], progress: (Int, Summary) -> Void) -> Summary {
        var summary = Summary()
        for (index, file) in files.enumerated() {
            do {
                if try rekey(file) {
                    summary.rekeyed += 1
                    summary.bytes += file.size
                    summary.originals.append(file.key)
                } else {
                    summary.changedMeanwhile += 1
                }
            } catch {
                summary.failures.append("\(file.key): \(error)")
            }
            progress(index + 1, summary)
        }
        return summary
    }

    /// Deletes originals at once instead of leaving them to the trash's grace period; returns how many went. One
    /// that cannot be deleted now stays in the trash, for the reaper.
    public func deleteOriginals(_ keys: [String]) -> Int {
        let metadata = PostgresCatalog(pool: pool)
        var deleted = 0
        for key in keys {
            guard (try? reader.delete(key: key)) != nil, (try? metadata.forgetExpired(fileId: nil, key: key)) != nil else { continue }
            deleted += 1
        }
        return deleted
    }

    /// The object key of the copy: the original's with the new key's fingerprint (replacing an earlier one).
    func copyKey(of key: String) -> String {
        let base = key.replacingOccurrences(of: #"~k[0-9a-f]{16}$"#, with: "", options: .regularExpression)
        return "\(base)~k\(newFingerprint)"
    }

    private func rekey(_ file: Pending) throws -> Bool {
        let target = copyKey(of: file.key)
        let etag = try ObjectCopier(reader: reader, writer: writer, partSize: partSize)
            .copy(key: file.key, etag: file.etag, size: file.size, name: file.name, to: target, expectedSHA256: file.sha256)
        let metadata = PostgresCatalog(pool: pool)
        let switched = file.keptVersion
            ? try metadata.switchVersionObject(id: file.id, from: file.key, to: target, etag: etag, keyFingerprint: newFingerprint)
            : try metadata.switchObject(fileId: file.id, from: file.key, to: target, etag: etag, keyFingerprint: newFingerprint)
        if !switched { try? writer.delete(key: target) }
        return switched
    }
}
