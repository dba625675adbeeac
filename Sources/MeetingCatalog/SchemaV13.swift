/// Migration 13 (Migrations.all).
enum SchemaV13 {
    /// The pipeline's storage contract (issue 27): jobs workers claim with a lease, stages named by the config file,
    /// a meeting status derived from files and jobs, speakers with their embeddings, one voice profile per user and
    /// model, and a note on a file whose contents the pipeline could not use.
    static let sql = """
        -- Stage names come from the config file; 'cancelled' is a job of a version that a newer one replaced.
        ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check, DROP CONSTRAINT jobs_state_check;
        ALTER TABLE jobs
            ADD CONSTRAINT jobs_kind_check CHECK (kind ~ '^[a-z][a-z0-9_-]{0,62}$'),
            ADD CONSTRAINT jobs_state_check CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
            ADD COLUMN file_version integer,
            ADD COLUMN max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
            ADD COLUMN lease_seconds integer NOT NULL DEFAULT 600 CHECK (lease_seconds > 0),
            ADD COLUMN backoff_seconds integer NOT NULL DEFAULT 30 CHECK (backoff_seconds >= 0),
            ADD COLUMN run_after timestamptz NOT NULL DEFAULT now(),
            ADD COLUMN lease_until timestamptz,
            ADD COLUMN worker_user_id bigint REFERENCES users (id) ON DELETE SET NULL,
            ADD COLUMN worker_uid integer,
            ADD COLUMN worker_host text,
            ADD COLUMN error text,
            ADD COLUMN result jsonb,
            ADD COLUMN finished_at timestamptz;
        UPDATE jobs j SET file_version = f.version FROM files f WHERE f.id = j.file_id;
        -- Before this schema every final version queued a job and nothing ran them: the newest queued job of each
        -- file and kind stands for them all.
        UPDATE jobs j SET state = 'cancelled' WHERE state = 'queued' AND EXISTS (
            SELECT 1 FROM jobs n WHERE n.file_id = j.file_id AND n.kind = j.kind AND n.state = 'queued' AND n.id > j.id);
        DROP INDEX jobs_queue;
        CREATE INDEX jobs_queue ON jobs (kind, created_at, id) WHERE state = 'queued';
        CREATE INDEX jobs_leases ON jobs (lease_until) WHERE state = 'running';
        CREATE INDEX jobs_meeting ON jobs (meeting_id);
        CREATE INDEX jobs_file_version ON jobs (file_id, file_version);

        ALTER TABLE meetings DROP CONSTRAINT meetings_status_check;
        UPDATE meetings SET status = 'ready' WHERE status = 'done';
        ALTER TABLE meetings ADD CONSTRAINT meetings_status_check
            CHECK (status IN ('new', 'uploaded', 'processing', 'ready', 'failed'));

        ALTER TABLE speakers
            ADD COLUMN segments integer NOT NULL DEFAULT 0 CHECK (segments >= 0),
            ADD COLUMN seconds real NOT NULL DEFAULT 0 CHECK (seconds >= 0),
            ADD COLUMN embedding real[],
            ADD COLUMN mapped_at timestamptz;

        -- One profile per user and model: the newest stays.
        DELETE FROM user_profiles p USING user_profiles q
            WHERE p.user_id = q.user_id AND p.model = q.model AND p.id < q.id;
        CREATE UNIQUE INDEX user_profiles_user_model ON user_profiles (user_id, model);
        CREATE INDEX user_profiles_file ON user_profiles (file_id);

        -- Why the pipeline could not use a file's contents ('invalid: ...'); the version is kept all the same.
        ALTER TABLE files ADD COLUMN status_note text;

        -- Cosine similarity of two embeddings (pgvector is not packaged for PostgreSQL 15 here). NULL when the
        -- dimensions differ or a vector is zero.
        CREATE FUNCTION meetingfs_cosine(a real[], b real[]) RETURNS double precision LANGUAGE sql IMMUTABLE STRICT
            PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
            SELECT CASE WHEN cardinality(a) = cardinality(b) AND cardinality(a) > 0 THEN
                (SELECT sum(x::float8 * y) / nullif(sqrt(sum(x::float8 * x)) * sqrt(sum(y::float8 * y)), 0)
                 FROM unnest(a, b) AS t (x, y)) END
        $$;

        -- A meeting's status, from its raw files and their jobs (for failed and ready, only jobs of each file's
        -- current version count): failed if a stage failed for good; ready when every raw file has jobs and all
        -- are done; processing once any job of its files started (so a new version of a processed recording
        -- brings it back to processing); uploaded with raw files; else new. Each question is an indexed probe
        -- that stops at its first row, but for the one a meeting asks only once nothing is pending (every raw
        -- file has jobs), so a commit into a meeting of thousands of recordings costs no scan of them.
        CREATE INDEX jobs_meeting_state ON jobs (meeting_id, state);
        CREATE INDEX jobs_meeting_retried ON jobs (meeting_id) WHERE state = 'queued' AND attempts > 0;
        CREATE FUNCTION meetingfs_meeting_status(meeting bigint) RETURNS text LANGUAGE plpgsql STABLE
            SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM public.jobs j JOIN public.files f ON f.id = j.file_id
                       WHERE j.meeting_id = meeting AND j.state = 'failed' AND f.status = 'ready'
                         AND f.version = j.file_version) THEN
                RETURN 'failed';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM public.files WHERE meeting_id = meeting AND area = 'raw' AND status = 'ready') THEN
                RETURN 'new';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM public.jobs j JOIN public.files f ON f.id = j.file_id
                           WHERE j.meeting_id = meeting AND j.state IN ('queued', 'running') AND f.status = 'ready'
                             AND f.version = j.file_version)
               AND NOT EXISTS (SELECT 1 FROM public.files f WHERE f.meeting_id = meeting AND f.area = 'raw'
                                 AND f.status = 'ready' AND NOT EXISTS (
                                     SELECT 1 FROM public.jobs j WHERE j.file_id = f.id AND j.file_version = f.version
                                       AND j.state = 'done')) THEN
                RETURN 'ready';
            END IF;
            IF EXISTS (SELECT 1 FROM public.jobs j JOIN public.files f ON f.id = j.file_id
                       WHERE j.meeting_id = meeting AND j.state IN ('running', 'done', 'failed') AND f.status = 'ready')
               OR EXISTS (SELECT 1 FROM public.jobs j JOIN public.files f ON f.id = j.file_id
                          WHERE j.meeting_id = meeting AND j.state = 'queued' AND j.attempts > 0 AND f.status = 'ready') THEN
                RETURN 'processing';
            END IF;
            RETURN 'uploaded';
        END $$;

        -- Sets the stored status and announces a change on meetingfs_meetings. The meeting's row is locked first,
        -- so transactions that change jobs or raw files of one meeting at once see each other's work (each takes
        -- its statements' snapshots after the lock). Lock order everywhere: a job's or file's row, then its
        -- meeting's, then (at commit) the audit chain's.
        CREATE FUNCTION meetingfs_refresh_meeting_status(meeting bigint) RETURNS void LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            fresh text;
            name text;
        BEGIN
            PERFORM 1 FROM public.meetings WHERE id = meeting FOR NO KEY UPDATE;
            fresh := public.meetingfs_meeting_status(meeting);
            UPDATE public.meetings SET status = fresh, updated_at = now()
                WHERE id = meeting AND status IS DISTINCT FROM fresh RETURNING public_id INTO name;
            IF name IS NOT NULL THEN
                PERFORM pg_notify('meetingfs_meetings', json_build_object('meeting', name, 'status', fresh,
                    'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text);
            END IF;
        END $$;

        -- Every transition of a job is announced on meetingfs_jobs and refreshes its meeting's status at once ...
        CREATE FUNCTION meetingfs_job_changed() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            PERFORM pg_notify('meetingfs_jobs', json_build_object('id', NEW.id::text, 'kind', NEW.kind,
                'state', NEW.state, 'meeting_id', NEW.meeting_id::text)::text);
            PERFORM public.meetingfs_refresh_meeting_status(NEW.meeting_id);
            RETURN NULL;
        END $$;
        CREATE TRIGGER jobs_inserted AFTER INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION meetingfs_job_changed();
        CREATE TRIGGER jobs_transition AFTER UPDATE ON jobs FOR EACH ROW
            WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION meetingfs_job_changed();

        -- ... and audited in its own transaction, at its commit: the audit chain's lock is the last one a
        -- transaction takes (who acted comes from the transaction's meetingfs.actor setting, which the job
        -- commands set; none when a mount queued or requeued the job).
        CREATE FUNCTION meetingfs_job_audited() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            actor jsonb := nullif(current_setting('meetingfs.actor', true), '')::jsonb;
            action text;
            place text;
        BEGIN
            IF TG_OP = 'INSERT' THEN action := 'job-queued';
            ELSIF OLD.state = 'queued' AND NEW.state = 'running' THEN action := 'job-claimed';
            ELSIF OLD.state = 'running' AND NEW.state = 'queued' THEN action := 'job-requeued';
            ELSIF NEW.state = 'queued' THEN action := 'job-retried';
            ELSE action := 'job-' || NEW.state;
            END IF;
            SELECT 'meetings/' || m.public_id || coalesce('/' || f.area || '/' || f.name, '') INTO place
                FROM public.meetings m LEFT JOIN public.files f ON f.id = NEW.file_id WHERE m.id = NEW.meeting_id;
            INSERT INTO public.audit_log (event_id, uid, user_id, user_name, action, path, detail, result)
                VALUES (gen_random_uuid(), (actor ->> 'uid')::integer, (actor ->> 'user_id')::bigint,
                        actor ->> 'user_name', action, coalesce(place, ''),
                        format('job %s %s attempt %s', NEW.id, NEW.kind, NEW.attempts)
                            || coalesce(': ' || NEW.error, ''), 'ok');
            RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER jobs_inserted_audit AFTER INSERT ON jobs DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW EXECUTE FUNCTION meetingfs_job_audited();
        CREATE CONSTRAINT TRIGGER jobs_transition_audit AFTER UPDATE ON jobs DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (OLD.state IS DISTINCT FROM NEW.state) EXECUTE FUNCTION meetingfs_job_audited();

        -- A raw file that appears or goes changes its meeting's status too.
        CREATE FUNCTION meetingfs_raw_file_changed() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            PERFORM public.meetingfs_refresh_meeting_status(NEW.meeting_id);
            RETURN NULL;
        END $$;
        CREATE TRIGGER files_raw_status AFTER UPDATE OF status ON files FOR EACH ROW
            WHEN (OLD.area = 'raw' AND OLD.status IS DISTINCT FROM NEW.status)
            EXECUTE FUNCTION meetingfs_raw_file_changed();

        SELECT meetingfs_refresh_meeting_status(id) FROM meetings;
        """
}
