import Foundation
import MeetingCore
import MeetingFileSystem

/// Whole files through the FileSystem API, as `cp` and `cat` would: for tests that drive a FileSystem without FUSE.
extension FileSystem {
    /// Writes `body` as the whole of `name` in `parent` (create or truncate, write, close) as `caller`; its inode.
    @discardableResult
    package func writeWhole(_ name: String, _ body: Data, in parent: UInt64, as caller: Caller) throws -> UInt64 {
        let (attributes, opened) = try create(parent: parent, name: name, permissions: 0o644, flags: O_WRONLY | O_CREAT | O_TRUNC,
                                              caller: caller)
        defer { release(handle: opened.handle) }
        _ = try body.withUnsafeBytes { try write(handle: opened.handle, offset: 0, bytes: $0) }
        try flush(handle: opened.handle, caller: caller)
        return attributes.ino
    }

    /// The whole of file `ino`, read as `caller`.
    package func readWhole(_ ino: UInt64, as caller: Caller) throws -> Data {
        let opened = try open(ino: ino, flags: O_RDONLY, caller: caller)
        defer { release(handle: opened.handle) }
        return try read(handle: opened.handle, offset: 0, count: Int(try getattr(ino: ino, caller: caller).size))
    }
}
