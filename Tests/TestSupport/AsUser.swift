import Foundation

/// File operations made by a real process running as another uid (through setpriv), each answering "ok" or the
/// name of the errno it failed with. Operations: stat, list, read, write (create or replace with one byte),
/// mkdir, rmdir, unlink, rename FROM TO, chmod PATH OCTAL, chown PATH UID, utime, truncate.
public enum AsUser {
    public static func run(uid: UInt32, _ operations: [[String]]) throws -> [String] {
        let directory = URL(fileURLWithPath: "/tmp")
        let script = directory.appendingPathComponent("meetingfs-asuser-\(UUID().uuidString).py")
        let input = directory.appendingPathComponent("meetingfs-asuser-\(UUID().uuidString).json")
        defer {
            try? FileManager.default.removeItem(at: script)
            try? FileManager.default.removeItem(at: input)
        }
        try program.write(to: script, atomically: true, encoding: .utf8)
        try JSONEncoder().encode(operations).write(to: input)
        for file in [script, input] { chmod(file.path, 0o644) }
        let runAs = uid == 0 ? "" : "setpriv --reuid=\(uid) --regid=\(uid) --clear-groups "
        let result = try Shell.run("\(runAs)/usr/bin/python3 '\(script.path)' '\(input.path)'", timeout: 120)
        guard result.succeeded, let data = result.output.data(using: .utf8),
            let answers = try? JSONDecoder().decode([String].self, from: data), answers.count == operations.count
        else { throw MountedFS.MountFailed(description: "operations as uid \(uid) did not run: \(result.error)") }
        return answers
    }

    private static let program = """
        import errno, json, os, sys
        answers = []
        for op in json.load(open(sys.argv[1])):
            kind, path = op[0], op[1]
            try:
                if kind == "stat": os.stat(path)
                elif kind == "list": os.listdir(path)
                elif kind == "read": open(path, "rb").read()
                elif kind == "write":
                    with open(path, "wb") as f: f.write(b"x")
                elif kind == "mkdir": os.mkdir(path)
                elif kind == "rmdir": os.rmdir(path)
                elif kind == "unlink": os.unlink(path)
                elif kind == "rename": os.rename(path, op[2])
                elif kind == "chmod": os.chmod(path, int(op[2], 8))
                elif kind == "chown": os.chown(path, int(op[2]), -1)
                elif kind == "utime": os.utime(path, (1, 1))
                elif kind == "truncate": os.truncate(path, 0)
                else: raise SystemExit("unknown operation " + kind)
                answers.append("ok")
            except OSError as e:
                answers.append(errno.errorcode.get(e.errno, str(e.errno)))
        print(json.dumps(answers))
        """
}
