import Foundation
import MeetingCore

/// Meetings, users, temp areas and temp directories: the directories backed by rows.
extension PostgresCatalog {
    // MARK: Directories backed by rows

    static let directoryColumns = """
        id, %@ AS name, %@ AS owner_id, mode, uid, gid, \(microseconds("updated_at")) AS mtime_us,
        \(microseconds("%@")) AS ctime_us, %@ AS mtime_nsec, \(microseconds("%@")) AS atime_us, %@ AS atime_nsec,
        %@ AS subdirectories
        """

    /// A timestamptz column as whole microseconds since the epoch (exact: extract gives a numeric).
    package static func microseconds(_ column: String) -> String { "(extract(epoch FROM \(column)) * 1000000)::bigint" }

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
            // kept versions) wait out the same grace in the trash, for readers that still hold them. Versions kept
            // under the directory's paths go too: file_versions has no foreign key to a temp directory, and a row
            // left behind would name an object the reaper deletes.
            let deletedHere = "SELECT id FROM files WHERE parent_ino = ANY($1::bigint[]) AND status = 'deleting'"
            try db.query("""
                INSERT INTO object_trash (key, trashed_at)
                SELECT s3_key, ctime FROM files WHERE parent_ino = ANY($1::bigint[]) AND status = 'deleting' AND s3_key IS NOT NULL
                UNION ALL
                SELECT v.s3_key, f.ctime FROM file_versions v JOIN files f ON f.id = v.file_id
                WHERE f.parent_ino = ANY($1::bigint[]) AND f.status = 'deleting'
                UNION ALL
                SELECT s3_key, now() FROM file_versions WHERE parent_ino = ANY($1::bigint[])
                ON CONFLICT DO NOTHING
                """, [inos])
            try db.query("DELETE FROM file_versions WHERE parent_ino = ANY($1::bigint[]) OR file_id IN (\(deletedHere))", [inos])
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

    static func ensureEmpty(_ inos: String, on db: PostgresConnection) throws {
        let busy = try db.query("""
            SELECT 1 FROM files WHERE parent_ino = ANY($1::bigint[])
                AND (status = 'ready' OR status = 'uploading' AND mount_id IN (\(Self.liveMounts)))
            UNION ALL SELECT 1 FROM temp_dirs WHERE parent_ino = ANY($1::bigint[])
            UNION ALL SELECT 1 FROM file_links WHERE parent_ino = ANY($1::bigint[]) LIMIT 1
            """, [inos])
        if !busy.isEmpty { throw FSError.notEmpty }
    }

    static func refuseHeld(meeting id: Int64, on db: PostgresConnection) throws {
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

    func insertDirectory(_ table: DirectoryTable, _ sql: String, _ parameters: [String?]) throws -> DirectoryRecord {
        let id = try pool.withConnection { try Self.insertReturningId($0, sql, parameters) }
        guard let record = try directory(table, id: id) else { throw FSError.io("inserted row vanished") }
        return record
    }

    static func insertReturningId(_ db: PostgresConnection, _ sql: String, _ parameters: [String?]) throws -> Int64 {
        do {
            return try db.query(sql, parameters).first!.int("id")
        } catch let error as DatabaseError where error.sqlState == DatabaseError.uniqueViolation {
            throw FSError.exists
        }
    }

    static func directory(_ row: Row) -> DirectoryRecord {
        DirectoryRecord(
            id: row.int("id"), name: row.string("name"), ownerId: row.optionalInt("owner_id"),
            mode: UInt32(row.int("mode")), uid: UInt32(row.int("uid")), gid: UInt32(row.int("gid")),
            mtime: Self.time(row, "mtime"),
            ctime: FileTime(microseconds: row.int("ctime_us"), extraNanoseconds: 0),
            atime: Self.time(row, "atime"), areaId: row.optionalInt("area_id"),
            parentIno: row.optionalInt("parent_ino").map { UInt64($0) }, subdirectories: Int(row.int("subdirectories")))
    }

    /// Moves a temp directory; `replacing` names an empty directory at the target that it takes the place of
    /// (ENOTEMPTY if it holds anything), in the same transaction.
    public func renameTempDir(id: Int64, parentIno: UInt64, name: String,
                              replacing victim: (id: Int64, ino: UInt64)?) throws {
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

    /// A time selected as its whole microseconds (`<name>_us`) and the nanoseconds beyond them (`<name>_nsec`).
    static func time(_ row: Row, _ name: String) -> FileTime {
        FileTime(microseconds: row.int("\(name)_us"), extraNanoseconds: row.int("\(name)_nsec"))
    }
}

/// How PostgresCatalog selects each table's rows as DirectoryRecords.
extension DirectoryTable {
    var nameColumn: String { self == .users || self == .tempDirs ? "name" : "public_id" }
    var ownerColumn: String { self == .users ? "id" : self == .tempDirs ? "NULL::bigint" : "owner_id" }
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
        String(format: PostgresCatalog.directoryColumns, nameColumn, ownerColumn, isTemp ? "ctime" : "updated_at",
               isTemp ? "mtime_nsec" : "0", isTemp ? "atime" : "updated_at", isTemp ? "atime_nsec" : "0",
               subdirectoryCount) + extraColumns + " FROM \(rawValue)"
    }
}
