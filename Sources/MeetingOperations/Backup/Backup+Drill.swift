import Foundation
import MeetingCatalog
import MeetingCrypto
import MeetingObjects

/// A restore drill: the newest snapshot (or one) restored into a scratch database and a scratch bucket made for the
/// drill, every restored file (or a random sample) read back from the scratch bucket and its sha256 compared with
/// its row's, then the scratch removed whatever happened. A backup nobody has restored is a hope, not a backup.
extension Backup {
    public struct DrillReport: Sendable, Encodable {
        public var snapshot = ""
        public var files = 0
        public var checked = 0
        public var bytesChecked: Int64 = 0
        public var problems: [String] = []
        public var passed: Bool { problems.isEmpty }

        enum CodingKeys: String, CodingKey {
            case snapshot, files, checked, bytesChecked = "bytes_checked", problems, passed
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(snapshot, forKey: .snapshot)
            try container.encode(files, forKey: .files)
            try container.encode(checked, forKey: .checked)
            try container.encode(bytesChecked, forKey: .bytesChecked)
            try container.encode(problems, forKey: .problems)
            try container.encode(passed, forKey: .passed)
        }
    }

    /// `postgresURL`: the owner's (it creates and drops the scratch database); `s3`: the stack's endpoint and
    /// credentials (the scratch bucket is made beside its bucket). `sample`: how many files to check (nil: all).
    public func drill(snapshot: String?, postgresURL: String, s3: S3Config, sample: Int?,
                      progress: (Int, Int) -> Void = { _, _ in }) throws -> DrillReport {
        let scratch = "meetingfs_drill_" + UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(12)
        let owner = PostgresPool(url: postgresURL, capacity: 1, statementTimeout: 0)
        var config = s3
        config.bucket = scratch.replacingOccurrences(of: "_", with: "-")
        let objects = S3Client(config: config)
        try owner.query("CREATE DATABASE \(scratch)")
        defer { Self.removeScratch(database: scratch, owner: owner, objects: objects) }
        try objects.createBucket()
        var report = DrillReport()
        let scratchURL = try ConnectionString(postgresURL).on(database: scratch)
        do {
            let restored = try restore(snapshot: snapshot, postgresURL: scratchURL, objects: objects, bucket: config.bucket, grantTo: [])
            report.snapshot = restored.snapshot
        } catch {
            report.snapshot = snapshot ?? (try? snapshots().last ?? "") ?? ""
            report.problems.append("the restore failed: \(error)")
            return report
        }
        let pool = PostgresPool(url: scratchURL, capacity: 1, statementTimeout: 0)
        let rows = try pool.read("""
            SELECT s3_key, size, sha256 FROM files WHERE status = 'ready' AND kind = 'file'
            UNION SELECT s3_key, size, sha256 FROM file_versions ORDER BY 1
            """).all.map { ($0.string("s3_key"), $0.int("size"), $0.string("sha256")) }
        report.files = rows.count
        let chosen = sample.map { Array(rows.shuffled().prefix($0)) } ?? rows
        for (index, (key, size, sha256)) in chosen.enumerated() {
            do {
                let found = try Self.digest(key, size: size, in: objects)
                if found != sha256 { report.problems.append("\(key): restored with sha256 \(found), its row says \(sha256)") }
            } catch {
                report.problems.append("\(key): cannot be read back: \(error)")
            }
            report.checked += 1
            report.bytesChecked += size
            progress(index + 1, chosen.count)
        }
        return report
    }

    /// The sha256 of an object, read in 8 MiB ranges.
    private static func digest(_ key: String, size: Int64, in objects: S3Client) throws -> String {
        let hasher = StreamingSHA256()
        try objects.read(key: key, size: size, ifMatch: nil) { data in data.withUnsafeBytes { hasher.update($0) } }
        return hasher.finish()
    }

    /// Drops the scratch database and empties and deletes the scratch bucket; a failure here is said, not thrown,
    /// so that it does not hide the drill's own result.
    private static func removeScratch(database: String, owner: PostgresPool, objects: S3Client) {
        do { try owner.query("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") } catch {
            FileHandle.standardError.write(Data("meetingfs restore --drill: cannot drop scratch database \(database): \(error)\n".utf8))
        }
        do {
            for upload in try objects.listMultipartUploads(prefix: "") { try objects.abortMultipartUpload(key: upload.key, uploadId: upload.uploadId) }
            for object in try objects.list(prefix: "") { try objects.delete(key: object.key) }
            try objects.deleteBucket()
        } catch {
            FileHandle.standardError.write(Data("meetingfs restore --drill: cannot remove scratch bucket \(objects.config.bucket): \(error)\n".utf8))
        }
    }
}
