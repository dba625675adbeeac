import Foundation
import TestSupport
import XCTest
import MeetingCore

/// The access policy as real processes of each role's uid meet it at a real mount: every cell of the table in
/// docs/security.md that an operation can reach, the holes issue 8 found, and the kernel's caches.
final class AccessMatrixTests: XCTestCase {
    private var mount: MountedFS!
    private var tag: String!
    private var uids: [String: UInt32] = [:]

    override func setUpWithError() throws {
        _ = try TestStack.settings()
        // Other uids must be able to reach the mount point.
        chmod(FileManager.default.temporaryDirectory.path, 0o755)
        mount = try MountedFS()
        tag = TestStack.uniqueId("acl")
        let base = UInt32.random(in: 100_000...2_000_000_000)
        for (offset, (name, role)) in [("alice", "member"), ("bob", "member"), ("wanda", "worker")].enumerated() {
            uids[name] = base + UInt32(offset)
            try cli("user add \(tag!)-\(name) --uid \(base + UInt32(offset)) --role \(role)")
        }
        uids["stranger"] = base + 3
    }

    override func tearDownWithError() throws {
        mount?.unmount()
    }

    func testEveryCellOfThePolicyHoldsAtTheMount() throws {
        let subjects: [(name: String, uid: UInt32, role: Role)] =
            [("root", 0, .admin), ("wanda", uids["wanda"]!, .worker), ("alice", uids["alice"]!, .member)]
        try makeFixtures(removalsFor: subjects.map(\.name))
        for subject in subjects {
            let cells = cells(for: subject.name, role: subject.role)
            let answers = try AsUser.run(uid: subject.uid, cells.map(\.operation))
            for (cell, answer) in zip(cells, answers) {
                XCTAssertEqual(answer, expected(cell, role: subject.role),
                               "\(subject.name) (\(subject.role)): \(cell.operation) on \(cell.place), \(cell.access)")
            }
        }
    }

    func testTheHolesOfIssue8AreClosed() throws {
        try makeFixtures(removalsFor: [])
        let alice = uids["alice"]!, bob = uids["bob"]!
        // Bob lists neither alice's meeting nor her temp area, and cannot chmod what he cannot see.
        let bobSees = try Shell.run("setpriv --reuid=\(bob) --regid=\(bob) --clear-groups ls '\(mount.at("meetings"))' '\(mount.at("temp"))'")
        XCTAssertTrue(bobSees.succeeded, bobSees.error)
        XCTAssertFalse(bobSees.output.contains(name("mA")), bobSees.output)
        XCTAssertFalse(bobSees.output.contains(name("tA")), bobSees.output)
        XCTAssertTrue(bobSees.output.contains(name("mB")) && bobSees.output.contains(name("tB")), bobSees.output)
        XCTAssertEqual(try AsUser.run(uid: bob, [["chmod", meeting("mA"), "777"], ["list", mount.at("users/\(name("alice"))/profiles")],
                                                 ["read", mount.at("temp/\(name("tA"))/seed")],
                                                 ["rename", meeting("mB") + "/raw/seed", meeting("mA") + "/raw/stolen"]]),
                       ["ENOENT", "ENOENT", "ENOENT", "ENOENT"])
        // A share lets alice read bob's meeting, and a rename needs write access at both ends.
        XCTAssertEqual(try AsUser.run(uid: alice, [["rename", meeting("mSR") + "/raw/seed", meeting("mA") + "/raw/taken"],
                                                   ["rename", meeting("mA") + "/raw/seed", meeting("mSR") + "/raw/given"],
                                                   ["rename", meeting("mSW") + "/raw/seed", meeting("mSW") + "/raw/renamed"]]),
                       ["EACCES", "EACCES", "ok"])
        try cli("unshare \(name("mSR")) \(name("alice"))")
        XCTAssertTrue(try TestStack.wait(upTo: 10) { try AsUser.run(uid: alice, [["stat", self.meeting("mSR")]]) == ["ENOENT"] })
        // A uid that is no MeetingFS user gets EACCES on everything below the root.
        let stranger = try AsUser.run(uid: uids["stranger"]!, [
            ["list", mount.at("meetings")], ["stat", mount.at("meetings")], ["stat", meeting("mA")],
            ["read", meeting("mA") + "/raw/seed"], ["list", mount.at("users")], ["stat", mount.at("temp")],
            ["mkdir", mount.at("temp/\(name("stranger-area"))")], ["write", meeting("mA") + "/raw/x"],
        ])
        XCTAssertEqual(stranger, Array(repeating: "EACCES", count: 8))
    }

