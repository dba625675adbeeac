import ArgumentParser
import Foundation
import MeetingObjects
import MeetingCatalog
import MeetingOperations

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Bytes and files per area, meeting and user; the bucket beside the database; the cache.",
        discussion: """
            The bucket is listed whole (under the MeetingFS prefixes) unless --no-bucket. With --capacity and \
            --warn-at, exits 1 with a warning line once the committed files and kept versions fill that share of the \
            capacity: a cron job's alert.

            Examples:
              meetingfs stats --top 5
              meetingfs stats --no-bucket --capacity 2T --warn-at 80
            """)

    @OptionGroup var stack: StackOptions
    @Flag(help: "Print the numbers as JSON.") var json = false
    @Option(help: "How many of the largest meetings to list.") var top = 10
    @Flag(help: "Skip listing the bucket.") var noBucket = false
    @Option(help: "The storage capacity, e.g. 2T, that --warn-at is a share of.") var capacity: String?
    @Option(help: "Percent of --capacity past which stats exits 1.") var warnAt: Double?

    func validate() throws {
        if (capacity == nil) != (warnAt == nil) { throw ValidationError("--capacity and --warn-at go together") }
        if let capacity { _ = try positiveSize(capacity, "--capacity", example: "500G or 2T") }
        if let warnAt, !(0...100).contains(warnAt) { throw ValidationError("--warn-at is a percentage, 0 to 100") }
    }

    func run() throws {
        let settings = try stack.settings()
        let stats = try Stats.collect(metadata: PostgresCatalog(pool: settings.makePool(capacity: 1)),
                                      objects: noBucket ? nil : S3Client(config: settings.s3),
                                      cacheDirectory: settings.cacheDirectory, cacheBudget: settings.cacheBytes, top: top)
        if json { try printJSON(stats) } else { show(stats) }
        if let capacity = capacity.flatMap(Settings.parseSize), let warnAt {
            let used = Double(stats.storedBytes) / Double(capacity) * 100
            if used >= warnAt {
                FileHandle.standardError.write(Data(String(format: "meetingfs stats: warning: %.1f%% of %@ used (%lld bytes), past --warn-at %.0f%%\n",
                                                           used, self.capacity!, stats.storedBytes, warnAt).utf8))
                throw ExitCode.failure
            }
        }
    }

    private func show(_ stats: Stats) {
        print(table(["AREA", "FILES", "BYTES", "ARCHIVED", "VERSIONS", "VERSION BYTES"], stats.areas.map {
            [$0.area, String($0.files), String($0.bytes), "\($0.archivedFiles) (\($0.archivedBytes) B)", String($0.keptVersions), String($0.keptVersionBytes)]
        }))
        print("\n" + table(["MEETING", "FILES", "BYTES"], stats.topMeetings.map { [$0.name, String($0.files), String($0.bytes)] }))
        print("\n" + table(["USER", "FILES", "BYTES"], stats.users.map { [$0.name, String($0.files), String($0.bytes)] }))
        if let bucket = stats.bucket {
            print("\nbucket: \(bucket.objects) objects, \(bucket.bytes) bytes; the database refers to \(bucket.referencedObjects) objects, "
                  + "\(bucket.referencedBytes) bytes (the rest: trash in its grace period, uploads under way, strays: meetingfs fsck)")
        }
        if !stats.quotas.isEmpty {
            print("\n" + table(["QUOTA", "NAME", "USED", "OF", "USE"], stats.quotas.map {
                [$0.kind, $0.name, "\($0.used)", "\($0.bytes)", String(format: "%.1f%%", $0.ratio * 100)]
            }))
        }
        print("cache: \(stats.cacheBytes) bytes of a \(stats.cacheBudget)-byte budget")
    }
}
