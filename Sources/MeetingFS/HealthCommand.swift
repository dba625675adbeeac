import ArgumentParser
import Foundation
import MeetingOperations

struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Check PostgreSQL, the schema, S3 and the cache directory; exit 0 only if all pass.",
        discussion: """
            One line each: PostgreSQL reached with the configured URL; the schema at the version this meetingfs needs; \
            the bucket listed with the credentials and a probe object written, read back and deleted; the cache \
            directory writable, with its free space. Each check is bounded by a few seconds, so a dead service is a \
            FAILED line, not a hang. For cron, monitoring and systemd's ExecStartPre.

            Example: meetingfs health --json
            """)

    @OptionGroup var stack: StackOptions
    @Flag(help: "Print the checks as JSON.") var json = false

    func run() throws {
        let checks = Health(settings: try stack.settings()).run()
        if json {
            try printJSON(checks)
        } else {
            for check in checks { print("\(check.part): \(check.ok ? "ok" : "FAILED"): \(check.detail)") }
        }
        if checks.contains(where: { !$0.ok }) { throw ExitCode.failure }
    }
}
