import ArgumentParser
import Foundation
import Logging
import MeetingCore
import MeetingCatalog
import MeetingFileSystem
import MeetingOperations

/// `meetingfs meeting show|watch`: what the API gateway and the bot need of a meeting, without database access.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Show a meeting (status, files, artifacts, jobs, speakers) or watch statuses change.",
        discussion: """
            A meeting's status: new (no recording), uploaded (recordings, no job started), processing, ready (every \
            stage done for every recording's current version) or failed (a stage failed for good).

            Examples:
              meetingfs meeting show standup-1 --json --links --expires 2h
              meetingfs meeting watch --json
            """,
        subcommands: [Show.self, Watch.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one meeting; with --links, a download link per artifact (audited).",
                                                        discussion: "Example: meetingfs meeting show standup-1 --links --json")
        @Argument(help: "The meeting's id.") var meeting: String
        @Flag(help: "Print JSON.") var json = false
        @Flag(help: "Add a download link to each artifact.") var links = false
        @Option(help: "How long the links work: e.g. 30m, 1h, 7d.") var expires = "1h"
        @OptionGroup var stack: StackOptions

        func run() throws {
            guard let lifetime = LinkSigner.parseDuration(expires), lifetime > 0, lifetime <= LinkSigner.maxLifetime else {
                throw ValidationError("--expires '\(expires)' is not a duration between 1s and 7d (e.g. 30m, 1h, 7d)")
            }
            var report = try MeetingReport.of(meeting, pool: PostgresPool(url: stack.postgres(), capacity: 2))
            if links { try addLinks(to: &report, lifetime: lifetime) }
            if json { return try printJSON(report) }
            print("meeting \(TerminalText.escaped(report.meeting)): \(report.status), owner \(TerminalText.escaped(report.owner ?? "-"))"
                  + (report.legalHold ? ", on legal hold" : ""))
            print(table(["AREA", "NAME", "SIZE", "STATUS", "KIND", "SHA256"], report.files.map {
                [$0.area, TerminalText.escaped($0.name), String($0.size), TerminalText.escaped($0.status), $0.kind ?? "-",
                 $0.sha256.map { String($0.prefix(16)) } ?? "-"]
            }))
            for file in report.files { if let link = file.link { print("\(TerminalText.escaped(file.name)): \(link)") } }
            if !report.jobs.isEmpty {
                print(table(["JOB", "KIND", "STATE", "FILE", "ATTEMPT"], report.jobs.map {
                    [String($0.id), $0.kind, $0.state, TerminalText.escaped($0.file ?? "-"), "\($0.attempt)/\($0.maxAttempts)"]
                }))
            }
            if !report.speakers.isEmpty {
                print(table(["SPEAKER", "SEGMENTS", "SECONDS", "USER", "SCORE"], report.speakers.map {
                    [TerminalText.escaped($0.label), String($0.segments), String(format: "%.1f", $0.seconds),
                     TerminalText.escaped($0.user ?? "-"), $0.score.map { String(format: "%.3f", $0) } ?? "-"]
                }))
            }
        }

        /// Links minted as `meetingfs url` mints them: for a caller who may read the file, each audited.
        private func addLinks(to report: inout MeetingReport, lifetime: TimeInterval) throws {
            let settings = try stack.settings()
            var logger = Logger(label: "meetingfs-meeting")
            logger.logLevel = .warning
            let fs = try settings.makeFileSystem(logger: logger)
            defer { fs.shutdown() }
            for index in report.files.indices where report.files[index].area == "artifacts" {
                let file = report.files[index]
                report.files[index].link = try fs.downloadLink(path: "meetings/\(report.meeting)/artifacts/\(file.name)",
                                                               lifetime: lifetime, caller: Caller.thisProcess())
            }
        }
    }

    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one line per change of a meeting's status (meeting, status, time) until interrupted.",
            discussion: "Example: meetingfs meeting watch --json | while read -r change; do ...; done")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "Print each change as one line of JSON.") var json = false

        func run() throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try MeetingWatch(pool: database.pool()).run(ready: {
                FileHandle.standardError.write(Data("meetingfs meeting watch: listening\n".utf8))
            }) { change in
                // Unbuffered: a reader of the pipe sees each change as it happens.
                let line = json ? String(decoding: (try? encoder.encode(change)) ?? Data(), as: UTF8.self)
                    : "\(change.at)  \(TerminalText.escaped(change.meeting))  \(change.status)"
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
                return true
            }
        }
    }
}
