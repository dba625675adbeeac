import Metrics
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1

/// What keeps a server from being tied up by clients that connect and then say nothing, or stop reading: a
/// connection must send a whole request within `requestTimeout`, may see no byte move either way for
/// `idleTimeout`, and past `maxConnections` at once a new connection is closed as soon as it is accepted and counted
/// in `meetingfs_server_connections_refused_total{server=...}`.
final class ConnectionLimits: Sendable {
    let server: String
    let maxConnections: Int
    let requestTimeout: TimeAmount
    let idleTimeout: TimeAmount
    private let open = NIOLockedValueBox(0)

    init(server: String, maxConnections: Int, requestTimeout: TimeAmount = .seconds(10), idleTimeout: TimeAmount = .seconds(30)) {
        self.server = server
        self.maxConnections = maxConnections
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
    }

    /// The handlers a new connection starts with: the gate and the idle watch before HTTP, the request deadline
    /// after it. `http` adds the HTTP codec between them.
    func guardConnection(_ channel: Channel, http: (ChannelPipeline.SynchronousOperations) throws -> Void) throws {
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(ConnectionGate(limits: self))
        try pipeline.addHandler(IdleStateHandler(allTimeout: idleTimeout))
        try http(pipeline)
        try pipeline.addHandler(RequestDeadline(timeout: requestTimeout))
    }

    fileprivate func enter() -> Bool {
        let admitted = open.withLockedValue { count in
            guard count < maxConnections else { return false }
            count += 1
            return true
        }
        if !admitted { Counter(label: "meetingfs_server_connections_refused_total", dimensions: [("server", server)]).increment() }
        return admitted
    }

    fileprivate func leave() { open.withLockedValue { $0 -= 1 } }
}

/// Admits a connection under the cap (else closes it at once), and closes one that sat idle.
private final class ConnectionGate: ChannelDuplexHandler {
    typealias InboundIn = NIOAny
    typealias OutboundIn = NIOAny
    private let limits: ConnectionLimits
    private var admitted = false

    init(limits: ConnectionLimits) { self.limits = limits }

    func channelActive(context: ChannelHandlerContext) {
        admitted = limits.enter()
        guard admitted else { return context.close(promise: nil) }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        if admitted { limits.leave() }
        admitted = false
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is IdleStateHandler.IdleStateEvent else { return context.fireUserInboundEventTriggered(event) }
        context.close(promise: nil)
    }
}

/// Closes a connection that has not sent a whole request (head and end) in time: a body trickled byte by byte
/// counts against it too. The servers answer one request per connection, so one deadline from the start is all
/// there is.
private final class RequestDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    private let timeout: TimeAmount
    private var deadline: Scheduled<Void>?

    init(timeout: TimeAmount) { self.timeout = timeout }

    func handlerAdded(context: ChannelHandlerContext) {
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: timeout) { channel.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) { deadline?.cancel() }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .end = unwrapInboundIn(data) {
            deadline?.cancel()
            deadline = nil
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        context.fireChannelInactive()
    }
}
