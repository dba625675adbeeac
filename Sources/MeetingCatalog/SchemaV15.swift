/// Migration 15 (Migrations.all).
enum SchemaV15 {
    /// A meeting's status (SchemaV13) found by a few indexed probes, whatever the size of the tables. A commit of a
    /// raw file derives it twice (for the file, then for its job), and each question there joined jobs to files:
    /// on a few thousand files the planner hashed the meeting's jobs and read every file, so each commit cost more
    /// as the database grew. Now each question walks the meeting's jobs of one state by jobs_meeting_state and
    /// looks each job's file up by key in a scalar subquery, which the planner cannot turn into a join; it stops at
    /// the first job that counts. One question per state: `state IN (...)` became a filter over all the meeting's
    /// jobs. jobs_meeting goes: jobs_meeting_state (meeting_id, state) serves every lookup by meeting, and with
    /// both the planner probed the narrower one and read each of the meeting's jobs. And no sequential scans: for
    /// a meeting with many of the table's rows the planner read the table from its start expecting to meet one
    /// soon, while a meeting's rows sit together where they were appended. Same answers as before.
    static let sql = """
        DROP INDEX IF EXISTS jobs_meeting;
        CREATE OR REPLACE FUNCTION meetingfs_meeting_status(meeting bigint) RETURNS text LANGUAGE plpgsql STABLE
            SET search_path = pg_catalog, pg_temp SET enable_seqscan = off AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'failed'
                       AND (SELECT f.status = 'ready' AND f.version = j.file_version
                            FROM public.files f WHERE f.id = j.file_id)) THEN
                RETURN 'failed';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM public.files WHERE meeting_id = meeting AND area = 'raw' AND status = 'ready') THEN
                RETURN 'new';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'queued'
                           AND (SELECT f.status = 'ready' AND f.version = j.file_version
                                FROM public.files f WHERE f.id = j.file_id))
               AND NOT EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'running'
                               AND (SELECT f.status = 'ready' AND f.version = j.file_version
                                    FROM public.files f WHERE f.id = j.file_id))
               -- Asked only once nothing is pending: every raw file has a job of its version done.
               AND NOT EXISTS (SELECT 1 FROM public.files f WHERE f.meeting_id = meeting AND f.area = 'raw'
                                 AND f.status = 'ready'
                                 AND NOT (SELECT EXISTS (SELECT 1 FROM public.jobs j WHERE j.file_id = f.id
                                                         AND j.file_version = f.version AND j.state = 'done'))) THEN
                RETURN 'ready';
            END IF;
            IF EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'running'
                       AND (SELECT f.status = 'ready' FROM public.files f WHERE f.id = j.file_id))
               OR EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'done'
                          AND (SELECT f.status = 'ready' FROM public.files f WHERE f.id = j.file_id))
               OR EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'failed'
                          AND (SELECT f.status = 'ready' FROM public.files f WHERE f.id = j.file_id))
               OR EXISTS (SELECT 1 FROM public.jobs j WHERE j.meeting_id = meeting AND j.state = 'queued'
                          AND j.attempts > 0 AND (SELECT f.status = 'ready' FROM public.files f WHERE f.id = j.file_id)) THEN
                RETURN 'processing';
            END IF;
            RETURN 'uploaded';
        END $$;
        """
}
