import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A Redis client for the few commands the result cache needs, on the RESP protocol over one TCP connection.
/// Every call is bounded by the socket timeouts; a failure closes the connection and the next call reconnects.
// @unchecked: wraps a socket descriptor and its read buffer, used only under `lock`.
final class RedisClient: @unchecked Sendable {
    enum Reply: Equatable {
        case status(String), error(String), integer(Int64), bulk([UInt8]?), array([Reply])
    }

    struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    private let host: String
    private let port: UInt16
    private let password: String?
    private let database: Int
    private let timeout: TimeInterval
    private let lock = NSLock()
    private var socket: Int32 = -1
    private var buffer: [UInt8] = []

    /// `redis://[:password@]host:port[/db]`.
    package init(url: String, timeout: TimeInterval = 2) throws {
        guard let parts = URLComponents(string: url), parts.scheme == "redis", let host = parts.host, !host.isEmpty else {
            throw Failure(description: "--redis-url '\(url)' is not redis://[:password@]host:port[/db]")
        }
        self.host = host
        port = UInt16(parts.port ?? 6379)
        password = parts.password?.removingPercentEncoding
        database = Int(parts.path.dropFirst()) ?? 0
        self.timeout = timeout
    }

    deinit { close() }

    /// Sends one command and reads its reply; an error reply is thrown.
    package func call(_ words: [[UInt8]]) throws -> Reply {
        try lock.withLock {
            do {
                if socket < 0 { try connect() }
                let reply = try roundTrip(words)
                if case .error(let message) = reply { throw Failure(description: "redis: \(message)") }
                return reply
            } catch {
                close()
                throw error
            }
        }
    }

    package func call(_ words: String...) throws -> Reply { try call(words.map { Array($0.utf8) }) }

    private func connect() throws {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            throw Failure(description: "redis: cannot resolve \(host)")
        }
        defer { freeaddrinfo(found) }
        let fd = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard fd >= 0 else { throw Failure(description: "redis: socket: \(String(cString: strerror(errno)))") }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - floor(timeout)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        guard Glibc.connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw Failure(description: "redis: cannot connect to \(host):\(port): \(reason)")
        }
        socket = fd
        buffer = []
        if let password, case .error(let message) = try roundTrip([Array("AUTH".utf8), Array(password.utf8)]) {
            throw Failure(description: "redis: AUTH refused: \(message)")
        }
        if database != 0, case .error(let message) = try roundTrip([Array("SELECT".utf8), Array(String(database).utf8)]) {
            throw Failure(description: "redis: SELECT \(database): \(message)")
        }
    }

    private func close() {
        if socket >= 0 { Glibc.close(socket) }
        socket = -1
        buffer = []
    }

    private func roundTrip(_ words: [[UInt8]]) throws -> Reply {
        var request = Array("*\(words.count)\r\n".utf8)
        for word in words { request += Array("$\(word.count)\r\n".utf8) + word + [13, 10] }
        var sent = 0
        while sent < request.count {
            let n = request.withUnsafeBytes { send(socket, $0.baseAddress! + sent, request.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw Failure(description: "redis: send: \(String(cString: strerror(errno)))") }
            sent += n
        }
        return try readReply()
    }

    private func readReply() throws -> Reply {
        let line = try readLine()
        guard let kind = line.first else { throw Failure(description: "redis: empty reply") }
        let text = String(decoding: line.dropFirst(), as: UTF8.self)
        switch kind {
        case UInt8(ascii: "+"): return .status(text)
        case UInt8(ascii: "-"): return .error(text)
        case UInt8(ascii: ":"): return .integer(Int64(text) ?? 0)
        case UInt8(ascii: "$"):
            guard let length = Int(text) else { throw Failure(description: "redis: bad bulk length \(text)") }
            if length < 0 { return .bulk(nil) }
            let body = try readBytes(length + 2)
            return .bulk(Array(body.prefix(length)))
        case UInt8(ascii: "*"):
            guard let count = Int(text) else { throw Failure(description: "redis: bad array length \(text)") }
            return .array(try (0..<max(count, 0)).map { _ in try readReply() })
        default:
            throw Failure(description: "redis: unexpected reply \(text)")
        }
    }

    private func readLine() throws -> [UInt8] {
        while true {
            if let end = buffer.firstIndex(of: 10), end > 0, buffer[end - 1] == 13 {
                let line = Array(buffer[..<(end - 1)])
                buffer.removeFirst(end + 1)
                return line
            }
            try fill()
        }
    }

    private func readBytes(_ count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        let bytes = Array(buffer.prefix(count))
        buffer.removeFirst(count)
        return bytes
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let n = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard n > 0 else {
            throw Failure(description: n == 0 ? "redis: connection closed" : "redis: \(String(cString: strerror(errno)))")
        }
        buffer += chunk.prefix(n)
    }
}
