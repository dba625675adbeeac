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

    /// The five timers and their services: installed with the config file's schedule, accepted by systemd-analyze
    /// verify, and each service's ExecStart lines, run by hand as systemd would run them on a stack of its own,
    /// succeed and leave the metrics the alert rules in docs/alerts-timers.yml read.
    func testTheTimersInstallVerifyAndTheirServicesRunByHand() throws {
        let stack = try IsolatedStack(label: "timers")
        defer { stack.tearDown() }
        let mount = try MountedFS(arguments: stack.arguments)
        _ = try sh("mkdir '\(mount.at("meetings/scheduled"))' && head -c 3000000 /dev/urandom > '\(mount.at("meetings/scheduled/raw/call.wav"))'")
        mount.unmount()
        let env = TestStack.environment
        let textfiles = TestStack.scratchDirectory("textfiles").path
        let config = TestStack.scratchDirectory("timer-config").appendingPathComponent("config.yaml").path
        try """
            postgres: { url: '\(stack.postgresURL)', owner_url: '\(stack.ownerURL)' }
            s3:
              endpoint: '\(env["MEETINGFS_S3_ENDPOINT"] ?? "")'
              bucket: '\(stack.bucket)'
              access_key: '\(env["MEETINGFS_S3_ACCESS_KEY"] ?? "")'
              secret_key: '\(env["MEETINGFS_S3_SECRET_KEY"] ?? "")'
              ca_file: '\(env["MEETINGFS_S3_CA_FILE"] ?? "")'
            state_dir: '\(TestStack.scratchDirectory("timer-state").path)'
            cache: { dir: '\(TestStack.scratchDirectory("timer-cache").path)' }
            metrics: { textfile_dir: '\(textfiles)' }
            backup: { target: '\(TestStack.scratchDirectory("timer-backups").path)', keep_last: 2 }
            schedule: { backup: '*-*-* 01:15:00' }
            """.write(toFile: config, atomically: true, encoding: .utf8)
        chmod(config, 0o600)
        _ = try sh("MEETINGFS_CONFIG='\(config)' '\(TestStack.projectRoot.path)/scripts/install'")

        let units = ["meetingfs-gc", "meetingfs-backup", "meetingfs-backup-verify", "meetingfs-restore-drill", "meetingfs-maintain"]
        for unit in units {
            for suffix in ["service", "timer"] {
                let verified = try Shell.run("systemd-analyze verify --man=no /etc/systemd/system/\(unit).\(suffix)")
                XCTAssertTrue(verified.succeeded && verified.error.isEmpty, "\(unit).\(suffix): \(verified.error)")
            }
        }
        let backupTimer = try String(contentsOfFile: "/etc/systemd/system/meetingfs-backup.timer", encoding: .utf8)
        XCTAssertTrue(backupTimer.contains("OnCalendar=*-*-* 01:15:00\n"), "the config file's schedule: \(backupTimer)")
        XCTAssertTrue(try String(contentsOfFile: "/etc/systemd/system/meetingfs-gc.timer", encoding: .utf8).contains("OnCalendar=hourly\n"))

        // As systemd runs them: the unit's environment (MEETINGFS_CONFIG, here this stack's file), none of ours.
        let clean = StackConfigFile.withoutVariables + " -u MEETINGFS_OWNER_POSTGRES_URL -u MEETINGFS_POSTGRES_FAILOVER_TIMEOUT MEETINGFS_CONFIG='\(config)'"
        for unit in units {
            let service = try String(contentsOfFile: "/etc/systemd/system/\(unit).service", encoding: .utf8)
            let starts = service.split(separator: "\n").filter { $0.hasPrefix("ExecStart=") }.map { $0.dropFirst("ExecStart=".count) }
            XCTAssertFalse(starts.isEmpty, unit)
            for start in starts { _ = try sh("\(clean) \(start)") }
        }
        for task in ["gc", "backup", "backup_prune", "backup_verify", "restore_drill", "maintain"] {
            let metrics = try String(contentsOfFile: "\(textfiles)/meetingfs_\(task).prom", encoding: .utf8)
            XCTAssertTrue(metrics.contains("\nmeetingfs_\(task)_last_success_timestamp_seconds 1"), metrics)
        }
        XCTAssertTrue(try sh("cat '\(textfiles)'/*.prom | promtool check metrics 2>&1 || true").isEmpty, "promtool accepts the textfiles")

        // The rules: a stale success and a failed drill fire, a fresh one does not.
        let rules = TestStack.projectRoot.appendingPathComponent("docs/alerts-timers.yml").path
        XCTAssertTrue(try sh("promtool check rules '\(rules)'").contains("SUCCESS"))
        let ruleTest = TestStack.scratchDirectory("rule-test").appendingPathComponent("test.yml").path
        try """
            rule_files: ['\(rules)']
            evaluation_interval: 1m
            tests:
              - interval: 1m
                input_series:
                  - series: 'meetingfs_backup_last_success_timestamp_seconds{instance="stale"}'
                    values: '-200000+0x30'
                  - series: 'meetingfs_backup_last_success_timestamp_seconds{instance="fresh"}'
                    values: '0+60x30'
                  - series: 'meetingfs_restore_drill_passed{instance="stale"}'
                    values: '0x30'
                alert_rule_test:
                  - eval_time: 20m
                    alertname: MeetingFSBackupOverdue
                    exp_alerts:
                      - exp_labels: { severity: critical, instance: stale }
                        exp_annotations:
                          summary: "stale: meetingfs backup last succeeded 2d 7h 53m 20s ago (scheduled daily at 02:00)"
                          description: "systemctl status meetingfs-backup.service and journalctl -u it say why."
                  - eval_time: 5m
                    alertname: MeetingFSRestoreDrillFailed
                    exp_alerts:
                      - exp_labels: { severity: critical, instance: stale }
                        exp_annotations:
                          summary: "stale: the last restore drill failed: the backup could not be restored whole"
                          description: "Its audit row (action restore-drill) and journalctl -u meetingfs-restore-drill.service name the files."
            """.write(toFile: ruleTest, atomically: true, encoding: .utf8)
        let tested = try Shell.run("promtool test rules '\(ruleTest)'")
        XCTAssertTrue(tested.succeeded, tested.output + tested.error)
    }
}
