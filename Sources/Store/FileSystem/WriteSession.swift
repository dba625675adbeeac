import Foundation

/// The version of one file being written through this mount. Bytes go to a staging file; while the writes are
/// sequential, every full part is streamed to a multipart upload at once, so close only uploads the tail. Any
/// other write pattern falls back to uploading the staging file at commit. Each commit writes a new object key,
/// so a reader of the previous version never sees its bytes change.
final class WriteSession: @unchecked Sendable {
    struct Limits {
        var partSize: Int
        var concurrency: Int
    }

    let fileId: Int64
    let lock = NSLock()
    var openCount = 0
    /// Changed since the last commit (writes, truncation, or a new empty file).
    var dirty: Bool
    private(set) var size: Int64
    private(set) var mtime: Double
    /// True once a version was committed; a failed first upload leaves nothing visible.
    var committedOnce: Bool

    private let keyPrefix: String
    private let name: String
    private var version: Int
    private let staging: StagingFile
    private let objects: ObjectStore
    private let limits: Limits
    /// Buffers parts are read into for their upload, shared by the mount's write sessions.
    private let partBuffers: ChunkBuffers
    private var stream: PartUploader?
    private var streamedBytes: Int64 = 0
    private var sequential: Bool
    private var hasher: StreamingSHA256? = StreamingSHA256()

    init(file: FileRecord, keyPrefix: String, stagingDirectory: URL, objects: ObjectStore, limits: Limits,
         partBuffers: ChunkBuffers, initialContents: (StagingFile) throws -> Int64) throws {
        fileId = file.id
        self.keyPrefix = keyPrefix
        name = file.name
        version = file.version + 1
        self.objects = objects
        self.limits = limits
        self.partBuffers = partBuffers
        committedOnce = file.isReady
        mtime = file.mtime
        staging = try StagingFile(directory: stagingDirectory)
        size = try initialContents(staging)
        sequential = size == 0
        if size != 0 { hasher = nil }
        dirty = !file.isReady
    }

    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        try staging.write(bytes, at: offset)
        if sequential && offset == size {
            hasher?.update(bytes)
        } else {
            sequential = false
            hasher = nil
        }
        size = max(size, offset + Int64(bytes.count))
        mtime = Date().timeIntervalSince1970
        dirty = true
        if sequential { streamFullParts() }
    }

    func read(at offset: Int64, count: Int) throws -> Data {
        guard offset < size else { return Data() }
        return try staging.read(at: offset, count: Int(min(Int64(count), size - offset)))
    }

    func truncate(to newSize: Int64) throws {
        try staging.truncate(to: newSize)
        if newSize != size {
            sequential = false
            hasher = nil
        }
        size = newSize
        mtime = Date().timeIntervalSince1970
        dirty = true
    }

    /// Unique per version (design §4): the file id and version number keep replaced bytes apart.
    private var versionKey: String { "\(keyPrefix)/\(fileId)-\(version)/\(name)" }

    func setMtime(_ time: Double) { mtime = time }

    /// Uploads the staged version whole and returns what the metadata commit stores. Afterwards the session
    /// starts over: later writes make yet another version.
    func upload() throws -> CommittedVersion {
        let key = versionKey
        let streaming = stream
        let streamed = streamedBytes
        stream = nil
        streamedBytes = 0
        let etag: String
        do {
            if let streaming, sequential, !streaming.failed {
                if size > streamed { queuePart(streaming, from: streamed, count: Int(size - streamed)) }
                etag = try streaming.finish()
            } else {
                streaming?.abort()
                etag = try uploadWhole(key: key)
            }
        } catch {
            sequential = false  // a retry uploads the staging file whole
            throw error
        }
        let digest = try hasher?.finish() ?? hashStaging()
        let committed = CommittedVersion(s3Key: key, version: version, size: size, etag: etag, sha256: digest, mtime: mtime)
        sequential = false
        hasher = nil
        version += 1
        return committed
    }

    /// The key of the object written, for deleting it when a commit turns out to be moot (file unlinked).
    func discardUpload(_ committed: CommittedVersion) {
        try? objects.delete(key: committed.s3Key)
    }

    func abandon() {
        stream?.abort()
        stream = nil
    }

    private func streamFullParts() {
        while size - streamedBytes >= Int64(limits.partSize) {
            if stream == nil {
                do {
                    stream = try PartUploader(objects: objects, key: versionKey,
                                              contentType: ContentType.of(name), concurrency: limits.concurrency)
                } catch {
                    sequential = false  // the upload happens whole at commit, which reports the error
                    return
                }
            }
            queuePart(stream!, from: streamedBytes, count: limits.partSize)
            streamedBytes += Int64(limits.partSize)
        }
    }

    private func queuePart(_ uploader: PartUploader, from offset: Int64, count: Int) {
        let number = Int(offset / Int64(limits.partSize)) + 1
        let staging = self.staging, buffers = partBuffers
        uploader.upload(number: number) { try staging.read(at: offset, count: count, into: buffers) }
    }

    private func uploadWhole(key: String) throws -> String {
        if size <= Int64(limits.partSize) {
            let body = try staging.read(at: 0, count: Int(size), into: partBuffers)
            return try objects.put(key: key, body: body, contentType: ContentType.of(name))
        }
        let uploader = try PartUploader(objects: objects, key: key, contentType: ContentType.of(name),
                                        concurrency: limits.concurrency)
        var offset: Int64 = 0
        while offset < size {
            let count = Int(min(Int64(limits.partSize), size - offset))
            queuePart(uploader, from: offset, count: count)
            offset += Int64(count)
        }
        return try uploader.finish()
    }

    private func hashStaging() throws -> String {
        let hasher = StreamingSHA256()
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
