import ArgumentParser
import Foundation
import Logging
import MeetingCore
import MeetingFileSystem

/// `meetingfs hold MEETING --on|--off`.
struct HoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold", abstract: "Put a meeting on legal hold, or take it off (admins).",
        discussion: """
            While a meeting is on hold nothing in it is deleted: rm and rmdir answer EPERM, and gc, retention and \
            version trimming pass it by. Overwriting still works; the versions replaced are all kept.

            Example: meetingfs hold standup-1 --on
            """)

    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The meeting id.") var meeting: String
    @Flag(name: .customLong("on"), help: "Put it on hold.") var on = false
    @Flag(name: .customLong("off"), help: "Take it off hold.") var off = false

    func validate() throws {
        guard on != off else { throw ValidationError("say --on or --off") }
    }

    func run() throws {
        try database.administration().setLegalHold(meeting: meeting, on: on)
        print("meetingfs: meeting \(meeting) is \(on ? "on legal hold" : "off legal hold")")
    }
}

/// A FileSystem over the configured stack for one command, with the caller's uid: the checks of the mount.
struct PathCommandContext {
    let fs: FileSystem
    let caller = Caller.thisProcess()

    init(_ stack: StackOptions, label: String) throws {
        let settings = try stack.settings()
        try settings.preflight()
        var logger = Logger(label: label)
        logger.logLevel = .warning
        fs = try settings.makeFileSystem(logger: logger)
    }

    /// Runs `body` on the file system, with a failure said as "PATH: reason"; shuts it down after.
    func run<T>(_ path: String, _ body: (FileSystem, String) throws -> T) throws -> T {
        defer { fs.shutdown() }
        do {
            return try body(fs, UrlCommand.pathInFileSystem(path))
        } catch let error as FSError {
            throw CommandError("\(path): \(error)")
        }
    }
}

/// `meetingfs versions PATH`.
struct VersionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "versions", abstract: "List the kept previous versions of a file, newest first.",
        discussion: """
            A path keeps the versions it had before it was overwritten or replaced by a rename; gc keeps the newest \
            lifecycle.<area>.keep_versions of them (artifacts: 3 unless the config file says otherwise). VERSION is \
            the number user.meetingfs.version showed while it was current; restore-version takes it.

            Example: meetingfs versions /mnt/meetings/standup-1/artifacts/transcript.md
            """)

    @Argument(help: "The file: a path in a mounted MeetingFS, or one relative to its root.") var path: String
    @Flag(help: "One JSON array instead of a table.") var json = false
    @OptionGroup var stack: StackOptions

    func run() throws {
        let versions = try PathCommandContext(stack, label: "meetingfs-versions").run(path) { fs, path in
            try fs.versions(path: path, caller: Caller.thisProcess())
        }
        if json { return try printJSON(versions) }
        let format = ISO8601DateFormatter()
        print(table(["VERSION", "SIZE", "MODIFIED", "REPLACED", "SHA256"], versions.map {
            [String($0.version), String($0.size), format.string(from: Date(timeIntervalSince1970: $0.mtime)),
             format.string(from: Date(timeIntervalSince1970: $0.replacedAt)), $0.sha256 ?? "-"]
        }))
    }
}

/// `meetingfs restore-version PATH --version N`.
struct RestoreVersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore-version", abstract: "Make a kept version of a file current again.",
        discussion: """
            The version that was current is kept in its place, so a restore can be undone the same way. Mounts see \
            the restored bytes once their attribute timeout passes; open handles keep what they read.

            Example: meetingfs restore-version /mnt/meetings/standup-1/artifacts/transcript.md --version 1234
            """)

    @Argument(help: "The file: a path in a mounted MeetingFS, or one relative to its root.") var path: String
    @Option(help: "The VERSION that `meetingfs versions` lists.") var version: Int64
    @OptionGroup var stack: StackOptions

    func run() throws {
        try PathCommandContext(stack, label: "meetingfs-restore-version").run(path) { fs, path in
            try fs.restoreVersion(path: path, version: version, caller: Caller.thisProcess())
        }
        print("meetingfs: \(path) is version \(version) again")
    }
}

/// `meetingfs archive PATH [--restore]`.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive", abstract: "Move a file's object into the archive, or with --restore back out of it.",
        discussion: """
            An archived file keeps its path, row and sha256 and reads through the mount as before; its object lives \
            under archive/ in the bucket, which can be placed on colder storage (docs/operations.md). gc archives \
            raw/ and audio/ files by the config file's lifecycle.<area>.archive_after.

            Examples:
              meetingfs archive /mnt/meetings/standup-1/raw/recording.wav
              meetingfs archive --restore /mnt/meetings/standup-1/raw/recording.wav
            """)

    @Argument(help: "The file: a path in a mounted MeetingFS, or one relative to its root.") var path: String
    @Flag(help: "Bring the file back out of the archive.") var restore = false
    @OptionGroup var stack: StackOptions

    func run() throws {
        let moved = try PathCommandContext(stack, label: "meetingfs-archive").run(path) { fs, path in
            try fs.archive(path: path, back: restore, caller: Caller.thisProcess())
        }
        print("meetingfs: \(path) \(moved ? (restore ? "restored from the archive" : "archived") : (restore ? "was not archived" : "was archived already"))")
    }
}
