import Foundation
import MeetingCore

/// The commit that makes a version visible, what it sets off, and the reaping of what it replaced.
extension PostgresCatalog {
    /// Makes a written version visible, atomically replacing whatever had its name; the replaced bytes wait in
    /// the trash for the grace period. `.unlinked` if the file was unlinked while it was written (then nothing
    /// becomes visible). The row is locked, so concurrent replacers serialize and the last commit wins whole; the
    /// version's reservation is deleted in the same transaction, which is how a commit whose reply was lost is told
    /// from one that never happened. `queueJob`: the version is final, so a raw file's processing job is queued.
    /// `keepReplaced`: the version replaced is kept in file_versions (else it goes to the trash, unless its meeting is
    /// on legal hold).
    /// `created`: what the create of a new file wrote, so rows a crash lost are written again (`restoreLostCreate`).
    public func commit(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool,
                       created: NewFile?) throws -> CommitOutcome {
        do {
            return try commitRetryingLostReplies(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
        } catch let refused as DatabaseError where refused.sqlState == Self.refusedCollected {
            if let created, try restoreLostCreate(fileId: fileId, version, created) {
                do {
                    return try commitRetryingLostReplies(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
                } catch let again as DatabaseError where again.sqlState == Self.refusedCollected {}
            }
            throw FSError.io("the upload of file \(fileId) was collected (this mount's lease expired): not committed")
        } catch let refused as DatabaseError where refused.sqlState == DatabaseError.quotaExceeded {
            throw FSError(EDQUOT, refused.message)
        }
    }

    func commitRetryingLostReplies(fileId: Int64, _ version: CommittedVersion, queueJob: Bool,
                                           keepReplaced: Bool) throws -> CommitOutcome {
        var lastError: DatabaseError?
        // Within the failover window, and never less than 20 s: the version's bytes are uploaded already, and a
        // restart or two of a single server pass within that. A commit's connection lost is resolved on the next.
        var retry = FailoverRetry(window: max(pool.failoverTimeout, 20))
        repeat {
            if lastError != nil {
                // The connection broke (PostgreSQL restarted, or failed over): the commit deletes its reservation
                // in its own transaction, so a reservation still there means it did not happen and is made again.
                // Gone, with its key held by a row of the file system, it happened. Gone with its key on no such
                // row: lost in a crash with the create's rows (the commit is then refused as collected, and
                // `commit` restores them), or collected while this mount waited (the key is in the trash, which
                // counts for nothing here).
                guard let state = try? pool.read("""
                    SELECT EXISTS (SELECT 1 FROM upload_reservations WHERE id = $1) AS pending,
                           \(Self.keyHeld("$2", by: ["files", "file_versions"])) AS held
                    """, [String(version.reservationId), version.s3Key]).first else { continue }
                if !state.bool("pending") && state.bool("held") { return .committed }
            }
            do {
                return try commitTransaction(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
            } catch let error as DatabaseError where error.isFailover || error.sqlState == Self.deadlockDetected {
                // A deadlock (a job's transition locking its meeting at the same moment) rolled it all back.
                lastError = error
            }
        } while retry.waitAgain()
        throw lastError!
    }

    static let deadlockDetected = "40P01"

    /// SQLSTATEs with which a commit's own check refuses it (SchemaV8's meetingfs_refuse).
    static let refusedUnlinked = "MFDEL", refusedCollected = "MFCOL"

    /// One round trip, as close waits for it: the row locked and checked, every change and the COMMIT in one
    /// pipeline. What the changes depend on (the file's place, a version to replace, its area) each statement reads
    /// from the locked row itself, so nothing has to come back before the rest is sent.
    func commitTransaction(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool) throws -> CommitOutcome {
        let file = [String(fileId)]
        var changes: [Statement] = [
            ("SELECT \(Self.nameLock("parent_ino", "name")) FROM files WHERE id = $1", file),
            // The reservation is locked too: abandoning it (gc, after this mount's lease expired) waits for this
            // transaction, and a reservation already collected refuses the commit: its key may be in the trash.
            ("""
             SELECT meetingfs_refuse(CASE WHEN f.status IS NULL OR r.id IS NULL THEN '\(Self.refusedCollected)'
                                          WHEN f.status = 'deleting' THEN '\(Self.refusedUnlinked)' END)
             FROM (SELECT 1) AS one
             LEFT JOIN (SELECT status FROM files WHERE id = $1 FOR UPDATE) AS f ON true
             LEFT JOIN (SELECT id FROM upload_reservations WHERE id = $2 FOR UPDATE) AS r ON true
             """, [String(fileId), String(version.reservationId)]),
        ]
        changes += Self.hideNamesake(at: "(SELECT parent_ino, name FROM files WHERE id = $1)", except: "$1", file, keep: keepReplaced)
        // The version replaced is kept for `versions`, or its object goes to the trash.
        changes += Self.replace(where: "id = $1 AND s3_key <> $2", [String(fileId), version.s3Key], keep: keepReplaced)
        changes.append(("""
            UPDATE files SET status = 'ready', s3_key = $2, version = $3, size = $4, etag = $5, sha256 = $6,
                mtime = \(Self.timestamp("$7")), mtime_nsec = $9, ctime = now(), sse_key = $8, status_note = $10 WHERE id = $1
            """, [String(fileId), version.s3Key, String(version.reservationId), String(version.size), version.etag,
                  version.sha256, String(version.mtime.microseconds), version.keyFingerprint,
                  String(version.mtime.extraNanoseconds), DocumentStatements.note(of: version.contents)]))
        changes.append(("DELETE FROM upload_reservations WHERE id = $1", [String(version.reservationId)]))
        changes += domainEffects(ofFile: fileId, queueJob: queueJob)
        changes += DocumentStatements.effects(ofFile: fileId, version.contents, cacheTTL: version.cacheTTL)
        do {
            try pool.pipelinedTransaction(changes)
            return .committed
        } catch let error as DatabaseError where error.sqlState == Self.refusedUnlinked {
            return .unlinked
        }
    }

    /// Whether a row of one of `tables` holds the key in `key` (a parameter or column); by default a file, a kept
    /// version or the trash, where a committed version's key stays until gc deletes it. object_trash names its
    /// column `key`, the others `s3_key`.
    static func keyHeld(_ key: String, by tables: [String] = ["files", "file_versions", "object_trash"]) -> String {
        "(" + tables.map { "EXISTS (SELECT 1 FROM \($0) WHERE \($0 == "object_trash" ? "key" : "s3_key") = \(key))" }
            .joined(separator: " OR ") + ")"
    }

    /// A new file's row and first reservation, written unflushed by its create, are gone though nothing collected
    /// them (gc puts a collected version's key in the trash): a PostgreSQL crash lost them. They are written again,
    /// with their ids, and the sequences moved past those ids so they are never handed out twice. False when they
    /// were collected, or the ids were reused since (then the version's key goes to the trash: no stray object).
    func restoreLostCreate(fileId: Int64, _ version: CommittedVersion, _ created: NewFile) throws -> Bool {
        let place = created.placement
        do {
            return try pool.transaction { db -> Bool in
                let lost = try db.query("""
                    SELECT NOT EXISTS (SELECT 1 FROM files WHERE id = $1)
                       AND NOT EXISTS (SELECT 1 FROM upload_reservations WHERE id = $2 OR s3_key = $3)
                       AND NOT \(Self.keyHeld("$3")) AS lost
                    """, [String(fileId), String(version.reservationId), version.s3Key]).first?.bool("lost") ?? false
                guard lost else { return false }
                // nextval alone is granted: each sequence is drawn from until it has passed the id restored, first,
                // so no create can draw those ids meanwhile.
                try db.query("""
                    DO $$ BEGIN
                        WHILE nextval('files_id_seq') < \(fileId) LOOP END LOOP;
                        WHILE nextval('upload_reservations_id_seq') < \(version.reservationId) LOOP END LOOP;
                    END $$
                    """)
                try db.query("""
                    INSERT INTO files (id, parent_ino, name, area, meeting_id, user_id, temp_area_id, temp_dir_id, status,
                                       mode, uid, gid, created_by, mount_id)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'uploading', $9, $10, $11, $12, $13)
                    """, [String(fileId), String(place.parentIno), created.name, place.area, place.meetingId.map(String.init),
                          place.userId.map(String.init), place.tempAreaId.map(String.init), place.tempDirId.map(String.init),
                          String(created.mode), String(created.uid), String(created.gid), created.createdBy.map(String.init),
                          created.mountId.uuidString])
                try db.query("INSERT INTO upload_reservations (id, file_id, mount_id, s3_key) VALUES ($1, $2, $3, $4)",
                             [String(version.reservationId), String(fileId), created.mountId.uuidString, version.s3Key])
                return true
            }
        } catch let error as DatabaseError where error.isFailover {
            throw error  // PostgreSQL is away: the commit fails as it would have
        } catch is DatabaseError {
            // The ids were taken meanwhile, or the directory went: the version's key goes to the trash below.
        }
        try trashUnheld(version.s3Key)
        return false
    }

    /// Puts a key no row holds in the trash, so an object written for a version that will never commit is not
    /// left stray (a key some row holds is live data and stays).
    func trashUnheld(_ key: String) throws {
        try pool.query("INSERT INTO object_trash (key) SELECT $1 WHERE NOT \(Self.keyHeld("$1")) ON CONFLICT DO NOTHING", [key])
    }

    /// What a commit changes besides the file, each statement picking its case from the file's row ($1): a write
    /// keeps its temp area alive for another time-to-live; artifacts get their row; a final raw version queues a
    /// transcription job and wakes the workers.
    func domainEffects(ofFile fileId: Int64, queueJob: Bool) -> [Statement] {
        let file = [String(fileId)]
        var effects: [Statement] = [
            ("""
             UPDATE temp_areas SET expires_at = now() + ttl
             WHERE id = (SELECT temp_area_id FROM files WHERE id = $1 AND area = 'temp')
             """, file),
            ("""
             INSERT INTO artifacts (meeting_id, file_id, kind)
             SELECT meeting_id, id, \(Names.artifactKindSQL(of: "name")) FROM files
             WHERE id = $1 AND area = 'artifacts' AND meeting_id IS NOT NULL
             ON CONFLICT (file_id) DO UPDATE SET kind = EXCLUDED.kind
             """, file),
        ]
        if queueJob { effects.append(firstJobs(ofFile: fileId)) }
        return effects
    }

    /// The first stages' jobs for a ready raw file's current version (nothing for any other file, nor for a version
    /// that has them already, so asking twice queues once); queued jobs of its earlier versions are cancelled. The
    /// jobs table's triggers audit, announce (meetingfs_jobs) and refresh the meeting's status. The check for a
    /// stage queued already is a scalar subquery: as NOT EXISTS the planner made it an anti join that hashed every
    /// job in the table, on each commit of a raw file.
    func firstJobs(ofFile fileId: Int64) -> Statement {
        ("""
            WITH file AS (SELECT id, meeting_id, version FROM files
                          WHERE id = $1 AND status = 'ready' AND area = 'raw' AND meeting_id IS NOT NULL),
                 superseded AS (UPDATE jobs SET state = 'cancelled', updated_at = now()
                                WHERE file_id = (SELECT id FROM file) AND state = 'queued'
                                  AND file_version IS DISTINCT FROM (SELECT version FROM file))
            INSERT INTO jobs (kind, meeting_id, file_id, file_version, max_attempts, lease_seconds, backoff_seconds)
            SELECT s.kind, file.meeting_id, file.id, file.version, s.max_attempts, s.lease_seconds, s.backoff_seconds
            FROM file, jsonb_to_recordset($2::jsonb) AS s (kind text, max_attempts integer, lease_seconds integer,
                                                           backoff_seconds integer)
            WHERE NOT (SELECT EXISTS (SELECT 1 FROM jobs j WHERE j.file_id = file.id AND j.file_version = file.version
                                      AND j.kind = s.kind AND j.state <> 'cancelled'))
            """, [String(fileId), Pipeline.records(pipeline.firstStages)])
    }

    /// Queues the jobs of a raw file committed earlier by fsync, now that its last writer closed it.
    public func queueJob(fileId: Int64) throws {
        let job = firstJobs(ofFile: fileId)
        try pool.query(job.sql, job.parameters, idempotent: true)
    }

    // MARK: Reaping

    /// Objects past the grace period: replaced versions in the trash, and files marked 'deleting' (a row whose
    /// version file_versions keeps comes without its key: only the row goes).
    public func expiredObjects(grace: TimeInterval, limit: Int) throws -> [(fileId: Int64?, key: String?)] {
        let rows = try pool.query("""
            SELECT NULL::bigint AS id, key FROM object_trash WHERE trashed_at < now() - make_interval(secs => $1)
            UNION ALL
            SELECT id, CASE WHEN EXISTS (SELECT 1 FROM file_versions v WHERE v.s3_key = f.s3_key) THEN NULL ELSE s3_key END
            FROM files f WHERE status = 'deleting' AND ctime < now() - make_interval(secs => $1)
            LIMIT $2
            """, [String(grace), String(limit)])
        return rows.all.map { ($0.optionalInt("id"), $0["key"]) }
    }

    /// Forgets an expired object once it is gone from the bucket.
    public func forgetExpired(fileId: Int64?, key: String?) throws {
        if let fileId {
            try pool.query("DELETE FROM files WHERE id = $1 AND status = 'deleting'", [String(fileId)])
        } else if let key {
            try pool.query("DELETE FROM object_trash WHERE key = $1", [key])
        }
    }
}
