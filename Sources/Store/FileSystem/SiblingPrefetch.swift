import Foundation

/// The order in which a directory was last listed, so that opening one of its small files can fetch the next few
/// in the background: tools that read every file of a listing (cat *, cp -r, tar, rsync) then find them in
/// memory instead of waiting for one GET after another. Only a hint: chunks are keyed by version, so a sibling
/// replaced since the listing is merely fetched for nothing.
final class SiblingPrefetch: @unchecked Sendable {
    /// Largest file fetched ahead as a sibling.
    static let smallFile: Int64 = 1 << 20

    private struct Order {
        let files: [FileRecord]
        let positions: [Int64: Int]
        let expires: Double
    }

    private let ttl: Double
    private let maxDirectories: Int
    private let lock = NSLock()
    private var orders: [UInt64: Order] = [:]

    init(ttl: Double, maxDirectories: Int = 64) {
        self.ttl = ttl
        self.maxDirectories = maxDirectories
    }

    /// Remembers a directory's files in the order they were listed.
    func remember(_ parentIno: UInt64, files: [FileRecord]) {
        let now = Date().timeIntervalSince1970
        let order = Order(files: files, positions: Dictionary(files.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }),
                          expires: now + ttl)
        lock.withLock {
            if orders.count >= maxDirectories { orders = orders.filter { $0.value.expires > now } }
            if orders.count < maxDirectories { orders[parentIno] = order }
        }
    }

    /// The small files listed after `file`, at most `count` of them.
    func siblings(after file: FileRecord, count: Int) -> [FileRecord] {
        let now = Date().timeIntervalSince1970
        return lock.withLock {
            guard let order = orders[file.parentIno], order.expires > now, let position = order.positions[file.id] else { return [] }
            return Array(order.files[(position + 1)...].lazy.filter { $0.size <= Self.smallFile }.prefix(count))
        }
    }
}
