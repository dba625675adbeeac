import Foundation
import MeetingCore
import Synchronization

/// The gateways of one S3 cluster and which of them answer. A request goes to the first healthy gateway in the
/// configured order; a connection failure, timeout or 5xx marks its gateway down and the request moves on to
/// the next. A gateway that is down gets no traffic (unless every gateway is down) until a background probe
/// sees it answer again.
final class S3Endpoints: Sendable {
    let all: [URL]
    private let down: Mutex<Set<Int>>
    private let probing = Mutex(false)
    private let interval: TimeInterval
    /// True when the gateway answers a cheap request; run by the probe thread only.
    private let probe: @Sendable (URL) -> Bool

    init(_ endpoints: [URL], probeInterval: TimeInterval, probe: @escaping @Sendable (URL) -> Bool) {
        all = endpoints
        down = Mutex([])
        interval = probeInterval
        self.probe = probe
        for index in endpoints.indices { Telemetry.s3EndpointUp(endpoints[index].absoluteString, up: true) }
    }

    /// The gateway for a request's `attempt`-th try: healthy ones in order, then (all being down) the rest, so a
    /// request is never refused only because every gateway failed once.
    func endpoint(forAttempt attempt: Int, skipping tried: Set<Int>) -> Int {
        let isDown = down.withLock { $0 }
        let order = all.indices.filter { !isDown.contains($0) } + all.indices.filter { isDown.contains($0) }
        return order.first { !tried.contains($0) } ?? order[attempt % order.count]
    }

    /// Whether any gateway is left that this request has not tried.
    func hasUntried(_ tried: Set<Int>) -> Bool { tried.count < all.count }

    func failed(_ index: Int) {
        guard all.count > 1 else { return }
        let newlyDown = down.withLock { $0.insert(index).inserted }
        guard newlyDown else { return }
        Telemetry.s3EndpointUp(all[index].absoluteString, up: false)
        startProbing()
    }

    var downEndpoints: [URL] { down.withLock { $0 }.sorted().map { all[$0] } }

    /// One thread at most, probing the gateways that are down each interval until none is.
    private func startProbing() {
        let start = probing.withLock { running in
            defer { running = true }
            return !running
        }
        guard start else { return }
        let thread = Thread { [self] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                for index in down.withLock({ $0 }).sorted() where probe(all[index]) {
                    down.withLock { _ = $0.remove(index) }
                    Telemetry.s3EndpointUp(all[index].absoluteString, up: true)
                }
                let done = probing.withLock { running in
                    let idle = down.withLock { $0.isEmpty }
                    if idle { running = false }
                    return idle
                }
                if done { return }
            }
        }
        thread.name = "s3-endpoint-probe"
        thread.start()
    }
}
