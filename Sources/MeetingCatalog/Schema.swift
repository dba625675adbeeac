/// The SQL of each migration. Identifiers follow design §3; every lookup the file system makes has an index.
enum Schema {
    package static let v1 = """
        CREATE TABLE users (
            id bigserial PRIMARY KEY,
            name text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
            unix_uid integer UNIQUE,
            role text NOT NULL CHECK (role IN ('admin', 'worker', 'member')),
            mode integer NOT NULL DEFAULT 493,
            uid integer NOT NULL DEFAULT 0,
            gid integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE meetings (
            id bigserial PRIMARY KEY,
            public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
            owner_id bigint REFERENCES users (id) ON DELETE SET NULL,
            title text NOT NULL DEFAULT '',
            status text NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'uploaded', 'processing', 'done', 'failed')),
            mode integer NOT NULL DEFAULT 493,
            uid integer NOT NULL DEFAULT 0,
            gid integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX meetings_owner ON meetings (owner_id);

        CREATE TABLE temp_areas (
            id bigserial PRIMARY KEY,
            public_id text NOT NULL UNIQUE CHECK (public_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'),
            owner_id bigint REFERENCES users (id) ON DELETE SET NULL,
            expires_at timestamptz NOT NULL,
            mode integer NOT NULL DEFAULT 493,
            uid integer NOT NULL DEFAULT 0,
            gid integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX temp_areas_expiry ON temp_areas (expires_at);

        -- Directories nested inside a temp area; parent_ino is the derived inode of the parent directory.
        CREATE TABLE temp_dirs (
            id bigserial PRIMARY KEY,
            area_id bigint NOT NULL REFERENCES temp_areas (id) ON DELETE CASCADE,
            parent_ino bigint NOT NULL,
            name text NOT NULL CHECK (octet_length(name) BETWEEN 1 AND 255),
            mode integer NOT NULL DEFAULT 493,
            uid integer NOT NULL DEFAULT 0,
            gid integer NOT NULL DEFAULT 0,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (parent_ino, name)
        );
        CREATE INDEX temp_dirs_area ON temp_dirs (area_id);

        -- Every stored blob. parent_ino is the derived inode of the directory that lists it; the other placement
        -- columns say the same in domain terms and keep the foreign keys.
        CREATE TABLE files (
            id bigserial PRIMARY KEY,
            parent_ino bigint NOT NULL,
            name text NOT NULL CHECK (octet_length(name) BETWEEN 1 AND 255),
            area text NOT NULL CHECK (area IN ('raw', 'audio', 'artifacts', 'profiles', 'temp')),
            meeting_id bigint REFERENCES meetings (id) ON DELETE CASCADE,
            user_id bigint REFERENCES users (id) ON DELETE CASCADE,
            temp_area_id bigint REFERENCES temp_areas (id) ON DELETE CASCADE,
            temp_dir_id bigint REFERENCES temp_dirs (id) ON DELETE CASCADE,
            s3_key text,
            version integer NOT NULL DEFAULT 0,
            size bigint NOT NULL DEFAULT 0 CHECK (size >= 0),
            etag text,
            sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
            content_type text NOT NULL DEFAULT 'application/octet-stream',
            status text NOT NULL CHECK (status IN ('uploading', 'ready', 'deleting')),
            mode integer NOT NULL,
            uid integer NOT NULL,
            gid integer NOT NULL,
            mtime timestamptz NOT NULL DEFAULT now(),
            ctime timestamptz NOT NULL DEFAULT now(),
            created_by bigint REFERENCES users (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK ((area IN ('raw', 'audio', 'artifacts')) = (meeting_id IS NOT NULL)),
            CHECK ((area = 'profiles') = (user_id IS NOT NULL)),
            CHECK ((area = 'temp') = (temp_area_id IS NOT NULL)),
            CHECK (temp_dir_id IS NULL OR area = 'temp'),
            CHECK (status <> 'ready' OR (s3_key IS NOT NULL AND etag IS NOT NULL))
        );
        CREATE UNIQUE INDEX files_visible_name ON files (parent_ino, name) WHERE status = 'ready';
        CREATE INDEX files_status_age ON files (status, created_at) WHERE status <> 'ready';
        CREATE INDEX files_meeting ON files (meeting_id) WHERE meeting_id IS NOT NULL;
        CREATE INDEX files_user ON files (user_id) WHERE user_id IS NOT NULL;
        CREATE INDEX files_temp_area ON files (temp_area_id) WHERE temp_area_id IS NOT NULL;

        CREATE TABLE user_profiles (
            id bigserial PRIMARY KEY,
            user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            embedding real[],
            model text NOT NULL DEFAULT '',
            file_id bigint REFERENCES files (id) ON DELETE SET NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX user_profiles_user ON user_profiles (user_id);

        CREATE TABLE artifacts (
            id bigserial PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            file_id bigint NOT NULL UNIQUE REFERENCES files (id) ON DELETE CASCADE,
            kind text NOT NULL
                CHECK (kind IN ('transcript_md', 'transcript_vtt', 'transcript_srt', 'summary_json', 'other')),
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX artifacts_meeting ON artifacts (meeting_id, kind);

        CREATE TABLE speakers (
            id bigserial PRIMARY KEY,
            meeting_id bigint NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            cluster_label text NOT NULL,
            user_profile_id bigint REFERENCES user_profiles (id) ON DELETE SET NULL,
            confidence real CHECK (confidence BETWEEN 0 AND 1),
            UNIQUE (meeting_id, cluster_label)
        );

        CREATE TABLE cache (
            key text PRIMARY KEY,
            meeting_id bigint REFERENCES meetings (id) ON DELETE CASCADE,
            value jsonb,
            file_id bigint REFERENCES files (id) ON DELETE CASCADE,
            expires_at timestamptz NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            CHECK (value IS NOT NULL OR file_id IS NOT NULL)
        );
        CREATE INDEX cache_expiry ON cache (expires_at);

        CREATE TABLE jobs (
            id bigserial PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('transcribe', 'diarize', 'summarize')),
            meeting_id bigint NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            file_id bigint REFERENCES files (id) ON DELETE CASCADE,
            state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
            attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX jobs_queue ON jobs (state, created_at);
        CREATE INDEX jobs_file ON jobs (file_id);

        CREATE TABLE audit_log (
            id bigserial PRIMARY KEY,
            at timestamptz NOT NULL DEFAULT now(),
            uid integer,
            user_id bigint REFERENCES users (id) ON DELETE SET NULL,
            action text NOT NULL,
            path text NOT NULL,
            bytes bigint,
            result text NOT NULL
        );
        CREATE INDEX audit_log_at ON audit_log (at);

        -- Objects of replaced versions. Readers on any mount may still use them, so they are deleted only after
        -- a grace period (files rows marked 'deleting' wait the same way).
        CREATE TABLE object_trash (
            key text PRIMARY KEY,
            trashed_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX object_trash_age ON object_trash (trashed_at);
        CREATE INDEX files_deleting_age ON files (ctime) WHERE status = 'deleting';
        """
}

