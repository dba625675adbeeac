import Foundation

/// Gets chunks of object versions: from the disk cache, else with one ranged GET, however many readers want the
/// same chunk at once (single flight). Read-ahead runs on a bounded number of background fetches.
public final class ChunkFetcher: @unchecked Sendable {
    public let chunkSize: Int
    private let objects: ObjectStore
    private let cache: ChunkCache?
    private let lock = NSLock()
    private var flights: [ChunkKey: Flight] = [:]
    private let prefetchSlots: DispatchSemaphore
    private let prefetchQueue = DispatchQueue(label: "meetingfs.prefetch", attributes: .concurrent)

    private final class Flight {
        let done = DispatchSemaphore(value: 0)
        var waiters = 0
        var result: Result<Data, Error> = .failure(FSError.io("fetch not finished"))
    }

    public init(objects: ObjectStore, cache: ChunkCache?, chunkSize: Int, maxPrefetches: Int = 4) {
        self.objects = objects
        self.cache = cache
        self.chunkSize = chunkSize
        prefetchSlots = DispatchSemaphore(value: maxPrefetches)
    }

    /// The bytes of chunk `index` of a version of `objectSize` bytes.
    public func chunk(_ key: ChunkKey, objectSize: Int64) throws -> Data {
        if let cached = cache?.read(key) { return cached }
        let (flight, leader) = join(key)
        if leader {
            flight.result = Result { try fetch(key, objectSize: objectSize) }
            finish(key, flight)
        } else {
            flight.done.wait()
        }
        return try flight.result.get()
    }

    /// Starts fetching a chunk into the cache in the background, unless it is cached, in flight, or every
    /// read-ahead slot is busy (read-ahead never queues up unbounded work).
    public func prefetch(_ key: ChunkKey, objectSize: Int64) {
        guard let cache, Int64(key.index) * Int64(chunkSize) < objectSize else { return }
        guard lock.withLock({ flights[key] == nil }), prefetchSlots.wait(timeout: .now()) == .success else { return }
        prefetchQueue.async {
            defer { self.prefetchSlots.signal() }
            if cache.read(key) != nil { return }
            _ = try? self.chunk(key, objectSize: objectSize)
        }
    }

    private func join(_ key: ChunkKey) -> (Flight, Bool) {
        lock.withLock {
            if let flight = flights[key] {
                flight.waiters += 1
                return (flight, false)
            }
            let flight = Flight()
            flights[key] = flight
            return (flight, true)
        }
    }

    private func finish(_ key: ChunkKey, _ flight: Flight) {
        let waiters: Int = lock.withLock {
            flights.removeValue(forKey: key)
            return flight.waiters
        }
        for _ in 0..<waiters { flight.done.signal() }
    }

    private func fetch(_ key: ChunkKey, objectSize: Int64) throws -> Data {
        let offset = key.index * Int64(chunkSize)
        let length = Int(min(Int64(chunkSize), objectSize - offset))
        guard length > 0 else { return Data() }
        let data: Data
        do {
            data = try objects.get(key: key.objectKey, offset: offset, length: length)
        } catch {
            throw FSError.io("\(error)")
        }
        guard data.count == length else {
            throw FSError.io("short read of \(key.objectKey) chunk \(key.index): \(data.count) of \(length) bytes")
        }
        cache?.write(key, data)
        return data
    }
}
