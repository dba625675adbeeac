import Foundation

/// Runs shell commands the way a user would, with a bound on how long each may take.
public enum Shell {
    public struct Result {
        public let status: Int32
        public let output: String
        public let error: String
        public var succeeded: Bool { status == 0 }
    }

    @discardableResult
    public static func run(_ command: String, timeout: TimeInterval = 300) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let out = TempCapture(), err = TempCapture()
        process.standardOutput = out.handle
        process.standardError = err.handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return Result(status: -1, output: out.text(), error: "timed out after \(timeout)s: \(command)\n" + err.text())
        }
        return Result(status: process.terminationStatus, output: out.text(), error: err.text())
    }

    /// Output goes to a file, not a pipe, so a chatty command can never block on a full pipe.
    private final class TempCapture {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-sh-\(UUID().uuidString)")
        let handle: FileHandle

        init() {
            FileManager.default.createFile(atPath: url.path, contents: nil)
            handle = FileHandle(forWritingAtPath: url.path)!
        }

        func text() -> String {
            defer { try? FileManager.default.removeItem(at: url) }
            return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
    }
}

/// A shell command left running while a test does other things; its output goes to a file.
public final class BackgroundCommand {
    private let process = Process()
    private let log = FileManager.default.temporaryDirectory.appendingPathComponent("meetingfs-bg-\(UUID().uuidString)")

    public init(_ command: String) throws {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        try? FileManager.default.removeItem(at: log)
    }

    public var isRunning: Bool { process.isRunning }
    public var pid: Int32 { process.processIdentifier }

    /// The exit status once it ended within `timeout` seconds, else nil.
    public func wait(upTo timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    public var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

    /// SIGTERM, then waits up to 30 seconds for the exit.
    public func stop() {
        if process.isRunning { process.terminate() }
        _ = wait(upTo: 30)
    }
}
