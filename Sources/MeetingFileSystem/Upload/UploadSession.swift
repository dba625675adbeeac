import Foundation
import Synchronization
import MeetingCore
import MeetingCrypto
import MeetingObjects
import MeetingCache
import MeetingCatalog

/// The version of one file being written through this mount: its bytes, and the commit rules they follow
/// (`WriteSession`, applied under `lock` as the data path goes through them). Two owners of state, each a Mutex:
/// `body` (where the bytes are) and `status` (rules, size, mtime, failure, writer); `body` is taken first where
/// both are.
///
/// A new or truncated file written from its start is held in memory and sent as parts fill (`SequentialBody`), so
/// close only sends the first part and the tail. Any other write pattern, or a spent write budget, keeps the bytes
/// in a staging file that is uploaded whole at commit. Every version uploads to a key reserved for it in the
/// database, so no other writer's bytes can land there. Once an upload fails the session is failed: every later
/// write, flush and fsync on its handles answers its failure at once.
final class UploadSession: Sendable {
    struct Limits: Sendable {
        package var partSize: Int
        var concurrency: Int
    }

    package let fileId: Int64
    /// raw, audio, artifacts, profiles or temp: whose lifecycle rules apply to the versions it replaces.
    package let area: String
    package let name: String
    /// Serializes this file's data path: writes, truncation, commit, and every event of its commit rules.
    package let lock = NSLock()

    /// What attribute calls read besides the rules; held for a few instructions, never across I/O.
    private struct Status {
        var rules: WriteSession
        var size: Int64
        var mtime: FileTime
        /// The first reason the session failed, as its handles answer it.
        var failure: FSError?
        var writer: Writer?
        var created: NewFile?
    }

    private let status: Mutex<Status>
    private let body: Mutex<SessionBody>

    /// Who last opened the file for writing, on whose behalf commits are audited.
    package var writer: Writer? {
        get { status.withLock { $0.writer } }
        set { status.withLock { $0.writer = newValue } }
    }
    /// What the create of a new file wrote (nil for a file that existed): its commit writes it again if a
    /// PostgreSQL crash lost it. Set once, before the first handle is handed out.
    package var created: NewFile? {
        get { status.withLock { $0.created } }
        set { status.withLock { $0.created = newValue } }
    }

    private let versionKey: VersionKey
    private let bodies: BodyMaker
    private let objects: ObjectStore
    private let limits: Limits
    /// Buffers parts are read into for their upload, shared by the mount's sessions.
    private let partBuffers: ChunkBuffers

    /// `initialContents` fills a staging file with the version the session starts from; nil: it starts empty.
    package init(file: FileRecord, keyPrefix: String, reservation: Reservation?, stagingDirectory: URL, stagingKey: [UInt8], objects: ObjectStore,
         ledger: VersionLedger, limits: Limits, partBuffers: ChunkBuffers, writeMemory: ByteBudget,
         makeRoom: @escaping @Sendable (Int64) -> Bool = { _ in false },
         initialContents: ((StagingFile) throws -> Int64)?) throws {
        fileId = file.id
        area = file.area
        name = file.name
        versionKey = VersionKey(ledger: ledger, fileId: file.id, keyPrefix: keyPrefix, name: file.name, reservation: reservation)
        bodies = BodyMaker(contentType: ContentType.of(file.name), versionKey: versionKey, objects: objects, limits: limits,
                           buffers: partBuffers, writeMemory: writeMemory, stagingDirectory: stagingDirectory, stagingKey: stagingKey,
                           makeRoom: makeRoom)
        self.objects = objects
        self.limits = limits
        self.partBuffers = partBuffers
        var size: Int64 = 0
        if let initialContents {
            let staging = try bodies.stagingFile()
            size = try initialContents(staging)
            body = Mutex(.staged(staging))
        } else {
            body = Mutex(try bodies.empty())
        }
        status = Mutex(Status(rules: WriteSession(published: file.isReady), size: size, mtime: file.mtime))
    }

