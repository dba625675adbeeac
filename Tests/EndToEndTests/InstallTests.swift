import Foundation
import TestSupport
import XCTest

/// MeetingFS installed as a system file system: scripts/install, then an fstab line and `mount`/`umount`, and the
/// systemd unit's ExecStart and ExecStop run the way systemd runs them (Type=notify: ready once READY=1 arrives).
final class InstallTests: XCTestCase {
    private func sh(_ command: String, timeout: TimeInterval = 600) throws -> String {
        let result = try Shell.run(command, timeout: timeout)
        XCTAssertTrue(result.succeeded, "`\(command)`: \(result.output) \(result.error)")
        return result.output
    }

    private func mounted(_ path: String) -> Bool {
        ((try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8)) ?? "").split(separator: "\n").contains {
            let fields = $0.split(separator: " ")
            return fields.count > 4 && fields[4] == path && $0.contains("fuse.meetingfs")
        }
    }

    override func setUpWithError() throws {
        _ = try sh("'\(TestStack.projectRoot.path)/scripts/install'")
    }

    func testInstalledFilesAndAnFstabLineMountAndUnmount() throws {
        XCTAssertTrue(try sh("/usr/local/bin/meetingfs --version").hasPrefix("meetingfs"))
        for file in ["/sbin/mount.fuse.meetingfs", "/etc/systemd/system/meetingfs@.service",
                     "/usr/share/bash-completion/completions/meetingfs", "/etc/meetingfs/config.yaml.example"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: file), file)
        }
        let config = try StackConfigFile.write()
        let mountpoint = TestStack.scratchDirectory("fstab-mnt").path
        let fstab = TestStack.scratchDirectory("fstab").appendingPathComponent("fstab").path
        try "none  \(mountpoint)  fuse.meetingfs  config=\(config),_netdev,nofail  0 0\n".write(toFile: fstab, atomically: true, encoding: .utf8)
        _ = try sh("\(StackConfigFile.withoutVariables) mount -T '\(fstab)' '\(mountpoint)'", timeout: 120)
        defer { _ = try? Shell.run("umount '\(mountpoint)'") }
        XCTAssertTrue(mounted(mountpoint))
        let meeting = TestStack.uniqueId("fstab")
        XCTAssertEqual(try sh("mkdir '\(mountpoint)/meetings/\(meeting)' && echo hi > '\(mountpoint)/meetings/\(meeting)/raw/a.txt' && cat '\(mountpoint)/meetings/\(meeting)/raw/a.txt'"), "hi\n")
        _ = try sh("umount '\(mountpoint)'")
        XCTAssertTrue(TestStack.wait(upTo: 30) { !self.mounted(mountpoint) })
        XCTAssertTrue(TestStack.wait(upTo: 30) { (try? Shell.run("pgrep -f 'meetingfs mount \(mountpoint)'").succeeded) == false },
                      "the daemon exits once unmounted")
    }

    func testTheSystemdUnitStartsWhenReadyAndStops() throws {
        let unit = try String(contentsOfFile: "/etc/systemd/system/meetingfs@.service", encoding: .utf8)
        func directive(_ name: String) throws -> String {
            let line = try XCTUnwrap(unit.split(separator: "\n").first { $0.hasPrefix("\(name)=") }, name)
            return String(line.dropFirst(name.count + 1))
        }
        XCTAssertEqual(try directive("Type"), "notify")
        XCTAssertEqual(try directive("Restart"), "on-failure")
        let mountpoint = TestStack.scratchDirectory("unit-mnt").path
        // %f is the instance name unescaped: the mount point. A drop-in would point MEETINGFS_CONFIG at this file.
        let start = try directive("ExecStart").replacingOccurrences(of: "%f", with: mountpoint)
        let stop = try directive("ExecStop").replacingOccurrences(of: "%f", with: mountpoint)
        let config = try StackConfigFile.write()
        let log = TestStack.scratchDirectory("unit-log").appendingPathComponent("journal").path
        // As systemd does: $NOTIFY_SOCKET, every descriptor closed, output to "the journal" (a file here).
        let started = try Shell.run("""
            \(StackConfigFile.withoutVariables) MEETINGFS_CONFIG='\(config)' python3 - '\(start)' '\(log)' <<'PY'
            import os, shlex, socket, subprocess, sys, tempfile
            path = os.path.join(tempfile.mkdtemp(), "notify")
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            listener.bind(path)
            listener.settimeout(60)
            journal = open(sys.argv[2], "w")
            daemon = subprocess.Popen(shlex.split(sys.argv[1]), env=dict(os.environ, NOTIFY_SOCKET=path), stdin=subprocess.DEVNULL,
                                      stdout=journal, stderr=journal, start_new_session=True)
            print(listener.recv(4096).decode().replace("\\n", " "))
            print("pid", daemon.pid)
            PY
            """, timeout: 90)
        XCTAssertTrue(started.succeeded, started.error + ((try? String(contentsOfFile: log, encoding: .utf8)) ?? ""))
        XCTAssertTrue(started.output.contains("READY=1"), started.output)
        XCTAssertTrue(mounted(mountpoint), "ready means mounted")
        let pid = try XCTUnwrap(started.output.split(separator: "\n").last.flatMap { Int32($0.split(separator: " ").last ?? "") })
        XCTAssertEqual(try sh("ls '\(mountpoint)'"), "meetings\ntemp\nusers\n")
        _ = try sh(stop)
        XCTAssertTrue(TestStack.wait(upTo: 30) { kill(pid, 0) != 0 }, "ExecStop ends the daemon")
        XCTAssertFalse(mounted(mountpoint))
        XCTAssertTrue(try String(contentsOfFile: log, encoding: .utf8).contains("msg=mounted mountpoint=\(mountpoint)"), "its log reached the journal")
    }
}
