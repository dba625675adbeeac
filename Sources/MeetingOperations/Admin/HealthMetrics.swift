import Foundation

/// A health run in Prometheus's text format, for node_exporter's textfile collector: `meetingfs health
/// --prometheus > DIR/meetingfs.prom` from a timer exports what only health can see (volume replication, standby
/// lag), with the alert rules of docs/alerts-health.yml.
public enum HealthMetrics {
    public static func text(_ checks: [Health.Check], at date: Date = Date()) -> String {
        var lines = [
            "# HELP meetingfs_health_ok 1 when the check passed at the last health run, 0 when it failed.",
            "# TYPE meetingfs_health_ok gauge",
        ]
        lines += checks.map { "meetingfs_health_ok{part=\"\(escaped($0.part))\"} \($0.ok ? 1 : 0)" }
        let measured = Dictionary(grouping: checks.flatMap(\.measurements), by: \.name)
        for name in measured.keys.sorted() {
            let samples = measured[name]!
            lines.append("# HELP \(name) \(samples[0].help)")
            lines.append("# TYPE \(name) gauge")
            lines += samples.map { sample in
                let labels = sample.labels.map { "\($0.key)=\"\(escaped($0.value))\"" }.sorted().joined(separator: ",")
                return "\(name)\(labels.isEmpty ? "" : "{\(labels)}") \(number(sample.value))"
            }
        }
        lines += ["# HELP meetingfs_health_timestamp_seconds When health last ran.", "# TYPE meetingfs_health_timestamp_seconds gauge",
                  "meetingfs_health_timestamp_seconds \(Int(date.timeIntervalSince1970))"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole numbers without a fraction (counts read better as 4 than 4.0).
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A label value as the text format wants it: backslash, quote and newline escaped.
    private static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
