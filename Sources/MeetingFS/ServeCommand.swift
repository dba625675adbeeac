import ArgumentParser
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import MeetingFileSystem

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the signed download links of `meetingfs url`.",
        discussion: """
            Answers GET and HEAD (with Range) of /d/<token>/<name>: the object is read with its SSE-C key through the \
            chunk cache. An expired or altered link, or one whose maker may no longer read the file, gets 403, a version \
            since replaced or deleted 404. Every download and every refused link is written to the audit log. A \
            connection must send its request within 10 s and is closed after 30 s without traffic. The link format is \
            in docs/links.md.

            Example: meetingfs serve --listen 0.0.0.0:8443 --tls-cert-file server.crt --tls-key-file server.key
            """)

    @Option(help: "Address and port to listen on.")
    var listen = "127.0.0.1:8443"

    @Option(help: "PEM certificate chain: serve https (with --tls-key-file).")
    var tlsCertFile: String?

    @Option(help: "PEM private key of the certificate.")
    var tlsKeyFile: String?

    @Option(help: "Connections held at once; more are closed as they come and counted in meetingfs_server_connections_refused_total.")
    var maxConnections = 256

    @OptionGroup var stack: StackOptions

    func run() throws {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]) else {
            throw ValidationError("--listen '\(listen)' is not HOST:PORT")
        }
        let host = String(listen[..<colon])
        let tls = try tlsContext()
        let settings = try stack.settings()
        try settings.preflight()
        let logger = Logger(label: "meetingfs-serve")
        var config = FileSystemConfig(stagingDirectory: settings.cacheDirectory.appendingPathComponent("staging"),
                                      localKey: try settings.localKey.load())
        config.links = LinkSettings(baseURL: settings.linkBaseURL ?? "", key: try settings.linkKey.load())
        let fs = try settings.makeFileSystem(config: config, logger: logger)
        defer { fs.shutdown() }
        // Shares, roles and users changed elsewhere reach the links' checks at once.
        let changes = fs.listenForChanges()
        defer { changes.stop() }

        guard maxConnections > 0 else { throw ValidationError("--max-connections must be at least 1") }
        let limits = ConnectionLimits(server: "links", maxConnections: maxConnections)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        defer { try? group.syncShutdownGracefully() }
        // Reads of the chunk cache and S3 block: a few threads do them for every download, however many there are.
        let readers = NIOThreadPool(numberOfThreads: 4)
        readers.start()
        defer { try? readers.syncShutdownGracefully() }
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try limits.guardConnection(channel) { pipeline in
                        if let tls { try pipeline.addHandler(NIOSSLServerHandler(context: tls)) }
                        try pipeline.configureHTTPServerPipeline()
                    }
                    try channel.pipeline.syncOperations.addHandler(LinkHandler(fs: fs, readers: readers, logger: logger))
                }
            }
            .bind(host: host, port: port).wait()
        // Unbuffered, so whoever waits for the server (a script, systemd) sees the line at once.
        FileHandle.standardOutput.write(Data("meetingfs serve: listening on \(tls == nil ? "http" : "https")://\(listen)\n".utf8))
        let stop = StopSignals { channel.close(promise: nil) }
        try withExtendedLifetime(stop) { try channel.closeFuture.wait() }
    }

    private func tlsContext() throws -> NIOSSLContext? {
        switch (tlsCertFile, tlsKeyFile) {
        case (nil, nil):
            if stack.requireTLS { throw ValidationError("--require-tls: serve needs --tls-cert-file and --tls-key-file") }
            return nil
        case (let cert?, let key?):
            let chain = try NIOSSLCertificate.fromPEMFile(cert).map { NIOSSLCertificateSource.certificate($0) }
            let configuration = TLSConfiguration.makeServerConfiguration(
                certificateChain: chain, privateKey: .privateKey(try NIOSSLPrivateKey(file: key, format: .pem)))
            return try NIOSSLContext(configuration: configuration)
        default:
            throw ValidationError("--tls-cert-file and --tls-key-file go together")
        }
    }
}

/// SIGTERM and SIGINT end the server cleanly, so the audit trail is written out before it exits.
final class StopSignals {
    private let sources: [DispatchSourceSignal]

    init(_ stop: @escaping @Sendable () -> Void) {
        sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler(handler: stop)
            source.resume()
            return source
        }
    }
}
