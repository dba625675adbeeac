import Foundation
import MeetingCatalog

/// The order in which a directory was last listed, so that opening one of its small files can fetch the next few
/// in the background: tools that read every file of a listing (cat *, cp -r, tar, rsync) then find them in
/// memory instead of waiting for one GET after another. Only a hint: chunks are keyed by version, so a sibling
/// replaced since the listing is merely fetched for nothing.
final class SiblingPrefetch: Sendable {
    /// Largest file fetched ahead as a sibling.
    static let smallFile: Int64 = 1 << 20

    private struct Order {
        let files: [FileRecord]
        let positions: [Int64: Int]
    }

    private let orders: RecentValues<UInt64, Order>

    package init(ttl: Double, maxDirectories: Int = 64) {
        orders = RecentValues(ttl: ttl, capacity: maxDirectories)
    }

    /// Remembers a directory's files in the order they were listed.
    func remember(_ parentIno: UInt64, files: [FileRecord]) {
        let positions = Dictionary(files.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        orders.store(parentIno, Order(files: files, positions: positions), readStart: orders.beginRead())
    }

    /// The small files listed after `file`, at most `count` of them.
    func siblings(after file: FileRecord, count: Int) -> [FileRecord] {
        guard let order = orders.value(file.parentIno), let position = order.positions[file.id] else { return [] }
        return Array(order.files[(position + 1)...].lazy.filter { $0.size <= Self.smallFile }.prefix(count))
    }
}
