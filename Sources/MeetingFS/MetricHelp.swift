/// The HELP line of every metric the mount exports (swift-metrics carries no help text, so the scrape adds it).
/// docs/metrics.md explains the same names; a metric missing here fails `promtool check metrics`.
enum MetricHelp {
    static let texts: [String: String] = [
        "meetingfs_fuse_request_duration_seconds": "Time to answer a FUSE request, by operation.",
        "meetingfs_fuse_errors_total": "FUSE requests answered with an error, by operation and errno.",
        "meetingfs_server_connections_refused_total": "Connections closed as they came because the server held its maximum, by server.",
        "meetingfs_read_bytes_total": "Bytes returned to readers of the mount.",
        "meetingfs_written_bytes_total": "Bytes written by writers to the mount.",
        "meetingfs_pipeline_files_invalid_total": "Files the pipeline reads (speakers.json, voice profiles) stored but not used: their status says why.",
        "meetingfs_uploads_lost_total": "Versions whose upload or commit failed at the release of their last handle, with nobody to tell.",
        "meetingfs_s3_requests_total": "S3 requests (each retry counts), by kind and HTTP status (error: no answer).",
        "meetingfs_s3_request_duration_seconds": "Time of one S3 request, by kind.",
        "meetingfs_s3_received_bytes_total": "Bytes received from S3.",
        "meetingfs_s3_sent_bytes_total": "Bytes sent to S3.",
        "meetingfs_uploads_in_flight": "S3 PUTs and part uploads being sent now.",
        "meetingfs_pg_query_duration_seconds": "Time of one PostgreSQL statement or pipeline, by its first keyword.",
        "meetingfs_pg_errors_total": "PostgreSQL statements or pipelines that failed.",
        "meetingfs_cache_hits_total": "Chunks served without S3, from memory or from the disk cache.",
        "meetingfs_cache_misses_total": "Chunks not in the disk cache, fetched from S3.",
        "meetingfs_cache_evictions_total": "Chunks evicted from the disk cache to stay within its size.",
        "meetingfs_cache_written_bytes_total": "Bytes written to the disk cache.",
        "meetingfs_cache_bytes": "Bytes the disk cache holds.",
        "meetingfs_cache_budget_bytes": "The disk cache's size limit (cache.size).",
        "meetingfs_cache_volume_free_bytes": "Free bytes of the volume holding the chunk cache and staging files.",
        "meetingfs_open_handles": "Open file handles on this mount.",
        "meetingfs_write_sessions": "Files being written on this mount and not yet closed.",
        "meetingfs_stored_bytes": "Bytes of committed files and kept versions, all mounts (what a capacity is measured against).",
        "meetingfs_stored_files": "Committed files, all mounts.",
        "meetingfs_capacity_bytes": "The storage capacity configured with --capacity (mount.capacity).",
        "meetingfs_mount_leases_stale": "Mounts whose lease expired without being released (crashed or hung daemons).",
        "meetingfs_mount_lease_renewed_timestamp_seconds": "When this mount last renewed its lease, Unix seconds.",
        "meetingfs_postgres_standbys": "Replication connections to the primary this mount is connected to, at the last lease renewal.",
        "meetingfs_postgres_standbys_expected": "Standbys the PostgreSQL URL names (its hosts but one).",
        "meetingfs_s3_endpoint_up": "1 while an S3 gateway of the list gets traffic, 0 from its failure until a probe sees it answer.",
        "meetingfs_s3_endpoint_failovers_total": "S3 requests moved to another gateway after theirs failed.",
        "meetingfs_change_listener_connected": "1 while this mount listens for other mounts' changes, 0 while it reconnects.",
        "meetingfs_changes_applied_total": "Changes of other mounts and commands this mount dropped from its caches.",
        "meetingfs_change_resyncs_total": "Times this mount dropped every cache because changes may have gone unheard.",
    ]

    /// The scrape with a HELP line before each TYPE line.
    static func annotate(_ text: [UInt8]) -> [UInt8] {
        var out = ""
        for line in String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("# TYPE "), let name = line.split(separator: " ").dropFirst(2).first,
                let help = texts[String(name)] {
                out += "# HELP \(name) \(help)\n"
            }
            out += line
            out += "\n"
        }
        return Array(out.dropLast().utf8)
    }
}
