import Foundation
import MeetingCore
import MeetingCrypto

/// What a signed link grants: one version of one file, until a time, minted by a uid (for the audit trail).
public struct LinkClaim: Sendable, Equatable {
    public let fileId: Int64
    public let version: Int64
    public let expires: Int64  // Unix seconds
    public let mintedBy: UInt32
    public let name: String
}

/// The link format of `meetingfs serve` (documented in docs/links.md, so the API gateway can mint and verify
/// links too): `/d/<token>/<file name>`, token `v1.<file id>.<version>.<expires>.<uid>.<signature>`, signature
/// the unpadded base64url HMAC-SHA256, under the link key, of
/// `meetingfs-link-v1\n<file id>\n<version>\n<expires>\n<uid>\n<file name>`.
public struct LinkSigner: Sendable {
    public static let defaultLifetime: TimeInterval = 3600
    public static let maxLifetime: TimeInterval = 7 * 24 * 3600
    private let key: [UInt8]

    public init(key: [UInt8]) { self.key = key }

    public enum Refusal: Error, Equatable {
        /// Altered, truncated, or signed with another key.
        case invalid
        case expired
    }

    public func path(for claim: LinkClaim) -> String {
        let fields = "v1.\(claim.fileId).\(claim.version).\(claim.expires).\(claim.mintedBy)"
        let name = claim.name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? claim.name
        return "/d/\(fields).\(signature(claim))/\(name)"
    }

    /// The claim of a link's path, if its signature holds and it has not expired.
    public func verify(path: String, now: Date = Date()) throws -> LinkClaim {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].isEmpty, parts[1] == "d",
            let name = String(parts[3]).removingPercentEncoding, !name.isEmpty
        else { throw Refusal.invalid }
        let fields = parts[2].split(separator: ".")
        guard fields.count == 6, fields[0] == "v1", let fileId = Int64(fields[1]), let version = Int64(fields[2]),
            let expires = Int64(fields[3]), let uid = UInt32(fields[4])
        else { throw Refusal.invalid }
        let claim = LinkClaim(fileId: fileId, version: version, expires: expires, mintedBy: uid, name: name)
        guard constantTimeEqual(Array(fields[5].utf8), Array(signature(claim).utf8)) else { throw Refusal.invalid }
        guard Double(expires) > now.timeIntervalSince1970 else { throw Refusal.expired }
        return claim
    }

    private func signature(_ claim: LinkClaim) -> String {
        let message = "meetingfs-link-v1\n\(claim.fileId)\n\(claim.version)\n\(claim.expires)\n\(claim.mintedBy)\n\(claim.name)"
        return Data(Digest.hmacSHA256(key: key, Array(message.utf8))).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    private func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// A requested lifetime within bounds: positive, at most seven days.
    public static func validLifetime(_ seconds: TimeInterval) throws -> TimeInterval {
        guard seconds > 0, seconds <= maxLifetime else {
            throw FSError(EINVAL, "a link lasts more than 0 seconds and at most 7 days")
        }
        return seconds
    }

    /// Durations such as 90s, 30m, 1h, 7d, or plain seconds.
    public static func parseDuration(_ text: String) -> TimeInterval? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        guard let last = text.last else { return nil }
        if let unit = units[last] { return Double(text.dropLast()).map { $0 * unit } }
        return Double(text)
    }
}

/// Where SSE-C links point (`meetingfs serve`) and the key they are signed with.
public struct LinkSettings: Sendable {
    public let baseURL: String
    public let signer: LinkSigner

    public init(baseURL: String, key: [UInt8]) {
        self.baseURL = baseURL
        signer = LinkSigner(key: key)
    }
}
