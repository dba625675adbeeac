import ArgumentParser
import Logging
import Store

struct GCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc",
        abstract: "Reclaim storage: uploads of dead mounts, temp areas past their time-to-live, stray multipart uploads, "
            + "objects no row refers to, and the objects of deleted and replaced versions whose grace period is over.")

    @OptionGroup var stack: StackOptions

    @Option(help: "Seconds a replaced, deleted or unreferenced object must have waited before it is deleted.")
    var grace: Double = 600

    func run() throws {
        let settings = try stack.settings()
        let logger = Logger(label: "meetingfs-gc")
        let collector = settings.makeUploadCollector(logger: logger)
        let dead = try collector.collectDeadMounts()
        print("meetingfs gc: \(dead.deadMounts) dead mounts: \(dead.abortedUploads) multipart uploads aborted, "
              + "\(dead.removedRows) uploading rows removed")
        let expired = try TempExpiry(metadata: MetadataStore(pool: settings.makePool(capacity: 1)), logger: logger).collect()
        print("meetingfs gc: \(expired.count) expired temp areas removed\(expired.isEmpty ? "" : ": " + expired.joined(separator: ", "))")
        let strays = try collector.collectStrays(grace: grace)
        print("meetingfs gc: \(strays.abortedUploads) stray multipart uploads aborted, \(strays.orphanObjects) unreferenced objects deleted")
        var total = 0
        let reaper = settings.makeReaper(grace: grace, logger: logger)
        while true {
            let round = try reaper.runOnce()
            total += round
            if round == 0 { break }
            print("meetingfs gc: \(total) objects reclaimed so far")
        }
        print("meetingfs gc: done, \(total) objects of deleted and replaced versions reclaimed")
        try Administration(pool: settings.makePool(capacity: 1)).record(
            "gc", path: "", detail: "\(dead.abortedUploads + strays.abortedUploads) uploads aborted, \(dead.removedRows) uploading rows "
                + "removed, \(strays.orphanObjects) unreferenced objects and \(total) old versions deleted")
    }
}
