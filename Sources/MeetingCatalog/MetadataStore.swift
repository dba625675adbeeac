import Foundation
import MeetingCore

/// Every query the file system makes, on PostgreSQL. Each is one statement or one short transaction, keyed by a
/// primary key or an index (see Schema).
public final class MetadataStore: @unchecked Sendable {
    public let pool: PostgresPool

    public init(pool: PostgresPool) { self.pool = pool }

    // MARK: Principals

    public func principal(uid: UInt32) throws -> Principal? {
        guard let row = try pool.read("SELECT id, name, role FROM users WHERE unix_uid = $1", [String(uid)]).first,
            let role = Role(rawValue: row.string("role"))
        else { return nil }
        return Principal(uid: uid, userId: row.int("id"), role: role, name: row.string("name"))
    }

    /// What a meeting was shared as with a user, if it was.
    public func sharedAccess(meetingId: Int64, userId: Int64) throws -> Relation? {
        try pool.read("SELECT access FROM meeting_access WHERE meeting_id = $1 AND user_id = $2",
                      [String(meetingId), String(userId)]).first.map(Self.sharedRelation)
    }

    /// The meetings shared with a user, and how.
    public func sharedMeetings(userId: Int64) throws -> [Int64: Relation] {
        let rows = try pool.read("SELECT meeting_id, access FROM meeting_access WHERE user_id = $1", [String(userId)]).all
        return Dictionary(rows.map { ($0.int("meeting_id"), Self.sharedRelation($0)) }, uniquingKeysWith: { first, _ in first })
    }

    private static func sharedRelation(_ row: Row) -> Relation {
        row.string("access") == "write" ? .sharedWrite : .sharedRead
    }

    // MARK: Directories backed by rows

    private static let directoryColumns = """
        id, %@ AS name, %@ AS owner_id, mode, uid, gid, \(microseconds("updated_at")) AS mtime_us,
        \(microseconds("%@")) AS ctime_us, %@ AS mtime_nsec, \(microseconds("%@")) AS atime_us, %@ AS atime_nsec,
        %@ AS subdirectories
        """

    /// A timestamptz column as whole microseconds since the epoch (exact: extract gives a numeric).
    package static func microseconds(_ column: String) -> String { "(extract(epoch FROM \(column)) * 1000000)::bigint" }

    public enum DirectoryTable: String, Sendable {
        case meetings, users, tempAreas = "temp_areas", tempDirs = "temp_dirs"

        var nameColumn: String { self == .users || self == .tempDirs ? "name" : "public_id" }
        var ownerColumn: String { self == .users ? "id" : self == .tempDirs ? "NULL::bigint" : "owner_id" }
        package var isTemp: Bool { self == .tempAreas || self == .tempDirs }
        var extraColumns: String {
            self == .tempDirs ? ", area_id, parent_ino" : ", NULL::bigint AS area_id, NULL::bigint AS parent_ino"
        }
        /// A temp directory counts the directories it lists (its inode derived as Node.ino does).
        var subdirectoryCount: String {
            guard isTemp else { return "0" }
            let kind = self == .tempAreas ? 7 : 8
            return "(SELECT count(*) FROM temp_dirs c WHERE c.parent_ino = (\(kind)::bigint << 56) | \(rawValue).id)"
        }
        package var select: String {
            String(format: MetadataStore.directoryColumns, nameColumn, ownerColumn, isTemp ? "ctime" : "updated_at",
                   isTemp ? "mtime_nsec" : "0", isTemp ? "atime" : "updated_at", isTemp ? "atime_nsec" : "0",
                   subdirectoryCount) + extraColumns + " FROM \(rawValue)"
        }
    }

    public func directory(_ table: DirectoryTable, id: Int64) throws -> DirectoryRecord? {
        try pool.read("SELECT \(table.select) WHERE id = $1", [String(id)]).first.map(Self.directory)
    }

    public func directory(_ table: DirectoryTable, named name: String) throws -> DirectoryRecord? {
        try pool.read("SELECT \(table.select) WHERE \(table.nameColumn) = $1", [name]).first.map(Self.directory)
    }

