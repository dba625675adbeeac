/// Least privilege in PostgreSQL (design §6): mounts use a role that reads and writes the tables of the file
/// system, may only add rows to audit_log, and owns nothing, so it cannot run DDL. `meetingfs migrate`, run as the
/// database owner, keeps the role's grants in step with the schema.
public enum Privileges {
    public static let mountRole = "meetingfs_mount"

    static let readWriteTables = [
        "users", "meetings", "meeting_access", "temp_areas", "temp_dirs", "files", "user_profiles", "artifacts",
        "speakers", "cache", "jobs", "object_trash", "mounts", "upload_reservations", "storage",
        "file_versions", "file_links",
    ]

    static var statements: [String] {
        [
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(mountRole)') THEN
                    CREATE ROLE \(mountRole) NOLOGIN;
                END IF;
            END $$
            """,
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
            "GRANT USAGE ON SCHEMA public TO \(mountRole)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON \(readWriteTables.joined(separator: ", ")) TO \(mountRole)",
            "GRANT SELECT ON schema_migrations TO \(mountRole)",
            "REVOKE ALL ON audit_log FROM \(mountRole)",
            "GRANT INSERT ON audit_log TO \(mountRole)",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(mountRole)",
        ]
    }

    /// Creates the mount role if needed and grants it what the current schema needs; `loginRoles` (roles mounts
    /// log in as) become members of it.
    public static func apply(to pool: PostgresPool, grantingTo loginRoles: [String] = []) throws {
        try pool.withConnection { connection in
            for statement in statements { try connection.query(statement) }
            for login in loginRoles {
                guard login.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                    throw StartupError("'\(login)' is not a plain role name")
                }
                try connection.query("GRANT \(mountRole) TO \(login)")
            }
        }
    }
}
