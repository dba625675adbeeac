import Foundation
import XCTest

/// Mode bits between ordinary users: the worker owns the case's directory and what it makes there; the peer is in
/// the worker's group, the stranger is not. All three are workers, whom the role lets into the temp area alike, so
/// what each may do below it is the mode bits' to decide.
final class PermissionTests: PosixCase {
    func testOwnerGroupAndOthersEachGetTheirOwnBits() throws {
        try check(as: [.worker]) { p in
            for mode: mode_t in [0o600, 0o640, 0o604, 0o660, 0o606, 0o066] {
                let name = "f\(String(mode, radix: 8))"
                p.write(name, "text of \(name)")
                p.chmod(name, mode)
            }
            for who in [PosixCase.Who.worker, .peer, .stranger] {
                p.as(who) {
                    for mode in ["600", "640", "604", "660", "606", "066"] {
                        p.tryOpen("f\(mode)", O_RDONLY, "for reading")
                        p.tryOpen("f\(mode)", O_WRONLY, "for writing")
                        p.tryOpen("f\(mode)", O_WRONLY | O_TRUNC, "to truncate")
                        p.access("f\(mode)", R_OK)
                        p.access("f\(mode)", W_OK)
                        p.truncate("f\(mode)", 2)
                    }
                }
            }
        }
    }

    func testExecutingAFileNeedsTheCallersOwnExecuteBit() throws {
        try check(as: [.worker]) { p in
            for mode: mode_t in [0o744, 0o754, 0o755, 0o711, 0o700] {
                let name = "s\(String(mode, radix: 8))"
                p.write(name, "#!/bin/sh\nexit 3\n")
                p.chmod(name, mode)
            }
            for who in [PosixCase.Who.worker, .peer, .stranger, .root] {
                p.as(who) {
                    for mode in ["744", "754", "755", "711", "700"] { p.execute("s\(mode)") }
                }
            }
        }
    }

    func testDirectoryBitsDecideListingLookupAndNames() throws {
        try check(as: [.worker]) { p in
            for mode: mode_t in [0o700, 0o750, 0o770, 0o705, 0o711, 0o777] {
                let name = "d\(String(mode, radix: 8))"
                p.mkdir(name)
                p.write("\(name)/f", "inside")
                p.chmod(name, mode)
            }
            for who in [PosixCase.Who.peer, .stranger] {
                p.as(who) {
                    for mode in ["700", "750", "770", "705", "711", "777"] {
                        let d = "d\(mode)"
                        p.list(d)
                        p.stat("\(d)/f")
                        p.contents("\(d)/f")
                        p.access(d, X_OK)
                        p.access(d, R_OK | W_OK)
                        p.write("\(d)/new-\(who)", "made")
                        p.mkdir("\(d)/sub-\(who)")
                        p.symlink("f", "\(d)/link-\(who)")
                        p.rename("\(d)/f", "\(d)/moved-\(who)")
                        p.mkdir("\(d)/sub-\(who)")
                        p.unlink("\(d)/new-\(who)")
                    }
                }
            }
        }
    }

    /// The kernel keeps names it looked up; a chmod that takes search away must reach every later walk.
    func testTakingSearchAwayReachesNamesLookedUpBefore() throws {
        try check(as: [.worker]) { p in
            p.mkdir("d")
            p.mkdir("d/e")
            p.write("d/e/f", "kept")
            for _ in 0..<2 {
                p.as(.stranger) {
                    p.stat("d/e/f")
                    p.contents("d/e/f")
                }
                p.chmod("d", 0o700)
                p.as(.stranger) {
                    p.stat("d/e/f")
                    p.contents("d/e/f")
                    p.list("d")
                }
                p.chmod("d", 0o755)
            }
        }
    }

    func testTheStickyBitKeepsNamesToTheirOwners() throws {
        try check(as: [.worker]) { p in
            p.mkdir("s")
            p.chmod("s", 0o1777)
            p.as(.peer) {
                p.write("s/peer's", "mine")
                p.mkdir("s/peer's dir")
            }
            p.as(.stranger) {
                p.write("s/stranger's", "mine")
                p.unlink("s/peer's")
                p.rmdir("s/peer's dir")
                p.rename("s/peer's", "s/taken")
                p.rename("s/stranger's", "s/peer's")
                p.unlink("s/stranger's")
            }
            p.unlink("s/peer's")
            p.rmdir("s/peer's dir")
            p.list("s")
        }
    }

    func testChmodChownAndTimesFollowOwnership() throws {
        try check(as: [.root]) { p in
            let worker = p.users[.worker]!, peer = p.users[.peer]!, stranger = p.users[.stranger]!
            p.write("f", "owned by the worker")
            p.chown("f", worker.uid, worker.gid)
            p.chmod("f", 0o664)
            p.write("g", "in the stranger's group")
            p.chown("g", worker.uid, stranger.gid)
            p.as(.peer) {
                p.chmod("f", 0o777)
                p.chown("f", peer.uid, UInt32.max)
                p.chown("f", UInt32.max, peer.gid)
                p.utimens("f", atime: Probe.time(1_000_000, 5), mtime: Probe.time(2_000_000, 7))
                p.utimens("f", atime: Probe.omit, mtime: Probe.now)
                p.isNow(.mtime, of: "f") { p.utimens("f", atime: Probe.now, mtime: Probe.now) }
            }
            p.as(.stranger) {
                p.utimens("f", atime: Probe.now, mtime: Probe.now)
            }
            p.as(.worker) {
                p.chown("f", UInt32.max, peer.gid)
                p.chown("f", UInt32.max, worker.gid)
                p.chown("f", stranger.uid, UInt32.max)
                p.chmod("f", 0o2755)
                p.chmod("g", 0o2755)
                p.utimens("f", atime: Probe.time(1_000_000, 5), mtime: Probe.time(2_000_000, 7))
            }
            p.stat("f")
            p.stat("g")
            p.chown("g", stranger.uid, peer.gid)
            p.stat("g")
        }
    }

    func testHardLinksToOthersFilesNeedReadAndWrite() throws {
        try check(as: [.worker]) { p in
            p.write("rw", "group may write")
            p.chmod("rw", 0o660)
            p.write("ro", "group may read")
            p.chmod("ro", 0o640)
            p.mkdir("open")
            p.chmod("open", 0o777)
            p.as(.peer) {
                p.link("rw", "open/rw-link")
                p.link("ro", "open/ro-link")
            }
            p.as(.stranger) { p.link("rw", "open/rw-link2") }
            p.list("open")
        }
    }

    /// A directory that moves to another parent gets a new "..": the mover must be able to write it.
    func testMovingADirectoryAcrossParentsNeedsWriteOnIt() throws {
        try check(as: [.worker]) { p in
            p.mkdir("a")
            p.mkdir("b")
            p.chmod("a", 0o777)
            p.chmod("b", 0o777)
            p.mkdir("a/kept")
            p.chmod("a/kept", 0o755)
            p.as(.peer) {
                p.rename("a/kept", "b/kept")
                p.rename("a/kept", "a/renamed")
            }
            p.list("a")
            p.list("b")
        }
    }
}
