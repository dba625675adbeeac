import ArgumentParser
import Foundation
import MeetingOperations

struct BackupList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List a backup's snapshots: id, time, files, bytes.",
        discussion: "Example: meetingfs backup list --from /backup/meetingfs --json")

    @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint (default: backup.target of the config file).") var from: String?
    @Flag(help: "Print the snapshots as JSON.") var json = false
    @OptionGroup var key: BackupKeyOptions
    @OptionGroup var stack: StackOptions

    func run() throws {
        let from = try backupTarget(self.from, stack, option: "--from")
        let snapshots = try Backup(location: from, s3: try stack.settings().s3, key: key.key(stack, create: false)).list()
        if json { return try printJSON(snapshots) }
        let time = ISO8601DateFormatter()
        print(table(["ID", "TIME", "FILES", "BYTES"], snapshots.map { [$0.id, time.string(from: $0.time), "\($0.files)", "\($0.bytes)"] }))
    }
}

struct BackupPrune: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune", abstract: "Remove the snapshots a retention policy does not keep, and the objects no kept snapshot needs.",
        discussion: """
            A snapshot is kept by any rule that keeps it: the newest --keep-last, and the newest snapshot of each of \
            the newest --keep-daily days, --keep-weekly ISO weeks and --keep-monthly months (UTC). Without flags the \
            config file's backup.keep_* apply, and without those --keep-daily 7 --keep-weekly 4 --keep-monthly 12. Each snapshot's manifest names every object it needs, so removing one \
            breaks no other; an object goes only when no kept snapshot names it.

            Examples:
              meetingfs backup prune --from /backup/meetingfs --keep-last 3 --dry-run
              meetingfs backup prune --from /backup/meetingfs --keep-daily 7 --keep-weekly 4 --keep-monthly 12
            """)

    @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint (default: backup.target of the config file).") var from: String?
    @Option(help: "Keep the newest N snapshots.") var keepLast: Int?
    @Option(help: "Keep the newest snapshot of each of the newest N days.") var keepDaily: Int?
    @Option(help: "Keep the newest snapshot of each of the newest N ISO weeks.") var keepWeekly: Int?
    @Option(help: "Keep the newest snapshot of each of the newest N months.") var keepMonthly: Int?
    @Flag(help: "Say what would be removed, and remove nothing.") var dryRun = false
    @Flag(help: "Print the report as JSON.") var json = false
    @OptionGroup var key: BackupKeyOptions
    @OptionGroup var stack: StackOptions

    func validate() throws {
        for (name, value) in [("--keep-last", keepLast), ("--keep-daily", keepDaily), ("--keep-weekly", keepWeekly), ("--keep-monthly", keepMonthly)] {
            if let value, value < 0 { throw ValidationError("\(name) must be 0 or more, got \(value)") }
        }
    }

    /// The flags if any is given, else the config file's backup.keep_* if any is set, else the standard policy.
    private func retention() throws -> BackupRetention {
        if [keepLast, keepDaily, keepWeekly, keepMonthly].contains(where: { $0 != nil }) {
            return BackupRetention(last: keepLast ?? 0, daily: keepDaily ?? 0, weekly: keepWeekly ?? 0, monthly: keepMonthly ?? 0)
        }
        let variables = ["MEETINGFS_BACKUP_KEEP_LAST", "MEETINGFS_BACKUP_KEEP_DAILY", "MEETINGFS_BACKUP_KEEP_WEEKLY", "MEETINGFS_BACKUP_KEEP_MONTHLY"]
        let configured = try variables.map { try stack.value(nil, $0).flatMap { Int($0) } }
        guard configured.contains(where: { $0 != nil }) else { return .standard }
        return BackupRetention(last: configured[0] ?? 0, daily: configured[1] ?? 0, weekly: configured[2] ?? 0, monthly: configured[3] ?? 0)
    }

    func run() throws {
        let from = try backupTarget(self.from, stack, option: "--from")
        let backup = try Backup(location: from, s3: try stack.settings().s3, key: key.key(stack, create: false))
        let retention = try retention()
        guard retention.keepsSomething else {
            throw ValidationError("give a retention policy (--keep-last, --keep-daily, --keep-weekly, --keep-monthly or the config file's backup.keep_*): one that keeps nothing would remove every snapshot")
        }
        let report = try backup.prune(retention, dryRun: dryRun)
        if json {
            try printJSON(report)
        } else {
            let verb = dryRun ? "would remove" : "removed"
            for id in report.removed { print("\(verb) snapshot \(id)") }
            for id in report.unfinished { print("\(verb) unfinished snapshot \(id)") }
            print("meetingfs backup prune: \(dryRun ? "dry run, nothing removed; " : "")kept \(report.kept.count) snapshots, "
                  + "\(verb) \(report.removed.count) and \(report.objectsRemoved) objects (\(report.bytesFreed) bytes)")
        }
        if !dryRun { try TaskMetrics.succeeded("backup_prune", stack) }
    }
}
