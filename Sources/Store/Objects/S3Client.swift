import Foundation

/// The S3 API on libcurl, signed with SigV4, path-style addressing (SeaweedFS and most S3 servers accept it).
/// Every call, its retries included, ends within the configured request timeout; a transient failure is retried
/// with backoff while time remains.
public final class S3Client: ObjectStore, @unchecked Sendable {
    public let config: S3Config
    private let signer: SigV4Signer
    private let session: CurlSession

    public init(config: S3Config) {
        self.config = config
        signer = SigV4Signer(accessKey: config.accessKey, secretKey: config.secretKey, region: config.region)
        session = CurlSession(connectTimeout: config.connectTimeout)
    }

    public func get(key: String, offset: Int64, length: Int) throws -> Data {
        let range = "bytes=\(offset)-\(offset + Int64(length) - 1)"
        let response = try send("GET", key: key, headers: ["Range": range], expect: [200, 206, 416], expectedBytes: length)
        return response.status == 416 ? Data() : response.body
    }

    public func get(key: String, offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        let range = "bytes=\(offset)-\(offset + Int64(buffer.count) - 1)"
        let response = try send("GET", key: key, headers: ["Range": range], expect: [200, 206, 416], destination: buffer)
        return response.status == 416 ? 0 : response.received
    }

    public func put(key: String, body: Data, contentType: String) throws -> String {
        let response = try send("PUT", key: key, headers: ["Content-Type": contentType], body: body)
        return try etag(of: response)
    }

    public func head(key: String) throws -> ObjectInfo? {
        let response = try send("HEAD", key: key, expect: [200, 404])
        guard response.status == 200 else { return nil }
        let size = Int64(response.headers["content-length"] ?? "") ?? 0
        return ObjectInfo(key: key, size: size, etag: try etag(of: response))
    }

    public func delete(key: String) throws {
        _ = try send("DELETE", key: key, expect: [200, 204, 404])
    }

    public func list(prefix: String) throws -> [ObjectInfo] {
        var objects: [ObjectInfo] = []
        var token: String? = nil
        repeat {
            var query = [("list-type", "2"), ("prefix", prefix)]
            if let token { query.append(("continuation-token", token)) }
            let xml = String(decoding: try send("GET", key: "", query: query).body, as: UTF8.self)
            for item in XMLScan.elements("Contents", in: xml) {
                let key = XMLScan.value("Key", in: item) ?? ""
                let size = Int64(XMLScan.value("Size", in: item) ?? "") ?? 0
                objects.append(ObjectInfo(key: key, size: size, etag: Self.unquote(XMLScan.value("ETag", in: item) ?? "")))
            }
            token = XMLScan.value("IsTruncated", in: xml) == "true" ? XMLScan.value("NextContinuationToken", in: xml) : nil
        } while token != nil
        return objects
    }

    public func createMultipartUpload(key: String, contentType: String) throws -> String {
        let response = try send("POST", key: key, query: [("uploads", "")], headers: ["Content-Type": contentType], body: Data())
        guard let id = XMLScan.value("UploadId", in: String(decoding: response.body, as: UTF8.self)) else {
            throw ObjectStoreError.malformed("no UploadId")
        }
        return id
    }

    public func uploadPart(key: String, uploadId: String, partNumber: Int, body: Data) throws -> String {
        let query = [("partNumber", String(partNumber)), ("uploadId", uploadId)]
        return try etag(of: try send("PUT", key: key, query: query, body: body))
    }

    public func completeMultipartUpload(key: String, uploadId: String, parts: [CompletedPart]) throws -> String {
        let list = parts.map { "<Part><PartNumber>\($0.number)</PartNumber><ETag>\"\($0.etag)\"</ETag></Part>" }
        let body = Data("<CompleteMultipartUpload>\(list.joined())</CompleteMultipartUpload>".utf8)
        let response = try send("POST", key: key, query: [("uploadId", uploadId)], body: body)
        let xml = String(decoding: response.body, as: UTF8.self)
        // S3 may answer 200 and put the failure in the body.
        if xml.contains("<Error>") { throw ObjectStoreError.status(500, xml) }
        if let tag = XMLScan.value("ETag", in: xml) { return Self.unquote(tag) }
        return try head(key: key)?.etag ?? { throw ObjectStoreError.malformed("completed object missing") }()
    }

    public func abortMultipartUpload(key: String, uploadId: String) throws {
        _ = try send("DELETE", key: key, query: [("uploadId", uploadId)], expect: [200, 204, 404])
    }

    public func presignedGetURL(key: String, expires: Int) -> String {
        signer.presignedURL(
            method: "GET", scheme: config.endpoint.scheme ?? "http", host: config.hostHeader,
            path: objectPath(key), expires: expires, date: Date())
    }

    /// Creates the bucket if it does not exist (used by tooling and tests).
    public func createBucket() throws {
        _ = try send("PUT", key: "", body: Data(), expect: [200, 409])
    }

    // MARK: - Requests

    private func objectPath(_ key: String) -> String {
        key.isEmpty ? "/\(config.bucket)" : "/\(config.bucket)/\(key)"
    }

    private func send(
        _ method: String, key: String, query: [(String, String)] = [], headers: [String: String] = [:],
        body: Data? = nil, expect: Set<Int> = [200], expectedBytes: Int = 0,
        destination: UnsafeMutableRawBufferPointer? = nil
    ) throws -> HTTPResponse {
        let path = objectPath(key)
        let deadline = Date().addingTimeInterval(config.requestTimeout)
        var lastError: ObjectStoreError = .transport("no attempt made")
        for attempt in 0..<max(1, config.maxAttempts) {
            if attempt > 0 {
                let backoff = 0.1 * pow(4, Double(attempt - 1))  // 100 ms, 400 ms, 1.6 s
                guard deadline.timeIntervalSinceNow > backoff + 0.05 else { break }
                usleep(useconds_t(backoff * 1_000_000))
            }
            var signed = headers
            signed["host"] = config.hostHeader
            signed = signer.signedHeaders(
                method: method, path: path, query: query, headers: signed,
                payloadHash: body == nil ? SigV4Signer.emptyPayloadHash : SigV4Signer.unsignedPayload, date: Date())
            let queryString = query.isEmpty ? "" : "?" + SigV4Signer.canonicalQuery(query)
            let url = "\(config.endpoint.absoluteString.trimmingSuffix("/"))\(SigV4Signer.encodePath(path))\(queryString)"
            do {
                let request = HTTPRequest(method: method, url: url, headers: signed, body: body,
                                          timeout: deadline.timeIntervalSinceNow, expectedBytes: expectedBytes,
                                          destination: destination)
                let response = try session.perform(request)
                if expect.contains(response.status) { return response }
                lastError = .status(response.status, Self.errorText(response, destination))
            } catch let error as ObjectStoreError {
                lastError = error
            }
            if !lastError.isRetryable { break }
        }
        throw lastError
    }

    /// An error answer's body, wherever it was received.
    private static func errorText(_ response: HTTPResponse, _ destination: UnsafeMutableRawBufferPointer?) -> String {
        guard let destination else { return String(decoding: response.body, as: UTF8.self) }
        return String(decoding: UnsafeRawBufferPointer(rebasing: destination[..<response.received]), as: UTF8.self)
    }

    private func etag(of response: HTTPResponse) throws -> String {
        guard let tag = response.headers["etag"] else { throw ObjectStoreError.malformed("no ETag header") }
        return Self.unquote(tag)
    }

    static func unquote(_ tag: String) -> String {
        tag.replacingOccurrences(of: "&quot;", with: "").trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
