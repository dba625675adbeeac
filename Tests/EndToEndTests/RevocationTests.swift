import Foundation
import TestSupport
import XCTest

/// Revocation at once (docs/security.md): an unshare or a role change is announced to every mount, so the next
/// open fails within a second; a write descriptor opened before an unshare publishes nothing at close; a link the
/// user minted through `meetingfs serve` stops working.
final class RevocationTests: XCTestCase {
    private var server: BackgroundCommand?
    private var mount: MountedFS?

    override func tearDown() {
        mount?.unmount()
        server?.stop()
    }

    private func cli(_ arguments: String) throws {
        let result = try Shell.run("'\(TestStack.binary)' \(arguments)", timeout: 60)
        XCTAssertTrue(result.succeeded, "meetingfs \(arguments): \(result.error)")
    }

    func testAnUnshareOrARoleChangeReachesARunningMountAtOnce() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // other uids reach the mount point
        let port = try TestStack.freePort()
        let tls = "\(TestStack.stateDirectory)/tls"
        let linkServer = ["--link-base-url", "https://127.0.0.1:\(port)"]
        server = try BackgroundCommand(([TestStack.binary, "serve", "--listen", "127.0.0.1:\(port)", "--tls-cert-file",
                                         "\(tls)/server.crt", "--tls-key-file", "\(tls)/server.key"] + linkServer)
            .map { "'\($0)'" }.joined(separator: " "))
        XCTAssertTrue(TestStack.wait(upTo: 60) { self.server!.output.contains("listening") }, server!.output)
        let mount = try MountedFS(arguments: linkServer)
        self.mount = mount

        let tag = TestStack.uniqueId("revoke")
        let owner = UInt32.random(in: 100_000...2_000_000_000), member = owner + 1, worker = owner + 2
        try cli("user add \(tag)-owner --uid \(owner) --role member")
        try cli("user add \(tag)-member --uid \(member) --role member")
        try cli("user add \(tag)-worker --uid \(worker) --role worker")
        let meeting = "\(tag)-m"
        let path = mount.at("meetings/\(meeting)/raw/a.wav")
        XCTAssertEqual(try AsUser.run(uid: owner, [["mkdir", mount.at("meetings/\(meeting)")], ["write", path]]), ["ok", "ok"])
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try cli("share \(meeting) \(tag)-member --write")
        XCTAssertEqual(try AsUser.run(uid: member, [["read", path]]), ["ok"])

        // Before the unshare the member mints a link and opens a write descriptor.
        let asMember = "setpriv --reuid \(member) --regid \(member) --clear-groups"
        let link = try Shell.run("\(asMember) getfattr --only-values -n user.meetingfs.url '\(path)'").output
        XCTAssertTrue(link.hasPrefix("https://127.0.0.1:\(port)/d/v1."), link)
        let fetch = { try Shell.run("curl -s -o /dev/null -w '%{http_code}' --cacert '\(tls)/ca.crt' '\(link)'").output }
        XCTAssertEqual(try fetch(), "200")
        let signals = URL(fileURLWithPath: "/tmp/meetingfs-revoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: signals, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        defer { try? FileManager.default.removeItem(at: signals) }
        let writer = try BackgroundCommand("""
            \(asMember) /usr/bin/python3 -c '
            import errno, os, sys, time
            fd = os.open(sys.argv[1], os.O_WRONLY)
            os.write(fd, b"written by a member whose share is taken away")
            open(sys.argv[2] + "/ready", "w").close()
            while not os.path.exists(sys.argv[2] + "/go"): time.sleep(0.01)
            try:
                os.close(fd); print("close ok")
            except OSError as e:
                print("close " + errno.errorcode[e.errno])
            ' '\(path)' '\(signals.path)'
            """)
        XCTAssertTrue(TestStack.wait(upTo: 30) { FileManager.default.fileExists(atPath: signals.appendingPathComponent("ready").path) }, writer.output)

        try cli("unshare \(meeting) \(tag)-member")
        let unshared = Date()
        XCTAssertTrue(try TestStack.wait(upTo: 5) { try AsUser.run(uid: member, [["read", path]]) != ["ok"] })
        XCTAssertLessThan(Date().timeIntervalSince(unshared), 1, "the member's next open failed within a second")

        FileManager.default.createFile(atPath: signals.appendingPathComponent("go").path, contents: nil)
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)
        XCTAssertEqual(writer.output.trimmingCharacters(in: .whitespacesAndNewlines), "close EACCES")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), original, "nothing of the revoked writer is published")
        XCTAssertEqual(try fetch(), "403", "the member's link died with its share")

        XCTAssertEqual(try AsUser.run(uid: worker, [["read", path]]), ["ok"])
        try cli("user set-role \(tag)-worker member")
        let demoted = Date()
        XCTAssertTrue(try TestStack.wait(upTo: 5) { try AsUser.run(uid: worker, [["read", path]]) != ["ok"] })
        XCTAssertLessThan(Date().timeIntervalSince(demoted), 1, "the role change reached the running mount within a second")
    }
}
