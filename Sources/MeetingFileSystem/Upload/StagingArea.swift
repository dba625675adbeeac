import Foundation
import MeetingCore

/// Each mount stages its writes in a directory of its own under `<cache>/staging`, held by an flock for the life
/// of the process. Mounts may share a cache directory: at start, a mount removes only the staging directories
/// whose lock nobody holds (their mount ended, so nothing refers to their files).
package enum StagingArea {
    package static func claim(root: URL, mountId: UUID) throws -> URL {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        removeAbandoned(in: root)
        let mine = root.appendingPathComponent(mountId.uuidString)
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        // Held until the process exits: the descriptor is deliberately never closed.
        let fd = open(mine.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0, flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            throw FSError(errno, "cannot lock staging directory \(mine.path)")
        }
        return mine
    }

    private static func removeAbandoned(in root: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)) ?? []
        for entry in entries {
            let fd = open(entry.appendingPathComponent(".lock").path, O_RDWR | O_CLOEXEC)
            if fd >= 0 {
                defer { close(fd) }
                guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }  // a running mount's
            }
            try? FileManager.default.removeItem(at: entry)  // also staging files of the layout before per-mount directories
        }
    }
}
