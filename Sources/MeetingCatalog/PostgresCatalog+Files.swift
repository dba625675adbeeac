import Foundation
import MeetingCore

/// Files and their names: lookups, creates, renames, unlinks, hard links (SchemaV10) and attributes, and the
/// check that a name is free.
extension PostgresCatalog {
    // MARK: Files

    static let fileColumns = fileColumns(of: nil)

    /// The columns of a FileRecord; `file` qualifies them where a query joins files to other tables, and a file
    /// listed under a hard link takes its parent and name from the link's row, `link`.
    static func fileColumns(of file: String?, listedBy link: String? = nil) -> String {
        let f = file.map { "\($0)." } ?? ""
        let place = link.map { "\($0)." } ?? f
        return """
            \(f)id, \(place)parent_ino, \(place)name, \(f)area, \(f)meeting_id, \(f)s3_key, \(f)version, \(f)size, \(f)etag,
            \(f)sha256, \(f)status, \(f)mode, \(f)uid, \(f)gid, \(microseconds("\(f)mtime")) AS mtime_us, \(f)mtime_nsec,
            \(microseconds("\(f)ctime")) AS ctime_us, \(microseconds("\(f)atime")) AS atime_us, \(f)atime_nsec, \(f)sse_key, \(f)kind, \(f)target, \(f)rdev, \(f)links,
            \(f)status_note
            """
    }

    public func file(id: Int64) throws -> FileRecord? {
        try pool.read("SELECT \(Self.fileColumns) FROM files WHERE id = $1", [String(id)]).first.map(Self.file)
    }

    /// The rows of these files, in no particular order (missing ids are left out).
    public func files(ids: [Int64]) throws -> [FileRecord] {
        try pool.read("SELECT \(Self.fileColumns) FROM files WHERE id = ANY($1::bigint[])",
                       ["{\(ids.map(String.init).joined(separator: ","))}"]).all.map(Self.file)
    }

    /// The committed file a name stands for, by its first name or a hard link (a link's row comes with the
    /// link's parent and name).
    public func visibleFile(parentIno: UInt64, name: String) throws -> FileRecord? {
        try pool.read("""
            SELECT \(Self.fileColumns) FROM files WHERE parent_ino = $1 AND name = $2 AND status = 'ready'
            UNION ALL \(Self.linkedFiles) AND l.name = $2
            """, [String(parentIno), name]).first.map(Self.file)
    }

    public func visibleFiles(parentIno: UInt64) throws -> [FileRecord] {
        try pool.read("""
            SELECT \(Self.fileColumns) FROM files WHERE parent_ino = $1 AND status = 'ready'
            UNION ALL \(Self.linkedFiles) ORDER BY name
            """, [String(parentIno)]).all.map(Self.file)
    }

    /// Committed files listed in directory $1 under hard links.
    static let linkedFiles = """
        SELECT \(fileColumns(of: "f", listedBy: "l")) FROM file_links l JOIN files f ON f.id = l.file_id
        WHERE l.parent_ino = $1 AND f.status = 'ready'
        """

    /// Registers a file being written by mount `mountId`, with its first version's reservation, in one statement
    /// that does not wait for its WAL flush: the commit's flush is the one a create and close wait for. The row
    /// stays invisible to listings until `commit`.
    /// A connection that breaks under it (PostgreSQL restarting) is retried: if the lost attempt did commit, it left
    /// an invisible row and a reservation nothing uploads to, which this mount's leftovers take when it ends; a create
    /// that fails would lose the writer's data.
    public func insertUploading(_ placement: FilePlacement, name: String, mode: UInt32, uid: UInt32, gid: UInt32,
                                createdBy: Int64?, mountId: UUID) throws -> (FileRecord, Reservation) {
        let row = try unflushed(idempotent: true, ("""
            WITH file AS (
                INSERT INTO files (parent_ino, name, area, meeting_id, user_id, temp_area_id, temp_dir_id, status,
                                   mode, uid, gid, created_by, mount_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, 'uploading', $8, $9, $10, $11, $12) RETURNING *),
            reserved AS (\(Self.reservationInsert(from: "file", prefix: "$13", mount: "$12")))
            SELECT \(Self.fileColumns), reservation_id, reserved_key FROM file, reserved
            """, [String(placement.parentIno), name, placement.area, placement.meetingId.map(String.init),
                  placement.userId.map(String.init), placement.tempAreaId.map(String.init),
                  placement.tempDirId.map(String.init), String(mode), String(uid), String(gid),
                  createdBy.map(String.init), mountId.uuidString, placement.keyPrefix])).first!
        return (Self.file(row), Reservation(id: row.int("reservation_id"), key: row.string("reserved_key")))
    }

