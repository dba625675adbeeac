import Foundation
import MeetingCore
import MeetingCrypto
import MeetingObjects
import MeetingCatalog
import MeetingFileSystem

/// `meetingfs backup`, `backup verify` and `restore`. A snapshot is a pg_dump taken in the same PostgreSQL snapshot
/// that listed the files, plus every object those rows refer to; objects are immutable per version, so one already
/// in the backup is never copied again. Every file in a backup is sealed with AES-256-GCM (SealedStream) and
/// checked against the manifest's sha256 when read back. Layout: objects/<sha256 of key>, snapshots/<id>/database,
/// snapshots/<id>/manifest.
public final class Backup: Sendable {
    let target: BackupTarget
    private let cipher: AESGCM

    public struct Summary: Sendable {
        public var snapshot = ""
        public var objects = 0
        public var copied = 0
        public var bytesCopied: Int64 = 0
    }

    /// `location`: a directory, or s3://BUCKET/PREFIX on the endpoint of `s3`.
    public init(location: String, s3: S3Config, key: [UInt8]) throws {
        if location.hasPrefix("s3://") {
            let rest = location.dropFirst("s3://".count)
            let bucket = String(rest.prefix { $0 != "/" })
            var prefix = String(rest.dropFirst(bucket.count).drop { $0 == "/" })
            if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
            guard !bucket.isEmpty else { throw BackupError("'\(location)' names no bucket: s3://BUCKET/PREFIX") }
            var config = s3
            config.bucket = bucket
            config.customerKeys = []  // the backup is sealed by its own key
            let objects = S3Client(config: config)
            try objects.createBucket()
            target = S3Target(objects: objects, prefix: prefix, bucket: bucket)
        } else {
            target = DirectoryTarget(root: URL(fileURLWithPath: location).standardizedFileURL)
        }
        cipher = AESGCM(key: key)
    }

    // MARK: Taking a snapshot

    /// Dumps the database (owner's URL, for the audit log) and copies the objects its rows refer to.
    public func take(postgresURL: String, objects: ObjectStore, bucket: String,
                     progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        try target.exclusively { try takeAlone(postgresURL: postgresURL, objects: objects, bucket: bucket, progress: progress) }
    }

