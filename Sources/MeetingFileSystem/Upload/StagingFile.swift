import Foundation
import MeetingCore
import MeetingCrypto
import MeetingCache

/// A local file holding the bytes of a version being written: random writes land here, and parts are uploaded
/// from here, so memory stays bounded whatever the file size. The file never holds them in the clear: it is a row
/// of 64 KiB blocks, each sealed with AES-256-GCM (nonce, ciphertext, tag) under a fresh nonce on every write and
/// with this file's id and the block's index as associated data. A block never written reads as zeros; every
/// block is full length, zero past the data, so the caller (who knows the size) decides where the file ends.
// @unchecked: wraps a file descriptor and two raw scratch buffers, used only under `lock`.
final class StagingFile: @unchecked Sendable {
    package static let blockSize = 64 << 10
    private static let slotSize = blockSize + AESGCM.overhead
    /// What a write that found the volume full asks the cache to free.
    private static let roomAhead: Int64 = 16 << 20

    package let path: String
    private let fd: Int32
    private let sealer: AESGCM
    private let id = withUnsafeBytes(of: UUID().uuid) { Array($0) }
    /// One block's plaintext and one sealed slot, reused by every operation under `lock`.
    private let lock = NSLock()
    private let plain = UnsafeMutableRawBufferPointer.allocate(byteCount: StagingFile.blockSize, alignment: 16)
    private let slot = UnsafeMutableRawBufferPointer.allocate(byteCount: StagingFile.slotSize, alignment: 16)

    /// Frees room on the volume (the chunk cache evicts) when a write finds it full; false if it could not.
    private let makeRoom: @Sendable (Int64) -> Bool

