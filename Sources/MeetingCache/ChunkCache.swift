import Foundation
import Synchronization
import Logging
import MeetingCore
import MeetingCrypto

/// Identifies one chunk of one object version. The etag is part of the identity, so a replaced object can never
/// be served from a chunk of its predecessor.
public struct ChunkKey: Hashable, Sendable {
    public let objectKey: String
    public let etag: String
    public let index: Int64

    package init(objectKey: String, etag: String, index: Int64) {
        self.objectKey = objectKey
        self.etag = etag
        self.index = index
    }
}

/// Chunks on local disk under a byte budget, least recently used evicted first, leaving the volume's reserve free
/// (`VolumeReserve`): a chunk that cannot fit beside it is not cached, and staging files get room made on demand.
/// Each chunk file holds the chunk sealed with AES-256-GCM in blocks of 64 KiB: the ciphertext (as long as the chunk), then each block's nonce and
/// tag, then the chunk's length. A block's associated data is the chunk's identity, the block's index and the
/// length: media never lies in the cache in the clear, a chunk altered, damaged, moved or cut on disk fails a tag,
/// is dropped and fetched again, and a small read opens only the blocks it needs. Writes go to a temp file renamed
/// into place, so a crash never leaves a torn chunk. Any disk error makes the cache step aside (reads go to S3)
/// rather than fail a read.
public final class ChunkCache: Sendable {
    package static let blockSize = 64 << 10
    /// Each block's nonce and tag.
    private static let sealLength = AESGCM.overhead
    private static let lengthField = MemoryLayout<UInt64>.size

    /// Bumped whenever what a chunk file holds changes, so entries of an older layout are never read as chunks.
    static let formatVersion = 4

    public let directory: URL
    public let budget: Int64
    public let reserve: VolumeReserve
    /// Chunk `index` covers bytes [index × chunkSize, …): entries written with another chunk size are other entries.
    public let chunkSize: Int
    private let sealer: AESGCM
    /// Page-aligned memory to seal chunks into, reused: a fresh 8 MiB allocation per chunk cost a sixth of the
    /// daemon's CPU on cold reads in page faults (perf of W6).
    private let sealBuffers: ChunkBuffers
    private let logger: Logger?
    /// What is on disk: bytes by file name, in least recently used order.
    private struct Index {
        var entries: [String: Int64] = [:]
        var order = LRUOrder<String>()
        var usedBytes: Int64 = 0

        mutating func add(_ name: String, size: Int64) {
            if let old = entries[name] { usedBytes -= old }
            entries[name] = size
            order.touch(name)
            usedBytes += size
        }

        mutating func remove(_ name: String) -> Int64 {
            order.remove(name)
            guard let size = entries.removeValue(forKey: name) else { return 0 }
            usedBytes -= size
            return size
        }

        mutating func removeOldest() -> (name: String, size: Int64)? {
            guard let oldest = order.popOldest() else { return nil }
            return (oldest, remove(oldest))
        }
    }

    private let index = Mutex(Index())

    public init(directory: URL, budget: Int64, chunkSize: Int, key: [UInt8], reserve: VolumeReserve? = nil,
                logger: Logger? = nil) throws {
        self.directory = directory
        self.budget = budget
        self.reserve = reserve ?? VolumeReserve(directory: directory.deletingLastPathComponent().path)
        self.chunkSize = chunkSize
        sealer = AESGCM(key: key)
        sealBuffers = ChunkBuffers(capacity: chunkSize, spareLimit: 2)
        self.logger = logger
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try index.withLock { try Self.loadIndex(directory, into: &$0) }
    }

    public var bytesUsed: Int64 { index.withLock { $0.usedBytes } }

    /// Reads a cached chunk into `buffer` and returns its length, or nil when it is not cached, does not fit, or
    /// fails a tag (then it is dropped, so the caller refetches).
    public func read(_ key: ChunkKey, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        let count = readSealed(key) { length in length <= buffer.count ? (0..<length, buffer) : nil }
        (count == nil ? Telemetry.cacheMisses : Telemetry.diskHits).increment()
        return count
    }

    /// Bytes [range) of a cached chunk into `buffer` (as long as the range), opening only the blocks they are in;
    /// false when the chunk is not cached, is shorter, or fails a tag.
    public func read(_ key: ChunkKey, range: Range<Int>, into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        let found = readSealed(key) { length in range.upperBound <= length ? (range, buffer) : nil } != nil
        (found ? Telemetry.diskHits : Telemetry.cacheMisses).increment()
        return found
    }

