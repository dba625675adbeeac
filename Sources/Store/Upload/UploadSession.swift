import Foundation

/// The version of one file being written through this mount, as a state machine:
///
///     open ──write/truncate──▶ writing ──commit──▶ uploading ──▶ committed ──write──▶ writing …
///                                                      └────────▶ failed   (terminal)
///     open | writing ──last handle released──▶ aborted   (the reserved key goes to the trash)
///
/// Bytes go to a staging file; while the writes are sequential, every full part is streamed to a multipart upload
/// at once, so close only uploads the tail. Any other write pattern uploads the staging file at commit. Every
/// version uploads to a key reserved for it in the database, so no other writer's bytes can land there. Once an
/// upload fails the session is failed: every later write, flush and fsync on its handles answers EIO at once.
final class UploadSession: @unchecked Sendable {
    enum State: Equatable { case open, writing, uploading, committed, failed, aborted }

    struct Limits {
        var partSize: Int
        var concurrency: Int
    }

    let fileId: Int64
    /// raw, audio, artifacts, profiles or temp: whose lifecycle rules apply to the versions it replaces.
    let area: String
    let name: String
    /// Serializes this file's data path: writes, truncation, commit. Attribute calls never take it.
    let lock = NSLock()
    /// Guards what attribute calls read (state, size, mtime); held for a few instructions, never across I/O.
    private let stateLock = NSLock()
    private var currentState: State
    private var currentSize: Int64
    private var currentMtime: Double
    private var failure: Error?

    /// True once a version was committed; a failed first upload leaves nothing visible.
    private(set) var committedOnce: Bool
    /// True once this session itself committed a version (its later commits replace its own).
    private(set) var committedBySession = false
    /// Written to (or truncated) since the last commit, as opposed to a new file nobody wrote yet: a close then
    /// commits nothing (a shell's `> file` closes its first descriptor before the command writes).
    private(set) var touched = false
    /// Committed by fsync since the last writer's close: the processing job is still owed.
    var jobOwed = false
    /// Who last opened the file for writing, on whose behalf commits are audited.
    var writer: Writer? {
        get { stateLock.withLock { lastWriter } }
        set { stateLock.withLock { lastWriter = newValue } }
    }
    private var lastWriter: Writer?
    /// Handles on this session, counted by the open-file table under its lock.
    var openCount = 0
    var writerCount = 0

    private let keyPrefix: String
    private var reservation: Reservation?
    private let staging: StagingFile
    private let objects: ObjectStore
    private let ledger: VersionLedger
    private let limits: Limits
    /// Buffers parts are read into for their upload, shared by the mount's sessions.
    private let partBuffers: ChunkBuffers
    private var stream: PartUploader?
    private var streamedBytes: Int64 = 0
    private var sequential: Bool
    private var hasher: StreamingSHA256? = StreamingSHA256()

    init(file: FileRecord, keyPrefix: String, reservation: Reservation?, stagingDirectory: URL, stagingKey: [UInt8], objects: ObjectStore,
         ledger: VersionLedger, limits: Limits, partBuffers: ChunkBuffers,
         initialContents: (StagingFile) throws -> Int64) throws {
        fileId = file.id
        area = file.area
        name = file.name
        self.keyPrefix = keyPrefix
        self.reservation = reservation
        self.objects = objects
        self.ledger = ledger
        self.limits = limits
        self.partBuffers = partBuffers
        committedOnce = file.isReady
        currentMtime = file.mtime
        currentState = file.isReady ? .open : .writing
        staging = try StagingFile(directory: stagingDirectory, key: stagingKey)
        currentSize = try initialContents(staging)
        sequential = currentSize == 0
        if currentSize != 0 { hasher = nil }
    }

    var state: State { stateLock.withLock { currentState } }
    /// Size and mtime of the bytes written so far, for attributes.
    var progress: (size: Int64, mtime: Double) { stateLock.withLock { (currentSize, currentMtime) } }
    /// There is something to commit: writes, truncation, or a new file not yet published.
    var hasChanges: Bool { state == .writing }
    private var size: Int64 { stateLock.withLock { currentSize } }

    private func set(_ state: State, size: Int64? = nil, mtime: Double? = nil) {
        stateLock.withLock {
            currentState = state
            if let size { currentSize = size }
            if let mtime { currentMtime = mtime }
        }
    }

