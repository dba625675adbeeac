import Foundation
import MeetingCore
import MeetingObjects

extension ObjectStore {
    /// Hands bytes [start, end) of the object with `etag` to `body` in order, a chunk buffer at a time, with the
    /// offset of each piece: for copying or hashing an object without holding it.
    package func forEachBlock(key: String, etag: String, from start: Int64, to end: Int64, buffers: ChunkBuffers,
                      _ body: (UnsafeRawBufferPointer, Int64) throws -> Void) throws {
        let buffer = buffers.take(count: buffers.capacity)
        defer { buffers.give(buffer) }
        var offset = start
        while offset < end {
            let wanted = Int(min(Int64(buffer.count), end - offset))
            let got = try get(key: key, offset: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<wanted]), ifMatch: etag)
            guard got == wanted else { throw FSError.io("\(key) ended at \(offset + Int64(got)) bytes, before \(end)") }
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<got]), offset)
            offset += Int64(got)
        }
    }
}
