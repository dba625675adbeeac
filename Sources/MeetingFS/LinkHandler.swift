import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import MeetingCore
import MeetingFileSystem

/// One HTTP connection of `meetingfs serve`: a request, its answer, then the connection closes. The object is
/// sent piece by piece from the event loop: each piece is read on the server's few reader threads (reads block on
/// S3), written, and the next asked for once it is flushed, so a slow client holds at most one piece in memory and
/// no thread: however many downloads there are, the threads stay the same.
final class LinkHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Small enough that a client reading 9 KB/s completes one within the 30 s idle timeout.
    private static let piece = 256 << 10
    private let fs: FileSystem
    private let readers: NIOThreadPool
    private let logger: Logger
    private var request = RequestHead()

    init(fs: FileSystem, readers: NIOThreadPool, logger: Logger) {
        self.fs = fs
        self.readers = readers
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if let head = request.complete(with: unwrapInboundIn(data)) { answer(head, context: context) }
    }

    private func answer(_ head: HTTPRequestHead, context: ChannelHandlerContext) {
        guard head.method == .GET || head.method == .HEAD else {
            return reply(.methodNotAllowed, "only GET and HEAD\n", context: context, extra: [("Allow", "GET, HEAD")])
        }
        let path = String(head.uri.split(separator: "?", maxSplits: 1).first ?? "")
        let remote = context.remoteAddress?.description ?? "unknown"
        let file: LinkedFile
        do {
            file = try fs.openLink(path: path)
        } catch let refusal as LinkSigner.Refusal {
            fs.recordRefusedLink(path: path, detail: "\(refusal == .expired ? "expired" : "invalid") link from \(remote)", result: EACCES)
            return reply(.forbidden, refusal == .expired ? "this link has expired\n" : "this link is not valid\n", context: context)
        } catch let error as FSError where error.errno == ENOENT {
            return reply(.notFound, "this version of the file no longer exists\n", context: context)
        } catch let error as FSError where error.errno == EACCES {
            fs.recordRefusedLink(path: path, detail: "revoked: \(error.reason) (from \(remote))", result: EACCES)
            return reply(.forbidden, "the user who made this link may no longer read the file\n", context: context)
        } catch {
            logger.error("link not served", metadata: ["path": "\(path)", "error": "\(error)"])
            return reply(.internalServerError, "the file cannot be read now\n", context: context)
        }

        let range = ByteRange(header: head.headers.first(name: "range"), size: file.size)
        var headers = HTTPHeaders([("Content-Type", file.contentType), ("Accept-Ranges", "bytes"), ("Connection", "close"),
                                   ("ETag", "\"\(file.claim.fileId)-\(file.claim.version)\""),
                                   ("Content-Disposition", "attachment; filename*=UTF-8''\(Self.encoded(file.claim.name))")])
        let status: HTTPResponseStatus, start: Int64, length: Int64
        switch range {
        case .whole: (status, start, length) = (.ok, 0, file.size)
        case .partial(let first, let count):
            (status, start, length) = (.partialContent, first, count)
            headers.add(name: "Content-Range", value: "bytes \(first)-\(first + count - 1)/\(file.size)")
        case .unsatisfiable:
            return reply(.rangeNotSatisfiable, "", context: context, extra: [("Content-Range", "bytes */\(file.size)")])
        }
        headers.add(name: "Content-Length", value: String(length))
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        let detail = "\(head.method) \(range == .whole ? "whole" : "bytes \(start)+\(length)") from \(remote)"
        guard head.method == .GET, length > 0 else {
            fs.recordDownload(file, bytes: 0, detail: detail, failure: nil)
            return finish(context)
        }
        stream(file, from: start, length: length, detail: detail, context: NIOLoopBound(context, eventLoop: context.eventLoop))
    }

    private func stream(_ file: LinkedFile, from start: Int64, length: Int64, detail: String,
                        context: NIOLoopBound<ChannelHandlerContext>) {
        let fs = self.fs, logger = self.logger, readers = self.readers, loop = context.eventLoop
        @Sendable func done(sent: Int64, failure: Error?) {
            fs.recordDownload(file, bytes: sent, detail: detail, failure: failure)
            if let failure { logger.error("download stopped", metadata: ["file": "\(file.claim.name)", "bytes": "\(sent)", "error": "\(failure)"]) }
            let context = context.value
            // A body cut short must not look whole: the connection is closed without the end of the message.
            guard failure == nil else { return context.close(promise: nil) }
            context.writeAndFlush(NIOAny(HTTPServerResponsePart.end(nil))).whenComplete { _ in context.close(promise: nil) }
        }
        @Sendable func send(from sent: Int64) {
            guard sent < length else { return done(sent: sent, failure: nil) }
            readers.runIfActive(eventLoop: loop) {
                let data = try file.read(at: start + sent, count: Int(min(Int64(Self.piece), length - sent)))
                guard !data.isEmpty else { throw FSError(EIO, "the object ended early") }
                return data
            }.flatMap { data -> EventLoopFuture<Int> in
                let context = context.value
                let part = HTTPServerResponsePart.body(.byteBuffer(context.channel.allocator.buffer(bytes: data)))
                return context.writeAndFlush(NIOAny(part)).map { data.count }
            }.whenComplete { result in
                switch result {
                case .success(let count): send(from: sent + Int64(count))
                case .failure(let error): done(sent: sent, failure: error)
                }
            }
        }
        send(from: 0)
    }

    private func reply(_ status: HTTPResponseStatus, _ text: String, context: ChannelHandlerContext,
                       extra: [(String, String)] = []) {
        let headers = HTTPHeaders([("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", String(text.utf8.count)),
                                   ("Connection", "close")] + extra)
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))), promise: nil)
        if !text.isEmpty { context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: text)))), promise: nil) }
        finish(context)
    }

    private func finish(_ context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in context.close(promise: nil) }
    }

    private static func encoded(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? name
    }
}
