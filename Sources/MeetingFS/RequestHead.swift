import NIOHTTP1

/// The head of the HTTP request a connection is receiving, handed over once the request has fully arrived.
/// Bodies are not kept: the servers here answer GET and HEAD only.
struct RequestHead {
    private var pending: HTTPRequestHead?

    /// The request's head when `part` ends it, else nil.
    mutating func complete(with part: HTTPServerRequestPart) -> HTTPRequestHead? {
        switch part {
        case .head(let head): pending = head
        case .body: break
        case .end:
            defer { pending = nil }
            return pending
        }
        return nil
    }
}
