import CCrypto
import Foundation

/// AES-256-GCM through libcrypto's EVP interface: what the chunk cache and staging files are sealed with. Every
/// seal takes a fresh random nonce; the associated data binds the ciphertext to where it belongs, so an entry
/// moved, swapped or altered on disk fails to open instead of decrypting to the wrong bytes.
public struct AESGCM: Sendable {
    public static let keyLength = 32
    public static let nonceLength = 12
    public static let tagLength = 16
    /// What sealing adds to the plaintext: nonce and tag.
    public static let overhead = nonceLength + tagLength

    private let key: [UInt8]

    public init(key: [UInt8]) {
        precondition(key.count == Self.keyLength, "AES-256 needs a 32-byte key")
        self.key = key
    }

    /// Encrypts `plaintext` into `ciphertext` (same length; may be the same memory) and returns nonce and tag.
    public func seal(_ plaintext: UnsafeRawBufferPointer, into ciphertext: UnsafeMutableRawBufferPointer,
                     associatedData: [UInt8]) -> (nonce: [UInt8], tag: [UInt8]) {
        precondition(ciphertext.count >= plaintext.count)
        var nonce = [UInt8](repeating: 0, count: Self.nonceLength)
        guard RAND_bytes(&nonce, Int32(nonce.count)) == 1 else { fatalError("libcrypto has no randomness") }
        var tag = [UInt8](repeating: 0, count: Self.tagLength)
        let context = EVP_CIPHER_CTX_new()
        defer { EVP_CIPHER_CTX_free(context) }
        var length: Int32 = 0
        let ok = EVP_EncryptInit_ex(context, EVP_aes_256_gcm(), nil, key, nonce) == 1
            && EVP_EncryptUpdate(context, nil, &length, associatedData, Int32(associatedData.count)) == 1
            && update(context, plaintext, ciphertext, encrypt: true)
            && EVP_EncryptFinal_ex(context, nil, &length) == 1
            && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_GET_TAG, Int32(Self.tagLength), &tag) == 1
        guard ok else { fatalError("AES-256-GCM encryption failed in libcrypto") }
        return (nonce, tag)
    }

    /// Decrypts `ciphertext` into `plaintext` (may be the same memory); false when the tag does not match: the
    /// bytes were altered, or belong elsewhere, or another key sealed them.
    public func open(_ ciphertext: UnsafeRawBufferPointer, into plaintext: UnsafeMutableRawBufferPointer,
                     nonce: UnsafeRawBufferPointer, tag: UnsafeRawBufferPointer, associatedData: [UInt8]) -> Bool {
        guard nonce.count == Self.nonceLength, tag.count == Self.tagLength, plaintext.count >= ciphertext.count else {
            return false
        }
        let context = EVP_CIPHER_CTX_new()
        defer { EVP_CIPHER_CTX_free(context) }
        var length: Int32 = 0
        var expected = Array(tag)
        return EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nil, key, nonce.baseAddress?.assumingMemoryBound(to: UInt8.self)) == 1
            && EVP_DecryptUpdate(context, nil, &length, associatedData, Int32(associatedData.count)) == 1
            && update(context, ciphertext, plaintext, encrypt: false)
            && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, Int32(Self.tagLength), &expected) == 1
            && EVP_DecryptFinal_ex(context, nil, &length) == 1
    }

    /// The bulk of the work, in steps that fit EVP's int lengths.
    private func update(_ context: OpaquePointer?, _ input: UnsafeRawBufferPointer, _ output: UnsafeMutableRawBufferPointer,
                        encrypt: Bool) -> Bool {
        var done = 0
        while done < input.count {
            let step = min(input.count - done, 1 << 30)
            var length: Int32 = 0
            let inPointer = input.baseAddress!.advanced(by: done).assumingMemoryBound(to: UInt8.self)
            let outPointer = output.baseAddress!.advanced(by: done).assumingMemoryBound(to: UInt8.self)
            let ok = encrypt
                ? EVP_EncryptUpdate(context, outPointer, &length, inPointer, Int32(step))
                : EVP_DecryptUpdate(context, outPointer, &length, inPointer, Int32(step))
            guard ok == 1, Int(length) == step else { return false }
            done += step
        }
        return true
    }
}
