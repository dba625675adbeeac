import ArgumentParser
import Foundation
import MeetingCore
import MeetingCatalog
import MeetingOperations

/// `meetingfs job claim|heartbeat|done|fail|list|retry`: the processing jobs, for workers without database
/// credentials of their own (docs/pipeline.md).
struct JobCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "job", abstract: "Claim, heartbeat and finish processing jobs (workers), list them, retry them (admins).",
        discussion: """
            A final raw version queues the pipeline's first stages (the config file's `pipeline:`, by default \
            transcribe, then diarize, then summarize); `job done` queues the stages that then have every stage they \
            wait for done. Every transition is audited and announced on NOTIFY meetingfs_jobs.

            Examples:
              job=$(meetingfs job claim --kind transcribe --wait 60 --json --mount /mnt/meetings) || exit 0
              meetingfs job heartbeat 12 --lease 600
              meetingfs job done 12 --result '{"words": 5120}'
              meetingfs job fail 12 --error 'ffmpeg: invalid data'
              meetingfs job list --meeting standup-1 --state failed
            """,
        subcommands: [Claim.self, Heartbeat.self, Done.self, Fail.self, List.self, Retry.self])

    struct Options: ParsableArguments {
        @OptionGroup var database: DatabaseOptions

        func queue() throws -> JobQueue {
            try JobQueue(pool: database.pool(), pipeline: database.stack().configFile()?.pipeline ?? .standard)
        }
    }

    static func seconds(_ value: Double?, _ option: String) throws -> TimeInterval? {
        guard let value else { return nil }
        guard value > 0, value <= 7 * 86_400 else { throw ValidationError("\(option) must be seconds above 0, at most a week") }
        return value
    }

    static func show(_ job: JobRecord, json: Bool) throws {
        if json { return try printJSON(job) }
        // Names come from whoever named the meeting and the file: escaped, so none can write to the terminal.
        print([String(job.id), job.kind, job.state, TerminalText.escaped(job.meeting), TerminalText.escaped(job.file ?? "-"),
               "attempt \(job.attempt)/\(job.maxAttempts)", job.leaseUntil.map { "lease until \($0)" },
               job.path.map(TerminalText.escaped), job.error.map { "error: \(TerminalText.escaped($0))" }]
            .compactMap { $0 }.joined(separator: "  "))
    }

    struct Claim: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take the oldest queued job of a stage; exit 75 with nothing printed if none came within --wait.",
            discussion: "Example: meetingfs job claim --kind transcribe --wait 30 --lease 600 --mount /mnt/meetings --json")
        @OptionGroup var options: Options
        @Option(help: "The stage to take a job of.") var kind: String
        @Option(help: "Seconds to wait for a job when none is queued.") var wait: Double = 0
        @Option(help: "Seconds the claim holds the job without a heartbeat (default: the stage's lease).") var lease: Double?
        @Option(help: "Where the file system is mounted, to print the file's path (default: mount.point of the config file).")
        var mount: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            guard wait >= 0, wait <= 86_400 else { throw ValidationError("--wait must be 0 to 86400 seconds") }
            let queue = try options.queue()
            guard var job = try queue.claim(kind: kind, lease: try JobCommand.seconds(lease, "--lease"), wait: wait) else {
                throw ExitCode(75)
            }
            let root = try mount ?? options.database.stack().configFile()?.values["mount.point"]
            if let root, let file = job.file {
                job.path = URL(fileURLWithPath: root).appendingPathComponent("meetings/\(job.meeting)/\(file)").path
            }
            try JobCommand.show(job, json: json)
        }
    }

    struct Heartbeat: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Extend the lease of a job you hold, from now.",
                                                        discussion: "Example: meetingfs job heartbeat 12 --lease 600")
        @OptionGroup var options: Options
        @Argument(help: "The job's id.") var id: Int64
        @Option(help: "Seconds from now (default: the stage's lease).") var lease: Double?
        @Option(help: "The attempt `claim` printed: refused if the job is in another one (workers sharing a uid and host).")
        var attempt: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try JobCommand.show(try options.queue().heartbeat(id: id, attempt: attempt, lease: try JobCommand.seconds(lease, "--lease")),
                                json: json)
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a job you hold done; the stages waiting for it are queued.",
                                                        discussion: "Example: meetingfs job done 12 --result '{\"segments\": 88}'")
        @OptionGroup var options: Options
        @Argument(help: "The job's id.") var id: Int64
        @Option(help: "What the job produced, as JSON (kept with the job).") var result: String?
        @Option(help: "The attempt `claim` printed: refused if the job is in another one (workers sharing a uid and host).")
        var attempt: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let (job, queued) = try options.queue().done(id: id, attempt: attempt, result: result)
            struct Finished: Encodable {
                let job: JobRecord
                let queued: [JobRecord]
            }
            if json { return try printJSON(Finished(job: job, queued: queued)) }
            try JobCommand.show(job, json: false)
            for next in queued { try JobCommand.show(next, json: false) }
        }
    }

    struct Fail: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report a failed attempt: queued again after a backoff while attempts remain, else failed.",
            discussion: "Example: meetingfs job fail 12 --error 'out of GPU memory'")
        @OptionGroup var options: Options
        @Argument(help: "The job's id.") var id: Int64
        @Option(help: "What went wrong (kept with the job and audited).") var error: String
        @Flag(help: "Fail it for good, without another attempt.") var noRetry = false
        @Option(help: "The attempt `claim` printed: refused if the job is in another one (workers sharing a uid and host).")
        var attempt: Int?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try JobCommand.show(try options.queue().fail(id: id, attempt: attempt, error: error, retry: !noRetry), json: json)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List jobs, oldest first (members: of meetings they may read).",
                                                        discussion: "Example: meetingfs job list --meeting standup-1 --json")
        @OptionGroup var options: Options
        @Option(help: "Only this meeting's jobs.") var meeting: String?
        @Option(help: "Only jobs in this state: queued, running, done, failed, cancelled.") var state: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let jobs = try options.queue().list(meeting: meeting, state: state)
            if json { return try printJSON(jobs) }
            print(table(["ID", "KIND", "STATE", "MEETING", "FILE", "ATTEMPT", "WORKER", "UPDATED"], jobs.map {
                [String($0.id), $0.kind, $0.state, TerminalText.escaped($0.meeting), TerminalText.escaped($0.file ?? "-"),
                 "\($0.attempt)/\($0.maxAttempts)", TerminalText.escaped("\($0.worker ?? "-")@\($0.workerHost ?? "-")"),
                 $0.updatedAt]
            }))
        }
    }

    struct Retry: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a failed job again, attempts from zero (admins).",
                                                        discussion: "Example: meetingfs job retry 12")
        @OptionGroup var options: Options
        @Argument(help: "The job's id.") var id: Int64
        @Flag(help: "Print JSON.") var json = false

        func run() throws { try JobCommand.show(try options.queue().retry(id: id), json: json) }
    }
}
