import Foundation

/// What a scheduled task (gc, backup, backup verify, prune, restore drill, maintain) leaves for Prometheus: files
/// in node_exporter's textfile directory (metrics.textfile_dir), each replaced whole by a rename so the collector
/// never reads half of one. `meetingfs_<task>_last_success_timestamp_seconds` moves only on success; the alert
/// rules in docs/alerts-timers.yml fire when it grows older than the task's schedule allows.
enum TaskMetrics {
    /// Records a success of `task` (snake_case, e.g. "backup_verify") if a textfile directory is configured.
    static func succeeded(_ task: String, _ stack: StackOptions) throws {
        try write(task, stack, [("last_success_timestamp_seconds", "Unix time of the last successful meetingfs \(task.replacingOccurrences(of: "_", with: " ")).", Date().timeIntervalSince1970)])
    }

    /// Records the outcome of a run that may fail without throwing its failure away (the restore drill).
    static func outcome(_ task: String, passed: Bool, _ stack: StackOptions) throws {
        try write(task + "_result", stack, [
            ("last_run_timestamp_seconds", "Unix time of the last meetingfs \(task.replacingOccurrences(of: "_", with: " ")), passed or not.", Date().timeIntervalSince1970),
            ("passed", "1 if the last meetingfs \(task.replacingOccurrences(of: "_", with: " ")) passed, 0 if it failed.", passed ? 1 : 0),
        ], prefix: task)
        if passed { try succeeded(task, stack) }
    }

    private static func write(_ file: String, _ stack: StackOptions, _ samples: [(String, String, Double)], prefix: String? = nil) throws {
        guard let directory = try stack.value(nil, "MEETINGFS_METRICS_TEXTFILE_DIR") else { return }
        let text = samples.map { suffix, help, value in
            let name = "meetingfs_\(prefix ?? file)_\(suffix)"
            return "# HELP \(name) \(help)\n# TYPE \(name) gauge\n\(name) \(String(format: "%.3f", value))\n"
        }.joined()
        let final = URL(fileURLWithPath: directory).appendingPathComponent("meetingfs_\(file).prom")
        // A new name of our own (O_EXCL, no symlink followed), replaced into place: whoever else may write the
        // directory (node_exporter's user) cannot point it at another file.
        let temporary = URL(fileURLWithPath: directory).appendingPathComponent(".meetingfs_\(file).\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        let bytes = Array(text.utf8)
        let written = descriptor >= 0 ? Glibc.write(descriptor, bytes, bytes.count) : -1
        if descriptor >= 0 { fchmod(descriptor, 0o644); close(descriptor) }
        guard written == bytes.count, rename(temporary.path, final.path) == 0 else {
            // The task itself succeeded: say so, and let the alert on its stale timestamp tell the rest.
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            FileHandle.standardError.write(Data("meetingfs: warning: cannot write \(final.path) (metrics.textfile_dir): \(reason)\n".utf8))
            return
        }
    }
}
