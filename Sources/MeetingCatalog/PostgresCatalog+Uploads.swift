import Foundation
import MeetingCore

/// Mount leases and version reservations: what lets gc tell an upload that will never finish from one under way.
extension PostgresCatalog {
    /// A mount whose heartbeat is older than this is dead (mounts beat every `MountLease.heartbeatInterval`).
    /// Longer than the longest failover window a mount may wait (`maxFailoverTimeout`), plus the statement and
    /// connect timeouts of an attempt begun at its end, plus two heartbeats: a mount that waited out a primary's
    /// failover beats again before the others may take it for dead.
    public static let leaseTTL: TimeInterval = 90
    public static let maxFailoverTimeout: TimeInterval = 60
    static let liveMounts = "SELECT id FROM mounts WHERE heartbeat_at > now() - interval '\(Int(leaseTTL)) seconds'"

    // MARK: Leases

    public func registerMount(id: UUID, process: ProcessIdentity) throws {
        try pool.query("INSERT INTO mounts (id, host, pid, pid_start) VALUES ($1, $2, $3, $4)",
                       [id.uuidString, process.host, String(process.pid), String(process.startTicks)])
    }

    /// Renews the lease; registers it again if it was collected meanwhile (the uploads it had are failed for good).
    /// Every mount's heartbeat also requeues the processing jobs whose lease expired, so a worker that died gives
    /// its job back even while no other worker claims.
    public func heartbeat(mountId: UUID, process: ProcessIdentity) throws {
        try pool.query("""
            INSERT INTO mounts (id, host, pid, pid_start) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()
            """, [mountId.uuidString, process.host, String(process.pid), String(process.startTicks)], idempotent: true)
        try pool.query(JobStore.requeueExpired.sql, idempotent: true)
        // Every role sees the rows of pg_stat_replication (their details only with pg_read_all_stats). Not part of
        // the lease: a failure here leaves the heartbeat renewed.
        if let standbys = try? pool.read("SELECT count(*) AS n FROM pg_stat_replication").first?.int("n") {
            Telemetry.postgresStandbys.record(Int(standbys))
        }
        Telemetry.postgresStandbysExpected.record(pool.hostCount - 1)
    }

    /// A clean unmount: its leftover reservations lose their mount and count as dead.
    public func removeMount(id: UUID) throws {
        try pool.query("DELETE FROM mounts WHERE id = $1", [id.uuidString], idempotent: true)
    }

    public func mounts() throws -> [MountRecord] {
        try pool.query("""
            SELECT id, host, pid, pid_start, heartbeat_at < now() - interval '\(Int(Self.leaseTTL)) seconds' AS expired
            FROM mounts
            """, [], idempotent: true).all.compactMap { row in
            UUID(uuidString: row.string("id")).map {
                MountRecord(id: $0, process: ProcessIdentity(host: row.string("host"), pid: Int32(row.int("pid")),
                                                             startTicks: row.int("pid_start")),
                            leaseExpired: row.bool("expired"))
            }
        }
    }

    public func forgetMounts(_ ids: [UUID]) throws {
        try pool.query("DELETE FROM mounts WHERE id = ANY($1::uuid[])", [Self.uuidArray(ids)], idempotent: true)
    }

    // MARK: Reservations

    /// The INSERT of a reservation for the file row(s) `source` gives (columns id and name): the version number
    /// from the sequence, the key `<prefix>/<file id>-<version>/<name>` (design §4).
    static func reservationInsert(from source: String, prefix: String, mount: String) -> String {
        """
        INSERT INTO upload_reservations (id, file_id, mount_id, s3_key)
        SELECT n, file.id, \(mount)::uuid, \(prefix)::text || '/' || file.id || '-' || n || '/' || file.name
        FROM \(source), nextval('upload_reservations_id_seq') AS n
        RETURNING id AS reservation_id, s3_key AS reserved_key
        """
    }

