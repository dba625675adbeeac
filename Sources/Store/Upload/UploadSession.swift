import Foundation

/// The version of one file being written through this mount, as a state machine:
///
///     open ──write/truncate──▶ writing ──commit──▶ uploading ──▶ committed ──write──▶ writing …
///                                                      └────────▶ failed   (terminal)
///     open | writing ──last handle released──▶ aborted   (the reserved key goes to the trash)
///
/// A new or truncated file written from its start is held in memory and sent as parts fill (`SequentialBody`), so
/// close only sends the first part and the tail. Any other write pattern, or a spent write budget, keeps the bytes
/// in a staging file that is uploaded whole at commit. Every version uploads to a key reserved for it in the
/// database, so no other writer's bytes can land there. Once an upload fails the session is failed: every later
/// write, flush and fsync on its handles answers EIO at once.
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
    private var currentMtime: FileTime
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
    /// Handles on this session, counted by the open-file table under its lock, and releases of a last writer
    /// whose commit is under way (the session stays in the table, and its file's name with it, until they end).
    var openCount = 0
    var writerCount = 0
    var committingReleases = 0

    private let versionKey: VersionKey
    private var body: SessionBody
    private let bodies: BodyMaker
    private let objects: ObjectStore
    private let limits: Limits
    /// Buffers parts are read into for their upload, shared by the mount's sessions.
    private let partBuffers: ChunkBuffers

    /// `initialContents` fills a staging file with the version the session starts from; nil: it starts empty.
    init(file: FileRecord, keyPrefix: String, reservation: Reservation?, stagingDirectory: URL, stagingKey: [UInt8], objects: ObjectStore,
         ledger: VersionLedger, limits: Limits, partBuffers: ChunkBuffers, writeMemory: ByteBudget,
         initialContents: ((StagingFile) throws -> Int64)?) throws {
        fileId = file.id
        area = file.area
        name = file.name
        versionKey = VersionKey(ledger: ledger, fileId: file.id, keyPrefix: keyPrefix, name: file.name, reservation: reservation)
        bodies = BodyMaker(contentType: ContentType.of(file.name), versionKey: versionKey, objects: objects, limits: limits,
                           buffers: partBuffers, writeMemory: writeMemory, stagingDirectory: stagingDirectory, stagingKey: stagingKey)
        self.objects = objects
        self.limits = limits
        self.partBuffers = partBuffers
        committedOnce = file.isReady
        currentMtime = file.mtime
        currentState = file.isReady ? .open : .writing
        if let initialContents {
            let staging = try bodies.stagingFile()
            currentSize = try initialContents(staging)
            body = .staged(staging)
        } else {
            currentSize = 0
            body = try bodies.empty()
        }
    }

    var state: State { stateLock.withLock { currentState } }
    /// Size and mtime of the bytes written so far, for attributes.
    var progress: (size: Int64, mtime: FileTime) { stateLock.withLock { (currentSize, currentMtime) } }
    /// There is something to commit: writes, truncation, or a new file not yet published.
    var hasChanges: Bool { state == .writing }
    private var size: Int64 { stateLock.withLock { currentSize } }

    private func set(_ state: State, size: Int64? = nil, mtime: FileTime? = nil) {
        stateLock.withLock {
            currentState = state
            if let size { currentSize = size }
            if let mtime { currentMtime = mtime }
        }
    }

    // MARK: - Writing (caller holds `lock`)

    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        try ensureUsable()
        do {
            if try !inMemory({ try $0.write(bytes, at: offset) }) { try staged().write(bytes, at: offset) }
        } catch { throw fail(error) }
        touched = true
        set(.writing, size: max(size, offset + Int64(bytes.count)), mtime: .now())
    }

    func read(at offset: Int64, count: Int) throws -> Data {
        let size = self.size
        guard offset < size else { return Data() }
        let count = Int(min(Int64(count), size - offset))
        switch body {
        case .memory(let held):
            if let data = held.read(at: offset, count: count) { return data }
        case .stored(let key, let etag):
            do { return try objects.get(key: key, offset: offset, length: count, ifMatch: etag) } catch { throw FSError.io("\(error)") }
        case .staged:
            break
        }
        do { return try staged().read(at: offset, count: count) } catch { throw fail(error) }
    }

    func truncate(to newSize: Int64) throws {
        try ensureUsable()
        do {
            if try !inMemory({ try $0.truncate(to: newSize) }) {
                if newSize == 0 { body = try bodies.empty() } else { try staged().truncate(to: newSize) }
            }
        } catch { throw fail(error) }
        touched = true
        set(.writing, size: newSize, mtime: .now())
    }

    func setMtime(_ time: FileTime) { stateLock.withLock { currentMtime = time } }

    // MARK: - Committing (caller holds `lock`)

    /// Uploads the version to its reserved key (what is left to send, or the staging file whole) and returns what
    /// the metadata commit stores. The caller then reports the commit's outcome with `committed()`, `discarded()`
    /// or `fail(_:)`.
    func upload() throws -> CommittedVersion {
        try ensureUsable()
        set(.uploading)
        do {
            let reserved = try versionKey.current()
            let etag: String, digest: String
            if case .memory(let held) = body {
                let finished = try held.finish(key: reserved.key)
                (etag, digest) = (finished.etag, finished.sha256)
                if !finished.holdsBytes { body = .stored(key: reserved.key, etag: etag) }
            } else {
                let staging = try staged()
                etag = try uploadWhole(staging, to: reserved)
                digest = try hash(staging)
            }
            let (size, mtime) = progress
            return CommittedVersion(reservationId: reserved.id, s3Key: reserved.key, size: size, etag: etag,
                                    sha256: digest, mtime: mtime, keyFingerprint: objects.writeKeyFingerprint)
        } catch {
            throw fail(error)
        }
    }

    /// The version is visible; later writes make another one, with a new reservation.
    func committed() {
        versionKey.used()
        committedOnce = true
        committedBySession = true
        touched = false
        set(.committed)
    }

    /// The version will never be visible (the file was unlinked while it was written): its key goes to the trash.
    func discarded() {
        // Its writer may still read it (I/O on an unlinked file): bytes only in that key are staged first.
        if case .stored = body { _ = try? staged() }
        versionKey.giveUp()
        touched = false
        set(.open)
    }

    /// The last handle is gone: an upload that will never commit is stopped and its reserved key trashed.
    func abandon() {
        if case .memory(let held) = body { held.abort() }
        versionKey.giveUp()
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
        if case .memory(let held) = body { held.abort() }
        stateLock.withLock {
            currentState = .failed
            if failure == nil { failure = error }
        }
        return error as? FSError ?? FSError.io("upload failed: \(error)")
    }

    /// Whether the body is in memory and `change` could be made there (false: the bytes must be staged for it).
    private func inMemory(_ change: (SequentialBody) throws -> Bool) throws -> Bool {
        guard case .memory(let held) = body else { return false }
        return try change(held)
    }

    /// The staging file, made now from bytes held in memory or stored in S3 if the body is elsewhere.
    private func staged() throws -> StagingFile {
        switch body {
        case .staged(let staging):
            return staging
        case .memory(let held):
            let staging = try bodies.stagingFile()
            try held.spill(into: staging, key: try versionKey.current().key)
            body = .staged(staging)
            return staging
        case .stored(let key, let etag):
            let staging = try bodies.stagingFile()
            try objects.forEachBlock(key: key, etag: etag, from: 0, to: size, buffers: partBuffers) { try staging.write($0, at: $1) }
            body = .staged(staging)
            return staging
        }
    }

    private func queuePart(_ uploader: PartUploader, from staging: StagingFile, at offset: Int64, count: Int) throws {
        let number = Int(offset / Int64(limits.partSize)) + 1
        let buffers = partBuffers
        try uploader.upload(number: number) { try staging.read(at: offset, count: count, into: buffers) }
    }

    private func uploadWhole(_ staging: StagingFile, to reserved: Reservation) throws -> String {
        let size = self.size
        if size <= Int64(limits.partSize) {
            let body = try staging.read(at: 0, count: Int(size), into: partBuffers)
            return try objects.put(key: reserved.key, body: body, contentType: ContentType.of(name))
        }
        let uploader = try versionKey.startMultipartUpload(objects: objects, contentType: ContentType.of(name), concurrency: limits.concurrency)
        var offset: Int64 = 0
        do {
            while offset < size {
                let count = Int(min(Int64(limits.partSize), size - offset))
                try queuePart(uploader, from: staging, at: offset, count: count)
                offset += Int64(count)
            }
        } catch {
            uploader.abortInBackground()
            throw error
        }
        return try uploader.finish()
    }

    private func hash(_ staging: StagingFile) throws -> String {
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

/// Where a version's bytes are.
private enum SessionBody {
    case memory(SequentialBody)
    case staged(StagingFile)
    /// In the object the session committed last (its parts were sent as written); staged at the next change.
    case stored(key: String, etag: String)
}

/// Makes a session's bodies: in memory while the mount's write budget allows, else a staging file.
private struct BodyMaker {
    let contentType: String
    let versionKey: VersionKey
    let objects: ObjectStore
    let limits: UploadSession.Limits
    let buffers: ChunkBuffers
    let writeMemory: ByteBudget
    let stagingDirectory: URL
    let stagingKey: [UInt8]

    /// For a version starting empty.
    func empty() throws -> SessionBody {
        let (versionKey, objects, contentType, concurrency) = (versionKey, objects, contentType, limits.concurrency)
        let held = SequentialBody(partSize: limits.partSize, objects: objects, contentType: contentType, buffers: buffers,
                                  budget: writeMemory) {
            try versionKey.startMultipartUpload(objects: objects, contentType: contentType, concurrency: concurrency)
        }
        return try held.map { .memory($0) } ?? .staged(stagingFile())
    }

    func stagingFile() throws -> StagingFile { try StagingFile(directory: stagingDirectory, key: stagingKey) }
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

/// The caller a write session commits for, the path it opened and the directory that path is in.
struct Writer {
    let caller: Caller
    let principal: Principal
    let path: String
    let directory: Node
}
