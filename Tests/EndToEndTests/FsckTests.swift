import Foundation
import TestSupport
import XCTest
import MeetingCatalog
import MeetingOperations

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

/// fsck on a live system with every legal name (issue 25, item 6).
final class FsckLiveTests: XCTestCase {
    func testNamesWithControlCharactersQuotesAndNonASCIIAreCleanAndRepairChangesNothing() throws {
        let isolated = try IsolatedStack(label: "fscknames")
        defer { isolated.tearDown() }
        let mount = try MountedFS(arguments: isolated.arguments)
        defer { mount.unmount() }
        let area = mount.at("temp/names")
        let script = """
            import os, sys
            area = sys.argv[1]
            os.mkdir(area)
            names = [f"c{b:02x}-" + chr(b) for b in list(range(1, 0x20)) + [0x7f]] + ['q"uote', "a'pos", "amp&", "lt<gt>", "ünï-名前", "plus+sp ace", "pct%41"]
            for n in names:
                with open(os.path.join(area, n), "wb") as f: f.write(n.encode("utf-8", "surrogateescape"))
            print(len(names))
            """
        let made = try Shell.run("/usr/bin/python3 -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))' '\(area)'")
        XCTAssertTrue(made.succeeded, made.error)
        let fsck = try Shell.run(isolated.command("fsck"))
        XCTAssertEqual(fsck.status, 0, fsck.output + fsck.error)
        let repaired = try Shell.run(isolated.command("fsck", "--repair"))
        XCTAssertEqual(repaired.status, 0, repaired.output + repaired.error)
        XCTAssertFalse(repaired.output.contains("deleted") || repaired.output.contains("removed"), repaired.output)
        let check = """
            import os, sys
            area = sys.argv[1]
            wrong = [n for n in os.listdir(area) if open(os.path.join(area, n), "rb").read() != n.encode("utf-8", "surrogateescape")]
            print(len(os.listdir(area)), wrong)
            """
        let read = try Shell.run("/usr/bin/python3 -c '\(check.replacingOccurrences(of: "'", with: "'\\''"))' '\(area)'")
        XCTAssertEqual(read.output, "\(made.output.trimmingCharacters(in: .whitespacesAndNewlines)) []\n", read.error)
    }

    func testFsckEverySecondWhileAnotherMountWritesReportsNothing() throws {
        let isolated = try IsolatedStack(label: "fscklive")
        defer { isolated.tearDown() }
        let mount = try MountedFS(arguments: isolated.arguments)
        defer { mount.unmount() }
        let raw = mount.at("meetings/busy/raw")
        XCTAssertTrue(try Shell.run("mkdir -p '\(raw)'").succeeded)
        let writer = try BackgroundCommand("""
            end=$((SECONDS + 30)); i=0
            while [ $SECONDS -lt $end ]; do
              i=$((i + 1)); head -c $((i % 7 * 1500000 + 100)) /dev/urandom > "\(raw)/f $((i % 5))+"
              cp "\(raw)/f $((i % 5))+" "\(raw)/.tmp" && mv "\(raw)/.tmp" "\(raw)/e.json"
              if [ $((i % 3)) -eq 0 ]; then rm -f "\(raw)/f $(((i + 1) % 5))+"; fi
            done
            """)
        var runs = 0
        while writer.isRunning {
            let fsck = try Shell.run(isolated.command("fsck"))
            XCTAssertEqual(fsck.status, 0, "run \(runs): \(fsck.output)\(fsck.error)")
            runs += 1
        }
        XCTAssertEqual(writer.wait(upTo: 60), 0, writer.output)
        XCTAssertGreaterThan(runs, 5)
    }
}

/// PostgreSQL crashing under writers loses no create for good and leaves no object stray (issue 25, item 4).
final class PostgresCrashTests: XCTestCase {
    func testThreeCrashesUnderTwoCopyLoopsCollectNoUploadAndLeaveNoStrayObject() throws {
        let isolated = try IsolatedStack(label: "pgcrash")
        defer { isolated.tearDown() }
        let logs = TestStack.scratchDirectory("crash-logs").path
        let mounts = try (0..<2).map { try MountedFS(arguments: isolated.arguments + ["--log-file", "\(logs)/mount\($0).log"]) }
        defer { mounts.forEach { $0.unmount() } }
        XCTAssertTrue(try Shell.run("mkdir '\(mounts[0].at("meetings/crashed"))'").succeeded)
        let source = TestStack.scratchDirectory("crash-source").appendingPathComponent("s.bin").path
        XCTAssertTrue(try Shell.run("head -c 300000 /dev/urandom > '\(source)'").succeeded)
        let stop = TestStack.scratchDirectory("crash-stop").appendingPathComponent("stop").path
        let loops = try mounts.enumerated().map { index, mounted in
            try BackgroundCommand("""
                n=0; failed=0
                while [ ! -e '\(stop)' ]; do
                  n=$((n + 1)); cp '\(source)' '\(mounted.at("meetings/crashed/raw"))/c\(index)-'$n || failed=$((failed + 1))
                done; echo "$n $failed"
                """)
        }
        let copies = { (try? FileManager.default.contentsOfDirectory(atPath: mounts[0].at("meetings/crashed/raw")).count) ?? 0 }
        for _ in 0..<3 {
            let before = copies()
            XCTAssertTrue(TestStack.wait(upTo: 60) { copies() >= before + 20 }, "the loops copy between crashes")
            try TestStack.crashPostgres()
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        for loop in loops { XCTAssertEqual(loop.wait(upTo: 120), 0, loop.output) }
        let logged = try Shell.run("cat '\(logs)'/mount*.log")
        XCTAssertFalse(logged.output.contains("was collected"), "a create lost in a crash is written again by its commit")
        let fsck = try Shell.run(isolated.command("fsck"))
        let errors = logged.output.split(separator: "\n").filter { $0.contains("level=error") || $0.contains("msg=EIO") }
        XCTAssertEqual(fsck.status, 0, "copies per loop and failures: \(loops.map(\.output)); fsck: \(fsck.output)\(fsck.error)"
                       + "; the mounts' errors: \(errors.joined(separator: "\n"))")
    }
}