extension Schema {
    /// Leases of live mounts, versions reserved before their first byte is uploaded, and the bucket the database
    /// belongs to (issue 7: uploads you can trust).
    package static let v2 = """
        -- One row per running mount, refreshed by its heartbeat. A mount whose heartbeat stopped (or whose process
        -- is gone, as seen from its own host) is dead: gc aborts its uploads and removes its uploading rows.
        CREATE TABLE mounts (
            id uuid PRIMARY KEY,
            host text NOT NULL,
            pid integer NOT NULL,
            -- The process's start time in clock ticks since boot (/proc/PID/stat field 22): tells a reused pid apart.
            pid_start bigint NOT NULL,
            started_at timestamptz NOT NULL DEFAULT now(),
            heartbeat_at timestamptz NOT NULL DEFAULT now()
        );

        -- A version being written: its number and object key are taken here before the first byte goes up, so two
        -- writers never share a key. The commit deletes the row in its transaction; an abandoned one moves its key
        -- to object_trash. file_id has no foreign key: a reservation outlives an uploading row that rmdir removed,
        -- so gc can still abort its multipart upload.
        CREATE TABLE upload_reservations (
            id bigserial PRIMARY KEY,
            file_id bigint NOT NULL,
            mount_id uuid REFERENCES mounts (id) ON DELETE SET NULL,
            s3_key text NOT NULL UNIQUE,
            multipart_upload_id text,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE INDEX upload_reservations_mount ON upload_reservations (mount_id);

        -- The mount writing an uploading row; other mounts never show it, and rmdir ignores it once that mount is dead.
        ALTER TABLE files ADD COLUMN mount_id uuid REFERENCES mounts (id) ON DELETE SET NULL;
        CREATE INDEX files_s3_key ON files (s3_key) WHERE s3_key IS NOT NULL;

        -- The bucket this database's keys live in, recorded by the first mount; a mount of another bucket is refused.
        CREATE TABLE storage (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            bucket text NOT NULL
        );
        """
}
