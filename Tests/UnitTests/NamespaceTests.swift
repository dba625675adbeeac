import XCTest
@testable import MeetingCore


final class NamespaceTests: XCTestCase {
    func testInodeNumbersRoundTripAndStayDistinct() {
        let nodes: [Node] = [.root, .meetingsRoot, .usersRoot, .tempRoot, .meeting(5), .area(5, .raw), .area(5, .audio),
                             .area(5, .artifacts), .user(5), .profiles(5), .tempArea(5), .tempDir(5), .file(5)]
        XCTAssertEqual(Set(nodes.map(\.ino)).count, nodes.count)
        for node in nodes { XCTAssertEqual(Node(ino: node.ino), node) }
        XCTAssertEqual(Node.root.ino, 1)
        XCTAssertNil(Node(ino: 0))
        XCTAssertNil(Node(ino: 99))
        XCTAssertNil(Node(ino: UInt64(0xff) << 56 | 1))
    }

    func testIdsAndNames() {
        XCTAssertNoThrow(try Names.validateId("standup-1"))
        XCTAssertNoThrow(try Names.validateId("A.b_c-9"))
        for bad in ["-x", ".hidden", "has space", "slash/x", "ü", String(repeating: "a", count: 129)] {
            XCTAssertThrowsError(try Names.validateId(bad), bad) { XCTAssertEqual(($0 as? FSError)?.errno, EINVAL) }
        }
        XCTAssertThrowsError(try Names.validateEntry(String(repeating: "n", count: 256))) {
            XCTAssertEqual(($0 as? FSError)?.errno, ENAMETOOLONG)
        }
        XCTAssertNoThrow(try Names.validateEntry(String(repeating: "n", count: 255)))
        XCTAssertThrowsError(try Names.validateEntry("")) { XCTAssertEqual(($0 as? FSError)?.errno, EINVAL) }
        let invalidUTF8: [UInt8] = [0x61, 0xff]
        XCTAssertThrowsError(try invalidUTF8.withUnsafeBufferPointer { try Names.decode($0) })
    }

    func testMkdirRules() throws {
        XCTAssertEqual(try Namespace.mkdir(in: .meetingsRoot, name: "m1"), .meeting)
        XCTAssertEqual(try Namespace.mkdir(in: .tempRoot, name: "t1"), .tempArea)
        XCTAssertEqual(try Namespace.mkdir(in: .tempDir(3), name: "nested dir"), .tempDir)
        XCTAssertEqual(try Namespace.mkdir(in: .usersRoot, name: "alice"), .user)
        expect(EINVAL) { try Namespace.mkdir(in: .meetingsRoot, name: "bad id!") }
        for parent: Node in [.root, .meeting(1), .area(1, .raw), .area(1, .artifacts), .profiles(1), .user(1)] {
            expect(EPERM) { try Namespace.mkdir(in: parent, name: "sub") }
        }
        expect(ENOTDIR) { try Namespace.mkdir(in: .file(1), name: "sub") }
    }

    func testOnlyFileDirectoriesHoldFiles() {
        for parent: Node in [.root, .meetingsRoot, .usersRoot, .tempRoot, .meeting(1), .user(1)] {
            expect(EPERM) { try Namespace.checkHoldsFiles(parent) }
        }
        for parent: Node in [.area(1, .raw), .area(1, .audio), .profiles(1), .tempArea(1), .tempDir(2)] {
            XCTAssertNoThrow(try Namespace.checkHoldsFiles(parent))
        }
        expect(ENOTDIR) { try Namespace.checkHoldsFiles(.file(1)) }
    }

    func testRenameStaysWithinOneKindOfDirectory() {
        XCTAssertNoThrow(try Namespace.checkRename(from: .area(1, .raw), to: .area(2, .raw), sameTempArea: false))
        XCTAssertNoThrow(try Namespace.checkRename(from: .tempArea(1), to: .tempDir(4), sameTempArea: true))
        expect(EXDEV) { try Namespace.checkRename(from: .area(1, .raw), to: .area(1, .audio), sameTempArea: false) }
        expect(EXDEV) { try Namespace.checkRename(from: .tempArea(1), to: .tempArea(2), sameTempArea: false) }
        expect(EXDEV) { try Namespace.checkRename(from: .area(1, .raw), to: .tempArea(2), sameTempArea: false) }
        expect(EPERM) { try Namespace.checkRename(from: .area(1, .raw), to: .meetingsRoot, sameTempArea: false) }
    }

    func testDirectoryRemovalRules() {
        expect(EPERM) { try Namespace.checkRemovable(.area(1, .raw)) }
        expect(EPERM) { try Namespace.checkRemovable(.meetingsRoot) }
        XCTAssertNoThrow(try Namespace.checkRemovable(.meeting(1)))
        expect(ENOTDIR) { try Namespace.checkRemovable(.file(1)) }
    }

    func testArtifactKinds() {
        XCTAssertEqual(Names.artifactKind(of: "transcript.vtt"), "transcript_vtt")
        XCTAssertEqual(Names.artifactKind(of: "summary.json"), "summary_json")
        XCTAssertEqual(Names.artifactKind(of: "notes.txt"), "other")
    }

    private func expect<T>(_ errno: Int32, file: StaticString = #filePath, line: UInt = #line, _ body: () throws -> T) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? FSError)?.errno, errno, "\(error)", file: file, line: line)
        }
    }
}
