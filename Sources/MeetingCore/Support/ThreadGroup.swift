import Foundation

/// The process a thread belongs to. The kernel names the thread that made a FUSE request, and a process closes
/// its files from whichever of its threads runs last, so two requests come from one process when their threads'
/// groups are equal.
enum ThreadGroup {
    /// The thread group of `thread` (from /proc/<thread>/status), or `thread` itself when that cannot be read.
    package static func of(_ thread: Int32) -> Int32 {
        guard thread > 0, let status = try? String(contentsOfFile: "/proc/\(thread)/status", encoding: .utf8) else { return thread }
        for line in status.split(separator: "\n") where line.hasPrefix("Tgid:") {
            return Int32(line.dropFirst(5).trimmingCharacters(in: .whitespaces)) ?? thread
        }
        return thread
    }
}
