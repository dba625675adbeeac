import Foundation
import XCTest
@testable import MeetingCore
@testable import MeetingFileSystem


/// Staging files behave as a plain file under random writes and truncation, yet hold nothing in the clear and
/// refuse a block altered on disk.
final class StagingFileTests: XCTestCase {
    private var directory: URL!
    private let key = [UInt8](repeating: 9, count: 32)

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testRandomWritesAndTruncationsReadBackAsOnAPlainFile() throws {
        var generator = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64.max, using: &generator)
        var random = SeededRandom(seed)
        let staging = try StagingFile(directory: directory, key: key)
        var model = Data()
        for step in 0..<300 {
            let limit = 600_000
            if random.next(100) < 15 {
                let size = random.next(limit)
                try staging.truncate(to: Int64(size))
                if size < model.count { model = model.prefix(size) } else { model.append(Data(count: size - model.count)) }
            } else {
                let offset = random.next(limit)
                let bytes = Data(repeating: UInt8(1 + step % 255), count: random.next(150_000))
                try bytes.withUnsafeBytes { try staging.write($0, at: Int64(offset)) }
                if offset > model.count { model.append(Data(count: offset - model.count)) }
                model.replaceSubrange(offset..<min(model.count, offset + bytes.count), with: bytes)
            }
            let start = random.next(max(1, model.count))
            let read = try staging.read(at: Int64(start), count: model.count - start)
            XCTAssertEqual(read, model.subdata(in: start..<model.count), "seed \(seed), step \(step)")
            if read != model.subdata(in: start..<model.count) { return }
        }
    }

    func testHoldsNothingInTheClearAndRefusesAnAlteredBlock() throws {
        let staging = try StagingFile(directory: directory, key: key)
        let marker = Data(String(repeating: "MARKER-", count: 40_000).utf8)
        try marker.withUnsafeBytes { try staging.write($0, at: 0) }
        var stored = try Data(contentsOf: URL(fileURLWithPath: staging.path))
        XCTAssertNil(stored.range(of: Data("MARKER-MARKER".utf8)))
        XCTAssertEqual(try staging.read(at: 0, count: marker.count), marker)
        stored[70_000] ^= 0x20
        try stored.write(to: URL(fileURLWithPath: staging.path))
        XCTAssertThrowsError(try staging.read(at: 65_536, count: 10)) { XCTAssertEqual(($0 as? FSError)?.errno, EIO) }
        XCTAssertEqual(try staging.read(at: 0, count: 10), marker.prefix(10), "other blocks still read")
    }
}

/// A small deterministic generator (SplitMix64), so a failing sequence can be replayed from its seed.
struct SeededRandom {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