    /// What alice's uid was shown is not reused for bob's: the kernel asks the daemon again for each caller.
    func testKernelCachesNeverServeOneUidWhatAnotherWasAllowed() throws {
        try makeFixtures(removalsFor: [])
        let seed = meeting("mA") + "/raw/seed"
        for _ in 0..<3 {
            XCTAssertEqual(try AsUser.run(uid: uids["alice"]!, [["stat", seed], ["read", seed], ["list", meeting("mA")]]), ["ok", "ok", "ok"])
            XCTAssertEqual(try AsUser.run(uid: uids["bob"]!, [["stat", seed], ["read", seed], ["list", meeting("mA")], ["stat", meeting("mA")]]),
                           ["ENOENT", "ENOENT", "ENOENT", "ENOENT"])
            XCTAssertEqual(try AsUser.run(uid: uids["stranger"]!, [["stat", seed], ["stat", mount.at("meetings")]]), ["EACCES", "EACCES"])
        }
    }

    func testUserAndShareCommandsExplainMistakes() throws {
        let alice = "\(tag!)-alice"
        let cases: [(String, String)] = [
            ("user add \(alice) --uid \(uids["stranger"]!) --role member", "user '\(alice)' already exists"),
            ("user add \(tag!)-other --uid \(uids["alice"]!) --role member", "uid \(uids["alice"]!) already belongs to user '\(alice)'"),
            ("user add 'bad name' --uid 7 --role member", "is not a user name"),
            ("user add \(tag!)-x --uid 7 --role boss", "role"),
            ("user set-role \(tag!)-nobody worker", "no user '\(tag!)-nobody'"),
            ("share \(tag!)-no-meeting \(alice) --read", "no meeting '\(tag!)-no-meeting'"),
        ]
        for (arguments, says) in cases {
            let result = try run(arguments)
            XCTAssertNotEqual(result.status, 0, arguments)
            XCTAssertTrue((result.output + result.error).contains(says), "\(arguments): \(result.output) \(result.error)")
        }
        // A user who owns meetings is removed only with an heir for them.
        XCTAssertTrue(try AsUser.run(uid: uids["alice"]!, [["mkdir", meeting("kept")]]) == ["ok"])
        let refused = try run("user remove \(alice)")
        XCTAssertTrue(refused.error.contains("owns 1 meetings"), refused.error)
        try cli("user remove \(alice) --reassign-to \(tag!)-bob")
        // Mounts apply ownership changes once the rows they remember expire.
        XCTAssertTrue(try TestStack.wait(upTo: 10) { try AsUser.run(uid: self.uids["bob"]!, [["stat", self.meeting("kept")]]) == ["ok"] })
        let listed = try cli("user list")
        XCTAssertFalse(listed.contains(alice))
        XCTAssertTrue(listed.contains("\(tag!)-wanda") && listed.contains("worker"), listed)
    }

    // MARK: - The cells

    private struct Cell {
        let operation: [String]
        let access: Access
        let place: Place
    }

    /// What the policy says the operation answers: allowed, hidden (the path does not resolve), or refused.
    private func expected(_ cell: Cell, role: Role) -> String {
        if AccessPolicy.allows(role, cell.access, on: cell.place) { return "ok" }
        if cell.access != .create && !AccessPolicy.allows(role, .read, on: cell.place) { return "ENOENT" }
        return "EACCES"
    }

