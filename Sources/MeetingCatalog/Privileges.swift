import MeetingCore
/// Least privilege in PostgreSQL (design §6, issue 24): mounts use a role that reads and writes the tables of the
/// file system, reads but cannot change who may do what (users' names, uids and roles, shares, legal holds), may
/// only add rows to audit_log, owns nothing, cannot create anything (no DDL, no temporary tables) and runs no
/// function as anyone else but the audit chain's. `meetingfs migrate`, run as the database owner, keeps the
/// role's grants in step with the schema.
public enum Privileges {
    public static let mountRole = "meetingfs_mount"

    static let readWriteTables = [
        "temp_areas", "temp_dirs", "files", "user_profiles", "artifacts", "speakers", "cache", "jobs", "object_trash",
        "mounts", "upload_reservations", "storage", "file_versions", "file_links",
    ]

    package static var statements: [String] {
        [
            """
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(mountRole)') THEN
                    CREATE ROLE \(mountRole) NOLOGIN;
                END IF;
                EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
            END $$
            """,
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, \(mountRole)",
            "GRANT USAGE ON SCHEMA public TO \(mountRole)",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON \(readWriteTables.joined(separator: ", ")) TO \(mountRole)",
            "GRANT SELECT ON users, meetings, meeting_access, schema_migrations, quotas TO \(mountRole)",
            // mkdir users/U names a member without a uid; chmod, chown and utimens of its directory; rmdir.
            "GRANT INSERT (name), UPDATE (mode, uid, gid, updated_at), DELETE ON users TO \(mountRole)",
            // Everything a mount does to a meeting but its owner and its legal hold.
            "GRANT INSERT (public_id, owner_id, mode, uid, gid), UPDATE (status, mode, uid, gid, updated_at), DELETE ON meetings TO \(mountRole)",
            "GRANT INSERT ON audit_log TO \(mountRole)",
            // PUBLIC may run any function by default; a restore without privileges would give this one back.
            "REVOKE ALL ON FUNCTION meetingfs_audit_head() FROM PUBLIC",
            "GRANT EXECUTE ON FUNCTION meetingfs_audit_head() TO \(mountRole)",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO \(mountRole)",
        ]
    }

    /// Creates the mount role if needed and grants it what the current schema needs; `loginRoles` (roles mounts
    /// log in as) become members of it.
    package static func apply(on connection: PostgresConnection, grantingTo loginRoles: [String]) throws {
        for statement in statements { try connection.query(statement) }
        for login in loginRoles {
            guard login.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw StartupError("'\(login)' is not a plain role name")
            }
            try connection.query("GRANT \(mountRole) TO \(login)")
        }
    }
}
