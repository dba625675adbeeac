import Foundation
import MeetingCatalog

/// PostgreSQL's own client tools (pg_dump, pg_restore), run with their data streamed through pipes, never through
/// a file in the clear. The newest installed major version is used, as pg_dump must be no older than the server.
/// The database is named on the command line without its password, which goes in the child's environment
/// (PGPASSWORD): any local user reads /proc/PID/cmdline, only the owner /proc/PID/environ.
enum ExternalTool {
    package static func path(of tool: String) -> String {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let newest = versions.compactMap(Int.init).sorted().last { FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/\(tool)") }
        return newest.map { "/usr/lib/postgresql/\($0)/bin/\(tool)" } ?? "/usr/bin/\(tool)"
    }

    /// Runs `tool` on `database` with its standard output handed to `output` as it comes.
    package static func run(_ tool: String, _ arguments: [String], database: String, output: (Data) throws -> Void) throws {
        let (process, errors) = try start(tool, arguments, database: database)
        let pipe = process.standardOutput as! Pipe
        try process.run()
        do {
            while let data = try pipe.fileHandleForReading.read(upToCount: 1 << 20), !data.isEmpty { try output(data) }
        } catch {
            process.terminate()
            process.waitUntilExit()
            throw error
        }
        try finish(process, tool, errors)
    }

    /// Runs `tool` on `database` with what `input` hands to its sink as standard input.
    package static func run(_ tool: String, _ arguments: [String], database: String,
                    input: ((Data) throws -> Void) throws -> Void) throws {
        let (process, errors) = try start(tool, arguments, database: database)
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        do {
            try input { try pipe.fileHandleForWriting.write(contentsOf: $0) }
            try pipe.fileHandleForWriting.close()
        } catch {
            try? pipe.fileHandleForWriting.close()
            process.terminate()
            process.waitUntilExit()
            throw error
        }
        try finish(process, tool, errors)
    }

    /// The process, its output on a pipe, its errors into a private temporary file (a pipe could fill and block it).
    private static func start(_ tool: String, _ arguments: [String], database: String) throws -> (Process, URL) {
        let connection = try ConnectionString(database)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path(of: tool))
        process.arguments = arguments + ["--dbname=\(connection.withoutPassword)"]
        var environment = ProcessInfo.processInfo.environment
        if let password = connection.password { environment["PGPASSWORD"] = password }
        process.environment = environment
        process.standardOutput = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-\(tool)-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw BackupError("cannot write \(errors.path)")
        }
        process.standardError = try FileHandle(forWritingTo: errors)
        return (process, errors)
    }

    private static func finish(_ process: Process, _ tool: String, _ errors: URL) throws {
        process.waitUntilExit()
        let text = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errors)
        guard process.terminationStatus == 0 else {
            throw BackupError("\(tool) failed (exit \(process.terminationStatus)): \(text.split(separator: "\n").suffix(3).joined(separator: " "))")
        }
    }
}
