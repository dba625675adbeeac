import Foundation
import MeetingCore

/// A file's object as lifecycle work moves it: where it is, and what its bytes must be.
public struct StoredFile: Sendable, Codable, Equatable {
    public let id: Int64
    /// Relative to the file system's root, for messages and the audit log.
    public let path: String
    public let name: String
    public let key: String
    public let etag: String
    public let size: Int64
    public let sha256: String?

    package init(id: Int64, path: String, name: String, key: String, etag: String, size: Int64, sha256: String?) {
        self.id = id
        self.path = path
        self.name = name
        self.key = key
        self.etag = etag
        self.size = size
        self.sha256 = sha256
    }
}

/// A version a path had before it was overwritten or replaced.
public struct FileVersion: Sendable, Codable, Equatable {
    public let id: Int64
    /// The number `user.meetingfs.version` showed while it was current; `restore-version --version` takes it.
    public let version: Int64
    public let size: Int64
    public let sha256: String?
    public let mtime: Double
    public let replacedAt: Double
    public let key: String

    package init(id: Int64, version: Int64, size: Int64, sha256: String?, mtime: Double, replacedAt: Double,
                 key: String) {
        self.id = id
        self.version = version
        self.size = size
        self.sha256 = sha256
        self.mtime = mtime
        self.replacedAt = replacedAt
        self.key = key
    }
}

/// Retention, archive, kept versions and the cache of intermediate results: what `meetingfs gc` and the
/// lifecycle commands ask of PostgreSQL. Nothing here touches a meeting on legal hold.
extension PostgresCatalog {
    /// Meetings on legal hold, as a condition on a row `r` with a meeting_id column.
    static func notOnHold(_ r: String) -> String {
        "NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = \(r).meeting_id AND m.legal_hold)"
    }

    /// The path of a files or file_versions row `r`, relative to the root.
    static func pathOf(_ r: String) -> String {
        """
        CASE WHEN \(r).meeting_id IS NOT NULL
             THEN 'meetings/' || (SELECT public_id FROM meetings WHERE id = \(r).meeting_id) || '/' || \(r).area || '/' || \(r).name
             WHEN \(r).user_id IS NOT NULL
             THEN 'users/' || (SELECT name FROM users WHERE id = \(r).user_id) || '/profiles/' || \(r).name
             ELSE 'temp/' || (SELECT public_id FROM temp_areas WHERE id = \(r).temp_area_id) || '/.../' || \(r).name END
        """
    }

    static func storedFile(_ row: Row) -> StoredFile {
        StoredFile(id: row.int("id"), path: row.string("path"), name: row.string("name"), key: row.string("s3_key"),
                   etag: row.string("etag"), size: row.int("size"), sha256: row["sha256"])
    }

    // MARK: Retention

    /// Ready files of `area` first committed more than `age` seconds ago; with `unarchivedOnly`, those not in the
    /// archive yet.
    public func filesOlder(than age: TimeInterval, area: String, unarchivedOnly: Bool) throws -> [StoredFile] {
        try pool.read("""
            SELECT f.id, \(Self.pathOf("f")) AS path, f.name, f.s3_key, f.etag, f.size, f.sha256 FROM files f
            WHERE f.status = 'ready' AND f.kind = 'file' AND f.area = $1 AND f.created_at < now() - make_interval(secs => $2)
              AND ($3::boolean IS FALSE OR f.archived_at IS NULL) AND \(Self.notOnHold("f"))
            ORDER BY f.id
            """, [area, String(age), String(unarchivedOnly)]).all.map(Self.storedFile)
    }

    /// Points a ready file at a copy of its object, only if it still names `old`; the original goes to the trash
    /// (readers holding it keep it for the grace period). `archived`: whether the copy is under archive/ (nil:
    /// unchanged). False if the file changed meanwhile.
    public func switchObject(fileId: Int64, from old: String, to new: String, etag: String, keyFingerprint: String?,
                             archived: Bool? = nil) throws -> Bool {
        try pool.transaction { db -> Bool in
            let updated = try db.query("""
                UPDATE files SET s3_key = $2, etag = $3, sse_key = $4,
                    archived_at = CASE WHEN $6::boolean IS NULL THEN archived_at WHEN $6 THEN now() END
                WHERE id = $1 AND s3_key = $5 AND status = 'ready' RETURNING id
                """, [String(fileId), new, etag, keyFingerprint, old, archived.map { String($0) }])
            guard !updated.isEmpty else { return false }
            try db.query("INSERT INTO object_trash (key) VALUES ($1) ON CONFLICT DO NOTHING", [old])
            return true
        }
    }

