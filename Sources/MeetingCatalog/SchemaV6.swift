/// Migration 6 (Migrations.all).
enum SchemaV6 {
    /// Lifecycle (issue 10): previous versions kept per path, archived files, legal holds, cached bytes.
    static let sql = """
        -- A meeting on legal hold loses nothing: no unlink, rmdir, retention, version trimming or expiry in it.
        ALTER TABLE meetings ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;

        -- When retention moved the file's object under archive/ (NULL: not archived).
        ALTER TABLE files ADD COLUMN archived_at timestamptz;

        -- Versions a path had before it was overwritten or replaced by a rename. Each keeps its own object; gc
        -- deletes those beyond the area's kept count, `meetingfs restore-version` makes one current again.
        CREATE TABLE file_versions (
            id bigserial PRIMARY KEY,
            file_id bigint NOT NULL,
            parent_ino bigint NOT NULL,
            name text NOT NULL,
            area text NOT NULL CHECK (area IN ('raw', 'audio', 'artifacts', 'profiles', 'temp')),
            meeting_id bigint REFERENCES meetings (id) ON DELETE CASCADE,
            user_id bigint REFERENCES users (id) ON DELETE CASCADE,
            temp_area_id bigint REFERENCES temp_areas (id) ON DELETE CASCADE,
            version integer NOT NULL,
            s3_key text NOT NULL UNIQUE,
            size bigint NOT NULL,
            etag text NOT NULL,
            sha256 text,
            sse_key text,
            mtime timestamptz NOT NULL,
            replaced_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX file_versions_path ON file_versions (parent_ino, name, replaced_at DESC);
        CREATE INDEX file_versions_meeting ON file_versions (meeting_id) WHERE meeting_id IS NOT NULL;

        -- Intermediate results as the bytes they were put as (`meetingfs cache put`); value keeps them as jsonb too
        -- when they are JSON, for SQL readers.
        ALTER TABLE cache ADD COLUMN data bytea;
        ALTER TABLE cache DROP CONSTRAINT cache_check;
        ALTER TABLE cache ADD CHECK (value IS NOT NULL OR file_id IS NOT NULL OR data IS NOT NULL);
        """
}
