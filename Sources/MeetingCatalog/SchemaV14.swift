/// Migration 14 (Migrations.all).
enum SchemaV14 {
    /// Quotas (issue 29): bytes a user's files (kept versions included) or a meeting's files may take. Triggers on
    /// files and file_versions check what a change adds, so a commit, a kept version or a rename past a quota is
    /// rolled back whole (SQLSTATE MFQTA, EDQUOT at the mount): nothing partial is published.
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

        -- What a change adds, checked against the quotas it adds to: a file that becomes visible (created, or
        -- inserted ready) or grows adds to its creator's and its meeting's bytes; a file moved into a meeting or
        -- given to a user adds to theirs only; a kept version adds to both. Nothing else is checked, so what
        -- shrinks or stays (a smaller rewrite without kept versions, rekey, archive, a user deleted) is never
        -- refused, even for a holder already past a lowered quota. The triggers are deferred to the commit, so
        -- the sums are of the transaction's end state (a commit keeps the replaced version before it updates
        -- the file: checked at once, the old bytes would count twice). Each quota is locked (transaction-scoped, in
        -- id order: two commits under one quota never pass on the same sum), then summed afresh: plpgsql takes a
        -- new snapshot per statement, so a commit that held the lock and committed is counted.
        CREATE FUNCTION meetingfs_check_quotas() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            q record;
            used bigint;
            owner bigint;
            meeting bigint;
            grows boolean;
        BEGIN
            IF TG_TABLE_NAME = 'file_versions' THEN
                SELECT created_by INTO owner FROM public.files WHERE id = NEW.file_id;
                meeting := NEW.meeting_id;
            ELSE
                grows := TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM 'ready' OR NEW.size > OLD.size;
                owner := CASE WHEN grows OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN NEW.created_by END;
                meeting := CASE WHEN grows OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id THEN NEW.meeting_id END;
            END IF;
            FOR q IN SELECT * FROM public.quotas WHERE user_id = owner OR meeting_id = meeting ORDER BY id LOOP
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
        CREATE CONSTRAINT TRIGGER files_quota AFTER UPDATE ON files DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
            WHEN (NEW.status = 'ready' AND (OLD.status IS DISTINCT FROM 'ready' OR NEW.size > OLD.size
                  OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id
                  OR (NEW.created_by IS DISTINCT FROM OLD.created_by AND NEW.created_by IS NOT NULL)))
            EXECUTE FUNCTION meetingfs_check_quotas();
        CREATE CONSTRAINT TRIGGER files_quota_inserted AFTER INSERT ON files DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
            WHEN (NEW.status = 'ready')
            EXECUTE FUNCTION meetingfs_check_quotas();
        CREATE CONSTRAINT TRIGGER file_versions_quota AFTER INSERT ON file_versions DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION meetingfs_check_quotas();
        """
}