    /// Opens the blocks covering the range `want` picks once the chunk's length is known, and copies that range
    /// into the buffer it gives; returns the chunk's length.
    private func readSealed(_ key: ChunkKey,
                            _ want: (Int) -> (range: Range<Int>, buffer: UnsafeMutableRawBufferPointer)?) -> Int? {
        let identity = self.identity(key)
        let name = fileName(identity)
        guard index.withLock({ $0.entries[name] != nil }) else { return nil }
        let fd = open(path(name).path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            forget(name)
            return nil
        }
        defer { close(fd) }
        var info = stat()
        var field: UInt64 = 0
        guard fstat(fd, &info) == 0, Int(info.st_size) >= Self.lengthField,
            readAll(fd, &field, count: Self.lengthField, at: off_t(Int(info.st_size) - Self.lengthField))
        else {
            forget(name)
            return nil
        }
        let length = Int(truncatingIfNeeded: UInt64(littleEndian: field))
        guard length >= 0, Int(info.st_size) == Self.fileSize(ofChunk: length) else {
            forget(name)
            return nil
        }
        guard let (range, buffer) = want(length) else { return nil }
        guard range.isEmpty || openBlocks(fd, range, of: length, identity: identity, into: buffer) else {
            logger?.warning("chunk cache: a chunk failed its integrity check (altered or damaged on disk): dropped, fetching it again", metadata: ["object": "\(key.objectKey)", "chunk": "\(key.index)"])
            forget(name)
            return nil
        }
        index.withLock { if $0.entries[name] != nil { $0.order.touch(name) } }
        return length
    }

    /// Decrypts and verifies the blocks covering `range` and copies the range into `buffer`. A range that starts
    /// and ends on block bounds is opened in place; otherwise through one block's scratch space.
    private func openBlocks(_ fd: Int32, _ range: Range<Int>, of length: Int, identity: [UInt8],
                            into buffer: UnsafeMutableRawBufferPointer) -> Bool {
        let first = range.lowerBound / Self.blockSize, last = (range.upperBound - 1) / Self.blockSize
        let seals = Self.sealLength * (last - first + 1)
        var trailer = [UInt8](repeating: 0, count: seals)
        guard readAll(fd, &trailer, count: seals, at: off_t(length + first * Self.sealLength)) else { return false }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockSize, alignment: 16)
        defer { scratch.deallocate() }
        for block in first...last {
            let start = block * Self.blockSize, end = min(length, start + Self.blockSize)
            let inPlace = range.lowerBound <= start && end <= range.upperBound
            let target = inPlace
                ? UnsafeMutableRawBufferPointer(rebasing: buffer[(start - range.lowerBound)..<(end - range.lowerBound)])
                : UnsafeMutableRawBufferPointer(rebasing: scratch[..<(end - start)])
            guard readAll(fd, target.baseAddress, count: target.count, at: off_t(start)) else { return false }
            let seal = (block - first) * Self.sealLength
            let opened = trailer.withUnsafeBytes {
                sealer.open(UnsafeRawBufferPointer(target), into: target,
                            nonce: UnsafeRawBufferPointer(rebasing: $0[seal..<(seal + AESGCM.nonceLength)]),
                            tag: UnsafeRawBufferPointer(rebasing: $0[(seal + AESGCM.nonceLength)..<(seal + Self.sealLength)]),
                            associatedData: Self.blockData(identity, block: block, length: length))
            }
            guard opened else { return false }
            if !inPlace {
                let from = max(start, range.lowerBound), to = min(end, range.upperBound)
                (buffer.baseAddress! + (from - range.lowerBound)).copyMemory(from: scratch.baseAddress! + (from - start), byteCount: to - from)
            }
        }
        return true
    }

    private static func blocks(ofChunk length: Int) -> Int { (length + blockSize - 1) / blockSize }

    private static func fileSize(ofChunk length: Int) -> Int { length + blocks(ofChunk: length) * sealLength + lengthField }

    private static func blockData(_ identity: [UInt8], block: Int, length: Int) -> [UInt8] {
        identity + withUnsafeBytes(of: UInt64(block).littleEndian) { Array($0) } + withUnsafeBytes(of: UInt64(length).littleEndian) { Array($0) }
    }

    public func write(_ key: ChunkKey, _ data: Data) {
        let identity = self.identity(key)
        let name = fileName(identity)
        let size = Int64(Self.fileSize(ofChunk: data.count))
        guard size <= budget, fit(size) else { return }
        // Sealed into page-aligned memory, so the bulk still goes to disk bypassing the page cache.
        let sealed = sealBuffers.take(count: data.count)
        defer { sealBuffers.give(sealed) }
        var trailer: [UInt8] = []
        trailer.reserveCapacity(Self.blocks(ofChunk: data.count) * Self.sealLength + Self.lengthField)
        data.withUnsafeBytes { plain in
            for block in 0..<Self.blocks(ofChunk: data.count) {
                let range = (block * Self.blockSize)..<min(data.count, (block + 1) * Self.blockSize)
                let (nonce, tag) = sealer.seal(UnsafeRawBufferPointer(rebasing: plain[range]),
                                               into: UnsafeMutableRawBufferPointer(rebasing: sealed[range]),
                                               associatedData: Self.blockData(identity, block: block, length: data.count))
                trailer += nonce + tag
            }
        }
        trailer += withUnsafeBytes(of: UInt64(data.count).littleEndian) { Array($0) }
        let temp = directory.appendingPathComponent(".\(name).\(UUID().uuidString)").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }  // full or failing disk: this chunk is simply not cached
        let written = writeBypassingPageCache(fd, UnsafeRawBufferPointer(rebasing: sealed[..<data.count]))
            && writeAll(fd, trailer, count: trailer.count)
        guard close(fd) == 0, written, rename(temp, path(name).path) == 0 else {
            unlink(temp)
            return
        }
        let victims: [String] = index.withLock { index in
            index.add(name, size: size)
            var chosen: [String] = []
            while index.usedBytes > budget, let oldest = index.removeOldest() { chosen.append(oldest.name) }
            return chosen
        }
        Telemetry.cacheWrittenBytes.increment(by: Int(size))
        Telemetry.cacheEvictions.increment(by: victims.count)
        for victim in victims { unlink(path(victim).path) }
    }

    /// Evicts least recently used chunks until a chunk of `bytes` fits on the volume beside its reserve; false,
    /// evicting nothing, when the cache is not what fills the volume (then it would be emptied for nothing).
    private func fit(_ bytes: Int64) -> Bool {
        let needed = reserve.shortfall(adding: bytes)
        return needed == 0 || needed <= bytesUsed && makeRoom(bytes)
    }

    /// Evicts least recently used chunks until `bytes` more fit on the volume beside its reserve, or the cache is
    /// empty; false if it freed nothing. A staging write that found the volume full asks: writes come before
    /// cached reads.
    @discardableResult
    public func makeRoom(_ bytes: Int64) -> Bool {
        var needed = reserve.shortfall(adding: bytes)
        var freed = false
        while needed > 0 {
            let victim = index.withLock { $0.removeOldest() }
            guard let (name, size) = victim else { return freed }
            unlink(path(name).path)
            Telemetry.cacheEvictions.increment(by: 1)
            needed -= size
            freed = true
        }
        return true
    }

    private func forget(_ name: String) {
        _ = index.withLock { $0.remove(name) }
        unlink(path(name).path)
    }

    private func path(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A chunk's whole identity: format, object version, geometry. Its hash names the file; it is also the
    /// associated data of the seal, so a file renamed to another entry's name never opens.
    private func identity(_ key: ChunkKey) -> [UInt8] {
        Array("v\(Self.formatVersion)\u{0}\(key.objectKey)\u{0}\(key.etag)\u{0}\(chunkSize)\u{0}\(key.index)".utf8)
    }

    func fileName(_ key: ChunkKey) -> String { fileName(identity(key)) }

    private func fileName(_ identity: [UInt8]) -> String { Digest.hex(Digest.sha256(identity)) }

    /// Rebuilds the LRU order from what a previous run left, oldest modification first; removes torn temp files.
    private static func loadIndex(_ directory: URL, into index: inout Index) throws {
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
        for item in found.sorted(by: { $0.date < $1.date }) { index.add(item.name, size: item.size) }
    }
}

