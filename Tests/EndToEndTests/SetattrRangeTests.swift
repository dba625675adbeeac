import Foundation
import TestSupport
import XCTest

/// Times, sizes, modes and owners a caller can set are range-checked: stored exactly or refused, never a crash.
final class SetattrRangeTests: EndToEndCase {
    func testFarTimesAreStoredExactlyOrRefusedAndTheMountKeepsServing() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // the worker reaches the mount point
        let worker = UInt32.random(in: 100_000...2_000_000_000)
        try sh("'\(TestStack.binary)' user add \(TestStack.uniqueId("toucher")) --uid \(worker) --role worker")
        let file = "\(meetingPath)/artifacts/w.txt"
        let asWorker = "setpriv --reuid=\(worker) --regid=\(worker) --clear-groups"
        try sh("\(asWorker) sh -c 'echo w > \(file)'")
        try sh("\(asWorker) touch -m -d @10000000000 '\(file)'")
        XCTAssertEqual(try sh("stat -c %Y '\(file)'"), "10000000000\n")
        try sh("\(asWorker) touch -m -d @-10000000000 '\(file)'")
        XCTAssertEqual(try sh("stat -c %Y '\(file)'"), "-10000000000\n")
        let beyond = try Shell.run("\(asWorker) touch -m -d @300000000000 '\(file)'", timeout: 60)
        XCTAssertFalse(beyond.succeeded)
        XCTAssertTrue(beyond.error.contains("Invalid argument"), beyond.error)
        XCTAssertEqual(try sh("stat -c %Y '\(file)'"), "-10000000000\n", "a refused time changes nothing")

        let source = TestStack.scratchDirectory("far-times").appendingPathComponent("old.wav").path
        try sh("echo far > '\(source)' && touch -d '2500-01-01 00:00:00.123456789 UTC' '\(source)'")
        try sh("cp -a '\(source)' '\(meetingPath)/artifacts/'")
        XCTAssertEqual(try sh("stat -c %y '\(meetingPath)/artifacts/old.wav'"), try sh("stat -c %y '\(source)'"))
        XCTAssertEqual(try sh("cat '\(meetingPath)/artifacts/old.wav'"), "far\n", "the mount still serves")
    }

    func testRandomAttributeChangesAreStoredExactlyOrAnsweredWithTheirErrno() throws {
        let area = mount.at("temp/\(TestStack.uniqueId("fuzz"))")
        try sh("mkdir '\(area)'")
        let script = TestStack.projectRoot.appendingPathComponent("Tests/Scripts/setattr_fuzz.py").path
        let seed = Int.random(in: 0...1_000_000)
        let wrong = try sh("/usr/bin/python3 '\(script)' '\(area)/f' \(seed) 400", timeout: 600)
        XCTAssertEqual(wrong, "", "seed \(seed)")
        XCTAssertTrue(try sh("stat -c %F '\(area)/f'").hasPrefix("regular"), "the mount still serves")
        try sh("rm -rf --one-file-system '\(area)'")
    }
}
