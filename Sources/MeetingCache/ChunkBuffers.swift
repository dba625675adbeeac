import Foundation
import MeetingCore

/// Reusable chunk-sized buffers. A fresh multi-megabyte allocation is fresh pages from the kernel, each faulted in
/// and zeroed on first touch: that cost a quarter of the daemon's CPU on cold reads (perf). Buffers given back are
/// kept for the next chunk, so the pool never holds more buffers than were in use at once, and at most
/// `spareLimit` idle ones. A small chunk (a small file, the tail of a big one) gets a buffer of its own size
/// instead, so that the bytes the memory budget counts are the bytes held.
// @unchecked: keeps raw page-aligned buffers (pointers) for reuse, under `lock`.
package final class ChunkBuffers: @unchecked Sendable {
    package let capacity: Int
    private let spareLimit: Int
    private let lock = NSLock()
    private var spare: [UnsafeMutableRawPointer] = []

    package init(capacity: Int, spareLimit: Int) {
        self.capacity = capacity
        self.spareLimit = spareLimit
    }

    deinit {
        for buffer in spare { free(buffer) }
    }

    /// Bytes held by the buffer for a chunk of `count` bytes.
    package func footprint(of count: Int) -> Int { isPooled(count) ? capacity : count }

    /// Chunks of more than half the capacity share the pooled buffers; larger ones than the capacity get their own.
    private func isPooled(_ count: Int) -> Bool { count > capacity / 2 && count <= capacity }

    /// A page-aligned buffer (so the disk cache can write it with O_DIRECT) of at least `count` bytes.
    package func take(count: Int) -> UnsafeMutableRawBufferPointer {
        let pooled = isPooled(count)
        if pooled, let reused = lock.withLock({ spare.popLast() }) {
            return UnsafeMutableRawBufferPointer(start: reused, count: capacity)
        }
        let size = pooled ? capacity : max(1, count)
        var pointer: UnsafeMutableRawPointer?
        guard posix_memalign(&pointer, 4096, size) == 0, let pointer else {
            fatalError("out of memory for a \(size)-byte chunk")
        }
        return UnsafeMutableRawBufferPointer(start: pointer, count: size)
    }

    package func give(_ buffer: UnsafeMutableRawBufferPointer) {
        guard let base = buffer.baseAddress else { return }
        let kept = buffer.count == capacity && lock.withLock {
            guard spare.count < spareLimit else { return false }
            spare.append(base)
            return true
        }
        if !kept { free(base) }
    }

    /// The first `count` bytes of a taken buffer as Data that gives the buffer back once the last copy is gone.
    package func data(_ buffer: UnsafeMutableRawBufferPointer, count: Int) -> Data {
        guard let base = buffer.baseAddress, count > 0 else {
            give(buffer)
            return Data()
        }
        return Data(bytesNoCopy: base, count: count, deallocator: .custom { [self] _, _ in give(buffer) })
    }
}

/// Bytes that may be held at once by buffers being filled; a taker waits until its bytes fit. Counting bytes
/// rather than buffers lets many small files load at once where few whole chunks could.
package final class ByteBudget: Sendable {
    private let limit: Int
    /// Bytes taken.
    private let used = ConditionBox(0)

    package init(limit: Int) { self.limit = limit }

    func acquire(_ bytes: Int) {
        // One taker larger than the whole budget still gets through once nothing else is held.
        used.wait(for: { [limit] used in used == 0 || used + bytes <= limit }) { used, _ in used += bytes }
    }

    /// Takes `bytes` only if they fit now; never waits.
    package func tryAcquire(_ bytes: Int) -> Bool {
        used.withLock { used in
            guard used + bytes <= limit else { return false }
            used += bytes
            return true
        }
    }

    package func release(_ bytes: Int) { used.withLock(wake: true) { $0 -= bytes } }
}
