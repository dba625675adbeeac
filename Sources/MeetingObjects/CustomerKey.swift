import CCrypto
import Foundation
import Synchronization
import MeetingCrypto

/// An SSE-C key: S3 encrypts the object with it and keeps only its MD5, so every call that writes or reads the
/// object must send the key again. What MeetingFS stores (in each file row) is the fingerprint, never the key.
public struct CustomerKey: Sendable, Equatable {
    public let fingerprint: String
    package let headers: [String: String]

    public init(_ key: [UInt8]) {
        precondition(key.count == AESGCM.keyLength, "an SSE-C key is 32 bytes")
        fingerprint = KeyFile.fingerprint(key)
        var md5 = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = EVP_Digest(key, key.count, &md5, &length, EVP_md5(), nil)
        headers = [
            "x-amz-server-side-encryption-customer-algorithm": "AES256",
            "x-amz-server-side-encryption-customer-key": Data(key).base64EncodedString(),
            "x-amz-server-side-encryption-customer-key-md5": Data(md5.prefix(Int(length))).base64EncodedString(),
        ]
    }

    public static func == (a: CustomerKey, b: CustomerKey) -> Bool { a.fingerprint == b.fingerprint }
}

/// Which key reads which object: objects of one mount are mostly under its current key, but during a rotation
/// some are still under an older one (or none). The key that last worked for an object is tried first.
final class CustomerKeyChoice: Sendable {
    private let keys: [CustomerKey]
    private let known = Mutex<[String: String?]>([:])  // object key -> fingerprint that opened it (nil: no SSE-C)
    private static let rememberedLimit = 100_000

    package init(keys: [CustomerKey]) { self.keys = keys }

    /// The keys to try for `objectKey`, best guess first; plain (nil) last, for objects written without SSE-C.
    package func candidates(for objectKey: String) -> [CustomerKey?] {
        let all: [CustomerKey?] = keys + [nil]
        guard let remembered = known.withLock({ $0[objectKey] }) else { return all }
        let first = all.first { $0?.fingerprint == remembered }
        return [first ?? nil] + all.filter { $0?.fingerprint != remembered }
    }

    func worked(_ key: CustomerKey?, for objectKey: String) {
        known.withLock { known in
            if known.count >= Self.rememberedLimit { known.removeAll(keepingCapacity: true) }
            known[objectKey] = .some(key?.fingerprint)
        }
    }
}
