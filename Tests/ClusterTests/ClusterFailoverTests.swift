import Foundation
import MeetingCatalog
import TestSupport
import XCTest

/// Two mounts on scripts/cluster's topology, losing one server at a time while they write and read: a volume
/// server, an S3 gateway, the masters' leader, the PostgreSQL primary. Each test brings what it killed back.
final class ClusterFailoverTests: XCTestCase {
    private var a: MountedFS!
    private var b: MountedFS!
    private var meeting: String!

    override func setUpWithError() throws {
        guard TestStack.environment["MEETINGFS_CLUSTER_DIR"] != nil else {
            throw XCTSkip("the cluster tier runs on scripts/cluster: scripts/test --cluster")
        }
        XCTAssertNil(TestStack.environment["MEETINGFS_POSTGRES_FAILOVER_TIMEOUT"], "the mounts keep their default window")
        try Cluster.restoreEverything()
        a = try MountedFS()
        b = try MountedFS()
        meeting = TestStack.uniqueId("cluster")
        try Shell.run("mkdir '\(a.at("meetings/\(meeting!)"))'")
    }

    override func tearDownWithError() throws {
        a?.unmount()
        b?.unmount()
        try Cluster.restoreEverything()
    }

    private func area(_ mount: MountedFS) -> String { mount.at("meetings/\(meeting!)/artifacts") }

    func testStatusShowsTheWholeTopology() throws {
        let services = try Cluster.services()
        func roles(_ kind: String) -> [String] { services.filter { $0.kind == kind }.map(\.role).sorted() }
        XCTAssertEqual(roles("master"), ["follower", "follower", "leader"])
        XCTAssertEqual(roles("volume"), ["rack1", "rack1", "rack2", "rack2"])
        XCTAssertEqual(roles("filer").count, 2)
        XCTAssertEqual(roles("s3").count, 2)
        XCTAssertEqual(roles("postgres"), ["primary", "standby"])
        XCTAssertTrue(services.allSatisfy { $0.pid != nil && !$0.address.isEmpty }, "\(services)")
    }

