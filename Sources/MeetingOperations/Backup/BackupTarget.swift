import Foundation
import MeetingObjects

/// Where a backup lives: a directory, or a prefix in an S3 bucket. Files are written whole or not at all, and
/// read back in pieces, so neither side holds more than a block in memory.
protocol BackupTarget: Sendable {
    func exists(_ name: String) throws -> Bool
    /// Writes `name` from what `produce` hands to its sink; visible only once complete.
    func write(_ name: String, _ produce: (_ sink: @escaping (Data) throws -> Void) throws -> Void) throws
    /// A reader of `name`: each call returns the next bytes, as many as asked, fewer only at the end.
    func reader(_ name: String) throws -> (Int) throws -> Data
    /// Names under `prefix`.
    func list(prefix: String) throws -> [String]
    /// Removes `name` and everything under it; nothing if it is gone.
    func remove(_ name: String) throws
    var description: String { get }
    /// Runs `body` as the only writer of the backup (a backup and a prune at once would let the prune remove an
    /// object the backup found already there); refuses at once if another holds it.
    func exclusively<T>(_ body: () throws -> T) throws -> T
    /// Whether `exclusively` really excludes (a directory's flock); an S3 prefix has no lock.
    var locks: Bool { get }
}

/// A backup directory: files 0600 in directories 0700, each written to a temporary name, synced, then renamed.
struct DirectoryTarget: BackupTarget {
    package let root: URL

    package var description: String { root.path }
    package var locks: Bool { true }

    private func url(_ name: String) -> URL { root.appendingPathComponent(name) }

    package func exists(_ name: String) throws -> Bool { FileManager.default.fileExists(atPath: url(name).path) }

    package func write(_ name: String, _ produce: (_ sink: @escaping (Data) throws -> Void) throws -> Void) throws {
        let final = url(name)
        try FileManager.default.createDirectory(at: final.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else { throw BackupError("cannot write \(temporary.path)") }
        do {
            try produce { try handle.write(contentsOf: $0) }
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, final.path) == 0 else { throw BackupError("cannot rename to \(final.path): \(String(cString: strerror(errno)))") }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    package func reader(_ name: String) throws -> (Int) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: url(name).path) else { throw BackupError("\(url(name).path) is missing") }
        return { count in try handle.read(upToCount: count) ?? Data() }
    }

    package func list(prefix: String) throws -> [String] {
        let base = url(prefix)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: base.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.map { prefix + $0 }.sorted()
    }

    package func exclusively<T>(_ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(url(".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BackupError("cannot open \(url(".lock").path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw BackupError("another backup or prune is writing \(root.path) (it holds \(url(".lock").path)); try again when it ends")
        }
        return try body()
    }

    package func remove(_ name: String) throws {
        guard FileManager.default.fileExists(atPath: url(name).path) else { return }
        try FileManager.default.removeItem(at: url(name))
    }
}

/// A backup under s3://BUCKET/PREFIX/, each file one object (multipart past a part's size).
struct S3Target: BackupTarget {
    package let objects: S3Client
    package let prefix: String
    package let bucket: String

    package var description: String { "s3://\(bucket)/\(prefix)" }
    package var locks: Bool { false }

    package func exists(_ name: String) throws -> Bool { try objects.head(key: prefix + name) != nil }

    package func write(_ name: String, _ produce: (_ sink: @escaping (Data) throws -> Void) throws -> Void) throws {
        _ = try StreamingUpload.write(objects: objects, key: prefix + name, contentType: "application/octet-stream", produce)
    }

    package func reader(_ name: String) throws -> (Int) throws -> Data {
        let key = prefix + name
        guard let info = try objects.head(key: key) else { throw BackupError("\(description)\(name) is missing") }
        var offset: Int64 = 0
        return { count in
            let length = Int(min(Int64(count), info.size - offset))
            guard length > 0 else { return Data() }
            let data = try objects.get(key: key, offset: offset, length: length, ifMatch: info.etag)
            offset += Int64(data.count)
            return data
        }
    }

    package func list(prefix sub: String) throws -> [String] {
        // Names one level below `sub`, as a directory listing would give them.
        let found = try objects.list(prefix: prefix + sub).map { String($0.key.dropFirst(prefix.count + sub.count)) }
        return Set(found.compactMap { $0.split(separator: "/").first.map { sub + $0 } }).sorted()
    }

    /// S3 has no lock: the timers run backup and prune one after the other in one service (docs/operations.md).
    package func exclusively<T>(_ body: () throws -> T) throws -> T { try body() }

    package func remove(_ name: String) throws {
        for object in try objects.list(prefix: prefix + name) where object.key == prefix + name || object.key.hasPrefix(prefix + name + "/") {
            try objects.delete(key: object.key)
        }
    }
}

public struct BackupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
