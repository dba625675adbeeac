import ArgumentParser
import Foundation
import Logging
import MeetingOperations

struct GCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc",
        abstract: "Apply the lifecycle policy and reclaim storage, in one pass.",
        discussion: """
            In order: uploads of dead mounts, temp areas past their time-to-live, retention of raw/ and audio/ \
            (delete, archive), versions beyond the kept count per area, expired cache entries, stray multipart \
            uploads, objects no row refers to, and the objects of deleted and replaced versions whose grace period \
            is over. Nothing in a meeting on legal hold is touched. Mounts run the same pass every gc interval; one \
            leader at a time holds a PostgreSQL advisory lock, so this command waits (--wait) while a mount runs it.

            The policy comes from the config file (--config, lifecycle: section); see docs/operations.md.

            Examples:
              meetingfs gc --dry-run
              meetingfs gc --config /etc/meetingfs/config.yaml --grace 0
            """)

    @OptionGroup var stack: StackOptions

    @Option(help: "Seconds a replaced, deleted or unreferenced object must have waited before it is deleted (default: the config file's lifecycle.deletion_grace, else 600).")
    var grace: Double?

    @Flag(help: "List what would be done, and do nothing.")
    var dryRun = false

    @Flag(help: "Print what was done (or would be) as JSON.")
    var json = false

    @Option(help: "Seconds to wait for the gc lock while another gc holds it.")
    var wait: Double = 60

    func run() throws {
        let settings = try stack.settings()
        let policy = try stack.policy()
        var logger = Logger(label: "meetingfs-gc")
        logger.logLevel = .warning
        let collector = settings.makeGarbageCollector(policy: policy, grace: grace ?? policy.deletionGrace, logger: logger)
        let bar = ProgressLine()
        guard let steps = try GarbageCollector.asLeader(settings.makePool(capacity: 1), wait: wait, {
            try collector.run(dryRun: dryRun) { step, done, total in bar.show("\(step): \(done)/\(total)") }
        }) else {
            throw CommandError("another gc (a mount's or a command's) held the gc lock for \(Int(wait))s: try again later")
        }
        bar.finish()
        let failed = steps.reduce(0) { $0 + $1.failures.count }
        if json { try printJSON(steps) } else { report(steps, failed: failed) }
        if failed > 0 { throw ExitCode.failure }
        if !dryRun { try TaskMetrics.succeeded("gc", stack) }
    }

    private func report(_ steps: [GarbageCollector.Step], failed: Int) {
        for step in steps where !step.items.isEmpty || !step.failures.isEmpty {
            print("\(dryRun ? "would be " : "")\(step.name): \(step.items.count)")
            for item in step.items { print("  \(item)") }
            for failure in step.failures { print("  failed: \(failure)") }
        }
        let total = steps.reduce(0) { $0 + $1.items.count }
        print("meetingfs gc: \(dryRun ? "dry run, nothing done; " : "")\(total == 0 ? "nothing to do" : "\(total) \(dryRun ? "things to do" : "things done")")"
              + (failed > 0 ? ", \(failed) failed (tried again at the next gc)" : ""))
    }
}

/// One line of progress on standard error, rewritten in place, only when it is a terminal.
final class ProgressLine {
    private let terminal = isatty(STDERR_FILENO) == 1
    private var last = Date.distantPast
    private var shown = false

    func show(_ text: String) {
        guard terminal, Date().timeIntervalSince(last) > 0.1 else { return }
        last = Date()
        shown = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