    /// Size and mtime of the bytes written so far, for attributes.
    package var progress: (size: Int64, mtime: FileTime) { status.withLock { ($0.size, $0.mtime) } }
    package var isFailed: Bool { status.withLock { $0.rules.isFailed } }
    /// Some version of the file is visible (committed before the session began, or by it).
    package var published: Bool { status.withLock { $0.rules.published } }
    /// The session itself committed a version: its later ones replace that one rather than keep it.
    package var committedHere: Bool { status.withLock { $0.rules.committedHere } }
    private var size: Int64 { status.withLock { $0.size } }

    /// Applies an event to the commit rules (caller holds `lock`) and returns what to do next.
    package func handle(_ event: WriteSession.Event) -> WriteSession.Action {
        status.withLock { $0.rules.handle(event) }
    }

    /// Why the session failed, for what its handles answer: the first failure's errno where it had one (EACCES
    /// for a revoked writer, ENOSPC for a full staging volume), else EIO.
    var failureError: FSError {
        status.withLock { $0.failure } ?? FSError.io("an earlier upload of this file failed: unknown")
    }

    // MARK: - Writing (caller holds `lock`)

    package func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        guard handle(.write) == .proceed else { throw failureError }
        // The caller's buffer is valid for this call only and copied into the body before it returns; passed in
        // as an address, it leaves the body's isolation region alone (nothing keeps the pointer).
        let (address, count) = (UInt(bitPattern: bytes.baseAddress), bytes.count)
        try failing {
            try body.withLock { body in
                let bytes = UnsafeRawBufferPointer(start: UnsafeRawPointer(bitPattern: address), count: count)
                do {
                    if try !Self.inMemory(body, { try $0.write(bytes, at: offset) }) { try staged(&body).write(bytes, at: offset) }
                } catch { throw Self.stopSending(body, after: error) }
            }
        }
        setProgress(size: max(size, offset + Int64(bytes.count)), mtime: .now())
    }

    package func read(at offset: Int64, count: Int) throws -> Data {
        let size = self.size
        guard offset < size else { return Data() }
        let count = Int(min(Int64(count), size - offset))
        return try body.withLock { body in
            switch body {
            case .memory(let held):
                if let data = held.read(at: offset, count: count) { return data }
            case .stored(let key, let etag):
                do { return try objects.get(key: key, offset: offset, length: count, ifMatch: etag) } catch { throw FSError.io("\(error)") }
            case .staged:
                break
            }
            return try failing {
                do { return try staged(&body).read(at: offset, count: count) } catch { throw Self.stopSending(body, after: error) }
            }
        }
    }

    package func truncate(to newSize: Int64) throws {
        guard handle(.truncate) == .proceed else { throw failureError }
        try failing {
            try body.withLock { body in
                do {
                    if try !Self.inMemory(body, { try $0.truncate(to: newSize) }) {
                        if newSize == 0 { body = try bodies.empty() } else { try staged(&body).truncate(to: newSize) }
                    }
                } catch { throw Self.stopSending(body, after: error) }
            }
        }
        setProgress(size: newSize, mtime: .now())
    }

    func setMtime(_ time: FileTime) { status.withLock { $0.mtime = time } }

    // MARK: - Committing (caller holds `lock`)

    /// Uploads the version to its reserved key (what is left to send, or the staging file whole) and returns what
    /// the metadata commit stores. Run for the `upload` action; a failure fails the session.
    package func upload() throws -> CommittedVersion {
        if isFailed { throw failureError }  // its body may be aborted: nothing of it is sent again
        do {
            let reserved = try versionKey.current()
            let (etag, digest) = try body.withLock { body -> (String, String) in
                if case .memory(let held) = body {
                    let finished = try held.finish(key: reserved.key)
                    if !finished.holdsBytes { body = .stored(key: reserved.key, etag: finished.etag) }
                    return (finished.etag, finished.sha256)
                }
                let staging = try staged(&body)
                return (try uploadWhole(staging, to: reserved), try hash(staging))
            }
            let (size, mtime) = progress
            return CommittedVersion(reservationId: reserved.id, s3Key: reserved.key, size: size, etag: etag,
                                    sha256: digest, mtime: mtime, keyFingerprint: objects.writeKeyFingerprint)
        } catch {
            record(error)
            throw error
        }
    }

    /// The version is visible; later writes make another one, with a new reservation.
    @discardableResult
    package func committed() -> WriteSession.Action {
        versionKey.used()
        return handle(.commitFinished(visible: true))
    }

    /// The version will never be visible (the file was unlinked while it was written): its key goes to the trash.
    func discarded() -> WriteSession.Action {
        // Its writer may still read it (I/O on an unlinked file): bytes only in that key are staged first.
        body.withLock { body in if case .stored = body { _ = try? staged(&body) } }
        versionKey.giveUp()
        return handle(.commitFinished(visible: false))
    }

    /// The last handle is gone: an upload that will never commit is stopped and its reserved key trashed.
    func abandon() {
        body.withLock { Self.stopSending($0) }
        versionKey.giveUp()
    }

    /// Keeps the first reason the session failed (what its handles' EIO says) and stops a body being sent.
    package func record(_ error: Error) {
        body.withLock { Self.stopSending($0) }
        note(Self.lasting(error))
    }

    private func note(_ failure: FSError) {
        status.withLock { if $0.failure == nil { $0.failure = failure } }
    }

    /// What the session's handles answer after `error` failed it.
    private static func lasting(_ error: Error) -> FSError {
        error as? FSError ?? FSError.io("an earlier upload of this file failed: \(error)")
    }

    // MARK: - Internals

    private static func stopSending(_ body: SessionBody) {
        if case .memory(let held) = body { held.abort() }
    }

    /// A change of the body failed: the body, as the failure left it, stops being sent, and the failure comes back
    /// as the two FSErrors the session answers: now, and from then on.
    private static func stopSending(_ body: SessionBody, after error: Error) -> Failure {
        stopSending(body)
        return Failure(now: error as? FSError ?? FSError.io("upload failed: \(error)"), lasting: lasting(error))
    }

    private struct Failure: Error {
        let now: FSError
        let lasting: FSError
    }

    /// A write or read of the body failed: the session is failed for good and says why from now on.
    private func failing<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let failure as Failure {
            note(failure.lasting)
            _ = handle(.uploadFailed)
            throw failure.now
        }
    }

    private func setProgress(size: Int64, mtime: FileTime) {
        status.withLock { status in
            status.size = size
            status.mtime = mtime
        }
    }

    /// Whether the body is in memory and `change` could be made there (false: the bytes must be staged for it).
    private static func inMemory(_ body: SessionBody, _ change: (SequentialBody) throws -> Bool) throws -> Bool {
        guard case .memory(let held) = body else { return false }
        return try change(held)
    }

    /// The staging file, made now from bytes held in memory or stored in S3 if the body is elsewhere.
    private func staged(_ body: inout SessionBody) throws -> StagingFile {
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
    let makeRoom: @Sendable (Int64) -> Bool

    /// For a version starting empty.
    func empty() throws -> SessionBody {
        let (versionKey, objects, contentType, concurrency) = (versionKey, objects, contentType, limits.concurrency)
        let held = SequentialBody(partSize: limits.partSize, objects: objects, contentType: contentType, buffers: buffers,
                                  budget: writeMemory) {
            try versionKey.startMultipartUpload(objects: objects, contentType: contentType, concurrency: concurrency)
        }
        return try held.map { .memory($0) } ?? .staged(stagingFile())
    }

    func stagingFile() throws -> StagingFile { try StagingFile(directory: stagingDirectory, key: stagingKey, makeRoom: makeRoom) }
}

/// The caller a write session commits for, the path it opened and the directory that path is in.
package struct Writer: Sendable {
    package let caller: Caller
    package let principal: Principal
    package let path: String
    package let directory: Node
}
