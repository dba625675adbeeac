import Foundation

/// What the file system needs from object storage. S3Client implements it on libcurl; unit tests may use a fake.
public protocol ObjectStore: Sendable {
    /// Bytes [offset, offset+length) of the object; fewer at its end. With `ifMatch`, only of the version with
    /// that etag (another one fails the call).
    func get(key: String, offset: Int64, length: Int, ifMatch: String?) throws -> Data
    /// Bytes from `offset` into `buffer`, as many as fit; returns how many arrived (fewer at the object's end).
    func get(key: String, offset: Int64, into buffer: UnsafeMutableRawBufferPointer, ifMatch: String?) throws -> Int
    /// Stores the object whole and returns its ETag.
    func put(key: String, body: Data, contentType: String) throws -> String
    func head(key: String) throws -> ObjectInfo?
    func delete(key: String) throws
    func list(prefix: String) throws -> [ObjectInfo]
    /// Multipart uploads begun and neither completed nor aborted, under `prefix`.
    func listMultipartUploads(prefix: String) throws -> [MultipartUploadInfo]

    func createMultipartUpload(key: String, contentType: String) throws -> String
    func uploadPart(key: String, uploadId: String, partNumber: Int, body: Data) throws -> String
    func completeMultipartUpload(key: String, uploadId: String, parts: [CompletedPart]) throws -> String
    func abortMultipartUpload(key: String, uploadId: String) throws

    func presignedGetURL(key: String, expires: Int) -> String
    /// The fingerprint of the SSE-C key new objects are written with; nil without SSE-C.
    var writeKeyFingerprint: String? { get }
}

extension ObjectStore {
    public var writeKeyFingerprint: String? { nil }

    public func get(key: String, offset: Int64, into buffer: UnsafeMutableRawBufferPointer, ifMatch: String?) throws -> Int {
        let data = try get(key: key, offset: offset, length: buffer.count, ifMatch: ifMatch)
        return data.copyBytes(to: buffer)
    }

    public func get(key: String, offset: Int64, length: Int) throws -> Data {
        try get(key: key, offset: offset, length: length, ifMatch: nil)
    }

    public func get(key: String, offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try get(key: key, offset: offset, into: buffer, ifMatch: nil)
    }

    /// Hands the whole object (`size` bytes) to `consume` in 8 MiB ranges, one in memory at a time; with `ifMatch`,
    /// only the version with that etag. An object shorter than `size` is an error.
    public func read(key: String, size: Int64, ifMatch: String?, _ consume: (Data) throws -> Void) throws {
        var offset: Int64 = 0
        while offset < size {
            let data = try get(key: key, offset: offset, length: Int(min(8 << 20, size - offset)), ifMatch: ifMatch)
            guard !data.isEmpty else { throw ObjectStoreError.malformed("\(key) ended at \(offset) of \(size) bytes") }
            try consume(data)
            offset += Int64(data.count)
        }
    }
}

public struct ObjectInfo: Sendable, Equatable {
    public let key: String
    public let size: Int64
    public let etag: String
    public let lastModified: Date?

    public init(key: String, size: Int64, etag: String, lastModified: Date? = nil) {
        self.key = key
        self.size = size
        self.etag = etag
        self.lastModified = lastModified
    }
}

public struct MultipartUploadInfo: Sendable, Equatable {
    public let key: String
    public let uploadId: String
    public let initiated: Date?

    public init(key: String, uploadId: String, initiated: Date?) {
        self.key = key
        self.uploadId = uploadId
        self.initiated = initiated
    }
}

public struct CompletedPart: Sendable {
    public let number: Int
    public let etag: String

    public init(number: Int, etag: String) {
        self.number = number
        self.etag = etag
    }
}

/// Why an object call failed. The file system turns every one of these into EIO at the mount.
public enum ObjectStoreError: Error, CustomStringConvertible {
    case transport(String)
    case status(Int, String)
    case malformed(String)

    public var description: String {
        switch self {
        case .transport(let message): return "S3 unreachable: \(message)"
        case .status(let code, let body): return "S3 answered \(code): \(body.prefix(300))"
        case .malformed(let what): return "S3 answer not understood: \(what)"
        }
    }

    /// What went wrong, without the status code where the answer says it in words.
    public var message: String {
        switch self {
        case .status(let code, let body): return body.isEmpty ? "S3 answered \(code)" : body
        default: return description
        }
    }

    /// Worth another attempt: transport failures, throttling and server errors.
    var isRetryable: Bool {
        switch self {
        case .transport: return true
        case .status(let code, _): return code == 429 || code >= 500
        case .malformed: return false
        }
    }

    /// A failure of the gateway rather than of the request: no connection, no answer in time, or a gateway's
    /// own 5xx (bad gateway, unavailable, timeout; a 500 may be one object's).
    var isGatewayFailure: Bool {
        switch self {
        case .transport: return true
        case .status(let code, _): return [502, 503, 504].contains(code)
        case .malformed: return false
        }
    }
}
