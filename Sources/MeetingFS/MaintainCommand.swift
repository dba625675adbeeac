import ArgumentParser
import Foundation
import MeetingCore
import MeetingOperations

struct MaintainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maintain", abstract: "Prune finished jobs and expired cache rows, VACUUM (ANALYZE) every table, rebuild bloated indexes.",
        discussion: """
            Finished jobs (done, failed, cancelled) older than maintain.prune_after (default 30d) are deleted, but \
            for the newest finished job of each stage of each file's current version, on which its meeting's status \
            rests. Expired cache rows are deleted. Every table is VACUUM (ANALYZE)d, and a B-tree index whose \
            estimated bloat passes maintain.reindex_bloat percent (default 50) is rebuilt with REINDEX CONCURRENTLY. \
            The audit log is never pruned (docs/operations.md says how to keep it in check). Needs the database \
            owner's URL (postgres.owner_url, or --postgres-url).

            Examples:
              meetingfs maintain --dry-run
              meetingfs maintain --json --postgres-url "$OWNER_URL"
            """)

    @Flag(help: "Say what would be done, and change nothing.") var dryRun = false
    @Flag(help: "Print the report as JSON.") var json = false
    @OptionGroup var stack: StackOptions

    func run() throws {
        let settings = try stack.settings(asOwner: true)
        var maintenance = Maintenance(ownerURL: settings.postgresURL)
        if let age = try stack.value(nil, "MEETINGFS_MAINTAIN_PRUNE_AFTER") {
            guard let seconds = LifecyclePolicy.duration(age), seconds > 0 else {
                throw ValidationError("maintain.prune_after must be a duration such as 30d, got '\(age)'")
            }
            maintenance.pruneAfter = seconds
        }
        if let bloat = try stack.value(nil, "MEETINGFS_MAINTAIN_REINDEX_BLOAT") {
            guard let percent = Int(bloat), (1...99).contains(percent) else {
                throw ValidationError("maintain.reindex_bloat must be a percentage from 1 to 99, got '\(bloat)'")
            }
            maintenance.reindexBloatPercent = percent
        }
        let report = try maintenance.run(dryRun: dryRun)
        if !dryRun {
            try Administration(pool: settings.makePool(capacity: 1)).record(
                "maintain", path: "", detail: "\(report.jobsPruned) jobs and \(report.cachePruned) cache rows pruned, "
                    + "\(report.vacuumed.count) tables vacuumed, \(report.reindexed.count) indexes rebuilt")
            try TaskMetrics.succeeded("maintain", stack)
        }
        if json { return try printJSON(report) }
        let would = dryRun ? "would be " : ""
        print("\(would)pruned: \(report.jobsPruned) finished jobs, \(report.cachePruned) expired cache rows")
        print("\(would)vacuumed (analyze): \(report.vacuumed.joined(separator: ", "))")
        for index in report.reindexed {
            print("\(would)reindexed: \(index.index) (estimated \(index.bloatPercent) % bloat, \(index.bytesBefore) bytes"
                  + (index.bytesAfter.map { " -> \($0)" } ?? "") + ")")
        }
        print(table(["TABLE", "BYTES", "LIVE", "DEAD"], report.tables.map { [$0.table, "\($0.bytes)", "\($0.liveTuples)", "\($0.deadTuples)"] }))
        print("meetingfs maintain: \(dryRun ? "dry run, nothing changed" : "done")")
    }
}
