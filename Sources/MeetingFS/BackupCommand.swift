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
        let source = KeySource(given: keyFile, option: "--key-file", stateDirectory: try stack.stateDirectory(), name: "backup.key")
        return create ? try source.load() : try KeyFile.load(keyFile ?? source.stateFile, option: "--key-file")
    }
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
        subcommands: [Take.self, Verify.self], defaultSubcommand: Take.self)

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

        @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint.") var to: String
        @OptionGroup var key: BackupKeyOptions
        @OptionGroup var stack: StackOptions

        func run() throws {
            let settings = try stack.settings()
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
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-read a backup and check every file's seal and sha256; exit 0 only if it is whole.",
            discussion: "Example: meetingfs backup verify --from /backup/meetingfs")

        @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint.") var from: String
        @Option(help: "Check only this snapshot (default: all).") var snapshot: String?
        @OptionGroup var key: BackupKeyOptions
        @OptionGroup var stack: StackOptions

        func run() throws {
            let s3 = try stack.settings().s3
            let bar = ProgressLine()
            let backup = try Backup(location: from, s3: s3, key: key.key(stack, create: false))
            let problems = try backup.verify(snapshot: snapshot) { bar.show("objects: \($0)/\($1)") }
            bar.finish()
            for problem in problems { print(problem) }
            print("meetingfs backup verify: \(problems.isEmpty ? "whole" : "\(problems.count) problems") (\(try backup.snapshots().count) snapshots in \(from))")
            if !problems.isEmpty { throw ExitCode.failure }
        }
    }
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Rebuild an empty database and an empty bucket from a backup.",
        discussion: """
            The database (the owner's URL) must have no tables and the bucket no MeetingFS objects. The objects are \
            written anew and checked against the manifest's sha256; the rows get their new etags, and the database \
            is recorded as the new bucket's. Then mount as usual.

            Example: meetingfs restore --from /backup/meetingfs --postgres-url "$NEW_OWNER_URL" --s3-bucket new --grant-to meetingfs_login
            """)

    @Option(help: "A directory, or s3://BUCKET/PREFIX on the S3 endpoint.") var from: String
    @Option(help: "The snapshot to restore (default: the newest).") var snapshot: String?
    @Option(help: "Login role to make a member of the mount role (repeatable).") var grantTo: [String] = []
    @OptionGroup var key: BackupKeyOptions
    @OptionGroup var stack: StackOptions

    func run() throws {
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
}
