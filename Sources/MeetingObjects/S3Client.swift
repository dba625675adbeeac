import Foundation
import MeetingCore

/// The S3 API on libcurl, signed with SigV4, path-style addressing (SeaweedFS and most S3 servers accept it).
/// Every call, its retries included, ends within the configured request timeout; a transient failure is retried
/// with backoff while time remains.
public final class S3Client: ObjectStore, Sendable {
    public let config: S3Config
    private let signer: SigV4Signer
    private let session: CurlSession
    private let keyChoice: CustomerKeyChoice
    private let gateways: S3Endpoints

    public init(config: S3Config) {
        self.config = config
        keyChoice = CustomerKeyChoice(keys: config.customerKeys)
        let signer = SigV4Signer(accessKey: config.accessKey, secretKey: config.secretKey, region: config.region)
        let session = CurlSession(connectTimeout: config.connectTimeout, caFile: config.caFile)
        self.signer = signer
        self.session = session
        gateways = S3Endpoints.shared(config.endpoints, probeInterval: config.probeInterval) { endpoint in
            let probe = S3Exchange(signer: signer, endpoint: endpoint)
            let answer = try? probe.perform(on: session, "GET", path: "/\(config.bucket)",
                                            query: [("list-type", "2"), ("max-keys", "1")], headers: [:], body: nil,
                                            timeout: config.connectTimeout + 2, expectedBytes: 0, destination: nil)
            return answer.map { $0.status < 500 } ?? false
        }
    }

    /// The gateways that failed and are not yet seen answering again (shared by this process's clients).
    public var endpointsDown: [URL] { gateways.downEndpoints }

    public var writeKeyFingerprint: String? { config.customerKeys.first?.fingerprint }

    public func get(key: String, offset: Int64, length: Int, ifMatch: String?) throws -> Data {
        guard length > 0 else { return Data() }
        let response = try sendReading(key) {
            try send("GET", key: key, headers: Self.rangeHeaders(offset, length, ifMatch), expect: [206, 416],
                     expectedBytes: length, encryption: $0)
        }
        guard response.status == 206 else { return Data() }
        try Self.checkRange(response, offset: offset, count: response.body.count)
        return response.body
    }

