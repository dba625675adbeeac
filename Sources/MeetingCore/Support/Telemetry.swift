import Foundation
import Metrics

/// What the store counts and times, through swift-metrics. The daemon exports it in Prometheus's text format
/// (`--metrics-listen`); where no metrics backend was bootstrapped (commands, tests) every call is a no-op.
/// The fixed handles are made on first use, so a backend must be bootstrapped before the store starts working.
/// docs/metrics.md lists every name.
public enum Telemetry {
    // MARK: S3

    /// One S3 request (each retry is a request of its own): its kind and answer, e.g. ("get", "206").
    package static func s3Request(kind: String, status: String, started: UInt64) {
        Counter(label: "meetingfs_s3_requests_total", dimensions: [("kind", kind), ("status", status)]).increment()
        Timer(label: "meetingfs_s3_request_duration_seconds", dimensions: [("kind", kind)])
            .recordNanoseconds(Int64(now() - started))
    }

    package static let s3ReceivedBytes = Counter(label: "meetingfs_s3_received_bytes_total")
    package static let s3SentBytes = Counter(label: "meetingfs_s3_sent_bytes_total")
    /// PUTs and parts being sent right now.
    package static let uploadsInFlight = Meter(label: "meetingfs_uploads_in_flight")

    /// 1 while a gateway of the endpoint list gets traffic, 0 from its failure until a probe sees it answer.
    package static func s3EndpointUp(_ endpoint: String, up: Bool) {
        Gauge(label: "meetingfs_s3_endpoint_up", dimensions: [("endpoint", endpoint)]).record(up ? 1 : 0)
    }
    /// Requests moved to another gateway after theirs failed.
    package static let s3Failovers = Counter(label: "meetingfs_s3_endpoint_failovers_total")

    /// The kind of an S3 request, from what the request looks like (so `send` needs no extra argument).
    package static func s3Kind(method: String, key: String, query: [(String, String)]) -> String {
        let names = Set(query.map(\.0))
        switch method {
        case "GET": return names.contains("uploads") ? "list_multipart" : key.isEmpty ? "list" : "get"
        case "HEAD": return "head"
        case "PUT": return names.contains("partNumber") ? "upload_part" : key.isEmpty ? "create_bucket" : "put"
        case "POST": return names.contains("uploadId") ? "complete_multipart" : "create_multipart"
        case "DELETE": return names.contains("uploadId") ? "abort_multipart" : key.isEmpty ? "delete_bucket" : "delete"
        default: return "other"
        }
    }

    // MARK: PostgreSQL

    /// Runs one statement, or one pipeline of statements sent in one round trip, timed under `statement`.
    package static func timedQuery<T>(_ statement: String, _ body: () throws -> T) throws -> T {
        let started = now()
        let timer = Timer(label: "meetingfs_pg_query_duration_seconds", dimensions: [("statement", statement)])
        do {
            let result = try body()
            timer.recordNanoseconds(Int64(now() - started))
            return result
        } catch {
            timer.recordNanoseconds(Int64(now() - started))
            pgErrors.increment()
            throw error
        }
    }

    static let pgErrors = Counter(label: "meetingfs_pg_errors_total")

    private static let statementKinds: Set<String> = ["select", "insert", "update", "delete", "with", "begin", "commit",
                                                      "rollback", "set", "lock", "create", "alter"]

    /// The label of a statement: its first keyword, so the label stays one of a few values.
    package static func statementKind(_ sql: String) -> String {
        let keyword = String(sql.drop(while: { $0.isWhitespace }).prefix(while: { $0.isLetter })).lowercased()
        return statementKinds.contains(keyword) ? keyword : "other"
    }

    // MARK: Chunk cache

    /// Chunks served from recent chunks in memory, or from the disk cache.
    package static let memoryHits = Counter(label: "meetingfs_cache_hits_total", dimensions: [("tier", "memory")])
    package static let diskHits = Counter(label: "meetingfs_cache_hits_total", dimensions: [("tier", "disk")])
    /// Chunks in neither: fetched from S3.
    package static let cacheMisses = Counter(label: "meetingfs_cache_misses_total")
    package static let cacheEvictions = Counter(label: "meetingfs_cache_evictions_total")
    package static let cacheWrittenBytes = Counter(label: "meetingfs_cache_written_bytes_total")

    // MARK: Coherence

    /// 1 while the mount listens for other mounts' changes, 0 while it reconnects.
    package static let listening = Gauge(label: "meetingfs_change_listener_connected")
    package static let changesApplied = Counter(label: "meetingfs_changes_applied_total")
    /// Times every cache was dropped because changes may have gone unheard.
    package static let resyncs = Counter(label: "meetingfs_change_resyncs_total")

    // MARK: Mount lease

    /// When this mount last renewed its lease (Unix seconds): an alert fires when it falls behind.
    package static let leaseRenewed = Gauge(label: "meetingfs_mount_lease_renewed_timestamp_seconds")

    // MARK: PostgreSQL replication

    /// Standbys streaming from the primary the mount is connected to, seen at each lease renewal.
    package static let postgresStandbys = Gauge(label: "meetingfs_postgres_standbys")
    /// Standbys the PostgreSQL URL names (its hosts but one): fewer streaming is an alert.
    package static let postgresStandbysExpected = Gauge(label: "meetingfs_postgres_standbys_expected")

    package static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Makes the fixed handles at once, so the first scrape shows them at 0 rather than not at all.
    public static func start() {
        _ = [s3ReceivedBytes, s3SentBytes, pgErrors, memoryHits, diskHits, cacheMisses, cacheEvictions, cacheWrittenBytes,
             changesApplied, resyncs]
        _ = (uploadsInFlight, leaseRenewed, listening, postgresStandbys, postgresStandbysExpected)
    }
}
