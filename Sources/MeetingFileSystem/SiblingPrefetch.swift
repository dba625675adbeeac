import Foundation
import MeetingCache
import MeetingCatalog

/// The order in which a directory was last listed, so that listing it, and opening one of its small files, can
/// fetch the next few in the background: tools that read every file of a listing (cat *, cp -r, tar, rsync) then
/// find them in memory instead of waiting for one GET after another. Only a hint: chunks are keyed by version, so
/// a sibling replaced since the listing is merely fetched for nothing.
final class SiblingPrefetch: Sendable {
    /// Largest file fetched ahead as a sibling.
    static let smallFile: Int64 = 1 << 20

    /// The small files of a listing, by id in listing order: about 30 bytes a file, so that a listing of a
    /// directory of a million names keeps tens of megabytes rather than its rows.
    private struct Order {
        let smallFiles: [Int64]
        let positions: [Int64: Int32]

        init(_ files: [FileRecord]) {
            smallFiles = files.filter { $0.size <= SiblingPrefetch.smallFile }.map(\.id)
            positions = Dictionary(smallFiles.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private let orders: RecentValues<UInt64, Order>
    private let fetcher: ChunkFetcher
    private let superblock: Superblock
    /// Files fetched ahead at a time.
    private let count: Int
    /// Where small files listed together are fetched ahead, one list after another.
    private let queue = DispatchQueue(label: "meetingfs.sibling-prefetch")

    init(fetcher: ChunkFetcher, superblock: Superblock, count: Int, ttl: Double = 60, maxDirectories: Int = 64) {
        self.fetcher = fetcher
        self.superblock = superblock
        self.count = count
        orders = RecentValues(ttl: ttl, capacity: maxDirectories)
    }

    /// A directory was just listed: its order is kept, and its first small files are fetched at once (their rows
    /// came with the listing), for a `cat *` or `cp` that opens them next; the opens fetch the ones after.
    func listed(_ parentIno: UInt64, files: [FileRecord]) {
        orders.store(parentIno, Order(files), readStart: orders.beginRead())
        let first = Array(files.lazy.filter { $0.isReady && $0.size <= Self.smallFile }.prefix(count))
        guard !first.isEmpty else { return }
        queue.async { [self] in fetchBytes(of: first) }
    }

    /// A small file was opened: the small files listed after it are fetched, their current rows first (one query
    /// for several files ahead, kept for the attribute timeout, so their opens need no query), then their bytes,
    /// in listing order, one list at a time.
    func opened(_ file: FileRecord) {
        guard file.size <= Self.smallFile, let order = orders.value(file.parentIno), let position = order.positions[file.id] else {
            return
        }
        let ahead = Array(order.smallFiles[(Int(position) + 1)...].prefix(4 * count))
        guard !ahead.isEmpty else { return }
        queue.async { [self] in
            let listings = superblock.listings
            var next = ahead.prefix(count).compactMap { listings.recentRow($0) }
            if next.count < min(ahead.count, count) {
                let start = listings.beginRead()
                let missing = ahead.filter { listings.recentRow($0) == nil }
                guard let rows = try? superblock.catalog.files(ids: missing) else { return }
                listings.storeRows(rows, readStart: start)
                let fetched = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                next = ahead.prefix(count).compactMap { listings.recentRow($0) ?? fetched[$0] }
            }
            fetchBytes(of: next)
        }
    }

    /// On `queue`: waits for read-ahead slots, so none of the list is skipped.
    private func fetchBytes(of files: [FileRecord]) {
        for file in files where file.isReady {
            guard let key = file.s3Key, let etag = file.etag else { continue }
            fetcher.prefetch(ChunkKey(objectKey: key, etag: etag, index: 0), objectSize: file.size, waitForSlot: true)
        }
    }
}
