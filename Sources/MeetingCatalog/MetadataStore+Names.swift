import Foundation
import MeetingCore

/// Names in temp areas beyond a file's first: hard links (Schema.v10), and the check that a name is free.
extension MetadataStore {
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
