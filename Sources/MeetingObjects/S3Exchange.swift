import Foundation

/// One signed request to one gateway: the headers signed for that gateway's host, sent once, no retry.
struct S3Exchange {
    let signer: SigV4Signer
    let endpoint: URL

    func perform(
        on session: CurlSession, _ method: String, path: String, query: [(String, String)], headers: [String: String],
        body: Data?, timeout: TimeInterval, expectedBytes: Int, destination: UnsafeMutableRawBufferPointer?
    ) throws -> HTTPResponse {
        var signed = headers
        signed["host"] = S3Config.hostHeader(endpoint)
        signed = signer.signedHeaders(
            method: method, path: path, query: query, headers: signed,
            payloadHash: body == nil ? SigV4Signer.emptyPayloadHash : SigV4Signer.unsignedPayload, date: Date())
        let queryString = query.isEmpty ? "" : "?" + SigV4Signer.canonicalQuery(query)
        let url = "\(endpoint.absoluteString.trimmingSuffix("/"))\(SigV4Signer.encodePath(path))\(queryString)"
        let request = HTTPRequest(method: method, url: url, headers: signed, body: body, timeout: timeout,
                                  expectedBytes: expectedBytes, destination: destination)
        return try session.perform(request)
    }
}
