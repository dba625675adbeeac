import Foundation

public struct S3Config: Sendable {
    /// Gateways of one cluster, in order of preference: requests go to the first healthy one (S3Endpoints).
    public var endpoints: [URL]
    /// Where presigned links point: a name clients resolve (a load balancer), or else the first gateway.
    public var linkEndpoint: URL?
    public var bucket: String
    public var accessKey: String
    public var secretKey: String
    public var region: String = "us-east-1"
    /// Bound on one whole call: connection, transfer and every retry.
    public var requestTimeout: TimeInterval = 30
    public var connectTimeout: TimeInterval = 3
    /// Attempts for a retryable failure, the first included, while the request timeout leaves time; each failed
    /// gateway is passed over for the next. Enough, with backoff up to 1 s, to ride out a cluster's own failovers
    /// of a few seconds (a master election, the filer store's PostgreSQL) that gateways answer with a 5xx.
    public var maxAttempts: Int = 12
    /// How often a gateway that failed is probed, and given traffic again once it answers.
    public var probeInterval: TimeInterval = 1
    /// PEM file of the CAs trusted for an https endpoint, instead of the system's.
    public var caFile: String?
    /// SSE-C keys: objects are written with the first; reads try each (the one that last opened the object
    /// first), then no key. Empty: objects are stored without SSE-C.
    public var customerKeys: [CustomerKey] = []

    public init(endpoint: URL, bucket: String, accessKey: String, secretKey: String) {
        self.init(endpoints: [endpoint], bucket: bucket, accessKey: accessKey, secretKey: secretKey)
    }

    public init(endpoints: [URL], bucket: String, accessKey: String, secretKey: String) {
        precondition(!endpoints.isEmpty, "an S3 configuration needs an endpoint")
        self.endpoints = endpoints
        self.bucket = bucket
        self.accessKey = accessKey
        self.secretKey = secretKey
    }

    /// The first gateway: the one named in messages about the store as a whole.
    public var endpoint: URL { endpoints[0] }

    /// Every endpoint, comma-separated, as configured.
    public var endpointList: String { endpoints.map(\.absoluteString).joined(separator: ",") }

    static func hostHeader(_ endpoint: URL) -> String {
        let host = endpoint.host ?? "localhost"
        if let port = endpoint.port { return "\(host):\(port)" }
        return host
    }

    /// An entry of an endpoint list that is not an http(s) URL with a host.
    public struct InvalidEndpoint: Error { public let entry: String }

    /// Parses a comma-separated list of http(s) URLs.
    public static func parseEndpoints(_ text: String) throws(InvalidEndpoint) -> [URL] {
        let entries = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var urls: [URL] = []
        for entry in entries where !entry.isEmpty {
            guard let url = URL(string: entry), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw InvalidEndpoint(entry: entry)
            }
            urls.append(url)
        }
        guard !urls.isEmpty else { throw InvalidEndpoint(entry: text) }
        return urls
    }
}
