import ArgumentParser
import Foundation
import MeetingOperations

/// `meetingfs audit`: what happened, by whom, to which path; `audit verify` proves the log unaltered. Reading the
/// log needs a role that may (the database owner's, or one granted SELECT): mounts' role may only add to it.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Query the audit log, or verify its hash chain.",
        discussion: """
            Examples (with the owner's URL):
              meetingfs audit --since 2h --path meetings/standup-1
              meetingfs audit verify
            """,
        subcommands: [Query.self, Verify.self, Checkpoint.self], defaultSubcommand: Query.self)

    struct Query: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Audit rows, oldest first.", discussion: "Example: meetingfs audit query --since 1d --user alice --action unlink --json")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Only rows since this time: a duration back from now (90s, 15m, 2h, 7d) or an ISO 8601 date.")
        var since: String?
        @Option(help: "Only rows of this user name.") var user: String?
        @Option(help: "Only rows of this path or below it (e.g. meetings/standup-1).") var path: String?
        @Option(help: "Only rows of this action (open, create, commit, unlink, rename, mkdir, rmdir, chmod, ...).")
        var action: String?
        @Option(help: "At most this many rows (the newest).") var limit = 1000
        @Flag(help: "One JSON array instead of a table.") var json = false

        func run() throws {
            var filter = AuditTrail.Filter()
            filter.since = try since.map(Self.parseSince)
            filter.user = user
            filter.pathPrefix = path.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "/")) }
            filter.action = action
            filter.limit = limit
            let rows = try AuditTrail(pool: database.pool()).rows(filter)
            if json { return try printJSON(rows) }
            let time = ISO8601DateFormatter()
            print(table(["ID", "AT", "UID", "USER", "ACTION", "PATH", "BYTES", "RESULT", "DETAIL"], rows.map {
                [String($0.id), time.string(from: Date(timeIntervalSince1970: $0.at)), $0.uid.map(String.init) ?? "-",
                 $0.user ?? "-", $0.action, $0.path, $0.bytes.map(String.init) ?? "-", $0.result, $0.detail ?? ""]
                    .map(TerminalText.escaped)
            }))
        }

        static func parseSince(_ text: String) throws -> Date {
            let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
            if let unit = text.last.flatMap({ units[$0] }), let count = Double(text.dropLast()), count >= 0 {
                return Date().addingTimeInterval(-count * unit)
            }
            if let date = ISO8601DateFormatter().date(from: text) { return date }
            throw ValidationError("--since '\(text)' is neither a duration (90s, 15m, 2h, 7d) nor an ISO 8601 date")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute every row's hash and check the checkpoints: exits 1 at the first row changed, removed or inserted since written, or at a log cut or rewritten since a checkpoint.",
            discussion: "Example: meetingfs audit verify --postgres-url \"$MEETINGFS_OWNER_POSTGRES_URL\"")
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var anchors: CheckpointOptions

        func run() throws {
            let trail = AuditTrail(pool: try database.pool())
            let checkpoints = try anchors.store(database).all(of: try trail.database())
            let terminal = isatty(STDERR_FILENO) != 0
            let result = try trail.verify { checked in
                if terminal { FileHandle.standardError.write(Data("\rmeetingfs: \(checked) rows checked".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            if let broken = result.brokenAt {
                print("meetingfs: audit chain BROKEN at row \(broken) (\(result.rows) rows before it verified)")
                throw ExitCode.failure
            }
            if let mismatch = try trail.mismatch(with: checkpoints) {
                print("meetingfs: audit chain BROKEN: \(mismatch)")
                throw ExitCode.failure
            }
            print("meetingfs: audit chain intact, \(result.rows) rows verified"
                  + (checkpoints.last.map { ", up to the checkpoint of \($0.at) (row \($0.id)) and on" }
                     ?? "; no checkpoint yet, so a cut of the newest rows would go unseen (meetingfs audit checkpoint)"))
        }
    }

    struct Checkpoint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign the newest row's id and hash with a key the database never sees, and keep it outside the database.",
            discussion: """
                Appends to <state-dir>/audit-checkpoints.jsonl, signed with <state-dir>/audit.key (created on first use); \
                `audit verify` on this host then fails if the log is later cut or rewritten. Any login may take one.

                Example: meetingfs audit checkpoint
                """)
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var anchors: CheckpointOptions

        func run() throws {
            guard let head = try AuditTrail(pool: database.pool()).head() else {
                print("meetingfs: the audit log is empty, nothing to anchor")
                return
            }
            let checkpoint = try anchors.store(database).append(database: head.database, id: head.id, hash: head.hash)
            print("meetingfs: audit checkpoint at row \(checkpoint.id) (\(checkpoint.at))")
        }
    }
}

/// Where audit checkpoints are kept and the key that signs them.
struct CheckpointOptions: ParsableArguments {
    @Option(help: "The checkpoint file (default: <state-dir>/audit-checkpoints.jsonl).") var checkpointFile: String?
    @Option(help: "The 32-byte key that signs checkpoints; must not be readable by group or others (default: <state-dir>/audit.key, created on first use).")
    var auditKeyFile: String?

    func store(_ database: DatabaseOptions) throws -> AuditCheckpoints {
        try AuditCheckpoints.of(stateDirectory: database.stack().stateDirectory(), file: checkpointFile, keyFile: auditKeyFile)
    }
}
