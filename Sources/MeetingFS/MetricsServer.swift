import Foundation
import Logging
import Metrics
import NIOCore
import NIOHTTP1
import NIOPosix
import Prometheus
import MeetingCore
import MeetingFileSystem

/// The mount's metrics in Prometheus's text format at http://ADDR/metrics (`--metrics-listen`). Counters and
/// histograms count themselves as the work happens; levels (open handles, cache bytes, stored bytes, stale leases)
/// are read from the file system at each scrape.
final class MetricsServer: Sendable {
    private let registry = PrometheusCollectorRegistry()
    private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    /// Scrapes read PostgreSQL: off the event loop, one at a time.
    private let scrapes = DispatchQueue(label: "meetingfs.metrics-scrape")
    private let capacity: Int64?

    /// Makes this process report through `registry`. Before anything records: handles made before stay no-ops.
    init(capacity: Int64?) {
        var factory = PrometheusMetricsFactory(registry: registry)
        // FUSE requests take microseconds, S3 and PostgreSQL calls milliseconds: the default buckets start at 5 ms.
        factory.defaultDurationHistogramBuckets = [
            .microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1),
            .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
            .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500),
            .seconds(5), .seconds(10), .seconds(30),
        ]
        MetricsSystem.bootstrap(factory)
        Telemetry.start()
        FuseOp.start()
        self.capacity = capacity
    }

    /// Listens on `address` (HOST:PORT); a port taken or an address not of this host is one clear error.
    func start(address: String, fs: FileSystem, limits: ConnectionLimits, logger: Logger) throws {
        guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) else {
            throw CommandError("--metrics-listen '\(address)' is not HOST:PORT")
        }
        let host = String(address[..<colon])
        do {
            _ = try ServerBootstrap(group: group)
                .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { [self] channel in
                    channel.eventLoop.makeCompletedFuture {
                        try limits.guardConnection(channel) { try $0.configureHTTPServerPipeline() }
                        try channel.pipeline.syncOperations.addHandler(MetricsHandler { self.scrape(fs, logger: logger) })
                    }
                }
                .bind(host: host.isEmpty ? "0.0.0.0" : host, port: port).wait()
        } catch {
            throw CommandError("cannot serve metrics on \(address): \(error)")
        }
        logger.info("metrics served", metadata: ["url": "http://\(address)/metrics"])
    }

    /// The text of one scrape, with the levels read now (when they cannot be read, they keep the last values read).
    private func scrape(_ fs: FileSystem, logger: Logger) -> [UInt8] {
        scrapes.sync {
            do {
                let status = try fs.status()
                let levels: [(String, Int64)] = [
                    ("meetingfs_open_handles", Int64(status.openHandles)),
                    ("meetingfs_write_sessions", Int64(status.writeSessions)),
                    ("meetingfs_cache_bytes", status.cacheBytes),
                    ("meetingfs_cache_budget_bytes", status.cacheBudget),
                    ("meetingfs_cache_volume_free_bytes", status.cacheVolumeFreeBytes),
                    ("meetingfs_stored_bytes", status.storedBytes),
                    ("meetingfs_stored_files", status.storedFiles),
                    ("meetingfs_mount_leases_stale", Int64(status.staleLeases)),
                ] + (capacity.map { [("meetingfs_capacity_bytes", $0)] } ?? [])
                for (name, value) in levels { Gauge(label: name).record(value) }
            } catch {
                logger.warning("metrics: levels not read", metadata: ["error": "\(error)"])
            }
            return MetricHelp.annotate(registry.emitToBuffer())
        }
    }
}

/// One HTTP exchange: GET /metrics gets the scrape, anything else 404.
private final class MetricsHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let scrape: @Sendable () -> [UInt8]
    private var request = RequestHead()

    init(scrape: @escaping @Sendable () -> [UInt8]) { self.scrape = scrape }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let head = request.complete(with: unwrapInboundIn(data)) else { return }
        let path = head.uri.split(separator: "?", maxSplits: 1).first ?? ""
        guard head.method == .GET, path == "/metrics" else {
            return Self.respond(.notFound, Array("only GET /metrics\n".utf8), context: context)
        }
        // The scrape reads PostgreSQL; the loop goes on meanwhile and gets the answer back.
        let loop = context.eventLoop
        let bound = NIOLoopBound(context, eventLoop: loop)
        DispatchQueue.global().async { [scrape] in
            let body = scrape()
            loop.execute { Self.respond(.ok, body, context: bound.value) }
        }
    }

    private static func respond(_ status: HTTPResponseStatus, _ body: [UInt8], context: ChannelHandlerContext) {
        let headers = HTTPHeaders([("Content-Type", "text/plain; version=0.0.4; charset=utf-8"),
                                   ("Content-Length", String(body.count)), ("Connection", "close")])
        context.write(NIOAny(HTTPServerResponsePart.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        context.write(NIOAny(HTTPServerResponsePart.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
