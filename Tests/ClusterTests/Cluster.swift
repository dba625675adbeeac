import Foundation
import TestSupport
import XCTest

/// scripts/cluster, driven by the tests.
enum Cluster {
    struct Service: Decodable {
        let name: String
        let kind: String
        let role: String
        let pid: Int?
        let address: String
    }

    /// Runs `scripts/cluster ARGUMENTS` (or another script of scripts/) through Python, which closes every
    /// inherited descriptor: a server it starts must not hold the one by which Foundation learns that its child ended.
    @discardableResult
    static func run(_ arguments: String, script name: String = "cluster") throws -> String {
        let script = TestStack.projectRoot.appendingPathComponent("scripts/\(name)").path
        let result = try Shell.run("""
            python3 -c 'import subprocess, sys; r = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, capture_output=True, text=True); \
            print(r.stdout, end=""); sys.stderr.write(r.stderr); sys.exit(r.returncode)' '\(script)' \(arguments)
            """, timeout: 300)
        guard result.succeeded else { throw Failed(description: "scripts/\(name) \(arguments): \(result.output) \(result.error)") }
        return result.output
    }

    static func services() throws -> [Service] {
        try JSONDecoder().decode([Service].self, from: Data(try run("status --json").utf8))
    }

    /// Starts whatever a test killed and waits for the whole topology: a leader, a primary and a standby, and
    /// every volume server known to the masters' leader with every volume at its replication (a volume server
    /// restarted runs before its heartbeat reaches the leader: health says when it has).
    static func restoreEverything() throws {
        for service in try services() where service.pid == nil { try run("start \(service.name)") }
        let whole = try TestStack.wait(upTo: 180) {
            let services = try services()
            guard services.allSatisfy({ $0.pid != nil }), services.contains(where: { $0.role == "leader" }),
                services.filter({ $0.kind == "postgres" }).map(\.role).sorted() == ["primary", "standby"]
            else { return false }
            return try Shell.run("'\(TestStack.binary)' health").output.contains("\nseaweedfs: ok: ")
        }
        guard whole else {
            throw Failed(description: "the cluster did not come back whole: \(try run("status")) \((try? Shell.run("'\(TestStack.binary)' health").output) ?? "")")
        }
    }

    struct Failed: Error, CustomStringConvertible { let description: String }
}

/// A Python process writing or verifying numbered files of seeded bytes, reporting each operation on a line
/// ("ok NAME SECONDS" or "fail NAME ERRNO") and its progress in a file the test waits on.
final class Workload {
    enum Mode: String { case write, verify }

    struct Summary: Equatable {
        var ok: Int
        var failed: Set<String>
    }

    private let command: BackgroundCommand
    private let progress: URL

    private init(_ command: BackgroundCommand, progress: URL) {
        self.command = command
        self.progress = progress
    }

    static func start(_ mode: Mode, _ directory: String, count: Int, size: Int, prefix: String = "file", rounds: Int = 1,
                      skipping: Set<String> = []) throws -> Workload {
        let progress = TestStack.scratchDirectory("progress").appendingPathComponent("count")
        let script = TestStack.scratchDirectory("workload").appendingPathComponent("workload.py")
        try program.write(to: script, atomically: true, encoding: .utf8)
        let skip = TestStack.scratchDirectory("skip").appendingPathComponent("names")
        try skipping.joined(separator: "\n").write(to: skip, atomically: true, encoding: .utf8)
        let command = try BackgroundCommand(
            "python3 '\(script.path)' \(mode.rawValue) '\(directory)' \(count) \(size) '\(prefix)' \(rounds) '\(progress.path)' '\(skip.path)'")
        return Workload(command, progress: progress)
    }

    /// Waits (up to two minutes) until `done` operations have ended.
    func waitForProgress(_ done: Int) -> Bool {
        TestStack.wait(upTo: 120) { (Int((try? String(contentsOf: progress, encoding: .utf8)) ?? "") ?? 0) >= done }
    }

    var output: String { command.output }

    /// What every operation answered, once the process ended (a process that did not end counts all as failed).
    func finish(upTo seconds: TimeInterval = 300) -> Summary {
        guard command.wait(upTo: seconds) == 0 else { return Summary(ok: -1, failed: ["did not finish: \(output)"]) }
        var summary = Summary(ok: 0, failed: [])
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.first == "ok" { summary.ok += 1 }
            if words.first == "fail", words.count > 1 { summary.failed.insert(String(words[1])) }
        }
        return summary
    }

    /// The longest any one operation took.
    var slowestSeconds: Double {
        output.split(separator: "\n").compactMap { line -> Double? in
            let words = line.split(separator: " ")
            return words.first == "ok" && words.count == 3 ? Double(words[2]) : nil
        }.max() ?? 0
    }

    private static let program = """
        import errno, os, random, sys, time
        mode, directory, count, size, prefix, rounds, progress, skip = sys.argv[1:9]
        count, size, rounds = int(count), int(size), int(rounds)
        skipped = set(open(skip).read().split())
        done = 0
        def expected(i):
            return random.Random(prefix + str(i)).randbytes(size)
        for _ in range(rounds):
            for i in range(count):
                name = "%s-%d.bin" % (prefix, i)
                if name in skipped:
                    continue
                path = os.path.join(directory, name)
                started = time.monotonic()
                try:
                    if mode == "write":
                        with open(path, "wb") as f:
                            f.write(expected(i))
                    else:
                        with open(path, "rb") as f:
                            if f.read() != expected(i):
                                raise OSError(errno.EBADMSG, "wrong bytes")
                    print("ok %s %.3f" % (name, time.monotonic() - started), flush=True)
                except OSError as error:
                    print("fail %s %s" % (name, errno.errorcode.get(error.errno, error.errno)), flush=True)
                done += 1
                with open(progress + ".tmp", "w") as f:
                    f.write(str(done))
                os.rename(progress + ".tmp", progress)
        """
}
