import Foundation
import MeetingCore
import MeetingCrypto
import MeetingObjects
import MeetingCache

/// The bytes of a version written from its start, held in memory and sent to S3 as parts fill, with no staging
/// file on the way. Three regions:
///
///     [0, part)            the head: kept here until the commit, which sends it as part 1 (tools rewrite a
///                          header there last: WAV sizes, MP4 atoms)
///     [part, tailStart)    parts already sent, each as the write after it began
///     [tailStart, size)    the tail: the part being filled
///
/// A write, read or truncation that needs the sent region answers false (or nil), changing nothing; the session
/// then moves the bytes to a staging file with `spill`. SHA-256 is computed as parts are sent; a head rewritten
/// after that is hashed again from the stored object at the commit. Memory: the head and the tail, counted
/// against the mount's write budget, plus the parts in flight (the uploader's concurrency) and at most two parts
/// waiting for their hash.
final class SequentialBody {
    struct Finished {
        package let etag: String
        package let sha256: String
        /// The body still holds every byte: it stays usable for the session's next version.
        let holdsBytes: Bool
    }

    package private(set) var size: Int64 = 0
    private let partSize: Int
    private var head: [UInt8] = []
    private var tail: UnsafeMutableRawBufferPointer?
    private var tailStart: Int64
    private var sentParts = 0
    private var uploader: PartUploader?
    /// SHA-256 of [0, tailStart) once a part was sent; stale once the head changed after that.
    private var hasher: BackgroundSHA256?
    private var headChangedAfterHashing = false
    private let objects: ObjectStore
    private let contentType: String
    private let buffers: ChunkBuffers
    private let budget: ByteBudget
    /// Begins the multipart upload (reserving the version's key first if need be).
    private let startUpload: () throws -> PartUploader
    private var released = false

    /// Bytes of the write budget one body holds: its head and its tail.
    package static func footprint(partSize: Int) -> Int { 2 * partSize }

    /// A body, or nil when the write budget is spent (the session then stages to disk).
    package init?(partSize: Int, objects: ObjectStore, contentType: String, buffers: ChunkBuffers, budget: ByteBudget,
          startUpload: @escaping () throws -> PartUploader) {
        guard budget.tryAcquire(Self.footprint(partSize: partSize)) else { return nil }
        self.partSize = partSize
        self.objects = objects
        self.contentType = contentType
        self.buffers = buffers
        self.budget = budget
        self.startUpload = startUpload
        tailStart = Int64(partSize)
    }

    deinit { release() }

    // MARK: - Data path

    package func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws -> Bool {
        let end = offset + Int64(bytes.count)
        guard !touchesSent(offset, end), offset - size <= Int64(partSize) else { return false }
        if offset > size { try place(nil, count: Int(offset - size), at: size) }
        try place(bytes.baseAddress, count: bytes.count, at: offset)
        return true
    }

    /// Bytes [offset, offset+count) clipped to the size, or nil when some were sent already.
    package func read(at offset: Int64, count: Int) -> Data? {
        let end = min(size, offset + Int64(count))
        guard offset < end else { return Data() }
        guard !touchesSent(offset, end) else { return nil }
        var data = Data(count: Int(end - offset))
        data.withUnsafeMutableBytes { out in
            var position = offset
            while position < end {
                let target = out.baseAddress! + Int(position - offset)
                let count: Int
                if position < Int64(partSize) {
                    count = min(head.count - Int(position), Int(end - position))
                    head.withUnsafeBytes { target.copyMemory(from: $0.baseAddress! + Int(position), byteCount: count) }
                } else {
                    let within = Int(position - tailStart)
                    count = min(tailCount - within, Int(end - position))
                    target.copyMemory(from: tail!.baseAddress! + within, byteCount: count)
                }
                position += Int64(count)
            }
        }
        return data
    }

    package func truncate(to newSize: Int64) throws -> Bool {
        if newSize == 0 {
            uploader?.abortInBackground()
            uploader = nil
            hasher = nil
            headChangedAfterHashing = false
            sentParts = 0
            tailStart = Int64(partSize)
            head.removeAll(keepingCapacity: true)
            size = 0
            return true
        }
        if newSize > size {
            guard newSize - size <= Int64(partSize) else { return false }
            try place(nil, count: Int(newSize - size), at: size)
            return true
        }
        guard newSize >= tailStart || (sentParts == 0 && uploader == nil) else { return false }
        if newSize < Int64(head.count) { head.removeLast(head.count - Int(newSize)) }
        size = newSize
        return true
    }

    // MARK: - Committing

    /// Sends what is held and completes the object at `key` (the key the uploader writes to, if one was begun).
    package func finish(key: String) throws -> Finished {
        if let uploader {
            let (etag, sha256) = try completeSentUpload(uploader, key: key)
            return Finished(etag: etag, sha256: sha256, holdsBytes: false)
        }
        let digest = StreamingSHA256()
        head.withUnsafeBytes { digest.update($0) }
        if size <= Int64(partSize) {
            let etag = try objects.put(key: key, body: Data(head), contentType: contentType)
            return Finished(etag: etag, sha256: digest.finish(), holdsBytes: true)
        }
        // Head and tail, nothing sent yet: a two-part upload, the tail copied since the body keeps its bytes.
        let tailBytes = Data(UnsafeRawBufferPointer(rebasing: tail![..<tailCount]))
        tailBytes.withUnsafeBytes { digest.update($0) }
        let upload = try startUpload()
        try upload.upload(number: 1) { [head] in Data(head) }
        try upload.upload(number: 2) { tailBytes }
        return Finished(etag: try upload.finish(), sha256: digest.finish(), holdsBytes: true)
    }

