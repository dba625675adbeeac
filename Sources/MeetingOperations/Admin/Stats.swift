import Foundation
import MeetingObjects
import MeetingCatalog
import MeetingFileSystem

/// `meetingfs stats`: where the bytes are, by area, meeting and user, the bucket beside what the database refers
/// to, and the chunk cache beside its budget.
public struct Stats: Sendable, Codable {
    public struct Area: Sendable, Codable {
        public let area: String
        public let files: Int64
        public let bytes: Int64
        public let archivedFiles: Int64
        public let archivedBytes: Int64
        public let keptVersions: Int64
        public let keptVersionBytes: Int64
    }

    public struct Holder: Sendable, Codable {
        public let name: String
        public let files: Int64
        public let bytes: Int64
    }

    public struct Bucket: Sendable, Codable {
        public let objects: Int64
        public let bytes: Int64
        /// Objects the database refers to as ready files or kept versions.
        public let referencedObjects: Int64
        public let referencedBytes: Int64
    }

    public let areas: [Area]
    public let topMeetings: [Holder]
    public let users: [Holder]
    public let bucket: Bucket?
    public let cacheBytes: Int64
    public let cacheBudget: Int64
    /// Every quota with its use (`meetingfs quota`), fullest first.
    public let quotas: [QuotaUse]

    /// Bytes of the committed files and kept versions: what a capacity is measured against.
    public var storedBytes: Int64 { areas.reduce(0) { $0 + $1.bytes + $1.keptVersionBytes } }

    public static func collect(metadata: PostgresCatalog, objects: ObjectStore?, cacheDirectory: URL, cacheBudget: Int64,
                               top: Int) throws -> Stats {
        let pool = metadata.pool
        let versions = Dictionary(uniqueKeysWithValues: try pool.read(
            "SELECT area, count(*) AS n, coalesce(sum(size), 0) AS bytes FROM file_versions GROUP BY area").all.map {
            ($0.string("area"), ($0.int("n"), $0.int("bytes")))
        })
        let areas = try pool.read("""
            SELECT area, count(*) AS files, coalesce(sum(size), 0) AS bytes,
                   count(*) FILTER (WHERE archived_at IS NOT NULL) AS archived,
                   coalesce(sum(size) FILTER (WHERE archived_at IS NOT NULL), 0) AS archived_bytes
            FROM files WHERE status = 'ready' GROUP BY area
            """).all.map { row -> Area in
            let kept = versions[row.string("area")] ?? (0, 0)
            return Area(area: row.string("area"), files: row.int("files"), bytes: row.int("bytes"), archivedFiles: row.int("archived"),
                        archivedBytes: row.int("archived_bytes"), keptVersions: kept.0, keptVersionBytes: kept.1)
        }
        let byArea = Dictionary(uniqueKeysWithValues: areas.map { ($0.area, $0) })
        let ordered = ["raw", "audio", "artifacts", "profiles", "temp"].map { name in
            byArea[name] ?? Area(area: name, files: 0, bytes: 0, archivedFiles: 0, archivedBytes: 0,
                                 keptVersions: versions[name]?.0 ?? 0, keptVersionBytes: versions[name]?.1 ?? 0)
        }
        let holder = { (row: Row) in Holder(name: row.string("name"), files: row.int("files"), bytes: row.int("bytes")) }
        let meetings = try pool.read("""
            SELECT m.public_id AS name, count(f.id) AS files, coalesce(sum(f.size), 0) AS bytes
            FROM meetings m LEFT JOIN files f ON f.meeting_id = m.id AND f.status = 'ready'
            GROUP BY m.public_id ORDER BY 3 DESC, 1 LIMIT $1
            """, [String(top)]).all.map(holder)
        // A file belongs to the owner of its meeting or temp area, or to the user of its profile.
        let users = try pool.read("""
            WITH owned AS (
                SELECT f.size, coalesce(m.owner_id, f.user_id, t.owner_id) AS owner FROM files f
                LEFT JOIN meetings m ON m.id = f.meeting_id LEFT JOIN temp_areas t ON t.id = f.temp_area_id
                WHERE f.status = 'ready')
            SELECT coalesce(u.name, '(nobody)') AS name, count(*) AS files, coalesce(sum(owned.size), 0) AS bytes
            FROM owned LEFT JOIN users u ON u.id = owned.owner GROUP BY 1 ORDER BY 3 DESC, 1
            """).all.map(holder)
        return Stats(areas: ordered, topMeetings: meetings, users: users,
                     bucket: try objects.map { try bucketTotals($0, pool) },
                     cacheBytes: directoryBytes(cacheDirectory.appendingPathComponent("chunks")), cacheBudget: cacheBudget,
                     quotas: try QuotaUse.all(pool))
    }

    private static func bucketTotals(_ objects: ObjectStore, _ pool: PostgresPool) throws -> Bucket {
        var count: Int64 = 0, bytes: Int64 = 0
        for prefix in UploadCollector.prefixes {
            for object in try objects.list(prefix: prefix) {
                count += 1
                bytes += object.size
            }
        }
        let referenced = try pool.read("""
            SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM (
                SELECT size FROM files WHERE status = 'ready' UNION ALL SELECT size FROM file_versions) AS stored
            """).first
        return Bucket(objects: count, bytes: bytes, referencedObjects: referenced?.int("n") ?? 0, referencedBytes: referenced?.int("bytes") ?? 0)
    }

    private static func directoryBytes(_ directory: URL) -> Int64 {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.fileAllocatedSizeKey]) else { return 0 }
        var total: Int64 = 0
        for case let file as URL in walker {
            total += Int64((try? file.resourceValues(forKeys: [.fileAllocatedSizeKey]).fileAllocatedSize) ?? 0)
        }
        return total
    }
}