    public func reserveVersion(fileId: Int64, keyPrefix: String, name: String, mountId: UUID) throws -> Reservation {
        let source = "(SELECT $1::bigint AS id, $2::text AS name) AS file"
        let row = try pool.query(Self.reservationInsert(from: source, prefix: "$3", mount: "$4"),
                                 [String(fileId), name, keyPrefix, mountId.uuidString]).first!
        return Reservation(id: row.int("reservation_id"), key: row.string("reserved_key"))
    }

    public func recordMultipartUpload(reservationId: Int64, uploadId: String) throws {
        try pool.query("UPDATE upload_reservations SET multipart_upload_id = $2 WHERE id = $1",
                       [String(reservationId), uploadId], idempotent: true)
    }

    /// Gives a reservation up: its key goes to the trash (the reaper deletes whatever was uploaded there). A
    /// reservation already gone leaves the key alone if a row holds it (its version committed), and trashes it if
    /// none does: a PostgreSQL crash lost the reservation with the create's rows, and the object would be stray.
    public func abandonReservation(id: Int64, key: String) throws {
        try pool.query("""
            WITH gone AS (DELETE FROM upload_reservations WHERE id = $1 RETURNING s3_key)
            INSERT INTO object_trash (key) SELECT $2 WHERE EXISTS (SELECT 1 FROM gone) OR NOT \(Self.keyHeld("$2"))
            ON CONFLICT DO NOTHING
            """, [String(id), key], idempotent: true)
    }

    /// Reservations of the given mounts, and of mounts that unmounted or vanished.
    public func reservations(ofMounts ids: [UUID]) throws -> [ReservationRecord] {
        try pool.query("""
            SELECT id, s3_key, multipart_upload_id FROM upload_reservations
            WHERE mount_id IS NULL OR mount_id = ANY($1::uuid[]) ORDER BY id
            """, [Self.uuidArray(ids)], idempotent: true).all.map {
            ReservationRecord(id: $0.int("id"), key: $0.string("s3_key"), multipartUploadId: $0["multipart_upload_id"])
        }
    }

    /// Removes the uploading rows of the given mounts and of mounts that are gone; returns how many.
    @discardableResult
    public func removeUploadingRows(ofMounts ids: [UUID]) throws -> Int {
        try pool.query("""
            DELETE FROM files WHERE status = 'uploading' AND (mount_id IS NULL OR mount_id = ANY($1::uuid[]))
            """, [Self.uuidArray(ids)], idempotent: true).affected
    }

    /// Which of these keys no row refers to (files, reservations, trash, kept versions).
    public func unreferencedKeys(_ keys: [String]) throws -> [String] {
        try keysNotHeld(keys, by: ["files", "upload_reservations", "object_trash", "file_versions"])
    }

    /// Which of these keys no reservation holds and the trash does not (an upload to such a key is left over,
    /// even when a committed file has the key: the upload that made it was completed, not this one).
    public func keysNeitherReservedNorTrashed(_ keys: [String]) throws -> [String] {
        try keysNotHeld(keys, by: ["upload_reservations", "object_trash"])
    }

    /// The keys no row of these tables holds.
    func keysNotHeld(_ keys: [String], by tables: [String]) throws -> [String] {
        guard !keys.isEmpty else { return [] }
        return try pool.query("SELECT k FROM unnest($1::text[]) AS k WHERE NOT \(Self.keyHeld("k", by: tables))",
                              [Self.textArray(keys)], idempotent: true).all.map { $0.string("k") }
    }

    /// The multipart uploads some reservation records, whether its mount lives or not.
    public func multipartUploadIds() throws -> [String] {
        try pool.read("SELECT multipart_upload_id FROM upload_reservations WHERE multipart_upload_id IS NOT NULL")
            .all.map { $0.string("multipart_upload_id") }
    }

    /// Rows being uploaded, and the mount uploading each.
    public func uploadingFiles() throws -> [(id: Int64, name: String, mountId: UUID?)] {
        try pool.read("SELECT id, name, mount_id FROM files WHERE status = 'uploading' ORDER BY id").all.map {
            ($0.int("id"), $0.string("name"), $0["mount_id"].flatMap(UUID.init(uuidString:)))
        }
    }