    /// The same for a kept version (rekey moves those too, or the old key would still be needed to read them).
    public func switchVersionObject(id: Int64, from old: String, to new: String, etag: String, keyFingerprint: String?) throws -> Bool {
        try pool.transaction { db -> Bool in
            let updated = try db.query("""
                UPDATE file_versions SET s3_key = $2, etag = $3, sse_key = $4 WHERE id = $1 AND s3_key = $5 RETURNING id
                """, [String(id), new, etag, keyFingerprint, old])
            guard !updated.isEmpty else { return false }
            try db.query("INSERT INTO object_trash (key) VALUES ($1) ON CONFLICT DO NOTHING", [old])
            return true
        }
    }

    // MARK: Versions

    public func versions(parentIno: UInt64, name: String) throws -> [FileVersion] {
        try pool.read("""
            SELECT id, version, size, sha256, s3_key, extract(epoch FROM mtime) AS mtime,
                   extract(epoch FROM replaced_at) AS replaced_at
            FROM file_versions WHERE parent_ino = $1 AND name = $2 ORDER BY replaced_at DESC, id DESC
            """, [String(parentIno), name]).all.map {
            FileVersion(id: $0.int("id"), version: $0.int("version"), size: $0.int("size"), sha256: $0["sha256"],
                        mtime: Double($0.string("mtime")) ?? 0, replacedAt: Double($0.string("replaced_at")) ?? 0,
                        key: $0.string("s3_key"))
        }
    }

    /// Versions of `area` beyond the newest `keep` of their path, outside meetings on hold.
    public func versionsBeyond(keep: Int, area: String) throws -> [StoredFile] {
        try pool.read("""
            SELECT v.id, \(Self.pathOf("v")) AS path, v.name, v.s3_key, v.etag, v.size, v.sha256 FROM (
                SELECT *, row_number() OVER (PARTITION BY parent_ino, name ORDER BY replaced_at DESC, id DESC) AS newer
                FROM file_versions WHERE area = $1) v
            WHERE v.newer > $2 AND \(Self.notOnHold("v")) ORDER BY v.id
            """, [area, String(keep)]).all.map(Self.storedFile)
    }

    /// Drops a kept version; its object goes to the trash (gone after the grace period). False if it was gone, or
    /// its meeting went on hold meanwhile.
    public func dropVersion(id: Int64) throws -> Bool {
        try pool.query("""
            WITH gone AS (DELETE FROM file_versions v WHERE id = $1 AND \(Self.notOnHold("v")) RETURNING s3_key),
                 trashed AS (INSERT INTO object_trash (key) SELECT s3_key FROM gone ON CONFLICT DO NOTHING)
            SELECT count(*) AS n FROM gone
            """, [String(id)]).first?.int("n") == 1
    }

    /// Makes a kept version of a file current again; the version it replaces is kept in its place, so a restore
    /// can be undone the same way. A raw file queues its processing job, as a commit would.
    public func restoreVersion(fileId: Int64, version: Int64) throws {
        try pool.transaction { db in
            try db.query("SELECT \(Self.nameLock("parent_ino", "name")) FROM files WHERE id = $1", [String(fileId)])
            guard let current = try db.query("SELECT area, meeting_id, parent_ino, name FROM files WHERE id = $1 AND status = 'ready' FOR UPDATE",
                                             [String(fileId)]).first
            else { throw FSError.notFound }
            guard let kept = try db.query("""
                SELECT id FROM file_versions WHERE parent_ino = $1 AND name = $2 AND version = $3 FOR UPDATE
                """, [current.string("parent_ino"), current.string("name"), String(version)]).first
            else { throw FSError(ENOENT, "this file has no kept version \(version) (see `meetingfs versions`)") }
            try db.query(Self.keepVersion(where: "id = $1"), [String(fileId)])
            try db.query("""
                UPDATE files f SET s3_key = v.s3_key, version = v.version, size = v.size, etag = v.etag, sha256 = v.sha256,
                    sse_key = v.sse_key, mtime = v.mtime, mtime_nsec = v.mtime_nsec, ctime = now(),
                    archived_at = CASE WHEN v.s3_key LIKE 'archive/%' THEN now() END
                FROM file_versions v WHERE f.id = $1 AND v.id = $2
                """, [String(fileId), kept.string("id")])
            try db.query("DELETE FROM file_versions WHERE id = $1", [kept.string("id")])
            let job = firstJobs(ofFile: fileId)
            try db.query(job.sql, job.parameters)
        }
    }

    // MARK: The cache of intermediate results

    /// Keys of the cache entries past their expiry (outside meetings on hold).
    public func expiredCacheKeys() throws -> [String] {
        try pool.read("SELECT key FROM cache c WHERE expires_at < now() AND \(Self.notOnHold("c")) ORDER BY key").all.map { $0.string("key") }
    }

    /// Deletes a cache entry if it is still expired; false if it was renewed or gone meanwhile.
    public func deleteExpiredCacheEntry(key: String) throws -> Bool {
        try pool.query("DELETE FROM cache c WHERE key = $1 AND expires_at < now() AND \(Self.notOnHold("c"))", [key]).affected == 1
    }
}
