import Foundation

/// Anchors for the audit chain that the database never sees (issue 24): the newest row's id and hash, signed
/// with HMAC-SHA256 under a key of this host's state directory and appended to a file beside it. Whoever holds the
/// database owner's login can rewrite the chain and recompute every hash after the change, or cut its newest rows;
/// neither leaves the row a checkpoint names as it was, so `meetingfs audit verify` finds them.
public struct AuditCheckpoints: Sendable {
    public struct Checkpoint: Codable, Sendable, Equatable {
        public let id: Int64
        public let hash: String
        /// When it was taken, ISO 8601.
        public let at: String
        /// HMAC-SHA256 of id, hash and at (hex).
        public let mac: String
    }

    let file: String
    let key: [UInt8]

    /// `file`: the append-only list (one JSON object a line); `key`: 32 bytes only this host holds.
    public init(file: String, key: [UInt8]) {
        self.file = file
        self.key = key
    }

    /// Signs `head` (the newest row) and appends it, fsynced, to the file (created 0600).
    public func append(id: Int64, hash: String, at date: Date = Date()) throws -> Checkpoint {
        let at = ISO8601DateFormatter().string(from: date)
        let checkpoint = Checkpoint(id: id, hash: hash, at: at, mac: mac(id: id, hash: hash, at: at))
        var line = try JSONEncoder().encode(checkpoint)
        line.append(0x0A)
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AuditCheckpointError("cannot write \(file): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let written = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(fd) == 0 else {
            throw AuditCheckpointError("cannot write \(file): \(String(cString: strerror(errno)))")
        }
        return checkpoint
    }

    /// Every checkpoint in the file, oldest first; throws at one whose signature does not match (forged or
    /// altered). No file: none.
    public func all() throws -> [Checkpoint] {
        guard let data = FileManager.default.contents(atPath: file) else { return [] }
        return try data.split(separator: 0x0A).enumerated().map { index, line in
            guard let checkpoint = try? JSONDecoder().decode(Checkpoint.self, from: Data(line)),
                checkpoint.mac == mac(id: checkpoint.id, hash: checkpoint.hash, at: checkpoint.at)
            else { throw AuditCheckpointError("checkpoint \(index + 1) of \(file) is not signed by this key: forged or altered") }
            return checkpoint
        }
    }

    private func mac(id: Int64, hash: String, at: String) -> String {
        Digest.hex(Digest.hmacSHA256(key: key, Array("meetingfs audit checkpoint\u{1F}\(id)\u{1F}\(hash)\u{1F}\(at)".utf8)))
    }
}

public struct AuditCheckpointError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
