import Foundation
import TestSupport
import XCTest

/// `meetingfs url` links, fetched with curl as the bot would: exactly the bytes, ranges, no use after expiry or
/// after one character is changed; through S3 presigning without SSE-C, through `meetingfs serve` with it.
final class DownloadLinkTests: XCTestCase {
    private var mount: MountedFS?
    private var server: BackgroundCommand?
    private var caFile: String { TestStack.environment["MEETINGFS_S3_CA_FILE"] ?? "" }

    override func tearDownWithError() throws {
        mount?.unmount()
        server?.stop()
    }

    private func run(_ command: String) throws -> String {
        let result = try Shell.run(command, timeout: 120)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// curl's status code and the sha256 of the body it received.
    private func fetch(_ url: String, _ options: String = "") throws -> (status: String, sha256: String) {
        let output = try run("curl -s --max-time 30 --cacert '\(caFile)' \(options) -o \"$TMPDIR/body.$$\" -w '%{http_code}' '\(url)'; "
                             + "echo; sha256sum < \"$TMPDIR/body.$$\"; rm -f \"$TMPDIR/body.$$\"")
        let lines = output.split(separator: "\n")
        return (String(lines.first ?? ""), String(lines.last?.prefix(64) ?? ""))
    }

    private func sha256(_ path: String, range: ClosedRange<Int>? = nil) throws -> String {
        let slice = range.map { "| tail -c +\($0.lowerBound + 1) | head -c \($0.count)" } ?? ""
        return String(try run("cat '\(path)' \(slice) | sha256sum").prefix(64))
    }

    /// One character of the link changed, in its signature or in what it signs.
    private func altered(_ url: String) -> [String] {
        var signature = Array(url)
        let index = url.range(of: "Signature=").map { url.distance(from: url.startIndex, to: $0.upperBound) + 3 }
            ?? (url.range(of: "/d/v1.")!.upperBound.utf16Offset(in: url) + 1)
        signature[index] = signature[index] == "1" ? "2" : "1"
        return [String(signature)]
    }

    private func assertLinkServes(_ url: String, _ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try fetch(url).status, "200", file: file, line: line)
        XCTAssertEqual(try fetch(url).sha256, try sha256(source), file: file, line: line)
        let partial = try fetch(url, "-r 1000-70999")
        XCTAssertEqual(partial.status, "206", file: file, line: line)
        XCTAssertEqual(partial.sha256, try sha256(source, range: 1000...70999), file: file, line: line)
        for changed in altered(url) {
            XCTAssertEqual(try fetch(changed).status, "403", "altered: \(changed)", file: file, line: line)
        }
    }

    private func assertExpires(_ url: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? self.fetch(url).status) == "403" }, "the link still works after its expiry",
                      file: file, line: line)
    }

    private func urlCommand(_ path: String, _ arguments: String = "") throws -> String {
        try run("'\(TestStack.binary)' url '\(path)' \(arguments)")
    }

    func testPresignedLinksServeTheBytesAndNothingElse() throws {
        mount = try MountedFS()
        let meeting = TestStack.uniqueId("link")
        let source = TestStack.scratchDirectory("src").appendingPathComponent("talk.wav").path
        let path = mount!.at("meetings/\(meeting)/raw/talk.wav")
        _ = try run("head -c \(3 << 20) /dev/urandom > '\(source)' && mkdir '\(mount!.at("meetings/\(meeting)"))' && cp '\(source)' '\(path)'")

        let link = try urlCommand(path)
        XCTAssertTrue(link.contains("X-Amz-Signature="), link)
        try assertLinkServes(link, source)
        XCTAssertEqual(try fetch(try urlCommand("meetings/\(meeting)/raw/talk.wav", "--expires 7d")).sha256, try sha256(source),
                       "a path relative to the file system's root works too")
        try assertExpires(try urlCommand(path, "--expires 2s"))

        let refused = try Shell.run("'\(TestStack.binary)' url '\(path)' --expires 8d")
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.error.contains("at most") || refused.error.contains("between"), refused.error)
        let audited = try TestStack.ownerPool().read(
            "SELECT count(*) AS n FROM audit_log WHERE action = 'url' AND path = $1 AND result = 'ok'",
            ["meetings/\(meeting)/raw/talk.wav"])
        XCTAssertEqual(audited.first?.int("n"), 3, "every link is in the audit log")
    }

    func testServedLinksOfSSECFilesStreamWithTheKeyAndDieWithTheirVersion() throws {
        let endpoint = try XCTUnwrap(TestStack.environment["MEETINGFS_SSE_C_S3_ENDPOINT"])
        let key = TestStack.scratchDirectory("keys").appendingPathComponent("sse.key").path
        _ = try run("head -c 32 /dev/urandom > '\(key)' && chmod 600 '\(key)'")
        let port = try TestStack.freePort()
        let tls = "\(TestStack.stateDirectory)/tls"
        let common = ["--s3-endpoint", endpoint, "--sse-c-key-file", key, "--link-base-url", "https://127.0.0.1:\(port)"]
        server = try BackgroundCommand(([TestStack.binary, "serve", "--listen", "127.0.0.1:\(port)", "--tls-cert-file",
                                         "\(tls)/server.crt", "--tls-key-file", "\(tls)/server.key"] + common)
            .map { "'\($0)'" }.joined(separator: " "))
        XCTAssertTrue(TestStack.wait(upTo: 60) { self.server!.output.contains("listening") }, server!.output)

        mount = try MountedFS(arguments: common)
        let meeting = TestStack.uniqueId("served")
        let source = TestStack.scratchDirectory("src").appendingPathComponent("summary.json").path
        let path = mount!.at("meetings/\(meeting)/artifacts/summary.json")
        _ = try run("head -c \(5 << 20) /dev/urandom > '\(source)' && mkdir '\(mount!.at("meetings/\(meeting)"))' && cp '\(source)' '\(path)'")

        let arguments = common.map { "'\($0)'" }.joined(separator: " ")
        let link = try urlCommand(path, arguments)
        XCTAssertTrue(link.hasPrefix("https://127.0.0.1:\(port)/d/v1."), link)
        try assertLinkServes(link, source)
        let head = try run("curl -s -I --cacert '\(caFile)' '\(link)'")
        XCTAssertTrue(head.contains("content-length: \(5 << 20)") || head.contains("Content-Length: \(5 << 20)"), head)
        try assertExpires(try urlCommand(path, "--expires 2s " + arguments))

        let fromAttribute = try run("getfattr --only-values -n user.meetingfs.url '\(path)'")
        XCTAssertEqual(try fetch(fromAttribute).sha256, try sha256(source), "the url attribute is a working link")
        _ = try run("head -c 1000 /dev/urandom > '\(path)'")
        XCTAssertEqual(try fetch(link).status, "404", "a replaced version is gone")

        let owner = try TestStack.ownerPool()
        XCTAssertTrue(try TestStack.wait(upTo: 30) {
            try owner.read("SELECT count(*) AS n FROM audit_log WHERE action = 'download' AND path = $1 AND result = 'ok'",
                           ["meetings/\(meeting)/artifacts/summary.json"]).first?.int("n") ?? 0 >= 5
        }, "each download is in the audit log")
    }
}
