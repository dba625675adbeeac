import ArgumentParser
import Foundation
import Logging
import MeetingCore
import MeetingFileSystem

struct UrlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "url",
        abstract: "Print a download link to a file, valid for a while (1 hour unless --expires says otherwise).",
        discussion: """
            Without SSE-C the link is an S3 presigned GET; for files under an SSE-C key it points to `meetingfs serve` \
            (--link-base-url), which holds the key. Only a user who may read the file gets a link, and every link is \
            written to the audit log.

            Example: meetingfs url /mnt/meetings/standup-1/artifacts/transcript.md --expires 2h
            """)

    @Argument(help: "The file: a path in a mounted MeetingFS, or one relative to its root (meetings/ID/artifacts/NAME).")
    var path: String

    @Option(help: "How long the link works: e.g. 90s, 30m, 1h, 7d (at most 7 days).")
    var expires = "1h"

    @OptionGroup var stack: StackOptions

    func run() throws {
        guard let seconds = LinkSigner.parseDuration(expires), seconds > 0, seconds <= LinkSigner.maxLifetime else {
            throw ValidationError("--expires '\(expires)' is not a duration between 1s and 7d (e.g. 30m, 1h, 7d)")
        }
        let settings = try stack.settings()
        try settings.preflight()
        var logger = Logger(label: "meetingfs-url")
        logger.logLevel = .warning
        let fs = try settings.makeFileSystem(logger: logger)
        defer { fs.shutdown() }
        do {
            print(try fs.downloadLink(path: Self.pathInFileSystem(path), lifetime: seconds,
                                      caller: Caller.thisProcess()))
        } catch let error as FSError {
            throw CommandError("\(path): \(error)")
        }
    }

    /// A path inside a MeetingFS mount point becomes relative to the file system's root; other paths already are.
    static func pathInFileSystem(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let table = (try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? ""
        let mountpoints = table.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: " ")
            return fields.count > 4 && line.contains("fuse.meetingfs") ? String(fields[4]) : nil
        }
        if path.hasPrefix("/"), let mountpoint = mountpoints.filter({ absolute.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }) {
            return String(absolute.dropFirst(mountpoint.count + 1))
        }
        return path.hasPrefix("/") ? String(path.drop { $0 == "/" }) : path
    }
}
