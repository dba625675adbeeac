import Foundation
import TestSupport
import XCTest

/// The mount's Prometheus endpoint (--metrics-listen) after a scripted workload, checked with promtool and by
/// value; and the shipped dashboard and alert rules, checked with promtool against the names a scrape exports.
final class MetricsTests: XCTestCase {
    private var docs: URL { TestStack.projectRoot.appendingPathComponent("docs") }

    func testAWorkloadShowsInTheScrapeAndTheScrapeIsValidPrometheusText() throws {
        let port = try TestStack.freePort()
        let mount = try MountedFS(arguments: ["--metrics-listen", "127.0.0.1:\(port)", "--capacity", "1T"])
        defer { mount.unmount() }
        let meeting = mount.at("meetings/\(TestStack.uniqueId("metrics"))")
        let size = 3 << 20
        try sh("mkdir '\(meeting)' && head -c \(size) /dev/urandom > '\(meeting)/artifacts/take.bin'")
        try sh("cat '\(meeting)/artifacts/take.bin' > /dev/null")
        XCTAssertFalse(try Shell.run("stat '\(meeting)/artifacts/absent.bin'").succeeded)

        let scrape = FileManager.default.temporaryDirectory.appendingPathComponent("scrape-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: scrape) }
        try sh("curl -sf -o '\(scrape.path)' http://127.0.0.1:\(port)/metrics")
        let text = try String(contentsOf: scrape, encoding: .utf8)
        let check = try Shell.run("promtool check metrics < '\(scrape.path)'")
        XCTAssertTrue(check.succeeded, "promtool: \(check.output)\(check.error)")
        XCTAssertEqual(check.output + check.error, "", "promtool found nothing to lint")

        let samples = Self.samples(text)
        XCTAssertGreaterThanOrEqual(samples["meetingfs_written_bytes_total"] ?? 0, Double(size))
        XCTAssertGreaterThanOrEqual(samples["meetingfs_read_bytes_total"] ?? 0, Double(size))
        XCTAssertGreaterThan(samples["meetingfs_fuse_request_duration_seconds_count{op=\"write\"}"] ?? 0, 0)
        XCTAssertGreaterThan(samples["meetingfs_fuse_request_duration_seconds_count{op=\"read\"}"] ?? 0, 0)
        XCTAssertGreaterThan((samples["meetingfs_cache_hits_total{tier=\"memory\"}"] ?? 0)
                             + (samples["meetingfs_cache_hits_total{tier=\"disk\"}"] ?? 0), 0, "cache hits")
        XCTAssertGreaterThan(samples["meetingfs_s3_requests_total{kind=\"get\",status=\"206\"}"] ?? 0, 0, "S3 GETs")
        XCTAssertGreaterThan(samples["meetingfs_s3_requests_total{kind=\"put\",status=\"200\"}"] ?? 0, 0, "S3 PUTs")
        XCTAssertGreaterThanOrEqual(samples["meetingfs_s3_sent_bytes_total"] ?? 0, Double(size))
        XCTAssertGreaterThanOrEqual(samples["meetingfs_s3_received_bytes_total"] ?? 0, Double(size))
        XCTAssertGreaterThan(samples["meetingfs_pg_query_duration_seconds_count{statement=\"pipeline\"}"] ?? 0, 0)
        XCTAssertGreaterThanOrEqual(samples["meetingfs_fuse_errors_total{op=\"lookup\",errno=\"ENOENT\"}"] ?? 0, 1)
        XCTAssertEqual(samples["meetingfs_capacity_bytes"], Double(1 << 40))
        XCTAssertGreaterThanOrEqual(samples["meetingfs_stored_bytes"] ?? 0, Double(size))
        XCTAssertEqual(samples["meetingfs_open_handles"], 0, "every handle was released")
        XCTAssertEqual(samples["meetingfs_change_listener_connected"], 1, "listening for other mounts' changes")
        XCTAssertGreaterThanOrEqual(samples["meetingfs_change_resyncs_total"] ?? 0, 1, "its first connection")
        let renewed = try XCTUnwrap(samples["meetingfs_mount_lease_renewed_timestamp_seconds"])
        XCTAssertLessThan(abs(Date().timeIntervalSince1970 - renewed), 60)

        // Every metric the dashboard and the alerts use is one the mount exports.
        let exported = Set(text.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { String($0.split(separator: " ")[2]) })
        for file in ["grafana-dashboard.json", "alerts.yml"] {
            let used = try Self.metricNames(in: String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8))
            XCTAssertFalse(used.isEmpty)
            XCTAssertEqual(used.subtracting(exported), [], "\(file) uses metrics the mount does not export")
        }
        XCTAssertEqual(try Shell.run("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:\(port)/other").output, "404")
    }

    func testTheAlertRulesAndEveryDashboardQueryPassPromtool() throws {
        let rules = try Shell.run("promtool check rules '\(docs.appendingPathComponent("alerts.yml").path)'")
        XCTAssertTrue(rules.succeeded, rules.output + rules.error)
        XCTAssertTrue(rules.output.contains("SUCCESS"), rules.output)

        // promtool parses PromQL in rule files only: each panel query becomes a recording rule.
        let data = try Data(contentsOf: docs.appendingPathComponent("grafana-dashboard.json"))
        let dashboard = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let panels = try XCTUnwrap(dashboard["panels"] as? [[String: Any]])
        let queries = panels.flatMap { ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String } }
        XCTAssertGreaterThan(queries.count, 15)
        let recorded = queries.enumerated().map { index, query in
            "      - record: dashboard:query\(index)\n        expr: '\(query.replacingOccurrences(of: "'", with: "''"))'"
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-rules-\(UUID().uuidString).yml")
        defer { try? FileManager.default.removeItem(at: file) }
        try ("groups:\n  - name: dashboard\n    rules:\n" + recorded.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let parsed = try Shell.run("promtool check rules '\(file.path)'")
        XCTAssertTrue(parsed.succeeded, parsed.output + parsed.error)
        XCTAssertTrue(parsed.output.contains("\(queries.count) rules found"), parsed.output)
    }

    @discardableResult
    private func sh(_ command: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try Shell.run(command)
        XCTAssertTrue(result.succeeded, "`\(command)` exited \(result.status): \(result.error)", file: file, line: line)
        return result.output
    }

    /// Sample lines by their name and labels as written, e.g. `meetingfs_open_handles` or `x{op="read"}`.
    static func samples(_ text: String) -> [String: Double] {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            samples[String(line[..<space])] = value
        }
        return samples
    }

    /// The metric families a text names (a histogram's _bucket, _count and _sum are its family).
    static func metricNames(in text: String) throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: "meetingfs_[a-z0-9_]+")
        let names = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
        return Set(names.map { name in
            for suffix in ["_bucket", "_count", "_sum"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
            return name
        })
    }
}
