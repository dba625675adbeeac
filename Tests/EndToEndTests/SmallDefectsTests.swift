import Foundation
import TestSupport
import XCTest

/// Defects found while making uploads trustworthy (issue 7, item 9).
final class SmallDefectsTests: EndToEndCase {
    func testDirectoryRenameReplacesOnlyAnEmptyDirectory() throws {
        let area = mount.at("temp/\(TestStack.uniqueId("rename"))")
        try sh("mkdir '\(area)' '\(area)/a' '\(area)/empty' '\(area)/full' && echo x > '\(area)/a/x' && echo y > '\(area)/full/y' && echo f > '\(area)/file'")
        let script = """
            import errno, os, sys
            area = sys.argv[1]
            def attempt(label, source, target):
                try:
                    os.rename(f"{area}/{source}", f"{area}/{target}"); print(label, "OK")
                except OSError as e:
                    print(label, errno.errorcode[e.errno])
            attempt("onto-empty-dir", "a", "empty")
            attempt("onto-full-dir", "empty", "full")
            attempt("onto-file", "full", "file")
            """
        let answers = try sh("python3 -c '\(script.replacingOccurrences(of: "'", with: "'\\''"))' '\(area)'")
        XCTAssertEqual(answers, "onto-empty-dir OK\nonto-full-dir ENOTEMPTY\nonto-file ENOTDIR\n")
        XCTAssertEqual(try sh("cat '\(area)/empty/x'"), "x\n", "the moved directory took the empty one's place")
        XCTAssertEqual(try sh("ls '\(area)'"), "empty\nfile\nfull\n")
        try sh("rm -rf --one-file-system '\(area)'")
    }

    func testStatfsReportsStoredBytesAndTheCacheVolumesFreeSpace() throws {
        try sh("head -c 3M /dev/urandom > '\(meetingPath)/raw/s.bin'")
        // The cache volume's free space just before and just after: other processes write to that disk meanwhile.
        let freeSpace = { () throws -> Double in
            let cache = try self.sh("stat -f -c '%S %a' '\(self.mount.cacheDirectory)'").split(separator: " ")
                .compactMap { Int64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            return Double(cache[0] * cache[1])
        }
        let freeBefore = try freeSpace()
        let fields = try sh("stat -f -c '%S %b %f %a' '\(mount.path)'").split(separator: " ").compactMap { Int64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        let freeAfter = try freeSpace()
        let stored = try database().query("SELECT coalesce(sum(size), 0) AS bytes FROM files WHERE status = 'ready'").first!.int("bytes")
        XCTAssertEqual(fields.count, 4)
        let (block, blocks, free, available) = (fields[0], fields[1], fields[2], fields[3])
        XCTAssertEqual((blocks - free) * block, (stored + block - 1) / block * block, "used = the committed files' bytes")
        XCTAssertGreaterThanOrEqual(stored, 3 << 20)
        let slack = Double(64 << 20)
        XCTAssertTrue((min(freeBefore, freeAfter) - slack...max(freeBefore, freeAfter) + slack).contains(Double(available * block)),
                      "available = the cache volume's free space: \(available * block) outside \(freeBefore)...\(freeAfter)")
    }
}
