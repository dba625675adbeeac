import Foundation
import Synchronization
import MeetingCore
import MeetingObjects

/// Gets chunks of object versions: from memory (chunks fetched moments ago, read-ahead among them), else the disk
/// cache, else one ranged GET however many readers want the same chunk at once (single flight). Fetched chunks
/// go to the disk cache in the background, off the reader's path.
///
/// One budget bounds every chunk buffer: half holds recent chunks, a quarter the chunks being loaded from disk or
/// S3 (readers and read-ahead alike wait for room), a quarter the chunks queued for the disk cache.
public final class ChunkFetcher: Sendable {
    public let chunkSize: Int
    private let objects: ObjectStore
    package let cache: ChunkCache?
    /// Chunks in memory, fetches under way (with how many readers wait for each), bytes queued for the disk cache.
    private struct State {
        var memory: RecentChunks
        var flights: [ChunkKey: (flight: Flight, waiters: Int)] = [:]
        var pendingCacheBytes = 0
    }

    private let state: Mutex<State>
    private let buffers: ChunkBuffers
    private let memoryBudget: Int
    private let prefetchSlots: DispatchSemaphore
    private let fillSlot = DispatchSemaphore(value: 1)
    private let loading: ByteBudget
    private let cacheWriter = DispatchQueue(label: "meetingfs.cache-writer")

    /// One fetch shared by every reader of its chunk: the leader sets the result, then wakes the waiters.
    private final class Flight: Sendable {
        let done = DispatchSemaphore(value: 0)
        let result = Mutex<Result<Data, Error>>(.failure(FSError.io("fetch not finished")))
    }

    public init(objects: ObjectStore, cache: ChunkCache?, chunkSize: Int, memoryBudget: Int, maxPrefetches: Int) {
        self.objects = objects
        self.cache = cache
        self.chunkSize = chunkSize
        self.memoryBudget = memoryBudget
        state = Mutex(State(memory: RecentChunks(budget: memoryBudget / 2)))
        prefetchSlots = DispatchSemaphore(value: maxPrefetches)
        loading = ByteBudget(limit: memoryBudget / 4)
        // As many idle buffers as the budget can hold: with a quarter, four readers at once still faulted in fresh
        // buffers for 5% of the daemon's CPU (perf of W6), and the budget bounds what is ever in use anyway.
        buffers = ChunkBuffers(capacity: chunkSize, spareLimit: max(1, memoryBudget / chunkSize))
    }

    /// The bytes of one chunk of a version of `objectSize` bytes.
    public func chunk(_ key: ChunkKey, objectSize: Int64) throws -> Data {
        let (found, flight, leader): (Data?, Flight?, Bool) = state.withLock { state in
            if let data = state.memory.get(key) { return (data, nil, false) }
            if let waiting = state.flights[key] {
                state.flights[key]!.waiters += 1
                return (nil, waiting.flight, false)
            }
            let flight = Flight()
            state.flights[key] = (flight, 0)
            return (nil, flight, true)
        }
        if let found {
            Telemetry.memoryHits.increment()
            return found
        }
        guard let flight else { throw FSError.io("no flight") }
        if leader {
            let result = Result { try load(key, objectSize: objectSize) }
            flight.result.withLock { $0 = result }
            let waiters: Int = state.withLock { state in
                let waiters = state.flights.removeValue(forKey: key)?.waiters ?? 0
                if case .success(let data) = result { state.memory.put(key, data, cost: buffers.footprint(of: data.count)) }
                return waiters
            }
            for _ in 0..<waiters { flight.done.signal() }
        } else {
            flight.done.wait()
        }
        return try flight.result.withLock { $0 }.get()
    }

    /// Starts fetching a chunk in the background, unless it is at hand or on its way, or every read-ahead slot is
    /// busy (read-ahead never queues up unbounded work). `waitForSlot`: the caller, itself in the background,
    /// waits for a slot instead, so that a list of files fetched ahead is fetched whole and in order.
    public func prefetch(_ key: ChunkKey, objectSize: Int64, waitForSlot: Bool = false) {
        fetchInBackground(key, objectSize: objectSize, slots: prefetchSlots, waitForSlot: waitForSlot)
    }

    /// Fetches the chunk of a random read's miss in the background, one such chunk at a time: a miss is served by
    /// a small ranged GET of its own, and every further fill in flight would slow the next misses' GETs down.
    public func fill(_ key: ChunkKey, objectSize: Int64) {
        fetchInBackground(key, objectSize: objectSize, slots: fillSlot, waitForSlot: false)
    }

