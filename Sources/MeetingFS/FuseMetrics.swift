import CFuse
import Foundation
import Metrics

/// The FUSE requests the adapter answers, each timed under its own label of
/// meetingfs_fuse_request_duration_seconds; the histograms are made once, since every request records one.
enum FuseOp: String, CaseIterable {
    case lookup, getattr, setattr, mkdir, unlink, rmdir, rename, symlink, readlink, link, mknod, open, create, read,
         write, flush, fsync, release, opendir, readdir, readdirplus, releasedir, fsyncdir, statfs, getxattr,
         listxattr, setxattr, removexattr, access

    private static let timers: [FuseOp: Metrics.Timer] = Dictionary(uniqueKeysWithValues: allCases.map {
        ($0, Metrics.Timer(label: "meetingfs_fuse_request_duration_seconds", dimensions: [("op", $0.rawValue)]))
    })
    static let readBytes = Counter(label: "meetingfs_read_bytes_total")
    static let writtenBytes = Counter(label: "meetingfs_written_bytes_total")

    /// Makes the handles at once, so the first scrape shows every operation.
    static func start() { _ = (timers, readBytes, writtenBytes) }

    /// One answered request: its time, and its error by name (e.g. ENOENT) unless it succeeded.
    func record(started: UInt64, errno code: Int32) {
        Self.timers[self]?.recordNanoseconds(Int64(DispatchTime.now().uptimeNanoseconds - started))
        guard code != 0 else { return }
        Counter(label: "meetingfs_fuse_errors_total", dimensions: [("op", rawValue), ("errno", Self.errnoName(code))]).increment()
    }

    static func errnoName(_ code: Int32) -> String {
        cfuse_errno_name(code).map { String(cString: $0) } ?? "E\(code)"
    }
}
