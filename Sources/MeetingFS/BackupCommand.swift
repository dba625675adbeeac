import ArgumentParser
import Foundation
import MeetingCrypto
import MeetingObjects
import MeetingOperations

/// The key that seals a backup: --key-file, else <state-dir>/backup.key (created by the first backup).
struct BackupKeyOptions: ParsableArguments {
    @Option(help: "File holding the 32-byte key that seals the backup; must not be readable by group or others (default: <state-dir>/backup.key, created by the first backup: keep a copy away from this machine).")
    var keyFile: String?

    func key(_ stack: StackOptions, create: Bool) throws -> [UInt8] {
        let given = try stack.value(keyFile, "MEETINGFS_BACKUP_KEY_FILE")
        let source = KeySource(given: given, option: "--key-file", stateDirectory: try stack.stateDirectory(), name: "backup.key")
        return create ? try source.load() : try KeyFile.load(given ?? source.stateFile, option: "--key-file")
    }
}

/// Where a backup is: the flag, else MEETINGFS_BACKUP_TARGET, else the config file's backup.target.
func backupTarget(_ given: String?, _ stack: StackOptions, option: String) throws -> String {
    guard let target = try stack.value(given, "MEETINGFS_BACKUP_TARGET") else {
        throw ValidationError("missing \(option) (or MEETINGFS_BACKUP_TARGET, or backup.target in the config file)")
    }
    return target
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Back up the database and every object it refers to, or verify a backup.",
        discussion: """
            Examples:
              meetingfs backup --to /backup/meetingfs --postgres-url "$OWNER_URL"
              meetingfs backup verify --from /backup/meetingfs
            Restore with `meetingfs restore`; the layout and the sealing are in docs/operations.md.
            """,
        subcommands: [Take.self, Verify.self, BackupList.self, BackupPrune.self], defaultSubcommand: Take.self)

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "take", abstract: "Take a consistent snapshot into a backup (the default subcommand).",
            discussion: """
                A pg_dump taken in the same PostgreSQL snapshot that lists the files, and every object those rows \
                refer to; an object already in the backup is not copied again. Every file is sealed with AES-256-GCM \
                and listed with its sha256 in the snapshot's manifest. Needs the database owner's URL (the mount \
                role cannot read the audit log).

                Examples:
                  meetingfs backup --to /backup/meetingfs --postgres-url "$OWNER_URL"
                  meetingfs backup --to s3://backups/meetingfs --postgres-url "$OWNER_URL"
                """)

        @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint (default: backup.target of the config file).") var to: String?
        @OptionGroup var key: BackupKeyOptions
        @OptionGroup var stack: StackOptions

        func run() throws {
            let to = try backupTarget(self.to, stack, option: "--to")
            let settings = try stack.settings(asOwner: true)
            try settings.preflight()
            let bar = ProgressLine()
            let summary = try Backup(location: to, s3: settings.s3, key: key.key(stack, create: true))
                .take(postgresURL: settings.postgresURL, objects: S3Client(config: settings.s3), bucket: settings.s3.bucket) {
                    bar.show("objects: \($0)/\($1)")
                }
            bar.finish()
            try Administration(pool: settings.makePool(capacity: 1)).record(
                "backup", path: "", bytes: summary.bytesCopied, detail: "\(to) snapshot \(summary.snapshot)")
            print("meetingfs backup: snapshot \(summary.snapshot) in \(to): \(summary.objects) objects, \(summary.copied) copied "
                  + "(\(summary.bytesCopied) bytes), \(summary.objects - summary.copied) already in the backup")
            try TaskMetrics.succeeded("backup", stack)
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-read a snapshot (the newest by default) and check every file's seal and sha256; exit 0 only if it is whole.",
            discussion: """
                Examples:
                  meetingfs backup verify --from /backup/meetingfs
                  meetingfs backup verify --from /backup/meetingfs --snapshot 20261205T101500.000Z
                  meetingfs backup verify --from /backup/meetingfs --all
                """)

        @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint (default: backup.target of the config file).") var from: String?
        @Option(help: "Check this snapshot (default: the newest).") var snapshot: String?
        @Flag(help: "Check every snapshot (each object once).") var all = false
        @OptionGroup var key: BackupKeyOptions
        @OptionGroup var stack: StackOptions

        func validate() throws {
            if all && snapshot != nil { throw ValidationError("--all and --snapshot exclude each other") }
        }

        func run() throws {
            let from = try backupTarget(self.from, stack, option: "--from")
            let s3 = try stack.settings().s3
            let bar = ProgressLine()
            let backup = try Backup(location: from, s3: s3, key: key.key(stack, create: false))
            let snapshots = try backup.snapshots()
            guard let newest = snapshots.last else { throw CommandError("\(from) holds no snapshot") }
            if let snapshot, !snapshots.contains(snapshot) { throw CommandError("\(from) holds no snapshot \(snapshot) (see meetingfs backup list)") }
            let checked = all ? nil : snapshot ?? newest
            let problems = try backup.verify(snapshot: checked) { bar.show("objects: \($0)/\($1)") }
            bar.finish()
            for problem in problems { print(problem) }
            print("meetingfs backup verify: \(problems.isEmpty ? "whole" : "\(problems.count) problems") "
                  + "(\(checked.map { "snapshot \($0)" } ?? "all \(snapshots.count) snapshots") in \(from))")
            if !problems.isEmpty { throw ExitCode.failure }
            try TaskMetrics.succeeded("backup_verify", stack)
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Rebuild an empty database and an empty bucket from a backup, or try a restore (--drill).",
        discussion: """
            The database (the owner's URL) must have no tables and the bucket no MeetingFS objects. The objects are \
            written anew and checked against the manifest's sha256; the rows get their new etags, and the database \
            is recorded as the new bucket's. Then mount as usual.

            --drill restores into a scratch database (meetingfs_drill_*, made with the owner's URL, which needs \
            CREATEDB) and a scratch bucket beside the stack's, reads every restored file (or --sample N of them) \
            back and compares its sha256 with its row's, removes the scratch, and exits 0 only if all matched. The \
            result is an audit row (restore-drill) and, with metrics.textfile_dir, a metric.

            Examples:
              meetingfs restore --from /backup/meetingfs --postgres-url "$NEW_OWNER_URL" --s3-bucket new --grant-to meetingfs_login
              meetingfs restore --drill --from /backup/meetingfs --postgres-url "$OWNER_URL" --sample 100
            """)

    @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint (default: backup.target of the config file).") var from: String?
    @Option(help: "The snapshot to restore (default: the newest).") var snapshot: String?
    @Option(help: "Login role to make a member of the mount role (repeatable).") var grantTo: [String] = []
    @Flag(help: "Restore into a scratch database and bucket, check the files' sha256, remove the scratch.") var drill = false
    @Option(help: "With --drill: check N files chosen at random (default: every file, or backup.drill_sample).") var sample: Int?
    @Flag(help: "With --drill: print the result as JSON.") var json = false
    @OptionGroup var key: BackupKeyOptions
    @OptionGroup var stack: StackOptions

    func validate() throws {
        if !drill && (sample != nil || json) { throw ValidationError("--sample and --json go with --drill") }
        if drill && !grantTo.isEmpty { throw ValidationError("--grant-to does not go with --drill (its scratch database is dropped)") }
        if let sample, sample < 1 { throw ValidationError("--sample must be 1 or more, got \(sample)") }
    }

    func run() throws {
        let from = try backupTarget(self.from, stack, option: "--from")
        if drill { return try runDrill(from) }
        let settings = try stack.settings()
        let objects = S3Client(config: settings.s3)
        try objects.createBucket()
        let bar = ProgressLine()
        let summary = try Backup(location: from, s3: settings.s3, key: key.key(stack, create: false))
            .restore(snapshot: snapshot, postgresURL: settings.postgresURL, objects: objects, bucket: settings.s3.bucket,
                     grantTo: grantTo) { bar.show("objects: \($0)/\($1)") }
        bar.finish()
        try Administration(pool: settings.makePool(capacity: 1)).record(
            "restore", path: "", bytes: summary.bytesCopied, detail: "\(from) snapshot \(summary.snapshot)")
        print("meetingfs restore: snapshot \(summary.snapshot) restored: \(summary.objects) objects (\(summary.bytesCopied) bytes)")
    }

    private func runDrill(_ from: String) throws {
        let settings = try stack.settings(asOwner: true)
        let sample = try self.sample ?? stack.value(nil, "MEETINGFS_BACKUP_DRILL_SAMPLE").flatMap { Int($0) }
        let bar = ProgressLine()
        let report: Backup.DrillReport
        do {
            report = try Backup(location: from, s3: settings.s3, key: key.key(stack, create: false))
                .drill(snapshot: snapshot, postgresURL: settings.postgresURL, s3: settings.s3, sample: sample) { bar.show("checked: \($0)/\($1)") }
        } catch {
            // A drill that could not even start failed too: its audit row and its metric say so.
            try? Administration(pool: settings.makePool(capacity: 1)).record("restore-drill", path: "", detail: "\(from): \(error)", result: "failed")
            try? TaskMetrics.outcome("restore_drill", passed: false, stack)
            throw error
        }
        bar.finish()
        let summary = "snapshot \(report.snapshot): \(report.checked) of \(report.files) files checked (\(report.bytesChecked) bytes), "
            + (report.passed ? "all matched" : "\(report.problems.count) problems")
        try Administration(pool: settings.makePool(capacity: 1)).record(
            "restore-drill", path: "", bytes: report.bytesChecked, detail: "\(from) \(summary)", result: report.passed ? "ok" : "failed")
        try TaskMetrics.outcome("restore_drill", passed: report.passed, stack)
        if json {
            try printJSON(report)
        } else {
            for problem in report.problems { print(problem) }
            print("meetingfs restore --drill: \(report.passed ? "passed" : "FAILED"): \(summary)")
        }
        if !report.passed { throw ExitCode.failure }
    }
}
