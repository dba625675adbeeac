import Foundation
import MeetingCrypto

/// Anchors for the audit chain that the database never sees (issue 24): the newest row's id and hash, signed
/// with HMAC-SHA256 under a key of this host's state directory and appended to a file beside it. Whoever holds the
/// database owner's login can rewrite the chain and recompute every hash after the change, or cut its newest rows;
/// neither leaves the row a checkpoint names as it was, so `meetingfs audit verify` finds them.
public struct AuditCheckpoints: Sendable {
    public struct Checkpoint: Codable, Sendable, Equatable {
        /// The database whose log it anchors (one state directory may serve several).
        public let database: String
        public let id: Int64
        public let hash: String
        /// When it was taken, ISO 8601.
        public let at: String
        /// HMAC-SHA256 of database, id, hash and at (hex).
        public let mac: String
    }

    package let file: String
    package let key: [UInt8]

    /// `file`: the append-only list (one JSON object a line); `key`: 32 bytes only this host holds.
    public init(file: String, key: [UInt8]) {
        self.file = file
        self.key = key
    }

    /// This host's checkpoints: `<state>/audit-checkpoints.jsonl` signed with `<state>/audit.key` (created on first
    /// use), unless another file or key file is given.
    public static func of(stateDirectory state: String, file: String? = nil, keyFile: String? = nil) throws -> AuditCheckpoints {
        let key = try KeySource(given: keyFile, option: "--audit-key-file", stateDirectory: state, name: "audit.key").load()
        return AuditCheckpoints(file: file ?? (state as NSString).appendingPathComponent("audit-checkpoints.jsonl"), key: key)
    }

    /// Signs the newest row of `database`'s log and appends it, fsynced, to the file (created 0600). Rows are only
    /// ever added, so a newest row older than the last checkpoint's means the log lost rows (or whatever told the
    /// newest row lies): refused.
    public func append(database: String, id: Int64, hash: String, at date: Date = Date()) throws -> Checkpoint {
        if let last = try all(of: database).last, id < last.id {
            throw AuditCheckpointError("the newest audit row is \(id), older than row \(last.id) of the checkpoint of \(last.at): the log lost rows")
        }
        let at = ISO8601DateFormatter().string(from: date)
        let checkpoint = Checkpoint(database: database, id: id, hash: hash, at: at,
                                    mac: mac(database: database, id: id, hash: hash, at: at))
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

    /// The checkpoints of `database`'s log, oldest first; throws at any line of the file whose signature does not
    /// match (forged or altered), or at one that goes back to an older row than the one before it. No file: none.
    public func all(of database: String) throws -> [Checkpoint] {
        guard let data = FileManager.default.contents(atPath: file) else { return [] }
        let checkpoints = try data.split(separator: 0x0A).enumerated().map { index, line in
            guard let checkpoint = try? JSONDecoder().decode(Checkpoint.self, from: Data(line)),
                checkpoint.mac == mac(database: checkpoint.database, id: checkpoint.id, hash: checkpoint.hash, at: checkpoint.at)
            else { throw AuditCheckpointError("checkpoint \(index + 1) of \(file) is not signed by this key: forged or altered") }
            return checkpoint
        }.filter { $0.database == database }
        for (earlier, later) in zip(checkpoints, checkpoints.dropFirst()) where later.id < earlier.id {
            throw AuditCheckpointError("the checkpoint of \(later.at) names row \(later.id), older than row \(earlier.id) before it: the log lost rows")
        }
        return checkpoints
    }

    private func mac(database: String, id: Int64, hash: String, at: String) -> String {
        Digest.hex(Digest.hmacSHA256(key: key, Array("meetingfs audit checkpoint\u{1F}\(database)\u{1F}\(id)\u{1F}\(hash)\u{1F}\(at)".utf8)))
    }
}

public struct AuditCheckpointError: Error, CustomStringConvertible {
    public let description: String
    package init(_ description: String) { self.description = description }
}
