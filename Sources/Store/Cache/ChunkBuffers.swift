import Foundation

/// Reusable chunk-sized buffers. A fresh multi-megabyte allocation is fresh pages from the kernel, each faulted in
/// and zeroed on first touch: that cost a quarter of the daemon's CPU on cold reads (perf). Buffers given back are
/// kept for the next chunk, so the pool never holds more buffers than were in use at once, and at most
/// `spareLimit` idle ones.
final class ChunkBuffers: @unchecked Sendable {
    let capacity: Int
    private let spareLimit: Int
    private let lock = NSLock()
    private var spare: [UnsafeMutableRawPointer] = []

    init(capacity: Int, spareLimit: Int) {
        self.capacity = capacity
        self.spareLimit = spareLimit
    }

    deinit {
        for buffer in spare { free(buffer) }
    }

    func take() -> UnsafeMutableRawBufferPointer {
        if let reused = lock.withLock({ spare.popLast() }) {
            return UnsafeMutableRawBufferPointer(start: reused, count: capacity)
        }
        // Page-aligned, so the disk cache can write it with O_DIRECT.
        var pointer: UnsafeMutableRawPointer?
        guard posix_memalign(&pointer, 4096, capacity) == 0, let pointer else {
            fatalError("out of memory for a \(capacity)-byte chunk")
        }
        return UnsafeMutableRawBufferPointer(start: pointer, count: capacity)
    }

    func give(_ buffer: UnsafeMutableRawPointer) {
        let kept = lock.withLock {
            guard spare.count < spareLimit else { return false }
            spare.append(buffer)
            return true
        }
        if !kept { free(buffer) }
    }

    /// The first `count` bytes of a taken buffer as Data that gives the buffer back once the last copy is gone.
    func data(_ buffer: UnsafeMutableRawBufferPointer, count: Int) -> Data {
        guard let base = buffer.baseAddress, count > 0 else {
            buffer.baseAddress.map(give)
            return Data()
        }
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { [self] pointer, _ in give(pointer) })
    }
}