    /// Every cell an operation can reach, for one subject. Cells the hierarchy forbids for everyone (writing
    /// files into a meeting's own directory, removing raw/) answer EPERM whatever the role and are left to
    /// NamespaceTests.
    private func cells(for subject: String, role: Role) -> [Cell] {
        let me = uids[subject].map(String.init) ?? "0"
        let relations: [(Relation, String)] = [(.own, "mA"), (.sharedWrite, "mSW"), (.sharedRead, "mSR"), (.other, "mB")]
        var cells = [Cell(operation: ["list", mount.at("meetings")], access: .read, place: .fixed),
                     Cell(operation: ["stat", mount.at("temp")], access: .read, place: .fixed)]
        for (relation, key) in relations {
            let place = Place.meeting(relation)
            cells += [Cell(operation: ["list", meeting(key)], access: .read, place: place),
                      Cell(operation: ["chmod", meeting(key), "755"], access: .changeMode, place: place),
                      Cell(operation: ["chown", meeting(key), me], access: .changeOwner, place: place),
                      Cell(operation: ["rmdir", meeting("rm-\(subject)-\(key)")], access: .remove, place: place)]
            for area in MeetingArea.allCases {
                let directory = meeting(key) + "/\(area.rawValue)"
                let areaPlace = Place.meetingArea(area, relation)
                cells += [Cell(operation: ["read", directory + "/seed"], access: .read, place: areaPlace),
                          Cell(operation: ["list", directory], access: .read, place: areaPlace),
                          Cell(operation: ["write", directory + "/new-\(subject)"], access: .write, place: areaPlace),
                          Cell(operation: ["utime", directory + "/seed"], access: .write, place: areaPlace),
                          Cell(operation: ["chmod", directory, "755"], access: .changeMode, place: areaPlace),
                          Cell(operation: ["chown", directory + "/seed", me], access: .changeOwner, place: areaPlace)]
            }
        }
        cells.append(Cell(operation: ["mkdir", meeting("new-\(subject)")], access: .create, place: .meeting(.own)))
        let ownUser = subject == "root" ? "alice" : subject
        for (relation, user) in [(Relation.own, ownUser), (.other, "bob")] {
            let home = mount.at("users/\(name(user))")
            cells += [Cell(operation: ["list", home], access: .read, place: .userHome(relation)),
                      Cell(operation: ["chmod", home, "755"], access: .changeMode, place: .userHome(relation)),
                      Cell(operation: ["read", home + "/profiles/seed"], access: .read, place: .profiles(relation)),
                      Cell(operation: ["write", home + "/profiles/new-\(subject)"], access: .write, place: .profiles(relation)),
                      Cell(operation: ["chmod", home + "/profiles", "755"], access: .changeMode, place: .profiles(relation)),
                      Cell(operation: ["chown", home + "/profiles/seed", me], access: .changeOwner, place: .profiles(relation))]
        }
        cells += [Cell(operation: ["mkdir", mount.at("users/\(name("newuser-\(subject)"))")], access: .create, place: .userHome(.other)),
                  Cell(operation: ["rmdir", mount.at("users/\(name("rmu-\(subject)"))")], access: .remove, place: .userHome(.other))]
        let ownArea = ["root": "tA", "wanda": "tW", "alice": "tA"][subject]!
        for (relation, key) in [(Relation.own, ownArea), (.other, "tB")] {
            let area = mount.at("temp/\(name(key))")
            let place = Place.tempArea(relation)
            cells += [Cell(operation: ["list", area], access: .read, place: place),
                      Cell(operation: ["read", area + "/seed"], access: .read, place: place),
                      Cell(operation: ["write", area + "/new-\(subject)"], access: .write, place: place),
                      Cell(operation: ["mkdir", area + "/dir-\(subject)"], access: .write, place: place),
                      Cell(operation: ["chmod", area, "755"], access: .changeMode, place: place),
                      // The area's own owner is the role's to change; its contents' owners are POSIX's (PosixTests).
                      Cell(operation: ["chown", area, me], access: .changeOwner, place: place),
                      Cell(operation: ["rmdir", mount.at("temp/\(name("rmt-\(subject)-\(relation == .own ? "own" : "other")"))")],
                           access: .remove, place: place)]
        }
        cells.append(Cell(operation: ["mkdir", mount.at("temp/\(name("newt-\(subject)"))")], access: .create, place: .tempArea(.own)))
        return cells
    }

