import Foundation

/// A local file holding the bytes of a version being written: random writes land here, and parts are uploaded
/// from here, so memory stays bounded whatever the file size.
final class StagingFile: @unchecked Sendable {
    let path: String
    private let fd: Int32

    init(directory: URL) throws {
        path = directory.appendingPathComponent("stage-\(UUID().uuidString)").path
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FSError(errno, "cannot create staging file in \(directory.path)") }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    func write(_ bytes: UnsafeRawBufferPointer, at offset: Int64) throws {
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, bytes.baseAddress! + done, bytes.count - done, off_t(offset) + off_t(done))
            guard n > 0 else { throw FSError(n < 0 ? errno : EIO, "staging write failed") }
            done += n
        }
    }

    /// Up to `count` bytes from `offset` (fewer at the end).
    func read(at offset: Int64, count: Int) throws -> Data {
        var data = Data(count: count)
        let got = try data.withUnsafeMutableBytes { try read(at: offset, into: $0) }
        return data.prefix(got)
    }

    /// The same, in a buffer of the pool (uploads read one part after another: reused buffers spare the kernel
    /// faulting in and zeroing fresh pages for every part).
    func read(at offset: Int64, count: Int, into buffers: ChunkBuffers) throws -> Data {
        let buffer = buffers.take(count: count)
        do {
            return buffers.data(buffer, count: try read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<count])))
        } catch {
            buffers.give(buffer)
            throw error
        }
    }

    private func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 { throw FSError(errno, "staging read failed") }
            if n == 0 { break }
            done += n
        }
        return done
    }

    func truncate(to size: Int64) throws {
        guard ftruncate(fd, off_t(size)) == 0 else { throw FSError(errno, "staging truncate failed") }
    }

    func sync() { fsync(fd) }
}
