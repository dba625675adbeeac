import Foundation
import MeetingCore
import Synchronization

/// The gateways of one S3 cluster and which of them answer. A request goes to the first healthy gateway in the
/// configured order; a connection failure, a timeout or a 502-504 marks its gateway down and the request moves
/// on to the next. A gateway that is down gets no traffic (unless every gateway is down) until a background probe
/// sees it answer again.
final class S3Endpoints: Sendable {
    let all: [URL]
    private let down: Mutex<Set<Int>>
    private let probing = Mutex(false)
    private let interval: TimeInterval
    /// True when the gateway answers a cheap request; run by the probe thread only.
    private let probe: @Sendable (URL) -> Bool

    /// One set per list of gateways in a process: every client of a mount learns at once that a gateway failed,
    /// and one thread probes it.
    private static let shared = Mutex<[String: S3Endpoints]>([:])

    static func shared(_ endpoints: [URL], probeInterval: TimeInterval, probe: @escaping @Sendable (URL) -> Bool) -> S3Endpoints {
        let key = endpoints.map(\.absoluteString).joined(separator: ",")
        return shared.withLock { sets in
            if let set = sets[key] { return set }
            let set = S3Endpoints(endpoints, probeInterval: probeInterval, probe: probe)
            sets[key] = set
            return set
        }
    }

    init(_ endpoints: [URL], probeInterval: TimeInterval, probe: @escaping @Sendable (URL) -> Bool) {
        all = endpoints
        down = Mutex([])
        interval = probeInterval
        self.probe = probe
        for index in endpoints.indices { Telemetry.s3EndpointUp(endpoints[index].absoluteString, up: true) }
    }

    /// The gateway for a request's `attempt`-th try: an untried healthy one in order, else an untried one that is
    /// down (so a request is never refused only because every gateway failed once), else the healthy ones again
    /// in turn.
    func endpoint(forAttempt attempt: Int, skipping tried: Set<Int>) -> Int {
        let isDown = down.withLock { $0 }
        let healthy = all.indices.filter { !isDown.contains($0) }
        let order = healthy + all.indices.filter { isDown.contains($0) }
        if let untried = order.first(where: { !tried.contains($0) }) { return untried }
        let again = healthy.isEmpty ? order : healthy
        return again[attempt % again.count]
    }

    /// Whether any gateway is left that this request has not tried.
    func hasUntried(_ tried: Set<Int>) -> Bool { tried.count < all.count }

    /// A gateway that is the only one is never marked down: there is nothing to move to.
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
