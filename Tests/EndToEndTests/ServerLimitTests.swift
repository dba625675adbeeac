import Foundation
import TestSupport
import XCTest

/// The link server and the metrics server cannot be tied up (docs/security.md): connections that say nothing are
/// closed within 15 s whatever their number, the descriptors they held come back, and stalled downloads cost no
/// thread each.
final class ServerLimitTests: XCTestCase {
    private var server: BackgroundCommand?
    private var mount: MountedFS?

    override func tearDown() {
        mount?.unmount()
        server?.stop()
    }

    private static func descriptors(_ pid: Int32) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd").count) ?? -1
    }

    private static func threads(_ pid: Int32) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task").count) ?? -1
    }

    /// Opens 300 connections, sends nothing, and waits for the server to close each: how many it closed within
    /// 15 s, and the seconds the last one took.
    private func silentConnections(port: String, pid: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let baseline = Self.descriptors(pid)
        let result = try Shell.run("""
            python3 -c '
            import select, socket, sys, time
            socks = [socket.create_connection(("127.0.0.1", int(sys.argv[1]))) for _ in range(300)]
            start, open_ = time.time(), set(socks)
            while open_ and time.time() - start < 15:
                ready, _, _ = select.select(list(open_), [], [], 0.5)
                for s in ready:
                    try:
                        if not s.recv(1): open_.discard(s)
                    except OSError:
                        open_.discard(s)
            print(300 - len(open_), round(time.time() - start, 1))
            ' \(port)
            """, timeout: 60)
        let words = result.output.split(separator: " ")
        XCTAssertEqual(words.first, "300", "closed by the server within 15 s: \(result.output) \(result.error)", file: file, line: line)
        XCTAssertTrue(TestStack.wait(upTo: 5) { Self.descriptors(pid) <= baseline },
                      "descriptors back to \(baseline): \(Self.descriptors(pid))", file: file, line: line)
    }

    func testSilentConnectionsAreClosedAndStalledDownloadsTakeNoThreadEach() throws {
        let port = String(try TestStack.freePort())
        let linkServer = ["--link-base-url", "http://127.0.0.1:\(port)"]
        server = try BackgroundCommand(([TestStack.binary, "serve", "--listen", "127.0.0.1:\(port)"] + linkServer)
            .map { "'\($0)'" }.joined(separator: " "))
        XCTAssertTrue(TestStack.wait(upTo: 60) { self.server!.output.contains("listening") }, server!.output)
        let pid = try XCTUnwrap(Int32(try Shell.run("pgrep -f -n 'meetingfs serve --listen 127.0.0.1:\(port)'").output
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        try silentConnections(port: port, pid: pid)

        // 40 downloads of 8 MiB whose clients never read: the server keeps its threads.
        let mount = try MountedFS(arguments: linkServer)
        self.mount = mount
        let meeting = TestStack.uniqueId("stall")
        let path = mount.at("meetings/\(meeting)/raw/big.wav")
        XCTAssertTrue(try Shell.run("mkdir '\(mount.at("meetings/\(meeting)"))' && head -c \(8 << 20) /dev/urandom > '\(path)'").succeeded)
        let link = try Shell.run("getfattr --only-values -n user.meetingfs.url '\(path)'").output
        XCTAssertEqual(try Shell.run("curl -s -o /dev/null -w '%{http_code}' '\(link)'").output, "200")
        let before = Self.threads(pid)
        let stalled = try BackgroundCommand("""
            python3 -c '
            import socket, sys, time, urllib.parse
            url = urllib.parse.urlsplit(sys.argv[1])
            socks = []
            for _ in range(40):
                s = socket.socket()
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                s.connect((url.hostname, url.port))
                s.sendall(("GET " + url.path + " HTTP/1.1\\r\\nHost: x\\r\\n\\r\\n").encode())
                socks.append(s)
            print("sent", flush=True)
            time.sleep(60)
            ' '\(link)'
            """)
        defer { stalled.stop() }
        // Each stalled download has filled its socket: the server has started all 40.
        XCTAssertTrue(try TestStack.wait(upTo: 30) {
            let queues = try Shell.run("ss -tnH state established '( sport = :\(port) )'").output
            return queues.split(separator: "\n").filter { ($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first).flatMap { Int($0) } ?? 0 > 0 }.count >= 40
        }, "40 downloads under way")
        XCTAssertLessThan(Self.threads(pid), before + 8, "threads before: \(before), now: \(Self.threads(pid))")
    }

    func testTheMetricsServerClosesSilentConnectionsAndCountsThoseOverItsCap() throws {
        let port = String(try TestStack.freePort())
        let mount = try MountedFS(arguments: ["--metrics-listen", "127.0.0.1:\(port)"])
        self.mount = mount
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? Shell.run("curl -sf http://127.0.0.1:\(port)/metrics").succeeded) ?? false })
        try silentConnections(port: port, pid: mount.pid)
        let scraped = try Shell.run("curl -sf http://127.0.0.1:\(port)/metrics").output
        let refused = scraped.split(separator: "\n").first { $0.hasPrefix("meetingfs_server_connections_refused_total{server=\"metrics\"}") }
        XCTAssertGreaterThanOrEqual(refused.flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0, 236,
                                    "300 at once against a cap of 64: \(refused ?? "no line")")
    }
}
