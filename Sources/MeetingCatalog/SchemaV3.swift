/// Migration 3 (Migrations.all).
enum SchemaV3 {
    /// Sharing, and an audit log nobody can rewrite unnoticed (issue 8: access control and audit).
    static let sql = """
        -- A meeting shared by its owner (or an admin) with another user.
        CREATE TABLE meeting_access (
            meeting_id bigint NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            access text NOT NULL CHECK (access IN ('read', 'write')),
            granted_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (meeting_id, user_id)
        );
        CREATE INDEX meeting_access_user ON meeting_access (user_id);

        -- Audit rows never change once written: the user is kept by id and name without a foreign key (removing a
        -- user must not rewrite its rows), each row carries the hash of the one before it, and event_id makes a
        -- replayed batch (its first insert's reply lost) insert nothing twice. Ids are taken by the trigger below.
        ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_user_id_fkey;
        ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT;
        ALTER TABLE audit_log ADD COLUMN user_name text, ADD COLUMN detail text, ADD COLUMN event_id uuid UNIQUE,
            ADD COLUMN prev_hash text, ADD COLUMN hash text;
        CREATE INDEX audit_log_user ON audit_log (user_id, at);
        CREATE INDEX audit_log_action ON audit_log (action, at);

        -- The text a row's hash covers; `meetingfs audit verify` rebuilds it the same way.
        CREATE FUNCTION audit_log_canonical(r audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
            SELECT concat_ws(chr(31), r.id, (extract(epoch FROM r.at) * 1000000)::bigint, coalesce(r.uid::text, ''),
                coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), r.action, r.path, coalesce(r.bytes::text, ''),
                coalesce(r.detail, ''), r.result, r.prev_hash)
        $$;

        -- Chains every new row to the newest one. Writers serialize on a transaction lock and take their id under
        -- it, so the chain follows id order whichever mount commits first; an event already written is skipped.
        -- SECURITY DEFINER: mounts may insert rows but neither read the table nor choose the hashes.
        CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, public AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(4242002);
            IF NEW.event_id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE event_id = NEW.event_id) THEN
                RETURN NULL;
            END IF;
            NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
            NEW.prev_hash := coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '');
            NEW.hash := encode(sha256(convert_to(audit_log_canonical(NEW), 'UTF8')), 'hex');
            RETURN NEW;
        END $$;
        CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
        """
}