    /// Health names the primary, the standby and its lag (the owner's role may read them), and the masters'
    /// leader; with a volume server down it fails, naming the volumes left one copy short.
    func testHealthNamesTheClusterAndFailsWhileAVolumeServerIsDown() throws {
        let owner = try XCTUnwrap(TestStack.environment["MEETINGFS_OWNER_POSTGRES_URL"])
        let services = try Cluster.services()
        let primary = try XCTUnwrap(services.first { $0.kind == "postgres" && $0.role == "primary" })
        let leader = try XCTUnwrap(services.first { $0.kind == "master" && $0.role == "leader" })
        let healthy = try Shell.run("'\(TestStack.binary)' health --postgres-url '\(owner)'")
        XCTAssertTrue(healthy.succeeded, healthy.output + healthy.error)
        XCTAssertTrue(healthy.output.contains("postgresql: ok: reached the primary \(primary.address)"), healthy.output)
        XCTAssertNotNil(healthy.output.range(of: #"replication: ok: standby pgautofailover_standby_\d streaming quorum, lag \d+ bytes"#,
                                             options: .regularExpression), healthy.output)
        XCTAssertTrue(healthy.output.contains("seaweedfs: ok: leader \(leader.address)."), healthy.output)
        XCTAssertEqual(healthy.output.components(separatedBy: "\ns3 https://").count - 1, 2, "each gateway checked: \(healthy.output)")
        let written = try Workload.start(.write, area(a), count: 4, size: 1 << 20)
        XCTAssertEqual(written.finish(), Workload.Summary(ok: 4, failed: []), written.output)
        try Cluster.run("kill volume2")
        var unhealthy = try Shell.run("'\(TestStack.binary)' health")
        XCTAssertTrue(try TestStack.wait(upTo: 30) {
            unhealthy = try Shell.run("'\(TestStack.binary)' health")
            return unhealthy.output.contains("volumes below their replication")
        }, unhealthy.output)
        XCTAssertEqual(unhealthy.status, 1, unhealthy.output)
        XCTAssertNotNil(unhealthy.output.range(of: #"seaweedfs: FAILED: .*3 volume servers .*\d+ volumes below their replication: \d+ \(1 of 2\)"#,
                                               options: .regularExpression), unhealthy.output)
        let metrics = try Shell.run("'\(TestStack.binary)' health --prometheus")
        XCTAssertNotNil(metrics.output.range(of: #"\nmeetingfs_seaweedfs_volumes_under_replicated [1-9]"#, options: .regularExpression), metrics.output)
        XCTAssertTrue(metrics.output.contains("meetingfs_health_ok{part=\"seaweedfs\"} 0"), metrics.output)
    }

    /// What only health sees goes to Prometheus through `health --prometheus`; its alert rules pass promtool and
    /// use only the metrics it prints.
    func testHealthMetricsFeedTheirAlertRules() throws {
        let owner = try XCTUnwrap(TestStack.environment["MEETINGFS_OWNER_POSTGRES_URL"])
        // A quota, so that its use is among what health prints (MeetingFSQuotaNearlyFull).
        let quota = try Shell.run("'\(TestStack.binary)' quota set --meeting \(meeting!) 1G --postgres-url '\(owner)'")
        XCTAssertTrue(quota.succeeded, quota.error)
        let metrics = try Shell.run("'\(TestStack.binary)' health --prometheus --postgres-url '\(owner)'")
        XCTAssertTrue(metrics.succeeded, metrics.output + metrics.error)
        for line in ["meetingfs_health_ok{part=\"replication\"} 1", "meetingfs_seaweedfs_volume_servers 4",
                     "meetingfs_seaweedfs_volumes_under_replicated 0", "meetingfs_postgres_standbys_streaming 1",
                     "meetingfs_quota_used_ratio{kind=\"meeting\",name=\"\(meeting!)\"} 0"] {
            XCTAssertTrue(metrics.output.contains(line), "\(line) in \(metrics.output)")
        }
        XCTAssertNotNil(metrics.output.range(of: #"meetingfs_postgres_replication_lag_bytes\{standby="pgautofailover_standby_\d"\} \d"#,
                                             options: .regularExpression), metrics.output)
        let rules = TestStack.projectRoot.appendingPathComponent("docs/alerts-health.yml").path
        let check = try Shell.run("promtool check rules '\(rules)'")
        XCTAssertTrue(check.succeeded && check.output.contains("SUCCESS"), check.output + check.error)
        let used = Set(try String(contentsOfFile: rules, encoding: .utf8).matches(of: /meetingfs_[a-z0-9_]+/).map { String($0.output) })
        let printed = Set(metrics.output.split(separator: "\n").filter { $0.hasPrefix("# TYPE ") }.map { String($0.split(separator: " ")[2]) })
        XCTAssertEqual(used.subtracting(printed), [], "docs/alerts-health.yml uses metrics health does not print")
    }

    /// 20 files of 8 MiB written while a volume server is killed, then read back on the other mount while it is
    /// still down: every write and every read succeeds with the right bytes (each volume has a copy in each rack).
    func testAVolumeServerLostUnderWritesLosesNothing() throws {
        let writer = try Workload.start(.write, area(a), count: 20, size: 8 << 20)
        XCTAssertTrue(writer.waitForProgress(3), writer.output)
        try Cluster.run("kill volume1")
        XCTAssertEqual(writer.finish(), Workload.Summary(ok: 20, failed: []), writer.output)
        let reader = try Workload.start(.verify, area(b), count: 20, size: 8 << 20)
        XCTAssertEqual(reader.finish(), Workload.Summary(ok: 20, failed: []), reader.output)
    }

    /// One gateway killed while both mounts work: its requests move to the other gateway, none fails, and none
    /// waits longer than the S3 timeout.
    func testAnS3GatewayLostUnderWritesAndReadsFailsNoOperation() throws {
        let earlier = try Workload.start(.write, area(a), count: 6, size: 4 << 20, prefix: "earlier")
        XCTAssertEqual(earlier.finish(), Workload.Summary(ok: 6, failed: []), earlier.output)
        let writer = try Workload.start(.write, area(a), count: 12, size: 4 << 20)
        let reader = try Workload.start(.verify, area(b), count: 6, size: 4 << 20, prefix: "earlier", rounds: 4)
        XCTAssertTrue(writer.waitForProgress(2), writer.output)
        try Cluster.run("kill s3gw1")
        XCTAssertEqual(writer.finish(), Workload.Summary(ok: 12, failed: []), writer.output)
        XCTAssertEqual(reader.finish(), Workload.Summary(ok: 24, failed: []), reader.output)
        XCTAssertLessThan(max(writer.slowestSeconds, reader.slowestSeconds), 30, "no operation waited past the S3 timeout")
        let check = try Workload.start(.verify, area(b), count: 12, size: 4 << 20)
        XCTAssertEqual(check.finish(), Workload.Summary(ok: 12, failed: []), check.output)
    }

    /// The masters' leader killed during writes: another master is elected and the writes all succeed.
    func testTheMasterLeaderLostElectsAnotherWithoutAnError() throws {
        let leader = try XCTUnwrap(try Cluster.services().first { $0.kind == "master" && $0.role == "leader" })
        let writer = try Workload.start(.write, area(a), count: 10, size: 4 << 20)
        XCTAssertTrue(writer.waitForProgress(2), writer.output)
        try Cluster.run("kill \(leader.name)")
        XCTAssertTrue(try TestStack.wait(upTo: 60) {
            try Cluster.services().contains { $0.kind == "master" && $0.role == "leader" && $0.name != leader.name }
        }, "a new leader")
        XCTAssertEqual(writer.finish(), Workload.Summary(ok: 10, failed: []), writer.output)
        let reader = try Workload.start(.verify, area(b), count: 10, size: 4 << 20)
        XCTAssertEqual(reader.finish(), Workload.Summary(ok: 10, failed: []), reader.output)
    }

    /// The primary killed (keeper and server, as a lost host) during 200 small-file creates on A: the standby is
    /// promoted and the loop finishes; every file whose close returned 0 is on B with its bytes, every other one
    /// is absent; fsck is clean; both listeners are back; the old primary rejoins as the standby.
    func testThePrimaryLostDuringCreatesKeepsEveryAcknowledgedFile() throws {
        let primary = try XCTUnwrap(try Cluster.services().first { $0.kind == "postgres" && $0.role == "primary" })
        let writer = try Workload.start(.write, area(a), count: 200, size: 4096)
        XCTAssertTrue(writer.waitForProgress(30), writer.output)
        try Cluster.run("kill \(primary.name)")
        let written = writer.finish(upTo: 600)
        XCTAssertEqual(written.ok + written.failed.count, 200, writer.output)
        XCTAssertEqual(written.failed, [], "the mount's failover window (60 s) outlasts the promotion")
        XCTAssertTrue(try TestStack.wait(upTo: 60) {
            try Cluster.services().contains { $0.kind == "postgres" && $0.role == "primary" && $0.name != primary.name }
        }, "the standby is promoted")
        let listed = Set(try FileManager.default.contentsOfDirectory(atPath: area(b)))
        let acknowledged = Set((0..<200).map { "file-\($0).bin" }).subtracting(written.failed)
        XCTAssertEqual(listed, acknowledged, "B lists exactly the files whose close returned 0")
        let reader = try Workload.start(.verify, area(b), count: 200, size: 4096, skipping: written.failed)
        XCTAssertEqual(reader.finish(), Workload.Summary(ok: acknowledged.count, failed: []), reader.output)
        // Clean for this meeting: an earlier run killed mid-write may have left objects for gc in the same bucket.
        let fsck = try Shell.run("'\(TestStack.binary)' fsck")
        XCTAssertTrue([0, 1].contains(fsck.status), fsck.output + fsck.error)
        XCTAssertFalse((fsck.output + fsck.error).contains("meetings/\(meeting!)/"), fsck.output + fsck.error)
        let superuser = PostgresPool(url: try XCTUnwrap(TestStack.environment["MEETINGFS_SUPERUSER_POSTGRES_URL"]), capacity: 1)
        XCTAssertTrue(try TestStack.wait(upTo: 30) {
            (try superuser.read("SELECT count(*) AS n FROM pg_stat_activity WHERE query = 'LISTEN meetingfs_changes'").first?.int("n") ?? 0) >= 2
        }, "A's and B's listeners are connected to the new primary")
        try Cluster.run("start \(primary.name)")
        XCTAssertTrue(try TestStack.wait(upTo: 120) {
            try Cluster.services().first { $0.name == primary.name }?.role == "standby"
        }, "the old primary rejoins as the standby")
    }
}