    /// Writes every byte into `staging`. Sent parts come back from S3, so their upload is completed (at the
    /// version's own reserved key, which the commit overwrites) and read back.
    package func spill(into staging: StagingFile, key: String) throws {
        guard uploader != nil || sentParts == 0 else { throw FSError.io("the parts sent went with an upload given up") }
        try head.withUnsafeBytes { try staging.write($0, at: 0) }
        if tailCount > 0 { try staging.write(UnsafeRawBufferPointer(rebasing: tail![..<tailCount]), at: tailStart) }
        if let uploader {
            let etag = try completeSentUpload(uploader, key: key, hashing: false).etag
            try objects.forEachBlock(key: key, etag: etag, from: Int64(partSize), to: tailStart, buffers: buffers) {
                try staging.write($0, at: $1)
            }
        }
        release()
    }

    /// Gives up the upload under way; the bytes held stay readable.
    package func abort() {
        uploader?.abortInBackground()
        uploader = nil
    }

    // MARK: - Internals

    private var tailCount: Int { size > tailStart ? Int(size - tailStart) : 0 }

    /// Whether [start, end) overlaps the parts already sent.
    private func touchesSent(_ start: Int64, _ end: Int64) -> Bool {
        start < tailStart && end > Int64(partSize) && tailStart > Int64(partSize)
    }

    /// Copies `count` bytes from `source` (zeros when nil) to `offset`, which is held or just past the end; a
    /// tail that fills up is sent first.
    private func place(_ source: UnsafeRawPointer?, count: Int, at offset: Int64) throws {
        var done = 0
        while done < count {
            let position = offset + Int64(done)
            let piece: Int
            if position < Int64(partSize) {
                piece = min(count - done, partSize - Int(position))
                let end = Int(position) + piece
                if head.count < end { head.append(contentsOf: repeatElement(0, count: end - head.count)) }
                head.withUnsafeMutableBytes { copy(source.map { $0 + done }, count: piece, to: $0.baseAddress! + Int(position)) }
                if hasher != nil { headChangedAfterHashing = true }
            } else {
                if position == tailStart + Int64(partSize) { try sendTail() }
                if tail == nil { tail = buffers.take(count: partSize) }
                let within = Int(position - tailStart)
                piece = min(count - done, partSize - within)
                copy(source.map { $0 + done }, count: piece, to: tail!.baseAddress! + within)
            }
            done += piece
            size = max(size, position + Int64(piece))
        }
    }

    private func copy(_ source: UnsafeRawPointer?, count: Int, to target: UnsafeMutableRawPointer) {
        if let source { target.copyMemory(from: source, byteCount: count) } else { memset(target, 0, count) }
    }

    /// The full tail goes up as the next part; the first one sent starts the upload and the hash.
    private func sendTail() throws {
        if uploader == nil { uploader = try startUpload() }
        if hasher == nil {
            hasher = BackgroundSHA256()
            head.withUnsafeBytes { hasher!.updateNow($0) }
        }
        let buffer = tail!
        tail = nil
        // The part's buffer goes back to the pool once both the upload and the hash are done with it.
        let part = buffers.data(buffer, count: partSize)
        hasher!.update(part)
        // Counted as sent before it is queued: an upload that already failed refuses it, and its bytes are then
        // gone with that upload; reads of them go to `spill`, which answers so, rather than to a tail no longer held.
        sentParts += 1
        tailStart += Int64(partSize)
        try uploader!.upload(number: sentParts + 1) { part }
    }

    /// Sends the head as part 1 and the tail as the last, and completes; the body no longer holds the sent parts.
    private func completeSentUpload(_ upload: PartUploader, key: String, hashing: Bool = true) throws -> (etag: String, sha256: String) {
        let hashedOnTheWay = hashing && !headChangedAfterHashing
        if let tail, tailCount > 0 {
            let last = Data(UnsafeRawBufferPointer(rebasing: tail[..<tailCount]))
            if hashedOnTheWay { hasher!.update(last) }
            try upload.upload(number: sentParts + 2) { last }
        }
        try upload.upload(number: 1) { [head] in Data(head) }
        uploader = nil
        let etag = try upload.finish()
        guard hashing else { return (etag, "") }
        if hashedOnTheWay { return (etag, hasher!.finish()) }
        // The head changed after the parts behind it were hashed: hash the stored object again.
        let digest = StreamingSHA256()
        head.withUnsafeBytes { digest.update($0) }
        try objects.forEachBlock(key: key, etag: etag, from: Int64(partSize), to: size, buffers: buffers) { bytes, _ in
            digest.update(bytes)
        }
        return (etag, digest.finish())
    }

    private func release() {
        guard !released else { return }
        released = true
        if let tail { buffers.give(tail) }
        tail = nil
        head = []
        budget.release(Self.footprint(partSize: partSize))
    }
}
