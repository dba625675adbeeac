import Foundation
import MeetingCrypto
import MeetingFileSystem

/// The format of every file in a backup: AES-256-GCM in blocks, so a file of any size is sealed and checked in
/// bounded memory. After an 8-byte magic, each block is its plaintext length (UInt32, big endian, the top bit set on
/// the last block), nonce, tag and ciphertext. A block's associated data is the file's name in the backup, its index and whether it is the last, so
/// a block altered, moved, swapped between files, or a file cut short, fails to open.
enum SealedStream {
    static let magic = Array("MFSBAK1\n".utf8)
    package static let blockSize = 4 << 20
    static let lastFlag: UInt32 = 1 << 31

    package static func associatedData(name: String, index: UInt64, last: Bool) -> [UInt8] {
        Array(name.utf8) + [0] + withUnsafeBytes(of: index.bigEndian) { Array($0) } + [last ? 1 : 0]
    }

    /// Seals what is written into `sink`, a block at a time.
    package final class Writer {
        private let cipher: AESGCM
        private let name: String
        private let sink: (Data) throws -> Void
        private var pending = Data()
        private var index: UInt64 = 0

        package init(cipher: AESGCM, name: String, sink: @escaping (Data) throws -> Void) throws {
            self.cipher = cipher
            self.name = name
            self.sink = sink
            try sink(Data(SealedStream.magic))
        }

        package func write(_ data: Data) throws {
            pending.append(data)
            while pending.count > SealedStream.blockSize {
                try emit(pending.prefix(SealedStream.blockSize), last: false)
                pending.removeFirst(SealedStream.blockSize)
            }
        }

        /// Seals the rest as the last block (possibly empty, so an empty file is still whole).
        package func finish() throws {
            try emit(pending, last: true)
            pending = Data()
        }

        private func emit(_ plaintext: Data, last: Bool) throws {
            var ciphertext = Data(count: plaintext.count)
            let (nonce, tag) = plaintext.withUnsafeBytes { input in
                ciphertext.withUnsafeMutableBytes { output in
                    cipher.seal(input, into: output, associatedData: SealedStream.associatedData(name: name, index: index, last: last))
                }
            }
            let header = UInt32(plaintext.count) | (last ? SealedStream.lastFlag : 0)
            var block = Data(withUnsafeBytes(of: header.bigEndian) { Array($0) })
            block.append(contentsOf: nonce)
            block.append(contentsOf: tag)
            block.append(ciphertext)
            try sink(block)
            index += 1
        }
    }

    /// Opens a sealed file read through `source` (which returns exactly the bytes asked for, fewer only at its end)
    /// and hands each block's plaintext to `consume`; fails on any altered, missing or extra byte.
    static func open(cipher: AESGCM, name: String, source: (Int) throws -> Data, consume: (Data) throws -> Void) throws {
        guard try source(magic.count) == Data(magic) else { throw BackupError("\(name): not a MeetingFS backup file") }
        var index: UInt64 = 0
        while true {
            let header = try source(4 + AESGCM.nonceLength + AESGCM.tagLength)
            guard header.count == 4 + AESGCM.nonceLength + AESGCM.tagLength else { throw BackupError("\(name): cut short") }
            let word = header.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let last = word & lastFlag != 0, length = Int(word & ~lastFlag)
            guard length <= blockSize else { throw BackupError("\(name): block \(index) is damaged") }
            let ciphertext = try source(length)
            guard ciphertext.count == length else { throw BackupError("\(name): cut short") }
            let nonce = header.subdata(in: 4..<(4 + AESGCM.nonceLength)), tag = header.suffix(AESGCM.tagLength)
            var plaintext = Data(count: length)
            let opened = ciphertext.withUnsafeBytes { input in
                plaintext.withUnsafeMutableBytes { output in
                    nonce.withUnsafeBytes { n in
                        tag.withUnsafeBytes { t in
                            cipher.open(input, into: output, nonce: n, tag: t,
                                        associatedData: associatedData(name: name, index: index, last: last))
                        }
                    }
                }
            }
            guard opened else { throw BackupError("\(name): block \(index) fails its integrity check (altered, or another key)") }
            try consume(plaintext)
            if last {
                guard try source(1).isEmpty else { throw BackupError("\(name): bytes after its last block") }
                return
            }
            index += 1
        }
    }
}
