import Foundation
import Store
import TestSupport
import XCTest

/// fsck on a stack of its own: clean after ordinary use; then an object deleted behind the mount's back, a stray
/// object and a daemon killed mid-upload are exactly its three findings, and --repair leaves it clean.
final class FsckTests: XCTestCase {
    func testACleanStackIsCleanAndThreeDamagesAreFoundAndRepaired() throws {
        let isolated = try IsolatedStack(label: "fsck")
        defer { isolated.tearDown() }
        let objects = isolated.objects, stack = isolated.arguments, login = isolated.postgresURL
        let fsck = isolated.command("fsck")

        let mount = try MountedFS(arguments: stack)
        defer { mount.unmount() }
        let raw = mount.at("meetings/checked/raw")
        XCTAssertTrue(try Shell.run("mkdir -p '\(raw)' && head -c 300000 /dev/urandom > '\(raw)/a.wav' && echo b > '\(raw)/b.txt'").succeeded)
        let clean = try Shell.run(fsck)
        XCTAssertEqual(clean.status, 0, clean.output + clean.error)
        XCTAssertTrue(clean.output.contains("clean"), clean.output)

        // Damage one: an object deleted behind the mount's back.
        let pool = PostgresPool(url: login, capacity: 1)
        let deleted = try XCTUnwrap(try pool.read("SELECT s3_key FROM files WHERE name = 'a.wav' AND status = 'ready'").first?.string("s3_key"))
        try objects.delete(key: deleted)
        // Two: an object no row knows.
        _ = try objects.put(key: "meetings/checked/raw/stray.bin", body: Data("stray".utf8), contentType: "application/octet-stream")
        // Three: a daemon killed while a 20 MiB file is half uploaded.
        let crashing = try MountedFS(arguments: stack)
        let control = TestStack.scratchDirectory("writer").path
        let writer = try BackgroundCommand("""
            python3 - <<'PY'
            import os, time
            f = open("\(crashing.at("meetings/checked/raw"))/big.wav", "wb")
            f.write(os.urandom(20 << 20)); f.flush()
            open("\(control)/written", "w").close()
            time.sleep(120)
            PY
            """)
        XCTAssertTrue(TestStack.wait(upTo: 60) { FileManager.default.fileExists(atPath: "\(control)/written") }, writer.output)
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? objects.listMultipartUploads(prefix: "meetings/checked/").isEmpty) == false },
                      "a multipart upload is under way")
        crashing.crash()
        writer.stop()

        let found = try Shell.run(fsck + " --json")
        XCTAssertEqual(found.status, 1, found.error)
        let findings = try JSONDecoder().decode([Fsck.Finding].self, from: Data(found.output.utf8))
        XCTAssertEqual(findings.map(\.kind.rawValue).sorted(), ["missing-object", "stray-object", "stuck-upload"], found.output)
        XCTAssertEqual(findings.first { $0.kind == .missingObject }?.key, deleted)
        XCTAssertEqual(findings.first { $0.kind == .strayObject }?.key, "meetings/checked/raw/stray.bin")

        let repaired = try Shell.run(fsck + " --repair")
        XCTAssertEqual(repaired.status, 0, repaired.output + repaired.error)
        XCTAssertTrue(repaired.error.contains("deleted stray object meetings/checked/raw/stray.bin"), repaired.error)
        let after = try Shell.run(fsck)
        XCTAssertEqual(after.status, 0, after.output + after.error)
        XCTAssertTrue(try objects.listMultipartUploads(prefix: "meetings/checked/").isEmpty, "the dead mount's upload is aborted")
    }

    func testAKeptVersionWhoseObjectIsGoneIsFoundAndRepaired() throws {
        let isolated = try IsolatedStack(label: "fsckv")
        defer { isolated.tearDown() }
        let mount = try MountedFS(arguments: isolated.arguments)
        defer { mount.unmount() }
        let sources = TestStack.scratchDirectory("v").path
        let path = mount.at("meetings/kept/artifacts/t.md")
        XCTAssertTrue(try Shell.run("""
            echo one > '\(sources)/1' && echo two > '\(sources)/2' && mkdir '\(mount.at("meetings/kept"))' && \
            cp '\(sources)/1' '\(path)' && cp '\(sources)/2' '\(path)'
            """).succeeded)
        let pool = PostgresPool(url: isolated.postgresURL, capacity: 1)
        let kept = try XCTUnwrap(try pool.read("SELECT s3_key FROM file_versions").first?.string("s3_key"))
        try isolated.objects.delete(key: kept)

        let found = try Shell.run(isolated.command("fsck", "--json"))
        XCTAssertEqual(found.status, 1, found.error)
        let findings = try JSONDecoder().decode([Fsck.Finding].self, from: Data(found.output.utf8))
        XCTAssertEqual(findings.map(\.kind), [.missingObject])
        XCTAssertEqual(findings.first?.key, kept)
        let repaired = try Shell.run(isolated.command("fsck", "--repair"))
        XCTAssertEqual(repaired.status, 0, repaired.output + repaired.error)
        XCTAssertTrue(try pool.read("SELECT 1 FROM file_versions").isEmpty, "the version without bytes is forgotten")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "two\n", "the current file is untouched")
    }
}
