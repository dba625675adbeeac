import ArgumentParser
import Foundation
import Store

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
        subcommands: [Query.self, Verify.self], defaultSubcommand: Query.self)

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
            abstract: "Recompute every row's hash: exits 1 at the first row changed, removed or inserted since written.",
            discussion: "Example: meetingfs audit verify --postgres-url \"$MEETINGFS_OWNER_POSTGRES_URL\"")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let terminal = isatty(STDERR_FILENO) != 0
            let result = try AuditTrail(pool: database.pool()).verify { checked in
                if terminal { FileHandle.standardError.write(Data("\rmeetingfs: \(checked) rows checked".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
            if let broken = result.brokenAt {
                print("meetingfs: audit chain BROKEN at row \(broken) (\(result.rows) rows before it verified)")
                throw ExitCode.failure
            }
            print("meetingfs: audit chain intact, \(result.rows) rows verified")
        }
    }
}
