import XCTest
@testable import MeetingCrypto
@testable import MeetingFileSystem
@testable import MeetingOperations

/// Backup files: what is sealed opens to the same bytes, and any change, cut, swap or wrong key fails.
final class SealedStreamTests: XCTestCase {
    private let cipher = AESGCM(key: [UInt8](repeating: 7, count: 32))

    private func seal(_ plaintext: Data, name: String, pieces: Int = 3) throws -> Data {
        var sealed = Data()
        let writer = try SealedStream.Writer(cipher: cipher, name: name) { sealed.append($0) }
        let step = max(1, plaintext.count / pieces)
        var offset = 0
        while offset < plaintext.count {
            try writer.write(plaintext.subdata(in: offset..<min(offset + step, plaintext.count)))
            offset += step
        }
        try writer.finish()
        return sealed
    }

    private func open(_ sealed: Data, name: String, with cipher: AESGCM? = nil) throws -> Data {
        var offset = 0, plaintext = Data()
        try SealedStream.open(cipher: cipher ?? self.cipher, name: name, source: { count in
            let end = min(offset + count, sealed.count)
            defer { offset = end }
            return sealed.subdata(in: offset..<end)
        }) { plaintext.append($0) }
        return plaintext
    }

    func testRoundTripsAcrossBlocksAndEmpty() throws {
        let big = Data((0..<(SealedStream.blockSize * 2 + 12345)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        XCTAssertEqual(try open(try seal(big, name: "objects/a"), name: "objects/a"), big)
        XCTAssertEqual(try open(try seal(Data(), name: "objects/e"), name: "objects/e"), Data())
    }

    func testAnyChangeFails() throws {
        let data = Data(repeating: 1, count: SealedStream.blockSize + 100)
        let sealed = try seal(data, name: "objects/a")
        var flipped = sealed
        flipped[sealed.count / 2] ^= 1
        XCTAssertThrowsError(try open(flipped, name: "objects/a")) { XCTAssertTrue("\($0)".contains("integrity check"), "\($0)") }
        XCTAssertThrowsError(try open(sealed.prefix(sealed.count - 10), name: "objects/a")) { XCTAssertTrue("\($0)".contains("cut short"), "\($0)") }
        // The first block alone (its last block dropped) is not a whole file either.
        let firstBlock = SealedStream.magic.count + 4 + AESGCM.overhead + SealedStream.blockSize
        XCTAssertThrowsError(try open(sealed.prefix(firstBlock), name: "objects/a"))
        XCTAssertThrowsError(try open(sealed + Data([0]), name: "objects/a"))
        XCTAssertThrowsError(try open(sealed, name: "objects/b"), "sealed for another name")
        XCTAssertThrowsError(try open(sealed, name: "objects/a", with: AESGCM(key: [UInt8](repeating: 8, count: 32))), "another key")
    }
}
