import Foundation

/// An open handle on one committed version: it keeps reading that version's bytes even if the file is replaced.
/// It holds the chunk it last used, so the kernel's small reads inside one chunk cost no further I/O, and it
/// asks for read-ahead while the reads are sequential.
final class ReadStream: @unchecked Sendable {
    let fileId: Int64
    let objectKey: String
    let etag: String
    let size: Int64
    private let fetcher: ChunkFetcher
    private let readAhead: Int
    private let lock = NSLock()
    private var current: (index: Int64, data: Data)?
    private var sequentialOffset: Int64 = 0

    init(fileId: Int64, objectKey: String, etag: String, size: Int64, fetcher: ChunkFetcher, readAhead: Int) {
        self.fileId = fileId
        self.objectKey = objectKey
        self.etag = etag
        self.size = size
        self.fetcher = fetcher
        self.readAhead = readAhead
    }

    func read(at offset: Int64, count: Int) throws -> Data {
        guard offset < size, count > 0 else { return Data() }
        let end = min(size, offset + Int64(count))
        let chunkSize = Int64(fetcher.chunkSize)
        var result = Data(capacity: Int(end - offset))
        try lock.withLock {
            var position = offset
            while position < end {
                let index = position / chunkSize
                let data = try chunk(index)
                let start = Int(position - index * chunkSize)
                let stop = Int(min(end - index * chunkSize, Int64(data.count)))
                guard stop > start else { throw FSError.io("object \(objectKey) shorter than its metadata") }
                result.append(data[data.startIndex + start..<data.startIndex + stop])
                position += Int64(stop - start)
            }
            if offset == sequentialOffset || offset == 0 {
                let last = (end - 1) / chunkSize
                for ahead in 1...max(1, readAhead) where readAhead > 0 {
                    fetcher.prefetch(key(last + Int64(ahead)), objectSize: size)
                }
            }
            sequentialOffset = end
        }
        return result
    }

    private func chunk(_ index: Int64) throws -> Data {
        if let current, current.index == index { return current.data }
        let data = try fetcher.chunk(key(index), objectSize: size)
        current = (index, data)
        return data
    }

    private func key(_ index: Int64) -> ChunkKey { ChunkKey(objectKey: objectKey, etag: etag, index: index) }
}
