/// Migration 12 (Migrations.all).
enum SchemaV12 {
    /// The database enforces the roles even against the mounts' own login (issue 24). The grants themselves are
    /// Privileges' (applied on every migrate); this migration changes what they rely on.
    static let sql = """
        -- A user a mount creates (mkdir users/U) is a member without a uid: the mount role may insert only the name.
        ALTER TABLE users ALTER COLUMN role SET DEFAULT 'member';

        -- Who wrote an audit row, as the server knows it (the login, the client's application_name), and the time
        -- the writer reported; `at` is the server's clock as the row is chained (not now(), the transaction's start,
        -- which a writer could hold open to date a row in the past).
        ALTER TABLE audit_log ADD COLUMN db_login text, ADD COLUMN client text, ADD COLUMN reported_at timestamptz;

        -- Rows written before this migration have no db_login and hash exactly as before; later rows also cover
        -- the three new fields (db_login is never null for them, so neither form can pass for the other).
        CREATE OR REPLACE FUNCTION audit_log_canonical(r audit_log) RETURNS text LANGUAGE sql IMMUTABLE
            SET search_path = pg_catalog, pg_temp AS $$
            SELECT concat_ws(chr(31), r.id, (extract(epoch FROM r.at) * 1000000)::bigint, coalesce(r.uid::text, ''),
                coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), r.action, r.path, coalesce(r.bytes::text, ''),
                coalesce(r.detail, ''), r.result, r.prev_hash)
                || CASE WHEN r.db_login IS NULL THEN '' ELSE concat_ws(chr(31), '', r.db_login, coalesce(r.client, ''),
                    coalesce(((extract(epoch FROM r.reported_at) * 1000000)::bigint)::text, '')) END
        $$;

        -- SECURITY DEFINER with pg_temp last and every name qualified: a caller's temporary objects can never
        -- stand in for the table or the functions (PostgreSQL searches pg_temp first unless told otherwise).
        CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            PERFORM pg_catalog.pg_advisory_xact_lock(4242002);
            IF NEW.event_id IS NOT NULL AND EXISTS (SELECT 1 FROM public.audit_log WHERE event_id = NEW.event_id) THEN
                RETURN NULL;
            END IF;
            NEW.reported_at := NEW.at;
            NEW.at := pg_catalog.clock_timestamp();
            NEW.db_login := session_user;
            NEW.client := pg_catalog.left(pg_catalog.current_setting('application_name'), 200);
            NEW.id := pg_catalog.nextval('public.audit_log_id_seq');
            NEW.prev_hash := coalesce((SELECT hash FROM public.audit_log ORDER BY id DESC LIMIT 1), '');
            NEW.hash := pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(public.audit_log_canonical(NEW), 'UTF8')), 'hex');
            RETURN NEW;
        END $$;

        -- Shares are announced like every other change, so mounts drop the one they cached at once (by meeting).
        CREATE FUNCTION meetingfs_announce_share() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            PERFORM pg_notify('meetingfs_changes', json_build_object('table', TG_TABLE_NAME,
                'id', (CASE WHEN TG_OP = 'DELETE' THEN OLD.meeting_id ELSE NEW.meeting_id END)::text)::text);
            RETURN NULL;
        END $$;
        CREATE TRIGGER meeting_access_announce AFTER INSERT OR UPDATE OR DELETE ON meeting_access
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce_share();

        -- The newest row's id and hash, for checkpoints taken by logins that may not read the table (mounts, gc).
        CREATE FUNCTION meetingfs_audit_head(OUT id bigint, OUT hash text) RETURNS record LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
            SELECT a.id, a.hash FROM public.audit_log a ORDER BY a.id DESC LIMIT 1
        $$;
        """
}