    public func get(key: String, offset: Int64, into buffer: UnsafeMutableRawBufferPointer, ifMatch: String?) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        let response = try sendReading(key) {
            try send("GET", key: key, headers: Self.rangeHeaders(offset, buffer.count, ifMatch),
                     expect: [206, 416], destination: buffer, encryption: $0)
        }
        guard response.status == 206 else { return 0 }
        try Self.checkRange(response, offset: offset, count: response.received)
        return response.received
    }

    /// A ranged GET, of one version only when its etag is given (a replaced object answers 412, not other bytes).
    private static func rangeHeaders(_ offset: Int64, _ length: Int, _ ifMatch: String?) -> [String: String] {
        var headers = ["Range": "bytes=\(offset)-\(offset + Int64(length) - 1)"]
        if let ifMatch { headers["If-Match"] = "\"\(ifMatch)\"" }
        return headers
    }

    /// The bytes received must be the range asked for: 206 with a Content-Range starting at `offset` and as long as
    /// the body (a server that ignored the range would answer 200 with the whole object, which is refused).
    private static func checkRange(_ response: HTTPResponse, offset: Int64, count: Int) throws {
        let header = response.headers["content-range"] ?? ""
        let bounds = header.dropFirst("bytes ".count).split(separator: "/").first?.split(separator: "-").compactMap { Int64($0) }
        guard header.hasPrefix("bytes "), let bounds, bounds.count == 2, bounds[0] == offset,
            bounds[1] - bounds[0] + 1 == Int64(count)
        else { throw ObjectStoreError.malformed("range bytes=\(offset)+\(count) answered with Content-Range '\(header)'") }
    }

    public func put(key: String, body: Data, contentType: String) throws -> String {
        let response = try send("PUT", key: key, headers: ["Content-Type": contentType], body: body,
                                encryption: config.customerKeys.first)
        return try etag(of: response)
    }

    public func head(key: String) throws -> ObjectInfo? {
        let response = try sendReading(key) { try send("HEAD", key: key, expect: [200, 404], encryption: $0) }
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
            var query = [("list-type", "2"), ("prefix", prefix), ("encoding-type", "url")]
            if let token { query.append(("continuation-token", token)) }
            let answer = try S3XML.parse(try send("GET", key: "", query: query).body)
            for item in answer.all("Contents") {
                objects.append(ObjectInfo(key: Self.listedKey(item.value("Key"), in: answer), size: Int64(item.value("Size") ?? "") ?? 0,
                                          etag: Self.unquote(item.value("ETag") ?? ""),
                                          lastModified: item.value("LastModified").flatMap(Self.date)))
            }
            token = answer.value("IsTruncated") == "true" ? answer.value("NextContinuationToken") : nil
            // A truncated answer without a way on would pass for the whole listing.
            if answer.value("IsTruncated") == "true" && token == nil { throw ObjectStoreError.malformed("a truncated listing without a continuation token") }
        } while token != nil
        return objects
    }

    public func listMultipartUploads(prefix: String) throws -> [MultipartUploadInfo] {
        var uploads: [MultipartUploadInfo] = []
        var marker: (key: String, uploadId: String)? = nil
        repeat {
            var query = [("uploads", ""), ("prefix", prefix), ("encoding-type", "url")]
            if let marker { query += [("key-marker", marker.key), ("upload-id-marker", marker.uploadId)] }
            let answer = try S3XML.parse(try send("GET", key: "", query: query).body)
            for item in answer.all("Upload") {
                uploads.append(MultipartUploadInfo(key: Self.listedKey(item.value("Key"), in: answer, plusIsSpace: false), uploadId: item.value("UploadId") ?? "",
                                                   initiated: item.value("Initiated").flatMap(Self.date)))
            }
            marker = answer.value("IsTruncated") == "true"
                ? (Self.listedKey(answer.value("NextKeyMarker"), in: answer, plusIsSpace: false), answer.value("NextUploadIdMarker") ?? "") : nil
        } while marker != nil
        return uploads
    }

    /// A key as a listing names it. Listings ask for URL-encoded keys (`encoding-type=url`): XML 1.0 cannot carry
    /// control characters, which a file name may hold, so only the encoded form round-trips every name.
    /// SeaweedFS encodes object listings as query components (a space is '+', a '+' is "%2B") and upload
    /// listings as paths (a '+' stays).
    static func listedKey(_ listed: String?, in answer: S3XML, plusIsSpace: Bool = true) -> String {
        guard let listed else { return "" }
        guard answer.value("EncodingType") == "url" else { return listed }
        let spaced = plusIsSpace ? listed.replacingOccurrences(of: "+", with: " ") : listed
        return spaced.removingPercentEncoding ?? listed
    }

    /// Checks that the bucket exists and the credentials are accepted, naming what is wrong otherwise.
    public func checkAccess() throws {
        let response: HTTPResponse
        do {
            response = try send("GET", key: "", query: [("list-type", "2"), ("max-keys", "1")], expect: [200, 403, 404])
        } catch ObjectStoreError.transport(let reason) {
            throw ObjectStoreError.transport("\(config.endpoint.absoluteString): \(reason)")
        }
        guard response.status != 200 else { return }
        let answer = try? S3XML.parse(response.body)
        let code = answer?.value("Code") ?? "HTTP \(response.status)"
        switch code {
        case "NoSuchBucket":
            throw ObjectStoreError.status(404, "bucket '\(config.bucket)' does not exist at \(config.endpoint.absoluteString)")
        case "SignatureDoesNotMatch":
            throw ObjectStoreError.status(403, "S3 refused the secret key for access key '\(config.accessKey)' (SignatureDoesNotMatch)")
        case "InvalidAccessKeyId":
            throw ObjectStoreError.status(403, "S3 does not know the access key '\(config.accessKey)' (InvalidAccessKeyId)")
        default:
            throw ObjectStoreError.status(response.status, "S3 refused access to bucket '\(config.bucket)': \(code) \(answer?.value("Message") ?? "")")
        }
    }

    /// With SSE-C keys: writes a probe object and reads a range of it back. SeaweedFS 4.48 returns wrong bytes
    /// for ranged reads of SSE-C objects through a gateway that also encrypts volume data; a mount there would
    /// serve garbage, so it is refused.
    public func checkCustomerKeyReads() throws {
        guard !config.customerKeys.isEmpty else { return }
        let key = ".meetingfs-probe/sse-c-\(UUID().uuidString)"
        var body = Data(count: 64 << 10)
        body.withUnsafeMutableBytes { for index in 0..<$0.count { $0[index] = UInt8(truncatingIfNeeded: index &* 131 &+ index >> 8) } }
        _ = try put(key: key, body: body, contentType: "application/octet-stream")
        defer { try? delete(key: key) }
        let range = try get(key: key, offset: 1000, length: 100, ifMatch: nil)
        guard range == body.subdata(in: 1000..<1100) else {
            throw ObjectStoreError.malformed("\(config.endpoint.absoluteString) returns wrong bytes for a ranged read of an SSE-C object "
                + "(SeaweedFS does when its S3 gateway runs with -s3.encryptVolumeData): use --sse-c-key-file with a gateway without it")
        }
    }

    public func createMultipartUpload(key: String, contentType: String) throws -> String {
        let response = try send("POST", key: key, query: [("uploads", "")], headers: ["Content-Type": contentType], body: Data(),
                                encryption: config.customerKeys.first)
        guard let id = try S3XML.parse(response.body).value("UploadId"), !id.isEmpty else {
            throw ObjectStoreError.malformed("no UploadId")
        }
        return id
    }

    public func uploadPart(key: String, uploadId: String, partNumber: Int, body: Data) throws -> String {
        let query = [("partNumber", String(partNumber)), ("uploadId", uploadId)]
        return try etag(of: try send("PUT", key: key, query: query, body: body, encryption: config.customerKeys.first))
    }

    public func completeMultipartUpload(key: String, uploadId: String, parts: [CompletedPart]) throws -> String {
        let list = parts.map { "<Part><PartNumber>\($0.number)</PartNumber><ETag>&quot;\(Self.escape($0.etag))&quot;</ETag></Part>" }
        let body = Data("<CompleteMultipartUpload>\(list.joined())</CompleteMultipartUpload>".utf8)
        let response: HTTPResponse
        do {
            response = try send("POST", key: key, query: [("uploadId", uploadId)], body: body, encryption: config.customerKeys.first)
        } catch ObjectStoreError.status(404, let message) {
            // A retry after a completion whose answer was lost finds the upload gone: the object is there (a
            // version's key is its own, so an object under it is this upload's).
            if let object = try head(key: key) { return object.etag }
            throw ObjectStoreError.status(404, message)
        }
        let answer = try S3XML.parse(response.body)
        // S3 may answer 200 and put the failure in the body.
        if answer.name == "Error" {
            throw ObjectStoreError.status(500, "\(answer.value("Code") ?? ""): \(answer.value("Message") ?? "")")
        }
        if let tag = answer.value("ETag"), !tag.isEmpty { return Self.unquote(tag) }
        return try head(key: key)?.etag ?? { throw ObjectStoreError.malformed("completed object missing") }()
    }

    public func abortMultipartUpload(key: String, uploadId: String) throws {
        _ = try send("DELETE", key: key, query: [("uploadId", uploadId)], expect: [200, 204, 404])
    }

    public func presignedGetURL(key: String, expires: Int) -> String {
        let endpoint = config.linkEndpoint ?? config.endpoint
        return signer.presignedURL(
            method: "GET", scheme: endpoint.scheme ?? "http", host: S3Config.hostHeader(endpoint),
            path: objectPath(key), expires: expires, date: Date())
    }

    /// Creates the bucket if it does not exist (used by tooling and tests).
    public func createBucket() throws {
        _ = try send("PUT", key: "", body: Data(), expect: [200, 409])
    }

    /// Deletes the bucket, which must be empty (SeaweedFS frees its volumes with it); nothing if it is gone.
    public func deleteBucket() throws {
        _ = try send("DELETE", key: "", body: Data(), expect: [204, 404])
    }

    /// The names of every bucket these credentials see (ListBuckets), whatever bucket this client is for.
    public func listBuckets() throws -> [String] {
        var service = config
        service.bucket = ""
        let answer = try S3XML.parse(try S3Client(config: service).send("GET", key: "").body)
        return answer.all("Buckets").flatMap { $0.all("Bucket") }.compactMap { $0.value("Name") }
    }

    // MARK: - Requests

    private func objectPath(_ key: String) -> String {
        key.isEmpty ? "/\(config.bucket)" : "/\(config.bucket)/\(key)"  // "/" with no bucket: the service
    }

    /// A read of an object stored under SSE-C: S3 refuses a wrong or missing key (400 or 403), so with keys
    /// configured each candidate is tried in turn, and the one that worked is remembered for the object.
    private func sendReading(_ key: String, _ attempt: (CustomerKey?) throws -> HTTPResponse) throws -> HTTPResponse {
        guard !config.customerKeys.isEmpty else { return try attempt(nil) }
        var refusal: Error?
        for candidate in keyChoice.candidates(for: key) {
            do {
                let response = try attempt(candidate)
                keyChoice.worked(candidate, for: key)
                return response
            } catch ObjectStoreError.status(let code, let message) where code == 400 || code == 403 {
                refusal = refusal ?? ObjectStoreError.status(code, message)
            }
        }
        throw refusal ?? ObjectStoreError.malformed("no key to try")
    }

    private func send(
        _ method: String, key: String, query: [(String, String)] = [], headers: [String: String] = [:],
        body: Data? = nil, expect: Set<Int> = [200], expectedBytes: Int = 0,
        destination: UnsafeMutableRawBufferPointer? = nil, encryption: CustomerKey? = nil
    ) throws -> HTTPResponse {
        let path = objectPath(key)
        let kind = Telemetry.s3Kind(method: method, key: key, query: query)
        let deadline = Date().addingTimeInterval(config.requestTimeout)
        var lastError: ObjectStoreError = .transport("no attempt made")
        var tried: Set<Int> = []
        for attempt in 0..<max(1, config.maxAttempts) {
            // A failed gateway is passed over at once for one not yet tried; the same one again waits a backoff.
            if attempt > 0 && !gateways.hasUntried(tried) {
                let backoff = min(0.1 * pow(4, Double(attempt - 1)), 1)  // up to 1 s, growing fourfold
                guard deadline.timeIntervalSinceNow > backoff + 0.05 else { break }
                usleep(useconds_t(backoff * 1_000_000))
            } else if attempt > 0 {
                Telemetry.s3Failovers.increment()
            }
            guard deadline.timeIntervalSinceNow > 0.05 else { break }
            let gateway = gateways.endpoint(forAttempt: attempt, skipping: tried)
            tried.insert(gateway)
            let exchange = S3Exchange(signer: signer, endpoint: gateways.all[gateway])
            // While another gateway is left untried, one attempt may take half the time left, not all of it: a
            // gateway gone silent (no reset) leaves time to move on.
            let remaining = deadline.timeIntervalSinceNow
            let attemptTimeout = gateways.hasUntried(tried) ? remaining / 2 : remaining
            let headers = headers.merging(encryption?.headers ?? [:]) { first, _ in first }
            let started = Telemetry.now()
            let uploading = kind == "put" || kind == "upload_part"
            if uploading { Telemetry.uploadsInFlight.increment() }
            defer { if uploading { Telemetry.uploadsInFlight.decrement() } }
            do {
                let response = try exchange.perform(on: session, method, path: path, query: query, headers: headers, body: body,
                                                    timeout: attemptTimeout, expectedBytes: expectedBytes,
                                                    destination: destination)
                Telemetry.s3Request(kind: kind, status: String(response.status), started: started)
                Telemetry.s3ReceivedBytes.increment(by: destination == nil ? response.body.count : response.received)
                Telemetry.s3SentBytes.increment(by: body?.count ?? 0)
                if expect.contains(response.status) { return response }
                lastError = .status(response.status, Self.errorText(response, destination))
            } catch let error as ObjectStoreError {
                Telemetry.s3Request(kind: kind, status: "error", started: started)
                lastError = error
            }
            if !lastError.isRetryable { break }
            if lastError.isGatewayFailure { gateways.failed(gateway) }
        }
        throw lastError
    }

    /// An error answer's body, wherever it was received.
    private static func errorText(_ response: HTTPResponse, _ destination: UnsafeMutableRawBufferPointer?) -> String {
        let body = destination.map { Data(UnsafeRawBufferPointer(rebasing: $0[..<response.received])) } ?? response.body
        guard let error = try? S3XML.parse(body), error.name == "Error" else { return String(decoding: body, as: UTF8.self) }
        return "\(error.value("Code") ?? ""): \(error.value("Message") ?? "")"
    }

    private func etag(of response: HTTPResponse) throws -> String {
        guard let tag = response.headers["etag"] else { throw ObjectStoreError.malformed("no ETag header") }
        return Self.unquote(tag)
    }

    /// An etag as stored: without the quotes S3 puts around it (entities are already decoded by the parser).
    static func unquote(_ tag: String) -> String {
        tag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// S3's timestamps, with or without fractional seconds.
    package static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}

extension String {
    package func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
