import Foundation
import MeetingCore

/// Versioned schema changes, applied in order, each in one transaction with its schema_migrations row.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String
}

public enum Migrations {
    public static let all: [Migration] = [
        Migration(version: 1, name: "initial schema", sql: Schema.v1),
        Migration(version: 2, name: "mount leases, upload reservations, bucket", sql: Schema.v2),
        Migration(version: 3, name: "sharing, hash-chained audit log", sql: SchemaV3.sql),
        Migration(version: 4, name: "SSE-C key fingerprint of each file's object", sql: SchemaV4.sql),
        Migration(version: 5, name: "temp areas keep their time-to-live", sql: SchemaV5.sql),
        Migration(version: 6, name: "file versions, archive, legal hold", sql: SchemaV6.sql),
        Migration(version: 7, name: "changes announced to every mount", sql: SchemaV7.sql),
        Migration(version: 8, name: "a commit refused inside its own pipeline", sql: SchemaV8.sql),
        Migration(version: 9, name: "temp areas as a POSIX file system: special nodes, nanosecond times, directory times", sql: SchemaV9.sql),
        Migration(version: 10, name: "hard links in temp areas", sql: SchemaV10.sql),
        Migration(version: 11, name: "access times of their own", sql: SchemaV11.sql),
        Migration(version: 12, name: "the database enforces the roles: server-side audit times and writers", sql: SchemaV12.sql),
        Migration(version: 13, name: "the pipeline: claimable jobs, stages, meeting status, speakers, voice profiles", sql: SchemaV13.sql),
        Migration(version: 14, name: "quotas of users and meetings", sql: SchemaV14.sql),
        Migration(version: 15, name: "a meeting's status without a scan of every file", sql: SchemaV15.sql),
    ]

    /// Applies what is missing, grants the mount role what the schema needs (`loginRoles` become its members),
    /// and returns the versions applied now. Run by a superuser, it first hands the schema to a non-superuser
    /// owner and acts as that (SchemaOwner). Concurrent callers serialize on an advisory lock, so two daemons
    /// starting at once cannot apply a migration twice.
    @discardableResult
    public static func apply(to pool: PostgresPool, grantingTo loginRoles: [String] = [],
                             log: (String) -> Void = { _ in }) throws -> [Int] {
        try pool.withConnection { connection in
            try connection.query("SELECT pg_advisory_lock(4242001)")
            defer {
                _ = try? connection.query("RESET ROLE")
                _ = try? connection.query("SELECT pg_advisory_unlock(4242001)")
            }
            try SchemaOwner.assume(on: connection)
            try connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version integer PRIMARY KEY,
                    name text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """)
            let done = Set(try connection.query("SELECT version FROM schema_migrations").all.map { Int($0.int("version")) })
            var applied: [Int] = []
            for migration in all where !done.contains(migration.version) {
                log("applying migration \(migration.version): \(migration.name)")
                try connection.query("BEGIN")
                do {
                    try connection.query(migration.sql)
                    try connection.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                                         [String(migration.version), migration.name])
                    try connection.query("COMMIT")
                } catch {
                    _ = try? connection.query("ROLLBACK")
                    throw error
                }
                applied.append(migration.version)
            }
            try connection.query("BEGIN")
            do {
                try Privileges.apply(on: connection, grantingTo: loginRoles)
                try connection.query("COMMIT")
            } catch {
                _ = try? connection.query("ROLLBACK")
                throw error
            }
            return applied
        }
    }

    /// Refuses a database whose schema is not this binary's: mounts cannot run DDL, the owner migrates.
    package static func requireCurrent(_ pool: PostgresPool) throws {
        let current = (try? currentVersion(of: pool)) ?? 0
        let latest = all.last?.version ?? 0
        guard current != latest else { return }
        throw StartupError(current < latest
            ? "the database schema is at version \(current), this meetingfs needs \(latest): run `meetingfs migrate` with the database owner's URL"
            : "the database schema is at version \(current), newer than this meetingfs (\(latest)): upgrade meetingfs")
    }

    public static func currentVersion(of pool: PostgresPool) throws -> Int {
        let rows = try pool.query("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")
        return Int(rows.first?.int("v") ?? 0)
    }
}
