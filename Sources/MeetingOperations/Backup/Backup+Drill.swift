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
    /// Whatever fails, the scratch is removed before this returns, and what failed is among the report's problems.
    public func drill(snapshot: String?, postgresURL: String, s3: S3Config, sample: Int?,
                      progress: (Int, Int) -> Void = { _, _ in }) throws -> DrillReport {
        // The time in the name lets a later drill remove what one killed midway left (sweepScratch).
        let scratch = "meetingfs_drill_\(Int(Date().timeIntervalSince1970))_" + UUID().uuidString.lowercased().filter(\.isHexDigit).prefix(8)
        let owner = PostgresPool(url: postgresURL, capacity: 1, statementTimeout: 0)
        var config = s3
        config.bucket = scratch.replacingOccurrences(of: "_", with: "-")
        let objects = S3Client(config: config)
        var report = DrillReport()
        report.snapshot = try snapshot ?? snapshots().last ?? ""
        report.problems += Self.sweepScratch(owner: owner, s3: s3)
        do {
            try owner.query("CREATE DATABASE \(scratch)")
            // Nobody but the owner connects to it: the mount role's grants come back with the restore.
            try owner.query("REVOKE CONNECT, TEMPORARY ON DATABASE \(scratch) FROM PUBLIC")
            try objects.createBucket()
            let scratchURL = try ConnectionString(postgresURL).on(database: scratch)
            report.snapshot = try restore(snapshot: snapshot, postgresURL: scratchURL, objects: objects, bucket: config.bucket, grantTo: []).snapshot
            try check(PostgresPool(url: scratchURL, capacity: 1, statementTimeout: 0), objects, sample: sample, into: &report, progress)
        } catch {
            report.problems.append("the drill failed: \(error)")
        }
        if let problem = Self.dropDatabase(scratch, owner) { report.problems.append(problem) }
        if let problem = Self.removeBucket(objects) { report.problems.append(problem) }
        return report
    }

    /// Reads every restored file (or a sample) back from the scratch bucket and compares its sha256 with its row's.
    private func check(_ pool: PostgresPool, _ objects: S3Client, sample: Int?, into report: inout DrillReport,
                       _ progress: (Int, Int) -> Void) throws {
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
    }

    /// The sha256 of an object, read in 8 MiB ranges.
    private static func digest(_ key: String, size: Int64, in objects: S3Client) throws -> String {
        let hasher = StreamingSHA256()
        try objects.read(key: key, size: size, ifMatch: nil) { data in data.withUnsafeBytes { hasher.update($0) } }
        return hasher.finish()
    }

    /// Drops a scratch database; says why it could not.
    private static func dropDatabase(_ database: String, _ owner: PostgresPool) -> String? {
        do { try owner.query("DROP DATABASE IF EXISTS \(database) WITH (FORCE)") } catch {
            return "cannot drop the scratch database \(database): \(error)"
        }
        return nil
    }

    /// Empties and deletes a scratch bucket (only ever one named meetingfs-drill-*); says why it could not.
    private static func removeBucket(_ objects: S3Client) -> String? {
        guard objects.config.bucket.hasPrefix("meetingfs-drill-") else { return "refused to empty \(objects.config.bucket): not a drill's bucket" }
        do {
            for upload in try objects.listMultipartUploads(prefix: "") { try objects.abortMultipartUpload(key: upload.key, uploadId: upload.uploadId) }
            for object in try objects.list(prefix: "") { try objects.delete(key: object.key) }
            try objects.deleteBucket()
        } catch {
            return "cannot remove the scratch bucket \(objects.config.bucket): \(error)"
        }
        return nil
    }

    /// Removes the scratch of drills killed before they cleaned up: databases and buckets named like a drill's
    /// (meetingfs_drill_<unix time>_<random>), made more than a day ago (no drill runs that long).
    private static func sweepScratch(owner: PostgresPool, s3: S3Config) -> [String] {
        let cutoff = Int(Date().timeIntervalSince1970) - 86_400
        func stale(_ name: String, separator: Character) -> Bool {
            let parts = name.split(separator: separator)
            return parts.count == 4 && parts[0] == "meetingfs" && parts[1] == "drill" && (Int(parts[2]) ?? Int.max) < cutoff
        }
        var problems: [String] = []
        do {
            for row in try owner.read("SELECT datname FROM pg_database WHERE datname LIKE 'meetingfs\\_drill\\_%'").all
            where stale(row.string("datname"), separator: "_") {
                if let problem = dropDatabase(row.string("datname"), owner) { problems.append(problem) }
            }
            for bucket in try S3Client(config: s3).listBuckets() where stale(bucket, separator: "-") {
                var config = s3
                config.bucket = bucket
                if let problem = removeBucket(S3Client(config: config)) { problems.append(problem) }
            }
        } catch {
            problems.append("cannot look for earlier drills' scratch: \(error)")
        }
        return problems
    }
}
