import Foundation
import MeetingObjects
import MeetingCatalog

/// Archived files keep their path, row and sha256; only their object moves, under `archive/` in the same bucket,
/// which an operator places on colder storage (docs/operations.md). Each move copies through this process, checks
/// the sha256, then switches the row if it still names the original; the original waits in the trash.
package struct Archive {
    package static let prefix = "archive/"

    package let catalog: any Catalog
    package let objects: ObjectStore

    /// Moves a file's object into the archive; false if the file changed meanwhile (the copy is deleted again).
    package func move(_ file: StoredFile) throws -> Bool {
        guard !file.key.hasPrefix(Self.prefix) else { return false }
        return try relocate(file, to: Self.prefix + file.key, archived: true)
    }

    /// Brings an archived file's object back beside the others, under a key of its own (the original key may
    /// still be in the trash, waiting for readers).
    func bringBack(_ file: StoredFile) throws -> Bool {
        guard file.key.hasPrefix(Self.prefix) else { return false }
        let base = String(file.key.dropFirst(Self.prefix.count))
            .replacingOccurrences(of: #"~r[0-9]+$"#, with: "", options: .regularExpression)
        return try relocate(file, to: "\(base)~r\(Int64(Date().timeIntervalSince1970 * 1000))", archived: false)
    }

    private func relocate(_ file: StoredFile, to target: String, archived: Bool) throws -> Bool {
        let etag = try ObjectCopier(reader: objects, writer: objects)
            .copy(key: file.key, etag: file.etag, size: file.size, name: file.name, to: target, expectedSHA256: file.sha256)
        let switched = try catalog.switchObject(fileId: file.id, from: file.key, to: target, etag: etag,
                                                 keyFingerprint: objects.writeKeyFingerprint, archived: archived)
        if !switched { try? objects.delete(key: target) }
        return switched
    }

    package init(catalog: any Catalog, objects: ObjectStore) {
        self.catalog = catalog
        self.objects = objects
    }
}
