import Foundation
import TestSupport
import XCTest

/// `ls -l` of a big directory costs the daemon what the kernel requires and no more (docs/architecture.md,
/// "Listings"): every batch comes as READDIRPLUS, so the kernel needs no LOOKUP of a listed name, and an extended
/// attribute outside `user.` is refused as unsupported, so `ls` stops asking for labels and ACLs after one file.
final class BigDirectoryTests: XCTestCase {
    func testLongListingOfFiveThousandFilesAsksNoLookupOrAttributePerName() throws {
        let meeting = TestStack.uniqueId("bigdir")
        let first = try MountedFS()
        try sh("mkdir '\(first.at("meetings/\(meeting)"))' && printf 'seed' > '\(first.at("meetings/\(meeting)/raw"))/seed'")
        first.unmount()
        // 5000 more names by SQL, as copies of the seed's row (the bench's W8 does the same at 200,000).
        let count = 5000
        try TestStack.ownerPool().query("""
            INSERT INTO files (parent_ino, name, area, meeting_id, s3_key, version, size, etag, sha256, status, mode, uid, gid)
            SELECT f.parent_ino, 'file-' || lpad(g::text, 5, '0') || '.wav', f.area, f.meeting_id, f.s3_key, f.version, f.size,
                   f.etag, f.sha256, 'ready', f.mode, f.uid, f.gid
            FROM files f JOIN meetings m ON m.id = f.meeting_id, generate_series(1, \(count)) g
            WHERE m.public_id = $1 AND f.name = 'seed' AND f.status = 'ready'
            """, [meeting])
        // A mount made after the insert: no announcement of it can arrive while `ls -l` runs.
        let port = try TestStack.freePort()
        let mount = try MountedFS(arguments: ["--metrics-listen", "127.0.0.1:\(port)"])
        defer { mount.unmount() }
        let raw = mount.at("meetings/\(meeting)/raw")
        _ = try sh("ls '\(mount.at("meetings"))'")
        let before = try requests(port)
        let listing = try sh("ls -l '\(raw)'").split(separator: "\n")
        let after = try requests(port)
        XCTAssertEqual(listing.count, count + 2, "total and one line per name")
        XCTAssertTrue(listing[1].contains(" 4 ") && listing[1].hasSuffix(" file-00001.wav"), String(listing[1]))
        XCTAssertTrue(listing.last!.hasSuffix(" seed"), String(listing.last!))

        let asked = { (op: String) in (after[op] ?? 0) - (before[op] ?? 0) }
        XCTAssertEqual(asked("readdir"), 0, "every batch is READDIRPLUS")
        XCTAssertGreaterThan(asked("readdirplus"), 1, "a listing of several batches")
        XCTAssertLessThanOrEqual(asked("getxattr"), 2, "one refused label and ACL query, then none")
        // Each statx walks meetings/<id>/, whose name the kernel may not keep for every caller: one LOOKUP a file.
        // A name the listing gave is not looked up again (that would be a second per file).
        XCTAssertLessThanOrEqual(asked("lookup"), Double(count + 1) + 10)
    }

    /// The FUSE requests the mount has answered so far, by operation.
    private func requests(_ port: Int) throws -> [String: Double] {
        let text = try sh("curl -sf http://127.0.0.1:\(port)/metrics")
        var counts: [String: Double] = [:]
        for (name, value) in MetricsTests.samples(text) where name.hasPrefix("meetingfs_fuse_request_duration_seconds_count{op=\"") {
            counts[String(name.dropFirst("meetingfs_fuse_request_duration_seconds_count{op=\"".count).dropLast(2))] = value
        }
        return counts
    }

    @discardableResult
    private func sh(_ command: String) throws -> String {
        let result = try Shell.run(command, timeout: 300)
        XCTAssertTrue(result.succeeded, "`\(command)` exited \(result.status): \(result.error)")
        return result.output
    }
}
