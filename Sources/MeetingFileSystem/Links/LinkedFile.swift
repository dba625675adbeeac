import Foundation
import MeetingCore

/// One version of a file reached through a signed link, for `meetingfs serve`.
public final class LinkedFile: Sendable {
    public let claim: LinkClaim
    public let size: Int64
    public let contentType: String
    package let path: String
    let stream: ReadStream

    init(claim: LinkClaim, size: Int64, path: String, stream: ReadStream) {
        self.claim = claim
        self.size = size
        contentType = ContentType.of(claim.name)
        self.path = path
        self.stream = stream
    }

    /// Up to `count` bytes from `offset`, through the chunk cache, of exactly the linked version.
    public func read(at offset: Int64, count: Int) throws -> Data { try stream.read(at: offset, count: count) }
}
