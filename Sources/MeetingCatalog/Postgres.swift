import CPostgres
import Foundation
import MeetingCore

public enum DatabaseError: Error, CustomStringConvertible {
    case connection(String)
    case query(sqlState: String, message: String)

    public var description: String {
        switch self {
        case .connection(let message): return "PostgreSQL unreachable: \(message)"
        case .query(let state, let message): return "PostgreSQL error \(state): \(message)"
        }
    }

    /// The server's or libpq's words on one line (libpq's connection errors span several).
    public var message: String {
        let text: String
        switch self {
        case .connection(let message), .query(_, let message): text = message
        }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\t" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    public var sqlState: String? {
        if case .query(let state, _) = self { return state }
        return nil
    }

    static let uniqueViolation = "23505"
    /// Raised by the files_quota trigger (SchemaV14): the change would take a user or a meeting past its quota.
    package static let quotaExceeded = "MFQTA"

    /// The server refused a value (SQLSTATE class 22): sending it again is refused again.
    package var isDataException: Bool { sqlState?.hasPrefix("22") ?? false }

    /// The node is gone or no longer the primary: the connection is lost (no SQLSTATE), a connection exception
    /// (class 08), a read-only transaction on a demoted primary (25006), or the server shutting down or
    /// restarting (57P01-57P03). The connection is dropped, and the statement can go to the new primary.
    /// Refusals at connect (a wrong password, no such role or database, no HBA entry, a certificate refused) and a
    /// pool with no free connection are not failovers: waiting would not change them.
    package var isFailover: Bool {
        guard let state = sqlState else {
            let text = message.lowercased()
            return !Self.permanentRefusals.contains { text.contains($0) }
        }
        return state.hasPrefix("08") || ["25006", "57P01", "57P02", "57P03"].contains(state)
    }

    private static let permanentRefusals = [
        "password authentication failed", "does not exist", "no pg_hba.conf entry", "certificate", "no password supplied",
        "no free connection", "invalid connection option", "invalid sslmode", "missing \"=\"",
    ]
}

/// Rows of one result, as text (the file system's columns are all small and text-decodable).
public struct Rows: Sendable {
    public let values: [[String?]]
    public let affected: Int
    /// Column positions by name, built once per result rather than searched for every field of every row.
    private let positions: [String: Int]

    package init(columns: [String], values: [[String?]], affected: Int) {
        self.values = values
        self.affected = affected
        positions = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var count: Int { values.count }
    public var isEmpty: Bool { values.isEmpty }

    public func row(_ index: Int) -> Row { Row(positions: positions, values: values[index]) }
    public var all: [Row] { values.map { Row(positions: positions, values: $0) } }
    public var first: Row? { values.first.map { Row(positions: positions, values: $0) } }
}

public struct Row: Sendable {
    package let positions: [String: Int]
    package let values: [String?]

    public subscript(_ name: String) -> String? {
        guard let index = positions[name] else { preconditionFailure("no column \(name)") }
        return values[index]
    }

    public func string(_ name: String) -> String { self[name] ?? "" }
    public func int(_ name: String) -> Int64 { Int64(self[name] ?? "") ?? 0 }
    public func optionalInt(_ name: String) -> Int64? { self[name].flatMap { Int64($0) } }
    public func bool(_ name: String) -> Bool { self[name] == "t" }
}

/// SQL with its text parameters ($1, $2, ...; nil is NULL).
public typealias Statement = (sql: String, parameters: [String?])

/// One libpq connection. Not thread-safe: the pool hands it to one caller at a time.
public final class PostgresConnection {
    package let connection: OpaquePointer
    /// Statements with parameters are prepared on first use and run by name after: the server parses and plans
    /// each of the file system's few statements once per connection, not on every call.
    private var prepared: [String: String] = [:]

