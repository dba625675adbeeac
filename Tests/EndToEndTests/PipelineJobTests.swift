import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// The pipeline's jobs as workers use them (issue 27): claimed with `meetingfs job` by a worker uid with no
/// database credentials of its own, leases, stages in order, and the meeting status the bot watches.
final class PipelineJobTests: EndToEndCase {
    private var worker: UInt32 = 0
    private var member: UInt32 = 0
    private var config: String!

    override func setUpWithError() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // the worker's uid walks to the mount point
        try super.setUpWithError()
        worker = 40000 + UInt32.random(in: 0..<20000)
        member = worker + 1
        try sh("'\(TestStack.binary)' user add \(TestStack.uniqueId("worker")) --uid \(worker) --role worker")
        try sh("'\(TestStack.binary)' user add \(TestStack.uniqueId("member")) --uid \(member) --role member")
        // Jobs are shared by every test's meetings: none that others left queued, or running with a lease that
        // ends during this test, may be the oldest when it claims.
        try PostgresPool(url: TestStack.superuserURL(), capacity: 1).query(
            "UPDATE jobs SET state = 'cancelled' WHERE state IN ('queued', 'running')")
        // In /tmp, which the worker's and member's uids can read (the tests' scratch directory may be private).
        config = "/tmp/meetingfs-pipeline-\(UUID().uuidString).yaml"
        try """
            pipeline:
              - stage: transcribe
                after: raw
                max_attempts: 2
                backoff: 1s
              - stage: diarize
                after: transcribe
              - stage: summarize
                after: diarize
            """.write(toFile: config, atomically: true, encoding: .utf8)
        chmod(config, 0o644)
        // The mount queues the stages its config file names, with their attempts and backoff.
        mount.unmount()
        mount = try MountedFS(arguments: ["--config", config])
    }

    override func tearDownWithError() throws {
        try super.tearDownWithError()
        if let config { try? FileManager.default.removeItem(atPath: config) }
    }

    /// `meetingfs ARGUMENTS` as `uid`, with the dev stack's settings and the test's config file.
    private func meetingfs(_ arguments: String, as uid: UInt32) throws -> Shell.Result {
        try Shell.run("HOME=/tmp MEETINGFS_CONFIG='\(config!)' setpriv --reuid \(uid) --regid \(uid) --clear-groups '\(TestStack.binary)' \(arguments)")
    }

    private func json(_ result: Shell.Result, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        XCTAssertTrue(result.succeeded, "exit \(result.status): \(result.error)", file: file, line: line)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], result.output,
                             file: file, line: line)
    }

    private func claim(_ kind: String, _ extra: String = "") throws -> [String: Any] {
        try json(try meetingfs("job claim --kind \(kind) --json \(extra)", as: worker))
    }

    private func status(of meeting: String) throws -> String {
        try sh("getfattr --only-values -n user.meetingfs.status '\(mount.at("meetings/\(meeting)"))'")
    }

    func testAWorkerClaimsTheRecordingByItsPathAndASecondClaimFindsNothing() throws {
        let source = TestStack.scratchDirectory("source").appendingPathComponent("rec.wav").path
        try sh("head -c 300000 /dev/urandom > '\(source)' && chmod 644 '\(source)' && cp '\(source)' '\(meetingPath)/raw/rec.wav'")
        XCTAssertEqual(try status(of: meeting), "uploaded")

        let job = try claim("transcribe", "--mount '\(mount.path)'")
        XCTAssertEqual(job["meeting"] as? String, meeting)
        XCTAssertEqual(job["file"] as? String, "raw/rec.wav")
        XCTAssertEqual(job["attempt"] as? Int, 1)
        XCTAssertNotNil(job["lease_until"] as? String)
        let path = try XCTUnwrap(job["path"] as? String)
        XCTAssertEqual(path, "\(meetingPath)/raw/rec.wav")
        let read = try Shell.run("setpriv --reuid \(worker) --regid \(worker) --clear-groups cmp '\(path)' '\(source)'")
        XCTAssertTrue(read.succeeded, "the worker reads the recording at the path it was given: \(read.error)")
        XCTAssertEqual(try status(of: meeting), "processing")

        let none = try meetingfs("job claim --kind transcribe --wait 1", as: worker)
        XCTAssertEqual(none.status, 75, none.error)
        XCTAssertEqual(none.output, "", "nothing on standard output when no job came")

        let refused = try meetingfs("job claim --kind transcribe", as: member)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.error.contains("only workers and admins claim jobs"), refused.error)
        let unknown = try meetingfs("job claim --kind transcrbe", as: worker)
        XCTAssertTrue(unknown.error.contains("no stage 'transcrbe'"), unknown.error)
    }

    func testALeaseNeitherRenewedNorFinishedIsClaimedAgainAsAttemptTwo() throws {
        try sh("echo take1 > '\(meetingPath)/raw/take.wav'")
        let first = try claim("transcribe", "--lease 2")
        XCTAssertEqual(first["attempt"] as? Int, 1)
        let started = Date()
        let again = try claim("transcribe", "--wait 10")
        XCTAssertEqual(again["id"] as? Int, first["id"] as? Int)
        XCTAssertEqual(again["attempt"] as? Int, 2)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 1, "not before the lease ended")
        let stale = try meetingfs("job done \(first["id"]!) --attempt 1", as: worker)
        XCTAssertEqual(stale.status, 1, "the first claim's worker lost its lease")
        XCTAssertTrue(stale.error.contains("is in attempt 2 now, not 1"), stale.error)
        let heartbeat = try meetingfs("job heartbeat \(first["id"]!)", as: member)
        XCTAssertEqual(heartbeat.status, 1, "a member holds no job")
        XCTAssertTrue(try meetingfs("job heartbeat \(first["id"]!) --lease 60", as: worker).succeeded)
        let audit = try Shell.run("""
            '\(TestStack.binary)' audit --path meetings/\(meeting!) --json --postgres-url "$MEETINGFS_OWNER_POSTGRES_URL"
            """)
        for action in ["job-queued", "job-claimed", "job-requeued"] {
            XCTAssertTrue(audit.output.contains("\"\(action)\""), "\(action) is audited: \(audit.output.prefix(2000))")
        }
    }

    func testStagesFollowEachOtherAndTheWatchedStatusGoesToReadyOrFailed() throws {
        let watch = try BackgroundCommand("""
            HOME=/tmp setpriv --reuid \(member) --regid \(member) --clear-groups '\(TestStack.binary)' meeting watch --json &
            HOME=/tmp '\(TestStack.binary)' meeting watch --json
            """)
        defer { watch.stop() }
        XCTAssertTrue(TestStack.wait(upTo: 20) { watch.output.components(separatedBy: "listening").count == 3 })

        try sh("echo voice > '\(meetingPath)/raw/a.wav'")
        for kind in ["transcribe", "diarize", "summarize"] {
            let job = try claim(kind, "--wait 5")
            XCTAssertEqual(job["meeting"] as? String, meeting, kind)
            XCTAssertEqual(try status(of: meeting), "processing")
            let done = try meetingfs("job done \(job["id"]!) --result '{\"ok\": true}' --json", as: worker)
            XCTAssertTrue(done.succeeded, done.error)
            let queued = (try JSONSerialization.jsonObject(with: Data(done.output.utf8)) as? [String: Any])?["queued"] as? [[String: Any]]
            XCTAssertEqual(queued?.map { $0["kind"] as? String }, kind == "summarize" ? [] : [kind == "transcribe" ? "diarize" : "summarize"])
        }
        XCTAssertEqual(try status(of: meeting), "ready")
        let changes = { watch.output.split(separator: "\n").filter { $0.contains("\"meeting\":\"\(self.meeting!)\"") } }
        XCTAssertTrue(TestStack.wait(upTo: 10) { changes().filter { $0.contains("\"ready\"") }.count == 1 }, watch.output)
        let statuses = changes().compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["status"] as? String
        }
        XCTAssertEqual(statuses, ["uploaded", "processing", "ready"], "printed by the admin's watch; the member sees none of it")

        // A stage that fails past its attempts (two, the config says) leaves the meeting failed.
        let second = TestStack.uniqueId("fails")
        try sh("mkdir '\(mount.at("meetings/\(second)"))' && echo x > '\(mount.at("meetings/\(second)/raw/b.wav"))'")
        for attempt in 1...2 {
            let job = try claim("transcribe", "--wait 10")
            XCTAssertEqual(job["attempt"] as? Int, attempt)
            XCTAssertTrue(try meetingfs("job fail \(job["id"]!) --error 'decoder crashed'", as: worker).succeeded)
        }
        XCTAssertEqual(try status(of: second), "failed")
        let listed = try meetingfs("job list --meeting \(second) --json", as: worker)
        let failed = try XCTUnwrap((try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])?.first,
                                   listed.output + listed.error)
        XCTAssertEqual(failed["state"] as? String, "failed")
        XCTAssertEqual(failed["error"] as? String, "decoder crashed")
        let hidden = try meetingfs("job list --meeting \(second)", as: member)
        XCTAssertTrue(hidden.error.contains("no meeting '\(second)'"), "a member lists only meetings it may read: \(hidden.error)")
        XCTAssertTrue(try meetingfs("job retry \(failed["id"]!)", as: worker).error.contains("only admins"))
        XCTAssertTrue(try Shell.run("MEETINGFS_CONFIG='\(config!)' '\(TestStack.binary)' job retry \(failed["id"]!)").succeeded)
        XCTAssertEqual(try status(of: second), "uploaded", "retried with its attempts from zero")
    }
}
