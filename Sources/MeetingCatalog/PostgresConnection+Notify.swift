import CPostgres
import Foundation

/// LISTEN on a connection of its own: PostgreSQL delivers each NOTIFY of a committed transaction to every session
/// listening on the channel, with the process id of the session that sent it.
extension PostgresConnection {
    struct Notification {
        let senderPid: Int32
        let payload: String
    }

    /// The server process serving this connection (the sender id of its NOTIFYs).
    var backendPid: Int32 { PQbackendPID(connection) }

    package func listen(_ channel: String) throws {
        try query("LISTEN \(channel)")
    }

    /// Waits up to `timeout` seconds for notifications and returns those that arrived (none on a timeout). Throws
    /// once the connection is lost: messages may have been missed since.
    func notifications(waitingUpTo timeout: TimeInterval) throws -> [Notification] {
        var socket = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
        let ready = poll(&socket, 1, Int32(timeout * 1000))
        guard ready >= 0 || errno == EINTR else { throw DatabaseError.connection("poll: \(String(cString: strerror(errno)))") }
        if ready > 0, PQconsumeInput(connection) == 0 || PQstatus(connection) != CONNECTION_OK {
            throw DatabaseError.connection(String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        var arrived: [Notification] = []
        while let notify = PQnotifies(connection) {
            arrived.append(Notification(senderPid: notify.pointee.be_pid, payload: String(cString: notify.pointee.extra)))
            PQfreemem(notify)
        }
        return arrived
    }
}

/// Announcements on one channel for a command that waits on them (a worker's claim, `meeting watch`), on a
/// connection of its own.
public final class ChannelSubscription {
    private let connection: PostgresConnection

    public init(url: String, channel: String) throws {
        connection = try PostgresConnection(url: url, statementTimeoutMs: 10_000)
        try connection.listen(channel)
    }

    /// The payloads that arrive within `timeout` seconds (none on a timeout); throws once the connection is lost.
    public func payloads(waitingUpTo timeout: TimeInterval) throws -> [String] {
        try connection.notifications(waitingUpTo: timeout).map(\.payload)
    }
}
