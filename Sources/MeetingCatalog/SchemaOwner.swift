/// Nothing of the schema is owned by a superuser (issue 24): a SECURITY DEFINER function owned by one runs what a
/// caller smuggles into it as superuser. The database and everything in schema public belong to an owner role
/// that is no superuser; `meetingfs migrate` run by a superuser hands them over and then acts as that owner.
enum SchemaOwner {
    /// The owner a superuser hands a database to when the database's own owner is a superuser too.
    static let ownerRole = "meetingfs_owner"

    /// Run first on the migrating connection. For a superuser: creates the owner and mount roles if missing,
    /// gives the owner the database, the tables, sequences and functions of schema public that a superuser owns,
    /// and the right to grant the mount role, then `SET ROLE`s to the owner so that whatever the migration
    /// creates is the owner's too. Any other login must own the database already; nothing is changed for it.
    static func assume(on connection: PostgresConnection) throws {
        let superuser = try connection.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").first?.string("rolsuper") == "t"
        guard superuser else { return }
        try connection.query(handOver)
        try connection.query("""
            DO $$ BEGIN EXECUTE format('SET ROLE %I', (SELECT pg_get_userbyid(datdba) FROM pg_database
                WHERE datname = current_database())); END $$
            """)
    }

    private static let handOver = """
        DO $$
        DECLARE
            owner name := (SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
                           WHERE d.datname = current_database() AND NOT r.rolsuper);
            object record;
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(Privileges.mountRole)') THEN
                CREATE ROLE \(Privileges.mountRole) NOLOGIN;
            END IF;
            IF owner IS NULL THEN
                owner := '\(ownerRole)';
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = owner) THEN
                    CREATE ROLE \(ownerRole) NOLOGIN;
                END IF;
                EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), owner);
            END IF;
            EXECUTE format('GRANT \(Privileges.mountRole) TO %I WITH ADMIN OPTION', owner);
            -- Before PostgreSQL 15 the bootstrap superuser owns schema public.
            IF (SELECT r.rolsuper FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE n.nspname = 'public') THEN
                EXECUTE format('ALTER SCHEMA public OWNER TO %I', owner);
            END IF;
            -- Sequences that belong to a column move with their table.
            FOR object IN
                SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                WHERE n.nspname = 'public' AND r.rolsuper AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                    AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
            LOOP
                EXECUTE format('ALTER %s %s OWNER TO %I',
                    CASE object.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                        ELSE 'TABLE' END, object.name, owner);
            END LOOP;
            FOR object IN
                SELECT p.oid::regprocedure AS name FROM pg_proc p
                JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                WHERE n.nspname = 'public' AND r.rolsuper
            LOOP
                EXECUTE format('ALTER ROUTINE %s OWNER TO %I', object.name, owner);
            END LOOP;
        END $$
        """
}