    public func meetingStatus(id: Int64) throws -> String? {
        try pool.read("SELECT status FROM meetings WHERE id = $1", [String(id)]).first?["status"]
    }

    public func tempDir(parentIno: UInt64, name: String) throws -> DirectoryRecord? {
        try pool.read("SELECT \(DirectoryTable.tempDirs.select) WHERE parent_ino = $1 AND name = $2",
                       [String(parentIno), name]).first.map(Self.directory)
    }

    /// Every row of a table, by name (who may see which is AccessPolicy's to say).
    public func directories(_ table: DirectoryTable) throws -> [DirectoryRecord] {
        try pool.read("SELECT \(table.select) ORDER BY 2").all.map(Self.directory)
    }

    public func tempDirs(parentIno: UInt64) throws -> [DirectoryRecord] {
        try pool.read("SELECT \(DirectoryTable.tempDirs.select) WHERE parent_ino = $1 ORDER BY name",
                       [String(parentIno)]).all.map(Self.directory)
    }

    public func createMeeting(publicId: String, owner: Int64?, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord {
        try insertDirectory(.meetings, """
            INSERT INTO meetings (public_id, owner_id, mode, uid, gid) VALUES ($1, $2, $3, $4, $5) RETURNING id
            """, [publicId, owner.map(String.init), String(mode), String(uid), String(gid)])
    }

    public func createUser(name: String) throws -> DirectoryRecord {
        try insertDirectory(.users, "INSERT INTO users (name) VALUES ($1) RETURNING id", [name])
    }

    public func createTempArea(publicId: String, owner: Int64?, ttl: TimeInterval, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord {
        try insertDirectory(.tempAreas, """
            INSERT INTO temp_areas (public_id, owner_id, ttl, expires_at, mode, uid, gid)
            VALUES ($1, $2, make_interval(secs => $3), now() + make_interval(secs => $3), $4, $5, $6) RETURNING id
            """, [publicId, owner.map(String.init), String(ttl), String(mode), String(uid), String(gid)])
    }

    public func createTempDir(areaId: Int64, parentIno: UInt64, name: String, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord {
        try pool.transaction { db in
            try Self.claimName(parentIno, name, on: db)
            let id = try Self.insertReturningId(db, """
                INSERT INTO temp_dirs (area_id, parent_ino, name, mode, uid, gid) VALUES ($1, $2, $3, $4, $5, $6)
                RETURNING id
                """, [String(areaId), String(parentIno), name, String(mode), String(uid), String(gid)])
            return try Self.directory(db.query("SELECT \(DirectoryTable.tempDirs.select) WHERE id = $1", [String(id)]).first!)
        }
    }

    /// Deletes a directory row if nothing is listed in it. The directories it implies (raw/ ...) hold nothing
    /// then either, so the cascade removes no visible data.
    public func removeDirectory(_ table: DirectoryTable, id: Int64, childInos: [UInt64]) throws {
        try pool.transaction { db in
            let inos = "{\(childInos.map(String.init).joined(separator: ","))}"
            try Self.ensureEmpty(inos, on: db)
            if table == .meetings { try Self.refuseHeld(meeting: id, on: db) }
            if table == .users,
                try !db.query("SELECT 1 FROM meetings WHERE owner_id = $1 LIMIT 1", [String(id)]).isEmpty {
                throw FSError(ENOTEMPTY, "user still owns meetings")
            }
            // Unlinked files still in their deletion grace lose their rows with the directory; their objects (and
            // kept versions) wait out the same grace in the trash, for readers that still hold them.
            try db.query("""
                INSERT INTO object_trash (key, trashed_at)
                SELECT s3_key, ctime FROM files WHERE parent_ino = ANY($1::bigint[]) AND status = 'deleting' AND s3_key IS NOT NULL
                UNION ALL
                SELECT v.s3_key, f.ctime FROM file_versions v JOIN files f ON f.id = v.file_id
                WHERE f.parent_ino = ANY($1::bigint[]) AND f.status = 'deleting'
                ON CONFLICT DO NOTHING
                """, [inos])
            try db.query("DELETE FROM files WHERE parent_ino = ANY($1::bigint[])", [inos])
            if try db.query("DELETE FROM \(table.rawValue) WHERE id = $1", [String(id)]).affected == 0 {
                throw FSError.notFound
            }
        }
    }

    /// ENOTEMPTY unless a meeting's fixed directory is empty; EPERM when the meeting is on legal hold.
    public func ensureRemovable(meetingArea ino: UInt64, of meetingId: Int64) throws {
        try pool.transaction { db in
            try Self.ensureEmpty("{\(ino)}", on: db)
            try Self.refuseHeld(meeting: meetingId, on: db)
        }
    }

    private static func ensureEmpty(_ inos: String, on db: PostgresConnection) throws {
        let busy = try db.query("""
            SELECT 1 FROM files WHERE parent_ino = ANY($1::bigint[])
                AND (status = 'ready' OR status = 'uploading' AND mount_id IN (\(Self.liveMounts)))
            UNION ALL SELECT 1 FROM temp_dirs WHERE parent_ino = ANY($1::bigint[])
            UNION ALL SELECT 1 FROM file_links WHERE parent_ino = ANY($1::bigint[]) LIMIT 1
            """, [inos])
        if !busy.isEmpty { throw FSError.notEmpty }
    }

    private static func refuseHeld(meeting id: Int64, on db: PostgresConnection) throws {
        if try !db.query("SELECT 1 FROM meetings WHERE id = $1 AND legal_hold", [String(id)]).isEmpty { throw FSError.legalHold }
    }

    public func setDirectoryAttributes(_ table: DirectoryTable, id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?,
                                       mtime: FileTime?, atime: FileTime?) throws {
        let times = table.isTemp ? ", mtime_nsec = coalesce($6, mtime_nsec), ctime = now(), \(Self.setAtime("$7", "$8"))" : ""
        try pool.query("""
            UPDATE \(table.rawValue) SET mode = coalesce($2, mode), uid = coalesce($3, uid), gid = coalesce($4, gid),
                updated_at = coalesce(\(Self.timestamp("$5")), updated_at)\(times) WHERE id = $1
            """, [String(id), mode.map { String($0) }, uid.map { String($0) }, gid.map { String($0) },
                  mtime.map { String($0.microseconds) }]
                + (table.isTemp ? [mtime.map { String($0.extraNanoseconds) }] + Self.timeParameters(atime) : []))
    }

    /// Sets atime from two parameters (whole microseconds, the nanoseconds beyond), or keeps it where they are null.
    static func setAtime(_ microseconds: String, _ nanoseconds: String) -> String {
        "atime = coalesce(\(timestamp(microseconds)), atime), atime_nsec = coalesce(\(nanoseconds)::integer, atime_nsec)"
    }

    static func timeParameters(_ time: FileTime?) -> [String?] {
        [time.map { String($0.microseconds) }, time.map { String($0.extraNanoseconds) }]
    }

    /// A parameter of whole microseconds since the epoch as a timestamptz, exact for years 1 to 9999: whole hours
    /// as an integer interval, the rest (below 2⁵³) through interval * float8, which rounds larger counts.
    package static func timestamp(_ parameter: String) -> String {
        "('epoch'::timestamptz + make_interval(hours => (\(parameter)::bigint / 3600000000)::integer)"
            + " + (\(parameter)::bigint % 3600000000) * interval '1 microsecond')"
    }

    private func insertDirectory(_ table: DirectoryTable, _ sql: String, _ parameters: [String?]) throws -> DirectoryRecord {
        let id = try pool.withConnection { try Self.insertReturningId($0, sql, parameters) }
        guard let record = try directory(table, id: id) else { throw FSError.io("inserted row vanished") }
        return record
    }

    private static func insertReturningId(_ db: PostgresConnection, _ sql: String, _ parameters: [String?]) throws -> Int64 {
        do {
            return try db.query(sql, parameters).first!.int("id")
        } catch let error as DatabaseError where error.sqlState == DatabaseError.uniqueViolation {
            throw FSError.exists
        }
    }

    private static func directory(_ row: Row) -> DirectoryRecord {
        DirectoryRecord(
            id: row.int("id"), name: row.string("name"), ownerId: row.optionalInt("owner_id"),
            mode: UInt32(row.int("mode")), uid: UInt32(row.int("uid")), gid: UInt32(row.int("gid")),
            mtime: Self.time(row, "mtime"),
            ctime: FileTime(microseconds: row.int("ctime_us"), extraNanoseconds: 0),
            atime: Self.time(row, "atime"), areaId: row.optionalInt("area_id"),
            parentIno: row.optionalInt("parent_ino").map { UInt64($0) }, subdirectories: Int(row.int("subdirectories")))
    }

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
            \(microseconds("\(f)ctime")) AS ctime_us, \(microseconds("\(f)atime")) AS atime_us, \(f)atime_nsec, \(f)sse_key, \(f)kind, \(f)target, \(f)rdev, \(f)links
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
    private static let linkedFiles = """
        SELECT \(fileColumns(of: "f", listedBy: "l")) FROM file_links l JOIN files f ON f.id = l.file_id
        WHERE l.parent_ino = $1 AND f.status = 'ready'
        """

    /// Registers a file being written by mount `mountId`, with its first version's reservation, in one statement
    /// that does not wait for its WAL flush: the commit's flush is the one a create and close wait for. The row
    /// stays invisible to listings until `commit`.
    public func insertUploading(_ placement: FilePlacement, name: String, mode: UInt32, uid: UInt32, gid: UInt32,
                                createdBy: Int64?, mountId: UUID) throws -> (FileRecord, Reservation) {
        let row = try unflushed(("""
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
    private func unflushed(_ statement: Statement) throws -> Rows {
        try pool.pipelinedTransaction([("SET LOCAL synchronous_commit = off", []), statement])[1]
    }

    public enum CommitOutcome: Sendable { case committed, unlinked }

    /// Makes a written version visible, atomically replacing whatever had its name; the replaced bytes wait in
    /// the trash for the grace period. `.unlinked` if the file was unlinked while it was written (then nothing
    /// becomes visible). The row is locked, so concurrent replacers serialize and the last commit wins whole; the
    /// version's reservation is deleted in the same transaction, which is how a commit whose reply was lost is told
    /// from one that never happened. `queueJob`: the version is final, so a raw file's processing job is queued.
    /// `keepReplaced`: the version replaced is kept in file_versions (else it goes to the trash, unless its meeting is
    /// on legal hold).
    /// `created`: what the create of a new file wrote, so rows a crash lost are written again (`restoreLostCreate`).
    public func commit(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool,
                       created: NewFile? = nil) throws -> CommitOutcome {
        do {
            return try commitRetryingLostReplies(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
        } catch let refused as DatabaseError where refused.sqlState == Self.refusedCollected {
            if let created, try restoreLostCreate(fileId: fileId, version, created) {
                do {
                    return try commitRetryingLostReplies(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
                } catch let again as DatabaseError where again.sqlState == Self.refusedCollected {}
            }
            throw FSError.io("the upload of file \(fileId) was collected (this mount's lease expired): not committed")
        }
    }

    private func commitRetryingLostReplies(fileId: Int64, _ version: CommittedVersion, queueJob: Bool,
                                           keepReplaced: Bool) throws -> CommitOutcome {
        var lastError: DatabaseError?
        for delay in [0, 0.1, 0.3, 1, 2, 4] {
            Thread.sleep(forTimeInterval: delay)
            if lastError != nil {
                // The connection broke (PostgreSQL restarted): the commit deletes its reservation in its own
                // transaction, so a reservation still there means it did not happen and is made again. One gone
                // with its key on no row was lost in a crash with the create's rows: the commit is refused as
                // collected, and `commit` restores them.
                guard let state = try? pool.read("""
                    SELECT EXISTS (SELECT 1 FROM upload_reservations WHERE id = $1) AS pending,
                           \(Self.keyHeld("$2")) AS held
                    """, [String(version.reservationId), version.s3Key]).first else { continue }
                if !state.bool("pending") && state.bool("held") { return .committed }
            }
            do {
                return try commitTransaction(fileId: fileId, version, queueJob: queueJob, keepReplaced: keepReplaced)
            } catch let error as DatabaseError where error.sqlState == nil {
                lastError = error
            }
        }
        throw lastError!
    }

    /// SQLSTATEs with which a commit's own check refuses it (Schema.v8's meetingfs_refuse).
    static let refusedUnlinked = "MFDEL", refusedCollected = "MFCOL"

    /// One round trip, as close waits for it: the row locked and checked, every change and the COMMIT in one
    /// pipeline. What the changes depend on (the file's place, a version to replace, its area) each statement reads
    /// from the locked row itself, so nothing has to come back before the rest is sent.
    private func commitTransaction(fileId: Int64, _ version: CommittedVersion, queueJob: Bool, keepReplaced: Bool) throws -> CommitOutcome {
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
                mtime = \(Self.timestamp("$7")), mtime_nsec = $9, ctime = now(), sse_key = $8 WHERE id = $1
            """, [String(fileId), version.s3Key, String(version.reservationId), String(version.size), version.etag,
                  version.sha256, String(version.mtime.microseconds), version.keyFingerprint,
                  String(version.mtime.extraNanoseconds)]))
        changes.append(("DELETE FROM upload_reservations WHERE id = $1", [String(version.reservationId)]))
        changes += Self.domainEffects(ofFile: fileId, queueJob: queueJob)
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
    private func restoreLostCreate(fileId: Int64, _ version: CommittedVersion, _ created: NewFile) throws -> Bool {
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
        } catch let error as DatabaseError where error.sqlState == nil {
            throw error  // PostgreSQL is away: the commit fails as it would have
        } catch is DatabaseError {
            // The ids were taken meanwhile, or the directory went: the version's key goes to the trash below.
        }
        try trashUnheld(version.s3Key)
        return false
    }

    /// Puts a key no row holds in the trash, so an object written for a version that will never commit is not
    /// left stray (a key some row holds is live data and stays).
    private func trashUnheld(_ key: String) throws {
        try pool.query("INSERT INTO object_trash (key) SELECT $1 WHERE NOT \(Self.keyHeld("$1")) ON CONFLICT DO NOTHING", [key])
    }

    /// What a commit changes besides the file, each statement picking its case from the file's row ($1): a write
    /// keeps its temp area alive for another time-to-live; artifacts get their row; a final raw version queues a
    /// transcription job and wakes the workers.
    private static func domainEffects(ofFile fileId: Int64, queueJob: Bool) -> [Statement] {
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
        if queueJob { effects.append(transcriptionJob(ofFile: fileId)) }
        return effects
    }

    /// A transcription job for a ready raw file (nothing for any other file), its meeting marked uploaded.
    static func transcriptionJob(ofFile fileId: Int64) -> Statement {
        ("""
            WITH file AS (SELECT id, meeting_id FROM files
                          WHERE id = $1 AND status = 'ready' AND area = 'raw' AND meeting_id IS NOT NULL),
                 job AS (INSERT INTO jobs (kind, meeting_id, file_id) SELECT 'transcribe', meeting_id, id FROM file RETURNING id),
                 uploaded AS (UPDATE meetings SET status = 'uploaded', updated_at = now()
                              WHERE id = (SELECT meeting_id FROM file) AND status = 'new')
            SELECT pg_notify('meetingfs_jobs', id::text) FROM job
            """, [String(fileId)])
    }

    /// Queues the job of a raw file committed earlier by fsync, now that its last writer closed it.
    public func queueJob(fileId: Int64) throws {
        let job = Self.transcriptionJob(ofFile: fileId)
        try pool.query(job.sql, job.parameters)
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

    /// Moves a temp directory; `replacing` names an empty directory at the target that it takes the place of
    /// (ENOTEMPTY if it holds anything), in the same transaction.
    public func renameTempDir(id: Int64, parentIno: UInt64, name: String,
                              replacing victim: (id: Int64, ino: UInt64)? = nil) throws {
        do {
            try pool.transaction { db in
                if let victim {
                    let busy = try db.query("""
                        SELECT 1 FROM files WHERE parent_ino = $1 AND status <> 'deleting'
                        UNION ALL SELECT 1 FROM temp_dirs WHERE parent_ino = $1
                        UNION ALL SELECT 1 FROM file_links WHERE parent_ino = $1 LIMIT 1
                        """, [String(victim.ino)])
                    if !busy.isEmpty { throw FSError.notEmpty }
                    try db.query("DELETE FROM files WHERE parent_ino = $1", [String(victim.ino)])
                    try db.query("DELETE FROM temp_dirs WHERE id = $1", [String(victim.id)])
                }
                try db.query("UPDATE temp_dirs SET parent_ino = $2, name = $3, ctime = now() WHERE id = $1",
                             [String(id), String(parentIno), name])
            }
        } catch let error as DatabaseError where error.sqlState == DatabaseError.uniqueViolation {
            throw FSError.exists
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
    private static func hideNamesake(at place: String, except fileId: String, _ parameters: [String?], keep: Bool) -> [Statement] {
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
    private static func replace(where condition: String, _ parameters: [String?], keep: Bool) -> [Statement] {
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
    private static let onHold = "EXISTS (SELECT 1 FROM meetings m WHERE m.id = files.meeting_id AND m.legal_hold)"

    /// The file goes with all its names (retention): its row stays 'deleting' until the reaper deletes its object.
    /// A file of a meeting on legal hold stays (EPERM).
    public func markDeleting(fileId: Int64) throws {
        let marked = try pool.query("""
            UPDATE files SET status = 'deleting', ctime = now() WHERE id = $1 AND NOT \(Self.onHold) RETURNING id
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
    private static func refuseLeavingHeldMeeting(fileId: Int64, for target: Int64?, on db: PostgresConnection) throws {
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

    // MARK: Reaping

    /// Objects past the grace period: replaced versions in the trash, and files marked 'deleting' (a row whose
    /// version file_versions keeps comes without its key: only the row goes).
    public func expiredObjects(grace: TimeInterval, limit: Int = 500) throws -> [(fileId: Int64?, key: String?)] {
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

    /// A time selected as its whole microseconds (`<name>_us`) and the nanoseconds beyond them (`<name>_nsec`).
    private static func time(_ row: Row, _ name: String) -> FileTime {
        FileTime(microseconds: row.int("\(name)_us"), extraNanoseconds: row.int("\(name)_nsec"))
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
            rdev: UInt64(bitPattern: row.int("rdev")), links: Int(row.int("links")))
    }

    /// Bytes and number of the committed files.
    public func usage() throws -> (bytes: Int64, files: Int64) {
        let row = try pool.read("SELECT coalesce(sum(size), 0) AS bytes, count(*) AS files FROM files WHERE status = 'ready'").first
        return (row?.int("bytes") ?? 0, row?.int("files") ?? 0)
    }

    /// Bytes of the kept previous versions, which take storage as the files do.
    public func keptVersionBytes() throws -> Int64 {
        try pool.read("SELECT coalesce(sum(size), 0) AS bytes FROM file_versions").first?.int("bytes") ?? 0
    }

    // MARK: Audit

    /// Adds audit rows in the order given; the table's trigger chains their hashes. Rows already written (a
    /// replay after a lost reply) are skipped.
    package func insertAudit(_ events: [AuditEvent]) throws {
        try pool.withConnection(idempotent: true) { try Self.insertAudit(events, on: $0) }
    }

    package static func insertAudit(_ events: [AuditEvent], on db: PostgresConnection) throws {
        guard !events.isEmpty else { return }
        var values: [String] = []
        var parameters: [String?] = []
        for event in events {
            let base = parameters.count
            values.append("(" + (1...10).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
            parameters += [event.id.uuidString, String(event.at), String(event.uid), event.userId.map(String.init),
                           event.userName, event.action, event.path, event.bytes.map(String.init), event.detail, event.result]
        }
        try db.query("""
            INSERT INTO audit_log (event_id, at, uid, user_id, user_name, action, path, bytes, detail, result)
            SELECT e::uuid, to_timestamp(a::double precision), u::bigint, i::bigint, n, ac, p, b::bigint, d, r
            FROM (VALUES \(values.joined(separator: ", "))) AS v (e, a, u, i, n, ac, p, b, d, r)
            """, parameters)
    }
}