    /// What the object of every ready file and every kept version should be.
    public func readyObjects() throws -> [(id: Int64, key: String, size: Int64, etag: String, sha256: String?)] {
        try pool.read("""
            SELECT id, s3_key, size, etag, sha256 FROM files WHERE status = 'ready' AND kind = 'file'
            UNION ALL SELECT file_id, s3_key, size, etag, sha256 FROM file_versions ORDER BY 1
            """).all.map {
            ($0.int("id"), $0.string("s3_key"), $0.int("size"), $0.string("etag"), $0["sha256"])
        }
    }

    /// A ready file whose object is gone disappears as an unlink would make it (the reaper then removes the row); a
    /// kept version whose object is gone is forgotten.
    public func removeFileWithoutObject(key: String) throws {
        try pool.transaction { db in
            try db.query("UPDATE files SET status = 'deleting', ctime = now() WHERE s3_key = $1 AND status = 'ready'", [key])
            try db.query("DELETE FROM file_versions WHERE s3_key = $1", [key])
        }
    }

    /// A temp area `t` past its expiry with nothing being written in it: no uploading row, no version reserved.
    static let idleAndExpired = """
        t.expires_at < now()
        AND NOT EXISTS (SELECT 1 FROM files WHERE temp_area_id = t.id AND status = 'uploading')
        AND NOT EXISTS (SELECT 1 FROM upload_reservations r JOIN files f ON f.id = r.file_id WHERE f.temp_area_id = t.id)
        """

    /// Temp areas past their expiry that no mount is writing into.
    public func expiredTempAreas() throws -> [(id: Int64, name: String)] {
        try pool.read("""
            SELECT id, public_id FROM temp_areas t WHERE \(Self.idleAndExpired) ORDER BY id
            """).all.map { ($0.int("id"), $0.string("public_id")) }
    }

    /// Removes an expired temp area (its directories and rows go with it) and moves its objects to the trash, in
    /// one statement; false if a write made it live again meanwhile.
    public func removeExpiredTempArea(id: Int64) throws -> Bool {
        try pool.query("""
            WITH keys AS (SELECT s3_key FROM files WHERE temp_area_id = $1 AND s3_key IS NOT NULL
                          UNION SELECT s3_key FROM file_versions WHERE temp_area_id = $1),
                 gone AS (DELETE FROM temp_areas t WHERE id = $1 AND \(Self.idleAndExpired) RETURNING id),
                 trashed AS (INSERT INTO object_trash (key) SELECT s3_key FROM keys WHERE EXISTS (SELECT 1 FROM gone)
                             ON CONFLICT DO NOTHING)
            SELECT count(*) AS n FROM gone
            """, [String(id)]).first?.int("n") == 1
    }

    /// Which of these keys no reservation holds.
    public func unreservedKeys(_ keys: [String]) throws -> [String] {
        guard !keys.isEmpty else { return [] }
        return try pool.read("""
            SELECT k FROM unnest($1::text[]) AS k WHERE NOT EXISTS (SELECT 1 FROM upload_reservations WHERE s3_key = k)
            """, [Self.textArray(keys)]).all.map { $0.string("k") }
    }

    // MARK: The bucket

    /// Records `bucket` as this database's if none is recorded; returns the one recorded.
    public func claimBucket(_ bucket: String) throws -> String {
        try pool.query("INSERT INTO storage (bucket) VALUES ($1) ON CONFLICT DO NOTHING", [bucket], idempotent: true)
        return try pool.query("SELECT bucket FROM storage", [], idempotent: true).first?.string("bucket") ?? bucket
    }

    // MARK: Arrays as parameters

    static func uuidArray(_ ids: [UUID]) -> String { "{\(ids.map(\.uuidString).joined(separator: ","))}" }

    /// A text[] literal: every element quoted, backslashes and quotes escaped.
    static func textArray(_ values: [String]) -> String {
        let quoted = values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        return "{\(quoted.joined(separator: ","))}"
    }
}