    /// Registers a node that is its row alone (a symbolic link, a FIFO, a socket, a device) under a free name: it
    /// is whole at once, so it is committed as it is made. EEXIST where a file or directory has the name.
    public func insertNode(_ placement: FilePlacement, name: String, kind: FileKind, target: String?, rdev: UInt64,
                           mode: UInt32, uid: UInt32, gid: UInt32, createdBy: Int64?) throws -> FileRecord {
        do {
            return try pool.transaction { db in
                try Self.claimName(placement.parentIno, name, on: db)
                return Self.file(try db.query("""
                    INSERT INTO files (parent_ino, name, area, temp_area_id, temp_dir_id, status, kind, target, rdev, size,
                                       mode, uid, gid, created_by)
                    VALUES ($1, $2, $3, $4, $5, 'ready', $6, $7, $8, $9, $10, $11, $12, $13) RETURNING \(Self.fileColumns)
                    """, [String(placement.parentIno), name, placement.area, placement.tempAreaId.map(String.init),
                          placement.tempDirId.map(String.init), kind.rawValue, target, String(Int64(bitPattern: rdev)),
                          String(target?.utf8.count ?? 0), String(mode), String(uid), String(gid),
                          createdBy.map(String.init)]).first!)
            }
        } catch let error as DatabaseError where error.sqlState == DatabaseError.uniqueViolation {
            throw FSError.exists
        }
    }

    /// One statement in a transaction whose COMMIT does not wait for the WAL to reach the disk, in one round trip:
    /// for rows that matter only once a later commit refers to them, whose own flush carries them to disk too (a
    /// crash before it loses the row, and that commit then fails; it never publishes what is not durable).
    func unflushed(idempotent: Bool, _ statement: Statement) throws -> Rows {
        try pool.pipelinedTransaction([("SET LOCAL synchronous_commit = off", []), statement], idempotent: idempotent)[1]
    }

    /// Moves the name `from` of a file to a new parent and name, replacing a visible namesake there (whose version
    /// is kept with `keepReplaced`, or when its meeting is on hold). A hard link's name moves alone.
    public func rename(fileId: Int64, from: (parentIno: UInt64, name: String), to placement: FilePlacement, name: String,
                       keepReplaced: Bool) throws {
        try pool.transaction { db in
            try Self.lockName(placement.parentIno, name, on: db)
            try Self.refuseLeavingHeldMeeting(fileId: fileId, for: placement.meetingId, on: db)
            for hide in Self.hideNamesake(at: "($1::bigint, $2::text)", except: "$3",
                                          [String(placement.parentIno), name, String(fileId)], keep: keepReplaced) {
                try db.query(hide.sql, hide.parameters)
            }
            if try !db.query("""
                UPDATE file_links SET parent_ino = $4, name = $5, temp_dir_id = $6
                WHERE file_id = $1 AND parent_ino = $2 AND name = $3 RETURNING id
                """, [String(fileId), String(from.parentIno), from.name, String(placement.parentIno), name,
                      placement.tempDirId.map(String.init)]).isEmpty {
                return
            }
            try db.query("""
                UPDATE files SET parent_ino = $2, name = $3, meeting_id = $4, user_id = $5, temp_area_id = $6,
                    temp_dir_id = $7, ctime = now() WHERE id = $1
                """, [String(fileId), String(placement.parentIno), name, placement.meetingId.map(String.init),
                      placement.userId.map(String.init), placement.tempAreaId.map(String.init),
                      placement.tempDirId.map(String.init)])
            if let meeting = placement.meetingId {
                try db.query("UPDATE artifacts SET kind = $2, meeting_id = $3 WHERE file_id = $1",
                             [String(fileId), Names.artifactKind(of: name), String(meeting)])
            }
        }
    }

    /// Serializes, until the transaction ends, every change that makes a file visible under one name (commits and
    /// renames): two new files of one name committing at once would otherwise each miss the other when hiding
    /// namesakes, and the second would fail on the unique index instead of replacing the first.
    static func nameLock(_ parentIno: String, _ name: String) -> String {
        "pg_advisory_xact_lock(hashtextextended(\(parentIno) || '/' || \(name), 7001))"
    }