    package init(directory: URL, key: [UInt8], makeRoom: @escaping @Sendable (Int64) -> Bool = { _ in false }) throws {
        path = directory.appendingPathComponent("stage-\(UUID().uuidString)").path
        sealer = AESGCM(key: key)
        self.makeRoom = makeRoom
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            plain.deallocate()
            slot.deallocate()
            throw FSError(errno, "cannot create staging file in \(directory.path)")
        }
    }

    deinit {
        close(fd)
        unlink(path)
        plain.deallocate()
        slot.deallocate()
    }

    package func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        try lock.withLock {
            var done = 0
            while done < bytes.count {
                let position = offset + Int64(done)
                let index = position / Int64(Self.blockSize)
                let within = Int(position % Int64(Self.blockSize))
                let count = min(Self.blockSize - within, bytes.count - done)
                if count < Self.blockSize { try loadBlock(index) }  // a partial write keeps the rest of the block
                (plain.baseAddress! + within).copyMemory(from: bytes.baseAddress! + done, byteCount: count)
                try storeBlock(index)
                done += count
            }
        }
    }

    /// Up to `count` bytes from `offset` (fewer at the end).
    package func read(at offset: Int64, count: Int) throws -> Data {
        var data = Data(count: count)
        let got = try data.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        return data.prefix(got)
    }

    /// The same, in a buffer of the pool (uploads read one part after another: reused buffers spare the kernel
    /// faulting in and zeroing fresh pages for every part).
    package func read(at offset: Int64, count: Int, into buffers: ChunkBuffers) throws -> Data {
        let buffer = buffers.take(count: count)
        do {
            return buffers.data(buffer, count: try read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])))
        } catch {
            buffers.give(buffer)
            throw error
        }
    }

    /// Fills `buffer` from `offset`; stops early only at the end of the last block stored.
    private func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try lock.withLock {
            let stored = try storedBlocks()
            var done = 0
            while done < buffer.count {
                let position = offset + Int64(done)
                let index = position / Int64(Self.blockSize)
                guard index < stored else { break }
                let within = Int(position % Int64(Self.blockSize))
                let count = min(Self.blockSize - within, buffer.count - done)
                try loadBlock(index)
                (buffer.baseAddress! + done).copyMemory(from: plain.baseAddress! + within, byteCount: count)
                done += count
            }
            return done
        }
    }

    /// Drops the blocks past `size` and zeroes the rest of the block it ends in, so that growing the file later
    /// reads zeros there, as POSIX wants.
    package func truncate(to size: Int64) throws {
        try lock.withLock {
            let index = size / Int64(Self.blockSize)
            let within = Int(size % Int64(Self.blockSize))
            if within > 0, index < (try storedBlocks()) {
                try loadBlock(index)
                (plain.baseAddress! + within).initializeMemory(as: UInt8.self, repeating: 0, count: Self.blockSize - within)
                try storeBlock(index)
            }
            let blocks = (size + Int64(Self.blockSize) - 1) / Int64(Self.blockSize)
            guard ftruncate(fd, off_t(blocks * Int64(Self.slotSize))) == 0 else { throw FSError(errno, "staging truncate failed") }
        }
    }

    package func sync() { fsync(fd) }

    // MARK: - Blocks (caller holds `lock`)

    private func storedBlocks() throws -> Int64 {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FSError(errno, "staging stat failed") }
        return (Int64(info.st_size) + Int64(Self.slotSize) - 1) / Int64(Self.slotSize)
    }

    private func associatedData(_ index: Int64) -> [UInt8] {
        id + withUnsafeBytes(of: index.littleEndian) { Array($0) }
    }

    /// Block `index` into `plain`: zeros if never written, else its verified plaintext.
    private func loadBlock(_ index: Int64) throws {
        let got = try pread(slot, at: index * Int64(Self.slotSize))
        let nonce = UnsafeRawBufferPointer(rebasing: slot[..<AESGCM.nonceLength])
        let tag = UnsafeRawBufferPointer(rebasing: slot[(Self.slotSize - AESGCM.tagLength)...])
        if got < Self.slotSize || (nonce.allSatisfy { $0 == 0 } && tag.allSatisfy { $0 == 0 }) {
            plain.initializeMemory(as: UInt8.self, repeating: 0)  // a hole: past the end, or skipped by a write
            return
        }
        let sealed = UnsafeRawBufferPointer(rebasing: slot[AESGCM.nonceLength..<(Self.slotSize - AESGCM.tagLength)])
        guard sealer.open(sealed, into: plain, nonce: nonce, tag: tag, associatedData: associatedData(index)) else {
            throw FSError(EIO, "staging block \(index) of \(path) failed its integrity check")
        }
    }

    /// `plain` sealed under a fresh nonce into block `index`.
    private func storeBlock(_ index: Int64) throws {
        let sealed = UnsafeMutableRawBufferPointer(rebasing: slot[AESGCM.nonceLength..<(Self.slotSize - AESGCM.tagLength)])
        let (nonce, tag) = sealer.seal(UnsafeRawBufferPointer(plain), into: sealed, associatedData: associatedData(index))
        slot.copyBytes(from: nonce)
        UnsafeMutableRawBufferPointer(rebasing: slot[(Self.slotSize - AESGCM.tagLength)...]).copyBytes(from: tag)
        var done = 0, roomAsked = false
        let offset = off_t(index * Int64(Self.slotSize))
        while done < Self.slotSize {
            let n = pwrite(fd, slot.baseAddress! + done, Self.slotSize - done, offset + off_t(done))
            let failure = n < 0 ? errno : EIO
            if n < 0 && failure == EINTR { continue }
            // A full volume: cached chunks make way for the write (room for a run of blocks, not just this one).
            if n < 0 && failure == ENOSPC && !roomAsked {
                roomAsked = true
                if makeRoom(Self.roomAhead) { continue }
            }
            guard n > 0 else { throw FSError(failure, "staging write failed") }
            done += n
        }
    }

    /// Reads as much of `buffer` as the file holds from `offset`.
    private func pread(_ buffer: UnsafeMutableRawBufferPointer, at offset: Int64) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = Foundation.pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw FSError(errno, "staging read failed") }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
