import ArgumentParser
import Foundation
import MeetingOperations

struct HealthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Check PostgreSQL, the schema, S3 and the cache directory; exit 0 only if all pass.",
        discussion: """
            One line each: PostgreSQL reached with the configured URL; the schema at the version this meetingfs needs; \
            the bucket listed with the credentials and a probe object written, read back and deleted; the cache \
            directory writable, with its free space. On a cluster also: whether the node reached is the primary; with a \
            URL of several hosts, the standbys and their lag; each S3 gateway of the list; with MEETINGFS_WEED_MASTERS, \
            the masters' leader and the volumes below their replication. Each check is bounded by a few seconds (the \
            topology's by 20), so a dead service is a FAILED line, not a hang. For cron, monitoring and systemd's \
            ExecStartPre; --prometheus for node_exporter's textfile collector.

            Example: meetingfs health --json
            """)

    @OptionGroup var stack: StackOptions
    @Flag(help: "Print the checks as JSON.") var json = false
    @Flag(help: "Print the checks and what they measured (replication lag, volumes below their replication) in Prometheus's text format, for node_exporter's textfile collector (alert rules: docs/alerts-health.yml).")
    var prometheus = false

    func run() throws {
        let checks = Health(settings: try stack.settings()).run()
        if json {
            try printJSON(checks)
        } else if prometheus {
            print(HealthMetrics.text(checks), terminator: "")
        } else {
            for check in checks { print("\(check.part): \(check.ok ? "ok" : "FAILED"): \(check.detail)") }
        }
        if checks.contains(where: { !$0.ok }) { throw ExitCode.failure }
    }
}
