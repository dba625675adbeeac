import Foundation

/// State guarded by a condition variable: Mutex's counterpart for an owner whose callers wait until the state
/// allows something (a budget with room, a queue with work). As with Mutex, the state is reachable only inside
/// the closures, so every access holds the lock.
// @unchecked: wraps a pthread condition variable (NSCondition), which Swift cannot check; `state` is touched only
// while it is held.
package final class ConditionBox<State>: @unchecked Sendable {
    private let condition = NSCondition()
    private var state: State

    package init(_ state: State) { self.state = state }

    /// Runs `body` on the state; with `wake`, waiters look at the state again afterwards.
    package func withLock<T>(wake: Bool = false, _ body: (inout State) throws -> T) rethrows -> T {
        condition.lock()
        defer {
            if wake { condition.broadcast() }
            condition.unlock()
        }
        return try body(&state)
    }

    /// Waits until `ready` holds of the state (or `deadline` passes), then runs `body` on it; whether it was
    /// ready is passed along, so a timeout can be told from a wake-up.
    package func wait<T>(until deadline: Date? = nil, for ready: (State) -> Bool,
                         then body: (inout State, _ ready: Bool) throws -> T) rethrows -> T {
        condition.lock()
        defer { condition.unlock() }
        while !ready(state) {
            if let deadline {
                if !condition.wait(until: deadline) { break }
            } else {
                condition.wait()
            }
        }
        return try body(&state, ready(state))
    }
}
