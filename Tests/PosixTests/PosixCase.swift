import Foundation
import TestSupport
import XCTest

/// The project's POSIX suite: every case runs the same operations in a fresh directory of a temp area on a real
/// mount and in one on a local tmpfs, the reference, and the two transcripts must be equal line by line. Each
/// case runs as root and as an ordinary user known to the database (a worker), in a directory that user owns.
/// Cases of permissions run as the worker and let two more users known to the database act in between: a peer,
/// who is also in the worker's group, and a stranger, who is not.
class PosixCase: XCTestCase {
    enum Who: String, CaseIterable {
        case root, worker, peer, stranger
    }

    struct SetupFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// What the whole suite shares: one mount, one tmpfs, one temp area and its users.
    struct Trees {
        let mount: MountedFS
        let reference: String
        let area: String
        let users: [Who: Identity]
    }

    struct Identity {
        let uid: uid_t
        let gid: gid_t
        /// Supplementary groups besides `gid`.
        var groups: [gid_t] = []
    }

    nonisolated(unsafe) private static var shared: Result<Trees, Error>?

    static func trees() throws -> Trees {
        if let shared { return try shared.get() }
        let made = Result { try makeTrees() }
        shared = made
        return try made.get()
    }

    private static func makeTrees() throws -> Trees {
        _ = try TestStack.settings()
        let tag = TestStack.uniqueId("posix")
        let base = UInt32.random(in: 100_000...2_000_000_000)
        var users: [Who: Identity] = [.root: Identity(uid: 0, gid: 0)]
        for (offset, who) in [Who.worker, .peer, .stranger].enumerated() {
            let uid = base + UInt32(offset)
            let added = try Shell.run("'\(TestStack.binary)' user add \(tag)-\(who) --uid \(uid) --role worker", timeout: 60)
            guard added.succeeded else { throw SetupFailed(description: "user add: \(added.error)") }
            users[who] = Identity(uid: uid, gid: uid)
        }
        users[.peer]!.groups = [users[.worker]!.gid]
        let reference = TestStack.scratchDirectory("tmpfs").path
        // The mount's own options, so devices and setuid bits are treated alike.
        let mounted = try Shell.run("mount -t tmpfs -o nosuid,nodev,mode=755 meetingfs-posix '\(reference)'", timeout: 30)
        guard mounted.succeeded else { throw SetupFailed(description: "tmpfs: \(mounted.error)") }
        // A set-up that fails from here leaves no mount behind: tearDown sees only a failure.
        var mount: MountedFS?
        do {
            mount = try MountedFS()
            let area = mount!.at("temp/\(tag)")
            guard Glibc.mkdir(area, 0o755) == 0 else { throw SetupFailed(description: "mkdir \(area): \(errno)") }
            return Trees(mount: mount!, reference: reference, area: area, users: users)
        } catch {
            mount?.unmount()
            removeReference(reference)
            throw error
        }
    }

    override class func tearDown() {
        if case .success(let trees) = shared {
            trees.mount.unmount()
            removeReference(trees.reference)
        }
        shared = nil
        super.tearDown()
    }

    /// Unmounts the reference tmpfs and removes its (then empty) mount point.
    private static func removeReference(_ reference: String) {
        _ = try? Shell.run("umount '\(reference)'", timeout: 30)
        _ = Glibc.rmdir(reference)
    }

    /// Runs `body` on the mount and on tmpfs, as each of `users`, and asserts both wrote the same transcript.
    func check(_ name: String = #function, as users: [Who] = [.root, .worker], file: StaticString = #filePath,
               line: UInt = #line, _ body: (Probe) -> Void) throws {
        let trees = try Self.trees()
        for who in users {
            let caseName = "\(name.replacingOccurrences(of: "()", with: ""))-\(who.rawValue)"
            let owner = trees.users[who]!
            let transcripts = try [trees.reference, trees.area].map { root -> [String] in
                let directory = "\(root)/\(caseName)"
                guard Glibc.mkdir(directory, 0o755) == 0, Glibc.chown(directory, owner.uid, owner.gid) == 0 else {
                    throw SetupFailed(description: "cannot make \(directory): \(String(cString: strerror(errno)))")
                }
                let probe = Probe(base: directory, acting: who, users: trees.users) { Self.become($0) }
                Self.become(owner)
                defer { Self.become(trees.users[.root]!) }
                body(probe)
                return probe.lines
            }
            XCTAssertFalse(transcripts[0].isEmpty, "the case did nothing", file: file, line: line)
            // To read what a case checks: MEETINGFS_POSIX_TRANSCRIPTS=1 swift test --filter PosixTests.
            if ProcessInfo.processInfo.environment["MEETINGFS_POSIX_TRANSCRIPTS"] != nil {
                print("\(caseName) on tmpfs:\n\(transcripts[0].joined(separator: "\n"))\n\(caseName) on the mount:\n\(transcripts[1].joined(separator: "\n"))")
            }
            if transcripts[1] != transcripts[0] {
                var report = ["\(caseName): the mount differs from tmpfs"]
                for index in 0..<max(transcripts[0].count, transcripts[1].count) {
                    let expected = index < transcripts[0].count ? transcripts[0][index] : "(nothing)"
                    let got = index < transcripts[1].count ? transcripts[1][index] : "(nothing)"
                    if expected != got { report.append("  line \(index + 1): tmpfs \"\(expected)\" / mount \"\(got)\"") }
                }
                XCTFail(report.joined(separator: "\n"), file: file, line: line)
            }
        }
    }

    /// Makes the process's effective identity `who`'s, with its groups alone (the saved uid stays root, so root
    /// can be become again). The cases run on this thread only.
    private static func become(_ who: Identity) {
        _ = seteuid(0)
        var groups = [who.gid] + who.groups
        _ = setgroups(groups.count, &groups)
        _ = setegid(who.gid)
        if who.uid != 0 { _ = seteuid(who.uid) }
    }
}
