import CCrypto
import MeetingCore
import Foundation

/// SHA-256 and HMAC-SHA-256 through OpenSSL's libcrypto.
public enum Digest {
    public static func sha256<D: ContiguousBytes>(_ data: D) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        data.withUnsafeBytes { raw in
            _ = CCrypto.SHA256(raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count, &out)
        }
        return out
    }

    public static func hmacSHA256(key: [UInt8], _ message: [UInt8]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        _ = HMAC(EVP_sha256(), key, Int32(key.count), message, message.count, &out, &length)
        return Array(out.prefix(Int(length)))
    }

    public static func hex(_ bytes: [UInt8]) -> String { Hex.encode(bytes) }
}

/// An incremental SHA-256, for hashing a file while it is written.
public final class StreamingSHA256 {
    private let context: OpaquePointer

    public init() {
        context = EVP_MD_CTX_new()
        EVP_DigestInit_ex(context, EVP_sha256(), nil)
    }

    deinit { EVP_MD_CTX_free(context) }

    public func update(_ bytes: UnsafeRawBufferPointer) {
        EVP_DigestUpdate(context, bytes.baseAddress, bytes.count)
    }

    public func finish() -> String {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &out, &length)
        return Digest.hex(Array(out.prefix(Int(length))))
    }
}

/// SHA-256 of bytes handed over in order, computed on a thread of its own: a writer that hands over a part goes on
/// at once instead of waiting about 5 ms per 8 MiB for the hash (a fifth of the daemon's CPU on a large write, in
/// the path of the write that filled the part: perf of W1).
// @unchecked: the digest is touched only on `queue`, which runs one update at a time, in order.
public final class BackgroundSHA256: @unchecked Sendable {
    private let digest = StreamingSHA256()
    private let queue = DispatchQueue(label: "meetingfs.sha256")
    /// Handed-over bytes not hashed yet are held: at most this many pieces, then `update` waits.
    private let pending: DispatchSemaphore

    public init(maxPending: Int = 2) { pending = DispatchSemaphore(value: maxPending) }

    /// Hashes `bytes` after everything handed over before; the caller may reuse its memory once `bytes` is released.
    public func update(_ bytes: Data) {
        pending.wait()
        queue.async {
            bytes.withUnsafeBytes { self.digest.update($0) }
            self.pending.signal()
        }
    }

    /// Hashes `bytes` after everything handed over before, before returning (no copy is kept).
    public func updateNow(_ bytes: UnsafeRawBufferPointer) {
        queue.sync { digest.update(bytes) }
    }

    /// The hash of all bytes handed over, once they are hashed.
    public func finish() -> String {
        queue.sync { digest.finish() }
    }
}
