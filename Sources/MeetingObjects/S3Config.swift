import Foundation

public struct S3Config: Sendable {
    public var endpoint: URL
    public var bucket: String
    public var accessKey: String
    public var secretKey: String
    public var region: String = "us-east-1"
    /// Bound on one whole call: connection, transfer and every retry.
    public var requestTimeout: TimeInterval = 30
    public var connectTimeout: TimeInterval = 3
    /// Attempts for a retryable failure, the first included.
    public var maxAttempts: Int = 3
    /// PEM file of the CAs trusted for an https endpoint, instead of the system's.
    public var caFile: String?
    /// SSE-C keys: objects are written with the first; reads try each (the one that last opened the object
    /// first), then no key. Empty: objects are stored without SSE-C.
    public var customerKeys: [CustomerKey] = []

    public init(endpoint: URL, bucket: String, accessKey: String, secretKey: String) {
        self.endpoint = endpoint
        self.bucket = bucket
        self.accessKey = accessKey
        self.secretKey = secretKey
    }

    var hostHeader: String {
        let host = endpoint.host ?? "localhost"
        if let port = endpoint.port { return "\(host):\(port)" }
        return host
    }
}