    /// Frees the name `place` (an SQL (parent_ino, name)) for file `fileId`: a hard link there goes; a file whose
    /// first name it is keeps its other names (the oldest becomes its first); else the replaced file's row turns
    /// 'deleting': invisible at once, reaped with its object after the grace period. With `keep` (or on hold) its
    /// version is kept under the path like an overwritten one, and only the row goes.
    static func hideNamesake(at place: String, except fileId: String, _ parameters: [String?], keep: Bool) -> [Statement] {
        let namesake = "(parent_ino, name) = \(place) AND id <> \(fileId)"
        return [
            ("DELETE FROM file_links WHERE (parent_ino, name) = \(place) AND file_id <> \(fileId)", parameters),
            ("SELECT meetingfs_promote_heir(id) FROM files WHERE \(namesake) AND status = 'ready' AND links > 1", parameters),
            (keepVersion(where: keep ? namesake : "\(namesake) AND \(onHold)"), parameters),
            ("UPDATE files SET status = 'deleting', ctime = now() WHERE \(namesake) AND status = 'ready'", parameters),
        ]
    }

    /// The ready version of the files matching `condition` is kept (with `keep`, or on hold), else its object goes
    /// to the trash. Runs before the rows change.
    static func replace(where condition: String, _ parameters: [String?], keep: Bool) -> [Statement] {
        if keep { return [(keepVersion(where: condition), parameters)] }
        return [
            (keepVersion(where: "\(condition) AND \(onHold)"), parameters),
            ("""
             INSERT INTO object_trash (key) SELECT s3_key FROM files
             WHERE \(condition) AND status = 'ready' AND NOT \(onHold) ON CONFLICT DO NOTHING
             """, parameters),
        ]
    }

    /// Copies the ready version of the files matching `condition` into file_versions.
    static func keepVersion(where condition: String) -> String {
        """
        INSERT INTO file_versions (file_id, parent_ino, name, area, meeting_id, user_id, temp_area_id, version, s3_key,
                                   size, etag, sha256, sse_key, mtime, mtime_nsec)
        SELECT id, parent_ino, name, area, meeting_id, user_id, temp_area_id, version, s3_key, size, etag, sha256,
               sse_key, mtime, mtime_nsec
        FROM files WHERE \(condition) AND status = 'ready' AND kind = 'file' ON CONFLICT (s3_key) DO NOTHING
        """
    }

    /// A file of a meeting on legal hold.
    static let onHold = "EXISTS (SELECT 1 FROM meetings m WHERE m.id = files.meeting_id AND m.legal_hold)"

    /// The file goes with all its names (retention): its row stays 'deleting' until the reaper deletes its object.
    /// A file of a meeting on legal hold stays (EPERM).
    public func markDeleting(fileId: Int64) throws {
        // What the pipeline read out of the file goes with it: its voice profile and its cached copy.
        let marked = try pool.query("""
            WITH marked AS (UPDATE files SET status = 'deleting', ctime = now() WHERE id = $1 AND NOT \(Self.onHold) RETURNING id),
                 profile AS (DELETE FROM user_profiles WHERE file_id IN (SELECT id FROM marked)),
                 cached AS (DELETE FROM cache WHERE file_id IN (SELECT id FROM marked))
            SELECT id FROM marked
            """, [String(fileId)], idempotent: true)
        if marked.isEmpty, try !pool.read("SELECT 1 FROM files WHERE id = $1 AND \(Self.onHold)", [String(fileId)]).isEmpty {
            throw FSError.legalHold
        }
    }

    /// Unlink of the name `parentIno`/`name` of a file: a hard link goes alone; the first name of a file with
    /// further names passes to the oldest of them; the last name takes the file: its row stays 'deleting' until the
    /// reaper deletes its object. A file of a meeting on legal hold is not unlinked (EPERM). Hard links exist in
    /// temp areas alone (file_links.temp_area_id): elsewhere the name is its file's only one, and the file goes in
    /// one statement.
    public func unlink(fileId: Int64, parentIno: UInt64, name: String, inTempArea: Bool) throws {
        if !inTempArea { return try markDeleting(fileId: fileId) }
        let file = [String(fileId), String(parentIno), name]
        let unlinked = try pool.transaction { db -> Bool in
            try Self.lockName(parentIno, name, on: db)
            if try !db.query("DELETE FROM file_links WHERE file_id = $1 AND parent_ino = $2 AND name = $3 RETURNING id", file).isEmpty {
                return true
            }
            if try db.query("""
                SELECT meetingfs_promote_heir(id) AS promoted FROM files
                WHERE id = $1 AND parent_ino = $2 AND name = $3 AND status = 'ready' AND links > 1
                """, file).first?["promoted"] == "t" {
                return true
            }
            return false
        }
        if !unlinked { try markDeleting(fileId: fileId) }
    }