    // MARK: - Writing (caller holds `lock`)

    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        try ensureUsable()
        do { try staging.write(bytes, at: offset) } catch { throw fail(error) }
        let before = size
        if sequential && offset == before {
            hasher?.update(bytes)
        } else {
            sequential = false
            hasher = nil
        }
        touched = true
        set(.writing, size: max(before, offset + Int64(bytes.count)), mtime: Date().timeIntervalSince1970)
        if sequential { try streamFullParts() }
    }

    func read(at offset: Int64, count: Int) throws -> Data {
        let size = self.size
        guard offset < size else { return Data() }
        return try staging.read(at: offset, count: Int(min(Int64(count), size - offset)))
    }

    func truncate(to newSize: Int64) throws {
        try ensureUsable()
        do { try staging.truncate(to: newSize) } catch { throw fail(error) }
        if newSize != size {
            sequential = false
            hasher = nil
        }
        touched = true
        set(.writing, size: newSize, mtime: Date().timeIntervalSince1970)
    }

    func setMtime(_ time: Double) { stateLock.withLock { currentMtime = time } }

    // MARK: - Committing (caller holds `lock`)

    /// Uploads the staged version whole to its reserved key and returns what the metadata commit stores. The
    /// caller then reports the commit's outcome with `committed()`, `discarded()` or `fail(_:)`.
    func upload() throws -> CommittedVersion {
        try ensureUsable()
        set(.uploading)
        let streaming = stream
        let streamed = streamedBytes
        stream = nil
        streamedBytes = 0
        do {
            let reserved = try currentReservation()
            let etag: String
            if let streaming, sequential {
                let total = size
                if total > streamed { try queuePart(streaming, from: streamed, count: Int(total - streamed)) }
                etag = try streaming.finish()
            } else {
                streaming?.abortInBackground()
                etag = try uploadWhole(to: reserved)
            }
            let digest = try hasher?.finish() ?? hashStaging()
            let (size, mtime) = progress
            return CommittedVersion(reservationId: reserved.id, s3Key: reserved.key, size: size, etag: etag,
                                    sha256: digest, mtime: mtime, keyFingerprint: objects.writeKeyFingerprint)
        } catch {
            throw fail(error)
        }
    }

    /// The version is visible; later writes make another one, with a new reservation.
    func committed() {
        reservation = nil
        committedOnce = true
        committedBySession = true
        touched = false
        sequential = false
        hasher = nil
        set(.committed)
    }

    /// The version will never be visible (the file was unlinked while it was written): its key goes to the trash.
    func discarded() {
        giveUpReservation()
        touched = false
        sequential = false
        hasher = nil
        set(.open)
    }

    /// The last handle is gone: an upload that will never commit is stopped and its reserved key trashed.
    func abandon() {
        stream?.abortInBackground()
        stream = nil
        giveUpReservation()
        if state != .committed && state != .failed { set(.aborted) }
    }

    // MARK: - Internals

    private func ensureUsable() throws {
        let (state, failure) = stateLock.withLock { (currentState, self.failure) }
        if state == .failed { throw FSError.io("an earlier upload of this file failed: \(failure.map { "\($0)" } ?? "")") }
    }

    /// The session is failed for good (an upload or its commit failed) and says why from now on.
    @discardableResult
    func fail(_ error: Error) -> FSError {
        stream?.abortInBackground()
        stream = nil
        stateLock.withLock {
            currentState = .failed
            if failure == nil { failure = error }
        }
        return error as? FSError ?? FSError.io("upload failed: \(error)")
    }

    /// Abandoning only trashes a key whose reservation still exists; a commit deletes the reservation in its own
    /// transaction, so a version that did commit (even if its reply was lost) is never trashed.
    private func giveUpReservation() {
        guard let reserved = reservation else { return }
        reservation = nil
        try? ledger.abandon(reserved)
    }

    private func currentReservation() throws -> Reservation {
        if let reservation { return reservation }
        let reserved = try ledger.reserve(fileId: fileId, keyPrefix: keyPrefix, name: name)
        reservation = reserved
        return reserved
    }

    private func streamFullParts() throws {
        while size - streamedBytes >= Int64(limits.partSize) {
            do {
                if stream == nil {
                    let reserved = try currentReservation()
                    let uploader = try PartUploader(objects: objects, key: reserved.key, contentType: ContentType.of(name),
                                                    concurrency: limits.concurrency)
                    stream = uploader
                    try ledger.recordMultipartUpload(reserved, uploadId: uploader.uploadId)
                }
                try queuePart(stream!, from: streamedBytes, count: limits.partSize)
            } catch {
                throw fail(error)
            }
            streamedBytes += Int64(limits.partSize)
        }
    }

    private func queuePart(_ uploader: PartUploader, from offset: Int64, count: Int) throws {
        let number = Int(offset / Int64(limits.partSize)) + 1
        let staging = self.staging, buffers = partBuffers
        try uploader.upload(number: number) { try staging.read(at: offset, count: count, into: buffers) }
    }

    private func uploadWhole(to reserved: Reservation) throws -> String {
        let size = self.size
        if size <= Int64(limits.partSize) {
            let body = try staging.read(at: 0, count: Int(size), into: partBuffers)
            return try objects.put(key: reserved.key, body: body, contentType: ContentType.of(name))
        }
        let uploader = try PartUploader(objects: objects, key: reserved.key, contentType: ContentType.of(name),
                                        concurrency: limits.concurrency)
        var offset: Int64 = 0
        do {
            try ledger.recordMultipartUpload(reserved, uploadId: uploader.uploadId)
            while offset < size {
                let count = Int(min(Int64(limits.partSize), size - offset))
                try queuePart(uploader, from: offset, count: count)
                offset += Int64(count)
            }
        } catch {
            uploader.abortInBackground()
            throw error
        }
        return try uploader.finish()
    }

    private func hashStaging() throws -> String {
        let hasher = StreamingSHA256()
        let size = self.size
        var offset: Int64 = 0
        while offset < size {
            let block = try staging.read(at: offset, count: Int(min(Int64(limits.partSize), size - offset)), into: partBuffers)
            block.withUnsafeBytes { hasher.update($0) }
            offset += Int64(block.count)
        }
        return hasher.finish()
    }
}

enum ContentType {
    static func of(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "wav": return "audio/wav"
        case "mp3": return "audio/mpeg"
        case "m4a": return "audio/mp4"
        case "ogg", "opus": return "audio/ogg"
        case "flac": return "audio/flac"
        case "mp4": return "video/mp4"
        case "webm": return "video/webm"
        case "md": return "text/markdown"
        case "txt": return "text/plain"
        case "vtt": return "text/vtt"
        case "srt": return "application/x-subrip"
        case "json": return "application/json"
        default: return "application/octet-stream"
        }
    }
}

/// The caller a write session commits for, and the path it opened.
struct Writer {
    let caller: Caller
    let principal: Principal
    let path: String
}
