import Foundation
import XCTest
@testable import MeetingFileSystem


/// The signed link format of docs/links.md and the Range header of `meetingfs serve`.
final class LinkTests: XCTestCase {
    private let signer = LinkSigner(key: Array(repeating: 5, count: 32))
    private let claim = LinkClaim(fileId: 42, version: 7, expires: 2_000_000_000, mintedBy: 1000, name: "summary 1.json")

    func testALinkVerifiesUntilItExpiresAndNotOnceAnyCharacterChanges() throws {
        let path = signer.path(for: claim)
        XCTAssertTrue(path.hasPrefix("/d/v1.42.7.2000000000.1000."), path)
        XCTAssertEqual(try signer.verify(path: path, now: Date(timeIntervalSince1970: 1_999_999_999)), claim)
        XCTAssertThrowsError(try signer.verify(path: path, now: Date(timeIntervalSince1970: 2_000_000_000))) {
            XCTAssertEqual($0 as? LinkSigner.Refusal, .expired)
        }
        let characters = Array(path)
        for index in characters.indices where index > 2 {
            var changed = characters
            changed[index] = changed[index] == "a" ? "b" : "a"
            XCTAssertThrowsError(try signer.verify(path: String(changed), now: Date(timeIntervalSince1970: 0)), "changed at \(index)")
        }
        XCTAssertThrowsError(try LinkSigner(key: Array(repeating: 6, count: 32)).verify(path: path, now: Date(timeIntervalSince1970: 0))) {
            XCTAssertEqual($0 as? LinkSigner.Refusal, .invalid)
        }
    }

    func testLifetimesAreBounded() {
        XCTAssertEqual(LinkSigner.parseDuration("90s"), 90)
        XCTAssertEqual(LinkSigner.parseDuration("2h"), 7200)
        XCTAssertEqual(LinkSigner.parseDuration("7d"), 604_800)
        XCTAssertNil(LinkSigner.parseDuration("soon"))
        XCTAssertThrowsError(try LinkSigner.validLifetime(604_801))
        XCTAssertThrowsError(try LinkSigner.validLifetime(0))
    }

    func testRangesAreReadAsRFC9110Says() {
        XCTAssertEqual(ByteRange(header: nil, size: 100), .whole)
        XCTAssertEqual(ByteRange(header: "bytes=10-19", size: 100), .partial(start: 10, length: 10))
        XCTAssertEqual(ByteRange(header: "bytes=90-", size: 100), .partial(start: 90, length: 10))
        XCTAssertEqual(ByteRange(header: "bytes=95-200", size: 100), .partial(start: 95, length: 5))
        XCTAssertEqual(ByteRange(header: "bytes=-30", size: 100), .partial(start: 70, length: 30))
        XCTAssertEqual(ByteRange(header: "bytes=-300", size: 100), .partial(start: 0, length: 100))
        XCTAssertEqual(ByteRange(header: "bytes=100-", size: 100), .unsatisfiable)
        XCTAssertEqual(ByteRange(header: "bytes=0-1,5-6", size: 100), .whole, "several ranges: the whole file")
        XCTAssertEqual(ByteRange(header: "bytes=9-3", size: 100), .whole, "malformed: ignored")
        XCTAssertEqual(ByteRange(header: "items=1-2", size: 100), .whole)
    }
}
