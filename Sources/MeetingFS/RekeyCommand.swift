import ArgumentParser
import Foundation
import MeetingCrypto
import MeetingObjects
import MeetingOperations

struct RekeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rekey",
        abstract: "Re-encrypt every object with a new SSE-C key.",
        discussion: """
            Objects are read with the keys given by --sse-c-key-file and --sse-c-old-key-file (and without a key, for \
            objects stored before SSE-C), and copied under the key of --new-key-file; each copy is checked against its \
            file's sha256. Run it after remounting with --sse-c-key-file NEW --sse-c-old-key-file OLD, so that nothing \
            new is written with the old key. Stopped, it resumes where it was. The replaced objects go to the trash, so \
            that readers that opened a file before its copy keep reading; mounts delete them after their deletion \
            grace. --delete-originals (or `meetingfs gc --grace 0` later) deletes them at once: only then does the old \
            key open nothing.

            Example: meetingfs rekey --sse-c-key-file /etc/meetingfs/sse-old.key --new-key-file /etc/meetingfs/sse.key
            """)

    @OptionGroup var stack: StackOptions

    @Option(help: "File holding the new key: 32 random bytes, not readable by group or others.")
    var newKeyFile: String

    @Option(help: "Only the files of this meeting (to rotate in steps); default: every file.")
    var meeting: String?

    @Flag(help: "Delete the original objects at once instead of leaving them in the trash for the deletion grace (a reader that opened a file before its copy then fails).")
    var deleteOriginals = false

    func run() throws {
        let settings = try stack.settings()
        let newKey = CustomerKey(try KeyFile.load(newKeyFile, option: "--new-key-file"))
        var readConfig = settings.s3
        readConfig.customerKeys = [newKey] + settings.s3.customerKeys.filter { $0 != newKey }
        var writeConfig = settings.s3
        writeConfig.customerKeys = [newKey]
        try TransportSecurity.refuseCustomerKeysInTheClear(writeConfig)
        let pool = settings.makePool(capacity: 2)
        let rekey = Rekey(pool: pool, reader: S3Client(config: readConfig), writer: S3Client(config: writeConfig))
        let pending = try rekey.pending(meeting: meeting)
        let terminal = isatty(STDERR_FILENO) == 1
        print("meetingfs rekey: \(pending.count) objects to re-encrypt with key \(newKey.fingerprint)")
        let summary = rekey.run(pending) { done, summary in
            guard terminal else { return }
            FileHandle.standardError.write(Data("\r\(done)/\(pending.count) objects, \(summary.bytes >> 20) MiB".utf8))
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        for failure in summary.failures { print("meetingfs rekey: failed: \(failure)") }
        let deleted = deleteOriginals ? rekey.deleteOriginals(summary.originals) : 0
        print("meetingfs rekey: \(summary.rekeyed) objects re-encrypted (\(summary.bytes) bytes), "
              + "\(summary.changedMeanwhile) replaced or deleted meanwhile, \(summary.failures.count) failed; "
              + (deleteOriginals ? "\(deleted) originals deleted" : "the originals are in the trash until the deletion grace ends (or `meetingfs gc --grace 0`)"))
        try Administration(pool: pool).record(
            "rekey", path: meeting.map { "/meetings/\($0)" } ?? "", bytes: summary.bytes,
            detail: "key \(newKey.fingerprint): \(summary.rekeyed) re-encrypted, \(summary.failures.count) failed")
        if !summary.failures.isEmpty { throw ExitCode.failure }
    }
}
