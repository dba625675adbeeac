import Foundation
import MeetingCrypto

/// What one snapshot of a backup holds; sealed like every other file in it (snapshots/<id>/manifest).
struct BackupManifest: Codable {
    struct Object: Codable {
        package let key: String
        /// Its file in the backup: objects/<sha256 of the key>, shared by every snapshot that has the object.
        package let file: String
        package let size: Int64
        package let sha256: String
    }

    package var format = 1
    package let id: String
    package let created: Date
    package let bucket: String
    let schemaVersion: Int
    package let database: String
    let databaseSize: Int64
    let databaseSHA256: String
    package let objects: [Object]

    static func objectFile(for key: String) -> String { "objects/" + Digest.hex(Digest.sha256(Array(key.utf8))) }
}