    /// A file may not leave a meeting on legal hold for another place (renamed within it, it stays).
    static func refuseLeavingHeldMeeting(fileId: Int64, for target: Int64?, on db: PostgresConnection) throws {
        if try !db.query("""
            SELECT 1 FROM files WHERE id = $1 AND meeting_id IS DISTINCT FROM $2::bigint AND \(onHold)
            """, [String(fileId), target.map(String.init)]).isEmpty {
            throw FSError.legalHold
        }
    }

    /// Removes the row of a file that was never committed (so no reader can hold it).
    public func discardUncommitted(fileId: Int64) throws {
        try pool.query("DELETE FROM files WHERE id = $1 AND status = 'uploading'", [String(fileId)])
    }

    public func setFileAttributes(id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?, mtime: FileTime?,
                                  atime: FileTime?) throws {
        try pool.query("""
            UPDATE files SET mode = coalesce($2, mode), uid = coalesce($3, uid), gid = coalesce($4, gid),
                mtime = coalesce(\(Self.timestamp("$5")), mtime), mtime_nsec = coalesce($6, mtime_nsec), ctime = now(),
                \(Self.setAtime("$7", "$8"))
            WHERE id = $1
            """, [String(id), mode.map { String($0) }, uid.map { String($0) }, gid.map { String($0) }]
                + Self.timeParameters(mtime) + Self.timeParameters(atime))
    }

    package static func file(_ row: Row) -> FileRecord {
        FileRecord(
            id: row.int("id"), parentIno: UInt64(row.int("parent_ino")), name: row.string("name"),
            area: row.string("area"), meetingId: row.optionalInt("meeting_id"), s3Key: row["s3_key"],
            version: Int(row.int("version")), size: row.int("size"), etag: row["etag"], sha256: row["sha256"],
            status: row.string("status"), mode: UInt32(row.int("mode")), uid: UInt32(row.int("uid")),
            gid: UInt32(row.int("gid")),
            mtime: Self.time(row, "mtime"),
            ctime: FileTime(microseconds: row.int("ctime_us"), extraNanoseconds: 0),
            atime: Self.time(row, "atime"),
            keyFingerprint: row["sse_key"],
            kind: FileKind(rawValue: row.string("kind")) ?? .regular, target: row["target"],
            rdev: UInt64(bitPattern: row.int("rdev")), links: Int(row.int("links")), statusNote: row["status_note"])
    }

    /// Whether something holds the name $1/$2: a directory, a hard link, a committed file or one a live mount is
    /// writing. For statements inside a transaction that holds the name's lock.
    static let nameTaken = """
        SELECT 1 FROM temp_dirs WHERE parent_ino = $1 AND name = $2
        UNION ALL SELECT 1 FROM file_links WHERE parent_ino = $1 AND name = $2
        UNION ALL SELECT 1 FROM files WHERE parent_ino = $1 AND name = $2
            AND (status = 'ready' OR status = 'uploading' AND mount_id IN (\(liveMounts)))
        LIMIT 1
        """

    /// Takes the name's lock (`nameLock`) for the rest of the transaction.
    static func lockName(_ parentIno: UInt64, _ name: String, on db: PostgresConnection) throws {
        try db.query("SELECT \(nameLock("$1::bigint", "$2::text"))", [String(parentIno), name])
    }

    /// Throws EEXIST unless the name is free; takes the name's lock for the rest of the transaction.
    static func claimName(_ parentIno: UInt64, _ name: String, on db: PostgresConnection) throws {
        try lockName(parentIno, name, on: db)
        if try !db.query(nameTaken, [String(parentIno), name]).isEmpty { throw FSError.exists }
    }

    /// A further name for a committed file: `name` in the directory `placement`, which must be free. The row comes
    /// back as listed under the new name, its link count counting it.
    public func link(fileId: Int64, to placement: FilePlacement, name: String) throws -> FileRecord {
        do {
            return try pool.transaction { db in
                try Self.claimName(placement.parentIno, name, on: db)
                guard let link = try db.query("""
                    INSERT INTO file_links (file_id, parent_ino, name, temp_area_id, temp_dir_id)
                    SELECT id, $2, $3, $4, $5 FROM files WHERE id = $1 AND status = 'ready' RETURNING id
                    """, [String(fileId), String(placement.parentIno), name, placement.tempAreaId.map(String.init),
                          placement.tempDirId.map(String.init)]).first
                else { throw FSError.notFound }
                return Self.file(try db.query("""
                    SELECT \(Self.fileColumns(of: "f", listedBy: "l")) FROM file_links l JOIN files f ON f.id = l.file_id
                    WHERE l.id = $1
                    """, [link.string("id")]).first!)
            }
        } catch let error as DatabaseError where error.sqlState == DatabaseError.uniqueViolation {
            throw FSError.exists
        }
    }
}
