import XCTest
import MeetingCore

/// The mode-bit rules on their own; PosixTests compares them with a local disk's at a real mount.
final class ModeBitsTests: XCTestCase {
    private let file = Ownership(mode: 0o604, uid: 10, gid: 20, isDirectory: false)
    private let owner = Caller(uid: 10, gid: 99)
    private let member = Caller(uid: 11, gid: 98, supplementaryGroups: { [20] })
    private let other = Caller(uid: 12, gid: 97)
    private let root = Caller(uid: 0, gid: 0)

    func testTheFirstClassThatFitsDecidesEvenWhenALaterOneAllowsMore() {
        XCTAssertTrue(ModeBits.allows([.read, .write], on: file, for: owner))
        XCTAssertFalse(ModeBits.allows(.read, on: file, for: member), "the group's bits are 0, though others may read")
        XCTAssertTrue(ModeBits.allows(.read, on: file, for: other))
        XCTAssertFalse(ModeBits.allows(.write, on: file, for: other))
    }

    func testRootPassesAllButExecutingAFileWithNoExecuteBit() {
        XCTAssertTrue(ModeBits.allows([.read, .write], on: Ownership(mode: 0, uid: 10, gid: 20, isDirectory: false), for: root))
        XCTAssertFalse(ModeBits.allows(.execute, on: file, for: root))
        XCTAssertTrue(ModeBits.allows(.execute, on: Ownership(mode: 0o001, uid: 10, gid: 20, isDirectory: false), for: root))
        XCTAssertTrue(ModeBits.allows(.execute, on: Ownership(mode: 0, uid: 10, gid: 20, isDirectory: true), for: root))
    }

    func testOwnersGiveNodesOnlyToTheirOwnGroups() {
        XCTAssertNoThrow(try ModeBits.checkChown(file, uid: nil, gid: 99, by: owner))
        XCTAssertNoThrow(try ModeBits.checkChown(file, uid: 10, gid: nil, by: owner))
        XCTAssertThrowsError(try ModeBits.checkChown(file, uid: nil, gid: 21, by: owner)) { XCTAssertEqual(($0 as? FSError)?.errno, EPERM) }
        XCTAssertThrowsError(try ModeBits.checkChown(file, uid: 11, gid: nil, by: owner)) { XCTAssertEqual(($0 as? FSError)?.errno, EPERM) }
        XCTAssertThrowsError(try ModeBits.checkChown(file, uid: nil, gid: 21, by: member)) { XCTAssertEqual(($0 as? FSError)?.errno, EPERM) }
        XCTAssertNoThrow(try ModeBits.checkChown(file, uid: 11, gid: 5, by: root))
    }

    func testChmodKeepsSetgidOnlyForMembersOfTheGroup() {
        XCTAssertEqual(ModeBits.modeAfterChmod(0o2755, on: file, by: owner), 0o755, "the owner is not in group 20")
        XCTAssertEqual(ModeBits.modeAfterChmod(0o2755, on: file, by: member), 0o2755)
        XCTAssertEqual(ModeBits.modeAfterChmod(0o2755, on: file, by: root), 0o2755)
    }

    func testTheStickyBitLeavesANameToItsOwnerAndTheDirectorysOwner() {
        let sticky = Ownership(mode: 0o1777, uid: 30, gid: 20, isDirectory: true)
        XCTAssertThrowsError(try ModeBits.checkRemoval(of: 10, from: sticky, by: other)) { XCTAssertEqual(($0 as? FSError)?.errno, EPERM) }
        XCTAssertNoThrow(try ModeBits.checkRemoval(of: 10, from: sticky, by: owner))
        XCTAssertNoThrow(try ModeBits.checkRemoval(of: 10, from: sticky, by: Caller(uid: 30, gid: 30)))
        XCTAssertNoThrow(try ModeBits.checkRemoval(of: 10, from: Ownership(mode: 0o777, uid: 30, gid: 20, isDirectory: true), by: other))
    }
}