    private func takeAlone(postgresURL: String, objects: ObjectStore, bucket: String, progress: (Int, Int) -> Void) throws -> Summary {
        let id = Self.snapshotId()
        let pool = PostgresPool(url: postgresURL, capacity: 1, statementTimeout: 0)
        let (database, listed) = try pool.withConnection { db -> ((size: Int64, sha256: String), [(String, Int64, String, String)]) in
            try db.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? db.query("ROLLBACK") }
            let snapshot = try db.query("SELECT pg_export_snapshot() AS s").first!.string("s")
            let rows = try db.query("""
                SELECT s3_key, size, etag, sha256 FROM files WHERE status = 'ready' AND kind = 'file'
                UNION SELECT s3_key, size, etag, sha256 FROM file_versions ORDER BY 1
                """).all.map { ($0.string("s3_key"), $0.int("size"), $0.string("etag"), $0.string("sha256")) }
            // pg_dump joins the exported snapshot, which lives as long as this transaction.
            let dump = try write("snapshots/\(id)/database") { sink in
                try ExternalTool.run("pg_dump", ["--format=custom", "--snapshot=\(snapshot)"], database: postgresURL, output: sink)
            }
            return (dump, rows)
        }
        var summary = Summary(snapshot: id, objects: listed.count)
        var manifestObjects: [BackupManifest.Object] = []
        var skipped = Set<String>()
        for (index, (key, size, etag, sha256)) in listed.enumerated() {
            let file = BackupManifest.objectFile(for: key)
            if try !target.exists(file) {
                let copied = try Self.about(key) { try write(file) { sink in
                    try objects.read(key: key, size: size, ifMatch: etag, sink)
                } }
                guard copied.sha256 == sha256 else {
                    throw BackupError("\(key): its bytes have sha256 \(copied.sha256), its row says \(sha256): run meetingfs fsck --deep")
                }
                summary.copied += 1
                summary.bytesCopied += size
            } else {
                skipped.insert(file)
            }
            manifestObjects.append(.init(key: key, file: file, size: size, sha256: sha256))
            progress(index + 1, listed.count)
        }
        let manifest = BackupManifest(id: id, created: Date(), bucket: bucket,
                                      schemaVersion: try Migrations.currentVersion(of: pool), database: "snapshots/\(id)/database",
                                      databaseSize: database.size, databaseSHA256: database.sha256, objects: manifestObjects)
        try writeManifest(manifest)
        if !target.locks { try recopyVanished(manifestObjects.filter { skipped.contains($0.file) }, objects: objects, listed: listed) }
        return summary
    }

    /// Objects this snapshot found already in the backup and did not copy must still be there once its manifest
    /// is written (an s3:// backup has no lock against a prune removing one meanwhile): any that vanished is
    /// copied again. One HEAD per object skipped.
    private func recopyVanished(_ named: [BackupManifest.Object], objects: ObjectStore, listed: [(String, Int64, String, String)]) throws {
        let etags = Dictionary(listed.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first })
        for object in named where try !target.exists(object.file) {
            let copied = try Self.about(object.key) { try write(object.file) { sink in
                try objects.read(key: object.key, size: object.size, ifMatch: etags[object.key], sink)
            } }
            guard copied.sha256 == object.sha256 else { throw BackupError("\(object.key): copied again with sha256 \(copied.sha256), its row says \(object.sha256)") }
        }
    }

    /// Runs `body`, an error said as being about object `key`.
    private static func about<T>(_ key: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as BackupError { throw error } catch { throw BackupError("\(key): \(error)") }
    }

    static func snapshotId(at date: Date = Date()) -> String {
        let format = DateFormatter()
        format.dateFormat = "yyyyMMdd'T'HHmmss.SSS'Z'"
        format.timeZone = TimeZone(identifier: "UTC")
        format.locale = Locale(identifier: "en_US_POSIX")
        return format.string(from: date)
    }

    /// Seals what `produce` writes into `name`; returns the plaintext's size and sha256.
    private func write(_ name: String, _ produce: (_ sink: (Data) throws -> Void) throws -> Void) throws -> (size: Int64, sha256: String) {
        let hasher = StreamingSHA256()
        var size: Int64 = 0
        try target.write(name) { output in
            let sealed = try SealedStream.Writer(cipher: cipher, name: name, sink: output)
            try produce { data in
                data.withUnsafeBytes { hasher.update($0) }
                size += Int64(data.count)
                try sealed.write(data)
            }
            try sealed.finish()
        }
        return (size, hasher.finish())
    }

    private func writeManifest(_ manifest: BackupManifest) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(manifest)
        _ = try write("snapshots/\(manifest.id)/manifest") { try $0(data) }
    }

    // MARK: Reading back

    /// Opens `name`, hands its plaintext to `consume`, and returns its size and sha256.
    @discardableResult
    func read(_ name: String, _ consume: (Data) throws -> Void = { _ in }) throws -> (size: Int64, sha256: String) {
        let hasher = StreamingSHA256()
        var size: Int64 = 0
        try SealedStream.open(cipher: cipher, name: name, source: try target.reader(name)) { data in
            data.withUnsafeBytes { hasher.update($0) }
            size += Int64(data.count)
            try consume(data)
        }
        return (size, hasher.finish())
    }

    /// Reads a file and checks it against what the manifest says of it.
    private func readChecked(_ name: String, size: Int64, sha256: String, _ consume: (Data) throws -> Void = { _ in }) throws {
        let found = try read(name, consume)
        guard found.size == size, found.sha256 == sha256 else {
            throw BackupError("\(name): \(found.size) bytes with sha256 \(found.sha256), the manifest says \(size) bytes, \(sha256)")
        }
    }

    /// The snapshots whose backup finished (a manifest is written last).
    public func snapshots() throws -> [String] {
        try target.list(prefix: "snapshots/").filter { try target.exists("\($0)/manifest") }
            .map { String($0.dropFirst("snapshots/".count)) }.sorted()
    }

    func manifest(_ id: String?) throws -> BackupManifest {
        guard let id = try id ?? snapshots().last else { throw BackupError("\(target.description) holds no snapshot") }
        var data = Data()
        try read("snapshots/\(id)/manifest") { data.append($0) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(BackupManifest.self, from: data)
    }

    /// Re-reads every snapshot (or one) and every object it names; returns the problems found (none: it is whole).
    public func verify(snapshot: String? = nil, progress: (Int, Int) -> Void = { _, _ in }) throws -> [String] {
        var problems: [String] = []
        var checked = Set<String>()
        for id in try snapshot.map { [$0] } ?? snapshots() {
            let manifest: BackupManifest
            do { manifest = try self.manifest(id) } catch {
                problems.append("snapshot \(id): \(error)")
                continue
            }
            do { try readChecked(manifest.database, size: manifest.databaseSize, sha256: manifest.databaseSHA256) } catch {
                problems.append("\(error)")
            }
            for (index, object) in manifest.objects.enumerated() where checked.insert(object.file).inserted {
                do { try readChecked(object.file, size: object.size, sha256: object.sha256) } catch {
                    problems.append("\(error) (object \(object.key))")
                }
                progress(index + 1, manifest.objects.count)
            }
        }
        return problems
    }

    // MARK: Restoring

    /// Rebuilds an empty database (owner's URL) and an empty bucket from a snapshot (default: the newest). The
    /// objects are written anew, so rows get their new etags; `grantTo` become members of the mount role.
    public func restore(snapshot: String?, postgresURL: String, objects: S3Client, bucket: String, grantTo: [String],
                        progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let manifest = try manifest(snapshot)
        let pool = PostgresPool(url: postgresURL, capacity: 1, statementTimeout: 0)
        guard try pool.read("SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'").first?.int("n") == 0 else {
            throw BackupError("the database is not empty: restore needs a new one (createdb)")
        }
        for prefix in UploadCollector.prefixes where try !objects.list(prefix: prefix).isEmpty {
            throw BackupError("bucket \(bucket) already holds objects under \(prefix): restore needs an empty bucket")
        }
        try ExternalTool.run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error"], database: postgresURL) { stdin in
            try readChecked(manifest.database, size: manifest.databaseSize, sha256: manifest.databaseSHA256) { try stdin($0) }
        }
        try Migrations.apply(to: pool, grantingTo: grantTo)
        try pool.query("UPDATE storage SET bucket = $1", [bucket])
        var summary = Summary(snapshot: manifest.id, objects: manifest.objects.count)
        for (index, object) in manifest.objects.enumerated() {
            let etag = try Self.about(object.key) { try restoreObject(object, into: objects) }
            try pool.query("UPDATE files SET etag = $2, sse_key = $3 WHERE s3_key = $1", [object.key, etag, objects.writeKeyFingerprint])
            try pool.query("UPDATE file_versions SET etag = $2, sse_key = $3 WHERE s3_key = $1", [object.key, etag, objects.writeKeyFingerprint])
            summary.copied += 1
            summary.bytesCopied += object.size
            progress(index + 1, manifest.objects.count)
        }
        return summary
    }

    /// Writes one object back from the backup, in parts as it is read; returns its etag. A part uploaded before the
    /// end turned out wrong is aborted with the rest.
    private func restoreObject(_ object: BackupManifest.Object, into objects: S3Client) throws -> String {
        try StreamingUpload.write(objects: objects, key: object.key, contentType: ContentType.of(object.key)) { sink in
            try readChecked(object.file, size: object.size, sha256: object.sha256, sink)
        }
    }
}
