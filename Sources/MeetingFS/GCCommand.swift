import ArgumentParser
import Logging
import Store

struct GCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gc", abstract: "Delete the objects of deleted and replaced versions whose grace period is over.")

    @OptionGroup var stack: StackOptions

    @Option(help: "Seconds a replaced or deleted version must have been unreferenced.")
    var grace: Double = 600

    func run() throws {
        var total = 0
        let reaper = try stack.settings().makeReaper(grace: grace, logger: Logger(label: "meetingfs-gc"))
        while true {
            let round = try reaper.runOnce()
            total += round
            if round == 0 { break }
            print("meetingfs gc: \(total) objects reclaimed so far")
        }
        print("meetingfs gc: done, \(total) objects reclaimed")
    }
}
