import Foundation
import TestSupport
import XCTest
import MeetingCatalog
import MeetingOperations

/// What the audit log holds after real activity at a mount, that its chain proves it unaltered, and that an
/// outage of PostgreSQL loses none of it.
final class AuditTests: XCTestCase {
    private var mount: MountedFS!
    private var tag: String!
    private var alice: UInt32 = 0
    private var bob: UInt32 = 0

    override func setUpWithError() throws {
        _ = try TestStack.settings()
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // other uids reach the mount point
        mount = try MountedFS()
        tag = TestStack.uniqueId("audit")
        alice = UInt32.random(in: 100_000...2_000_000_000)
        bob = alice + 1
        try cli("user add \(tag!)-alice --uid \(alice) --role member")
        try cli("user add \(tag!)-bob --uid \(bob) --role member")
        XCTAssertEqual(try AsUser.run(uid: bob, [["mkdir", mount.at("meetings/\(tag!)-bobs")]]), ["ok"])
    }

    override func tearDownWithError() throws {
        mount?.unmount()
    }

    func testASessionLeavesExactlyItsRowsInOrderAndTheChainProvesThem() throws {
        let meeting = "meetings/\(tag!)-s"
        let answers = try AsUser.run(uid: alice, [
            ["mkdir", mount.at(meeting)],
            ["write", mount.at("\(meeting)/raw/a.wav")],
            ["read", mount.at("\(meeting)/raw/a.wav")],
            ["rename", mount.at("\(meeting)/raw/a.wav"), mount.at("\(meeting)/raw/b.wav")],
            ["write", mount.at("\(meeting)/artifacts/forged.md")],
            ["stat", mount.at("meetings/\(tag!)-bobs")],
            ["chmod", mount.at("\(meeting)/raw/b.wav"), "600"],
            ["unlink", mount.at("\(meeting)/raw/b.wav")],
        ])
        XCTAssertEqual(answers, ["ok", "ok", "ok", "ok", "EACCES", "ENOENT", "ok", "ok"])
        mount.unmount()  // flushes the queue

        let sha = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"  // sha256 of "x"
        let user = "\(tag!)-alice"
        let expected: [Seen] = [
            Seen("mkdir", meeting),
            Seen("create", "\(meeting)/raw/a.wav"),
            Seen("commit", "\(meeting)/raw/a.wav", bytes: 1, detail: sha),
            Seen("open", "\(meeting)/raw/a.wav", detail: "read"),
            Seen("rename", "\(meeting)/raw/a.wav", detail: "\(meeting)/raw/b.wav"),
            Seen("create", "\(meeting)/artifacts/forged.md", result: "EACCES"),
            Seen("lookup", "meetings/\(tag!)-bobs", result: "ENOENT"),
            Seen("chmod", "\(meeting)/raw/b.wav"),
            Seen("unlink", "\(meeting)/raw/b.wav"),
        ].map { $0.by(alice, user) }
        let json = try cli("audit --user \(user) --json", owner: true)
        let rows = try JSONDecoder().decode([AuditTrail.Row].self, from: Data(json.utf8))
        XCTAssertEqual(rows.map(Seen.init), expected)
        XCTAssertEqual(rows.map(\.id), rows.map(\.id).sorted())

        XCTAssertTrue(try cli("audit verify", owner: true).contains("intact"))
        // One row altered by the owner role breaks the chain at that row; put back, the chain holds again.
        let owner = try TestStack.ownerPool()
        let victim = try XCTUnwrap(rows.first { $0.action == "rename" })
        try owner.query("UPDATE audit_log SET path = 'meetings/elsewhere' WHERE id = $1", [String(victim.id)])
        let broken = try run("audit verify", owner: true)
        try owner.query("UPDATE audit_log SET path = $2 WHERE id = $1", [String(victim.id), victim.path])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.output.contains("BROKEN at row \(victim.id)"), broken.output)
        XCTAssertTrue(try cli("audit verify", owner: true).contains("intact"))
    }

    func testRowsOfAPostgresOutageArriveAfterwardNoneLost() throws {
        let meeting = "meetings/\(tag!)-o"
        XCTAssertEqual(try AsUser.run(uid: alice, [["mkdir", mount.at(meeting)]]), ["ok"])
        try TestStack.stopPostgres()
        var attempts: [String] = []
        do {
            defer { try? TestStack.startPostgres() }
            let until = Date().addingTimeInterval(30)
            while Date() < until {
                let path = "meetings/\(tag!)-down-\(attempts.count)"
                attempts.append(path)
                XCTAssertEqual(try AsUser.run(uid: alice, [["stat", mount.at(path)]]), ["EIO"])
            }
        }
        let owner = try TestStack.ownerPool()
        let arrived = try TestStack.wait(upTo: 30) {
            let found = try owner.query("SELECT DISTINCT path FROM audit_log WHERE uid = $1 AND result = 'EIO' AND action = 'lookup'",
                                        [String(alice)]).all.map { $0.string("path") }
            return Set(found).isSuperset(of: attempts)
        }
        XCTAssertTrue(arrived, "rows of \(attempts.count) attempts made while PostgreSQL was down did not all arrive")
        XCTAssertGreaterThanOrEqual(attempts.count, 3)
        // The mount works again, and what it does now is recorded as before.
        XCTAssertEqual(try AsUser.run(uid: alice, [["write", mount.at("\(meeting)/raw/after.wav")]]), ["ok"])
        XCTAssertTrue(try TestStack.wait(upTo: 10) {
            try !owner.query("SELECT 1 FROM audit_log WHERE path = $1 AND action = 'commit'", ["\(meeting)/raw/after.wav"]).isEmpty
        })
    }

    /// What a row says, without its id and time.
    private struct Seen: Equatable, CustomStringConvertible {
        var uid: UInt32? = nil
        var user: String? = nil
        let action: String
        let path: String
        var bytes: Int64? = nil
        var detail: String? = nil
        var result = "ok"

        init(_ action: String, _ path: String, bytes: Int64? = nil, detail: String? = nil, result: String = "ok") {
            self.action = action
            self.path = path
            self.bytes = bytes
            self.detail = detail
            self.result = result
        }

        init(_ row: AuditTrail.Row) {
            self.init(row.action, row.path, bytes: row.bytes, detail: row.detail, result: row.result)
            uid = row.uid
            user = row.user
        }

        func by(_ uid: UInt32, _ user: String) -> Seen {
            var seen = self
            seen.uid = uid
            seen.user = user
            return seen
        }

        var description: String { "\(action) \(path) \(bytes.map(String.init) ?? "-") \(detail ?? "-") \(result) by \(user ?? "?")" }
    }

    /// A name may hold a newline and an escape sequence; on a terminal the audit table shows them escaped, so a
    /// file cannot forge a row or recolour one.
    func testControlCharactersInANameShowEscapedInTheAuditTable() throws {
        let meeting = "meetings/\(tag!)-bobs"
        let name = "x\nforged row\u{1B}[31mred\u{202E}vaw.wav"
        XCTAssertEqual(try AsUser.run(uid: bob, [["write", mount.at("\(meeting)/raw/\(name)")]]), ["ok"])
        mount.unmount()
        let table = try cli("audit --path \(meeting) --action create", owner: true)
        XCTAssertTrue(table.contains("raw/x\\nforged row\\e[31mred\\u{202e}vaw.wav"), table)
        XCTAssertFalse(table.unicodeScalars.contains { $0.value == 0x1B }, table)
        XCTAssertEqual(table.split(separator: "\n").count, 2, "the header and one row: \(table)")
    }

    /// After `audit checkpoint` (taken here by the mount's own login), the owner, who can rewrite the table, cuts
    /// the newest rows, or rewrites the oldest and recomputes every later hash so the chain itself verifies:
    /// `audit verify` fails either way and names the break.
    func testACheckpointCatchesACutLogAndARewrittenHistory() throws {
        let directory = TestStack.scratchDirectory("anchor")
        let key = directory.appendingPathComponent("audit.key").path
        _ = try Shell.run("head -c 32 /dev/urandom > '\(key)' && chmod 600 '\(key)'")
        let tampering = [
            "cut": "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)",
            "rewritten": """
                UPDATE audit_log SET detail = 'forged' WHERE id = (SELECT min(id) FROM audit_log);
                DO $$ DECLARE r audit_log; previous text := ''; BEGIN
                    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
                        r.prev_hash := previous;
                        r.hash := encode(sha256(convert_to(audit_log_canonical(r), 'UTF8')), 'hex');
                        UPDATE audit_log SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
                        previous := r.hash;
                    END LOOP; END $$
                """,
        ]
        for (what, sql) in tampering {
            let stack = try IsolatedStack(label: "anchor")
            defer { stack.tearDown() }
            let anchors = "--checkpoint-file '\(directory.path)/\(what).jsonl' --audit-key-file '\(key)'"
            for n in 1...4 {
                try cli("user add \(tag!)-\(what)-\(n) --uid \(alice + 10 + UInt32(n)) --role member --postgres-url '\(stack.ownerURL)'")
            }
            XCTAssertTrue(try cli("audit checkpoint \(anchors) --postgres-url '\(stack.postgresURL)'").contains("audit checkpoint at row"))
            try cli("user add \(tag!)-\(what)-later --uid \(alice + 20) --role member --postgres-url '\(stack.ownerURL)'")
            let before = try run("audit verify \(anchors) --postgres-url '\(stack.ownerURL)'")
            XCTAssertTrue(before.succeeded && before.output.contains("up to the checkpoint"), before.output + before.error)

            try PostgresPool(url: stack.ownerURL, capacity: 1).query(sql)
            let plain = try run("audit verify --checkpoint-file '\(directory.path)/none.jsonl' --audit-key-file '\(key)' --postgres-url '\(stack.ownerURL)'")
            XCTAssertTrue(plain.succeeded, "\(what): the chain alone cannot tell: \(plain.output)")
            let after = try run("audit verify \(anchors) --postgres-url '\(stack.ownerURL)'")
            XCTAssertEqual(after.status, 1, "\(what): \(after.output) \(after.error)")
            XCTAssertTrue(after.output.contains(what == "cut" ? "is gone: the log was cut" : "history was rewritten"), after.output)
        }
    }

    /// Every gc pass anchors the chain in its host's state directory, so the checkpoints need no one to remember.
    func testEveryGCPassTakesACheckpoint() throws {
        let stack = try IsolatedStack(label: "gcanchor")
        defer { stack.tearDown() }
        let state = TestStack.scratchDirectory("gc-state").path
        for pass in 1...2 {
            let gc = try Shell.run("MEETINGFS_STATE_DIR='\(state)' " + stack.command("gc"), timeout: 120)
            XCTAssertTrue(gc.succeeded, gc.error)
            let lines = try String(contentsOfFile: "\(state)/audit-checkpoints.jsonl", encoding: .utf8).split(separator: "\n")
            XCTAssertEqual(lines.count, pass)
        }
        let verified = try run("audit verify --checkpoint-file '\(state)/audit-checkpoints.jsonl' --audit-key-file '\(state)/audit.key' --postgres-url '\(stack.ownerURL)'")
        XCTAssertTrue(verified.succeeded && verified.output.contains("up to the checkpoint"), verified.output + verified.error)
    }

    @discardableResult
    private func cli(_ arguments: String, owner: Bool = false) throws -> String {
        let result = try run(arguments, owner: owner)
        XCTAssertTrue(result.succeeded, "meetingfs \(arguments): \(result.error)")
        return result.output
    }

    private func run(_ arguments: String, owner: Bool = false) throws -> Shell.Result {
        let url = owner ? " --postgres-url \"$MEETINGFS_OWNER_POSTGRES_URL\"" : ""
        return try Shell.run("'\(TestStack.binary)' \(arguments)\(url)", timeout: 60)
    }
}
