import Foundation
import Synchronization

/// Values read moments ago, each trusted for `ttl` seconds, at most `capacity` of them. A value read while this
/// mount changed something is not kept, so a change made here is never hidden by a read that raced it.
final class RecentValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// Taken before reading a value, and handed to `store` with it.
    struct ReadStart {
        fileprivate let generation: UInt64
        fileprivate let time: Double
    }

    private struct State {
        var values: [Key: (value: Value, expires: Double)] = [:]
        /// Moves at every removal, so a read that raced one is not stored.
        var generation: UInt64 = 0
    }

    private let ttl: Double
    private let capacity: Int
    private let state = Mutex(State())

    package init(ttl: Double, capacity: Int) {
        self.ttl = ttl
        self.capacity = capacity
    }

    package func value(_ key: Key) -> Value? {
        let now = Date().timeIntervalSince1970
        return state.withLock { state in
            guard let entry = state.values[key], entry.expires > now else { return nil }
            return entry.value
        }
    }

    /// The value remembered for `key`, else one `read` now (and remembered, unless something changed meanwhile).
    package func value(_ key: Key, orRead read: () throws -> Value) rethrows -> Value {
        if let known = value(key) { return known }
        let start = beginRead()
        let fresh = try read()
        store(key, fresh, readStart: start)
        return fresh
    }

    func beginRead() -> ReadStart {
        state.withLock { ReadStart(generation: $0.generation, time: Date().timeIntervalSince1970) }
    }

    package func store(_ key: Key, _ value: Value, readStart: ReadStart) {
        store([(key, value)], readStart: readStart)
    }

    /// Keeps values read since `readStart` (expired ones make room when full), unless something changed meanwhile.
    package func store(_ entries: [(Key, Value)], readStart: ReadStart) {
        let expires = readStart.time + ttl
        state.withLock { state in
            guard state.generation == readStart.generation else { return }
            if state.values.count + entries.count > capacity {
                let now = Date().timeIntervalSince1970
                state.values = state.values.filter { $0.value.expires > now }
            }
            for (key, value) in entries where state.values.count < capacity || state.values[key] != nil {
                state.values[key] = (value, expires)
            }
        }
    }

    package func remove(_ key: Key) {
        state.withLock { state in
            state.generation += 1
            state.values.removeValue(forKey: key)
        }
    }

    /// Drops the values `changed` picks: this mount just changed what they describe.
    package func removeAll(where changed: (Key, Value) -> Bool) {
        state.withLock { state in
            state.generation += 1
            if !state.values.isEmpty { state.values = state.values.filter { !changed($0.key, $0.value.value) } }
        }
    }
}
