import Foundation
import MeetingCore

/// Audit events that could not reach PostgreSQL, one JSON line each, in a file of the mount's own under
/// `<cache>/audit` (held by an flock while the mount lives). Replayed in order once the database answers again,
/// by this mount, or by the next one using the same cache directory if this one died.
final class AuditSpill: Sendable {
    package let directory: URL
    package let file: URL
    private let lockDescriptor: Int32

    package init(directory: URL, mountId: UUID) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        file = directory.appendingPathComponent("\(mountId.uuidString).jsonl")
        // Held until the process exits, so no other mount replays a file this one still appends to.
        lockDescriptor = open(file.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockDescriptor >= 0, flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw FSError(errno, "cannot lock \(file.path).lock")
        }
    }

    /// Appends events and syncs them to disk.
    package func append(_ events: [AuditEvent]) throws {
        let encoder = JSONEncoder()
        var data = Data()
        for event in events {
            data.append(try encoder.encode(event))
            data.append(0x0A)
        }
        let fd = open(file.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FSError(errno, "cannot open \(file.path)") }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(fd) == 0 else { throw FSError(errno == 0 ? EIO : errno, "cannot append to \(file.path)") }
    }

    /// Spill files waiting for replay: this mount's, and those of mounts that ended (their lock is free).
    package func pendingFiles() -> [URL] {
        let entries = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return entries.filter { $0.pathExtension == "jsonl" }.filter { $0 == file || !isHeld($0) }.sorted { $0.path < $1.path }
    }

    package func events(in spilled: URL) -> [AuditEvent] {
        guard let text = try? String(contentsOf: spilled, encoding: .utf8) else { return [] }
        let decoder = JSONDecoder()
        // A line cut short by a crash mid-append is skipped: its events were never acknowledged to anyone.
        return text.split(separator: "\n").compactMap { try? decoder.decode(AuditEvent.self, from: Data($0.utf8)) }
    }

    package func remove(_ spilled: URL) {
        try? FileManager.default.removeItem(at: spilled)
        if spilled != file { try? FileManager.default.removeItem(atPath: spilled.path + ".lock") }
    }

    private func isHeld(_ spilled: URL) -> Bool {
        let fd = open(spilled.path + ".lock", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return flock(fd, LOCK_EX | LOCK_NB) != 0
    }
}