    private func fetchInBackground(_ key: ChunkKey, objectSize: Int64, slots: DispatchSemaphore, waitForSlot: Bool) {
        guard key.index >= 0, key.index * Int64(chunkSize) < objectSize else { return }
        guard state.withLock({ !$0.memory.contains(key) && $0.flights[key] == nil }),
            slots.wait(timeout: waitForSlot ? .distantFuture : .now()) == .success
        else { return }
        // A thread per fetch, not a dispatch queue: libdispatch runs about one blocking item per core, so on two
        // cores two fetches were in flight whatever the slots allowed (cat of 1000 small files waited on most).
        Thread.detachNewThread {
            defer { slots.signal() }
            _ = try? self.chunk(key, objectSize: objectSize)
        }
    }

    public func isInMemory(_ key: ChunkKey) -> Bool {
        state.withLock { $0.memory.contains(key) }
    }

    /// Bytes [range) of a chunk if it is at hand: in memory, or on disk (where only the blocks they are in are
    /// read and checked); nil otherwise.
    public func held(_ key: ChunkKey, range: Range<Int>) -> Data? {
        if let data = state.withLock({ $0.memory.get(key) }), range.upperBound <= data.count {
            Telemetry.memoryHits.increment()
            return data.subdata(in: (data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound))
        }
        guard let cache else { return nil }
        var bytes = Data(count: range.count)
        let found = bytes.withUnsafeMutableBytes { cache.read(key, range: range, into: $0) }
        return found ? bytes : nil
    }

    /// Bytes [offset, offset+length) straight from S3, for random reads where a whole chunk would be waste.
    public func range(objectKey: String, etag: String, offset: Int64, length: Int) throws -> Data {
        do {
            return try objects.get(key: objectKey, offset: offset, length: length, ifMatch: etag)
        } catch {
            throw FSError.io("\(error)")
        }
    }

    /// A chunk not in memory, from disk or S3, into a pooled buffer; either way its bytes count against the
    /// loading quarter of the budget while the buffer is filled.
    private func load(_ key: ChunkKey, objectSize: Int64) throws -> Data {
        let offset = key.index * Int64(chunkSize)
        let length = Int(min(Int64(chunkSize), objectSize - offset))
        guard length > 0 else { return Data() }
        let footprint = buffers.footprint(of: length)
        loading.acquire(footprint)
        defer { loading.release(footprint) }
        let buffer = buffers.take(count: length)
        if let count = cache?.read(key, into: buffer), count == length { return buffers.data(buffer, count: count) }
        let received: Int
        do {
            received = try objects.get(key: key.objectKey, offset: offset,
                                       into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<length]), ifMatch: key.etag)
        } catch {
            buffers.give(buffer)
            throw FSError.io("\(error)")
        }
        let data = buffers.data(buffer, count: received)
        guard received == length else {
            throw FSError.io("short read of \(key.objectKey) chunk \(key.index): \(received) of \(length) bytes")
        }
        cacheInBackground(key, data)
        return data
    }

    /// Writes a fetched chunk to the disk cache on one background thread; skipped when too much is queued.
    private func cacheInBackground(_ key: ChunkKey, _ data: Data) {
        guard let cache else { return }
        let queued: Bool = state.withLock { state in
            guard state.pendingCacheBytes + data.count <= memoryBudget / 4 else { return false }
            state.pendingCacheBytes += data.count
            return true
        }
        guard queued else { return }
        cacheWriter.async {
            cache.write(key, data)
            self.state.withLock { $0.pendingCacheBytes -= data.count }
        }
    }
}

/// Chunks fetched or read recently, least recently used dropped first once the bytes they hold exceed the budget.
struct RecentChunks {
    private var entries: [ChunkKey: (data: Data, cost: Int)] = [:]
    private var order = LRUOrder<ChunkKey>()
    private var bytes = 0
    package let budget: Int

    package init(budget: Int) { self.budget = budget }

    package func contains(_ key: ChunkKey) -> Bool { entries[key] != nil }

    package mutating func get(_ key: ChunkKey) -> Data? {
        guard let entry = entries[key] else { return nil }
        order.touch(key)
        return entry.data
    }

    package mutating func put(_ key: ChunkKey, _ data: Data, cost: Int) {
        guard cost <= budget else { return }
        if let old = entries[key] { bytes -= old.cost }
        entries[key] = (data, cost)
        order.touch(key)
        bytes += cost
        while bytes > budget, let oldest = order.popOldest() {
            bytes -= entries.removeValue(forKey: oldest)?.cost ?? 0
        }
    }
}
