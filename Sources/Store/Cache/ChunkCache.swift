import Foundation

/// Identifies one chunk of one object version. The etag is part of the identity, so a replaced object can never
/// be served from a chunk of its predecessor.
public struct ChunkKey: Hashable, Sendable {
    public let objectKey: String
    public let etag: String
    public let index: Int64

    var fileName: String {
        Digest.hex(Digest.sha256(Array("\(objectKey)\u{0}\(etag)\u{0}\(index)".utf8)))
    }
}

/// Chunks on local disk under a byte budget, least recently used evicted first. Each chunk file ends with the
/// CRC-32C of its data, checked on every read: a damaged chunk is dropped and fetched again. Writes go to a temp
/// file renamed into place, so a crash never leaves a torn chunk. Any disk error makes the cache step aside
/// (reads go to S3) rather than fail a read.
public final class ChunkCache: @unchecked Sendable {
    private static let digestLength = 4

    public let directory: URL
    public let budget: Int64
    private let lock = NSLock()
    private var entries: [String: (size: Int64, lastUse: UInt64)] = [:]
    private var usedBytes: Int64 = 0
    private var clock: UInt64 = 0

    public init(directory: URL, budget: Int64) throws {
        self.directory = directory
        self.budget = budget
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try loadIndex()
    }

    public var bytesUsed: Int64 { lock.withLock { usedBytes } }

    public func read(_ key: ChunkKey) -> Data? {
        let name = key.fileName
        guard lock.withLock({ entries[name] != nil }) else { return nil }
        guard let stored = try? Data(contentsOf: path(name)), stored.count >= Self.digestLength else {
            forget(name)
            return nil
        }
        let data = stored.prefix(stored.count - Self.digestLength)
        guard Self.trailer(of: data) == stored.suffix(Self.digestLength) else {
            forget(name)  // damaged on disk: drop it so the caller refetches
            return nil
        }
        lock.withLock {
            clock += 1
            entries[name]?.lastUse = clock
        }
        return data
    }

    private static func trailer(of data: Data) -> Data {
        withUnsafeBytes(of: Checksum.crc32c(data).littleEndian) { Data($0) }
    }

    public func write(_ key: ChunkKey, _ data: Data) {
        let name = key.fileName
        let size = Int64(data.count + Self.digestLength)
        guard size <= budget else { return }
        let temp = directory.appendingPathComponent(".\(name).\(UUID().uuidString)")
        var stored = data
        stored.append(Self.trailer(of: data))
        do {
            try stored.write(to: temp)
            guard rename(temp.path, path(name).path) == 0 else { throw FSError(errno) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            return  // full or failing disk: this chunk is simply not cached
        }
        let victims: [String] = lock.withLock {
            clock += 1
            if let old = entries[name] { usedBytes -= old.size }
            entries[name] = (size, clock)
            usedBytes += size
            var chosen: [String] = []
            while usedBytes > budget, let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse }) {
                entries.removeValue(forKey: oldest.key)
                usedBytes -= oldest.value.size
                chosen.append(oldest.key)
            }
            return chosen
        }
        for victim in victims { unlink(path(victim).path) }
    }

    private func forget(_ name: String) {
        lock.withLock {
            if let entry = entries.removeValue(forKey: name) { usedBytes -= entry.size }
        }
        unlink(path(name).path)
    }

    private func path(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Rebuilds the LRU order from what a previous run left, oldest modification first; removes torn temp files.
    private func loadIndex() throws {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: keys)
        var found: [(name: String, size: Int64, date: Date)] = []
        for file in files {
            if file.lastPathComponent.hasPrefix(".") {
                try? FileManager.default.removeItem(at: file)
                continue
            }
            let values = try? file.resourceValues(forKeys: Set(keys))
            found.append((file.lastPathComponent, Int64(values?.fileSize ?? 0), values?.contentModificationDate ?? .distantPast))
        }
        for item in found.sorted(by: { $0.date < $1.date }) {
            clock += 1
            entries[item.name] = (item.size, clock)
            usedBytes += item.size
        }
    }
}
