import Foundation
import MeetingCore
import MeetingCatalog

/// Kept versions and the archive, by path, for the command line: the same access checks as the mount, audited.
extension FileSystem {
    /// The kept versions of the file at `path`, newest first; for a caller who may read it.
    public func versions(path: String, caller: Caller) throws -> [FileVersion] {
        try audited("versions", caller, path: { path }) { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.read, on: try node(file.parentIno), for: who)
            return try database { try catalog.versions(parentIno: file.parentIno, name: file.name) }
        }
    }

    /// Makes kept version `version` of the file at `path` current; for a caller who may write it.
    public func restoreVersion(path: String, version: Int64, caller: Caller) throws {
        try audited("restore-version", caller, path: { path }, detail: "version \(version)") { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.write, on: try node(file.parentIno), for: who)
            try database { try catalog.restoreVersion(fileId: file.id, version: version) }
            forgetVersion(of: file)
        }
    }

    /// Moves the file at `path` into the archive, or with `back` out of it; false if it already was where asked.
    public func archive(path: String, back: Bool, caller: Caller) throws -> Bool {
        try audited(back ? "archive-restore" : "archive", caller, path: { path }) { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.write, on: try node(file.parentIno), for: who)
            guard let key = file.s3Key, let etag = file.etag else { throw FSError(EBUSY, "the file is still being written") }
            let stored = StoredFile(id: file.id, path: path, name: file.name, key: key, etag: etag, size: file.size, sha256: file.sha256)
            let archive = Archive(catalog: catalog, objects: objects)
            defer { forgetVersion(of: file) }
            return try back ? archive.bringBack(stored) : archive.move(stored)
        }
    }

    /// This mount's own change of a file's object is dropped from its caches as another mount's would be.
    private func forgetVersion(of file: FileRecord) {
        forget([RowChange(table: "files", id: file.id, oldParent: file.parentIno, oldName: file.name,
                          newParent: file.parentIno, newName: file.name)])
    }

    /// The committed file at `path`, walked as the kernel would.
    private func fileAt(path: String, caller: Caller) throws -> FileRecord {
        guard case .file(let id) = try node(try resolve(path: path, caller: caller)) else { throw FSError.isDirectory }
        let file = try fileRow(id)
        guard file.isReady else { throw FSError(EBUSY, "the file is still being written") }
        return file
    }
}
