import ArgumentParser
import Foundation
import MeetingOperations

struct QuotaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota", abstract: "Limit the bytes a user's or a meeting's files may take (admins).",
        discussion: """
            A user's bytes are the visible files they created and those files' kept versions; a meeting's, its \
            visible files and their kept versions. A write that would take either past its quota fails with EDQUOT \
            ("Disk quota exceeded") at close, and nothing of it is published. `meetingfs stats` shows use against \
            quota; docs/alerts-health.yml alerts at 90 %.

            Examples:
              meetingfs quota set --user alice 10G
              meetingfs quota set --meeting standup-1 500M
              meetingfs quota list --json
              meetingfs quota clear --user alice
            """,
        subcommands: [Set.self, List.self, Clear.self])

    /// Exactly one of --user and --meeting.
    struct Holder: ParsableArguments {
        @Option(help: "The user's name.") var user: String?
        @Option(help: "The meeting's id.") var meeting: String?

        func validate() throws {
            guard (user == nil) != (meeting == nil) else { throw ValidationError("say --user U or --meeting M") }
        }

        var holder: QuotaHolder { user.map(QuotaHolder.user) ?? .meeting(meeting ?? "") }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set or change a quota.",
            discussion: """
                Examples:
                  meetingfs quota set --user alice 10G
                  meetingfs quota set --meeting standup-1 500M
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var holder: Holder
        @Argument(help: "The quota, e.g. 500M, 10G or 2T.") var size: String

        func run() throws {
            let bytes = try positiveSize(size, "the quota", example: "500M, 10G or 2T")
            try database.administration().setQuota(holder.holder, bytes: bytes)
            print("meetingfs quota: \(holder.holder.description) may take \(bytes) bytes")
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a quota.", discussion: "Example: meetingfs quota clear --user alice")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var holder: Holder

        func run() throws {
            try database.administration().clearQuota(holder.holder)
            print("meetingfs quota: \(holder.holder.description) has no quota")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the quotas with their use, fullest first.", discussion: "Example: meetingfs quota list --json")

        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Print the quotas as JSON.") var json = false

        func run() throws {
            let quotas = try QuotaUse.all(database.pool())
            if json { return try printJSON(quotas) }
            print(table(["KIND", "NAME", "QUOTA", "USED", "USE"], quotas.map {
                [$0.kind, $0.name, "\($0.bytes)", "\($0.used)", String(format: "%.1f%%", $0.ratio * 100)]
            }))
        }
    }
}