    package init(url: String, statementTimeoutMs: Int) throws {
        // Bounds so that a dead or wedged server fails a call instead of hanging it.
        // connect_timeout comes before the URL, so one given in the URL wins.
        // Of several hosts, only the primary takes writes: libpq tries each until one is (a URL may say otherwise).
        let keywords = ["connect_timeout", "target_session_attrs", "dbname", "options", "tcp_user_timeout", "keepalives_idle", "keepalives_interval",
                        "keepalives_count", "application_name"]
        let values = ["5", Self.namesSeveralHosts(url) ? "read-write" : "any", url, "-c statement_timeout=\(statementTimeoutMs) -c lock_timeout=\(statementTimeoutMs) -c client_min_messages=warning",
                      String(statementTimeoutMs), "5", "2", "3", "meetingfs"]
        let keywordPointers = keywords.map { strdup($0) } + [nil]
        let valuePointers = values.map { strdup($0) } + [nil]
        defer {
            keywordPointers.forEach { free($0) }
            valuePointers.forEach { free($0) }
        }
        let made: OpaquePointer? = keywordPointers.map { UnsafePointer($0) }.withUnsafeBufferPointer { k in
            valuePointers.map { UnsafePointer($0) }.withUnsafeBufferPointer { v in
                PQconnectdbParams(k.baseAddress, v.baseAddress, 1)
            }
        }
        guard let made else { throw DatabaseError.connection("out of memory") }
        connection = made
        // deinit finishes the connection, also when this initializer throws.
        guard PQstatus(connection) == CONNECTION_OK else {
            throw DatabaseError.connection(String(cString: PQerrorMessage(connection))
                .trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    deinit { PQfinish(connection) }

    private static func namesSeveralHosts(_ url: String) -> Bool { ((try? ConnectionString(url))?.hostCount ?? 1) > 1 }

    var isHealthy: Bool { !broken && PQstatus(connection) == CONNECTION_OK }
    private var broken = false

    /// Not to be reused: it failed in a way that leaves it on the wrong node or in an unknown state.
    func discard() { broken = true }

    /// Whether an idle connection still works. The server says goodbye before it closes a connection (restart,
    /// shutdown, terminated backend), and an idle connection that hears nothing else has anything to read only
    /// then: such a connection is not handed out. Costs one poll, no round trip.
    var isUsableAfterIdle: Bool {
        guard isHealthy else { return false }
        var socket = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
        return poll(&socket, 1, 0) == 0
    }

    /// Runs one statement with text parameters ($1, $2, ...); nil is SQL NULL.
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws -> Rows {
        try Telemetry.timedQuery(Telemetry.statementKind(sql)) { try run(sql, parameters) }
    }

    private func run(_ sql: String, _ parameters: [String?]) throws -> Rows {
        let copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        // Without parameters the simple protocol runs it, which also accepts several statements (migrations).
        if parameters.isEmpty { return try check(PQexec(connection, sql)) }
        let name = try statement(for: sql, parameterCount: parameters.count)
        return try check(copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { params in
            PQexecPrepared(connection, name, Int32(parameters.count), params.baseAddress, nil, nil, 0)
        })
    }

    /// Runs statements one after another in one round trip (libpq's pipeline mode), e.g. the rest of a transaction
    /// with its COMMIT. The server skips the statements after a failing one; the first error is thrown.
    @discardableResult
    public func pipeline(_ statements: [Statement]) throws -> [Rows] {
        try Telemetry.timedQuery("pipeline") { try runPipeline(statements) }
    }

    private func runPipeline(_ statements: [Statement]) throws -> [Rows] {
        // Statements are prepared before: preparing waits for an answer, which pipeline mode does not allow.
        let names = try statements.map { try statement(for: $0.sql, parameterCount: $0.parameters.count) }
        guard PQenterPipelineMode(connection) == 1 else { throw DatabaseError.connection(errorMessage) }
        defer { PQexitPipelineMode(connection) }
        for (name, statement) in zip(names, statements) {
            let copies = statement.parameters.map { $0.map { strdup($0) } ?? nil }
            defer { copies.forEach { free($0) } }
            let sent = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { params in
                PQsendQueryPrepared(connection, name, Int32(copies.count), params.baseAddress, nil, nil, 0)
            }
            guard sent == 1 else { try abandonPipeline() }
        }
        guard PQpipelineSync(connection) == 1 else { try abandonPipeline() }
        var results: [Rows] = []
        var firstError: Error?
        for _ in statements {
            // Each statement's results end with a NULL.
            while let result = PQgetResult(connection) {
                if PQresultStatus(result) == PGRES_PIPELINE_ABORTED {
                    PQclear(result)
                    continue
                }
                do { results.append(try check(result)) } catch { firstError = firstError ?? error }
            }
        }
        guard let sync = PQgetResult(connection) else { try abandonPipeline() }
        let synced = PQresultStatus(sync) == PGRES_PIPELINE_SYNC
        PQclear(sync)
        guard synced else { try abandonPipeline() }
        if let firstError { throw firstError }
        return results
    }

    /// A pipeline that could not be sent or read whole leaves the connection in an unknown state: it is not reused.
    private func abandonPipeline() throws -> Never {
        broken = true
        throw DatabaseError.connection("pipeline failed: \(errorMessage)")
    }

    private var errorMessage: String {
        String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The name `sql` is prepared under on this connection, preparing it the first time.
    private func statement(for sql: String, parameterCount: Int) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "s\(prepared.count)"
        _ = try check(PQprepare(connection, name, sql, Int32(parameterCount), nil))
        prepared[sql] = name
        return name
    }

    /// The rows of a result, or its error thrown; the result is freed either way.
    private func check(_ result: OpaquePointer?) throws -> Rows {
        guard let result else {
            throw DatabaseError.connection(String(cString: PQerrorMessage(connection)))
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
            return Self.rows(of: result)
        default:
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
            let message = String(cString: PQresultErrorMessage(result)).trimmingCharacters(in: .whitespacesAndNewlines)
            if !isHealthy || state.isEmpty { throw DatabaseError.connection(message) }
            throw DatabaseError.query(sqlState: state, message: message)
        }
    }

    private static func rows(of result: OpaquePointer) -> Rows {
        let rowCount = Int(PQntuples(result))
        let columnCount = Int(PQnfields(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        var values: [[String?]] = []
        values.reserveCapacity(rowCount)
        for r in 0..<rowCount {
            values.append((0..<columnCount).map { c in
                PQgetisnull(result, Int32(r), Int32(c)) == 1 ? nil : String(cString: PQgetvalue(result, Int32(r), Int32(c)))
            })
        }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return Rows(columns: columns, values: values, affected: affected)
    }
}

/// Backoff within a failover window: 50 ms growing to 1 s between attempts, until the window ends.
package struct FailoverRetry {
    private let deadline: Date
    private var delay = 0.05

    package init(window: TimeInterval) { deadline = Date().addingTimeInterval(window) }

    /// Sleeps before the next attempt; false once the window has no room for one.
    package mutating func waitAgain() -> Bool {
        guard deadline.timeIntervalSinceNow > delay else { return false }
        Thread.sleep(forTimeInterval: delay)
        delay = min(delay * 3, 1)
        return true
    }
}

/// A bounded pool of connections. A connection that broke is dropped, so the next call reconnects: the file
/// system recovers by itself once PostgreSQL is back.
// @unchecked: holds libpq connection pointers (PGconn), each used by one thread at a time, under `lock`.
public final class PostgresPool: @unchecked Sendable {
    package let url: String
    private let statementTimeoutMs: Int
    private let lock = NSCondition()
    private var idle: [PostgresConnection] = []
    private var open = 0
    /// The server processes of the open connections: a NOTIFY from one of them is this pool's own change.
    private var backends: Set<Int32> = []
    private let capacity: Int
    /// How long a lost server is waited for: failing to connect (and, for idempotent calls, a connection lost
    /// or left on a node that is no longer the primary) is retried until then.
    public let failoverTimeout: TimeInterval
    /// The servers the URL names: more than one is a primary with standbys.
    public let hostCount: Int

    /// `failoverTimeout`: a mount waits out a primary's failover (60 s by default, `--postgres-failover-timeout`);
    /// a one-shot command, by default, only a restart's first seconds.
    public init(url: String, capacity: Int = 8, statementTimeout: TimeInterval = 10, failoverTimeout: TimeInterval? = nil) {
        // One attempt may outlast the window by its statement timeout and its connection attempts; the mount
        // lease (PostgresCatalog.leaseTTL) allows for both.
        self.url = url
        self.capacity = capacity
        statementTimeoutMs = Int(statementTimeout * 1000)
        self.failoverTimeout = failoverTimeout ?? min(3, statementTimeout > 0 ? statementTimeout : 3)
        hostCount = (try? ConnectionString(url))?.hostCount ?? 1
    }

    /// Runs `body` on a connection. Failing to connect is retried with backoff for up to `failoverTimeout`
    /// (nothing ran yet, so that is always safe); a connection lost under `body`, or found on a demoted primary,
    /// is dropped and retried the same way only if the caller says `body` is idempotent.
    public func withConnection<T>(idempotent: Bool = false, _ body: (PostgresConnection) throws -> T) throws -> T {
        var retry = FailoverRetry(window: failoverTimeout)
        while true {
            let connection: PostgresConnection
            do {
                connection = try checkout()
            } catch let error as DatabaseError where error.isFailover && retry.waitAgain() {
                continue
            }
            do {
                let value = try body(connection)
                checkin(connection)
                return value
            } catch let error as DatabaseError where error.isFailover {
                connection.discard()
                checkin(connection)
                guard idempotent && retry.waitAgain() else { throw error }
            } catch {
                checkin(connection)
                throw error
            }
        }
    }

    /// Runs `body` in one transaction: committed if it returns, rolled back if it throws.
    public func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        try withConnection { connection in
            try connection.query("BEGIN")
            do {
                let value = try body(connection)
                try connection.query("COMMIT")
                return value
            } catch {
                _ = try? connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// A transaction in one round trip: BEGIN, the statements and COMMIT in one pipeline (rolled back if one fails,
    /// which also makes the server skip the rest). Returns each statement's rows. `idempotent` as for `withConnection`.
    @discardableResult
    public func pipelinedTransaction(_ statements: [Statement], idempotent: Bool = false) throws -> [Rows] {
        try withConnection(idempotent: idempotent) { connection in
            do {
                return Array(try connection.pipeline([("BEGIN", [])] + statements + [("COMMIT", [])]).dropFirst().dropLast())
            } catch {
                _ = try? connection.query("ROLLBACK")
                throw error
            }
        }
    }

    /// One statement. `idempotent`: running it twice does no harm, so a connection that breaks under it is
    /// retried (reads, and writes that set absolute values).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = [], idempotent: Bool = false) throws -> Rows {
        try withConnection(idempotent: idempotent) { try $0.query(sql, parameters) }
    }

    /// A read: retried on a broken connection.
    public func read(_ sql: String, _ parameters: [String?] = []) throws -> Rows {
        try query(sql, parameters, idempotent: true)
    }

    /// Whether the server process `pid` serves one of this pool's connections.
    public func serves(backend pid: Int32) -> Bool { lock.withLock { backends.contains(pid) } }

    private func checkout() throws -> PostgresConnection {
        lock.lock()
        while idle.isEmpty && open >= capacity {
            if !lock.wait(until: Date().addingTimeInterval(Double(statementTimeoutMs) / 1000)) {
                lock.unlock()
                throw DatabaseError.connection("no free connection within the timeout")
            }
        }
        while let connection = idle.popLast() {
            if connection.isUsableAfterIdle {
                lock.unlock()
                return connection
            }
            open -= 1  // the server closed it (e.g. restarted): dropped, and a new one made below
            backends.remove(connection.backendPid)
        }
        open += 1
        lock.unlock()
        do {
            let connection = try PostgresConnection(url: url, statementTimeoutMs: statementTimeoutMs)
            lock.withLock { _ = backends.insert(connection.backendPid) }
            return connection
        } catch {
            lock.lock()
            open -= 1
            lock.signal()
            lock.unlock()
            throw error
        }
    }

    private func checkin(_ connection: PostgresConnection) {
        lock.lock()
        if connection.isHealthy {
            idle.append(connection)
        } else {
            open -= 1
            backends.remove(connection.backendPid)
        }
        lock.signal()
        lock.unlock()
    }
}
