import Foundation
import TestSupport
import XCTest
import MeetingCrypto
import MeetingObjects

/// `--sse-c-key-file`: objects are stored under a key S3 does not keep; without it they cannot be read. `rekey`
/// moves every object to a new key, after which the old key opens nothing.
final class CustomerKeyTests: XCTestCase {
    private var mount: MountedFS?
    /// The S3 gateway for SSE-C (dev-stack's: the same filer, without volume encryption).
    private var endpoint: String { TestStack.environment["MEETINGFS_SSE_C_S3_ENDPOINT"] ?? "" }

    override func tearDownWithError() throws {
        mount?.unmount()
    }

    private func keyFile(_ name: String) throws -> String {
        let path = TestStack.scratchDirectory("keys").appendingPathComponent(name).path
        let result = try Shell.run("head -c 32 /dev/urandom > '\(path)' && chmod 600 '\(path)'")
        XCTAssertTrue(result.succeeded, result.error)
        return path
    }

    private func run(_ command: String) throws -> String {
        let result = try Shell.run(command, timeout: 300)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    /// A client of the test bucket that reads with exactly these keys.
    private func client(_ keyFiles: [String]) throws -> S3Client {
        var config = try TestStack.settings().s3
        config.endpoints = [try XCTUnwrap(URL(string: endpoint))]
        config.customerKeys = try keyFiles.map { CustomerKey(try KeyFile.load($0, option: "test")) }
        return S3Client(config: config)
    }

    private func opens(_ key: String, with keyFiles: [String]) throws -> Bool {
        (try? client(keyFiles).get(key: key, offset: 0, length: 16)) != nil
    }

    func testObjectsNeedTheirKeyAndRekeyLeavesTheOldKeyNothingToOpen() throws {
        let old = try keyFile("old.key"), new = try keyFile("new.key")
        let sources = TestStack.scratchDirectory("src")
        try run("head -c \(3 << 20) /dev/urandom > '\(sources.path)/small.wav' && head -c \(20 << 20) /dev/urandom > '\(sources.path)/large.wav'")
        let meeting = TestStack.uniqueId("ssec")

        // Written with the old key: a single PUT and a multipart upload.
        mount = try MountedFS(arguments: ["--s3-endpoint", endpoint, "--sse-c-key-file", old])
        var raw: String { mount!.at("meetings/\(meeting)/raw") }
        _ = try run("mkdir -p '\(raw)' && cp '\(sources.path)/small.wav' '\(sources.path)/large.wav' '\(raw)/'")
        // An artifact written twice (cp: one version per write): its first version is kept, under the old key too.
        let notes = mount!.at("meetings/\(meeting)/artifacts/notes.md")
        _ = try run("echo first > '\(sources.path)/n1' && echo second > '\(sources.path)/n2' && cp '\(sources.path)/n1' '\(notes)' && cp '\(sources.path)/n2' '\(notes)'")
        let rows = try TestStack.settings().makePool(capacity: 1)
        func objects() throws -> [String: (key: String, sse: String?)] {
            Dictionary(uniqueKeysWithValues: try rows.read("""
                SELECT f.name, f.s3_key, f.sse_key FROM files f JOIN meetings m ON m.id = f.meeting_id
                WHERE m.public_id = $1 AND f.status = 'ready'
                """, [meeting]).all.map { ($0.string("name"), ($0.string("s3_key"), $0["sse_key"])) })
        }
        let before = try objects()
        XCTAssertEqual(before.count, 3)
        for (name, object) in before {
            XCTAssertFalse(try opens(object.key, with: []), "\(name): S3 must refuse a GET without the key")
            XCTAssertTrue(try opens(object.key, with: [old]), name)
            XCTAssertEqual(object.sse, KeyFile.fingerprint(try KeyFile.load(old, option: "test")), "the row names its key")
        }
        mount!.unmount()

        // A mount holding both keys reads the old objects and writes new ones with the new key.
        mount = try MountedFS(arguments: ["--s3-endpoint", endpoint, "--sse-c-key-file", new, "--sse-c-old-key-file", old])
        XCTAssertEqual(try run("sha256sum < '\(raw)/large.wav'"), try run("sha256sum < '\(sources.path)/large.wav'"))
        _ = try run("cp '\(sources.path)/small.wav' '\(raw)/third.wav'")
        XCTAssertTrue(try opens(try XCTUnwrap(try objects()["third.wav"]).key, with: [new]))
        mount!.unmount()

        let rekey = "'\(TestStack.binary)' rekey --s3-endpoint '\(endpoint)' --meeting \(meeting)"
        let output = try run("\(rekey) --sse-c-key-file '\(old)' --new-key-file '\(new)' --delete-originals")
        XCTAssertTrue(output.contains("4 objects re-encrypted"), "three files and the kept version: \(output)")
        XCTAssertTrue(output.contains("4 originals deleted"), output)
        XCTAssertTrue(try run("\(rekey) --sse-c-key-file '\(new)' --new-key-file '\(new)'")
            .contains("0 objects to re-encrypt"), "a second run finds nothing left")

        let after = try objects()
        for (name, object) in after {
            XCTAssertTrue(try opens(object.key, with: [new]), name)
            XCTAssertFalse(try opens(object.key, with: [old]), name)
        }
        let prefix = try XCTUnwrap(after["small.wav"]?.key.components(separatedBy: "/raw/").first)
        let stored = try client([]).list(prefix: prefix)
        XCTAssertEqual(stored.count, 5, "only the current objects and the kept version are left: \(stored.map(\.key))")
        let kept = try XCTUnwrap(try rows.read("SELECT s3_key FROM file_versions WHERE name = 'notes.md' AND meeting_id = (SELECT id FROM meetings WHERE public_id = $1)",
                                               [meeting]).first?.string("s3_key"))
        XCTAssertTrue(try opens(kept, with: [new]), "the kept version moved to the new key")
        for object in stored { XCTAssertFalse(try opens(object.key, with: [old]), "the old key opens \(object.key)") }

        mount = try MountedFS(arguments: ["--s3-endpoint", endpoint, "--sse-c-key-file", new])
        for name in ["small", "large"] {
            XCTAssertEqual(try run("sha256sum < '\(raw)/\(name).wav'"), try run("sha256sum < '\(sources.path)/\(name).wav'"), name)
        }
    }

    /// SeaweedFS 4.48 serves wrong bytes for SSE-C ranges through a gateway that encrypts volume data: such a
    /// gateway is refused at mount, before a byte could be misread.
    func testAGatewayThatMisreadsSSECRangesIsRefused() throws {
        let key = try keyFile("k.key")
        let result = try Shell.run("'\(TestStack.binary)' mount '\(TestStack.scratchDirectory("mnt").path)' --sse-c-key-file '\(key)'")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.error.contains("wrong bytes for a ranged read of an SSE-C object"), result.error)
    }

    func testAKeyFileOthersCanReadIsRefused() throws {
        let key = try keyFile("open.key")
        _ = try run("chmod 644 '\(key)'")
        let result = try Shell.run("'\(TestStack.binary)' mount '\(TestStack.scratchDirectory("mnt").path)' --sse-c-key-file '\(key)'")
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.error.contains("readable by group or others"), result.error)
    }
}
