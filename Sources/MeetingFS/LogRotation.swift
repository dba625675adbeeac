import Foundation
import Logging

/// A background daemon's log is its standard output and error, which its parent opened on the log file. It is
/// kept bounded: once the file passes `limit` bytes it becomes `<file>.1` (replacing the one before) and a new file
/// takes its place on both descriptors, so at most about twice the limit is ever on disk.
enum LogRotation {
    /// The variable by which the parent tells its daemon which file its output goes to.
    static let variable = "MEETINGFS_DAEMON_LOG"

    static func start(limit: Int64, every interval: TimeInterval = 5) {
        guard let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty else { return }
        let thread = Thread {
            while true {
                Thread.sleep(forTimeInterval: interval)
                rotateIfFull(path, limit: limit)
            }
        }
        thread.name = "meetingfs-log-rotation"
        thread.start()
    }

    static func rotateIfFull(_ path: String, limit: Int64) {
        var info = stat()
        guard stat(path, &info) == 0, Int64(info.st_size) > limit else { return }
        guard rename(path, path + ".1") == 0 else { return }
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o640)
        guard fd >= 0 else { return }
        dup2(fd, STDOUT_FILENO)
        dup2(fd, STDERR_FILENO)
        close(fd)
        Logger(label: "meetingfs").notice("log rotated", metadata: ["earlier_lines": "\(path).1"])
    }
}
