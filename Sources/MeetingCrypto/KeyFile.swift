import CCrypto
import Foundation

/// Where a key of this machine comes from: a file the admin made (given by an option), or one of that name
/// created on first use in the state directory.
public struct KeySource: Sendable {
    public let given: String?
    public let option: String
    public let stateFile: String

    public init(given: String?, option: String, stateDirectory: String, name: String) {
        self.given = given
        self.option = option
        stateFile = (stateDirectory as NSString).appendingPathComponent(name)
    }

    public func load() throws -> [UInt8] {
        if let given { return try KeyFile.load(given, option: option) }
        return try KeyFile.loadOrCreate(stateFile, option: "key file")
    }
}

/// A 32-byte key kept in a file only its owner may read: given (`--cache-key-file`), or created on first use.
public enum KeyFile {
    public static func load(_ path: String, option: String) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else { throw KeyFileError("\(option) \(path): \(String(cString: strerror(errno)))") }
        guard info.st_mode & 0o077 == 0 else {
            throw KeyFileError("\(option) \(path) is readable by group or others (mode \(String(info.st_mode & 0o777, radix: 8))): chmod 600 it")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw KeyFileError("\(option) \(path) is not readable") }
        guard data.count == AESGCM.keyLength else {
            throw KeyFileError("\(option) \(path) holds \(data.count) bytes; a key is 32 random bytes (head -c 32 /dev/urandom > \(path))")
        }
        return Array(data)
    }

    /// The key in `path`, created with 32 random bytes (mode 0600, written whole before it appears) if absent.
    public static func loadOrCreate(_ path: String, option: String) throws -> [UInt8] {
        if !FileManager.default.fileExists(atPath: path) {
            let directory = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            var key = [UInt8](repeating: 0, count: AESGCM.keyLength)
            guard RAND_bytes(&key, Int32(key.count)) == 1 else { throw KeyFileError("libcrypto has no randomness") }
            let temp = "\(path).\(UUID().uuidString)"
            let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw KeyFileError("cannot create \(path): \(String(cString: strerror(errno)))") }
            let written = write(fd, key, key.count) == key.count && fsync(fd) == 0
            close(fd)
            // link, not rename: a key another process created meanwhile is kept, never replaced.
            defer { unlink(temp) }
            guard written, link(temp, path) == 0 || errno == EEXIST else {
                throw KeyFileError("cannot create \(path): \(String(cString: strerror(errno)))")
            }
        }
        return try load(path, option: option)
    }

    /// A key's public name: the first 16 hex digits of the SHA-256 of the key, safe to store and show.
    public static func fingerprint(_ key: [UInt8]) -> String {
        String(Digest.hex(Digest.sha256(key)).prefix(16))
    }
}

public struct KeyFileError: Error, CustomStringConvertible {
    public let description: String
    package init(_ description: String) { self.description = description }
}