private func readAll(_ fd: Int32, _ pointer: UnsafeMutableRawPointer?, count: Int, at offset: off_t) -> Bool {
    var done = 0
    while done < count {
        let n = pread(fd, pointer! + done, count - done, offset + off_t(done))
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
    }
    return true
}

/// Writes the whole buffer; its page-aligned part with O_DIRECT where the file system allows it. Copying chunks
/// into the page cache cost the daemon more CPU than anything else on a cold read (perf), and a chunk just fetched
/// is in memory anyway.
private func writeBypassingPageCache(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    let page = 4096
    let direct = bytes.count / page * page
    let flags = fcntl(fd, F_GETFL)
    guard direct > 0, let base = bytes.baseAddress, Int(bitPattern: base) % page == 0,
        fcntl(fd, F_SETFL, flags | O_DIRECT) == 0
    else { return writeAll(fd, bytes.baseAddress, count: bytes.count) }
    let wroteDirect = writeAll(fd, base, count: direct)
    _ = fcntl(fd, F_SETFL, flags)
    if !wroteDirect {
        // Some file systems accept the flag but refuse the write: start over through the page cache.
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else { return false }
        return writeAll(fd, base, count: bytes.count)
    }
    return writeAll(fd, base + direct, count: bytes.count - direct)
}

// Glibc's module map leaves O_DIRECT out (it needs _GNU_SOURCE); its value differs by architecture.
#if arch(arm64)
private let O_DIRECT: Int32 = 0o200000
#else
private let O_DIRECT: Int32 = 0o40000
#endif

private func writeAll(_ fd: Int32, _ pointer: UnsafeRawPointer?, count: Int) -> Bool {
    var done = 0
    while done < count {
        let n = Foundation.write(fd, pointer! + done, count - done)
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
    }
    return true
}
