import Foundation
import MeetingCrypto

/// AWS Signature Version 4 for S3: the Authorization header for requests, and query presigning for URLs.
public struct SigV4Signer: Sendable {
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"
    public static let emptyPayloadHash = Digest.hex(Digest.sha256([UInt8]()))

    public let accessKey: String
    public let secretKey: String
    public let region: String
    public let service: String

    public init(accessKey: String, secretKey: String, region: String = "us-east-1", service: String = "s3") {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.region = region
        self.service = service
    }

    /// Headers to add to a request (x-amz-date, x-amz-content-sha256, Authorization). `headers` must hold host and
    /// every other header to be signed; `path` is the raw (unencoded) path, which is encoded here.
    public func signedHeaders(
        method: String, path: String, query: [(String, String)], headers: [String: String],
        payloadHash: String, date: Date
    ) -> [String: String] {
        let stamp = Timestamp(date)
        var all = headers
        all["x-amz-date"] = stamp.full
        if service == "s3" { all["x-amz-content-sha256"] = payloadHash }
        let canonicalHeaders = Self.canonicalHeaders(all)
        let request = [
            method, Self.encodePath(path), Self.canonicalQuery(query),
            canonicalHeaders.text, canonicalHeaders.names, payloadHash,
        ].joined(separator: "\n")
        let signature = sign(request, stamp: stamp)
        var result = all
        result.removeValue(forKey: "host")
        result["Authorization"] =
            "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(scope(stamp)), "
            + "SignedHeaders=\(canonicalHeaders.names), Signature=\(signature)"
        return result
    }

    /// A presigned URL (query authentication) for `method` on `path`, valid for `expires` seconds (1 s ... 7 days).
    public func presignedURL(
        method: String, scheme: String, host: String, path: String, expires: Int, date: Date
    ) -> String {
        let stamp = Timestamp(date)
        let query: [(String, String)] = [
            ("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
            ("X-Amz-Credential", "\(accessKey)/\(scope(stamp))"),
            ("X-Amz-Date", stamp.full),
            ("X-Amz-Expires", String(expires)),
            ("X-Amz-SignedHeaders", "host"),
        ]
        let canonicalQuery = Self.canonicalQuery(query)
        let request = [
            method, Self.encodePath(path), canonicalQuery, "host:\(host)\n", "host", Self.unsignedPayload,
        ].joined(separator: "\n")
        let signature = sign(request, stamp: stamp)
        return "\(scheme)://\(host)\(Self.encodePath(path))?\(canonicalQuery)&X-Amz-Signature=\(signature)"
    }

    private func scope(_ stamp: Timestamp) -> String { "\(stamp.day)/\(region)/\(service)/aws4_request" }

    private func sign(_ canonicalRequest: String, stamp: Timestamp) -> String {
        let stringToSign = [
            "AWS4-HMAC-SHA256", stamp.full, scope(stamp), Digest.hex(Digest.sha256(Array(canonicalRequest.utf8))),
        ].joined(separator: "\n")
        var key = Digest.hmacSHA256(key: Array("AWS4\(secretKey)".utf8), Array(stamp.day.utf8))
        for part in [region, service, "aws4_request"] { key = Digest.hmacSHA256(key: key, Array(part.utf8)) }
        return Digest.hex(Digest.hmacSHA256(key: key, Array(stringToSign.utf8)))
    }

    static func canonicalHeaders(_ headers: [String: String]) -> (text: String, names: String) {
        let normalized = headers.map { (name: $0.key.lowercased(), value: collapseSpaces($0.value)) }
            .sorted { $0.name < $1.name }
        let text = normalized.map { "\($0.name):\($0.value)\n" }.joined()
        return (text, normalized.map(\.name).joined(separator: ";"))
    }

    static func canonicalQuery(_ query: [(String, String)]) -> String {
        let encoded: [(name: String, value: String)] = query.map { (uriEncode($0.0), uriEncode($0.1)) }
        let sorted = encoded.sorted { a, b in a.name == b.name ? a.value < b.value : a.name < b.name }
        return sorted.map { pair in pair.name + "=" + pair.value }.joined(separator: "&")
    }

    /// S3 encodes each path segment and keeps the slashes.
    public static func encodePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : "/" + path
        return absolute.split(separator: "/", omittingEmptySubsequences: false)
            .map { uriEncode(String($0)) }.joined(separator: "/")
    }

    /// RFC 3986 encoding of everything but the unreserved characters, as SigV4 requires.
    public static func uriEncode(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            if unreserved.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += String(format: "%%%02X", byte)
            }
        }
        return out
    }

    private static let unreserved = Set(
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8))

    private static func collapseSpaces(_ value: String) -> String {
        value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

/// The two renderings of a signing time SigV4 uses, always in UTC.
struct Timestamp {
    package let full: String  // 20130524T000000Z
    let day: String  // 20130524

    package init(_ date: Date) {
        var t = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&t, &parts)
        day = String(format: "%04d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday)
        full = day + String(format: "T%02d%02d%02dZ", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
