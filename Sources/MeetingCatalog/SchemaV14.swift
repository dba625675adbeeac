/// Migration 14 (Migrations.all).
enum SchemaV14 {
    /// Quotas (issue 29): bytes a user's files (kept versions included) or a meeting's files may take. A trigger
    /// on files checks them whenever a version becomes visible or moves, so a commit or rename past a quota is rolled
    /// back whole (SQLSTATE MFQTA, EDQUOT at the mount): nothing partial is published.
    static let sql = """
        CREATE TABLE quotas (
            id bigserial PRIMARY KEY,
            user_id bigint UNIQUE REFERENCES users (id) ON DELETE CASCADE,
            meeting_id bigint UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
            bytes bigint NOT NULL CHECK (bytes > 0),
            set_at timestamptz NOT NULL DEFAULT now(),
            CHECK ((user_id IS NULL) <> (meeting_id IS NULL))
        );
        CREATE INDEX files_created_by ON files (created_by) WHERE created_by IS NOT NULL;
        CREATE INDEX file_versions_file ON file_versions (file_id);

        -- A user's bytes: the visible files they created, and the kept versions of those files.
        CREATE FUNCTION meetingfs_user_bytes(owner bigint) RETURNS bigint LANGUAGE sql STABLE
            SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce((SELECT sum(size) FROM public.files WHERE created_by = owner AND status = 'ready'), 0)
                 + coalesce((SELECT sum(v.size) FROM public.file_versions v JOIN public.files f ON f.id = v.file_id
                             WHERE f.created_by = owner), 0)
        $$;

        -- A meeting's bytes: its visible files and their kept versions.
        CREATE FUNCTION meetingfs_meeting_bytes(meeting bigint) RETURNS bigint LANGUAGE sql STABLE
            SET search_path = pg_catalog, pg_temp AS $$
            SELECT coalesce((SELECT sum(size) FROM public.files WHERE meeting_id = meeting AND status = 'ready'), 0)
                 + coalesce((SELECT sum(size) FROM public.file_versions WHERE meeting_id = meeting), 0)
        $$;

        -- Each quota the row falls under is locked (transaction-scoped, in id order: no two commits under one
        -- quota pass its check at once on the same sum), then summed afresh: plpgsql takes a new snapshot per
        -- statement, so a commit that held the lock and committed is counted.
        CREATE FUNCTION meetingfs_check_quotas() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            q record;
            used bigint;
        BEGIN
            FOR q IN SELECT * FROM public.quotas WHERE user_id = NEW.created_by OR meeting_id = NEW.meeting_id ORDER BY id LOOP
                PERFORM pg_advisory_xact_lock(4242014, q.id::integer);
                used := CASE WHEN q.user_id IS NOT NULL THEN public.meetingfs_user_bytes(q.user_id)
                             ELSE public.meetingfs_meeting_bytes(q.meeting_id) END;
                IF used > q.bytes THEN
                    RAISE EXCEPTION USING ERRCODE = 'MFQTA', MESSAGE = format('%s quota of %s bytes exceeded (%s bytes with this write)',
                        CASE WHEN q.user_id IS NOT NULL THEN 'the user''s' ELSE 'the meeting''s' END, q.bytes, used);
                END IF;
            END LOOP;
            RETURN NULL;
        END $$;
        CREATE TRIGGER files_quota AFTER UPDATE ON files FOR EACH ROW
            WHEN (NEW.status = 'ready' AND (OLD.status IS DISTINCT FROM 'ready' OR NEW.size > OLD.size
                  OR NEW.s3_key IS DISTINCT FROM OLD.s3_key OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id
                  OR NEW.created_by IS DISTINCT FROM OLD.created_by))
            EXECUTE FUNCTION meetingfs_check_quotas();
        """
}
