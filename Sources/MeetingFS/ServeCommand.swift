import ArgumentParser
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Store

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the signed download links of `meetingfs url` for files under SSE-C keys.",
        discussion: """
            Answers GET and HEAD (with Range) of /d/<token>/<name>: the object is read with its SSE-C key through the \
            chunk cache. An expired or altered link gets 403, a version since replaced or deleted 404. Every download \
            and every refused link is written to the audit log. The link format is in docs/links.md.

            Example: meetingfs serve --listen 0.0.0.0:8443 --tls-cert-file server.crt --tls-key-file server.key
            """)

    @Option(help: "Address and port to listen on.")
    var listen = "127.0.0.1:8443"

    @Option(help: "PEM certificate chain: serve https (with --tls-key-file).")
    var tlsCertFile: String?

    @Option(help: "PEM private key of the certificate.")
    var tlsKeyFile: String?

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

        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        defer { try? group.syncShutdownGracefully() }
        let channel = try ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(LinkHandler(fs: fs, logger: logger))
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