    // MARK: - Fixtures

    /// alice owns mA and temp area tA; bob owns mSW (shared with alice for writing), mSR (for reading), mB and tB;
    /// wanda owns tW. Each meeting area, profiles and temp area holds a file named seed. For each subject, empty
    /// meetings, a user and temp areas to try removing.
    private func makeFixtures(removalsFor subjects: [String]) throws {
        let alice = uids["alice"]!, bob = uids["bob"]!, wanda = uids["wanda"]!
        var aliceMakes = [["mkdir", meeting("mA")], ["mkdir", mount.at("temp/\(name("tA"))")]]
        var bobMakes = ["mSW", "mSR", "mB"].map { ["mkdir", meeting($0)] } + [["mkdir", mount.at("temp/\(name("tB"))")]]
        var wandaMakes = [["mkdir", mount.at("temp/\(name("tW"))")]]
        var rootMakes: [[String]] = []
        for subject in subjects {
            aliceMakes.append(["mkdir", meeting("rm-\(subject)-mA")])
            bobMakes += ["mSW", "mSR", "mB"].map { ["mkdir", meeting("rm-\(subject)-\($0)")] }
            bobMakes.append(["mkdir", mount.at("temp/\(name("rmt-\(subject)-other"))")])
            let ownTemp = ["mkdir", mount.at("temp/\(name("rmt-\(subject)-own"))")]
            switch subject {
            case "alice": aliceMakes.append(ownTemp)
            case "wanda": wandaMakes.append(ownTemp)
            default: rootMakes.append(ownTemp)
            }
            try cli("user add \(name("rmu-\(subject)")) --uid \(UInt32.random(in: 100_000...2_000_000_000)) --role member")
        }
        for (uid, operations) in [(alice, aliceMakes), (bob, bobMakes), (wanda, wandaMakes), (0, rootMakes)] where !operations.isEmpty {
            XCTAssertEqual(try AsUser.run(uid: uid, operations), Array(repeating: "ok", count: operations.count), "fixtures of uid \(uid)")
        }
        for prefix in [""] + subjects.map({ "rm-\($0)-" }) {
            try cli("share \(name(prefix + "mSW")) \(name("alice")) --write")
            try cli("share \(name(prefix + "mSR")) \(name("alice")) --read")
        }
        var seeds: [[String]] = []
        for key in ["mA", "mSW", "mSR", "mB"] {
            seeds += MeetingArea.allCases.map { ["write", meeting(key) + "/\($0.rawValue)/seed"] }
        }
        seeds += ["alice", "bob", "wanda"].map { ["write", mount.at("users/\(name($0))/profiles/seed")] }
        seeds += ["tA", "tB", "tW"].map { ["write", mount.at("temp/\(name($0))/seed")] }
        XCTAssertEqual(try AsUser.run(uid: 0, seeds), Array(repeating: "ok", count: seeds.count), "seed files")
    }

    private func name(_ key: String) -> String { "\(tag!)-\(key)" }

    private func meeting(_ key: String) -> String { mount.at("meetings/\(name(key))") }

    @discardableResult
    private func cli(_ arguments: String) throws -> String {
        let result = try run(arguments)
        XCTAssertTrue(result.succeeded, "meetingfs \(arguments): \(result.error)")
        return result.output
    }

    private func run(_ arguments: String) throws -> Shell.Result {
        try Shell.run("'\(TestStack.binary)' \(arguments)", timeout: 60)
    }
}
