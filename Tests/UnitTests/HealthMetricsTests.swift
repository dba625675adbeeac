import XCTest
@testable import MeetingOperations

/// `meetingfs health --prometheus`: each check's verdict and what it measured, in the text format.
final class HealthMetricsTests: XCTestCase {
    func testVerdictsAndMeasurementsInTheTextFormat() {
        var replication = Health.Check(part: "replication", ok: true, detail: "")
        replication.measurements = [
            Health.Measurement(name: "meetingfs_postgres_replication_lag_bytes", help: "lag", labels: ["standby": "s\"2"], value: 42),
            Health.Measurement(name: "meetingfs_postgres_standbys_streaming", help: "standbys", value: 1),
        ]
        let text = HealthMetrics.text([Health.Check(part: "s3 https://a:1", ok: false, detail: "x"), replication],
                                      at: Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(text, """
            # HELP meetingfs_health_ok 1 when the check passed at the last health run, 0 when it failed.
            # TYPE meetingfs_health_ok gauge
            meetingfs_health_ok{part="s3 https://a:1"} 0
            meetingfs_health_ok{part="replication"} 1
            # HELP meetingfs_postgres_replication_lag_bytes lag
            # TYPE meetingfs_postgres_replication_lag_bytes gauge
            meetingfs_postgres_replication_lag_bytes{standby="s\\"2"} 42
            # HELP meetingfs_postgres_standbys_streaming standbys
            # TYPE meetingfs_postgres_standbys_streaming gauge
            meetingfs_postgres_standbys_streaming 1
            # HELP meetingfs_health_timestamp_seconds When health last ran.
            # TYPE meetingfs_health_timestamp_seconds gauge
            meetingfs_health_timestamp_seconds 1700000000

            """)
    }

    func testTheJSONKeepsItsFields() throws {
        var check = Health.Check(part: "seaweedfs", ok: true, detail: "d")
        check.measurements = [Health.Measurement(name: "meetingfs_seaweedfs_volume_servers", help: "h", value: 4)]
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(check)) as? [String: Any]
        XCTAssertEqual(object?.keys.sorted(), ["detail", "ok", "part"])
    }
}
