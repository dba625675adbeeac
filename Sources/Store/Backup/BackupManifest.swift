import Foundation

/// What one snapshot of a backup holds; sealed like every other file in it (snapshots/<id>/manifest).
struct BackupManifest: Codable {
    struct Object: Codable {
        let key: String
        /// Its file in the backup: objects/<sha256 of the key>, shared by every snapshot that has the object.
        let file: String
        let size: Int64
        let sha256: String
    }

    var format = 1
    let id: String
    let created: Date
    let bucket: String
    let schemaVersion: Int
    let database: String
    let databaseSize: Int64
    let databaseSHA256: String
    let objects: [Object]

    static func objectFile(for key: String) -> String { "objects/" + Digest.hex(Digest.sha256(Array(key.utf8))) }
}
