import Foundation
import Logging

/// One line per event on standard error, as logfmt key=value pairs (journald and the background log file alike):
///
///     ts=2026-12-01T13:26:05.123Z level=warning logger=meetingfs msg="mount lease heartbeat failed" error="connection refused"
///
/// Values with spaces, quotes or `=` are quoted, and a newline inside one is written as `\n`, so an event never
/// spans lines and `grep level=error` or a log shipper's logfmt parser sees each event whole.
struct LogfmtHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider?

    private static let output = NSLock()
    private static let timestamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    /// Every Logger the process makes writes through this handler at `level`.
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { LogfmtHandler(label: $0, level: level) }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields = metadata.merging(metadataProvider?.get() ?? [:]) { _, provided in provided }
        fields.merge(event.metadata ?? [:]) { _, given in given }
        if let error = event.error { fields["error"] = "\(error)" }
        var line = "ts=\(Self.timestamp.format(Date()))"
        line += " level=\(event.level.rawValue) logger=\(Self.value(label)) msg=\(Self.value(event.message.description))"
        for key in fields.keys.sorted() { line += " \(key)=\(Self.value(fields[key]!.description))" }
        line += "\n"
        Self.output.withLock { FileHandle.standardError.write(Data(line.utf8)) }
    }

    static func value(_ text: String) -> String {
        let plain = !text.isEmpty && !text.contains { $0 == " " || $0 == "=" || $0 == "\"" || $0.isNewline || $0 == "\\" }
        if plain { return text }
        var quoted = "\""
        for character in text {
            switch character {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n", "\r\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }
}
