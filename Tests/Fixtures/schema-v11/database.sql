--
-- PostgreSQL database dump
--

\restrict GLBzCQN2lpLBMeTaB4pdaPjHI9bbHxgPra82esFmRzbVHpo2KFupkz69wRegrxz

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL,
    uid bigint,
    user_id bigint,
    action text NOT NULL,
    path text NOT NULL,
    bytes bigint,
    result text NOT NULL,
    user_name text,
    detail text,
    event_id uuid,
    prev_hash text,
    hash text
);


ALTER TABLE public.audit_log OWNER TO postgres;

--
-- Name: audit_log_canonical(public.audit_log); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.audit_log_canonical(r public.audit_log) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT concat_ws(chr(31), r.id, (extract(epoch FROM r.at) * 1000000)::bigint, coalesce(r.uid::text, ''),
        coalesce(r.user_id::text, ''), coalesce(r.user_name, ''), r.action, r.path, coalesce(r.bytes::text, ''),
        coalesce(r.detail, ''), r.result, r.prev_hash)
$$;


ALTER FUNCTION public.audit_log_canonical(r public.audit_log) OWNER TO postgres;

--
-- Name: audit_log_chain(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.audit_log_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public'
    AS $$
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


ALTER FUNCTION public.audit_log_chain() OWNER TO postgres;

--
-- Name: meetingfs_announce(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_announce() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
    -- Text, not JSON numbers: inode numbers use all 63 bits and a double would round them.
    PERFORM pg_notify('meetingfs_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'id', coalesce(after ->> 'id', before ->> 'id'),
        'old_parent', before ->> 'parent_ino',
        'old_name', coalesce(before ->> 'name', before ->> 'public_id'),
        'new_parent', after ->> 'parent_ino',
        'new_name', coalesce(after ->> 'name', after ->> 'public_id'))::text);
    RETURN NULL;
END $$;


ALTER FUNCTION public.meetingfs_announce() OWNER TO postgres;

--
-- Name: meetingfs_announce_link(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_announce_link() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    before jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    after jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
BEGIN
    PERFORM pg_notify('meetingfs_changes', json_build_object(
        'table', 'files',
        'id', coalesce(after ->> 'file_id', before ->> 'file_id'),
        'old_parent', before ->> 'parent_ino',
        'old_name', before ->> 'name',
        'new_parent', after ->> 'parent_ino',
        'new_name', after ->> 'name')::text);
    RETURN NULL;
END $$;


ALTER FUNCTION public.meetingfs_announce_link() OWNER TO postgres;

--
-- Name: meetingfs_count_links(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_count_links() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE files SET links = links + 1, ctime = now() WHERE id = NEW.file_id;
    ELSE
        UPDATE files SET links = links - 1, ctime = now() WHERE id = OLD.file_id;
    END IF;
    RETURN NULL;
END $$;


ALTER FUNCTION public.meetingfs_count_links() OWNER TO postgres;

--
-- Name: meetingfs_names_changed(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_names_changed() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    listed_before boolean := TG_OP <> 'INSERT' AND coalesce(to_jsonb(OLD) ->> 'status', '') <> 'deleting';
    listed_after boolean := TG_OP <> 'DELETE' AND coalesce(to_jsonb(NEW) ->> 'status', '') <> 'deleting';
BEGIN
    IF current_setting('meetingfs.quiet_names', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF listed_before AND listed_after AND OLD.parent_ino = NEW.parent_ino AND OLD.name = NEW.name THEN
        RETURN NULL;
    END IF;
    PERFORM meetingfs_touch_temp_dirs(ARRAY(
        SELECT DISTINCT ino FROM unnest(ARRAY[
            CASE WHEN listed_before THEN OLD.parent_ino END,
            CASE WHEN listed_after THEN NEW.parent_ino END]) ino
        WHERE ino IS NOT NULL ORDER BY ino));
    RETURN NULL;
END $$;


ALTER FUNCTION public.meetingfs_names_changed() OWNER TO postgres;

--
-- Name: meetingfs_promote_heir(bigint); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_promote_heir(file bigint) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
DECLARE
    heir file_links;
    old_parent bigint;
BEGIN
    SELECT * INTO heir FROM file_links WHERE file_id = file ORDER BY id LIMIT 1 FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    SELECT parent_ino INTO old_parent FROM files WHERE id = file;
    PERFORM set_config('meetingfs.quiet_names', 'on', true);
    UPDATE files SET parent_ino = heir.parent_ino, name = heir.name, temp_dir_id = heir.temp_dir_id WHERE id = file;
    DELETE FROM file_links WHERE id = heir.id;
    PERFORM set_config('meetingfs.quiet_names', '', true);
    PERFORM meetingfs_touch_temp_dirs(ARRAY[old_parent]);
    RETURN true;
END $$;


ALTER FUNCTION public.meetingfs_promote_heir(file bigint) OWNER TO postgres;

--
-- Name: meetingfs_refuse(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_refuse(state text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF state IS NOT NULL THEN
        RAISE EXCEPTION USING ERRCODE = state, MESSAGE = 'commit refused (' || state || ')';
    END IF;
END $$;


ALTER FUNCTION public.meetingfs_refuse(state text) OWNER TO postgres;

--
-- Name: meetingfs_touch_temp_dirs(bigint[]); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.meetingfs_touch_temp_dirs(inos bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
    UPDATE temp_areas SET updated_at = now(), mtime_nsec = 0, ctime = now()
        WHERE id IN (SELECT ino & ((1::bigint << 56) - 1) FROM unnest(inos) ino WHERE ino >> 56 = 7);
    UPDATE temp_dirs SET updated_at = now(), mtime_nsec = 0, ctime = now()
        WHERE id IN (SELECT ino & ((1::bigint << 56) - 1) FROM unnest(inos) ino WHERE ino >> 56 = 8);
$$;


ALTER FUNCTION public.meetingfs_touch_temp_dirs(inos bigint[]) OWNER TO postgres;

--
-- Name: artifacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.artifacts (
    id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    file_id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT artifacts_kind_check CHECK ((kind = ANY (ARRAY['transcript_md'::text, 'transcript_vtt'::text, 'transcript_srt'::text, 'summary_json'::text, 'other'::text])))
);


ALTER TABLE public.artifacts OWNER TO postgres;

--
-- Name: artifacts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.artifacts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.artifacts_id_seq OWNER TO postgres;

--
-- Name: artifacts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.artifacts_id_seq OWNED BY public.artifacts.id;


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.audit_log_id_seq OWNER TO postgres;

--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


--
-- Name: cache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cache (
    key text NOT NULL,
    meeting_id bigint,
    value jsonb,
    file_id bigint,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    data bytea,
    CONSTRAINT cache_check CHECK (((value IS NOT NULL) OR (file_id IS NOT NULL) OR (data IS NOT NULL)))
);


ALTER TABLE public.cache OWNER TO postgres;

--
-- Name: file_links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_links (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    parent_ino bigint NOT NULL,
    name text NOT NULL,
    temp_area_id bigint NOT NULL,
    temp_dir_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT file_links_name_check CHECK (((octet_length(name) >= 1) AND (octet_length(name) <= 255)))
);


ALTER TABLE public.file_links OWNER TO postgres;

--
-- Name: file_links_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.file_links_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.file_links_id_seq OWNER TO postgres;

--
-- Name: file_links_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.file_links_id_seq OWNED BY public.file_links.id;


--
-- Name: file_versions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_versions (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    parent_ino bigint NOT NULL,
    name text NOT NULL,
    area text NOT NULL,
    meeting_id bigint,
    user_id bigint,
    temp_area_id bigint,
    version integer NOT NULL,
    s3_key text NOT NULL,
    size bigint NOT NULL,
    etag text NOT NULL,
    sha256 text,
    sse_key text,
    mtime timestamp with time zone NOT NULL,
    replaced_at timestamp with time zone DEFAULT now() NOT NULL,
    mtime_nsec integer DEFAULT 0 NOT NULL,
    CONSTRAINT file_versions_area_check CHECK ((area = ANY (ARRAY['raw'::text, 'audio'::text, 'artifacts'::text, 'profiles'::text, 'temp'::text])))
);


ALTER TABLE public.file_versions OWNER TO postgres;

--
-- Name: file_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.file_versions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.file_versions_id_seq OWNER TO postgres;

--
-- Name: file_versions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.file_versions_id_seq OWNED BY public.file_versions.id;


--
-- Name: files; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.files (
    id bigint NOT NULL,
    parent_ino bigint NOT NULL,
    name text NOT NULL,
    area text NOT NULL,
    meeting_id bigint,
    user_id bigint,
    temp_area_id bigint,
    temp_dir_id bigint,
    s3_key text,
    version integer DEFAULT 0 NOT NULL,
    size bigint DEFAULT 0 NOT NULL,
    etag text,
    sha256 text,
    content_type text DEFAULT 'application/octet-stream'::text NOT NULL,
    status text NOT NULL,
    mode integer NOT NULL,
    uid integer NOT NULL,
    gid integer NOT NULL,
    mtime timestamp with time zone DEFAULT now() NOT NULL,
    ctime timestamp with time zone DEFAULT now() NOT NULL,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    mount_id uuid,
    sse_key text,
    archived_at timestamp with time zone,
    kind text DEFAULT 'file'::text NOT NULL,
    target text,
    rdev bigint DEFAULT 0 NOT NULL,
    mtime_nsec integer DEFAULT 0 NOT NULL,
    links integer DEFAULT 1 NOT NULL,
    atime timestamp with time zone DEFAULT now() NOT NULL,
    atime_nsec integer DEFAULT 0 NOT NULL,
    CONSTRAINT files_area_check CHECK ((area = ANY (ARRAY['raw'::text, 'audio'::text, 'artifacts'::text, 'profiles'::text, 'temp'::text]))),
    CONSTRAINT files_atime_nsec_check CHECK (((atime_nsec >= 0) AND (atime_nsec <= 999))),
    CONSTRAINT files_check CHECK (((area = ANY (ARRAY['raw'::text, 'audio'::text, 'artifacts'::text])) = (meeting_id IS NOT NULL))),
    CONSTRAINT files_check1 CHECK (((area = 'profiles'::text) = (user_id IS NOT NULL))),
    CONSTRAINT files_check2 CHECK (((area = 'temp'::text) = (temp_area_id IS NOT NULL))),
    CONSTRAINT files_check3 CHECK (((temp_dir_id IS NULL) OR (area = 'temp'::text))),
    CONSTRAINT files_kind_check CHECK ((kind = ANY (ARRAY['file'::text, 'symlink'::text, 'fifo'::text, 'socket'::text, 'chardev'::text, 'blockdev'::text]))),
    CONSTRAINT files_links_check CHECK ((links >= 1)),
    CONSTRAINT files_mtime_nsec_check CHECK (((mtime_nsec >= 0) AND (mtime_nsec <= 999))),
    CONSTRAINT files_name_check CHECK (((octet_length(name) >= 1) AND (octet_length(name) <= 255))),
    CONSTRAINT files_ready_has_object CHECK (((status <> 'ready'::text) OR (kind <> 'file'::text) OR ((s3_key IS NOT NULL) AND (etag IS NOT NULL)))),
    CONSTRAINT files_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT files_size_check CHECK ((size >= 0)),
    CONSTRAINT files_special_in_temp CHECK (((kind = 'file'::text) OR (area = 'temp'::text))),
    CONSTRAINT files_status_check CHECK ((status = ANY (ARRAY['uploading'::text, 'ready'::text, 'deleting'::text]))),
    CONSTRAINT files_symlink_target CHECK (((kind = 'symlink'::text) = (target IS NOT NULL))),
    CONSTRAINT files_target_check CHECK (((octet_length(target) >= 1) AND (octet_length(target) <= 4095)))
);


ALTER TABLE public.files OWNER TO postgres;

--
-- Name: files_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.files_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.files_id_seq OWNER TO postgres;

--
-- Name: files_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.files_id_seq OWNED BY public.files.id;


--
-- Name: jobs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.jobs (
    id bigint NOT NULL,
    kind text NOT NULL,
    meeting_id bigint NOT NULL,
    file_id bigint,
    state text DEFAULT 'queued'::text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT jobs_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT jobs_kind_check CHECK ((kind = ANY (ARRAY['transcribe'::text, 'diarize'::text, 'summarize'::text]))),
    CONSTRAINT jobs_state_check CHECK ((state = ANY (ARRAY['queued'::text, 'running'::text, 'done'::text, 'failed'::text])))
);


ALTER TABLE public.jobs OWNER TO postgres;

--
-- Name: jobs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.jobs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.jobs_id_seq OWNER TO postgres;

--
-- Name: jobs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.jobs_id_seq OWNED BY public.jobs.id;


--
-- Name: meeting_access; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.meeting_access (
    meeting_id bigint NOT NULL,
    user_id bigint NOT NULL,
    access text NOT NULL,
    granted_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT meeting_access_access_check CHECK ((access = ANY (ARRAY['read'::text, 'write'::text])))
);


ALTER TABLE public.meeting_access OWNER TO postgres;

--
-- Name: meetings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.meetings (
    id bigint NOT NULL,
    public_id text NOT NULL,
    owner_id bigint,
    title text DEFAULT ''::text NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    mode integer DEFAULT 493 NOT NULL,
    uid integer DEFAULT 0 NOT NULL,
    gid integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    legal_hold boolean DEFAULT false NOT NULL,
    CONSTRAINT meetings_public_id_check CHECK ((public_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'::text)),
    CONSTRAINT meetings_status_check CHECK ((status = ANY (ARRAY['new'::text, 'uploaded'::text, 'processing'::text, 'done'::text, 'failed'::text])))
);


ALTER TABLE public.meetings OWNER TO postgres;

--
-- Name: meetings_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.meetings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.meetings_id_seq OWNER TO postgres;

--
-- Name: meetings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.meetings_id_seq OWNED BY public.meetings.id;


--
-- Name: mounts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mounts (
    id uuid NOT NULL,
    host text NOT NULL,
    pid integer NOT NULL,
    pid_start bigint NOT NULL,
    started_at timestamp with time zone DEFAULT now() NOT NULL,
    heartbeat_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.mounts OWNER TO postgres;

--
-- Name: object_trash; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.object_trash (
    key text NOT NULL,
    trashed_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.object_trash OWNER TO postgres;

--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.schema_migrations (
    version integer NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.schema_migrations OWNER TO postgres;

--
-- Name: speakers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.speakers (
    id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    cluster_label text NOT NULL,
    user_profile_id bigint,
    confidence real,
    CONSTRAINT speakers_confidence_check CHECK (((confidence >= (0)::double precision) AND (confidence <= (1)::double precision)))
);


ALTER TABLE public.speakers OWNER TO postgres;

--
-- Name: speakers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.speakers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.speakers_id_seq OWNER TO postgres;

--
-- Name: speakers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.speakers_id_seq OWNED BY public.speakers.id;


--
-- Name: storage; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.storage (
    singleton boolean DEFAULT true NOT NULL,
    bucket text NOT NULL,
    CONSTRAINT storage_singleton_check CHECK (singleton)
);


ALTER TABLE public.storage OWNER TO postgres;

--
-- Name: temp_areas; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.temp_areas (
    id bigint NOT NULL,
    public_id text NOT NULL,
    owner_id bigint,
    expires_at timestamp with time zone NOT NULL,
    mode integer DEFAULT 493 NOT NULL,
    uid integer DEFAULT 0 NOT NULL,
    gid integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    ttl interval DEFAULT '24:00:00'::interval NOT NULL,
    ctime timestamp with time zone DEFAULT now() NOT NULL,
    mtime_nsec integer DEFAULT 0 NOT NULL,
    atime timestamp with time zone DEFAULT now() NOT NULL,
    atime_nsec integer DEFAULT 0 NOT NULL,
    CONSTRAINT temp_areas_atime_nsec_check CHECK (((atime_nsec >= 0) AND (atime_nsec <= 999))),
    CONSTRAINT temp_areas_mtime_nsec_check CHECK (((mtime_nsec >= 0) AND (mtime_nsec <= 999))),
    CONSTRAINT temp_areas_public_id_check CHECK ((public_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'::text))
);


ALTER TABLE public.temp_areas OWNER TO postgres;

--
-- Name: temp_areas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.temp_areas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.temp_areas_id_seq OWNER TO postgres;

--
-- Name: temp_areas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.temp_areas_id_seq OWNED BY public.temp_areas.id;


--
-- Name: temp_dirs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.temp_dirs (
    id bigint NOT NULL,
    area_id bigint NOT NULL,
    parent_ino bigint NOT NULL,
    name text NOT NULL,
    mode integer DEFAULT 493 NOT NULL,
    uid integer DEFAULT 0 NOT NULL,
    gid integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    ctime timestamp with time zone DEFAULT now() NOT NULL,
    mtime_nsec integer DEFAULT 0 NOT NULL,
    atime timestamp with time zone DEFAULT now() NOT NULL,
    atime_nsec integer DEFAULT 0 NOT NULL,
    CONSTRAINT temp_dirs_atime_nsec_check CHECK (((atime_nsec >= 0) AND (atime_nsec <= 999))),
    CONSTRAINT temp_dirs_mtime_nsec_check CHECK (((mtime_nsec >= 0) AND (mtime_nsec <= 999))),
    CONSTRAINT temp_dirs_name_check CHECK (((octet_length(name) >= 1) AND (octet_length(name) <= 255)))
);


ALTER TABLE public.temp_dirs OWNER TO postgres;

--
-- Name: temp_dirs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.temp_dirs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.temp_dirs_id_seq OWNER TO postgres;

--
-- Name: temp_dirs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.temp_dirs_id_seq OWNED BY public.temp_dirs.id;


--
-- Name: upload_reservations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.upload_reservations (
    id bigint NOT NULL,
    file_id bigint NOT NULL,
    mount_id uuid,
    s3_key text NOT NULL,
    multipart_upload_id text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.upload_reservations OWNER TO postgres;

--
-- Name: upload_reservations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.upload_reservations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.upload_reservations_id_seq OWNER TO postgres;

--
-- Name: upload_reservations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.upload_reservations_id_seq OWNED BY public.upload_reservations.id;


--
-- Name: user_profiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_profiles (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    embedding real[],
    model text DEFAULT ''::text NOT NULL,
    file_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.user_profiles OWNER TO postgres;

--
-- Name: user_profiles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.user_profiles_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.user_profiles_id_seq OWNER TO postgres;

--
-- Name: user_profiles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.user_profiles_id_seq OWNED BY public.user_profiles.id;


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    name text NOT NULL,
    unix_uid integer,
    role text NOT NULL,
    mode integer DEFAULT 493 NOT NULL,
    uid integer DEFAULT 0 NOT NULL,
    gid integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT users_name_check CHECK ((name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$'::text)),
    CONSTRAINT users_role_check CHECK ((role = ANY (ARRAY['admin'::text, 'worker'::text, 'member'::text])))
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: artifacts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artifacts ALTER COLUMN id SET DEFAULT nextval('public.artifacts_id_seq'::regclass);


--
-- Name: file_links id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links ALTER COLUMN id SET DEFAULT nextval('public.file_links_id_seq'::regclass);


--
-- Name: file_versions id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions ALTER COLUMN id SET DEFAULT nextval('public.file_versions_id_seq'::regclass);


--
-- Name: files id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files ALTER COLUMN id SET DEFAULT nextval('public.files_id_seq'::regclass);


--
-- Name: jobs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs ALTER COLUMN id SET DEFAULT nextval('public.jobs_id_seq'::regclass);


--
-- Name: meetings id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meetings ALTER COLUMN id SET DEFAULT nextval('public.meetings_id_seq'::regclass);


--
-- Name: speakers id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.speakers ALTER COLUMN id SET DEFAULT nextval('public.speakers_id_seq'::regclass);


--
-- Name: temp_areas id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_areas ALTER COLUMN id SET DEFAULT nextval('public.temp_areas_id_seq'::regclass);


--
-- Name: temp_dirs id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_dirs ALTER COLUMN id SET DEFAULT nextval('public.temp_dirs_id_seq'::regclass);


--
-- Name: upload_reservations id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.upload_reservations ALTER COLUMN id SET DEFAULT nextval('public.upload_reservations_id_seq'::regclass);


--
-- Name: user_profiles id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles ALTER COLUMN id SET DEFAULT nextval('public.user_profiles_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Data for Name: artifacts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.artifacts (id, meeting_id, file_id, kind, created_at) FROM stdin;
1	1	3	transcript_md	2026-12-05 03:40:14.938926+00
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.audit_log (id, at, uid, user_id, action, path, bytes, result, user_name, detail, event_id, prev_hash, hash) FROM stdin;
1	2026-12-05 03:40:09.297517+00	0	\N	user-add	users/alice	\N	ok	root	uid 4101, member	cc59e467-02b9-45f4-874d-c96839711820		43cdc6cd6310945d9827946063a4ba31a66e639ef7a60049a271a7f25bf48fa7
2	2026-12-05 03:40:09.33351+00	0	\N	user-add	users/bob	\N	ok	root	uid 4102, member	71107033-f0bf-4587-b791-371b804d7486	43cdc6cd6310945d9827946063a4ba31a66e639ef7a60049a271a7f25bf48fa7	0bb1670975faa347c8f8d3414bef804b364362a68c3487ce99356a79ca05d747
3	2026-12-05 03:40:09.368872+00	0	\N	user-add	users/asr	\N	ok	root	uid 4103, worker	e50f44ba-703d-4a4e-93bd-dd11a0ae0479	0bb1670975faa347c8f8d3414bef804b364362a68c3487ce99356a79ca05d747	d6de9907907b132864bc6ad4b1dc7b018ecfe30b0ab7cc5a6da7791b4ec9a1a5
4	2026-12-05 03:40:09.403916+00	0	\N	user-add	users/ops	\N	ok	root	uid 4104, admin	30b462b8-7530-4f55-86b8-9ed37f827f16	d6de9907907b132864bc6ad4b1dc7b018ecfe30b0ab7cc5a6da7791b4ec9a1a5	6634ed1226f01ec703d973390bd30ae7ec36013739eb2d416e7e66c1b4c16581
5	2026-12-05 03:40:14.667121+00	4101	1	mkdir	meetings/board-2026	\N	ok	alice	\N	e7fa74a4-a264-4ccb-9247-f82e74497152	6634ed1226f01ec703d973390bd30ae7ec36013739eb2d416e7e66c1b4c16581	9db4c7fb02b63c46d1c253185382420ffe60efeba0f0c6f0a9f16f68bff18404
6	2026-12-05 03:40:14.677355+00	4101	1	create	meetings/board-2026/raw/a.wav	\N	ok	alice	\N	afb5c5a1-1887-44a4-bb67-b51fcf1bab90	9db4c7fb02b63c46d1c253185382420ffe60efeba0f0c6f0a9f16f68bff18404	98f90effabe1d484c79400ddd14293abdf412519ae6e27a906bc6cbf6ac98686
7	2026-12-05 03:40:14.89994+00	4101	1	commit	meetings/board-2026/raw/a.wav	20	ok	alice	355fd00f678b7b2f3f2213c5265678b987365953e36d9f4101a973057b44552e	1a179bac-3e3b-41a7-8701-8eefb0297ace	98f90effabe1d484c79400ddd14293abdf412519ae6e27a906bc6cbf6ac98686	62976fd86dfbe23c67790f9173e080ad81fcd72eae028e8596ac163aaf7c417f
8	2026-12-05 03:40:14.904894+00	4101	1	open	meetings/board-2026/raw/a.wav	\N	ok	alice	write	f4ba2eb2-b847-4450-a88b-5cdb540f08e6	62976fd86dfbe23c67790f9173e080ad81fcd72eae028e8596ac163aaf7c417f	adcec7bd2e94298ab211a8f6c60b33732a49e049d701ffa16f6bc96cc461c6f8
9	2026-12-05 03:40:14.911549+00	4101	1	commit	meetings/board-2026/raw/a.wav	0	ok	alice	e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855	c08cc7cd-1dc6-4d14-a208-8b6116b05759	adcec7bd2e94298ab211a8f6c60b33732a49e049d701ffa16f6bc96cc461c6f8	be2bee58db14ee0879e235747b1bdf0242998f6ee023b8d01c882146d4de495a
10	2026-12-05 03:40:14.918602+00	4101	1	commit	meetings/board-2026/raw/a.wav	44	ok	alice	c2914f773c19438ce7402612d68655989b9d4e30d405d25911846ca19163f341	9f668a0f-efde-47d6-986e-bdbe55f99a2b	be2bee58db14ee0879e235747b1bdf0242998f6ee023b8d01c882146d4de495a	94a2234a7b1142981e5e75e0be4a8cddf9d6e557dc6a0956d15900ae2964a6e4
11	2026-12-05 03:40:14.925766+00	4103	3	create	meetings/board-2026/audio/a.flac	\N	ok	asr	\N	8451de28-ab1b-4243-9c24-99622cdd2a38	94a2234a7b1142981e5e75e0be4a8cddf9d6e557dc6a0956d15900ae2964a6e4	1c492c6c9f5291c276503ca1f09d454758f18892204a3eadf4ba211cfabf7f9b
12	2026-12-05 03:40:14.931218+00	4103	3	commit	meetings/board-2026/audio/a.flac	16	ok	asr	5414cb49e05171adad86d80c0d1fdbe67c3e040b31d4c81840f0072dd4f6922f	4e5d6c40-6767-47a1-a185-391116509fd8	1c492c6c9f5291c276503ca1f09d454758f18892204a3eadf4ba211cfabf7f9b	50a097608143bb186046bb8d0adf9c1125728590c8a34a8e865ea42792de22b6
13	2026-12-05 03:40:14.935753+00	4103	3	create	meetings/board-2026/artifacts/transcript.md	\N	ok	asr	\N	fdc8e311-3adf-45b5-b162-be4fce3a34c8	50a097608143bb186046bb8d0adf9c1125728590c8a34a8e865ea42792de22b6	edc19322bf3915541da8f8fff3b722f5c212795de3e50156cc0992cf8e09a7f9
14	2026-12-05 03:40:14.941376+00	4103	3	commit	meetings/board-2026/artifacts/transcript.md	26	ok	asr	9d59883d4956b246a10cc222b190afa75264eb23e3623cf4e7b2c1c6ae2196c2	db678c5b-da69-4c0d-83fe-957045f65610	edc19322bf3915541da8f8fff3b722f5c212795de3e50156cc0992cf8e09a7f9	1458002a2517da6cfb3b758b3735fb60ad98a11839e946d425717b9ba3ec96d7
15	2026-12-05 03:40:14.947122+00	4102	2	mkdir	meetings/standup-1	\N	ok	bob	\N	02d24df1-81e2-460b-b56b-16fca5412da1	1458002a2517da6cfb3b758b3735fb60ad98a11839e946d425717b9ba3ec96d7	80d3d5b21f6a4f30f336c93c1cf1c56a52efb4b1ca85024d5766da77d879dc9c
16	2026-12-05 03:40:14.952056+00	4102	2	create	meetings/standup-1/raw/rec.wav	\N	ok	bob	\N	36f60adb-ba4a-4d4b-af93-3053f4bae4e1	80d3d5b21f6a4f30f336c93c1cf1c56a52efb4b1ca85024d5766da77d879dc9c	d5b0c8afacac23d74d0304bfcb73ca59efa3c288707aea260fec7ca85ad99115
17	2026-12-05 03:40:14.957074+00	4102	2	commit	meetings/standup-1/raw/rec.wav	18	ok	bob	b87df262908019267cf604bb5a3a663b46bf3bf5fbce6557ce2a4a180be91e07	2e8ae60e-5904-4e65-8f0d-821e19b709c6	d5b0c8afacac23d74d0304bfcb73ca59efa3c288707aea260fec7ca85ad99115	4a55664932c09af85cddda46afb0db2dd341a46ac4d6f552a538c84bd776038b
18	2026-12-05 03:40:17.918684+00	0	\N	share	meetings/board-2026	\N	ok	root	bob read	939b5d04-2c70-444b-8e63-9542c3b0b708	4a55664932c09af85cddda46afb0db2dd341a46ac4d6f552a538c84bd776038b	93bef23d600709f1ca90f5eec773774e55c6694094c13b9ff97570d98b27d9a3
19	2026-12-05 03:40:17.955725+00	0	\N	share	meetings/standup-1	\N	ok	root	alice write	7352f424-463a-4abf-a4ed-3a78f3261f09	93bef23d600709f1ca90f5eec773774e55c6694094c13b9ff97570d98b27d9a3	e254e7a10fbbda71d40b8351f99cf592f9e77a8b818ae362f8b75d886a240493
20	2026-12-05 03:40:17.995176+00	0	\N	user-add	users/carol	\N	ok	root	uid 4105, member	3204d8b3-6db0-460c-8d17-98fef7a786e0	e254e7a10fbbda71d40b8351f99cf592f9e77a8b818ae362f8b75d886a240493	362c8af2eecfa9da3ab88bc56be2a19722cc576e66d8437c19ee0555dcd6bc44
21	2026-12-05 03:40:17.835232+00	4101	1	create	users/alice/profiles/voice.bin	\N	ok	alice	\N	2c6623e3-390b-43aa-8c5b-796110800ef9	362c8af2eecfa9da3ab88bc56be2a19722cc576e66d8437c19ee0555dcd6bc44	2521bc209c0e86665a07e443a1b541060c16644a5ed48de22fd528bcdce19cff
22	2026-12-05 03:40:17.839577+00	4101	1	commit	users/alice/profiles/voice.bin	25	ok	alice	06b5471612a3e0e1c4d778a50d667e095ffe991ddbba6ac458aa951fbf84e61c	a056804d-90bd-4e64-af00-5e5ce511ecd9	2521bc209c0e86665a07e443a1b541060c16644a5ed48de22fd528bcdce19cff	c4f81d75dce4ac99484934e0199342bea03a53824e0c5f753ed4c31349698493
23	2026-12-05 03:40:17.846939+00	4103	3	mkdir	temp/job-7	\N	ok	asr	\N	6e2b0570-81a1-4ba9-9a2b-70c252ce3b1d	c4f81d75dce4ac99484934e0199342bea03a53824e0c5f753ed4c31349698493	9ccd2917cca85ed39af65674d13eb70eaed8e73035a7a3a7b868252b1cef6d31
24	2026-12-05 03:40:17.855501+00	4103	3	mkdir	temp/job-7/work	\N	ok	asr	\N	16fcede1-e1f2-43dc-b6be-38e489ef38d7	9ccd2917cca85ed39af65674d13eb70eaed8e73035a7a3a7b868252b1cef6d31	3314f6a0d1e114a24225e2ee86a5046d57cd9a2a91d742a4705a7392032a9861
25	2026-12-05 03:40:17.862046+00	4103	3	create	temp/job-7/work/s.txt	\N	ok	asr	\N	c2429b65-4e91-472e-b7b7-8ecf16ea041e	3314f6a0d1e114a24225e2ee86a5046d57cd9a2a91d742a4705a7392032a9861	11367d9e5457084fb303645241ca50033b6956c7aa2f97a956d270f30910cfd1
26	2026-12-05 03:40:17.866311+00	4103	3	commit	temp/job-7/work/s.txt	8	ok	asr	a27110a155b1dd079db5ea8fee149a2b80019f48b359a7852f281a7720fe15a8	cc3a55d2-f8ee-427f-b7c9-628d9651b1ce	11367d9e5457084fb303645241ca50033b6956c7aa2f97a956d270f30910cfd1	43966d2d448fde77c4ade071cfeee22d0606552607232ef06a258be230b1476e
27	2026-12-05 03:40:17.86947+00	4103	3	chmod	temp/job-7/work/s.txt	\N	ok	asr	\N	d9dd12d1-195c-466a-8cff-06d740d6fc6f	43966d2d448fde77c4ade071cfeee22d0606552607232ef06a258be230b1476e	0c443b8c4ac16cd4c6e65f021e4e7a127dbe8e64d7400cc0db8071534029349c
28	2026-12-05 03:40:17.874255+00	4103	3	symlink	temp/job-7/link	\N	ok	asr	work/s.txt	62ff0a26-d6ad-4fc4-9883-6521deea21e8	0c443b8c4ac16cd4c6e65f021e4e7a127dbe8e64d7400cc0db8071534029349c	c0efa6c7f26bd64a03db22926f50ce327c7453acf982265acd19f98a6f924788
29	2026-12-05 03:40:18.069687+00	0	\N	url	meetings/board-2026/raw/a.wav	\N	ok	root	expires 2026-12-05T04:40:18Z	b7c6f682-04d0-490b-bfe0-e18a7de4e897	c0efa6c7f26bd64a03db22926f50ce327c7453acf982265acd19f98a6f924788	dabfd44f74dcc664a2ba862979ed784880c6ae3e089ac72e58352469b7b34f3c
30	2026-12-05 02:50:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e3775edb-d50f-40ab-8a88-90de1de4fddd	dabfd44f74dcc664a2ba862979ed784880c6ae3e089ac72e58352469b7b34f3c	0992c88df6cc76dfebabdf1530d59da52458d216b35597e1bbf6277b47f7361d
31	2026-12-05 02:50:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b52684f-e33c-4228-b1a2-5f94005b04f1	0992c88df6cc76dfebabdf1530d59da52458d216b35597e1bbf6277b47f7361d	3c65c77a533298735fca7bf5c3f0d951b30ff13613728e74bf0d74832220e148
32	2026-12-05 02:50:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	efd769a9-b52a-48f2-8284-ddbf9c7c9ff9	3c65c77a533298735fca7bf5c3f0d951b30ff13613728e74bf0d74832220e148	3f6c10d439fd12c9b5b85ef224de8cad7f75ec8f5a238ce9027c42ffcf9a1984
33	2026-12-05 02:50:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45d0daa2-c8e0-4242-b985-c6e618441b68	3f6c10d439fd12c9b5b85ef224de8cad7f75ec8f5a238ce9027c42ffcf9a1984	a774e80ba2f3527c2331f7748670e8fc0b24fc6af9fbad6721f4ea6eac064d7f
34	2026-12-05 02:50:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01c1b7d4-02e0-473f-b227-1c65d9d14116	a774e80ba2f3527c2331f7748670e8fc0b24fc6af9fbad6721f4ea6eac064d7f	7595a8bf59c46a178d6176a46ee20eca1e9c62087104454e3bf3dedef302d245
35	2026-12-05 02:50:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	36cf9085-b251-4f08-bd23-5666aed350e3	7595a8bf59c46a178d6176a46ee20eca1e9c62087104454e3bf3dedef302d245	448ae5e66bac99758d444394df3d8e0b8f04f821c631d010322beb07965047b7
36	2026-12-05 02:50:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c12a2b8b-c6d6-4e39-9617-d3ff3591ac42	448ae5e66bac99758d444394df3d8e0b8f04f821c631d010322beb07965047b7	7c2601cba82997256331abef4fb7a771f06a8c528fd1ffb30686b6464cb3bec7
37	2026-12-05 02:50:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	72c1122a-791d-43dd-a5b9-3572d7ab6ad4	7c2601cba82997256331abef4fb7a771f06a8c528fd1ffb30686b6464cb3bec7	08404d6f0b020090cff2a10c7ec4c55165fddfa05812e3d61a7adc88ec05d507
38	2026-12-05 02:50:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c90a33d5-7e7a-4b82-8b68-b774dc9a8fc1	08404d6f0b020090cff2a10c7ec4c55165fddfa05812e3d61a7adc88ec05d507	48e83d8c42f9f16c6e00fed8e21a35bbbfaeebd897015a4cce203c172d6a606e
39	2026-12-05 02:50:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb634f60-9284-4392-acbe-b3b149d50e95	48e83d8c42f9f16c6e00fed8e21a35bbbfaeebd897015a4cce203c172d6a606e	817827f5581ba882cdd77df78f4de34369a9c9226bd99357b670c48a794aef0c
40	2026-12-05 02:50:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	34d3963c-89a9-4bbb-a1e7-9e5dbc3697cd	817827f5581ba882cdd77df78f4de34369a9c9226bd99357b670c48a794aef0c	5af59e0c69648b7758cc9340430d0104a543b49f9b35077df08799ef4a144c89
41	2026-12-05 02:50:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b0621702-88c0-44bc-b127-ed3d9b719930	5af59e0c69648b7758cc9340430d0104a543b49f9b35077df08799ef4a144c89	0c8e80ceb66ffedb3cdab8b0370d6488df89f357a593205ef91e58ca37ed94a1
42	2026-12-05 02:50:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	719f4b32-ff48-4548-860c-45491c3d5b22	0c8e80ceb66ffedb3cdab8b0370d6488df89f357a593205ef91e58ca37ed94a1	2464ad49f370b6ef9f6274dc77a2ca0281841445925eac92cb220c7a7c88ddb7
43	2026-12-05 02:50:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2fe1ee26-e842-4fe9-9973-9cfb7b990d34	2464ad49f370b6ef9f6274dc77a2ca0281841445925eac92cb220c7a7c88ddb7	687b995f0ac5dc322fcbf086bca9547de68f0566d873953b56bf6d07f68690dd
44	2026-12-05 02:50:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8acc0e10-e376-4fca-babe-bb7cdd403bee	687b995f0ac5dc322fcbf086bca9547de68f0566d873953b56bf6d07f68690dd	031a176c23a03e2da2f77895a1eeee9f4a770141aa43f2ff2bccfd6dc27ef001
45	2026-12-05 02:50:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f08af185-5b24-4037-a19b-191fe25f7f7a	031a176c23a03e2da2f77895a1eeee9f4a770141aa43f2ff2bccfd6dc27ef001	f0f34d3a022d496d68e40728f09e59f44aa1b4da37b5442ed6c279fc0dd073a0
46	2026-12-05 02:50:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	681b3fff-db94-4067-9c42-ed8bf73015c9	f0f34d3a022d496d68e40728f09e59f44aa1b4da37b5442ed6c279fc0dd073a0	730bafa547300c1ffefbe505c532747ee3a577ce61190567b9573afaf6cdb670
47	2026-12-05 02:50:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c7daebc0-3e09-46ce-8f34-49cfc62427ac	730bafa547300c1ffefbe505c532747ee3a577ce61190567b9573afaf6cdb670	94600dc03c63f9700480c09c9e786d88bac68f0f31b434538b479e398ac6f7f8
48	2026-12-05 02:50:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c8faa5e-8161-4e51-968f-fd438ab4165e	94600dc03c63f9700480c09c9e786d88bac68f0f31b434538b479e398ac6f7f8	d31e7d9c6bc13dbc6ad17bdf34e8cc3d2e3d4b0d14e951393b05a1e76f946972
49	2026-12-05 02:50:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3510d563-e47b-4b0a-99b8-9cfba0a9e27b	d31e7d9c6bc13dbc6ad17bdf34e8cc3d2e3d4b0d14e951393b05a1e76f946972	b51b9b46e27246f9b0842680280f1160950f543d4ab6f0d5237c0ca3cdb80648
50	2026-12-05 02:50:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f98111c0-abac-4598-9ffd-9397a03b7ebc	b51b9b46e27246f9b0842680280f1160950f543d4ab6f0d5237c0ca3cdb80648	b1d9cab3ace208d87213cb9c13f6792e6c501acf8a73f75ccd9836bf21940c76
51	2026-12-05 02:50:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df3c8558-9fa1-4f1f-8c30-a6d5a811fc27	b1d9cab3ace208d87213cb9c13f6792e6c501acf8a73f75ccd9836bf21940c76	68df96402548670c737d0c41cff55de57ae9b679acd806f9db7e5f669007d96f
52	2026-12-05 02:50:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e5574b8-faaa-4b89-b06f-e38f7fb53165	68df96402548670c737d0c41cff55de57ae9b679acd806f9db7e5f669007d96f	05e8c170db441e7f54dbe962792c5d87a80d66ae844860c12cddd2d5a2745608
53	2026-12-05 02:50:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	39c7bb71-35da-4e82-9df3-043ebd5f634d	05e8c170db441e7f54dbe962792c5d87a80d66ae844860c12cddd2d5a2745608	83ee80dcc8eb4a486813848154d78c21f33b9514c4c4c05e776b57a68f226f40
54	2026-12-05 02:50:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e521c4c-b185-4e7b-b79b-f7837f91e849	83ee80dcc8eb4a486813848154d78c21f33b9514c4c4c05e776b57a68f226f40	96e3e5c6b0d5ae9d0674f11d2ee995bb1dd6e8c352c387dcb549e5a198d775a3
55	2026-12-05 02:50:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8a73f62a-dc0b-4cf6-b160-f28fbbff53d1	96e3e5c6b0d5ae9d0674f11d2ee995bb1dd6e8c352c387dcb549e5a198d775a3	62ec7c165f408cc2fc090e39e26fcb1e819e88ace8e8ad03111a177891afacf2
56	2026-12-05 02:50:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bc0759c9-15ac-4714-8e43-47e9516e0738	62ec7c165f408cc2fc090e39e26fcb1e819e88ace8e8ad03111a177891afacf2	46ff5ef428e64d93a0155b09d59bde03e32bbfe47a03c9e583cd0d7830a0b473
57	2026-12-05 02:50:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eff00a00-ed28-47dd-8f2e-60081ed585c0	46ff5ef428e64d93a0155b09d59bde03e32bbfe47a03c9e583cd0d7830a0b473	4581361f92ef80399a3d435ff98190550ed7482d54f5a195219eca29d5c9c56f
58	2026-12-05 02:50:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7d80a9cf-6136-4953-8a8a-f3b2035ab12c	4581361f92ef80399a3d435ff98190550ed7482d54f5a195219eca29d5c9c56f	ed79e9f6709b8012026c1d3358d193d9cac16963c614b9b7c2a16b007376e763
59	2026-12-05 02:50:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b88fa682-5203-43a6-bb2b-e8b4bb30ab69	ed79e9f6709b8012026c1d3358d193d9cac16963c614b9b7c2a16b007376e763	f0aad3596046f0e5186372d27816f651f721be69661d2e3ec9ab7680da220c26
60	2026-12-05 02:50:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ccc1172-7614-496b-8bab-bd38163f5a9b	f0aad3596046f0e5186372d27816f651f721be69661d2e3ec9ab7680da220c26	2e34a263e0b77d0d14f3c536021d096f4308ac1a195d16aa2d67a94c89662f50
61	2026-12-05 02:50:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98ce0a53-289b-46fb-87dd-0a9e760ec481	2e34a263e0b77d0d14f3c536021d096f4308ac1a195d16aa2d67a94c89662f50	b6d251ccd32813aa3bdaaedb28b7f38400aa2cb1e3f9262846730a030fdf6697
62	2026-12-05 02:50:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c6784e1-6000-4964-b4c7-862f7a126bb4	b6d251ccd32813aa3bdaaedb28b7f38400aa2cb1e3f9262846730a030fdf6697	9e6eb52587f3dcb4c2c0948079545f025bc2cd1279ab8e9c736b78d7f03fec30
63	2026-12-05 02:50:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	589bdeb1-ac12-42c0-8c86-48ab7a613947	9e6eb52587f3dcb4c2c0948079545f025bc2cd1279ab8e9c736b78d7f03fec30	e09c59028e388de4e9694cb2919a05792bd0f9a5f10ae6b2199b4337e9036d7a
64	2026-12-05 02:50:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14eba0c4-9836-4926-93f4-4da49dd5969c	e09c59028e388de4e9694cb2919a05792bd0f9a5f10ae6b2199b4337e9036d7a	5ec1ede4de268f5a5f089cd5260357576cf6daa4d22db605914e6be76ba9513d
65	2026-12-05 02:50:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26b089dc-3981-4e85-951d-9e631bbdd3a3	5ec1ede4de268f5a5f089cd5260357576cf6daa4d22db605914e6be76ba9513d	4242bee7a44fe94799e886afbe90f137039934e4c71c6eac6855a4b9be7d681e
66	2026-12-05 02:50:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7c23b4da-6fd5-488e-b42b-e9397797251b	4242bee7a44fe94799e886afbe90f137039934e4c71c6eac6855a4b9be7d681e	ea2c0ac8ca9246ad3ed200cd2d87ad908d9d3ea428145b3c99bbcace5e7537db
67	2026-12-05 02:50:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6cac8247-f484-4ce6-b002-5e883025a0ca	ea2c0ac8ca9246ad3ed200cd2d87ad908d9d3ea428145b3c99bbcace5e7537db	aa0fe506d9a21e6348a68fc296a26f2c8e3a23114f35aefcf4272ad590c3341d
68	2026-12-05 02:51:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ebaf7d6-1a76-47f9-a236-813154caac18	aa0fe506d9a21e6348a68fc296a26f2c8e3a23114f35aefcf4272ad590c3341d	ecd92b03456809210d0730ce84a7a236568e8960a98d72dde45f8e0012cd75e0
69	2026-12-05 02:51:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	74ea4189-50a2-4093-a228-8ad5d01f641b	ecd92b03456809210d0730ce84a7a236568e8960a98d72dde45f8e0012cd75e0	f534adfd91e8522c472cb3a2e3773f2d8837de50efa2a2ced8f7d92b6408c8d0
70	2026-12-05 02:51:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cce6129a-e996-40b3-80e7-f9ebae00f6b3	f534adfd91e8522c472cb3a2e3773f2d8837de50efa2a2ced8f7d92b6408c8d0	9ff9cfb5e1faf63bcc860c0488724e294e76d3dda0881c5e82e55174995e26cc
71	2026-12-05 02:51:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89281df3-e7c2-4e67-9c3d-cb4549e3094c	9ff9cfb5e1faf63bcc860c0488724e294e76d3dda0881c5e82e55174995e26cc	4cc9854337b5a722dd0384e583faafa3486f363cd9c97109d87ae59cdfe9e923
72	2026-12-05 02:51:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	84781cef-0554-42c4-8eb7-381da38484fa	4cc9854337b5a722dd0384e583faafa3486f363cd9c97109d87ae59cdfe9e923	30ca5ed983fbff5c2ec054121536a2b634d084c36dca43f73f773651c81f9a95
73	2026-12-05 02:51:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a9b0f166-4dbc-424c-81a4-959306ced131	30ca5ed983fbff5c2ec054121536a2b634d084c36dca43f73f773651c81f9a95	d048be439728b1bdb7ad7fc11e40eb5feff52e4fe26e24960130310f97f7a3c2
74	2026-12-05 02:51:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	71204daf-6f41-4f0b-82a7-adfeb2e0c7f7	d048be439728b1bdb7ad7fc11e40eb5feff52e4fe26e24960130310f97f7a3c2	3c210fd4a20e43513c7bf242829f31f4de0038d9bfec1b95092ca44db9baf160
75	2026-12-05 02:51:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93bc07dd-419a-4092-9900-2f49220cc938	3c210fd4a20e43513c7bf242829f31f4de0038d9bfec1b95092ca44db9baf160	1bf9b31781993539b1db5b9c76604d417906991916b9d869fe35a55a0fb18298
76	2026-12-05 02:51:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e6f5e0c-c444-4854-94d0-bdb41df897f0	1bf9b31781993539b1db5b9c76604d417906991916b9d869fe35a55a0fb18298	6d4a5aa5f0dffe33b33b8e2ada9a5839e09d2a8551cad3b8e8e3d11e893081f7
77	2026-12-05 02:51:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	123c113f-003e-4656-b1a9-54b84367d949	6d4a5aa5f0dffe33b33b8e2ada9a5839e09d2a8551cad3b8e8e3d11e893081f7	1846ca5454070259a1d5fa00bf87997f904cd1ed5d946b315da55bcaf9a8e191
78	2026-12-05 02:51:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bda5cebc-492c-4f9e-af36-06b8260e5621	1846ca5454070259a1d5fa00bf87997f904cd1ed5d946b315da55bcaf9a8e191	800ab46d6d7a2fce2e07ba3623be8aa8817dcdd039398b4abba1b6ab3728b104
79	2026-12-05 02:51:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	59cd78bb-cb7c-4b88-9a7a-4419e4a026f0	800ab46d6d7a2fce2e07ba3623be8aa8817dcdd039398b4abba1b6ab3728b104	e1d9ae80c160195bf4145c2c8359bd1db88afb054fb769047e6571e30c094780
80	2026-12-05 02:51:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b70981bb-09fd-445e-9a6e-c05ea9fcc34b	e1d9ae80c160195bf4145c2c8359bd1db88afb054fb769047e6571e30c094780	3daae6513f482231485283068a2259aa8a10625a6ba963b381bc6ea48f593957
81	2026-12-05 02:51:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cac8798f-9294-42d7-ba68-70fa7592c5e9	3daae6513f482231485283068a2259aa8a10625a6ba963b381bc6ea48f593957	fefdc71657710703d57bda24e862d72e911eb151cbe9a5640606d7bfa8ca86e4
82	2026-12-05 02:51:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	39ebe7df-e2df-4db3-8924-e11325ea0849	fefdc71657710703d57bda24e862d72e911eb151cbe9a5640606d7bfa8ca86e4	7de3b87c48d458098dc5082f077981b5837692d565122ba1637e31bc940191dd
83	2026-12-05 02:51:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f2db8e82-f708-4aa9-af38-b6fe57e90c87	7de3b87c48d458098dc5082f077981b5837692d565122ba1637e31bc940191dd	2e04513efc9fad57606df0dbdb23027f8d9c35b9e40e7bdc093af483671dc626
84	2026-12-05 02:51:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b59eb50-021f-4d07-b424-03aaaf532ffe	2e04513efc9fad57606df0dbdb23027f8d9c35b9e40e7bdc093af483671dc626	7680c734bbce557ca0897b6b368e853c7a06767f2c775bf50291c02eb17ce1f0
85	2026-12-05 02:51:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e307e0c-3060-44b5-b1c7-25975d7ee4e9	7680c734bbce557ca0897b6b368e853c7a06767f2c775bf50291c02eb17ce1f0	1c12c9d7748753ce8ba2da92cb2b38723a1ef74e9e359fcba049af294906c112
86	2026-12-05 02:51:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60aeb193-9e16-4d6c-b32f-54ec68b1cea3	1c12c9d7748753ce8ba2da92cb2b38723a1ef74e9e359fcba049af294906c112	3f74f5551a65e52c2e81cae8003e25aaf0b65662532a02737b6ed323900f677d
87	2026-12-05 02:51:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9871d83d-76e2-4776-8d53-455a404cebd5	3f74f5551a65e52c2e81cae8003e25aaf0b65662532a02737b6ed323900f677d	3fbbcbfab02e95a2f36e3fd59d5d2e76165484c1c2743db30e387c6111c60988
88	2026-12-05 02:51:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8d17ca2-4031-48bb-81e5-ee9c31ddabe3	3fbbcbfab02e95a2f36e3fd59d5d2e76165484c1c2743db30e387c6111c60988	4bf1a1ad82db3daba386b12848d99ecfdb148d4383469b99d320e765f89857af
89	2026-12-05 02:51:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82921864-8aa4-4487-ba3a-d9a6f14a3e6e	4bf1a1ad82db3daba386b12848d99ecfdb148d4383469b99d320e765f89857af	8e265798dbd39d63646eb79c555ac925e526f867078db03ec9faeb853b719b2d
90	2026-12-05 02:51:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2fb7556c-b201-4d4e-b33e-ce89c308f22f	8e265798dbd39d63646eb79c555ac925e526f867078db03ec9faeb853b719b2d	9d9af75a98d3219896b7b7eff8e593c70d63c3cd61b2e26c4ab88f972a671de0
91	2026-12-05 02:51:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83aadd5a-947e-42b1-b43a-52874a3216dd	9d9af75a98d3219896b7b7eff8e593c70d63c3cd61b2e26c4ab88f972a671de0	95e48d16988d6c5cc890561b65d0bd452349b91d98c6b466ad092e940a8d0c02
92	2026-12-05 02:51:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ed80a7d-24d9-411c-9d5c-e2e52eb27119	95e48d16988d6c5cc890561b65d0bd452349b91d98c6b466ad092e940a8d0c02	e4d4491a95c2d4afbb1ed92badf99666e9202c620a2fe8af081e0ef1898a8466
93	2026-12-05 02:51:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8302ecd4-d36c-43fc-973c-7ef814e57fa6	e4d4491a95c2d4afbb1ed92badf99666e9202c620a2fe8af081e0ef1898a8466	7c57d02c945e45cabed33d932d85979bd4add6e9e07eaed9f63f38593b3605fc
94	2026-12-05 02:51:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1439d94-7eb9-4e72-8630-538575761e2c	7c57d02c945e45cabed33d932d85979bd4add6e9e07eaed9f63f38593b3605fc	1793eba2c4a649635000a495bd95d06c2a914b783ab6fdc1b73086eddd6c072e
95	2026-12-05 02:51:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eca51ff3-5e3f-4ffe-9b4e-179e45ac9712	1793eba2c4a649635000a495bd95d06c2a914b783ab6fdc1b73086eddd6c072e	8ee70386e1ea02595b36b483ad1e5a3de7687e1e44bc1d1527f3528185091ac1
96	2026-12-05 02:51:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6733262-e0fb-4afb-983b-44b1916a030a	8ee70386e1ea02595b36b483ad1e5a3de7687e1e44bc1d1527f3528185091ac1	775ec5a52e12fa6f54bc992d295179aeda0a3b4f7d7958a84fb034192b89e89e
97	2026-12-05 02:51:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	50e3ef49-6325-47de-b348-1bb74577f9ab	775ec5a52e12fa6f54bc992d295179aeda0a3b4f7d7958a84fb034192b89e89e	4dd58f90c304bab653287e84dca63bd00bf45a1a23bd08ea383b04a49e2be580
98	2026-12-05 02:51:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	53d37326-b695-413c-b373-02f7b72b7e02	4dd58f90c304bab653287e84dca63bd00bf45a1a23bd08ea383b04a49e2be580	635cac007132afbaf8d0774aca5f09a4a204cc278e6f0840ea596c6e5d38f626
99	2026-12-05 02:51:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5f5e5e2d-fdd8-4a2c-8b1e-45c0c5c17453	635cac007132afbaf8d0774aca5f09a4a204cc278e6f0840ea596c6e5d38f626	5e0dfd2e780b21c9e7cd65e1fbf948d7de8d14bdab61238f3094e79169360466
100	2026-12-05 02:51:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	591586ec-90ee-458e-b316-27256d2ccfe4	5e0dfd2e780b21c9e7cd65e1fbf948d7de8d14bdab61238f3094e79169360466	05cfcf42e2fd59fe5c9cca387d6b2d1699118c734334105bc9a93f42e8ea1e81
101	2026-12-05 02:51:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2313b4e-5002-4629-ba4c-017e608c2428	05cfcf42e2fd59fe5c9cca387d6b2d1699118c734334105bc9a93f42e8ea1e81	3688aef1a02b985e4abd4a46aed2d424cf0a10afb74793868bbf1b4fc523e909
102	2026-12-05 02:51:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c9328325-c8d9-4354-b2ef-d5c9a4f8b6b6	3688aef1a02b985e4abd4a46aed2d424cf0a10afb74793868bbf1b4fc523e909	4261734bbc9fe9fb96cd8ef3921fbf2d10359927b7009ea956a832fd792edd3d
103	2026-12-05 02:51:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f231e6ed-59dc-41c0-ab71-dc570ead71c3	4261734bbc9fe9fb96cd8ef3921fbf2d10359927b7009ea956a832fd792edd3d	7b73b067aa5bd8095b7f7853bd66a986bf3881218d9b952a194fbf0f615ecc11
104	2026-12-05 02:51:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5bbd4b36-21bf-45ef-a03c-d82d827f3c3d	7b73b067aa5bd8095b7f7853bd66a986bf3881218d9b952a194fbf0f615ecc11	b9e13ca8c9ef100547664976f9cb58d15562a2ccd69b19c069932009f1cf0c9d
105	2026-12-05 02:51:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	610c336d-53da-41ba-a940-1e8acef7fb06	b9e13ca8c9ef100547664976f9cb58d15562a2ccd69b19c069932009f1cf0c9d	c90dc07afa89dcf0b96e8567c4a4367758d0ac21d520e5473882b3fe10cd4728
106	2026-12-05 02:51:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	861820d9-279b-43f8-8d8c-becbaabeaf50	c90dc07afa89dcf0b96e8567c4a4367758d0ac21d520e5473882b3fe10cd4728	019945a607fc6c10605dec1fe112c98b90e00c823b58c4f674a40702fd9137ab
107	2026-12-05 02:51:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	493d0e1d-3330-4091-b503-2752d3646c57	019945a607fc6c10605dec1fe112c98b90e00c823b58c4f674a40702fd9137ab	f9569c871ef14676229e77d1965fe535e2094caa68ac766440e2547fe1dbcb89
108	2026-12-05 02:51:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed5cc514-e84f-45df-8cc6-dceb4148f147	f9569c871ef14676229e77d1965fe535e2094caa68ac766440e2547fe1dbcb89	3a14ef6e5de0042a69ddce713cb0ee1c90c6e6d8e7db544d67830c23314ebc41
109	2026-12-05 02:51:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f10bc150-8e3d-44de-9b66-590c25627e46	3a14ef6e5de0042a69ddce713cb0ee1c90c6e6d8e7db544d67830c23314ebc41	a34fbddb48e938149ebb08e0f19386a65b28a6a6097e7e84917826ba3edc7e25
110	2026-12-05 02:51:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05bddf9f-e897-4642-a894-2dcc1b0c9d88	a34fbddb48e938149ebb08e0f19386a65b28a6a6097e7e84917826ba3edc7e25	8da86e526f220ffcd491c0b59668ecf4cbcb0daaed938960103646bdd24c466b
111	2026-12-05 02:51:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fc13d13-6e6d-4c07-99b0-814da6bd0606	8da86e526f220ffcd491c0b59668ecf4cbcb0daaed938960103646bdd24c466b	b94fe0335204634a5ba028c51441493dcba266d149cdf6870206b89da8cf2f9e
112	2026-12-05 02:51:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c86743d8-af9b-4ba8-9130-fff5186d1e25	b94fe0335204634a5ba028c51441493dcba266d149cdf6870206b89da8cf2f9e	d0cdc8fa42481cc7d239b0b2c202780f9a565df144559a6e99eb6c22a1a0c239
113	2026-12-05 02:51:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d39f4152-a8a6-4f5a-9c58-420a3f1bd192	d0cdc8fa42481cc7d239b0b2c202780f9a565df144559a6e99eb6c22a1a0c239	ae287d3cdc7238fc996985c8e8944be1763b037bba0ff6df0fc982cfa1542b57
114	2026-12-05 02:51:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f2e9b546-4054-4415-ba24-91203a018471	ae287d3cdc7238fc996985c8e8944be1763b037bba0ff6df0fc982cfa1542b57	4519b66f63a5458c85cda2484da4061e1795fcf39383c8dfac2680cdb1060f76
115	2026-12-05 02:51:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	91bd3466-3d5e-4dd4-b515-9e4f4e00a1f0	4519b66f63a5458c85cda2484da4061e1795fcf39383c8dfac2680cdb1060f76	f5e88bf39805a1fdf687c16e8693d683c1dcc1d5dd4cedb7c380065a3d0d11c2
116	2026-12-05 02:51:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	41779422-c3be-4456-99d4-cadfe99e0215	f5e88bf39805a1fdf687c16e8693d683c1dcc1d5dd4cedb7c380065a3d0d11c2	b374aeb07a5e7f3f517b482fcc4887b2095615cc6ac99c372ca7aa082338cb3b
117	2026-12-05 02:51:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6e15153-4cbd-4117-8277-f28d458c0392	b374aeb07a5e7f3f517b482fcc4887b2095615cc6ac99c372ca7aa082338cb3b	32efa06b00d29f28945da96ccc204c6c02c68ca5a255eabf72766dfd8148c584
118	2026-12-05 02:51:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b1c8c74-556f-48c5-827b-e4c1ac9e0cbb	32efa06b00d29f28945da96ccc204c6c02c68ca5a255eabf72766dfd8148c584	e91e701a0a194bc17085f439ca6ddd8ec38a41cdd1644f3e4451dbf6789f3571
119	2026-12-05 02:51:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4298b1a5-0b82-4f16-8f3b-0f099e924806	e91e701a0a194bc17085f439ca6ddd8ec38a41cdd1644f3e4451dbf6789f3571	48788107019b4485b56823f56613f2e0fee90a7485b2fe29aa68cf0e125b8e26
120	2026-12-05 02:51:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a67eaa81-1dd9-46c2-8f35-72af50ed46ab	48788107019b4485b56823f56613f2e0fee90a7485b2fe29aa68cf0e125b8e26	a9d44b513e90a5b314a7b3a29e7616147e54eeddf7d8df3ee77a6d3234bfcefb
121	2026-12-05 02:51:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	52fa429c-2a83-4186-8941-9cbf43974f34	a9d44b513e90a5b314a7b3a29e7616147e54eeddf7d8df3ee77a6d3234bfcefb	96db4789475f89a4a90ab4a82463ad35aeb21cd6b3373f520a31586224bc85dc
122	2026-12-05 02:51:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb1bc7fe-ddc7-43fc-a9d2-5d3fa811a5f0	96db4789475f89a4a90ab4a82463ad35aeb21cd6b3373f520a31586224bc85dc	fda3ee44ef66087826dad3e12466fdf7a1be1ac806bbcecd5f791361861eec7e
123	2026-12-05 02:51:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ec0224f1-eeea-4462-a112-3db956207e95	fda3ee44ef66087826dad3e12466fdf7a1be1ac806bbcecd5f791361861eec7e	5b46b30381c716559edb42590b6caebb231b8c3a9c41547694049dd2b485fe13
124	2026-12-05 02:51:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	32f7f9b6-b260-4af6-84cb-d6b4e09fcebc	5b46b30381c716559edb42590b6caebb231b8c3a9c41547694049dd2b485fe13	0f3d0b9b179393ddaeb36a0a05a9b56d70f5e78e02c8cea9b6c391272f3deba2
125	2026-12-05 02:51:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61ce0cf0-dd50-45c2-bd1c-bbee2b11cbf6	0f3d0b9b179393ddaeb36a0a05a9b56d70f5e78e02c8cea9b6c391272f3deba2	de11b4d885165648dd3e7902d43fa102e2817d86d21a2219320ec0e820eaadaf
126	2026-12-05 02:51:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0685c3ef-db3c-4b52-9022-765dcda973f3	de11b4d885165648dd3e7902d43fa102e2817d86d21a2219320ec0e820eaadaf	4ae783087feb5c256eb7c1cb1a4e054030e5b5089960d7635008c16bdbbf8106
127	2026-12-05 02:51:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	583dc8da-9ecc-4c67-977f-d3ba30696db0	4ae783087feb5c256eb7c1cb1a4e054030e5b5089960d7635008c16bdbbf8106	0b0b6be9778589fffe626136e10159d5b0cb863e3f2a57a3dde804b129a1c4eb
128	2026-12-05 02:52:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b668d4fd-432d-4210-95b2-b13fd42a2681	0b0b6be9778589fffe626136e10159d5b0cb863e3f2a57a3dde804b129a1c4eb	84c11d705e45855d94a2b551e117b2dca118602ed83d22e372360941642dfaf0
129	2026-12-05 02:52:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df6001fd-ca6f-43dc-9511-c4bf7060fa16	84c11d705e45855d94a2b551e117b2dca118602ed83d22e372360941642dfaf0	0f15f5106b1efddb838b9dd615ea8646b1379b02c941a26ffee8dead28f26155
130	2026-12-05 02:52:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5a7991f-be5b-4656-b12c-8c3adcd8757d	0f15f5106b1efddb838b9dd615ea8646b1379b02c941a26ffee8dead28f26155	23be2eb80f76fc8ebbec4970f24623f167a8957ec9bc0c95afb00fd056fa05a2
131	2026-12-05 02:52:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	acc98dac-4fbd-4660-9c23-c978cd8c3037	23be2eb80f76fc8ebbec4970f24623f167a8957ec9bc0c95afb00fd056fa05a2	189fbbef4ed4b91c1c772afe939daad6c6995f3737c4ec5f3b34a24589c60ca3
132	2026-12-05 02:52:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	75e09c38-885a-415a-9047-0b9691832d14	189fbbef4ed4b91c1c772afe939daad6c6995f3737c4ec5f3b34a24589c60ca3	15148a9ad7fc5328f8ac89e4cb124d230e46a1816451d5a5134126ec87f3027c
133	2026-12-05 02:52:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	842d788f-f7ae-4bdb-93d3-0808536a078a	15148a9ad7fc5328f8ac89e4cb124d230e46a1816451d5a5134126ec87f3027c	d8136fbbc84db5a4a59022abe18568b0a92105b491a2853cafa2d124a2488f93
134	2026-12-05 02:52:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fad84ce3-d289-4636-b04e-2f4dc07f4de1	d8136fbbc84db5a4a59022abe18568b0a92105b491a2853cafa2d124a2488f93	46861d18276f087aa38159568085286ab9c81ed7ff149b517482b7580787bc14
135	2026-12-05 02:52:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f4bb483-caca-49a8-8f16-7542371fbee5	46861d18276f087aa38159568085286ab9c81ed7ff149b517482b7580787bc14	5b849f21224aaf961f3d5747ebd28ad4f4188d26dbdfaea7d6cd96b644a5c22b
136	2026-12-05 02:52:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0386e0fb-5cbb-41e2-9b99-22d8953d16ee	5b849f21224aaf961f3d5747ebd28ad4f4188d26dbdfaea7d6cd96b644a5c22b	e84273dfd1b0308a9699e2fb391f533d0c9bb61701af8709aaf5724241b90474
137	2026-12-05 02:52:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b960c0a-14d5-41bb-8c08-0ccfe112fc88	e84273dfd1b0308a9699e2fb391f533d0c9bb61701af8709aaf5724241b90474	1ee13171372c237f3f6a438120a488eb3f3eac7ef903dc7e2ad0d7e0070eb8bc
138	2026-12-05 02:52:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d5506d5-bda0-46ef-9e52-9a3a1314127f	1ee13171372c237f3f6a438120a488eb3f3eac7ef903dc7e2ad0d7e0070eb8bc	4c49aafe790611e36947665cab62185667f69b8551c57a0d1f082876cbd30084
139	2026-12-05 02:52:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ca85e00-7e8d-4f74-9c45-8b718b37396b	4c49aafe790611e36947665cab62185667f69b8551c57a0d1f082876cbd30084	b287c9b909f65db8cd05f8632ac6c0a18bea2a1445a9901bb2c7fcd6613dcc70
140	2026-12-05 02:52:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c09335f0-bfb0-4510-bb95-56b6e95fb125	b287c9b909f65db8cd05f8632ac6c0a18bea2a1445a9901bb2c7fcd6613dcc70	759fb66604e821abe6df9ee3d9d83203a2d7134f4b9f026ad6e1747c276e89ea
141	2026-12-05 02:52:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02bc4a05-a50a-4e7c-a776-d549c91b95f9	759fb66604e821abe6df9ee3d9d83203a2d7134f4b9f026ad6e1747c276e89ea	1c0cbcdb3928538e04e11bbbf74820f860d9973becfef3d25040114e4e54bb4e
142	2026-12-05 02:52:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e56ff95-c33f-42ff-939f-b11ee54d8a02	1c0cbcdb3928538e04e11bbbf74820f860d9973becfef3d25040114e4e54bb4e	5898e187bf5923c38d1b1bb4612d151178d9bf14ea850a8349de5d3618a32276
143	2026-12-05 02:52:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9e822f4-ee36-4b9c-8c44-2496a76f44fd	5898e187bf5923c38d1b1bb4612d151178d9bf14ea850a8349de5d3618a32276	4d2bfbb6cede4a86d61b04b5b7c5aabf8e998e6daebb18fce2ed90ce5642683e
144	2026-12-05 02:52:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b6d95ac-2e3d-4aab-b866-63c2d0a622fb	4d2bfbb6cede4a86d61b04b5b7c5aabf8e998e6daebb18fce2ed90ce5642683e	0883989ce71685e2cb78c47b9562aeefc2065faba55f67309838a9b9ecc209cd
145	2026-12-05 02:52:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62ffcff4-4a64-48df-ba59-6fe1f0f89a97	0883989ce71685e2cb78c47b9562aeefc2065faba55f67309838a9b9ecc209cd	5b4068a103bd16950691fcd63e1919a3287d2c5c5cb6da87b84c665a7b2132f1
146	2026-12-05 02:52:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bcb326ed-784a-4aa1-84c8-9c3c66c0158e	5b4068a103bd16950691fcd63e1919a3287d2c5c5cb6da87b84c665a7b2132f1	67e74bd33a97f306ff7adb2020960797a19d443d24f62bb65309e999a9b0b98f
147	2026-12-05 02:52:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	33bd96dd-9b03-4d64-ade0-cd476c58ce6e	67e74bd33a97f306ff7adb2020960797a19d443d24f62bb65309e999a9b0b98f	be5846077411194b2204639da4d1d937ea387cd79e04a8b316990059af033179
148	2026-12-05 02:52:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	40a12f34-5043-4ab4-a793-93d137b86722	be5846077411194b2204639da4d1d937ea387cd79e04a8b316990059af033179	ec5c47e3fe8f1e0cadcda57586a61ae2a0dac0611343d477fa06d7cca129bf14
149	2026-12-05 02:52:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e7887cea-8dfd-43e0-9f01-b96118be00d5	ec5c47e3fe8f1e0cadcda57586a61ae2a0dac0611343d477fa06d7cca129bf14	e2c04b5dc7870666c360b6440b5abec0fb5a165e6ab8a9f96f2a800419c7f391
150	2026-12-05 02:52:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e48df87-ff4a-41ae-b26f-d4c21c53969b	e2c04b5dc7870666c360b6440b5abec0fb5a165e6ab8a9f96f2a800419c7f391	c5b945e8214fc9e3f19c1d1a6f67db14e125a5e6fdcb90d9d786c9f085dc8754
151	2026-12-05 02:52:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f01bd3fe-5018-4a99-b65c-6d93d1184b80	c5b945e8214fc9e3f19c1d1a6f67db14e125a5e6fdcb90d9d786c9f085dc8754	72cc9314a8650854db2e50fbf3a8df15f8656856634e52a45135ad3d89089663
152	2026-12-05 02:52:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	44f80a5c-9da9-467f-ba27-92419ac739fe	72cc9314a8650854db2e50fbf3a8df15f8656856634e52a45135ad3d89089663	54a1e8b622309cf6c901df603917ed4998dc7da1922f2ca60baeb3722de07b77
153	2026-12-05 02:52:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f2f8507-2223-4ca0-b0ff-86cbc6b527e3	54a1e8b622309cf6c901df603917ed4998dc7da1922f2ca60baeb3722de07b77	aa1b815559c1dd8583f5f47b3391ec4ce4f5da095c8b40278bddff0f8b380579
154	2026-12-05 02:52:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df227d64-ce7e-4c1e-9303-796a1de222af	aa1b815559c1dd8583f5f47b3391ec4ce4f5da095c8b40278bddff0f8b380579	830d3451cf2690ad9c8c076fdebf79133556d243bd8537a6b7f99d0d35768d63
155	2026-12-05 02:52:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4f2b3109-2d0e-4816-a2d6-0748e6da7f40	830d3451cf2690ad9c8c076fdebf79133556d243bd8537a6b7f99d0d35768d63	c2efded7c38e7254b24be4badb4b23646a387825f7e8d79275361c027b8b29a3
156	2026-12-05 02:52:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d46b6839-2479-4cd3-862e-8ddbc936b34f	c2efded7c38e7254b24be4badb4b23646a387825f7e8d79275361c027b8b29a3	06cbabc5e7b946fe61dc207c4ff045ed9a826507267eb57af4c2c1a32681c4be
157	2026-12-05 02:52:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c4ae5ff-1735-4f82-8c32-10da938b00f8	06cbabc5e7b946fe61dc207c4ff045ed9a826507267eb57af4c2c1a32681c4be	0fb83e260c538b3b049133fe958bc8be974530aac670b8c106fdef701dc97188
158	2026-12-05 02:52:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d664200d-3859-4bd3-bf88-d91fb0a33d49	0fb83e260c538b3b049133fe958bc8be974530aac670b8c106fdef701dc97188	73c75314247cca203fec6862fe7e47f12b7e967b1268454d3d8a75df72958da0
159	2026-12-05 02:52:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6a2783a1-6a0f-445f-86d6-c2aefdbf1599	73c75314247cca203fec6862fe7e47f12b7e967b1268454d3d8a75df72958da0	34ef15aa5de4b5c600ec49536688a096056f9f284a7cdbfa44ab70135f60efbe
160	2026-12-05 02:52:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e6bf1902-8589-4f17-bf76-672bbf8097e1	34ef15aa5de4b5c600ec49536688a096056f9f284a7cdbfa44ab70135f60efbe	45bf9f774ac993553ae5c4a97fcf8c1e2a3f8515806706d73174e52bcc4a6fe5
161	2026-12-05 02:52:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1f8cffa9-f962-48ef-8065-aa6b06f0136f	45bf9f774ac993553ae5c4a97fcf8c1e2a3f8515806706d73174e52bcc4a6fe5	cdd68162efff49e587b928c14faf1d8c4fd528ab0caa92ddc91f18a4b6f8c40d
162	2026-12-05 02:52:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	feee0226-8c40-4fca-8f91-70b8a456a09c	cdd68162efff49e587b928c14faf1d8c4fd528ab0caa92ddc91f18a4b6f8c40d	75c41f50ab3f4382ad8c9d8e59fa36f8f0f7ef69f23a44846b5be9750034ecfe
163	2026-12-05 02:52:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c336c63-9efc-4971-bbea-ce30113277d5	75c41f50ab3f4382ad8c9d8e59fa36f8f0f7ef69f23a44846b5be9750034ecfe	c4133f0c6134ad322a9f3ee9e8c7738ed91ffad081316f8111573e150e13179c
164	2026-12-05 02:52:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eabff453-7f48-4cc4-9ae4-8131b7ddccfb	c4133f0c6134ad322a9f3ee9e8c7738ed91ffad081316f8111573e150e13179c	18f237b3eab16df151004835b95dbfea16622fa24c67153c213331e2e6a7d216
165	2026-12-05 02:52:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08e70115-a5ba-4b5f-966a-0f2a776c6a18	18f237b3eab16df151004835b95dbfea16622fa24c67153c213331e2e6a7d216	815f130b20b5ab58bac7299906dfe6f18a2428442fc798cf167b4679e6f96ce7
166	2026-12-05 02:52:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a13acc47-1ea4-4819-987f-6f19ab1a2f69	815f130b20b5ab58bac7299906dfe6f18a2428442fc798cf167b4679e6f96ce7	30a5ee4e63e9a38cf7d512f9a3ad85a4dc136bf6a83bc1e5c89c2e0ebe6ad738
167	2026-12-05 02:52:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a695392c-7f1e-4bb1-be9b-62b2ae1f0765	30a5ee4e63e9a38cf7d512f9a3ad85a4dc136bf6a83bc1e5c89c2e0ebe6ad738	986cb5dd39c9741714837005d74ebad7b774980c6bd9747aa1826826368217f2
168	2026-12-05 02:52:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a03ac98e-90a1-426a-acb7-d10ce74a1795	986cb5dd39c9741714837005d74ebad7b774980c6bd9747aa1826826368217f2	3f9ef91b39c5fadd5813e9e1ed6b585944d836bf504e5ad6251e594ef0ff41af
169	2026-12-05 02:52:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2ebd2d2-94db-47af-9e0f-981179877977	3f9ef91b39c5fadd5813e9e1ed6b585944d836bf504e5ad6251e594ef0ff41af	810390faa7ff2ec49589eec226937c190c2780820c2b53910878a3380fa3e1e2
170	2026-12-05 02:52:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4b98f449-ae9a-4fc7-9d79-9781801adfb6	810390faa7ff2ec49589eec226937c190c2780820c2b53910878a3380fa3e1e2	929de9d45e27508e683a486a561a86d9f5fbc5f1a4aa53ca6793f7e801851a31
171	2026-12-05 02:52:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76904fc6-a94c-4f52-b308-0846a90b44f3	929de9d45e27508e683a486a561a86d9f5fbc5f1a4aa53ca6793f7e801851a31	9fc723fb97445982fe7e72484a0ebe5ce6abb21b021fd7deb32f67ea9a6d70be
172	2026-12-05 02:52:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	731777ff-6c29-4360-99a8-9226ec8cebe6	9fc723fb97445982fe7e72484a0ebe5ce6abb21b021fd7deb32f67ea9a6d70be	8b48e2186edbc6e9aff42addb2904176f654d09cdefd4e2917c683f3fee6f28b
173	2026-12-05 02:52:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28295ff6-1958-4024-99aa-c7bfb758d4cb	8b48e2186edbc6e9aff42addb2904176f654d09cdefd4e2917c683f3fee6f28b	6c7c5224e63e94e5b3760535602673153aadc6fbd4972cb88259b5effd724c6f
174	2026-12-05 02:52:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76831777-b999-43a5-a17e-0f61b39a2c02	6c7c5224e63e94e5b3760535602673153aadc6fbd4972cb88259b5effd724c6f	2873dd327cca55b0f749be6dba086269859750596b47152deebc6199bb6a797b
175	2026-12-05 02:52:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e3ba6b05-f79b-4b47-a11c-ad991b63d505	2873dd327cca55b0f749be6dba086269859750596b47152deebc6199bb6a797b	1cfdba4b5fd8fa4bff6ffcf778752a546b2ef08946fb6771cb18c9e9a0b4ff30
176	2026-12-05 02:52:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8bdba78e-0482-401b-8f14-5214d1575bf1	1cfdba4b5fd8fa4bff6ffcf778752a546b2ef08946fb6771cb18c9e9a0b4ff30	ce243d512735ac00cae45975cd8f8f0568d2aa3eabc01658f493eb95d2fe2b71
177	2026-12-05 02:52:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b489ca63-6625-4481-ae54-889588f4b6c1	ce243d512735ac00cae45975cd8f8f0568d2aa3eabc01658f493eb95d2fe2b71	b170961ee0669668aca6e2789337e76e861bcf64c3c01033d56dce5d1bfa1c6d
178	2026-12-05 02:52:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb0dc6fd-8df6-4f2b-ad15-cd228099427d	b170961ee0669668aca6e2789337e76e861bcf64c3c01033d56dce5d1bfa1c6d	a6ccf3ca69d05bbcabc0ec2da0ac1087c67f5f601e039684fd14f4ecad9177e9
179	2026-12-05 02:52:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c177f98-f8f3-45a1-8d1c-2b02acef48a5	a6ccf3ca69d05bbcabc0ec2da0ac1087c67f5f601e039684fd14f4ecad9177e9	c8d08bd8126066f7b5349e324f4dd9be66a19480de2b42a464e553349b9ea8a1
180	2026-12-05 02:52:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	574669db-fdbf-4134-a8bd-d4944cb3e679	c8d08bd8126066f7b5349e324f4dd9be66a19480de2b42a464e553349b9ea8a1	b1116cb9802fd2a7616f0ca4f85181ae3d3c1311e1b4d592e8bf6b3d613e6fb6
181	2026-12-05 02:52:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd02e080-bb15-4837-995b-19def599305b	b1116cb9802fd2a7616f0ca4f85181ae3d3c1311e1b4d592e8bf6b3d613e6fb6	4c96ada0a0448c509e8e62fe1b2071c9294080de2a32dc3955fb8a73425dd40a
182	2026-12-05 02:52:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5376ddc8-d8b1-413a-b47c-3429041d0598	4c96ada0a0448c509e8e62fe1b2071c9294080de2a32dc3955fb8a73425dd40a	b3802eee5491580a7f1500b461fb1c4fd95361fe56726d597b0e9117c0b39b8f
183	2026-12-05 02:52:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5433939-1552-4e51-8459-680d5bd8f5c0	b3802eee5491580a7f1500b461fb1c4fd95361fe56726d597b0e9117c0b39b8f	dca13a791384a5f51b846df6bc24866f0b73b850c20d1a9dbfecbdbfe13c61eb
184	2026-12-05 02:52:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c41e2dc3-61ef-413d-9aef-b89e17291c48	dca13a791384a5f51b846df6bc24866f0b73b850c20d1a9dbfecbdbfe13c61eb	5ff4aee643cd6ac01a0d5f0396a089cd536df50d107f725d27e03d632ff68f5e
185	2026-12-05 02:52:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d7b8dcf2-cc7e-4916-849f-6e60710cb5fd	5ff4aee643cd6ac01a0d5f0396a089cd536df50d107f725d27e03d632ff68f5e	80ed66b029e57515d9c40ec84927733c78e6852356f919e0cbdd95431dff62a5
186	2026-12-05 02:52:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6dbb5d0-e97a-4b6c-a67b-c05633090ce5	80ed66b029e57515d9c40ec84927733c78e6852356f919e0cbdd95431dff62a5	38edaa81a3aca8ccb16d5dc2fe606dc7fe273aebc0a8f2638da866f4dfe94b88
187	2026-12-05 02:52:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6f55c149-e3b2-43e6-b5d0-c48eb86920ac	38edaa81a3aca8ccb16d5dc2fe606dc7fe273aebc0a8f2638da866f4dfe94b88	f10ce198c383f5aa2da079346d8117e7fa05972dc9ed2c817fad0f0e95b07999
188	2026-12-05 02:53:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ea823984-3b30-4d3e-baef-2cb8bf4a3a9b	f10ce198c383f5aa2da079346d8117e7fa05972dc9ed2c817fad0f0e95b07999	2917026eea39757fa50b678c1ab265e7bc0c66ff72e6b4ef37b6c9dbebee97ae
189	2026-12-05 02:53:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b8d4ae6-0de8-4d1d-b7dd-94690299551c	2917026eea39757fa50b678c1ab265e7bc0c66ff72e6b4ef37b6c9dbebee97ae	5bb911dc2c2c7b6469171bb1f8a5ab09dbd7457aa47ab49b5dd0a0e9e82d8c70
190	2026-12-05 02:53:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	37d20c93-8db1-43ac-ab1e-58d1c8401e53	5bb911dc2c2c7b6469171bb1f8a5ab09dbd7457aa47ab49b5dd0a0e9e82d8c70	685d37329e66f7b4227fa217a9673cc0636b9728ec14bd1ffccbe5d42de10312
191	2026-12-05 02:53:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d78430a-b3a1-4d09-8622-bc0e84782dd0	685d37329e66f7b4227fa217a9673cc0636b9728ec14bd1ffccbe5d42de10312	8daba12176b2aa2c150b4acc7bde0853ebbb6687c1a230e2b6f921285198f591
192	2026-12-05 02:53:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3fff3c3c-0b0e-4f3f-8b82-2f4d55a89e95	8daba12176b2aa2c150b4acc7bde0853ebbb6687c1a230e2b6f921285198f591	c5a021909033e26f30228275d58fe5172fd30e22929de7ba014ee1928e4bbe47
193	2026-12-05 02:53:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2857e3a3-5069-4077-a147-b5a5fbfaa5fc	c5a021909033e26f30228275d58fe5172fd30e22929de7ba014ee1928e4bbe47	14e02c0e986c4b3197790a3d98928a7e78a7fbafc47e3cbc21f2966b3b5fb23c
194	2026-12-05 02:53:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c042b266-a8b0-4d4c-ac53-beed20992c6c	14e02c0e986c4b3197790a3d98928a7e78a7fbafc47e3cbc21f2966b3b5fb23c	914a117af42d9aba3eeaaca1d801d7ea54ad4a5dfcd15079360f7bb6731f558e
195	2026-12-05 02:53:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb73e0aa-bcdd-4a68-bc67-4db586c983d7	914a117af42d9aba3eeaaca1d801d7ea54ad4a5dfcd15079360f7bb6731f558e	bf287782a82fe13b50e76d691de90ef74130476aa363ed0c2aea51d3cced97e8
196	2026-12-05 02:53:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e370b446-afff-49aa-a254-b90d0a8f0298	bf287782a82fe13b50e76d691de90ef74130476aa363ed0c2aea51d3cced97e8	717a7a0fca5d12d4ad1006bfbc59b20e36599189f63fbd1735280d9f8d55b906
197	2026-12-05 02:53:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b210872-787f-498c-85f6-3a5bb520dd69	717a7a0fca5d12d4ad1006bfbc59b20e36599189f63fbd1735280d9f8d55b906	4b4673e92c97907145a903fb9dc4cf823b1474e49521ddefa196f59cd30c5053
198	2026-12-05 02:53:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	75ffeb4a-67c8-4655-b9b1-129f29d35dc2	4b4673e92c97907145a903fb9dc4cf823b1474e49521ddefa196f59cd30c5053	68b531990be245afd35427845bde143985f2c52612a5d1054610fb80a7405702
199	2026-12-05 02:53:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3ce801e2-ecf2-43dd-8416-e7dc0d612ba2	68b531990be245afd35427845bde143985f2c52612a5d1054610fb80a7405702	eb98e47e686e8fe4d096faa03bedf606acded142cc14f6efa0e883796b3ae0a3
200	2026-12-05 02:53:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0bf3c2b-dfc0-426d-82f9-46b0e8de93f3	eb98e47e686e8fe4d096faa03bedf606acded142cc14f6efa0e883796b3ae0a3	b5c1bdf199bb9040f35afa62e6c765a97820f7591175517b4b053223cc987435
201	2026-12-05 02:53:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ea95c7f-1c4f-44fb-8657-b4229d221902	b5c1bdf199bb9040f35afa62e6c765a97820f7591175517b4b053223cc987435	94164663444ccabc44e6a98b0b8131142a0d56aac0b0774f47c1c082c2c8e71a
202	2026-12-05 02:53:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6c732ca2-79aa-4fe6-99b5-7b7494b5a376	94164663444ccabc44e6a98b0b8131142a0d56aac0b0774f47c1c082c2c8e71a	4ceab6ddf13c0948e9ce273fec4273bea461b5e4ceff6168c3e1706fa3b54e69
203	2026-12-05 02:53:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	38357e96-cca0-479b-8d06-0174ee7559b7	4ceab6ddf13c0948e9ce273fec4273bea461b5e4ceff6168c3e1706fa3b54e69	f9ad7a56b959119d9037e00295fb40a194f2581afb13ee31cc9e722c9fc7901f
204	2026-12-05 02:53:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c4857101-bf68-4405-a073-1f4778caf28d	f9ad7a56b959119d9037e00295fb40a194f2581afb13ee31cc9e722c9fc7901f	51aa0d7af1cb88e30303af7bfc9de1aa3b5876f03cfd334d9902825e745f389e
205	2026-12-05 02:53:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	109a033d-4004-4dc7-a6ef-4441f6d2dd48	51aa0d7af1cb88e30303af7bfc9de1aa3b5876f03cfd334d9902825e745f389e	ecf90298e3b5c6327162029945e39c6d7c48b46a1689c33b01e864af6556b023
206	2026-12-05 02:53:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	95cdb33e-f58b-4ff1-a807-c3e8f4a07b65	ecf90298e3b5c6327162029945e39c6d7c48b46a1689c33b01e864af6556b023	91202a91c9bdd855c87ae9fa748b2d25c330336e3b7f091467776d42ce79dc88
207	2026-12-05 02:53:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	894b99e5-6db7-417a-88fc-b57af8771d2b	91202a91c9bdd855c87ae9fa748b2d25c330336e3b7f091467776d42ce79dc88	2d92fd38b5ba6b67bfd9e88cf0d176dba59d92f2040972cbc6ed7fbad0554cbf
208	2026-12-05 02:53:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f5c5bc1-d7d5-4bb4-9993-3523bc23bf11	2d92fd38b5ba6b67bfd9e88cf0d176dba59d92f2040972cbc6ed7fbad0554cbf	c52f9b32e137a633cd53e5fbb38f8b079362a140373e60b8038bcdfce200cdb0
209	2026-12-05 02:53:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24a6c091-81ce-4910-b9f1-85f8e1b56d1d	c52f9b32e137a633cd53e5fbb38f8b079362a140373e60b8038bcdfce200cdb0	d4583fa3a0636bd75df538d8007b2f7e00789161ca9e672b26b986c3c8487b9a
210	2026-12-05 02:53:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a4791103-6293-42c9-8d69-d7f0e0d58061	d4583fa3a0636bd75df538d8007b2f7e00789161ca9e672b26b986c3c8487b9a	16f6ecd4e9c56d263a41056b846a01cd8417c80f06fc880a2bcd489c3b35e1fd
211	2026-12-05 02:53:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6e5e136-89aa-47fb-8150-26d0bfe92db1	16f6ecd4e9c56d263a41056b846a01cd8417c80f06fc880a2bcd489c3b35e1fd	b5f905bba16bc35dd7a64e97bc7110f0684a319fb0ae495c8e55bfcefb5604d0
212	2026-12-05 02:53:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	459aa05b-4908-4712-b6e7-2fb16f555fe1	b5f905bba16bc35dd7a64e97bc7110f0684a319fb0ae495c8e55bfcefb5604d0	b3499196e592b57df5bb974c7a34a7ae63be1e6af398d590e7e6280ef36ed716
213	2026-12-05 02:53:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1417b030-1c96-4b47-80d0-eeab2046d789	b3499196e592b57df5bb974c7a34a7ae63be1e6af398d590e7e6280ef36ed716	16539c8706992b131fdc8cd45ada2ad34012060908ec29fd5f2b6f5ca899b5ff
214	2026-12-05 02:53:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	59c03aaa-9c7e-4f1b-8b7a-430c6553bd86	16539c8706992b131fdc8cd45ada2ad34012060908ec29fd5f2b6f5ca899b5ff	1f827c82453552145cb092a99046ad9b4fe8350b93d98e4fa853daf802722737
215	2026-12-05 02:53:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	88701264-e9a1-4be7-a879-f79bdbebe0d2	1f827c82453552145cb092a99046ad9b4fe8350b93d98e4fa853daf802722737	b10b4a0772c4ffda76c65ea149878292ae7f3f55fc62425386d4969c8f872a9d
216	2026-12-05 02:53:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b559ecd0-e440-4322-a2c4-52da5516846b	b10b4a0772c4ffda76c65ea149878292ae7f3f55fc62425386d4969c8f872a9d	ce8d694aa2d2cc63b8fd667c78531bbc38f0453700fb9b6c8a4ab78b37e3098b
217	2026-12-05 02:53:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8381d40f-d6ca-4d3c-b189-3cd484b3b9d1	ce8d694aa2d2cc63b8fd667c78531bbc38f0453700fb9b6c8a4ab78b37e3098b	ba01014794a650b59df3caf197e7fd0db0131a995cca420189ad9a44e955b2b1
218	2026-12-05 02:53:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2f343282-c750-4d11-9063-a1bcbfc8d65e	ba01014794a650b59df3caf197e7fd0db0131a995cca420189ad9a44e955b2b1	1dd7b492584e5bc755145d9535b01f1e2c3d2a90c35bcd644aeca1aa09fa4211
219	2026-12-05 02:53:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	38da8b01-34d3-4035-b7a8-b89bed1adbee	1dd7b492584e5bc755145d9535b01f1e2c3d2a90c35bcd644aeca1aa09fa4211	86d1764a8dfc9ff476f727c57d9dd01500b5a4ce7472bda8aea97e27fda07ee0
220	2026-12-05 02:53:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7cc59596-c04b-4b76-b77b-29e4a0db7384	86d1764a8dfc9ff476f727c57d9dd01500b5a4ce7472bda8aea97e27fda07ee0	41e309c206677cff181d2bb220ce98dae9606a40e6504f451e9a3029dd1097dd
221	2026-12-05 02:53:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4cc12b18-2149-48c6-9db9-64278804add0	41e309c206677cff181d2bb220ce98dae9606a40e6504f451e9a3029dd1097dd	7db160f952c05e3a9f60e08aefbbf3a94f230949e076d28f572d183c63f381e3
222	2026-12-05 02:53:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03f64022-96ac-42ad-8a56-c5426b4ceb44	7db160f952c05e3a9f60e08aefbbf3a94f230949e076d28f572d183c63f381e3	cc9a034850598b64e8a83e4e797917c18f44b57542cd6d4545c64654bcb176fb
223	2026-12-05 02:53:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8da87566-ec1d-4c30-93d7-9947bd108940	cc9a034850598b64e8a83e4e797917c18f44b57542cd6d4545c64654bcb176fb	811e99a908d90434442787a960aa7fd6b98deba5598b9f2a615c36a7548cd723
224	2026-12-05 02:53:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b8c3a9d5-2b09-41c8-ad77-8aa707994914	811e99a908d90434442787a960aa7fd6b98deba5598b9f2a615c36a7548cd723	41c7ef25d4c10bf151cde6b8e2a05583b99b196051022d6205d93e4c59cfa27f
225	2026-12-05 02:53:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ffe1deb8-3515-4abc-96c9-06bce0577f37	41c7ef25d4c10bf151cde6b8e2a05583b99b196051022d6205d93e4c59cfa27f	e047988a9410f331204f2e9d1fc0e30bf15d43c1820e48cd9b34b8a0874986fc
226	2026-12-05 02:53:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb3ba4d8-7a1d-4b8b-94e8-9d190630a4c0	e047988a9410f331204f2e9d1fc0e30bf15d43c1820e48cd9b34b8a0874986fc	01809299ffe933f344181e7f39e1aa0ef1d0bb9c4d08251ebd9cdb0105a7817c
227	2026-12-05 02:53:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e4493511-2ddf-4a6d-a730-a5ead3fa467c	01809299ffe933f344181e7f39e1aa0ef1d0bb9c4d08251ebd9cdb0105a7817c	d7a33323c7fcbd168c15aedd071f1f8fea01768bf07ff886517bfc58caf4c3da
228	2026-12-05 02:53:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	080454df-9f2f-4628-bbac-bf42831a369e	d7a33323c7fcbd168c15aedd071f1f8fea01768bf07ff886517bfc58caf4c3da	3c13e3fd8b7e59fb8bafe1c3f48631d645346210bd7ad2caf01022c6a2e2d356
229	2026-12-05 02:53:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8640bdcb-cfb9-4f9a-a2e1-e1fb70ed68a3	3c13e3fd8b7e59fb8bafe1c3f48631d645346210bd7ad2caf01022c6a2e2d356	c98af8987a18058e17d4cbbf91d79ccd22fd428436c85daa231ec3a0f3d6211b
230	2026-12-05 02:53:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	311599a6-25d5-4a44-a0d7-81d69ae4d8cd	c98af8987a18058e17d4cbbf91d79ccd22fd428436c85daa231ec3a0f3d6211b	22a9b86f11f6c62620cbeb15625a2f08c9901a4b9c9bd7e8950b434947d0cf0b
231	2026-12-05 02:53:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b0aace8-1229-43e8-b44e-9f30a634e945	22a9b86f11f6c62620cbeb15625a2f08c9901a4b9c9bd7e8950b434947d0cf0b	e74de0e8b782471ac24b99e680a443ff0de2a4cfdf7c8a439a5f4cf5e29b8628
232	2026-12-05 02:53:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d0b90edd-16ba-48d3-8331-a69a03509cac	e74de0e8b782471ac24b99e680a443ff0de2a4cfdf7c8a439a5f4cf5e29b8628	2fb14f43088e3e34bc1da156c8c0f67e7c6a67408f99a4fbf77016f79c39a396
233	2026-12-05 02:53:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5f14cb0d-92a2-4309-b810-8c434b51b31d	2fb14f43088e3e34bc1da156c8c0f67e7c6a67408f99a4fbf77016f79c39a396	9f3e644f7dbd53f2eaf000180727f4bc2e2d38c67ebd2e7b13505f52679430f7
234	2026-12-05 02:53:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c317fe0a-5572-41cf-be65-faff1b21f8ec	9f3e644f7dbd53f2eaf000180727f4bc2e2d38c67ebd2e7b13505f52679430f7	7f6837a68514302297b4e3451c08248ed79b1dda007157822b07a7c9b4b06a2d
235	2026-12-05 02:53:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	39edb707-6fdd-42eb-ac70-ca4e9232c328	7f6837a68514302297b4e3451c08248ed79b1dda007157822b07a7c9b4b06a2d	e2303a8a2299bf5a09cf85779f7babcabd07ed2540902b73011f200553fcf0f6
236	2026-12-05 02:53:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b279b41f-82b6-4fa8-8cce-e23454a22212	e2303a8a2299bf5a09cf85779f7babcabd07ed2540902b73011f200553fcf0f6	a283dbba86036269f4a801f384d2b7f81b5444c3e0e19268fcdb21661c9e6dda
237	2026-12-05 02:53:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	00cc4b57-b1b9-4e9a-b040-f96379635e95	a283dbba86036269f4a801f384d2b7f81b5444c3e0e19268fcdb21661c9e6dda	4cd0cee4f7094b9fdc4f28d639612ac2b86982deee8dd4340995b3c140cc6aec
238	2026-12-05 02:53:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1e93be6-4ac3-4f4e-9fa2-d1a39ef79933	4cd0cee4f7094b9fdc4f28d639612ac2b86982deee8dd4340995b3c140cc6aec	65b4dc59f9491185c2597b40dc6fba4b7fb70703e68081715f26e0662d9e7a1d
239	2026-12-05 02:53:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05d695f5-d3be-4ea6-9d9b-1c223c956384	65b4dc59f9491185c2597b40dc6fba4b7fb70703e68081715f26e0662d9e7a1d	e4055443e917ee3292a0d446550bbb079a1e637bc9896566d16c58f0695327e6
240	2026-12-05 02:53:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd045608-e82a-4f5e-a2f9-790ece4a4206	e4055443e917ee3292a0d446550bbb079a1e637bc9896566d16c58f0695327e6	78e7b7718f8bb25dbc19c1f715b59401d34e6dc3f740583a37795dcd677170ad
241	2026-12-05 02:53:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb96763a-65e8-4cc8-99e7-602b676d2723	78e7b7718f8bb25dbc19c1f715b59401d34e6dc3f740583a37795dcd677170ad	d4514bfe292e43295a923a06b81eb7571845a7a3bcb75ed4fbede8fb0e7d6df1
242	2026-12-05 02:53:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e37bac76-9880-4e91-9905-821821056428	d4514bfe292e43295a923a06b81eb7571845a7a3bcb75ed4fbede8fb0e7d6df1	e12674ca997d7f3a7af8e2e813d5a1a391cfcfc0d29d438713e5bd42ecb09f98
243	2026-12-05 02:53:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3a1c4339-e021-494b-a972-ddf584794ae0	e12674ca997d7f3a7af8e2e813d5a1a391cfcfc0d29d438713e5bd42ecb09f98	e8041fd1ffc1ac7af0469df07080e6be53e7aa88f472f8f1575d31f455851739
244	2026-12-05 02:53:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a31e7d6d-f892-4e99-b55d-a25943d21a25	e8041fd1ffc1ac7af0469df07080e6be53e7aa88f472f8f1575d31f455851739	76a2dd020a9ee108a8286d53b48735c95a91b4bb087903820a49375aa38c4fc5
245	2026-12-05 02:53:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	78ef3f52-8bb3-4d79-9d39-57f596343a83	76a2dd020a9ee108a8286d53b48735c95a91b4bb087903820a49375aa38c4fc5	988fa672275b0285207c1ef40dd3ad258bd3149e5d945d79d9f684653ee85f4a
246	2026-12-05 02:53:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e815162f-e06d-4bd3-86c2-6efeb30739e6	988fa672275b0285207c1ef40dd3ad258bd3149e5d945d79d9f684653ee85f4a	93e2e29a82d929bad4ecda96b4d2b1cce36fa2a940699b6baa7617a0453823a2
247	2026-12-05 02:53:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f094a51-cb05-456b-98a8-6f476910738a	93e2e29a82d929bad4ecda96b4d2b1cce36fa2a940699b6baa7617a0453823a2	de0cb51d2ee53ae31e3a8c982fe5ec7712ff28e9e849688016c90e3a4ac88a6e
248	2026-12-05 02:54:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	039608c0-3b4e-4356-ac28-83d3f44ec98b	de0cb51d2ee53ae31e3a8c982fe5ec7712ff28e9e849688016c90e3a4ac88a6e	ec67bc2a2f2e0a5ba701705a45199ebb196060197662085029033d09c4363478
249	2026-12-05 02:54:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	65d121e5-b6af-4e1d-8c19-2159f731a35b	ec67bc2a2f2e0a5ba701705a45199ebb196060197662085029033d09c4363478	7459c138d95eeb96b0dbf3d8a55c0c37e1d36236987e4929db7105af391b829b
250	2026-12-05 02:54:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d5a3835-5aa7-40a1-b9e9-864390c356f5	7459c138d95eeb96b0dbf3d8a55c0c37e1d36236987e4929db7105af391b829b	dda68924cb12c8066f987bc7c409b9c849c4c78e0d0199461c9a05cb0b221017
251	2026-12-05 02:54:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5352dc30-baa2-430f-9014-adf4446e00f2	dda68924cb12c8066f987bc7c409b9c849c4c78e0d0199461c9a05cb0b221017	886ab8f20dfb7b64b11ed522d43aff6f646e3fa18e178390a37d941a31e91b8d
252	2026-12-05 02:54:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c2e7bac9-267f-4b4f-91ab-9ff9964272c2	886ab8f20dfb7b64b11ed522d43aff6f646e3fa18e178390a37d941a31e91b8d	cb9a8d0aac8c21cbfb0d75cf97bdd475b08e4cdef8ac10a99ef40653da412b2f
253	2026-12-05 02:54:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a17993b6-f0c9-4892-9a55-114dc1be70e1	cb9a8d0aac8c21cbfb0d75cf97bdd475b08e4cdef8ac10a99ef40653da412b2f	648e40e9d8d2d44b2c798252b41e18eadbd5552c8a0e7fdf2629cead456af91c
254	2026-12-05 02:54:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4165b29-ccaa-430e-9e39-d06d79360daa	648e40e9d8d2d44b2c798252b41e18eadbd5552c8a0e7fdf2629cead456af91c	e63ff7d120a1e00de23de6b4a7edac36b1f564b3c5e28e596f284c4f41af4061
255	2026-12-05 02:54:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	599fcfa5-62ca-4906-a39f-59e047e720eb	e63ff7d120a1e00de23de6b4a7edac36b1f564b3c5e28e596f284c4f41af4061	55273b124efbde1c68ccec025687d4b46301784a4c36e305e2277c0355eb16e7
256	2026-12-05 02:54:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62a8d914-f6fc-4bc1-a0e2-987c76054854	55273b124efbde1c68ccec025687d4b46301784a4c36e305e2277c0355eb16e7	f02bae5a6d6ee6d87276a15ec91d83da222606c9d167bfeeee255fde2f824704
257	2026-12-05 02:54:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aeab9710-9725-4c51-8778-67764c5f1bc6	f02bae5a6d6ee6d87276a15ec91d83da222606c9d167bfeeee255fde2f824704	7341e0e13fc119353494e384069d063b959bf27394d37490ad2d0e476bccab0e
258	2026-12-05 02:54:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	42862c6a-81b6-4da0-b8f6-bb8410527f64	7341e0e13fc119353494e384069d063b959bf27394d37490ad2d0e476bccab0e	dc59489964e53d0958e31359b30aae4dfdd0b7d6845a469e1e63dea4d319b91e
259	2026-12-05 02:54:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60a80bc9-7e10-411d-8eb9-b9d2ed099b3e	dc59489964e53d0958e31359b30aae4dfdd0b7d6845a469e1e63dea4d319b91e	0d4ef393eeaabfb44022e4a1ea03331ad701bf59cbd17775bd843c30ea66ff62
260	2026-12-05 02:54:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1408bf7b-2728-4247-8504-ad0f3768d469	0d4ef393eeaabfb44022e4a1ea03331ad701bf59cbd17775bd843c30ea66ff62	9ba2deb7884d36160ceeb855baf70087848cac0ae7cf06391f52cc5fb87650ba
261	2026-12-05 02:54:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76feae52-2ed6-48e7-8c96-e398ad38175e	9ba2deb7884d36160ceeb855baf70087848cac0ae7cf06391f52cc5fb87650ba	11ac159b1a46331c7f8ab76afd643f12e8e327034426feefb18bd19d9e868e05
262	2026-12-05 02:54:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55c8c960-f3a2-4a78-aa56-0432a8e9347a	11ac159b1a46331c7f8ab76afd643f12e8e327034426feefb18bd19d9e868e05	3c1dabf91c6ef3a27d99de0d390a0b6fd37b90098db0436bd8c9138d1c55e838
263	2026-12-05 02:54:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	afb08108-89ad-4683-b6ac-4ace9e923674	3c1dabf91c6ef3a27d99de0d390a0b6fd37b90098db0436bd8c9138d1c55e838	05cbd83ae194f2e05a6d5a864c21aa2e53d479d39cdb2c356e262f19d43d56a3
264	2026-12-05 02:54:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3041635f-a103-4c83-aab0-7e336b9945a9	05cbd83ae194f2e05a6d5a864c21aa2e53d479d39cdb2c356e262f19d43d56a3	b2201019b26d701951b661038b28899fd2c19eb3bad1d7d5e17697e1988a423a
265	2026-12-05 02:54:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bfecf02e-304b-4f25-b6a7-5d30db747202	b2201019b26d701951b661038b28899fd2c19eb3bad1d7d5e17697e1988a423a	e424b3f71093d2a8275e79c620e875dbbcad9fa63717a86aa630bdc4a0f47719
266	2026-12-05 02:54:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1618945c-b16e-45bf-ad07-fe6f81bce621	e424b3f71093d2a8275e79c620e875dbbcad9fa63717a86aa630bdc4a0f47719	7a1fce18c7a3b97e0a19ef8e52d0913911322ff28da050d199c567786fb83692
267	2026-12-05 02:54:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	71f76c56-435a-431d-95d4-ce38c7814ee5	7a1fce18c7a3b97e0a19ef8e52d0913911322ff28da050d199c567786fb83692	612793c8eda8e0e04bc88ab58896cff03d6a253ddf129f7aa2bc98b28656bc74
268	2026-12-05 02:54:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d3a2268-0f2d-41a5-b0cf-155b7811df23	612793c8eda8e0e04bc88ab58896cff03d6a253ddf129f7aa2bc98b28656bc74	8b00f8797fecdb1058eff2680a1b30a5d692a26ba93ef47b97cc84c5bf67a64c
269	2026-12-05 02:54:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	70776752-45c4-4f82-8df9-04c8abaffb8b	8b00f8797fecdb1058eff2680a1b30a5d692a26ba93ef47b97cc84c5bf67a64c	4c40e8fdb67520ea0ef44c47bee5d98442fad1f5697a58da21c6aafbfa2f0c70
270	2026-12-05 02:54:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03a1d371-e492-443a-9f45-1ab2532539eb	4c40e8fdb67520ea0ef44c47bee5d98442fad1f5697a58da21c6aafbfa2f0c70	8f433485f56660bf3d77ceb819c1d068498e25fb262ac874013f69d77b083b8c
271	2026-12-05 02:54:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f19e299c-2087-40f4-81cd-2ddf7c8dc2f9	8f433485f56660bf3d77ceb819c1d068498e25fb262ac874013f69d77b083b8c	1667b65d9d7dea8728b9384f065c550413087b73a043fe2474fd644c2da047b3
272	2026-12-05 02:54:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cdc57d6b-0902-42fe-8095-72c486f19252	1667b65d9d7dea8728b9384f065c550413087b73a043fe2474fd644c2da047b3	4818f13d53fed09d2a8011956fde39562d5fc5ad9b1b6d0214ab6aa3fd983705
273	2026-12-05 02:54:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	de9681b0-0ccb-4040-8bdd-da4467dbab01	4818f13d53fed09d2a8011956fde39562d5fc5ad9b1b6d0214ab6aa3fd983705	ecf347bcc3a5472471bed4ce2c881500b02803f26d2be0c37bca1fa913e37ca8
274	2026-12-05 02:54:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a06705bb-11ce-4a79-b520-f103decc02ef	ecf347bcc3a5472471bed4ce2c881500b02803f26d2be0c37bca1fa913e37ca8	6a4828c943a5d925b2969c6638172a0f0fe1657361f4fd6e5a642a12475f28f2
275	2026-12-05 02:54:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	71da4150-c4de-4f0b-b7cd-e9134043878a	6a4828c943a5d925b2969c6638172a0f0fe1657361f4fd6e5a642a12475f28f2	28acfc034d1d395dafe32eedf6eba118d4d77ed0eb0941cbde3bdd563fc61d48
276	2026-12-05 02:54:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f5dab5f-25b5-4241-ae94-a5e40f7e4448	28acfc034d1d395dafe32eedf6eba118d4d77ed0eb0941cbde3bdd563fc61d48	eb541bdb9127f358b726f1cbdbda0367b8ded01284565b076d83938d3a87bb4f
277	2026-12-05 02:54:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d82c8d18-8070-47ee-810c-bdc544a9c0a4	eb541bdb9127f358b726f1cbdbda0367b8ded01284565b076d83938d3a87bb4f	b9ebe0b569ee653f5c8c9e26796d0580541dbd0e008a9d5763549f37d157d794
278	2026-12-05 02:54:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24db76d6-c926-4682-b0c8-7a559c61fcca	b9ebe0b569ee653f5c8c9e26796d0580541dbd0e008a9d5763549f37d157d794	477d0c7aa3d3453f7577e5a1dabc35c01473c2d2c0c7a22b45d1098de484f82a
279	2026-12-05 02:54:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f178634f-fc98-48fd-b0d2-45f6b415cd78	477d0c7aa3d3453f7577e5a1dabc35c01473c2d2c0c7a22b45d1098de484f82a	7f3300eda5ef609f3d1eb6e15bb54189827ac831512626e1c45362d021c01b6e
280	2026-12-05 02:54:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb2822c5-c977-4add-907e-37e1d87e5d5b	7f3300eda5ef609f3d1eb6e15bb54189827ac831512626e1c45362d021c01b6e	454c92abb972edc7c5e9885168c14ad8b73c0c863464e007f04df3f965f5df62
281	2026-12-05 02:54:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fcf4d1d8-bee4-4a55-846f-ad009a3a9150	454c92abb972edc7c5e9885168c14ad8b73c0c863464e007f04df3f965f5df62	b4a06095921625c45321f55a4a325bf2c12172008b9b99529071a44d9d097dfc
282	2026-12-05 02:54:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	edd11ef8-38cd-42e8-bc6e-5c6091812924	b4a06095921625c45321f55a4a325bf2c12172008b9b99529071a44d9d097dfc	f82f53a2555295a64037a5c2746a441019a7d7398244c2f3b73f3146a1962f17
283	2026-12-05 02:54:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd0503fc-5d6a-4bab-82fa-a7dc99b0c326	f82f53a2555295a64037a5c2746a441019a7d7398244c2f3b73f3146a1962f17	e293738f288a82774fc51fb201532e06a8d62e60e9a3841a29eabae85e564342
284	2026-12-05 02:54:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03f812f2-da0b-48cb-bfb5-72b23fd5802a	e293738f288a82774fc51fb201532e06a8d62e60e9a3841a29eabae85e564342	348e47cb75914f74e3f999f8877dbf8f19965869a4ea6cc98e17aa37e6a70b39
285	2026-12-05 02:54:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cf562d23-df52-40d0-8c2f-e4636b330312	348e47cb75914f74e3f999f8877dbf8f19965869a4ea6cc98e17aa37e6a70b39	cc95fafa6b5e8185303bbe5161b09bab0481c1e53acd6b54766a5b541b639c0e
286	2026-12-05 02:54:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1386ecb0-9864-4308-a3c0-d22d5e857443	cc95fafa6b5e8185303bbe5161b09bab0481c1e53acd6b54766a5b541b639c0e	36b20640f83cb797dc1a2570d7e54f32ba2a89c1bdb777978c077dd54ec93b96
287	2026-12-05 02:54:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	525f9877-7dc8-49c9-a299-2492c64ac82a	36b20640f83cb797dc1a2570d7e54f32ba2a89c1bdb777978c077dd54ec93b96	090bc30e250399acd5a4ab38a9d2a61d0045d0087f1dc042d0cb79c478042e17
288	2026-12-05 02:54:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6b26306f-5f65-425d-b6d7-d09245e5040b	090bc30e250399acd5a4ab38a9d2a61d0045d0087f1dc042d0cb79c478042e17	78087f9e4f78c155cf76edf524da821de2a1b4a36ba7a561fedc3a04577dcded
289	2026-12-05 02:54:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c305a30-add3-40fc-8a1c-233dbfb75d6f	78087f9e4f78c155cf76edf524da821de2a1b4a36ba7a561fedc3a04577dcded	5619630030634da57ab766f33e9337a0fb91371aad9a0217f6857543dce2bf2c
290	2026-12-05 02:54:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7c603992-8220-43dc-bb20-ea7e53e2c4aa	5619630030634da57ab766f33e9337a0fb91371aad9a0217f6857543dce2bf2c	7616edffe6aa411c679df9d90afea7b35643bdb0545eafd68500e65a00cf3269
291	2026-12-05 02:54:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cd84d657-1c63-4438-9a79-df9fd920a14a	7616edffe6aa411c679df9d90afea7b35643bdb0545eafd68500e65a00cf3269	5425a2d2270461a61398a51d4bbbdf5df3c3889bab0133e23ce3ce6ce725253f
292	2026-12-05 02:54:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c961854d-458a-4ac2-a6db-336fad0e359d	5425a2d2270461a61398a51d4bbbdf5df3c3889bab0133e23ce3ce6ce725253f	2d6dd33a24deae9f6a2ef8e4d4e1139a8bacbf5f879ac6e382cfb03ab0a8efdc
293	2026-12-05 02:54:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee583de3-91b1-4451-a2d1-4e29598f31c9	2d6dd33a24deae9f6a2ef8e4d4e1139a8bacbf5f879ac6e382cfb03ab0a8efdc	bb0a85cabf17f1eab124c46f0ab1ff2a0456de0f0461a640090253e8c1fd444a
294	2026-12-05 02:54:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4bbba863-9423-4948-840e-1070a31344e7	bb0a85cabf17f1eab124c46f0ab1ff2a0456de0f0461a640090253e8c1fd444a	435144fd3ae98d4ef9b236aaa5a36d92c5d1f4d9661b31c9bee562691582aaf4
295	2026-12-05 02:54:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92eb2ff4-ab3d-4c7b-9110-463573af44ec	435144fd3ae98d4ef9b236aaa5a36d92c5d1f4d9661b31c9bee562691582aaf4	0d4503d61453018a6c34c20152d528a787e6170be2ef5b63b195c59e787c6265
296	2026-12-05 02:54:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6ba2c349-7a53-43a6-ac11-f432c4394f75	0d4503d61453018a6c34c20152d528a787e6170be2ef5b63b195c59e787c6265	0ff6684a73800407b6c37f2b99ffe3372833ba1d3120b5325c87ed070da1906b
297	2026-12-05 02:54:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a644dee0-8e69-4049-b10c-10236191ccb2	0ff6684a73800407b6c37f2b99ffe3372833ba1d3120b5325c87ed070da1906b	d888279586e461245308de99488b4da7dd0ab8475a4b9e45ade9f508d672a61f
298	2026-12-05 02:54:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e13c7307-b4da-438f-abdb-5d50ce42b749	d888279586e461245308de99488b4da7dd0ab8475a4b9e45ade9f508d672a61f	80b9bd882398218384d49eaa843431f118a193ec4ced951ae335294e694c1d3e
299	2026-12-05 02:54:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d12367b3-bfa3-4203-be6f-d199b4ac38c5	80b9bd882398218384d49eaa843431f118a193ec4ced951ae335294e694c1d3e	dc25deabf369f5dc0519b31d993a1bd6ac74f51bc4843bce124f0eff6de1bdef
300	2026-12-05 02:54:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb69fcb5-3ae4-4bcb-b55a-6f7054a3edf4	dc25deabf369f5dc0519b31d993a1bd6ac74f51bc4843bce124f0eff6de1bdef	44831071e5aca94c565530a0dca340f7633e9b63257131b41b286344b6791f63
301	2026-12-05 02:54:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6257e2df-6b47-4516-87e2-de904599cf2f	44831071e5aca94c565530a0dca340f7633e9b63257131b41b286344b6791f63	fe43a179fb76f6fae1cd5af989dc76d8afa57e4b85aee77d20fee59d3c9f592f
302	2026-12-05 02:54:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51cc1d40-7222-45da-a085-70c36b27b9b2	fe43a179fb76f6fae1cd5af989dc76d8afa57e4b85aee77d20fee59d3c9f592f	8c56dfc38095e31ef9ec728d065bc9237e09bbfe12cd59982222902a59bd495d
303	2026-12-05 02:54:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94d1d0a6-3809-4096-b0e3-2ea4d2aa24d0	8c56dfc38095e31ef9ec728d065bc9237e09bbfe12cd59982222902a59bd495d	ad5aa5e66fb21a3ec501e3038e11c616d7cabe65c8300909d8141e1637ddd26d
304	2026-12-05 02:54:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4741e2c1-ffd8-4063-8703-4ba0f60c6e7c	ad5aa5e66fb21a3ec501e3038e11c616d7cabe65c8300909d8141e1637ddd26d	46aeb0716cc8d1033d4c3afd2fb59627a8308b0ec0f15f37fe14d70cc392bc49
305	2026-12-05 02:54:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	349b9436-55f2-42e3-ac4f-b517b2238016	46aeb0716cc8d1033d4c3afd2fb59627a8308b0ec0f15f37fe14d70cc392bc49	3a7526bc534c227d99b916c052c5377d27ab6bf5daaae6811d2869d7392b3863
306	2026-12-05 02:54:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cc224a5-9331-4619-9139-269bcae45b11	3a7526bc534c227d99b916c052c5377d27ab6bf5daaae6811d2869d7392b3863	72a189e5010ed7e1b4b1937e41cb5fd8bf912b046c82cfb22902b398f8cbf8eb
307	2026-12-05 02:54:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	00653811-2c5a-4547-84cc-7bf90c58d5b9	72a189e5010ed7e1b4b1937e41cb5fd8bf912b046c82cfb22902b398f8cbf8eb	bebbf9a1113efe842271ee68d4ed5c483dc62154fba38a10dd2020e4fdcd8d29
308	2026-12-05 02:55:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03f6e75f-b7f4-4e10-a59d-c4e59ba0c702	bebbf9a1113efe842271ee68d4ed5c483dc62154fba38a10dd2020e4fdcd8d29	b8d818be3c6d1383e081725e74733d9d8d7fdb3484c2d18db920f626bfd82f22
309	2026-12-05 02:55:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6483b4e6-34ef-4787-af8b-aa92c201bf51	b8d818be3c6d1383e081725e74733d9d8d7fdb3484c2d18db920f626bfd82f22	b2e17767216a6a18f1abb484e8e15b707025a11a0833b1d74629d2b8255ceee7
310	2026-12-05 02:55:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c27d1fb6-ae65-4103-9130-3b112d1de823	b2e17767216a6a18f1abb484e8e15b707025a11a0833b1d74629d2b8255ceee7	b5474999be288b52e84ae0f116879a5123dfacd8a0e80d27ac614d95caf3e691
311	2026-12-05 02:55:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b4af1714-088f-4df7-a891-a48925876aaf	b5474999be288b52e84ae0f116879a5123dfacd8a0e80d27ac614d95caf3e691	6015929a8e8df57ecc74cb09ea380cc98902ea26b46c21d76b9b5086d44d0d83
312	2026-12-05 02:55:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e6220bb-7827-4bb0-a6dd-23d7f562151a	6015929a8e8df57ecc74cb09ea380cc98902ea26b46c21d76b9b5086d44d0d83	08839933d15d363a9703ea266eee9b96c19355eaabe12cf9788c1c8f6c894aaa
313	2026-12-05 02:55:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d22aecf0-0055-4d63-9949-ab72b0f14bb1	08839933d15d363a9703ea266eee9b96c19355eaabe12cf9788c1c8f6c894aaa	26666150ba5c9e73ae78631daf3b6b5f7f7da00cd46dfb91d16a3736d454ccf7
314	2026-12-05 02:55:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f9c32fb7-2d6c-456f-8526-500c45aa6bee	26666150ba5c9e73ae78631daf3b6b5f7f7da00cd46dfb91d16a3736d454ccf7	35d2d2a268f71d65c774894d1f0b2962ad23e7b4de71c54251d820f1e9885553
315	2026-12-05 02:55:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87e7eec3-9c56-44d0-a78f-7b6f3ab5ae1f	35d2d2a268f71d65c774894d1f0b2962ad23e7b4de71c54251d820f1e9885553	c4bfc4f1e78dca00f16c2e027e4fbc64c00e6b5a1e9d9597452a79404564d592
316	2026-12-05 02:55:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb6707f1-983c-4b66-bf01-f6e166e62eb2	c4bfc4f1e78dca00f16c2e027e4fbc64c00e6b5a1e9d9597452a79404564d592	9e5e048a6bf4608ee9da5c50710df0698f3a26c28381cea073273f0001981a21
317	2026-12-05 02:55:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bfe9ad09-0e14-405c-8fd2-31d613d0c610	9e5e048a6bf4608ee9da5c50710df0698f3a26c28381cea073273f0001981a21	7f88e652f818cf550e8288df19420970d2ec6ee9708682e03a28928482a7c763
318	2026-12-05 02:55:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dbce54fe-e32b-4a30-afba-c634ee15e364	7f88e652f818cf550e8288df19420970d2ec6ee9708682e03a28928482a7c763	ec07dc8a27ec83163ce1cae534644cf6aabf756f2f23c386217170515e26b340
319	2026-12-05 02:55:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8dd4175c-0615-45c4-8556-f53fa6e2d109	ec07dc8a27ec83163ce1cae534644cf6aabf756f2f23c386217170515e26b340	65e2e5c400b5a1b03518e07dc1d840fe2aa3cf702a9067dd776ab76d0bf44d94
320	2026-12-05 02:55:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aebd89e9-7d61-47f8-9eb7-695587158272	65e2e5c400b5a1b03518e07dc1d840fe2aa3cf702a9067dd776ab76d0bf44d94	5dc0e45dbc7dcc62b0173461721b227f2238b557c797132e3101394b6de89131
321	2026-12-05 02:55:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5a791082-3519-4f8b-9e6e-a320555c8038	5dc0e45dbc7dcc62b0173461721b227f2238b557c797132e3101394b6de89131	595423e6f17f366a32d5ceea5cb194cd45f574ed46ee2680b1596aa570d57f84
322	2026-12-05 02:55:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5f32e4d6-410f-490c-83a3-9a1c316cf884	595423e6f17f366a32d5ceea5cb194cd45f574ed46ee2680b1596aa570d57f84	172bf0115b15c43844a4f660037b15da74b57a10405cef4723cd872c755ba409
323	2026-12-05 02:55:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1316a6f5-a378-434b-b741-62d7abfce025	172bf0115b15c43844a4f660037b15da74b57a10405cef4723cd872c755ba409	7d71b96296b3465128d457398bb7510028e7bf2984ae0bec7d532f7b801dcec8
324	2026-12-05 02:55:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e7f60821-3a6e-46d5-a199-0dc44c59d8f6	7d71b96296b3465128d457398bb7510028e7bf2984ae0bec7d532f7b801dcec8	32b540ace986a1aa7f1b9b6f1366990282c7ad895d74faeb0b920862e887e208
325	2026-12-05 02:55:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a2a30607-d366-47b1-9b3d-67b7f354038b	32b540ace986a1aa7f1b9b6f1366990282c7ad895d74faeb0b920862e887e208	68e652e54627764f726cf9b436533418058d61101b54b2eff92ded343e524fb7
326	2026-12-05 02:55:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a70d50b7-5375-4376-97c1-4becb80d0b18	68e652e54627764f726cf9b436533418058d61101b54b2eff92ded343e524fb7	bfa48f0c77d51d0f8408634a677aae8a9d708e2f1e3510bb96f22633995c03f4
327	2026-12-05 02:55:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a92e0be0-ffb6-45b8-9eb6-2b0bacf2a10f	bfa48f0c77d51d0f8408634a677aae8a9d708e2f1e3510bb96f22633995c03f4	a34181938a1961aaa86917b7ce01e1709f619b70a83ce948009a0fe4272799be
328	2026-12-05 02:55:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	baffd2b5-3a96-4ff9-830f-033d1f840125	a34181938a1961aaa86917b7ce01e1709f619b70a83ce948009a0fe4272799be	042e5d3b85f4905aec4cf3e5a1943d3b2775328ae1cbd8069a60eb68e2309c09
329	2026-12-05 02:55:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f294f393-b806-4ea3-a522-a4ec78121151	042e5d3b85f4905aec4cf3e5a1943d3b2775328ae1cbd8069a60eb68e2309c09	5a238c6b667bf86e37c44f4eac6a3b79455ac53339535aeb57310d3836871c33
330	2026-12-05 02:55:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02321be8-7bdf-41ff-896f-9016772873b6	5a238c6b667bf86e37c44f4eac6a3b79455ac53339535aeb57310d3836871c33	9e19f7acb23227c3361933b0e3e666a546185dab1e2c12361bd768cfe33c663f
331	2026-12-05 02:55:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05223156-86a5-4280-a9ea-df40100fd4e8	9e19f7acb23227c3361933b0e3e666a546185dab1e2c12361bd768cfe33c663f	495b2916812da17dfe6a8950d6315caddf8a8004eae6a9f67770602d06407514
332	2026-12-05 02:55:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5466cef9-af02-44c2-8716-ab4515d42acc	495b2916812da17dfe6a8950d6315caddf8a8004eae6a9f67770602d06407514	913e26f154ae4d1580327dec32967a68131c12d8467f8e121b4d5bde1de37a18
333	2026-12-05 02:55:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82b51966-c1f8-4475-bb02-5cea7f01b2e6	913e26f154ae4d1580327dec32967a68131c12d8467f8e121b4d5bde1de37a18	23793e8d691cff68ae93f77c5cf962ed764c86e4e62bd122885420b16c57951e
334	2026-12-05 02:55:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	244da63e-4747-49a9-bb48-b9122fca7daf	23793e8d691cff68ae93f77c5cf962ed764c86e4e62bd122885420b16c57951e	176e16b49b306d3ff8451ead1a91680a96e02682bec1dcd4fbb9bba0c01455a1
335	2026-12-05 02:55:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eed95d48-500a-4020-9fe4-b806ad35c2db	176e16b49b306d3ff8451ead1a91680a96e02682bec1dcd4fbb9bba0c01455a1	50b8003f63449e7ef1241beee8f701cefe03eff86bfbe0ca024f6e62b6dd2899
336	2026-12-05 02:55:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d7c02ad-c7e9-4747-84a0-04ef7cb0aeaf	50b8003f63449e7ef1241beee8f701cefe03eff86bfbe0ca024f6e62b6dd2899	cabe759c99b7c1f09d43f1e36adb9a9c3dc5b4cbcd4f23c4c5c1f33b7d975a1e
337	2026-12-05 02:55:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2e3f84c4-1968-4b71-a7ff-8b3779349cb7	cabe759c99b7c1f09d43f1e36adb9a9c3dc5b4cbcd4f23c4c5c1f33b7d975a1e	d6f0f8d9f7113c7b9af911e26ecc2347f92961ea4f707f701b15422e61e37077
338	2026-12-05 02:55:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	956e6f1a-2cee-4bb4-8b55-49c7728baca1	d6f0f8d9f7113c7b9af911e26ecc2347f92961ea4f707f701b15422e61e37077	bfb32b43c9593de1f01126c5cda060c31cce27bbf4a55465ef9710f23030103a
339	2026-12-05 02:55:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eedc7747-7f71-4ecb-93da-02f2983db3e6	bfb32b43c9593de1f01126c5cda060c31cce27bbf4a55465ef9710f23030103a	908829ffd72303e23d48d5939efd9b0d94710a4948a5bd83497309b40cb74521
340	2026-12-05 02:55:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c44801e-59be-45ce-af93-84e9236534bf	908829ffd72303e23d48d5939efd9b0d94710a4948a5bd83497309b40cb74521	5d84b949537d18e8dda6829a9e0112362c0b7f96019d0ebc0fbf26d0c7c944e5
341	2026-12-05 02:55:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f664c48f-8513-4c17-8c9e-2af8fe973394	5d84b949537d18e8dda6829a9e0112362c0b7f96019d0ebc0fbf26d0c7c944e5	f06b6bc849ca084ec3508f9e4fcafded2cecda9b3b4013b97596687835fe0c0f
342	2026-12-05 02:55:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2d4aed5-00e1-4419-9417-39126d098eeb	f06b6bc849ca084ec3508f9e4fcafded2cecda9b3b4013b97596687835fe0c0f	1e9b60b283ff29483747be6a2efdff942f6f67b20144e12345c850a719f97306
343	2026-12-05 02:55:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bac10053-a7c9-444b-84ae-2cb34c6a121e	1e9b60b283ff29483747be6a2efdff942f6f67b20144e12345c850a719f97306	c8fd8cefe7a9abf9ef68dc1bfac8b2bec672e44de4254763f69d4c704f221a76
344	2026-12-05 02:55:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05e48554-eda1-4b5d-ae99-110f8a4bd157	c8fd8cefe7a9abf9ef68dc1bfac8b2bec672e44de4254763f69d4c704f221a76	9492bb0df9d8a2e6809c7faef8d59ceb5a5285a6d52a57145e68a3b0dcff8702
345	2026-12-05 02:55:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1fb1907-e25b-425b-95ab-30d2aa790c95	9492bb0df9d8a2e6809c7faef8d59ceb5a5285a6d52a57145e68a3b0dcff8702	fd5ea2008f0d1e055cc22f2be9ed6c4ad6e11b541f7cd86eaaa1d0875278b856
346	2026-12-05 02:55:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e81e9b2-7aff-4a83-ba27-de71b299e8bb	fd5ea2008f0d1e055cc22f2be9ed6c4ad6e11b541f7cd86eaaa1d0875278b856	5b4686c41804f0087504378caa75a2f525d0d783b441c1c0ac9ef40bc084efa5
347	2026-12-05 02:55:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f55459f5-4edd-42f9-a693-24328bba3e50	5b4686c41804f0087504378caa75a2f525d0d783b441c1c0ac9ef40bc084efa5	15e14e02afdfe639f4f036bb83d01d33f9896b249d0e831dd83be7d3de188b63
348	2026-12-05 02:55:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f9b55ca5-37e8-4288-b005-1cde358d2e45	15e14e02afdfe639f4f036bb83d01d33f9896b249d0e831dd83be7d3de188b63	1395b3989cda2f6159730d920e0441782d8611b2647346a9fb241a24333e84d0
349	2026-12-05 02:55:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7eac3931-e362-488b-a77e-2b5ad66a3644	1395b3989cda2f6159730d920e0441782d8611b2647346a9fb241a24333e84d0	be8d35adbfff6e79ee891c55f6242b5790dc35dd2ed0bc2ecc8b2947338f669e
350	2026-12-05 02:55:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cab8f8e-12b6-40cf-845a-cdcffec4d524	be8d35adbfff6e79ee891c55f6242b5790dc35dd2ed0bc2ecc8b2947338f669e	09f7bf21f7c75117abee761597d9ca16167ed3be7624f5e8f8a7c0f2daa843f6
351	2026-12-05 02:55:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	724cf46f-cda5-4980-9f28-189bb2a1699d	09f7bf21f7c75117abee761597d9ca16167ed3be7624f5e8f8a7c0f2daa843f6	424267bca452e4f80fcadfa53ef70609ad2aad94c3984a30df5c91ff9ec6184b
352	2026-12-05 02:55:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cbde7f53-7b94-4b46-b03c-91deac208078	424267bca452e4f80fcadfa53ef70609ad2aad94c3984a30df5c91ff9ec6184b	1226593a048fcdb00c8566a60fbf216cba648dbb3bf3bcbd3f851ce991e1f7a8
353	2026-12-05 02:55:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c39cbd97-f9d2-469d-bcb6-bd35763ff0e3	1226593a048fcdb00c8566a60fbf216cba648dbb3bf3bcbd3f851ce991e1f7a8	94e44e755807344f420b8d401dc63691500f85530c34bba1f552653ec9cffdb4
354	2026-12-05 02:55:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d0ac8e19-99a7-4210-8814-6180beb6004e	94e44e755807344f420b8d401dc63691500f85530c34bba1f552653ec9cffdb4	7a8e90e168978259138af4d71ab1069e260be32fd82fc990f4444f3a21fa9ab9
355	2026-12-05 02:55:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	755a57a1-534e-49db-9479-5c5f5fcef7fb	7a8e90e168978259138af4d71ab1069e260be32fd82fc990f4444f3a21fa9ab9	d64a1514c3e187ef6169f7dcb82e1d0e2514f2b153120ac43ddfef5bdda39838
356	2026-12-05 02:55:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4eb7c8b0-b155-40ea-bc7b-bdce5cf1cd05	d64a1514c3e187ef6169f7dcb82e1d0e2514f2b153120ac43ddfef5bdda39838	95c72da93f6cddb91b7ea8626f8d33b41c0779622052ff64a8fba9114907278d
357	2026-12-05 02:55:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4b8f9305-be76-41f0-a567-3e10eaa68c82	95c72da93f6cddb91b7ea8626f8d33b41c0779622052ff64a8fba9114907278d	27da199e10a6106aceb84d7d8f18e69a6568a794735eadf79a57c94db677655d
358	2026-12-05 02:55:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3aadef11-d8a5-404f-a9ae-1adb32d26231	27da199e10a6106aceb84d7d8f18e69a6568a794735eadf79a57c94db677655d	766953459b75502a11919333665bf40e36b6e76e0042500e2fdb681fe87e4daf
359	2026-12-05 02:55:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	400ea935-d280-4a00-99b0-72a6f70bc78b	766953459b75502a11919333665bf40e36b6e76e0042500e2fdb681fe87e4daf	0a93ec97a344ce6e51a8bb82d74c39c2279b7057fd2c7216b4082edb5e039e42
360	2026-12-05 02:55:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d31e8597-2765-43c1-8768-4243a7b94276	0a93ec97a344ce6e51a8bb82d74c39c2279b7057fd2c7216b4082edb5e039e42	5d837e2058a519f68f0ec31331abae7f53d7fb6c4f6ac0fa3466e7a81b90ff62
361	2026-12-05 02:55:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2ec6f044-934b-4a64-a7d1-c744489685ae	5d837e2058a519f68f0ec31331abae7f53d7fb6c4f6ac0fa3466e7a81b90ff62	59ffedea7b5e4a76f78d3d35e04ea8611df50f98b3054499e44f346de6d23ca6
362	2026-12-05 02:55:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cd3e2d60-0175-4524-bce1-7d0cb239788e	59ffedea7b5e4a76f78d3d35e04ea8611df50f98b3054499e44f346de6d23ca6	d8ae375ba3e97748736f82849f6cc60fcc88f55e5818636091a33f8a8df39c30
363	2026-12-05 02:55:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	160902e3-1475-4db1-882a-a63f53881236	d8ae375ba3e97748736f82849f6cc60fcc88f55e5818636091a33f8a8df39c30	ee5e33b745926a394b4aeeec9f0b4fe0e34829c6886f18aa968829aa85f15369
364	2026-12-05 02:55:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ddc2bca9-da5f-468d-9292-10cca3fb7aaa	ee5e33b745926a394b4aeeec9f0b4fe0e34829c6886f18aa968829aa85f15369	37c0ea120f53a1ea9ac9e484d8940131dfe2348983d9172258bf8af3b9987ed4
365	2026-12-05 02:55:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cf6e85f1-a39e-4a27-a8a4-d8e189ecb4b6	37c0ea120f53a1ea9ac9e484d8940131dfe2348983d9172258bf8af3b9987ed4	e9442ec335568b0c6968ee4cab5919731ee4ad390f508f2c288c4ce432f9f823
366	2026-12-05 02:55:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c807e4f-edd4-4a8e-9930-584e27eb3e80	e9442ec335568b0c6968ee4cab5919731ee4ad390f508f2c288c4ce432f9f823	fc90d215813ae6c8df629cba1b21d7e760ddb6148ad972bcc2eb5e06e97bdfcf
367	2026-12-05 02:55:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f73c39a5-d90c-438c-b012-cafd99900db1	fc90d215813ae6c8df629cba1b21d7e760ddb6148ad972bcc2eb5e06e97bdfcf	c30b60b88048920349ed45677094078b280e5107f945c10fbac88976edfe9ac1
368	2026-12-05 02:56:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0be95497-5ef0-443a-b08e-8011c8ecc3a7	c30b60b88048920349ed45677094078b280e5107f945c10fbac88976edfe9ac1	698dd6c3079ea3b7f70bad6e288dc3895b3088d51724992fd2f95c270204e75e
369	2026-12-05 02:56:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94a52264-ae82-40a9-9fb0-6898873b75fe	698dd6c3079ea3b7f70bad6e288dc3895b3088d51724992fd2f95c270204e75e	7a011a1752b6488907359938d7abd8ab023027811d409f6d8e05f675206f9830
370	2026-12-05 02:56:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3fab6f5a-de2b-4ba5-938e-409085def19d	7a011a1752b6488907359938d7abd8ab023027811d409f6d8e05f675206f9830	ce287bf5be18425158382273a9156c5448ba8c7234444395ce333a38116e549c
371	2026-12-05 02:56:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c1635dc-8672-4b8f-99ac-ba9180a702cf	ce287bf5be18425158382273a9156c5448ba8c7234444395ce333a38116e549c	d21a089b175cf0498835f409405ef9a35944fdb92808597cf262d08407240b0e
372	2026-12-05 02:56:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	525cd17a-4f91-4d7b-a876-0f7add2b634b	d21a089b175cf0498835f409405ef9a35944fdb92808597cf262d08407240b0e	f0d2d95a1d2699c50e15a9c92500db9d952f11cf732fd51e4668acfb1c5d16ee
373	2026-12-05 02:56:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0967019b-5917-4ed1-a0ed-04e2a6500676	f0d2d95a1d2699c50e15a9c92500db9d952f11cf732fd51e4668acfb1c5d16ee	9bd7f1360be63b5803980dd76a3a0a55b17b2a53a40599453b7f227ffcd1ced2
374	2026-12-05 02:56:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93b6225c-2525-4087-80d3-ab889b89f9a3	9bd7f1360be63b5803980dd76a3a0a55b17b2a53a40599453b7f227ffcd1ced2	9abc9ba968b569c2f3faba8d6fe98847b257d0da38823dc3df8fad3905b57160
375	2026-12-05 02:56:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	70a54681-bbc0-4e86-9115-eee342bdb2a2	9abc9ba968b569c2f3faba8d6fe98847b257d0da38823dc3df8fad3905b57160	728a8215eb0e46c24cdf761c393707f72f47eda7a0851a1a9aacd2a8dfb7accd
376	2026-12-05 02:56:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b0adb96a-0930-4ceb-ada7-7e8c9e356ad6	728a8215eb0e46c24cdf761c393707f72f47eda7a0851a1a9aacd2a8dfb7accd	e30071178ba14a8635bc6415e689acd27dd1f14360e1e452be37a676289eda5d
377	2026-12-05 02:56:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3632d77e-fff4-4e33-92fd-33a0f8024d83	e30071178ba14a8635bc6415e689acd27dd1f14360e1e452be37a676289eda5d	9af9fa0bfcaf27bab6ce13950735e9d4a04d952b77494deb7a6c7d6325eaa885
378	2026-12-05 02:56:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55dc2707-95c3-4c4e-994d-e20c60863f7c	9af9fa0bfcaf27bab6ce13950735e9d4a04d952b77494deb7a6c7d6325eaa885	d25ad53d2f8eace3a65749e19efcbf132792472ae0ca4e29f678706b3724a12a
379	2026-12-05 02:56:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3928c216-fe63-417b-8bd7-ea61bfc4c4c9	d25ad53d2f8eace3a65749e19efcbf132792472ae0ca4e29f678706b3724a12a	0c9902b28a9b502ef4917350879e9bf8e5b2f09fd3e089f15e416a649c5fe552
380	2026-12-05 02:56:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77beb5f8-8551-4d24-a8d8-ae791cdaa9eb	0c9902b28a9b502ef4917350879e9bf8e5b2f09fd3e089f15e416a649c5fe552	6fcc959f6bdbdf9d675b31bf849162e1d5d7e63018f3c15de25f5bad36f9b9a3
381	2026-12-05 02:56:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	35113e8c-2062-42de-bacd-3eec9df05373	6fcc959f6bdbdf9d675b31bf849162e1d5d7e63018f3c15de25f5bad36f9b9a3	dcfe4db91d9559d9d215becd5b3c13ea3b9f9f6ba49beea1c85713dbd598f596
382	2026-12-05 02:56:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4163a555-ebcb-4ba3-aa2a-2b16788639f8	dcfe4db91d9559d9d215becd5b3c13ea3b9f9f6ba49beea1c85713dbd598f596	88d9df57c8a521b19e0020add33009f6527a96baea7e3c069904c5caeeededa0
383	2026-12-05 02:56:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1d785ae-d228-444e-b066-831ff9ad53df	88d9df57c8a521b19e0020add33009f6527a96baea7e3c069904c5caeeededa0	732350ad4da37bb7817a8a605cbcae5e1d79e15db2d46a7419c85496a5a4e055
384	2026-12-05 02:56:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	37bf88a2-d5d2-40a8-bb43-7c32896a422b	732350ad4da37bb7817a8a605cbcae5e1d79e15db2d46a7419c85496a5a4e055	e38232d4461ce9baf5187dffd936618d4af7cefe391c80c6d56d2a8d2e0db298
385	2026-12-05 02:56:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1994b197-95dd-4d2d-a43f-f236ef4c760a	e38232d4461ce9baf5187dffd936618d4af7cefe391c80c6d56d2a8d2e0db298	0b3a67d700d29b67075c833c02baa2d59b8ce3414dca02aadf6bf7f3ec5c5786
386	2026-12-05 02:56:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d7821478-9bd6-4adc-b050-dc388bfe8c7e	0b3a67d700d29b67075c833c02baa2d59b8ce3414dca02aadf6bf7f3ec5c5786	94337dae2f6b9d218993aeb323bcd049f8ce709611bad41e0316ec744de466a9
387	2026-12-05 02:56:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5bf15d1-4cf8-4b86-8953-177ac918ef13	94337dae2f6b9d218993aeb323bcd049f8ce709611bad41e0316ec744de466a9	0e83065747c2d5c6ca3f516112f264acac3afc750dfdb5e217215c433ecde407
388	2026-12-05 02:56:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5605800-84b1-48b8-a31f-d5a9552f5c2e	0e83065747c2d5c6ca3f516112f264acac3afc750dfdb5e217215c433ecde407	991b2ad7a7468e7f678982a8623adbc0013b78de5c9d961057e3d50379d019be
389	2026-12-05 02:56:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c189a0fc-8019-4921-a9c6-9f2370ee96f5	991b2ad7a7468e7f678982a8623adbc0013b78de5c9d961057e3d50379d019be	00ee43a051547d900cb0b0fb3a97a775457067e2d907f728a903acc31fed67ad
390	2026-12-05 02:56:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5300bf9-64ac-4eb6-9aa1-fc86e9520fba	00ee43a051547d900cb0b0fb3a97a775457067e2d907f728a903acc31fed67ad	8b5b9ccd2cd8e498603f52650af6cf20e86ea9352c373cce269843228f967f8a
391	2026-12-05 02:56:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc099ba2-86a7-4cb5-8960-11c63becd2b7	8b5b9ccd2cd8e498603f52650af6cf20e86ea9352c373cce269843228f967f8a	7ef2f7190be95f9684090843ce09a0789b19630bd016b36ffcd6c3dcf100d29a
392	2026-12-05 02:56:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	979622cf-d544-486b-ac8b-ef6aa20dd481	7ef2f7190be95f9684090843ce09a0789b19630bd016b36ffcd6c3dcf100d29a	788027ad3292894f0e46850a6b21fffa44ee98cc4f55313ade8f1683c9dd73c4
393	2026-12-05 02:56:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4af571e-57cb-485c-8b4b-7be3ffa25f6a	788027ad3292894f0e46850a6b21fffa44ee98cc4f55313ade8f1683c9dd73c4	0080439d50c03e4a075c6e2ecadd622b756b1a6a6dc89a24c4522e11759bd311
394	2026-12-05 02:56:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4cbe348b-1a1f-473f-9c9d-8e5a09705eb7	0080439d50c03e4a075c6e2ecadd622b756b1a6a6dc89a24c4522e11759bd311	1c05514efd1e601dcff3ae46b4bb248287373a9ae9e1336746e13bf4baf1b43a
395	2026-12-05 02:56:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fec7aa5a-4e3b-4ea1-a2a3-32aeb77b6874	1c05514efd1e601dcff3ae46b4bb248287373a9ae9e1336746e13bf4baf1b43a	ace167bb7e650027a40cb46d2d2bac9ecefe49991cec7b7eba96a5967b4b697e
396	2026-12-05 02:56:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a2a1b133-794d-4635-8673-3a598fcc415d	ace167bb7e650027a40cb46d2d2bac9ecefe49991cec7b7eba96a5967b4b697e	6f127239ce726c3e19d303d467c7c632134f22a81e868e68da8da5ed1dcf867b
397	2026-12-05 02:56:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a608c305-57be-40d3-9c6d-6cabfa8f354d	6f127239ce726c3e19d303d467c7c632134f22a81e868e68da8da5ed1dcf867b	bda15800aa5af35450c32e817d9653c1806d685a6967b1335a7f0bda69215578
398	2026-12-05 02:56:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1e8eb9e-6f68-4313-9405-4c4d87928ec8	bda15800aa5af35450c32e817d9653c1806d685a6967b1335a7f0bda69215578	907489ac682c9374a84f8f2280fc7e9d721ed86a812c9aee38c0466939f9537a
399	2026-12-05 02:56:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dddb98c9-3267-4431-9259-fdb7aa7a34a7	907489ac682c9374a84f8f2280fc7e9d721ed86a812c9aee38c0466939f9537a	d5c3cd384bfc93fcda398b4fb6325987288b3be5144f631cde820ee8f664477c
400	2026-12-05 02:56:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8d87969f-6803-4979-a9a3-cb2232784071	d5c3cd384bfc93fcda398b4fb6325987288b3be5144f631cde820ee8f664477c	bc60c30c1759c1ae042a09bf71db6f90b3e29853a6784be016a2cfd2c0911e69
401	2026-12-05 02:56:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2fa3afd8-48dc-49c6-a92d-ac79acafc55b	bc60c30c1759c1ae042a09bf71db6f90b3e29853a6784be016a2cfd2c0911e69	9e6ad8f03de22a4fc6c3c839f127edc6e83f88d6e7a66470cf956ce0f3f4bf51
402	2026-12-05 02:56:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87711350-82a0-450a-a9a5-b03598155952	9e6ad8f03de22a4fc6c3c839f127edc6e83f88d6e7a66470cf956ce0f3f4bf51	67605bbc6a2cb6df289c8dfcc6d3b14b9bef2c0427ad95c1917b8da98a6cde76
403	2026-12-05 02:56:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f45dc99f-f567-4218-826f-c6b1ea12322e	67605bbc6a2cb6df289c8dfcc6d3b14b9bef2c0427ad95c1917b8da98a6cde76	b898121d6d25ee74c4016b383949bf8c8460e994a5fcfe119b8ae0f7b5670d59
404	2026-12-05 02:56:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	38de58db-b9be-46f8-8e93-9cc2cb422311	b898121d6d25ee74c4016b383949bf8c8460e994a5fcfe119b8ae0f7b5670d59	388512a377b4d5c783ec73547fa3b065aeb68f28fdd12d5dd7710a22c63c0d03
405	2026-12-05 02:56:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d573f8f8-ed66-4af2-ac3f-6056c1bbd619	388512a377b4d5c783ec73547fa3b065aeb68f28fdd12d5dd7710a22c63c0d03	8b5c5b8bab3bf2f3dfd60535cf3a895217fa4109c3064536fd08ff68ed9cffe1
406	2026-12-05 02:56:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b97d4471-5e7e-4499-8965-b661fe88c398	8b5c5b8bab3bf2f3dfd60535cf3a895217fa4109c3064536fd08ff68ed9cffe1	8da0b968fc0d6258b59211ac7055c8d62f9d2abc26c3cb2c119fa863c1741fd2
407	2026-12-05 02:56:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9fb66e4c-22b6-43d3-b2ea-4ab3435229e9	8da0b968fc0d6258b59211ac7055c8d62f9d2abc26c3cb2c119fa863c1741fd2	05419eb02755de14bb9d5be6cae673aac59d4c35d2c00781f502a12b1b0c309f
408	2026-12-05 02:56:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b7cc220-5c9d-478e-8fbe-c21a5dae9a75	05419eb02755de14bb9d5be6cae673aac59d4c35d2c00781f502a12b1b0c309f	197754da4cb218fc14d90a1ca1150ab4d8651c79b312859928c19b585f76a2c3
409	2026-12-05 02:56:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c16b5ede-dc21-4583-b3b3-c5af8610d7e4	197754da4cb218fc14d90a1ca1150ab4d8651c79b312859928c19b585f76a2c3	f19941275e7870172e761a3ffac4f7a6941fe227b0d1b127c6420a622ae5ed4a
410	2026-12-05 02:56:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0fe63aa8-03eb-4448-baf0-66223f7f423a	f19941275e7870172e761a3ffac4f7a6941fe227b0d1b127c6420a622ae5ed4a	e40eef2c39bcdc40de7385ea77d5ff1be5503bca2bb9ed83c0e252f27c1d1bfd
411	2026-12-05 02:56:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	436de255-c653-4e03-a1b3-3b1319478ff6	e40eef2c39bcdc40de7385ea77d5ff1be5503bca2bb9ed83c0e252f27c1d1bfd	2f93785fc937ea40a469127557ec20a692205a0cedad097533a4069db027fca6
412	2026-12-05 02:56:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	855e6e51-2ca9-479b-975f-783368ba1ce5	2f93785fc937ea40a469127557ec20a692205a0cedad097533a4069db027fca6	0e24df516b6a6ab77d64e781485f1820a9fc3c9548b13ef0f9c99a35f0ab33a6
413	2026-12-05 02:56:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc411a20-a0ad-483d-aed3-4f87b1a8b943	0e24df516b6a6ab77d64e781485f1820a9fc3c9548b13ef0f9c99a35f0ab33a6	4a4066d0e051e1660cd075b54f77f73f10498813c49c8182ebca294c888feffe
414	2026-12-05 02:56:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9bb99729-1f5f-4824-a2a2-f3608d7783f1	4a4066d0e051e1660cd075b54f77f73f10498813c49c8182ebca294c888feffe	2c65cdbc23ff07d6ffa7f52698594739219f5bd634bde7af12486dbcb3b4d125
415	2026-12-05 02:56:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d69cd7b6-1996-4dd9-9409-c2869b2cca4b	2c65cdbc23ff07d6ffa7f52698594739219f5bd634bde7af12486dbcb3b4d125	6b62bc39a98866f626bc5bac28493b659de107911be3a2f8de339ea6027a3226
416	2026-12-05 02:56:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f6b535b-84d2-4c45-93e5-44f15c478f03	6b62bc39a98866f626bc5bac28493b659de107911be3a2f8de339ea6027a3226	e3b8084db23c7708ef608cb68f04c2841f76824a03664e27c77d4143e5d09949
417	2026-12-05 02:56:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9191443f-45fe-4e9d-a451-ce8be9b79489	e3b8084db23c7708ef608cb68f04c2841f76824a03664e27c77d4143e5d09949	1d3b934db9a2167dfec720d0cc75f2312d5f8e315235b6054ddbb16fdc7841af
418	2026-12-05 02:56:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02886053-4602-41f3-bd06-4ca9148845fb	1d3b934db9a2167dfec720d0cc75f2312d5f8e315235b6054ddbb16fdc7841af	b92a9d978ed03ed2600aad66a30d3b3e673957f28790b3e53541ac1b521bb116
419	2026-12-05 02:56:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9890541-9664-4720-9485-060eba679d89	b92a9d978ed03ed2600aad66a30d3b3e673957f28790b3e53541ac1b521bb116	c8a72e564c347484894fa7845d04897e6decaefe30cbd736dfe9dafccf758d5e
420	2026-12-05 02:56:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60af4bd7-d5a6-412b-81e8-d3fce79ab278	c8a72e564c347484894fa7845d04897e6decaefe30cbd736dfe9dafccf758d5e	f5ac49d97cbe9a2a87ddbac6ef60190597a9e576e171bc66f475a7aab8fd8929
421	2026-12-05 02:56:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e4fa38fd-df95-49f1-b13d-7122d0974cb7	f5ac49d97cbe9a2a87ddbac6ef60190597a9e576e171bc66f475a7aab8fd8929	37f7064ee696a147e4c82b56ceb2030e6ab0cb03f69b0778d898d421ace2d0e9
422	2026-12-05 02:56:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c7471e4-aa3a-4c41-8c23-479614225e08	37f7064ee696a147e4c82b56ceb2030e6ab0cb03f69b0778d898d421ace2d0e9	2e5c4a7c42297d956e50c703e1ec4893e55266e4a11528a47d33a438a8cf28d4
423	2026-12-05 02:56:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3fc1e15b-a244-4e3d-b572-665ce0d53831	2e5c4a7c42297d956e50c703e1ec4893e55266e4a11528a47d33a438a8cf28d4	344f5736d30d31e7f7c9b73854def54950cb5456d0ba69ee799583b500d32804
424	2026-12-05 02:56:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bfec09f3-84da-4867-84fe-a8cb51f6dbef	344f5736d30d31e7f7c9b73854def54950cb5456d0ba69ee799583b500d32804	7f762b885b69713c9a0f04ffbf5d9da0d7136c0ff7bdcb44c8b287934e02b440
425	2026-12-05 02:56:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f85df3ab-374b-4873-87b5-bc708af50183	7f762b885b69713c9a0f04ffbf5d9da0d7136c0ff7bdcb44c8b287934e02b440	81f2cb2bd4154cf85950cefb283080ab7290804e995ba68816ea1e86fb46aee5
426	2026-12-05 02:56:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7dbdedf4-010d-4905-b5eb-e6e584f0fd7f	81f2cb2bd4154cf85950cefb283080ab7290804e995ba68816ea1e86fb46aee5	a2630237b67a33ac05a6121b0fd43280beba2fd8cb2520a25c5970fd84ff1fa8
427	2026-12-05 02:56:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b8e7d21c-9b21-4c7a-91fe-afdc54ebedc1	a2630237b67a33ac05a6121b0fd43280beba2fd8cb2520a25c5970fd84ff1fa8	607dbaeb93a32de92bdbb49e9d4aac486f437ae3530dad07ebb5d360f75c105f
428	2026-12-05 02:57:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6bc4f98-80ae-4daa-8dec-2bde6b09df89	607dbaeb93a32de92bdbb49e9d4aac486f437ae3530dad07ebb5d360f75c105f	c6041bef4b24628ecc663879c105c450b49e286268404eb6bf078c6ac2679111
429	2026-12-05 02:57:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eefbc5cc-195a-4021-b785-a71f8e2663f1	c6041bef4b24628ecc663879c105c450b49e286268404eb6bf078c6ac2679111	24d1aeffe85305823f5dbcc2be4a8a7fbecaf4dd574af98c526cb12b36f1c354
430	2026-12-05 02:57:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7d04aa7f-6103-431d-817b-351443612278	24d1aeffe85305823f5dbcc2be4a8a7fbecaf4dd574af98c526cb12b36f1c354	90bd0f42379666eacf10238e887c6fd46f70b51442863d76a8be7bfafcdc4b5f
431	2026-12-05 02:57:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a8a472a8-3f72-4801-85ff-ac6831f733c3	90bd0f42379666eacf10238e887c6fd46f70b51442863d76a8be7bfafcdc4b5f	6b96821d1df56f6f465ef78e11145a7b8f5161775f5f1c05c64942fddf80dd6b
432	2026-12-05 02:57:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c7e69dd-32be-4a33-8d69-8a63c8f9befc	6b96821d1df56f6f465ef78e11145a7b8f5161775f5f1c05c64942fddf80dd6b	c15b2ff8ac94aca7b76fa545ae8bd850f4bdfad1b97d6170443b180552bd8566
433	2026-12-05 02:57:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	704158d9-b401-4df3-a84b-b85b8d308a7c	c15b2ff8ac94aca7b76fa545ae8bd850f4bdfad1b97d6170443b180552bd8566	d2d6a7ac1ae66c19a0c5344fd6f190248543909f6a50a934ec4dccd69e5604ac
434	2026-12-05 02:57:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b4a63807-7e4d-48de-9974-bef4278056e9	d2d6a7ac1ae66c19a0c5344fd6f190248543909f6a50a934ec4dccd69e5604ac	527a2a1e9b78616ee410ffed5f3da2082ff99a0207a6ffb08ce957dd30610f77
435	2026-12-05 02:57:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ca100d6f-8bab-4d99-8d3c-4583205c16d3	527a2a1e9b78616ee410ffed5f3da2082ff99a0207a6ffb08ce957dd30610f77	23be927ca4054cc2e002b74347fa8ea782dbcabcc1e2c4320bc0078236114fda
436	2026-12-05 02:57:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d7e9d70-99cf-4fce-952f-d5b95a0a01c4	23be927ca4054cc2e002b74347fa8ea782dbcabcc1e2c4320bc0078236114fda	e386de4cccd6dae831304804c2c774bd83f16c5d5c88477e10fdaa31707b12fb
437	2026-12-05 02:57:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e86e409-9565-4b0c-894a-60106e6adef7	e386de4cccd6dae831304804c2c774bd83f16c5d5c88477e10fdaa31707b12fb	b5f25977979d6c9f3eb66a83d64b14b57f31540a48d4da452b823cd2d7219962
438	2026-12-05 02:57:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3e6f1e7-a5bb-4e04-bec3-bac041ee47bc	b5f25977979d6c9f3eb66a83d64b14b57f31540a48d4da452b823cd2d7219962	bcae8bf24ec823f9423f66174b96adda07829acc88c9b3df30b3d3a1a4b09719
439	2026-12-05 02:57:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98a6fe74-322b-4e1f-bced-c94af340a76f	bcae8bf24ec823f9423f66174b96adda07829acc88c9b3df30b3d3a1a4b09719	378c330b378b2e427c207559efd32b8377efa5061e44b67ee6e738c78fe15fb7
440	2026-12-05 02:57:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30ea0385-1c8f-466d-87ac-86f9f0f307c2	378c330b378b2e427c207559efd32b8377efa5061e44b67ee6e738c78fe15fb7	a503173473c57e103857626678ecfcc0d606b2facd444584e6cb2f95793da4c5
441	2026-12-05 02:57:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	23699072-766a-4f41-a2bc-5a61bfd7aeba	a503173473c57e103857626678ecfcc0d606b2facd444584e6cb2f95793da4c5	dfc916c791c4e9c4a9023750101498bddb96279c8067892d44893e6a13f282ae
442	2026-12-05 02:57:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a22e4bb0-fce4-42fe-b2f2-e6ab0ffec147	dfc916c791c4e9c4a9023750101498bddb96279c8067892d44893e6a13f282ae	6d18c7ef27b659220eeb67d60be71bf3bb32c304b68e2d0e01b744e3ba3fc4ed
443	2026-12-05 02:57:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dafb89b1-8a73-4d10-a473-e3fbc1ab5ad1	6d18c7ef27b659220eeb67d60be71bf3bb32c304b68e2d0e01b744e3ba3fc4ed	ff390df3732e89d2c931e7072dfe76dbe6775d4c2b899da4e663f44fbe023ec2
444	2026-12-05 02:57:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b36ca8b-df0f-4930-81b8-d3a63f0aa9d8	ff390df3732e89d2c931e7072dfe76dbe6775d4c2b899da4e663f44fbe023ec2	12f151542e0b35f8964295c2bc859c0bfcce2b3fd2af41900aa3e6ddec0da96e
445	2026-12-05 02:57:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc7c4d41-b115-4feb-91c9-20f1809dbd1f	12f151542e0b35f8964295c2bc859c0bfcce2b3fd2af41900aa3e6ddec0da96e	cdb5b76c1647b6b5b9f004998982b536015fd20e2862a483e4461013697cea81
446	2026-12-05 02:57:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18e48966-778c-4564-a7b3-6d162a9a3b3f	cdb5b76c1647b6b5b9f004998982b536015fd20e2862a483e4461013697cea81	d3f5a7adf98227ee88d88aaa3c84135fe38ba656940ac6edea8e2f7d71a0f7e2
447	2026-12-05 02:57:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60c3eef9-95a6-47b4-9b56-64356c517cc7	d3f5a7adf98227ee88d88aaa3c84135fe38ba656940ac6edea8e2f7d71a0f7e2	ebc6e08d19925107f642312a6986f7fffd280a6bb0a7c6934604df1f0fdaab7e
448	2026-12-05 02:57:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d7723884-4b13-46ed-a504-14babfd9139b	ebc6e08d19925107f642312a6986f7fffd280a6bb0a7c6934604df1f0fdaab7e	f54dd459c615e351168f5b9d4152227a8c03f701548a1c0fb1a0d3953da6ee7e
449	2026-12-05 02:57:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d905e48-5415-4a94-ade7-c4930af189fa	f54dd459c615e351168f5b9d4152227a8c03f701548a1c0fb1a0d3953da6ee7e	8dd47a795bcbe31f2c4918f7265dfd6cb30fe629ef7060e45dcd5f1ded4b27f2
450	2026-12-05 02:57:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	69aebd04-c99a-4bfa-a353-560e4a9ac4a1	8dd47a795bcbe31f2c4918f7265dfd6cb30fe629ef7060e45dcd5f1ded4b27f2	0229abe7e63659b9596b15f4935d3ccc43365eabe7488f9993769e2d2a24b9cc
451	2026-12-05 02:57:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	767582e0-4977-4e3d-ac75-f28c328ef8cc	0229abe7e63659b9596b15f4935d3ccc43365eabe7488f9993769e2d2a24b9cc	e1e4c96ba2c1e6d005b36ae35dbe3fbe3a78a55317bdad4c0ad3cbf2ca3f5a1f
452	2026-12-05 02:57:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	35f1d101-3227-4f1e-b6c3-8c4c82f59041	e1e4c96ba2c1e6d005b36ae35dbe3fbe3a78a55317bdad4c0ad3cbf2ca3f5a1f	d465f1943dc7251ecd896d80f690f357ed3b4fcf9770876989cbf28e3d8efe84
453	2026-12-05 02:57:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dcf75850-dc44-4aec-98ea-0a059dad6663	d465f1943dc7251ecd896d80f690f357ed3b4fcf9770876989cbf28e3d8efe84	f17eb9552c285f8c7b4928d41614eb1a6d04333d5d0362765d28a17a4fa53894
454	2026-12-05 02:57:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	462d2620-8b1f-4432-9245-6eeaaa7b9c07	f17eb9552c285f8c7b4928d41614eb1a6d04333d5d0362765d28a17a4fa53894	147c7db59d772fdbe2f6c0218989557e0c2fdd86774e45680e9fb7768097f12d
455	2026-12-05 02:57:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb3d3edf-0ece-4822-965e-425ec5e02aed	147c7db59d772fdbe2f6c0218989557e0c2fdd86774e45680e9fb7768097f12d	209b2e3ee5ce673d47fa57f4b784c877666e1daa1bd3aa6fb97dc768cc31090b
456	2026-12-05 02:57:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	793b45a1-f264-4e07-91e4-56d6e03d8b6f	209b2e3ee5ce673d47fa57f4b784c877666e1daa1bd3aa6fb97dc768cc31090b	92bef825cd97ec44ea4c2f25481b4df7c2fd9775fa3199c8e0cde74059c77fa6
457	2026-12-05 02:57:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	44ceee6d-4910-427a-9603-cd814104035d	92bef825cd97ec44ea4c2f25481b4df7c2fd9775fa3199c8e0cde74059c77fa6	75b068f059a683ab9f315a7f4d9bf0f699a8d9b7f39fd374e439fa2b7e8f5387
458	2026-12-05 02:57:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bf6eb6b5-0bd1-4971-9806-d24c21b39197	75b068f059a683ab9f315a7f4d9bf0f699a8d9b7f39fd374e439fa2b7e8f5387	14559396ff5ca38a34d567c7935aedb0c6ec9c5b7fe1c4c41c5593d6498de96b
459	2026-12-05 02:57:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e21a8ac8-d484-43ac-adbe-3d4d8e9be8dd	14559396ff5ca38a34d567c7935aedb0c6ec9c5b7fe1c4c41c5593d6498de96b	84dd61edeb4b111846f396ac7390b859b6a494e70cb5f9a77f4a1f1699fdf60b
460	2026-12-05 02:57:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e2380945-46c5-450b-9e7a-83924a5af5f2	84dd61edeb4b111846f396ac7390b859b6a494e70cb5f9a77f4a1f1699fdf60b	1e59b6bd2f68706c32d34b1512708987f8ca98a4f84bc76a6fc8a0a0fadd2753
461	2026-12-05 02:57:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e1e614f-3387-4ec8-a6d8-bec6a588de91	1e59b6bd2f68706c32d34b1512708987f8ca98a4f84bc76a6fc8a0a0fadd2753	410c1a36bdca775e788a3bfc72f619edb7e23fc89d1752a5c5b125ce0560885e
462	2026-12-05 02:57:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2e850874-c676-4265-8eda-cb5194423b13	410c1a36bdca775e788a3bfc72f619edb7e23fc89d1752a5c5b125ce0560885e	553a9972220647216e0fe80dbe0988aff31d3872e08c5142d0816bb074742abc
463	2026-12-05 02:57:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2fbe278d-0884-46e6-954f-641b23274a57	553a9972220647216e0fe80dbe0988aff31d3872e08c5142d0816bb074742abc	43e9c3f778b6d11e070a8e53f7e8d58c35efb562134bb719fe0e35f35d838e9e
464	2026-12-05 02:57:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7d3db639-c99a-4860-b842-f2c2b918c386	43e9c3f778b6d11e070a8e53f7e8d58c35efb562134bb719fe0e35f35d838e9e	461aa13de5f8c28e32b0eb1f4c204f5054d67240af00b43b35d7b9b1c8af7f56
465	2026-12-05 02:57:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6accfd06-93ba-45b1-9282-cc49fe3b62a2	461aa13de5f8c28e32b0eb1f4c204f5054d67240af00b43b35d7b9b1c8af7f56	d4ca7caeae093fc5c7ff6ae90f2b870246c3872906e7213525973e980f39a194
466	2026-12-05 02:57:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7c421d18-2a76-4120-a873-29b40846289d	d4ca7caeae093fc5c7ff6ae90f2b870246c3872906e7213525973e980f39a194	001076d19477009afd39c9b7911b358f40f31f1d21c2c63c42175a4d5d4d9f9d
467	2026-12-05 02:57:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2720bbf5-1a98-4423-bf6e-1d030de31dce	001076d19477009afd39c9b7911b358f40f31f1d21c2c63c42175a4d5d4d9f9d	34ac0c024e4a464a46c5e4668e3fa180a926035978dbfc19ed847e2cea8a7c7f
468	2026-12-05 02:57:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3819d689-0338-410f-97ec-f75c52679d0c	34ac0c024e4a464a46c5e4668e3fa180a926035978dbfc19ed847e2cea8a7c7f	1355064f935671990ef400a455ef4834e0859a90b30e55c616ca807d9288b427
469	2026-12-05 02:57:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ab378e1-e84d-4783-a56e-00dd7eb62764	1355064f935671990ef400a455ef4834e0859a90b30e55c616ca807d9288b427	2a1237a761b987768693627d656c9904854cb2920e4d32795de43a47753cab07
470	2026-12-05 02:57:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c930ece5-636f-44e7-97e1-a01fb475d21a	2a1237a761b987768693627d656c9904854cb2920e4d32795de43a47753cab07	9c853637349a89d9deb346c38f01889615b0e5627f50ca61ab9962cae07d7225
471	2026-12-05 02:57:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ab4716e-87fc-417e-b2f6-dc034804f842	9c853637349a89d9deb346c38f01889615b0e5627f50ca61ab9962cae07d7225	8b2d9cd0d269488f3f506152f7e846f589f3b6da409d41327a9a3bdac5458b96
472	2026-12-05 02:57:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fcbf5a3-3450-44b2-b15e-3a8fd58279a3	8b2d9cd0d269488f3f506152f7e846f589f3b6da409d41327a9a3bdac5458b96	4ef4e9659be02743c64b37ec2f1f7b1d888eecb3cd8cd87cafe36a8646b54361
473	2026-12-05 02:57:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	614e06c2-0499-418c-ab00-955b1c00a166	4ef4e9659be02743c64b37ec2f1f7b1d888eecb3cd8cd87cafe36a8646b54361	fb77f0ee9ad7bc288a2d140c10292278d0a903d27740ef77587fb9b12347ba78
474	2026-12-05 02:57:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	007865b3-507d-49c5-a4e1-1606497f1494	fb77f0ee9ad7bc288a2d140c10292278d0a903d27740ef77587fb9b12347ba78	b900ac93d8f68758ea6838f1d7fc783347f5b90ad36b9960857e023e5e8f1b15
475	2026-12-05 02:57:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8a838fe6-e21f-4e5f-b319-c6865667aac9	b900ac93d8f68758ea6838f1d7fc783347f5b90ad36b9960857e023e5e8f1b15	040e8fd531d6dd518cfa37e5ff5264c78e65e69c19574455b680a42f7f1707c5
476	2026-12-05 02:57:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f0bc7b9-b7b6-4ea0-98aa-c9d79b4cece0	040e8fd531d6dd518cfa37e5ff5264c78e65e69c19574455b680a42f7f1707c5	54eac0fc42dbd637bf92bd42c40a7bd1600a8336dc5af1f471712b720ac68561
477	2026-12-05 02:57:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ab9af46e-e6aa-4c11-bbea-85cfa30cd137	54eac0fc42dbd637bf92bd42c40a7bd1600a8336dc5af1f471712b720ac68561	e5bba88e6d8d73f2534af4f6fda57a382198adba572286041eb15e0cc0ec34ec
478	2026-12-05 02:57:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	40169457-9518-447a-bbe3-e35e9ff15339	e5bba88e6d8d73f2534af4f6fda57a382198adba572286041eb15e0cc0ec34ec	ad31b90ff8d9e025272c9125ec002e1fff51ab7a2d3ebebadd960cc63d0cd2ef
479	2026-12-05 02:57:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d07824e-59af-4d87-a3cc-212de80a34a4	ad31b90ff8d9e025272c9125ec002e1fff51ab7a2d3ebebadd960cc63d0cd2ef	42e69c350cc3dbd124ee9e0dd690288de91d94522c50d574518e56347d05b6d5
480	2026-12-05 02:57:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c3f7857-50cf-4186-839c-f0efb60a5017	42e69c350cc3dbd124ee9e0dd690288de91d94522c50d574518e56347d05b6d5	d1b94b6767a3bdad0fdd0767c9bcceaf0b6d920d7bdbc9747c4eee380623df19
481	2026-12-05 02:57:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b464f2a-6e85-4a52-8c8a-be31f1af2fe1	d1b94b6767a3bdad0fdd0767c9bcceaf0b6d920d7bdbc9747c4eee380623df19	600579db1984f3e07a2b246e7cc86bb291e847b3be0c4d9ad528962656687ff3
482	2026-12-05 02:57:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	07926c22-10e1-4eca-abf9-090182b61760	600579db1984f3e07a2b246e7cc86bb291e847b3be0c4d9ad528962656687ff3	49e0afde7ba0bf4c27c4a76c92e285bf48aedd98030abf9d5e528a295aeed501
483	2026-12-05 02:57:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e3ff746-aa32-47ca-ac7f-bd7053a829be	49e0afde7ba0bf4c27c4a76c92e285bf48aedd98030abf9d5e528a295aeed501	c8df443208098ec641dc6014956e61fd1e95f463671c7d03996d49d87074041a
484	2026-12-05 02:57:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0db9efcf-4256-43dc-9684-3935b007d348	c8df443208098ec641dc6014956e61fd1e95f463671c7d03996d49d87074041a	3eb4ac735fda5f2ed2f1647723e30a6cdf7dddab99e61d46f0bfe5c8fc7a7f6b
485	2026-12-05 02:57:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87b4ccce-ada4-4b60-8432-5f6f744f5c3b	3eb4ac735fda5f2ed2f1647723e30a6cdf7dddab99e61d46f0bfe5c8fc7a7f6b	85f283092407d3d6d9c5c18995edfb9e20bfc327b159514f7face02c4b4d4527
486	2026-12-05 02:57:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2e538134-243c-4d21-a7cf-98c81643decf	85f283092407d3d6d9c5c18995edfb9e20bfc327b159514f7face02c4b4d4527	190a657bfdc91afa086cb2308d6620e76b98268c690f74dabc17d6e6987ee34e
487	2026-12-05 02:57:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aff8247d-bec7-4280-8183-8ca51cac015e	190a657bfdc91afa086cb2308d6620e76b98268c690f74dabc17d6e6987ee34e	fdba9eb0210d55f7412186a8a493a6c6b92484940927cbd369edcb360c41f5f0
488	2026-12-05 02:58:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ef3cdf0-8a3b-49ff-a744-9e348b6dcbb7	fdba9eb0210d55f7412186a8a493a6c6b92484940927cbd369edcb360c41f5f0	4212252bd7952454cb66dce52589ce1b9707b12a7196a28734aff05e06d46ddb
489	2026-12-05 02:58:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd12b50e-2e47-414e-abc6-afe9e13db2d8	4212252bd7952454cb66dce52589ce1b9707b12a7196a28734aff05e06d46ddb	c1ca67e5f9fdbd49825ca41464361b3180934b44c25dc73b21c3dc6377ccfb10
490	2026-12-05 02:58:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8180557f-2196-41e0-bb56-f93ca69019ed	c1ca67e5f9fdbd49825ca41464361b3180934b44c25dc73b21c3dc6377ccfb10	5933ba33add450de50d24fef1b1202abaf68f6023b063ef8e964ecd519264522
491	2026-12-05 02:58:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	10ab39d3-35e8-441e-9131-74f9715211d8	5933ba33add450de50d24fef1b1202abaf68f6023b063ef8e964ecd519264522	20e9f080941866b9ba97ea23199ccd46463f2b290c34453fc6d17df378149ad6
492	2026-12-05 02:58:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a30cae10-ac8d-4ca1-92d6-ba0db846009e	20e9f080941866b9ba97ea23199ccd46463f2b290c34453fc6d17df378149ad6	6ac1563327083d0c59628b8810daf8bdaa746fc8da7a94a93aea82277b3ac2d9
493	2026-12-05 02:58:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28d4a946-4259-4be4-9e72-4132e1969099	6ac1563327083d0c59628b8810daf8bdaa746fc8da7a94a93aea82277b3ac2d9	12874590ea7a901d601fc0175547b4f92a85ffc68deb39abb8ca95fe5062e7e1
494	2026-12-05 02:58:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8fbe3d65-7b3a-4220-9c89-ba80a9a04025	12874590ea7a901d601fc0175547b4f92a85ffc68deb39abb8ca95fe5062e7e1	f73d56cd5ea529fce2a7de543e379933c91d83ff9a6ff87989d1e0edfb856986
495	2026-12-05 02:58:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	96353971-4748-441c-b3a9-e976bc0da09d	f73d56cd5ea529fce2a7de543e379933c91d83ff9a6ff87989d1e0edfb856986	e46be3470be8a69c77c67e2d664f3226e6ca0e4ad273b9fa0089b2a6672d835e
496	2026-12-05 02:58:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	739f8111-354d-42d9-a652-943e1d3335fd	e46be3470be8a69c77c67e2d664f3226e6ca0e4ad273b9fa0089b2a6672d835e	e28dcc4bd2c0f1e177659ef993dff0dbf40c7453c95cfe3e8119a2156567924f
497	2026-12-05 02:58:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77beab29-0442-45da-8b3a-b2a2ab119ddf	e28dcc4bd2c0f1e177659ef993dff0dbf40c7453c95cfe3e8119a2156567924f	d5a3326afc14b7f8c20718cdbe4ffa781694edaf5ae7ce32f7f8f33c60ed3b1f
498	2026-12-05 02:58:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e408b6f4-24ac-4eeb-9a4c-4e1997455c43	d5a3326afc14b7f8c20718cdbe4ffa781694edaf5ae7ce32f7f8f33c60ed3b1f	5bb93a18d68803be0e43c1d963f524514dfdc62ba65e5c3323e485b02a3e8b4e
499	2026-12-05 02:58:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	824f0c85-0388-4c25-91bf-3601f57c612f	5bb93a18d68803be0e43c1d963f524514dfdc62ba65e5c3323e485b02a3e8b4e	b1fb1727f9cb56a9e5a7899fcbc7ea4bcc34ac03701fbb20b42d91d030a8e18b
500	2026-12-05 02:58:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c0fd8ea-858e-4da3-8759-bfad4fabfb63	b1fb1727f9cb56a9e5a7899fcbc7ea4bcc34ac03701fbb20b42d91d030a8e18b	02977455af00e51cd813eba6dbcf395981db37b55c977706a973d48cc0880240
501	2026-12-05 02:58:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	164a2f94-2a56-481a-91d0-ec6d486739a7	02977455af00e51cd813eba6dbcf395981db37b55c977706a973d48cc0880240	d15b40e81f8069a47e972c975c9cd1fbd4516710349bef76c07002f047121307
502	2026-12-05 02:58:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6214696-14db-404c-b107-03cdf49b0362	d15b40e81f8069a47e972c975c9cd1fbd4516710349bef76c07002f047121307	3df8239b661315e2bfaf0440889a0f7db66202108fadd9acea8cf402abd3c83f
503	2026-12-05 02:58:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e6fe2584-7385-4aca-a073-0b12981acc16	3df8239b661315e2bfaf0440889a0f7db66202108fadd9acea8cf402abd3c83f	60a2173a4101c5953949bb19800f4452aad2f289b034da19f12bf10c1a05e18f
504	2026-12-05 02:58:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a7df1842-c2ae-430f-9cf6-d39196239dde	60a2173a4101c5953949bb19800f4452aad2f289b034da19f12bf10c1a05e18f	046eb8d105aa5f2e61be9e25ad59d2f8afbff925a999e2e08d7496e5fe1941ea
505	2026-12-05 02:58:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60e72e86-2899-4c5d-91cd-3bd92dbba63a	046eb8d105aa5f2e61be9e25ad59d2f8afbff925a999e2e08d7496e5fe1941ea	3ea4751ba7942e9f777c62aa34f71deaaaf3b31799d7a0d202dbcc6a326887b5
506	2026-12-05 02:58:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5bef8f3-ba22-4108-8279-a19c56435fca	3ea4751ba7942e9f777c62aa34f71deaaaf3b31799d7a0d202dbcc6a326887b5	fcddd525cfc8b1a1519c9a9272040df47a833352d9e6c28f69949c26d2f160ab
507	2026-12-05 02:58:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c76a8ae-e6da-49ed-81aa-88a716143a09	fcddd525cfc8b1a1519c9a9272040df47a833352d9e6c28f69949c26d2f160ab	9d13de94192ba8962ec2009dfb15c2555e25348df670bde4f9d37de2945e8a17
508	2026-12-05 02:58:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	79d48948-c44e-43eb-9557-1739c4d589cc	9d13de94192ba8962ec2009dfb15c2555e25348df670bde4f9d37de2945e8a17	ba37f8511cf47a3c8dedb84302cd825d9f579f01c1b6f7666172ee7d364d5baa
509	2026-12-05 02:58:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e67ac14-87bc-4856-902b-b6c84885f3a6	ba37f8511cf47a3c8dedb84302cd825d9f579f01c1b6f7666172ee7d364d5baa	c73bd4a1a61908a5dd2f3fe575ce2b6d01ec45c05b160e0e4a7e6cfbca566426
510	2026-12-05 02:58:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	316b67c3-f44b-45ad-8d6e-859e7f232e30	c73bd4a1a61908a5dd2f3fe575ce2b6d01ec45c05b160e0e4a7e6cfbca566426	bae4c7a4cf5770937796548dcc639c0c95dfbc46aed2f5499a9b90b6b76d8878
511	2026-12-05 02:58:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e761b4e-cc95-4b9b-9256-a1c0cad1d8a3	bae4c7a4cf5770937796548dcc639c0c95dfbc46aed2f5499a9b90b6b76d8878	5d64c64092f8513e247044353725efede3ab4f9ba99aa0c714e77aa5d497944a
512	2026-12-05 02:58:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c5ef0fb7-c2f7-4862-a195-a3f8b4e91b6f	5d64c64092f8513e247044353725efede3ab4f9ba99aa0c714e77aa5d497944a	d41067d1ba6bfd9462e4c04fe253c0e95305e06a935517b0da74c6de01a1a755
513	2026-12-05 02:58:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ca171f2-fdde-42de-8d38-c319cb6f1930	d41067d1ba6bfd9462e4c04fe253c0e95305e06a935517b0da74c6de01a1a755	5e1331bf6fe678d5b8bd47ce7dc31dc7b77af29dd3b4e1b5b684aacdcf657403
514	2026-12-05 02:58:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d750c43-5809-42af-9295-7feba3e80a2c	5e1331bf6fe678d5b8bd47ce7dc31dc7b77af29dd3b4e1b5b684aacdcf657403	8904c2fdf3b23ae318b77c2cc3e2a90376512fdcc4de27f1366015c212901eb5
515	2026-12-05 02:58:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	53b4b717-38ee-4957-9967-ea3014c2ace7	8904c2fdf3b23ae318b77c2cc3e2a90376512fdcc4de27f1366015c212901eb5	489d4970aff7ec9b733277a14fed3ad7f3395b189ee79def7c57525d91b139b9
516	2026-12-05 02:58:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ebbc8eb-d007-44fb-83b1-841c1345e8e8	489d4970aff7ec9b733277a14fed3ad7f3395b189ee79def7c57525d91b139b9	4de4c940b8ff46142e75952143320c3cffac99aa528ae98c175d8605c18b22c4
517	2026-12-05 02:58:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	819511e4-1029-49a0-95b7-8974875cf873	4de4c940b8ff46142e75952143320c3cffac99aa528ae98c175d8605c18b22c4	68865ebff683a1343b3d5f782f8f6d94c8298ad33d57fe0926a2eb5fc2445754
518	2026-12-05 02:58:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b079d17b-2b69-4932-87b3-ac65ba49defa	68865ebff683a1343b3d5f782f8f6d94c8298ad33d57fe0926a2eb5fc2445754	66b9daf8f206e02bab9bc7c267a15e31c4ad755b363b5d88d9f7d5effd4ebdcc
519	2026-12-05 02:58:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a01bd256-19f7-4256-a7d9-b77f7b525ad9	66b9daf8f206e02bab9bc7c267a15e31c4ad755b363b5d88d9f7d5effd4ebdcc	7efb9ead795b3dab7240b5ae5ca8d6992e56edeb5e80abd6b033b20c525b226d
520	2026-12-05 02:58:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8008b47b-c9b9-4ee4-a01b-135a6687aa84	7efb9ead795b3dab7240b5ae5ca8d6992e56edeb5e80abd6b033b20c525b226d	05c4a4ad4fdc50ab308d2343494361c482b9dbba73388e4bb1ce3cc4e83875b1
521	2026-12-05 02:58:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc0c970f-d9fd-4142-8dd3-fe65852a851c	05c4a4ad4fdc50ab308d2343494361c482b9dbba73388e4bb1ce3cc4e83875b1	e4966cb00368267d4f15fad727582f88e7d478c177bf1a2fa3ae85469ffaea94
522	2026-12-05 02:58:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db24afc2-f7e5-45a5-8e6c-dc9add833a6f	e4966cb00368267d4f15fad727582f88e7d478c177bf1a2fa3ae85469ffaea94	c619945196c5bc0190fc4fa182bafa2a783da05d6c5a635354b11ca70b8f995f
523	2026-12-05 02:58:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2e869a5-9306-40b8-82e7-5445d9232177	c619945196c5bc0190fc4fa182bafa2a783da05d6c5a635354b11ca70b8f995f	ab122d7671007874869df1a1c5705cb25e4ea3cc94fa4af6afa9dbec75eff6c9
524	2026-12-05 02:58:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db0ed3f7-b6b4-4397-9fde-dcec5211a21a	ab122d7671007874869df1a1c5705cb25e4ea3cc94fa4af6afa9dbec75eff6c9	f6c27b16ed4c8e9fd47dc8a4c644c7a29396740d24cc5a31c04e98377c146b7f
525	2026-12-05 02:58:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cae4eade-0f88-417a-933f-d29340528bb7	f6c27b16ed4c8e9fd47dc8a4c644c7a29396740d24cc5a31c04e98377c146b7f	2902f9a54393ce4eb76cea404c30f770a626fc21257b3b416a7e12b72ef99d7a
526	2026-12-05 02:58:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c7a6dd09-c949-4867-952e-04a771a0e697	2902f9a54393ce4eb76cea404c30f770a626fc21257b3b416a7e12b72ef99d7a	dbe6b781897a1a61950eb97472669e6573cf0db5be8f97f6549fac96e1eb1a44
527	2026-12-05 02:58:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	470e6aa7-3853-4ef4-9e7e-3c7b3ec89135	dbe6b781897a1a61950eb97472669e6573cf0db5be8f97f6549fac96e1eb1a44	cf2041f99cd870bfd5c148644ef55920cc8d743930fee079be71bcb843c1737f
528	2026-12-05 02:58:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	412c6aee-6523-4ace-9b4a-315df2289cf3	cf2041f99cd870bfd5c148644ef55920cc8d743930fee079be71bcb843c1737f	237b0deeb082b1d26bc0995cdab84a74706038c2f3261ec157442b27f2ba164e
529	2026-12-05 02:58:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	00e9f109-3e4c-491d-9436-abd35fd3b2ee	237b0deeb082b1d26bc0995cdab84a74706038c2f3261ec157442b27f2ba164e	b546fde8972584dba39e0001f38859d8c4063c85ce44f1920508b5d8da86b57a
530	2026-12-05 02:58:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73f4ea16-d20c-41b3-9cee-b6b45cab56d9	b546fde8972584dba39e0001f38859d8c4063c85ce44f1920508b5d8da86b57a	4e76bf16e3cc8441aa7cc8f3fedac46c4973a51e6f33f6ae859a5e404be8e5b2
531	2026-12-05 02:58:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	49198af4-56d3-4c7d-9365-76656e54cd8e	4e76bf16e3cc8441aa7cc8f3fedac46c4973a51e6f33f6ae859a5e404be8e5b2	e14d2d3c9facb5496d28818ea106813a44f7fbb443eb30f2199da45c85ccb54f
532	2026-12-05 02:58:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b03dbdea-755c-4f39-8530-c0a05c66e13b	e14d2d3c9facb5496d28818ea106813a44f7fbb443eb30f2199da45c85ccb54f	d7cac952fed1cdf15913d047d9f5042e708c122bc77405989d24458375686b9b
533	2026-12-05 02:58:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	36602177-72d9-45bb-af8e-c5ab4ba4d48c	d7cac952fed1cdf15913d047d9f5042e708c122bc77405989d24458375686b9b	8d3a1945389fde5099d9af783cb760e5b0a13290d55da9c4b5b694076b5ca2ac
534	2026-12-05 02:58:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	75c08eaf-09eb-4416-a53c-340d5b8a7ff2	8d3a1945389fde5099d9af783cb760e5b0a13290d55da9c4b5b694076b5ca2ac	66fa3de1073caad26db54304e19d61532b0f1b12930005363a9c32ef7a88b35d
535	2026-12-05 02:58:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	887a7243-1665-42a2-afa2-bca5345ab113	66fa3de1073caad26db54304e19d61532b0f1b12930005363a9c32ef7a88b35d	ebcdea415eb34c1f95a375f9297cb629bcae0322ad802e59aa8182ed54890530
536	2026-12-05 02:58:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92d70297-fb58-4fab-819d-5779606f1202	ebcdea415eb34c1f95a375f9297cb629bcae0322ad802e59aa8182ed54890530	4954e97153bdf66f4c68675d39e0d6234d704046a76bbe335f74f5855483ca21
537	2026-12-05 02:58:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1f47281-90f3-4b19-b7fd-4e6257b583ce	4954e97153bdf66f4c68675d39e0d6234d704046a76bbe335f74f5855483ca21	2aa97f7922610487de79cb35525d0dfbe1cfd9ca43dc51fb5246511612f38ded
538	2026-12-05 02:58:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ac78b85c-85da-4d31-ba75-276d216a35eb	2aa97f7922610487de79cb35525d0dfbe1cfd9ca43dc51fb5246511612f38ded	bd18ba8517b6c30fa6309dcee1584b3b404e2ec66bd6011e525fab0febedd884
539	2026-12-05 02:58:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5632ea5d-e46f-42b9-a612-fbb53f4e831e	bd18ba8517b6c30fa6309dcee1584b3b404e2ec66bd6011e525fab0febedd884	3369c1747695aa2f11bfc6f35d2f6ef6ec123b55f979a57278b50b02da537dce
540	2026-12-05 02:58:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3194f391-c5d5-48fe-927a-681a838ae0a1	3369c1747695aa2f11bfc6f35d2f6ef6ec123b55f979a57278b50b02da537dce	b672316edf3b18ea949f5fe0abddaa8c55fd560486e044c95296965c475e1413
541	2026-12-05 02:58:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f25e0843-e25a-4642-b786-191aee4e9af8	b672316edf3b18ea949f5fe0abddaa8c55fd560486e044c95296965c475e1413	2c18b741af20b5a51b6886ecfcd2545b7d35bd4e65650f5bce51441797ce86a5
542	2026-12-05 02:58:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e01cfdf7-ea55-43d1-b419-cb8566974fa8	2c18b741af20b5a51b6886ecfcd2545b7d35bd4e65650f5bce51441797ce86a5	136e87800670f1161e6227357b9e492bfc43f196b21bc7b788a8f9cd3aa96dc1
543	2026-12-05 02:58:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e47160e4-975d-49fc-afda-ef61a3c2f571	136e87800670f1161e6227357b9e492bfc43f196b21bc7b788a8f9cd3aa96dc1	5002acc39dc664d6c7d9496eba4b5b5b9c67273658cc45dd32c0975ed525d304
544	2026-12-05 02:58:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d4c0651-69d0-4d90-b052-33a6dc391e46	5002acc39dc664d6c7d9496eba4b5b5b9c67273658cc45dd32c0975ed525d304	884c3693fa61c87b9f35f73aa0040dc03c4e6c286e3c50a603aa60806c8213db
545	2026-12-05 02:58:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e13eedba-0820-4150-bcd3-5256a737dede	884c3693fa61c87b9f35f73aa0040dc03c4e6c286e3c50a603aa60806c8213db	3883b8babd39ed4bdf841878394f0410e25658a11e71b3329a9fab4fa571fa15
546	2026-12-05 02:58:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	116558c7-878b-4bd9-9c6e-640bc991970c	3883b8babd39ed4bdf841878394f0410e25658a11e71b3329a9fab4fa571fa15	46221a78ae260a14758c4cb3940331c2514b88bbcae60a67561dfb206fcf234d
547	2026-12-05 02:58:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	41700d5d-0824-47d6-9701-90008e40234b	46221a78ae260a14758c4cb3940331c2514b88bbcae60a67561dfb206fcf234d	92a7b60a0834ef67b44f9940547ae2fc09d3834b9f671a264f196b98c370a502
548	2026-12-05 02:59:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d36ac13e-1d40-4c45-9d67-9a00cdae0d94	92a7b60a0834ef67b44f9940547ae2fc09d3834b9f671a264f196b98c370a502	c6f980c7a30e98bc6083190b92d9d0cbe6e204b11f26f774186b67206296effe
549	2026-12-05 02:59:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3187c753-caae-4eca-9f96-bb77efb9d500	c6f980c7a30e98bc6083190b92d9d0cbe6e204b11f26f774186b67206296effe	ca6b4fa4d212b3c0319db029ec3555fa5ca4f454feafa30a21a266a0a11b427f
550	2026-12-05 02:59:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c3c372ed-c870-4a75-8d87-af5dbda1d7f2	ca6b4fa4d212b3c0319db029ec3555fa5ca4f454feafa30a21a266a0a11b427f	e689ec62dcf682e3f8eb185d90d22a845b94332cd81c2fed5ebb312c09b8cb36
551	2026-12-05 02:59:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2e65419f-7a28-4f22-bf0d-874577763808	e689ec62dcf682e3f8eb185d90d22a845b94332cd81c2fed5ebb312c09b8cb36	6a32036581cc925784ad609a0182c66763c9c40fb9fd228605c5d556637ca1e0
552	2026-12-05 02:59:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05d27d48-be2b-45aa-9a55-96c12a723c6e	6a32036581cc925784ad609a0182c66763c9c40fb9fd228605c5d556637ca1e0	a76153f1e94a28bb8ac37851aa9f5fe27b7b25b5a3b13ba894a1ea5b9a46cf9e
553	2026-12-05 02:59:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01367304-398e-4c34-93b3-86b6a23c934e	a76153f1e94a28bb8ac37851aa9f5fe27b7b25b5a3b13ba894a1ea5b9a46cf9e	2b480ae528b57c2ecd25f7e713b918d79b240079b6c43b428e281e6772a17070
554	2026-12-05 02:59:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	88027492-10a1-4bb7-a9ad-73593b0bab00	2b480ae528b57c2ecd25f7e713b918d79b240079b6c43b428e281e6772a17070	9d31b5cdd8d7ba59ba47e849816a767c2f30eb3a4e43a177eed77f7816a86960
555	2026-12-05 02:59:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc10812a-096a-4aea-bf8d-ca321e340d19	9d31b5cdd8d7ba59ba47e849816a767c2f30eb3a4e43a177eed77f7816a86960	841602655cf49f899bf9b95d9d8d01df90ca5aba6a406bdfd1a4dc3797caf1c5
556	2026-12-05 02:59:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6bd9611-7786-4163-b637-f22707646a44	841602655cf49f899bf9b95d9d8d01df90ca5aba6a406bdfd1a4dc3797caf1c5	01ed34ff8c60be578c944fca0ae4a94ad6403207c4e74c5de04235e41fd79ba9
557	2026-12-05 02:59:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0e0fb84-7508-40a5-b3d7-21482ab8346f	01ed34ff8c60be578c944fca0ae4a94ad6403207c4e74c5de04235e41fd79ba9	8e80a79f057038f4e0948e5e4bd360d51472371570937a36369c1ff19669effd
558	2026-12-05 02:59:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e8b560d-26ec-4704-b179-badc062881e2	8e80a79f057038f4e0948e5e4bd360d51472371570937a36369c1ff19669effd	b2e9574a85650794b2df86b0e170b30f5c1b16ca9c5babc570fd5d880b3f4d5f
559	2026-12-05 02:59:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	12ccc254-1695-4148-846f-58384ee65985	b2e9574a85650794b2df86b0e170b30f5c1b16ca9c5babc570fd5d880b3f4d5f	1cc8ba109cb50b2f2f119a0316daba036f8b18e8b545dc23d5c580f00dac132a
560	2026-12-05 02:59:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d992830e-3888-47a6-a257-8ee56db071a2	1cc8ba109cb50b2f2f119a0316daba036f8b18e8b545dc23d5c580f00dac132a	864d79d5860a7c14d2d75345757eb8c77aebaae09570f16200aace55d7f308cc
561	2026-12-05 02:59:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82415da2-b881-4643-b6b0-5af3a37738fb	864d79d5860a7c14d2d75345757eb8c77aebaae09570f16200aace55d7f308cc	2f804c9bfcba79a21e0d95bab383c5f123f4066e81d987e2f7b25e6efe23c198
562	2026-12-05 02:59:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	782ab9bb-7962-4b0a-a8bd-d69351bd4d69	2f804c9bfcba79a21e0d95bab383c5f123f4066e81d987e2f7b25e6efe23c198	ccd888d2bdc5638ee83e428fa7c01ef5163fb830cad6235fc5bc1dbd1a68d4ac
563	2026-12-05 02:59:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc36c616-7e3d-4c13-860a-008267aee408	ccd888d2bdc5638ee83e428fa7c01ef5163fb830cad6235fc5bc1dbd1a68d4ac	d9345565c297ae808dc18315eeb7b9f151f26cf9b13c18fe522013511f2d828c
564	2026-12-05 02:59:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	39e8914f-3aca-4c7f-834c-177f11e4b9aa	d9345565c297ae808dc18315eeb7b9f151f26cf9b13c18fe522013511f2d828c	3a3be9d218f1a5e6b43a0739c4762867508b0fc23e8854d871d91cbbe724eb01
565	2026-12-05 02:59:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1703cc49-e58f-4d1f-936f-9421ec141aaf	3a3be9d218f1a5e6b43a0739c4762867508b0fc23e8854d871d91cbbe724eb01	9482c5a9fd1366f470e3ce4626a92842219a24361e96885d05c1940991bf71a4
566	2026-12-05 02:59:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82acf816-c2bb-4526-8cdc-b176ed5f43d0	9482c5a9fd1366f470e3ce4626a92842219a24361e96885d05c1940991bf71a4	06c6dd944fc1852cc08ccf0dd9719f360430f26172d310648d6885b6ea2947b9
567	2026-12-05 02:59:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f363711-c3ac-46a3-b5a7-3fd0885e29fc	06c6dd944fc1852cc08ccf0dd9719f360430f26172d310648d6885b6ea2947b9	979609ab8ee78005cd13f8afd60881d14a2cf85398a47e82a59584fd732be0c6
568	2026-12-05 02:59:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03b49269-b0ad-4e0a-949f-35af80a52fe9	979609ab8ee78005cd13f8afd60881d14a2cf85398a47e82a59584fd732be0c6	e2e4bcc4dcb54ae09aa4cb508a5b8ce0fb381c3aef46704176b8eb900be0b988
569	2026-12-05 02:59:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b560cb0d-fc53-49cb-8b4f-55f913d7d07c	e2e4bcc4dcb54ae09aa4cb508a5b8ce0fb381c3aef46704176b8eb900be0b988	dbcde2a63425e5a34ab419165b5b36936e35c0411dd0c2ff3ebfa525a314f44a
570	2026-12-05 02:59:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ddae135-19d9-42e7-bef4-c9404d15236c	dbcde2a63425e5a34ab419165b5b36936e35c0411dd0c2ff3ebfa525a314f44a	11dea6470d35bd2018aeb78c101f9d146549b7dc057c09dc4d5d2b214c58e485
571	2026-12-05 02:59:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	74a94886-50fc-43b0-87df-9937c8cb83a7	11dea6470d35bd2018aeb78c101f9d146549b7dc057c09dc4d5d2b214c58e485	5697480d331ab6aeff5fb9ad1e411f13b9dd1eb2533df2ec5d0dfac2bfc68bec
572	2026-12-05 02:59:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56044444-ad28-4165-98a6-f6b7be325363	5697480d331ab6aeff5fb9ad1e411f13b9dd1eb2533df2ec5d0dfac2bfc68bec	46380093010a1ce8595bb688fdcdb3c64c49d14b79e365ea2bc6ee19c4ddc76c
573	2026-12-05 02:59:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4938624c-57e6-4626-8eef-510c65ef5731	46380093010a1ce8595bb688fdcdb3c64c49d14b79e365ea2bc6ee19c4ddc76c	64fa210f5c08af923b7f5edd7297ba77c36340fdfa3b313d7099c39eb897adf7
574	2026-12-05 02:59:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d24357a-e01a-4afe-a06b-95f33ce6656e	64fa210f5c08af923b7f5edd7297ba77c36340fdfa3b313d7099c39eb897adf7	793f5f9b5d835ebd0464fd40927017ad25f78b71a18f19d1f451cbe63577abd0
575	2026-12-05 02:59:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e227e8a-1b7c-4e36-b5d1-daf6b40e2e57	793f5f9b5d835ebd0464fd40927017ad25f78b71a18f19d1f451cbe63577abd0	fe714f48d53c1800294d54f141a7a9b751e485d448cd433c1fd60c5c0fc4f9e6
576	2026-12-05 02:59:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c910bd30-42dc-4844-be05-4f1dffb4e266	fe714f48d53c1800294d54f141a7a9b751e485d448cd433c1fd60c5c0fc4f9e6	ad2b4d6f4b488bb42b73bbfc0e2fc37b93b3205a2f7fa55c0f10822e41b6b3b8
577	2026-12-05 02:59:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2b519f9e-5b5c-4698-8249-ae50d24b76c7	ad2b4d6f4b488bb42b73bbfc0e2fc37b93b3205a2f7fa55c0f10822e41b6b3b8	89d2b27236da3a4a4d5477799d9c3f25e2d71c779b3eaa79de9efba8f2156c1e
578	2026-12-05 02:59:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a42015f-81a8-43f1-a128-9893e57842e6	89d2b27236da3a4a4d5477799d9c3f25e2d71c779b3eaa79de9efba8f2156c1e	7adbe5f36711665374025ea5a89f0478613b9907a8ae78ad105f9ba686fe0eea
579	2026-12-05 02:59:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f139bb2a-05fc-4f94-a552-1bdb79c22088	7adbe5f36711665374025ea5a89f0478613b9907a8ae78ad105f9ba686fe0eea	6659fd821e5388bacc790b7dcd6bdae33e918daf3cab52564022dd7139697819
580	2026-12-05 02:59:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66d02b56-95a8-4530-afb7-4debbabe2a12	6659fd821e5388bacc790b7dcd6bdae33e918daf3cab52564022dd7139697819	3a85eca74b27951e06829beea454633c1dc90325c4284223c4c4e2f4d6561168
581	2026-12-05 02:59:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92b88654-6017-41fb-8bdb-04cb6cb0ddc5	3a85eca74b27951e06829beea454633c1dc90325c4284223c4c4e2f4d6561168	aa19f4021b9e577beaf76bed91c7b38fd0d85728360139cd327b0c1c06a0839e
582	2026-12-05 02:59:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08aa6995-283f-4a1e-a462-a3f0f8165a4a	aa19f4021b9e577beaf76bed91c7b38fd0d85728360139cd327b0c1c06a0839e	bc7deea90e6b62b672d0bd8f37bdc2bb8e6030d90645e79b8e1b5717ce59871d
583	2026-12-05 02:59:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	291f6f0f-c596-41f1-81e7-04e0ba89a6df	bc7deea90e6b62b672d0bd8f37bdc2bb8e6030d90645e79b8e1b5717ce59871d	50781d3a28eb516cfe85e8f8a11d561ea58739197360c5b97faba8bc2d2ec5e2
584	2026-12-05 02:59:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30a3df60-01d0-4039-950c-fc64c0ac66a7	50781d3a28eb516cfe85e8f8a11d561ea58739197360c5b97faba8bc2d2ec5e2	e53aefe90aa693752f5f0803ad05a5bf2c8b71f56fad03d2f33a9dfb823deca4
585	2026-12-05 02:59:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c71eeafb-a26b-4030-b821-7b0c72566f41	e53aefe90aa693752f5f0803ad05a5bf2c8b71f56fad03d2f33a9dfb823deca4	4e5c0e816efcaf94ed66d2a4fe539ebbdbe6d9f55537cc2490c7e6f40431c673
586	2026-12-05 02:59:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2f11540a-a83a-48e2-9ede-9424910b7a4a	4e5c0e816efcaf94ed66d2a4fe539ebbdbe6d9f55537cc2490c7e6f40431c673	a39bf4c0fc0eb58dc06bbf3921bdc7be1a1d160b593aa9bfe214205c0671a97e
587	2026-12-05 02:59:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b97dfb13-24b0-417a-bd5b-1a70e3ae843d	a39bf4c0fc0eb58dc06bbf3921bdc7be1a1d160b593aa9bfe214205c0671a97e	db128839fc7dec6ffd56bfeee29cb1d651594b00c6c372e7a591490f55f252a7
588	2026-12-05 02:59:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4b1b3c8b-3574-4638-bb0b-2c3919dde5be	db128839fc7dec6ffd56bfeee29cb1d651594b00c6c372e7a591490f55f252a7	b2de8663ba630840716c7042dccd145523f69b10426918386f1bb06d0dce0e0e
589	2026-12-05 02:59:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ce34918b-d317-402b-a8b6-a392b6b72b2a	b2de8663ba630840716c7042dccd145523f69b10426918386f1bb06d0dce0e0e	a5fc71064980e2c6026e26f401b96e0d5edcd481bfa0be44b1f9877528cf6769
590	2026-12-05 02:59:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14c25ab3-3d71-4d30-8d72-805691bf0768	a5fc71064980e2c6026e26f401b96e0d5edcd481bfa0be44b1f9877528cf6769	925ccdc4b15a382eaf63b9f996adefa867244b1a498a2daf6a2262c406c4624c
591	2026-12-05 02:59:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed8d7e3c-476d-482e-b6cc-e3ecf9985708	925ccdc4b15a382eaf63b9f996adefa867244b1a498a2daf6a2262c406c4624c	73ae299c6a7696cd53612d0c2c1bbee3a7e91c013f4ce593a9fc462d396e14c7
592	2026-12-05 02:59:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	912bb236-fca4-46bf-b461-745bfb9369c6	73ae299c6a7696cd53612d0c2c1bbee3a7e91c013f4ce593a9fc462d396e14c7	d8062dcaaecee5e4b53ade9fee6c20d6b6aa4f0165192f976e6da8c91982e61c
593	2026-12-05 02:59:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0671d21e-ca09-48a7-9467-d8f70ce9f2fe	d8062dcaaecee5e4b53ade9fee6c20d6b6aa4f0165192f976e6da8c91982e61c	aa9fd3b8f0894d7a936f78df5e7c15d769a85b8421ceb7d575fc7352eb3c624d
594	2026-12-05 02:59:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d5f9eab-5802-44cb-9a30-2763c3305abc	aa9fd3b8f0894d7a936f78df5e7c15d769a85b8421ceb7d575fc7352eb3c624d	345e26cf70d25255abcb43187a29ceaa242c8f654cbb328e3343e4c66b5a8def
595	2026-12-05 02:59:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c43ded8b-ea50-4672-80e3-861efd16b842	345e26cf70d25255abcb43187a29ceaa242c8f654cbb328e3343e4c66b5a8def	a9b360bb63fcd2c38855c42b752d7cfdf4f25fe231545dc482b6d32ff1d8b53e
596	2026-12-05 02:59:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5369dbb5-ab02-4eb3-8b7b-200554030fc7	a9b360bb63fcd2c38855c42b752d7cfdf4f25fe231545dc482b6d32ff1d8b53e	e4cf0967557f47d0cf87bcfe3fbadbafbcf190e00bec5f74ef40346ad37fe5b2
597	2026-12-05 02:59:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	008417af-98ac-4dba-879b-15cbfc3c8fc2	e4cf0967557f47d0cf87bcfe3fbadbafbcf190e00bec5f74ef40346ad37fe5b2	97dfb3abfee10f2217a52d9e4103df4ad7bde207a670e32c029acc7d9c6e4bd6
598	2026-12-05 02:59:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	801656dd-61fc-4e88-8b49-48743b34a896	97dfb3abfee10f2217a52d9e4103df4ad7bde207a670e32c029acc7d9c6e4bd6	944ab9b4ed3bb398f68e0684aab44dbcfa0f82af8bcda6394e4252e0a3c631cc
599	2026-12-05 02:59:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76f3925b-0954-4a1b-acf7-38fc9addacdf	944ab9b4ed3bb398f68e0684aab44dbcfa0f82af8bcda6394e4252e0a3c631cc	65829c81ec24c7ef56681b3c283bd1f3f87dafb5b0098b4f76dce4257a5b3b0f
600	2026-12-05 02:59:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	080b7d03-2e94-46f7-a496-0100f8650ddb	65829c81ec24c7ef56681b3c283bd1f3f87dafb5b0098b4f76dce4257a5b3b0f	e8bee98e159de140919951d79cfedd225f2eb0b5cbccb55cadd39d690db6862d
601	2026-12-05 02:59:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1a07ba7-8a8e-4a82-aa99-ede54006c933	e8bee98e159de140919951d79cfedd225f2eb0b5cbccb55cadd39d690db6862d	99ed86933d5be0b55f9108096302610b292cfc24cca3dd985c6a7fb642b6151c
602	2026-12-05 02:59:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ea871d1b-1967-4dde-8d86-293d39a79fda	99ed86933d5be0b55f9108096302610b292cfc24cca3dd985c6a7fb642b6151c	1a311604dc0c973bdb9f6e1bcd78ed58994de62c22b9a062df1f355bc0cf4bf5
603	2026-12-05 02:59:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ec03105e-3d17-466c-89ec-65b8aa8d4824	1a311604dc0c973bdb9f6e1bcd78ed58994de62c22b9a062df1f355bc0cf4bf5	8b05278763ccee16fcf5cb4e6985c6343a7c693c4a25cd252a3f78c312678711
604	2026-12-05 02:59:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f66058ea-9feb-4e52-89c0-a32cdc831dff	8b05278763ccee16fcf5cb4e6985c6343a7c693c4a25cd252a3f78c312678711	6283811f9890adc56ed1126075f43644cab319b26b992cc417f3648fc6874935
605	2026-12-05 02:59:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e0e81f7-130f-4be1-8af2-ab1e11a960e2	6283811f9890adc56ed1126075f43644cab319b26b992cc417f3648fc6874935	fdb349776e77e75b9f3a6acf3974c923d44b5cc6fdd0269cfd396ef5ca84a2ea
606	2026-12-05 02:59:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b338d353-863d-414d-9237-d7c7641ab35d	fdb349776e77e75b9f3a6acf3974c923d44b5cc6fdd0269cfd396ef5ca84a2ea	6f5c5a9cf97c5247cb19f410fb1eb517faf94ee77b806a32b8087f0102380e9f
607	2026-12-05 02:59:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e140630-01b2-47ba-b8a7-70d16d234011	6f5c5a9cf97c5247cb19f410fb1eb517faf94ee77b806a32b8087f0102380e9f	184bcba7c05b017c7d7f4a6046537be0fa1da875957ead4926ec3fc527215a2e
608	2026-12-05 03:00:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d761764-1827-4906-a158-d0296b0feae4	184bcba7c05b017c7d7f4a6046537be0fa1da875957ead4926ec3fc527215a2e	4a40f2c3326be168c7edfd09bba0022eb1cce95f21730fcde62061d76254de1e
609	2026-12-05 03:00:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76f928cc-b6ff-4a39-a633-748d7e78af3d	4a40f2c3326be168c7edfd09bba0022eb1cce95f21730fcde62061d76254de1e	f60dda632706a7fddcbf3b337797679bc423d5712f6a9f01e7ec6f8a2f922ee0
610	2026-12-05 03:00:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01e9832d-4dc5-4b81-92d3-cea20a494d6b	f60dda632706a7fddcbf3b337797679bc423d5712f6a9f01e7ec6f8a2f922ee0	e4362c6b2e83a70ea18b9c98cf26a49d897b19650af1c7bf14459ce5e7186e90
611	2026-12-05 03:00:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d60c2e79-b4d8-4749-a3b9-f5006b4abff4	e4362c6b2e83a70ea18b9c98cf26a49d897b19650af1c7bf14459ce5e7186e90	9486b6b3081da422e74ec8de39a488d7c1f6e7c7692103f6afba5a903fc8d28c
612	2026-12-05 03:00:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6849b38a-0b0a-43ea-857e-bd0fc67de4b3	9486b6b3081da422e74ec8de39a488d7c1f6e7c7692103f6afba5a903fc8d28c	884e253f29acf9cde2e89869f82471dc7b87044b835b84a9b87cb5f5b63517f6
613	2026-12-05 03:00:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	50c435c0-fec1-4a7e-9e28-79632e368a09	884e253f29acf9cde2e89869f82471dc7b87044b835b84a9b87cb5f5b63517f6	2159e5d150ac8e269862b48bc7c153fbe7c764292b76987308f2db23e6839762
614	2026-12-05 03:00:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	35d58425-81eb-4adc-be07-a6c01f2a79d7	2159e5d150ac8e269862b48bc7c153fbe7c764292b76987308f2db23e6839762	0e8723abda47f70b2ee862d9c793c3075e02773842c1e837f4ba7ff7ef014a1f
615	2026-12-05 03:00:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3a5890f-3ad3-42c3-b6b2-f625b46baff3	0e8723abda47f70b2ee862d9c793c3075e02773842c1e837f4ba7ff7ef014a1f	fb35ba61adf2f2429de0708bcf9aadda54f084d2223ddcde088e13ab2e7fe2a7
616	2026-12-05 03:00:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90be4b20-5902-4fdc-bcc9-a8b39324ff2f	fb35ba61adf2f2429de0708bcf9aadda54f084d2223ddcde088e13ab2e7fe2a7	f119515d0e23002a1511946a2a9b66a303b8afe4c9b86c05dd2dbb5ec1ec1d04
617	2026-12-05 03:00:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8cf19a5-ee0b-48d4-bc3c-3c06995cd605	f119515d0e23002a1511946a2a9b66a303b8afe4c9b86c05dd2dbb5ec1ec1d04	5a452f942eab9586c51e9c6fae3821557815f5ed3f24bfbc7c3da7f26a018db3
618	2026-12-05 03:00:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2cbd51bd-5c1f-45bf-9718-046d2827b76e	5a452f942eab9586c51e9c6fae3821557815f5ed3f24bfbc7c3da7f26a018db3	eff43ca58473b74dfe5b947016abe05e14d200bf37f6b687dd704a4074f8c500
619	2026-12-05 03:00:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0e71aa3-5bb2-414b-a143-af69bc504d2c	eff43ca58473b74dfe5b947016abe05e14d200bf37f6b687dd704a4074f8c500	7ccd57f504d5dfd997c4ad1a94d2cb40d0e8c8d1324c4727d8bec9f7d7b1ee20
620	2026-12-05 03:00:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	47ed4b45-55f4-4903-8641-0d6836bed04b	7ccd57f504d5dfd997c4ad1a94d2cb40d0e8c8d1324c4727d8bec9f7d7b1ee20	19021e8fb5aa946a030f16f3d38ee43ddac6c5a7c2c792396cc3faf02f120203
621	2026-12-05 03:00:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ada70067-3cea-41a7-b94e-8c2ab0e97c69	19021e8fb5aa946a030f16f3d38ee43ddac6c5a7c2c792396cc3faf02f120203	b5c0444502a73bc3c1349a5bcb77f2cc44bbc762da14abfdfbcba7c1a9c84988
622	2026-12-05 03:00:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63d7dcd4-fd3d-4548-90b8-68c83f2ddbd0	b5c0444502a73bc3c1349a5bcb77f2cc44bbc762da14abfdfbcba7c1a9c84988	82a27a229619e29ff6119c5e34a72bc278113b997207d8fac35a7e9990a8e2fa
623	2026-12-05 03:00:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	43144b40-c597-4290-80d6-1fbb9276ef1b	82a27a229619e29ff6119c5e34a72bc278113b997207d8fac35a7e9990a8e2fa	5e608e9e90c88ac99d9ea2d457f2be94792de18225151bbd7946206475df9532
624	2026-12-05 03:00:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f2176ca-dcba-456f-b806-aa901a88cdf8	5e608e9e90c88ac99d9ea2d457f2be94792de18225151bbd7946206475df9532	dfa4214bb8bc2ddc33deb38f7a32070d97db60b1009dac17eb59ddcbaa8cf2d1
625	2026-12-05 03:00:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db8fe550-46b0-4374-be4e-5e8f7c64a06e	dfa4214bb8bc2ddc33deb38f7a32070d97db60b1009dac17eb59ddcbaa8cf2d1	7eb83a3b505c2edac94f0709dec7afd306147e2503baa53eff2d811574fc83da
626	2026-12-05 03:00:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14516083-844f-49fb-af8f-cd53bb901132	7eb83a3b505c2edac94f0709dec7afd306147e2503baa53eff2d811574fc83da	ca2d1dd15bd9fe100d73a4ce92c40b1eebab5914dcffb463ce81765518d12749
627	2026-12-05 03:00:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c3412249-cbca-452b-9480-ef03b71e0633	ca2d1dd15bd9fe100d73a4ce92c40b1eebab5914dcffb463ce81765518d12749	2122bbb107a9cdade4b585a7741c52cf0e6604526d4c5124c2c874dfd80ddfbb
628	2026-12-05 03:00:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	10fbb820-ac00-42c6-a9ec-a75eadc28df9	2122bbb107a9cdade4b585a7741c52cf0e6604526d4c5124c2c874dfd80ddfbb	64f9c3eaae799a63eb32db2ff671fde181f0e6b6e065014b3b26f9ee33083165
629	2026-12-05 03:00:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4fdf944-78fa-4e61-84e6-d673d4a787aa	64f9c3eaae799a63eb32db2ff671fde181f0e6b6e065014b3b26f9ee33083165	2c68c0b8cb5aa5729ebae1bfb74b33135356f882232f2610e9ec4ff300751b14
630	2026-12-05 03:00:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	74a376b3-ccc7-44fc-b73c-1427dc8d6048	2c68c0b8cb5aa5729ebae1bfb74b33135356f882232f2610e9ec4ff300751b14	16f69dd403af1ff87cffe2d1d9bd834fcda1c23edc9cc2fd072c73c5509ae9d2
631	2026-12-05 03:00:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cd35dbb4-23ee-46c8-a99f-8a5914e75c0c	16f69dd403af1ff87cffe2d1d9bd834fcda1c23edc9cc2fd072c73c5509ae9d2	9c8f93f5ecf25841be6ad9cb65facc58c945a3e575a94479b7a9aefc35b25657
632	2026-12-05 03:00:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c7922f3-e818-49c1-a560-47f59165c058	9c8f93f5ecf25841be6ad9cb65facc58c945a3e575a94479b7a9aefc35b25657	1b79005b2428059bef2d5b1dca8b9daac6913c0ac257f7572a276d336d20d5fe
633	2026-12-05 03:00:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	740d32fe-5955-449a-97a4-c3f86e73f235	1b79005b2428059bef2d5b1dca8b9daac6913c0ac257f7572a276d336d20d5fe	a24c7bcee6bbc5e6cb4f009cb5cc1aa859907c8ef0636859e4df1700b06466bb
634	2026-12-05 03:00:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	efc92c2d-33c7-4760-866b-5d4a8a1ee390	a24c7bcee6bbc5e6cb4f009cb5cc1aa859907c8ef0636859e4df1700b06466bb	7938521e42d7faa1c2421acc566ead0f8a5cdfc0e4ee70fa6f851d316c8baf3c
635	2026-12-05 03:00:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	48a36ab9-a665-41e6-ac5f-3415fc3a8f6b	7938521e42d7faa1c2421acc566ead0f8a5cdfc0e4ee70fa6f851d316c8baf3c	8a922137970c0b5d8f00bb99008f8b750c004530f5a1f2c1b47dfa55cb52d1f4
636	2026-12-05 03:00:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c7a072a-a406-49d1-b185-bb1561c7546d	8a922137970c0b5d8f00bb99008f8b750c004530f5a1f2c1b47dfa55cb52d1f4	042ee9847d9f628d220624e6145f738e5fa9ca023404045d3b8d640708ef9299
637	2026-12-05 03:00:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63f38fc7-be74-433e-9656-5fd1377437ba	042ee9847d9f628d220624e6145f738e5fa9ca023404045d3b8d640708ef9299	1c292c1145ba11cd0e26b406d94040459ad37ae63eb999ef73998f0bb6b1f15b
638	2026-12-05 03:00:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d1004e2-2ebc-44a0-b06c-9f26b3ed45d8	1c292c1145ba11cd0e26b406d94040459ad37ae63eb999ef73998f0bb6b1f15b	bdf620858fde7260f5d4a9c516f1dfffc2a9ae78bbe67631df5240c8dd2f93dd
639	2026-12-05 03:00:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	20ef140b-83fd-4cb3-8f09-988982927a58	bdf620858fde7260f5d4a9c516f1dfffc2a9ae78bbe67631df5240c8dd2f93dd	4374739715d3417157dce25b65293ec2d91cc40bb48a8f95d0fe7ed44d994087
640	2026-12-05 03:00:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	316de9e5-85c9-4da3-b181-13400270bf4e	4374739715d3417157dce25b65293ec2d91cc40bb48a8f95d0fe7ed44d994087	b6895fb18bc1a958ff47da07a3824a2f7177c7f6c1de4c7c0b08ef3d5cb84b68
641	2026-12-05 03:00:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3471a8d1-37f8-40a6-abb1-8b8e8672ea71	b6895fb18bc1a958ff47da07a3824a2f7177c7f6c1de4c7c0b08ef3d5cb84b68	fcdee2501acfb51b7c9395d2fd2221304e383b9dba22b26d8b75e7b5532104b9
642	2026-12-05 03:00:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb71ce71-f484-4a38-8632-1d6d3f1105d2	fcdee2501acfb51b7c9395d2fd2221304e383b9dba22b26d8b75e7b5532104b9	6b2ec893680552eee46b7826a1c123af31f2a35ceb3f40035cc9f42990e6e71e
643	2026-12-05 03:00:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	019e3c3c-3298-4c2b-b334-d755fcc6a4ab	6b2ec893680552eee46b7826a1c123af31f2a35ceb3f40035cc9f42990e6e71e	75a31d8ec0a3dce7703b535ef1a7d44ff6bb6985e27eda763a0054bf3853680d
644	2026-12-05 03:00:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1eb58a0e-2adc-4d0f-b7b1-26411d9efe20	75a31d8ec0a3dce7703b535ef1a7d44ff6bb6985e27eda763a0054bf3853680d	9b490db5b677c76022fc9d20149a068dc66577f52ce014eba2dc1677981fb8e7
645	2026-12-05 03:00:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ee265d7-69a9-4c77-ada2-9a32314a5fb0	9b490db5b677c76022fc9d20149a068dc66577f52ce014eba2dc1677981fb8e7	75c36c2a6acf5a84c4944250a8775501dbfed2e7414b1644478a6015e9e1502a
646	2026-12-05 03:00:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0f0ab719-2862-48db-974c-ec9748a16d23	75c36c2a6acf5a84c4944250a8775501dbfed2e7414b1644478a6015e9e1502a	597a0b9a76365963db6ae3b50461ba67ec2b382ed64670d2f29cebb30b4ea6da
647	2026-12-05 03:00:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80e8b92f-0a08-40d1-b07f-9dcbb8efde1c	597a0b9a76365963db6ae3b50461ba67ec2b382ed64670d2f29cebb30b4ea6da	4e0cdabbde9ddabd19cafc3e14d966680d02a8491533285990dfc2b4c629d083
648	2026-12-05 03:00:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e4763c4c-0704-4cc6-a548-0b9380bd706b	4e0cdabbde9ddabd19cafc3e14d966680d02a8491533285990dfc2b4c629d083	bd53cb9c3efdf08c931262b0968fbdf239c82f4ac429dc5b8d57341f71eb0eef
649	2026-12-05 03:00:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7bd950a9-2ac8-4bf1-bd14-dd268e52542f	bd53cb9c3efdf08c931262b0968fbdf239c82f4ac429dc5b8d57341f71eb0eef	93a3116b05eb71e8cf1c48709c0b568ca62ac105fab8c05ef9e220b1a32d1a6f
650	2026-12-05 03:00:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	595edd36-0fe0-4ffc-a019-0d5b5d6c6191	93a3116b05eb71e8cf1c48709c0b568ca62ac105fab8c05ef9e220b1a32d1a6f	4f8f9fb627e2cf506cf984f8a3b9bcbccdcdd17fe1ee92844cfe57dc54292394
651	2026-12-05 03:00:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28ec6f6e-fb9d-41b8-826a-33bbc52d1a35	4f8f9fb627e2cf506cf984f8a3b9bcbccdcdd17fe1ee92844cfe57dc54292394	2f60783716246abdcd63f77a25249e67494b2ea024adc06a0a5716683d3e1730
652	2026-12-05 03:00:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	54e97460-6975-4a93-92ae-4a20167e9ebd	2f60783716246abdcd63f77a25249e67494b2ea024adc06a0a5716683d3e1730	4cacfb4c44e114949be3353c924cb5e52480126eb3500ad7e7b48f1eb2a798c0
653	2026-12-05 03:00:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a00043de-2652-4cd3-9d4d-3149b7aba51b	4cacfb4c44e114949be3353c924cb5e52480126eb3500ad7e7b48f1eb2a798c0	866ddd98119ba86c4dfb4b585f6b4d89da89fadecb1fb625cfb2bab6e51188f0
654	2026-12-05 03:00:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb512992-e1e6-4b0d-a28c-2f4374d4bfe7	866ddd98119ba86c4dfb4b585f6b4d89da89fadecb1fb625cfb2bab6e51188f0	a0599950a08c2962ac7e437a9aba46f163edc1ab9ab3ade696cd8e0728370053
655	2026-12-05 03:00:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7fe7c2da-d8d9-4723-8ea9-ff748ea54370	a0599950a08c2962ac7e437a9aba46f163edc1ab9ab3ade696cd8e0728370053	84e934c45145315a160e62db8c6a0afdd74c7c8e0965491f5d2bfa4a6ca7a7ec
656	2026-12-05 03:00:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9cdf777a-68a8-4e50-80c2-9dfb110615b3	84e934c45145315a160e62db8c6a0afdd74c7c8e0965491f5d2bfa4a6ca7a7ec	c3ddb3cc9946568457c2ed55d6ac20e19debd70fece2f76ae0180c2cc3f6ef25
657	2026-12-05 03:00:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4606334-fd0a-46e2-b8e9-f75e34dd1012	c3ddb3cc9946568457c2ed55d6ac20e19debd70fece2f76ae0180c2cc3f6ef25	a2bbeac1a671b965cc4021603867a035456c6c1c3de736310ccb6d627ceed54d
658	2026-12-05 03:00:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c6c52a0-803d-4888-89f5-755bf48910f3	a2bbeac1a671b965cc4021603867a035456c6c1c3de736310ccb6d627ceed54d	bcf7cfc1dd6f32d5170751175b91b1dae10456d83c53b649a60226542447248a
659	2026-12-05 03:00:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	88d8f3e8-01e0-4419-8011-92850110f7f2	bcf7cfc1dd6f32d5170751175b91b1dae10456d83c53b649a60226542447248a	b98cdc6711994ad7a2e909cb15b75d21f2ff44c49f59d205b2f5f4baaccf7599
660	2026-12-05 03:00:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01334e87-cefc-4f6e-90ea-ffb30bb76354	b98cdc6711994ad7a2e909cb15b75d21f2ff44c49f59d205b2f5f4baaccf7599	b6a3e25bc886203ec170497d5eee473c9796b1184f0d86fe185904c131464204
661	2026-12-05 03:00:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	635cc309-5734-4e84-bd99-296138bea563	b6a3e25bc886203ec170497d5eee473c9796b1184f0d86fe185904c131464204	d6df469ca704b5266cca4249069493ed5c1cda4b65c4572a41443388844cea98
662	2026-12-05 03:00:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06356613-87c1-4dfa-8628-e922debbee85	d6df469ca704b5266cca4249069493ed5c1cda4b65c4572a41443388844cea98	473a5dc843fb15aa46ef04ccaac790607aed25228e0d2df443d2bd9ffda89b58
663	2026-12-05 03:00:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2369a61c-4124-4fb4-abce-42200c39fdfc	473a5dc843fb15aa46ef04ccaac790607aed25228e0d2df443d2bd9ffda89b58	7d5dbd1f5091c124b9628da1ea7d9d522079d4008bc9118fe4358ca4fafe260b
664	2026-12-05 03:00:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	17ab0259-efe6-4d3d-b733-ae8e0e8d1d23	7d5dbd1f5091c124b9628da1ea7d9d522079d4008bc9118fe4358ca4fafe260b	d9eefcfabb696fc1659d188baf6273fcf711ec553bf1544accfe854444c7aea5
665	2026-12-05 03:00:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	97f97359-1054-4cca-9dc0-cb45244dcac4	d9eefcfabb696fc1659d188baf6273fcf711ec553bf1544accfe854444c7aea5	0fafc6c6896a05bbf04ae4252c80577854540dbdfc125e35e069690154a757b4
666	2026-12-05 03:00:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a14c4394-1653-48eb-956c-5e979a3fbd4c	0fafc6c6896a05bbf04ae4252c80577854540dbdfc125e35e069690154a757b4	58281cea76c68bd72b31a5a04ed1e8dcfcc6d50980debc0ac767db35469224c3
667	2026-12-05 03:00:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3bc4f63-5e52-4b5f-92e0-5085b6bf7e39	58281cea76c68bd72b31a5a04ed1e8dcfcc6d50980debc0ac767db35469224c3	e73bda2b77a96e6d4e0e234f8f55c4b60196fb53c5efed51b3be6266a3af54a8
668	2026-12-05 03:01:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9acfff9d-e092-4ae3-9d7e-c2a39b60d8e1	e73bda2b77a96e6d4e0e234f8f55c4b60196fb53c5efed51b3be6266a3af54a8	f30dc0b42634465f388821e8dd76ceaee182296321e68f3441969d94827f4d6a
669	2026-12-05 03:01:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6f83bda3-f679-44dd-a9e1-9b03405ca7ae	f30dc0b42634465f388821e8dd76ceaee182296321e68f3441969d94827f4d6a	f1eb5cbb42a1faf64cf531a0ee2e41d1d43a68936686378f6325e85c0794600c
670	2026-12-05 03:01:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8962d252-312c-41eb-8aa0-db7b543364bf	f1eb5cbb42a1faf64cf531a0ee2e41d1d43a68936686378f6325e85c0794600c	995d20ff4717b3e4973fb1178fcb7c8e6df4f6e12bd63fcac783650765fe6158
671	2026-12-05 03:01:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1da62255-75df-416c-a94d-0c8d038e8f2c	995d20ff4717b3e4973fb1178fcb7c8e6df4f6e12bd63fcac783650765fe6158	1dc6cad156c420c7162479efcdd0be1cb99c20621284e2d93ea746f6b43a40bd
672	2026-12-05 03:01:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51879214-58ee-4892-8405-bdd5e29b8ef3	1dc6cad156c420c7162479efcdd0be1cb99c20621284e2d93ea746f6b43a40bd	2309029736e07ea2815497fc0619bb4874b5f46be6a924b702872225d8fc2d39
673	2026-12-05 03:01:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8fbd18c-05cc-4a44-8c8f-fef78f078744	2309029736e07ea2815497fc0619bb4874b5f46be6a924b702872225d8fc2d39	34d53480bdc6dc74e35823fceaa7de97bdd90f6261ce690a5f0df12b49d56a87
674	2026-12-05 03:01:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c5e2652-6b42-4b40-a981-17b08ac13bfd	34d53480bdc6dc74e35823fceaa7de97bdd90f6261ce690a5f0df12b49d56a87	c269a5abda33104c5175097eb6e885cea9d12fd8e68ae568b190b2707cdfccc5
675	2026-12-05 03:01:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d3efa963-2276-4084-8fab-9b4aee4a944a	c269a5abda33104c5175097eb6e885cea9d12fd8e68ae568b190b2707cdfccc5	61cbc688e65bc6e9b8f4bc393673532174db83d349f47c28ffa833f03b6a74c3
676	2026-12-05 03:01:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d594140-3e58-4222-aca8-d3e33df8925f	61cbc688e65bc6e9b8f4bc393673532174db83d349f47c28ffa833f03b6a74c3	7cad0e03bdc1f4fcf04759ccdfa5a28bffaf2b17be2c111bf79c12907a2fc677
677	2026-12-05 03:01:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6536adb-5ec2-4ff7-9881-34538e89980a	7cad0e03bdc1f4fcf04759ccdfa5a28bffaf2b17be2c111bf79c12907a2fc677	adc580a86757329b072fbaea69826eed010d34522f14d9902976f9846fbfbbaa
678	2026-12-05 03:01:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ecc581c8-efc7-4516-b19b-2064ea4d03dd	adc580a86757329b072fbaea69826eed010d34522f14d9902976f9846fbfbbaa	362e2f60db9545d2a7af7293f17ced303ba215b38383533d611c49fa4b649576
679	2026-12-05 03:01:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18e41a2b-2431-420f-b8c3-68aa8f49ae93	362e2f60db9545d2a7af7293f17ced303ba215b38383533d611c49fa4b649576	43c90b8666b41391ff790dca4f16d11b3b8e4b9554ac3d842c54f79d3442ffff
680	2026-12-05 03:01:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	469095f9-d0fc-4e40-af51-7d14af1fe3a4	43c90b8666b41391ff790dca4f16d11b3b8e4b9554ac3d842c54f79d3442ffff	8d63cf102ff8b6a9d08104d7a3a89db495af6668d934d3f9940448dd99989c6b
681	2026-12-05 03:01:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd574480-59cb-4415-b4e4-59dfc17166e1	8d63cf102ff8b6a9d08104d7a3a89db495af6668d934d3f9940448dd99989c6b	09df4bff12883e7c0f41f40424427d354dae40d49e761e1a9dd42ba1ba1096d8
682	2026-12-05 03:01:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	75638a24-b6fe-48cc-9cbb-1e8658ff305d	09df4bff12883e7c0f41f40424427d354dae40d49e761e1a9dd42ba1ba1096d8	8b297d272ffb58d281d9a2bfc008281b13b28abdd10d9694da59366473d87e2a
683	2026-12-05 03:01:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c0e36ee6-05f8-4e01-8bb4-dada7eee4d8e	8b297d272ffb58d281d9a2bfc008281b13b28abdd10d9694da59366473d87e2a	32e3ac8d3a8e20edc8b665da594be2b726c9ab93318858a434dc7d807f7f92dc
684	2026-12-05 03:01:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f592fa7f-80ec-42ab-9a41-9fd36bb4af90	32e3ac8d3a8e20edc8b665da594be2b726c9ab93318858a434dc7d807f7f92dc	f6b6c555840cb9a45245d1b518fd2411579855d1def1a7f5b4f97bd7c4848ff2
685	2026-12-05 03:01:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a732697d-e718-4cd3-82f1-d9a2ff297559	f6b6c555840cb9a45245d1b518fd2411579855d1def1a7f5b4f97bd7c4848ff2	57f260562dfa06c31e55265a262db4c62e2bba1f7b70b8c61f5605fba1887c16
686	2026-12-05 03:01:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	801014d9-6639-4b37-8484-c686cf0da0e5	57f260562dfa06c31e55265a262db4c62e2bba1f7b70b8c61f5605fba1887c16	ae6ea1cd9bdfec9dc430cdcd2039d6b78a2642fc1c269a2788caa78f6b0321ec
687	2026-12-05 03:01:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	179248c4-7ed8-4ef4-bd2a-f45da263e33e	ae6ea1cd9bdfec9dc430cdcd2039d6b78a2642fc1c269a2788caa78f6b0321ec	52fb025bb66cb28bd6ed54a73cbe45ae3bfdfbfd3d13bcee43627805590bb65c
688	2026-12-05 03:01:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8163991b-4050-48df-b323-782441626516	52fb025bb66cb28bd6ed54a73cbe45ae3bfdfbfd3d13bcee43627805590bb65c	c81222d8e86ba9ce38d3f961f40a53b39e6395145c41783abf69e6fd6eaf7a2a
689	2026-12-05 03:01:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b09a1a9-37c7-47b7-8876-f677810f3e5f	c81222d8e86ba9ce38d3f961f40a53b39e6395145c41783abf69e6fd6eaf7a2a	a034812aa4a61e5fa2255063923a68cca6ae3e7c88b450bd68f28d7a27892565
690	2026-12-05 03:01:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	962b42b5-4183-4302-a801-6821610b52ef	a034812aa4a61e5fa2255063923a68cca6ae3e7c88b450bd68f28d7a27892565	87dc686bbcba0e61f5222d9d6ff667df7a17982be7411a333f38f10d864fc813
691	2026-12-05 03:01:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d76e578-9694-42f5-9d93-e1f00bc18359	87dc686bbcba0e61f5222d9d6ff667df7a17982be7411a333f38f10d864fc813	9c76380514af3175207711429622373a4ff35b5fa5cd4d03a69b1f096a622343
692	2026-12-05 03:01:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c4822e0-24fa-4031-bd67-41238b21b923	9c76380514af3175207711429622373a4ff35b5fa5cd4d03a69b1f096a622343	af54a51237c92994642d63ab763a67d8d769750ce726b02a1a14d26145346c4f
693	2026-12-05 03:01:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3a43f15-5612-4aee-8b4a-568e322ded06	af54a51237c92994642d63ab763a67d8d769750ce726b02a1a14d26145346c4f	cea127fd78fdec15b71c36ea1932ae9ab1ab89939450ccb06cdcc8513d975b47
694	2026-12-05 03:01:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dcd8c418-5262-46ee-9307-d98a5f5bf7ce	cea127fd78fdec15b71c36ea1932ae9ab1ab89939450ccb06cdcc8513d975b47	3d324918388c8bbdde22e6c42815115a9f2bef1106770ec18bc1df795d76e23c
695	2026-12-05 03:01:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1bae20e1-9ead-40df-9c6c-74ed6c8a602f	3d324918388c8bbdde22e6c42815115a9f2bef1106770ec18bc1df795d76e23c	e247282fb32e41263db402041a75cbd25f03d653c1d3c456ca0596900a3a2e4f
696	2026-12-05 03:01:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d798b94c-6549-46d8-b1d0-f0e2bb16e1ca	e247282fb32e41263db402041a75cbd25f03d653c1d3c456ca0596900a3a2e4f	9a855e79276d206f05e8e4bf19121412462f34c8d3e148caf8ffabe4edce5d5e
697	2026-12-05 03:01:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5676a0f1-f422-4b3d-b98a-30c490080980	9a855e79276d206f05e8e4bf19121412462f34c8d3e148caf8ffabe4edce5d5e	134bceae132f4e5351d59b95f81de07151931305fd0328c37b7ed66fdf809fe9
698	2026-12-05 03:01:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5d01eb3-458c-414d-8f0e-a129a7648e49	134bceae132f4e5351d59b95f81de07151931305fd0328c37b7ed66fdf809fe9	f685893af75bc70ef82a4cb8174f00bd53ec333cbeac9298e5a3f0d51c150da9
699	2026-12-05 03:01:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0b0b40ee-4463-419a-aaa9-157ef8e72c0b	f685893af75bc70ef82a4cb8174f00bd53ec333cbeac9298e5a3f0d51c150da9	dbc6d75de9bdfe2b0f742836e7a699d787ae959b1e2f2f61b31e8a891dcaca24
700	2026-12-05 03:01:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f7151dcc-9a38-4bc5-8469-8cbd9abe7c19	dbc6d75de9bdfe2b0f742836e7a699d787ae959b1e2f2f61b31e8a891dcaca24	6a8bfa6bda8078ef3d36730997a19ce07a75c132a3033d282b3f46911c53dac4
701	2026-12-05 03:01:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a50f00fc-f102-4a01-8d57-ac1beaea35e7	6a8bfa6bda8078ef3d36730997a19ce07a75c132a3033d282b3f46911c53dac4	5b8c25e543529595204e3fbc16a0108850e0aa41211b80c523e9a0da842ff5a2
702	2026-12-05 03:01:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d7af88e1-24f1-4686-81e0-527b040cf501	5b8c25e543529595204e3fbc16a0108850e0aa41211b80c523e9a0da842ff5a2	0cde79f80d2cdf12cddb024c06d071bf86ac2b51f61ccb375d5ca385513540f5
703	2026-12-05 03:01:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	42bb3d47-f4d3-4ed2-a8dc-bbd24f81d215	0cde79f80d2cdf12cddb024c06d071bf86ac2b51f61ccb375d5ca385513540f5	fb90a3a4dbdaaa5ace010110a6abfff5098cda231daacec7aa245447939787a8
704	2026-12-05 03:01:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d0a3ff7-6a59-4292-9859-e9e343280e34	fb90a3a4dbdaaa5ace010110a6abfff5098cda231daacec7aa245447939787a8	f0994edad2ebd6150567f0f41761b864851c5742cb81aab2b5bc1d16621d8ded
705	2026-12-05 03:01:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d02720c-563d-4448-88d8-011b6ed3fbef	f0994edad2ebd6150567f0f41761b864851c5742cb81aab2b5bc1d16621d8ded	f0f74d25c8e24f7397554741bd2d693fee6df1c3201cea911f8b1e244804d737
706	2026-12-05 03:01:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e7a73d1-985a-49d5-a2b2-cb799ef8b0f9	f0f74d25c8e24f7397554741bd2d693fee6df1c3201cea911f8b1e244804d737	bd2ef764be61add63835308a5a12d03250feaa8a955878f28f766adf48d10d93
707	2026-12-05 03:01:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3bf5bab6-9e76-49e5-a60c-b2083664b836	bd2ef764be61add63835308a5a12d03250feaa8a955878f28f766adf48d10d93	8fed20947df93d1a9d3dd3ebc0d2f8065347fd31eda44ccba89a077bcf0152ef
708	2026-12-05 03:01:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6a2943e5-9a0c-4029-ab36-c62b1d7ee4a3	8fed20947df93d1a9d3dd3ebc0d2f8065347fd31eda44ccba89a077bcf0152ef	13d1c9fcc3211688a14fe52b1594b0e43f51251132f7ca2fb7732905baf4de08
709	2026-12-05 03:01:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a13c54f-c62d-4acb-a0d4-e6364828cf97	13d1c9fcc3211688a14fe52b1594b0e43f51251132f7ca2fb7732905baf4de08	414ea4f075a982ba962c4860a5f7da79c9f5d5c2b807716fc10f368c68c66838
710	2026-12-05 03:01:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08cab0f7-b6e3-4090-9052-d3f379ea19c3	414ea4f075a982ba962c4860a5f7da79c9f5d5c2b807716fc10f368c68c66838	3cb167b3d0bb49f354ffaee192bb37ebc58f1f01d4dc043154d86970fea1aeb6
711	2026-12-05 03:01:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	468a91c0-105a-41df-8370-57cd2e225eae	3cb167b3d0bb49f354ffaee192bb37ebc58f1f01d4dc043154d86970fea1aeb6	cb09f21fe125a4060196dc78c9321217e6f177bd7503784b0c1ac47a6dbe2a5c
712	2026-12-05 03:01:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ce32e79b-a6bb-465a-9a47-59179dc2f78f	cb09f21fe125a4060196dc78c9321217e6f177bd7503784b0c1ac47a6dbe2a5c	d8ef5cef8191a8b877a3ecd4f4e094bc491c23dc4928d919ec9005bef10d864d
713	2026-12-05 03:01:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c384a2e4-0aaa-4131-841b-e54dfb9ab622	d8ef5cef8191a8b877a3ecd4f4e094bc491c23dc4928d919ec9005bef10d864d	9b907735ee888593c9901086484ed043bb7159d9cc6c799bc8d8289171b5eee0
714	2026-12-05 03:01:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	963c2ed7-9eea-4b77-ac38-b8a29310c439	9b907735ee888593c9901086484ed043bb7159d9cc6c799bc8d8289171b5eee0	b6030922b9c4d0f7a3710eea35b11e99ea863552ff1223e51cbbcc224070f0b6
715	2026-12-05 03:01:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff9b824b-3f26-47a5-9c7d-7fc96df8c7d4	b6030922b9c4d0f7a3710eea35b11e99ea863552ff1223e51cbbcc224070f0b6	f08751a693f46609f3f88acf6ab9ed69fb669891a1342b0e9da8b75695be0713
716	2026-12-05 03:01:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	746685dd-7ca1-4c62-8510-26a3d7185b13	f08751a693f46609f3f88acf6ab9ed69fb669891a1342b0e9da8b75695be0713	e4c178f6a582b8797080ac6ffbe4e645cb30f0917bce66c2a144bf52eb78b343
717	2026-12-05 03:01:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e1612f2-90ed-436c-b2a0-727dfcf9d0a1	e4c178f6a582b8797080ac6ffbe4e645cb30f0917bce66c2a144bf52eb78b343	d9babc12f75495b8fe3f7b1342707ff357cfeae13d185f5efb5d8e08444b278e
718	2026-12-05 03:01:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	233a4475-67d7-49e4-ba78-5149b7401264	d9babc12f75495b8fe3f7b1342707ff357cfeae13d185f5efb5d8e08444b278e	568804859e7671022991b68dbda5b3ce57e60e5e451878ceb56e86a0ca030409
719	2026-12-05 03:01:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd534056-21de-41e7-abf5-d537125d7142	568804859e7671022991b68dbda5b3ce57e60e5e451878ceb56e86a0ca030409	78771b5cbeaab17ce8731e118a769d9506abb831e42c5be9c1fd7893269b0e25
720	2026-12-05 03:01:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7003c233-027f-4059-bc58-13c5d8fdd1e0	78771b5cbeaab17ce8731e118a769d9506abb831e42c5be9c1fd7893269b0e25	2f7cf9aa58049cee0f355a7f61c66677f5c47e7a36b08ad005dd02b1a4e37efc
721	2026-12-05 03:01:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f83e66e6-800f-472a-9a74-96512f69a40e	2f7cf9aa58049cee0f355a7f61c66677f5c47e7a36b08ad005dd02b1a4e37efc	2eac47dc7cb5460809ed034025f03d9092e5e22bd5c4b31001d2b11f0d828390
722	2026-12-05 03:01:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3893837b-c485-49b0-9964-e0d8340018eb	2eac47dc7cb5460809ed034025f03d9092e5e22bd5c4b31001d2b11f0d828390	cfcba4c73210be5ce7c245f2044f191513497e720321ef3033e3a0f246dd12df
723	2026-12-05 03:01:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a84ed00d-8778-4ba0-8dd3-813300ab9c0c	cfcba4c73210be5ce7c245f2044f191513497e720321ef3033e3a0f246dd12df	1b32815b8ac0943953ac11ee0fff77c248ac583704c5bfa85b46802b5b1c3f20
724	2026-12-05 03:01:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46920a12-7584-46c5-b834-0dffe422309c	1b32815b8ac0943953ac11ee0fff77c248ac583704c5bfa85b46802b5b1c3f20	c2cd3cbc46b305812d3562a006e03dac82ce6270d2223b671cd8cd9e0d305b13
725	2026-12-05 03:01:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a2b170f8-3f3b-42fe-bc99-423a1ae8b648	c2cd3cbc46b305812d3562a006e03dac82ce6270d2223b671cd8cd9e0d305b13	6ba1185a8cc84f5b284170c92ccdf8caf998ff666b2b346631a315ba029b95a3
726	2026-12-05 03:01:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6ac16239-1435-4a4c-aacf-ff046c4e8851	6ba1185a8cc84f5b284170c92ccdf8caf998ff666b2b346631a315ba029b95a3	eca09c0bc8d55568ad7281cbd08040e2cdf6ed4d9f5be39772b70d40688f37b8
727	2026-12-05 03:01:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f865d6ea-d4e0-4e93-abef-91f15b40879a	eca09c0bc8d55568ad7281cbd08040e2cdf6ed4d9f5be39772b70d40688f37b8	ffa1af5888b19e1c657be5aef05568c542266dce257797bfa60630cab2ee2950
728	2026-12-05 03:02:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e6850e8-1b8c-400f-965d-09abb696727d	ffa1af5888b19e1c657be5aef05568c542266dce257797bfa60630cab2ee2950	2b2f776d8be679275160f48f17956fc05480c9c7ed828f76430e7ea2b9c49fe2
729	2026-12-05 03:02:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b5519d3-f4a1-4269-b233-49f451f66618	2b2f776d8be679275160f48f17956fc05480c9c7ed828f76430e7ea2b9c49fe2	38e1b8cfffe1c042da41cdb016772c050c933e4b80d9010cd78ccbf766214138
730	2026-12-05 03:02:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	75168c5e-beed-4fb7-9bd7-87376a324907	38e1b8cfffe1c042da41cdb016772c050c933e4b80d9010cd78ccbf766214138	609cd47657fa8cea66d4e1eaf8eb35c606b6a3717de0fec39a16148afb39e0e4
731	2026-12-05 03:02:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6a6899f-fc7a-4fc8-a7f5-b8fe69699eca	609cd47657fa8cea66d4e1eaf8eb35c606b6a3717de0fec39a16148afb39e0e4	d3bac9f625b153409c4cabbd9160d2918f30b20fc449fe69763863791687e1cf
732	2026-12-05 03:02:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	408b4f1e-33f5-49b3-9433-c562fbaeca9a	d3bac9f625b153409c4cabbd9160d2918f30b20fc449fe69763863791687e1cf	f05d7b52766f0f4511bb84a244973310d8aa80c2d07345a4857ad2cf0c3b0c1e
733	2026-12-05 03:02:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f75a4818-bb4a-4227-a106-db52a5dad958	f05d7b52766f0f4511bb84a244973310d8aa80c2d07345a4857ad2cf0c3b0c1e	c3c5d6ff5cec37ba5b85be76c2302a191aff5149658f58464232f18c246d8c66
734	2026-12-05 03:02:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03dce92f-5bb2-4373-8950-4515093ea4ea	c3c5d6ff5cec37ba5b85be76c2302a191aff5149658f58464232f18c246d8c66	e335f9559b4842ed8d18a26b260a300d0389fe45bf9c7c30a9721409333c065b
735	2026-12-05 03:02:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6f0c91d-7bc3-48e1-85b5-d15f1cafa25c	e335f9559b4842ed8d18a26b260a300d0389fe45bf9c7c30a9721409333c065b	ad0f5fd331cb626b51beffc8e664f5c74cb8eb72010a99d358a80561b2ef44fb
736	2026-12-05 03:02:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d635f15-bfd4-48d1-bb81-740efe705f76	ad0f5fd331cb626b51beffc8e664f5c74cb8eb72010a99d358a80561b2ef44fb	8675fb98c26baa3854ae0d5ba10c00b1a999ff84c0b37e2406b8ed1981bf807d
737	2026-12-05 03:02:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24ef3d57-373d-4865-b349-bfc3497f187d	8675fb98c26baa3854ae0d5ba10c00b1a999ff84c0b37e2406b8ed1981bf807d	0e545de00d5b358c81c955d9f2b303f22e0e955faa7e1073f86f6f1c84476683
738	2026-12-05 03:02:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0a7af40-b33f-4adf-bc67-2165dcf3e6ae	0e545de00d5b358c81c955d9f2b303f22e0e955faa7e1073f86f6f1c84476683	9a79e8b9612c9ec0b23a746c32ea0b5759fbb8700d79a3d1e1e478327ded6f5e
739	2026-12-05 03:02:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6a22619-d207-4d2e-b132-2ad5846fb3ab	9a79e8b9612c9ec0b23a746c32ea0b5759fbb8700d79a3d1e1e478327ded6f5e	edfbb401090ae5be7e43410ae90992f8bc1442d80a4e3f83764616fb66e1cea1
740	2026-12-05 03:02:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c5939763-9595-4534-88ea-757dbdc1e4e5	edfbb401090ae5be7e43410ae90992f8bc1442d80a4e3f83764616fb66e1cea1	3a321e13a2c86cc519a67bd0ec505c6573f8b4594daea90b1a5afe446f6e4591
741	2026-12-05 03:02:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9f5e6be7-29c4-49ba-8118-bbf2fa443209	3a321e13a2c86cc519a67bd0ec505c6573f8b4594daea90b1a5afe446f6e4591	4783c5902805556616f69efba86bc58306adccb584f05474d220d5ab7394efa1
742	2026-12-05 03:02:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6f15aa9c-f41e-46e7-b6b9-2f14053c253a	4783c5902805556616f69efba86bc58306adccb584f05474d220d5ab7394efa1	a6b745699f0963f78d881b3288e838f64776b9098f86aec299052683d9f50a44
743	2026-12-05 03:02:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	41f268cd-e53d-4835-a6b4-7a12152c7190	a6b745699f0963f78d881b3288e838f64776b9098f86aec299052683d9f50a44	242535bc50166d9698d26f3f727e83f624ea1664fde288accb54efe42a4e518e
744	2026-12-05 03:02:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c0b919e-30ea-4ce6-8330-32b7f0a6c823	242535bc50166d9698d26f3f727e83f624ea1664fde288accb54efe42a4e518e	07b84a15c0eaafa3496b8fc0c433e68b18cd78aa41777ea4301af63fe09304f1
745	2026-12-05 03:02:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7bea9fb6-b089-43b2-b782-f10c9f1ee6bf	07b84a15c0eaafa3496b8fc0c433e68b18cd78aa41777ea4301af63fe09304f1	2d5627652c608a431028ad52ddfdaacaf2d04c210ec50b7ce4516085ed95b8bd
746	2026-12-05 03:02:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b4941f79-2ef1-44f6-990a-28df946d69c7	2d5627652c608a431028ad52ddfdaacaf2d04c210ec50b7ce4516085ed95b8bd	5a0cfb3d284a243f8541825e8a4492c84c9c1f4e030b9b1d74a8e46423dcc867
747	2026-12-05 03:02:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	059b26e5-8c13-455a-bf18-6e26016d2a49	5a0cfb3d284a243f8541825e8a4492c84c9c1f4e030b9b1d74a8e46423dcc867	3a866bdac0f40178153fcc3f70bb8da5b92267f9aabc502e710934003f810da0
748	2026-12-05 03:02:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be178baf-75b6-4427-bf5e-c1d5bc89f845	3a866bdac0f40178153fcc3f70bb8da5b92267f9aabc502e710934003f810da0	7d3583d3ca845a46ec44031e5c11e23c0e01fe8bc03939b431c0146081fb399c
749	2026-12-05 03:02:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9861fe62-9c2d-4a9b-86ab-853fefffb3ba	7d3583d3ca845a46ec44031e5c11e23c0e01fe8bc03939b431c0146081fb399c	7396c865fb4bf2c564c8088d6e2140c9b5e4984a30c43fa6997477caa88a20fa
750	2026-12-05 03:02:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fceb7e75-bfa0-4409-be2d-a699f4338495	7396c865fb4bf2c564c8088d6e2140c9b5e4984a30c43fa6997477caa88a20fa	aa5222d34d31c38f8385fb7edae648fddbb2a23da122f4e1ffe6bd0fee78fa0b
751	2026-12-05 03:02:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e7a08a08-52bc-4ff1-898b-4e8ce4e00c79	aa5222d34d31c38f8385fb7edae648fddbb2a23da122f4e1ffe6bd0fee78fa0b	1683a9851870e5d5e64da59d431b12a476766a2f3be9e34495a35b29906a202d
752	2026-12-05 03:02:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ba2e52a4-d32e-4bc7-a4a8-9d2377c58b56	1683a9851870e5d5e64da59d431b12a476766a2f3be9e34495a35b29906a202d	b20f2d936e9d39ccc52c92d59793087b45ee7672212aa4ef5bca6cad13529e39
753	2026-12-05 03:02:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	100ced63-7cd9-4201-a79e-0dcbcd3c8911	b20f2d936e9d39ccc52c92d59793087b45ee7672212aa4ef5bca6cad13529e39	595919243b6f5a4239dc78d233d4403e2050965a86d6535cc028f46a1a5ad02f
754	2026-12-05 03:02:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fc2d9b2-1531-488b-a2e2-c9723880c770	595919243b6f5a4239dc78d233d4403e2050965a86d6535cc028f46a1a5ad02f	1acd5c7fbc2cfa807a726463d8ed7f42295793a100abe0e1b7f81a5894500019
755	2026-12-05 03:02:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cbf032fe-e3cb-4f0f-bf7e-fc3e40477246	1acd5c7fbc2cfa807a726463d8ed7f42295793a100abe0e1b7f81a5894500019	958eefc75b26641b318e8a3521bce3f4ebae7cfeda8ebdab18eb445401b9fdf5
756	2026-12-05 03:02:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	09b0eb64-0908-487a-8510-6995366f8e96	958eefc75b26641b318e8a3521bce3f4ebae7cfeda8ebdab18eb445401b9fdf5	599084dff45abd735578ff6f9b314c9241f2cd9a855c31bceb5a6bacec83d47f
757	2026-12-05 03:02:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d395477a-4729-4526-a910-bc6c974b88d7	599084dff45abd735578ff6f9b314c9241f2cd9a855c31bceb5a6bacec83d47f	a6620544e372b648dec1f799764ae84c307b21131adc1cfaedc7542a310edce9
758	2026-12-05 03:02:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff0187ec-36fa-4c87-bbc6-8b2f400b571f	a6620544e372b648dec1f799764ae84c307b21131adc1cfaedc7542a310edce9	9c6fc30ea534e6f2c75be93fb4683121374755940f39ef89f870a330e8d9f510
759	2026-12-05 03:02:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	59809a7e-d981-4d20-b205-afc02c4ec9a8	9c6fc30ea534e6f2c75be93fb4683121374755940f39ef89f870a330e8d9f510	b6f2df579b223e6c7bbb2373f7f78aec27decdde128ebca1f18f0be6ba116cc4
760	2026-12-05 03:02:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	de032bf5-cbf5-417c-af12-5279d91995af	b6f2df579b223e6c7bbb2373f7f78aec27decdde128ebca1f18f0be6ba116cc4	cf4e19f7df1ad34450b96ec694b6d10128274c58c8661fd9a34c8ea66ed6a248
761	2026-12-05 03:02:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b532e4c4-75a5-45d1-a0b8-7970abfab366	cf4e19f7df1ad34450b96ec694b6d10128274c58c8661fd9a34c8ea66ed6a248	430a5c4563895523f61d67ddf9b9cfe3d847e1770cdd7a14c29b3cf665c3a6da
762	2026-12-05 03:02:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	43540ab7-3ad7-499e-b9c0-50186ecfd4f0	430a5c4563895523f61d67ddf9b9cfe3d847e1770cdd7a14c29b3cf665c3a6da	e5c3707489723342be533bc41fd14f366f13761ed1aba3df22373b08a4aca537
763	2026-12-05 03:02:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e399e77-fc1a-49da-8e99-3fce18ad997c	e5c3707489723342be533bc41fd14f366f13761ed1aba3df22373b08a4aca537	84ba07726e96ac4d83e8c1fd6b769468df91fb39272224dc1ea8c32e4fdd4b1e
764	2026-12-05 03:02:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b62defc-50e6-4162-a5e8-8081e24b5fa3	84ba07726e96ac4d83e8c1fd6b769468df91fb39272224dc1ea8c32e4fdd4b1e	3da39c02cd93954ca08f06a547ce9a4473b8eacb8fcfb5b13ac53fc8d68e35cb
765	2026-12-05 03:02:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a966c29e-b047-4281-be68-b317688ae47a	3da39c02cd93954ca08f06a547ce9a4473b8eacb8fcfb5b13ac53fc8d68e35cb	3bc11456eabb65e420ec110750f839a6639585b275bb9ad289b929857ee81a52
766	2026-12-05 03:02:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	298d8750-5fa2-47d0-b773-e8211fbd2ddb	3bc11456eabb65e420ec110750f839a6639585b275bb9ad289b929857ee81a52	162915d49e5c20323731b088e9eb0a5dadd3e6002b67bed38d4d0274d6afe36b
767	2026-12-05 03:02:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a2f3940-5193-440e-ab50-317162ed8b48	162915d49e5c20323731b088e9eb0a5dadd3e6002b67bed38d4d0274d6afe36b	701405b0f92f446fc579a35e7ea360a0f6e78373489ed6b5edb4f783b027064e
768	2026-12-05 03:02:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a161192d-284c-45d0-95db-8a676cce7ead	701405b0f92f446fc579a35e7ea360a0f6e78373489ed6b5edb4f783b027064e	7c677909d7ab2f2e52931d93491879b8ff1775205324817224c81348c1437f5b
769	2026-12-05 03:02:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	af7fc38e-1774-48b6-99b9-88a6fc965c0c	7c677909d7ab2f2e52931d93491879b8ff1775205324817224c81348c1437f5b	609d4c1173f5031009596ba24f8f89970f900191b610bae53cf79d0fbaac1b82
770	2026-12-05 03:02:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9de1602d-bfc2-4334-a18e-7551d183ef30	609d4c1173f5031009596ba24f8f89970f900191b610bae53cf79d0fbaac1b82	325a666300e74f3c47f30f95eedf3b043bc9270b60415b4d730036aa3f825c03
771	2026-12-05 03:02:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b6622c33-3164-4740-9e87-1ea2383c7b08	325a666300e74f3c47f30f95eedf3b043bc9270b60415b4d730036aa3f825c03	740513c5e674611988b7565b2d5479472b443ceea4286251cd4abd0f8380bc12
772	2026-12-05 03:02:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98766bc2-5a4d-4086-b8f8-f04130661acf	740513c5e674611988b7565b2d5479472b443ceea4286251cd4abd0f8380bc12	07b7f4751a22aa7cb69e8fd8c4ce4f0fb15bdcf85a8c77a21d8d30a9de045a8f
773	2026-12-05 03:02:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e88f1d0-d8e8-4954-9557-107193dcc8ec	07b7f4751a22aa7cb69e8fd8c4ce4f0fb15bdcf85a8c77a21d8d30a9de045a8f	2a61891677d7a14829d51c25126797b9b604b8f9ecaef6bda13e04f6f71a0c6f
774	2026-12-05 03:02:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd36fe37-7d97-4352-a7f6-4c73dc948fff	2a61891677d7a14829d51c25126797b9b604b8f9ecaef6bda13e04f6f71a0c6f	a7955a8469747ff78e309ddeef0422dfe892f29c1fda814fb7e198e8945a686d
775	2026-12-05 03:02:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	958d5f4d-321c-419f-b9fc-b5cf6654809f	a7955a8469747ff78e309ddeef0422dfe892f29c1fda814fb7e198e8945a686d	5f02b1dbb8b77c470744ea934a4f0a515f1e485298a4d0f391ad745a6af30da9
776	2026-12-05 03:02:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3bb66da1-77f8-46de-945f-c77fabf49300	5f02b1dbb8b77c470744ea934a4f0a515f1e485298a4d0f391ad745a6af30da9	6059339cd201d20730df0edbf2eb5ea0ce98bcf017cd1d832b2ea1dcd7a3f5aa
777	2026-12-05 03:02:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2b524f3-71cd-4c97-a6c2-e286b5840c44	6059339cd201d20730df0edbf2eb5ea0ce98bcf017cd1d832b2ea1dcd7a3f5aa	447916e7b3356b6c6e1b6e42c859fda7511479d5e87fbafe8c4183b8a9bf149b
778	2026-12-05 03:02:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	32d126a5-98b5-4700-a869-46a77836327d	447916e7b3356b6c6e1b6e42c859fda7511479d5e87fbafe8c4183b8a9bf149b	b3f18336673a4a1c53d083e0354d758276d2fd8f112e37ca03cc9df1cc8ac3b4
779	2026-12-05 03:02:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5fec833a-8e2a-4be3-9773-860254d8e226	b3f18336673a4a1c53d083e0354d758276d2fd8f112e37ca03cc9df1cc8ac3b4	a8fe2cc48e7c2efa508eeb72b43b9e14db79570abcab2995ad5f73c51db2faa5
780	2026-12-05 03:02:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6ecf5e1-0864-4c54-9361-2ceb9c43bbb1	a8fe2cc48e7c2efa508eeb72b43b9e14db79570abcab2995ad5f73c51db2faa5	3d7c1eb29c5b893a56b22062796dd90fb0e9b872ce4f72dd257fa29a90f3dc36
781	2026-12-05 03:02:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a8e81f74-b65c-48c0-b08c-71d2cd0292bf	3d7c1eb29c5b893a56b22062796dd90fb0e9b872ce4f72dd257fa29a90f3dc36	be5d2a17c9d41ceb694c01be0142f83fc06f10223a68a8b5276efead17d77019
782	2026-12-05 03:02:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66bce051-62a9-4440-9ceb-0b65ddea61c2	be5d2a17c9d41ceb694c01be0142f83fc06f10223a68a8b5276efead17d77019	2ace803f78723b17f168027efda8661550563f3de1fc7908542617d72b0ad3fb
783	2026-12-05 03:02:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c03e4798-7002-4aaf-bd90-8b2300fb09d9	2ace803f78723b17f168027efda8661550563f3de1fc7908542617d72b0ad3fb	64ffe39179f94c51df1d00b0086cdb1806e9df84b847bd2cf16eae3c4063750a
784	2026-12-05 03:02:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0127bfb0-552e-4898-9ace-1e64b7c66079	64ffe39179f94c51df1d00b0086cdb1806e9df84b847bd2cf16eae3c4063750a	52acc801187a96ecd58955da3e5ae138e6ee4b768bf0cf18cb1eb131facb72f3
785	2026-12-05 03:02:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb2323ec-79b6-45bf-8610-700334a52ae0	52acc801187a96ecd58955da3e5ae138e6ee4b768bf0cf18cb1eb131facb72f3	d0cadb9827161186b59ead0bc38bbd70d5bb6d7dfa80f41fa388fe8c6f6da275
786	2026-12-05 03:02:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	33a32d77-c7cd-45d0-a447-56cd3689d735	d0cadb9827161186b59ead0bc38bbd70d5bb6d7dfa80f41fa388fe8c6f6da275	b8994467dd690b05c919846314213affa1fbe6d90671d7c6cdb0a9c1906cdf37
787	2026-12-05 03:02:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a15c029-a8d4-4864-b019-389e9a643910	b8994467dd690b05c919846314213affa1fbe6d90671d7c6cdb0a9c1906cdf37	8d5917d729b6d9b7f4ba8071ab6536950cab96194dc1a8b3a7a7c835e900d99e
788	2026-12-05 03:03:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4f1f2ec1-b805-4e2c-a84d-53b234d900ed	8d5917d729b6d9b7f4ba8071ab6536950cab96194dc1a8b3a7a7c835e900d99e	05c28d0072ffc74ab0989e24ea8088e72439e0075a52ab28433cbf0dbf98efe4
789	2026-12-05 03:03:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c07361d-cd44-4760-846e-fbec8963014b	05c28d0072ffc74ab0989e24ea8088e72439e0075a52ab28433cbf0dbf98efe4	0b70088e667dcab1e0a5ffe66fded588b597e3327757cc624bf5d5935edadf44
790	2026-12-05 03:03:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc17b2ab-ab8e-42f9-b8c2-93ab758e7000	0b70088e667dcab1e0a5ffe66fded588b597e3327757cc624bf5d5935edadf44	74986f48e9f49ae7643a7db583d077fcc512e01fab51a29140d2b988c13d0592
791	2026-12-05 03:03:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8123d41a-8407-488b-b6b4-70bf8980db1a	74986f48e9f49ae7643a7db583d077fcc512e01fab51a29140d2b988c13d0592	378bbcf934693d4eea04df6806338a9fc1a79c5f6b5970072cb6125a912ac4e2
792	2026-12-05 03:03:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ebe51c4-7b3e-423c-8670-e29301800e9f	378bbcf934693d4eea04df6806338a9fc1a79c5f6b5970072cb6125a912ac4e2	0e108965a24222193d241f6c751ecbb91fa01026c0d0664d6d161995245dce28
793	2026-12-05 03:03:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e608ae60-02b6-4c47-b63d-269cd5474dab	0e108965a24222193d241f6c751ecbb91fa01026c0d0664d6d161995245dce28	78eb6598fa88632ef562a06a1d0dcf99fc2945b5fa8d05bab83de9053e24548e
794	2026-12-05 03:03:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	161a9e43-f13b-4732-b8cd-a250fd82548e	78eb6598fa88632ef562a06a1d0dcf99fc2945b5fa8d05bab83de9053e24548e	52d59ab2796ef67f7177f60fb4152c802907442102a04ad0402690d26c033697
795	2026-12-05 03:03:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3f7aeac-7025-4372-9dac-a59831c4bf15	52d59ab2796ef67f7177f60fb4152c802907442102a04ad0402690d26c033697	4ffaf7bdf45f7c978ed75597beaa479667f7c7cfe2578fe47c8699df57d7f73b
796	2026-12-05 03:03:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4941f177-5861-4841-8605-13ea97dbce8f	4ffaf7bdf45f7c978ed75597beaa479667f7c7cfe2578fe47c8699df57d7f73b	03cb1844e942f372bada7d31e3cdf1ea7610b35ed1622ca18bba1597e659a67f
797	2026-12-05 03:03:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e8d28a1-99fb-4e52-9165-66b86bb0891f	03cb1844e942f372bada7d31e3cdf1ea7610b35ed1622ca18bba1597e659a67f	278718e9754694505193799c92d5c797389737876fd11b1454d902f3d66b819e
798	2026-12-05 03:03:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8259bff-cc49-4ae8-8c0d-6ff4c3a2652a	278718e9754694505193799c92d5c797389737876fd11b1454d902f3d66b819e	405e0ccfd28586f805cae1a15879545c410be6347be5bf5833247f7006412246
799	2026-12-05 03:03:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24089dd7-e4c0-4a63-a6fd-8b40f73046fe	405e0ccfd28586f805cae1a15879545c410be6347be5bf5833247f7006412246	52c028427e34b27a6adb733cd6a7ad346a7e80a06731a88d5449c2dea9c2f5e1
800	2026-12-05 03:03:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1385ce7e-959d-4689-a9d7-3159cf23aa83	52c028427e34b27a6adb733cd6a7ad346a7e80a06731a88d5449c2dea9c2f5e1	90098e3f6914d01431ebcb384b7a7626b0a8a31e306addb597036795fc921f83
801	2026-12-05 03:03:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bbca901e-1bad-4260-88a1-f84825ebff8a	90098e3f6914d01431ebcb384b7a7626b0a8a31e306addb597036795fc921f83	e518890b61e79df995e07acf0bc2e5bdaecb4f22fee9d8448bfa6ea233f1ae5b
802	2026-12-05 03:03:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	48e62e31-36c5-44ee-9eec-855d5999faf4	e518890b61e79df995e07acf0bc2e5bdaecb4f22fee9d8448bfa6ea233f1ae5b	bcfa443200e0d48b0c03961ac7382ccca21e06073e087ff183b3794dd9c475be
803	2026-12-05 03:03:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc7094da-8bae-4b29-a3f8-23068fd0acdd	bcfa443200e0d48b0c03961ac7382ccca21e06073e087ff183b3794dd9c475be	b3a0b3461678074733cb4213174f4032089b89f08ab96e2cf69fa97adb0e7e44
804	2026-12-05 03:03:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b6b5464b-d4c4-4dc4-ae5e-0e131156e009	b3a0b3461678074733cb4213174f4032089b89f08ab96e2cf69fa97adb0e7e44	ce0c9786faf4dc095dded6e13bc4f0bd5f58efb935df0be50abe0e23e7e6e0c0
805	2026-12-05 03:03:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ba4147e0-812c-4dc1-84b5-8fe3b038b0c4	ce0c9786faf4dc095dded6e13bc4f0bd5f58efb935df0be50abe0e23e7e6e0c0	9f5eb3c9c6e28e71c141ab95494ecf91c3f635f36a4dbd08b16c6e467820cd91
806	2026-12-05 03:03:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ef7a1b0-42b0-4236-8ab8-70aeee66b817	9f5eb3c9c6e28e71c141ab95494ecf91c3f635f36a4dbd08b16c6e467820cd91	908b4608531ce0987ecbfe10d4cce13f5399cb4bcfdd746372200bb8894cd063
807	2026-12-05 03:03:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1bfd3f83-3516-40c3-98c0-c6afb2ced7d8	908b4608531ce0987ecbfe10d4cce13f5399cb4bcfdd746372200bb8894cd063	b11917c0ce727519fb773f5fab76f175b3c6fec4d02cce259afcab28beb9a04b
808	2026-12-05 03:03:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a659c8f-34fc-4784-8f85-2a8d25bb40b3	b11917c0ce727519fb773f5fab76f175b3c6fec4d02cce259afcab28beb9a04b	0f028a20b6121f309a65519ea5966642208ceb52a8f22b77a2577bfa03cb7853
809	2026-12-05 03:03:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92b588e7-4f39-44c1-8722-1e1f60ab15a5	0f028a20b6121f309a65519ea5966642208ceb52a8f22b77a2577bfa03cb7853	74482bc0f45c7317c8d945743239ea0debb31bfede88a436c21314578c7260fe
810	2026-12-05 03:03:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94e7eb8c-8c97-4a12-84fb-4aa26a7dce83	74482bc0f45c7317c8d945743239ea0debb31bfede88a436c21314578c7260fe	cff8feced323b7d6c6f6ee89b331ec288a0bc772d9865736e383c25b3b64bcbc
811	2026-12-05 03:03:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3927675f-0a8d-4cc3-b23a-b00994bc9c6e	cff8feced323b7d6c6f6ee89b331ec288a0bc772d9865736e383c25b3b64bcbc	7271dc75109179cccbc79afcf84c992db4c6af7aa0a9d06905abbf13f08a88c1
812	2026-12-05 03:03:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c6fe0da-5d80-44d3-bffd-2a7355461551	7271dc75109179cccbc79afcf84c992db4c6af7aa0a9d06905abbf13f08a88c1	dca2ea3ee5c38273d3fc369a8764807e620fbeaf2a64877e16781b9c10b81cc6
813	2026-12-05 03:03:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	becffabd-a4fc-4caa-8f74-f264c499a089	dca2ea3ee5c38273d3fc369a8764807e620fbeaf2a64877e16781b9c10b81cc6	d30a896acee7a4a00907bbf2e6b24790f60d1cc16562efb7f285218cb26dd6c3
814	2026-12-05 03:03:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	551e31c3-9ac1-4128-adf9-dff02767c11e	d30a896acee7a4a00907bbf2e6b24790f60d1cc16562efb7f285218cb26dd6c3	ddc09858acf44b160aba86d7f6f1545e37517d9ef9c306e58eaba9f946f3f430
815	2026-12-05 03:03:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fdfc0b38-b452-430e-88da-4446dfa88575	ddc09858acf44b160aba86d7f6f1545e37517d9ef9c306e58eaba9f946f3f430	f678f01744d72aafe3232648da41c7089010ad495b5497484f97087077e7b76a
816	2026-12-05 03:03:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82b217b2-31f2-4559-a61d-93319b13cec0	f678f01744d72aafe3232648da41c7089010ad495b5497484f97087077e7b76a	b90134bc23d37f31fa6eb3d4f67550aab8d6572a5ce81cb5cdb2f6d93430b6f7
817	2026-12-05 03:03:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a06df0a-f361-4ef4-8d0f-ea5f12f90095	b90134bc23d37f31fa6eb3d4f67550aab8d6572a5ce81cb5cdb2f6d93430b6f7	0cdfe011f47d05666c14de55923745b0817f6d2156647ea8414e7a3b124e869a
818	2026-12-05 03:03:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e73ef9e4-0e33-41e5-8b8f-9f00e119bb4b	0cdfe011f47d05666c14de55923745b0817f6d2156647ea8414e7a3b124e869a	fa048ef02ee07419a7ef461bd1987141dd7ca0f346770e48d0eae640bdf9f56c
819	2026-12-05 03:03:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83e2dd86-f6f7-41dd-a78f-00c1a75687c0	fa048ef02ee07419a7ef461bd1987141dd7ca0f346770e48d0eae640bdf9f56c	ab2350abd9d63973e43ffee111215c4d241543caf70f1c674ca1953ee9659ec9
820	2026-12-05 03:03:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8facebf-42ce-4a0c-8b62-031f42eaf12d	ab2350abd9d63973e43ffee111215c4d241543caf70f1c674ca1953ee9659ec9	49ebf2be2adfa5d0c802eceb0c7ba48ab654f10683d3639a46a4a9bfd65d3292
821	2026-12-05 03:03:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eea43bff-eb9c-4bfd-9789-dff1a4652972	49ebf2be2adfa5d0c802eceb0c7ba48ab654f10683d3639a46a4a9bfd65d3292	27724445246c85efc91acc1b873f54c3655c25c118411ca894c47c469742756f
822	2026-12-05 03:03:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8927d5c4-ddd3-4b63-935c-8ff1ce6b524b	27724445246c85efc91acc1b873f54c3655c25c118411ca894c47c469742756f	71e492d1153ec47f1f44496aca72b7adf48158f7bcce6067b01e6916e0fe8654
823	2026-12-05 03:03:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	803b97e2-1ca7-40e0-aa43-d07f38eecb81	71e492d1153ec47f1f44496aca72b7adf48158f7bcce6067b01e6916e0fe8654	427d43a55d161e9d77d262e87ee147dca1a1310a6c29229d35272a46f2754142
824	2026-12-05 03:03:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0b8a1bc2-63d5-4121-aebd-b4b3bf5a992b	427d43a55d161e9d77d262e87ee147dca1a1310a6c29229d35272a46f2754142	33fb3922f3b936eee93aedf8b15005576d50df8e1b1589d05a8b89fcd6a0ebbe
825	2026-12-05 03:03:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fceec5c3-da11-42aa-bde6-9d7b0ca72add	33fb3922f3b936eee93aedf8b15005576d50df8e1b1589d05a8b89fcd6a0ebbe	2f6008f8e959ca7c333e2285262ef9c44c2244559bd04b69cc84fc654e51263e
826	2026-12-05 03:03:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8c8669f-430c-4242-afba-fe55cc2f7bcc	2f6008f8e959ca7c333e2285262ef9c44c2244559bd04b69cc84fc654e51263e	bf4cd7d4b747924cdccc6e93950b639ce1d27cc2c1041b48f82d154095c2b978
827	2026-12-05 03:03:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c3fbd1d-9e57-43e8-9347-81e1e3ef5e59	bf4cd7d4b747924cdccc6e93950b639ce1d27cc2c1041b48f82d154095c2b978	9218d972125a772350154ff0d74d4d26ac70c356fd4ffee670f17f2a94c2d189
828	2026-12-05 03:03:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb66b6cf-8cf0-491a-9b47-8b92f42ddb7d	9218d972125a772350154ff0d74d4d26ac70c356fd4ffee670f17f2a94c2d189	6dc72e0cc66d73eb446af16828af67d13c3e362d39da5cf361e3e727eff2e865
829	2026-12-05 03:03:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fa7af9ce-48dc-450d-93c6-8fee3edd438d	6dc72e0cc66d73eb446af16828af67d13c3e362d39da5cf361e3e727eff2e865	9c462504cb3b56cee88aceb9034ea7c604e8223a5a21edc543da626022fda8f1
830	2026-12-05 03:03:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1db4525f-4412-4aed-829b-7773af77c84b	9c462504cb3b56cee88aceb9034ea7c604e8223a5a21edc543da626022fda8f1	c1112593804d7d9868e5d2ed6795b9f94c8121d2e1423e21326cfa5691564299
831	2026-12-05 03:03:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	11ebb73b-105f-48db-b9ee-ca88dd65a1f7	c1112593804d7d9868e5d2ed6795b9f94c8121d2e1423e21326cfa5691564299	f814fb20c11ca1774d58e4ce0fd673c9b37d32e2e31ff6cbdfbab2ad11b41fa0
832	2026-12-05 03:03:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76afe51b-ba51-4065-aaa1-4e916cccce8a	f814fb20c11ca1774d58e4ce0fd673c9b37d32e2e31ff6cbdfbab2ad11b41fa0	cf60984e75c84dad4c7450b0f51316c3a5b14573d4c18d5d083d87ae547d1655
833	2026-12-05 03:03:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ffe5a11e-ebbe-48d1-9728-def14b4ff501	cf60984e75c84dad4c7450b0f51316c3a5b14573d4c18d5d083d87ae547d1655	d874d00e920ae2f4ae2ce63acb097e9617511a5f7aa67b603c5a49f9acf92aab
834	2026-12-05 03:03:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb561726-3e0c-4abc-a427-e8015388148d	d874d00e920ae2f4ae2ce63acb097e9617511a5f7aa67b603c5a49f9acf92aab	72fe4e97ca407342f8fd91443c3e2902eec7c8b77133cdba9c2c93052d372178
835	2026-12-05 03:03:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73b206b6-e99f-4112-9689-796faecaabf8	72fe4e97ca407342f8fd91443c3e2902eec7c8b77133cdba9c2c93052d372178	c61bc61faccd9c2d6aa35d74cf171251c1876e71dabdbb995506ba78ce8eff32
836	2026-12-05 03:03:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c87fc3a-bd9c-4c9a-b7ff-fc2f9247038c	c61bc61faccd9c2d6aa35d74cf171251c1876e71dabdbb995506ba78ce8eff32	256e842858d420cac0e7916a73a5b444f9f962c0069c5b4244c38a3c5732960a
837	2026-12-05 03:03:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e8f7d4c4-5d79-4388-8c4a-584c835238c3	256e842858d420cac0e7916a73a5b444f9f962c0069c5b4244c38a3c5732960a	e2eefa12e8c63dc179d8ec510063b7d2664aa8c2a35c1a3cfb8763f4f4f94182
838	2026-12-05 03:03:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9eb5a72b-e196-42b3-84c0-150d548cbc5b	e2eefa12e8c63dc179d8ec510063b7d2664aa8c2a35c1a3cfb8763f4f4f94182	171d9360d185b5de2159b0ce8975d7448629ce8479fac0cbbcb2ba39283e985e
839	2026-12-05 03:03:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	176c9dcd-eff0-42ec-95fb-14954726184e	171d9360d185b5de2159b0ce8975d7448629ce8479fac0cbbcb2ba39283e985e	375624cc65b118f90a6b9d0e8b70158d6ee70b4a0694d9bae7ff3e83aa6036e5
840	2026-12-05 03:03:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a195bd44-2c51-4f68-9a4d-4b2dd0fceedc	375624cc65b118f90a6b9d0e8b70158d6ee70b4a0694d9bae7ff3e83aa6036e5	1357c42236e2c7cb848f88e4f9a384c005ac2df58a433eb0da502bf19229f599
841	2026-12-05 03:03:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	648d3a22-0dff-4b4c-b1ca-2a6dacdecee3	1357c42236e2c7cb848f88e4f9a384c005ac2df58a433eb0da502bf19229f599	8645ff4d9713155183a8b9d50688e4db408dd491ad543ac06aab12ad39ebdaee
842	2026-12-05 03:03:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3771d656-45af-469e-ae09-137e45d2416e	8645ff4d9713155183a8b9d50688e4db408dd491ad543ac06aab12ad39ebdaee	e0a00a63f382aaa59df259c00b9a947d1bc91727a070c23a92682aa8fa846b2b
843	2026-12-05 03:03:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ee2bccd-069a-4711-a6e9-4313c4fd7748	e0a00a63f382aaa59df259c00b9a947d1bc91727a070c23a92682aa8fa846b2b	db291a927b4f9c4b9529ba26966315b9f7423279f19212d9a44f58aba53133dc
844	2026-12-05 03:03:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e9136f1-9e01-41f4-89c2-6feac024853f	db291a927b4f9c4b9529ba26966315b9f7423279f19212d9a44f58aba53133dc	b5cbd7ff9f0d14f5c127c8187e6b8db1c8b3af7cfc71252e73d989bd2fa84575
845	2026-12-05 03:03:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dda2c858-d591-47d0-ac3c-b3b0e9b2777b	b5cbd7ff9f0d14f5c127c8187e6b8db1c8b3af7cfc71252e73d989bd2fa84575	c9a3fa96f39e7035408311af74c0afeb3345247143810e2a98b7530dbc2d35ab
846	2026-12-05 03:03:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e105dcba-e64b-484c-9e9c-79cf3b15ede1	c9a3fa96f39e7035408311af74c0afeb3345247143810e2a98b7530dbc2d35ab	0e83b24e9f8825bdd75f30f60ddac061aed89d1c3598dc2dcb7f5d74e0ca1f73
847	2026-12-05 03:03:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08e2838b-c953-4ae6-b511-7797232aa97a	0e83b24e9f8825bdd75f30f60ddac061aed89d1c3598dc2dcb7f5d74e0ca1f73	754e17d565b58e87c2240ca7fdc9660094ea14e6e9908045281194ccfaa7cadc
848	2026-12-05 03:04:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7866e53e-dce8-476f-9905-30337545b88c	754e17d565b58e87c2240ca7fdc9660094ea14e6e9908045281194ccfaa7cadc	28317d66d44ea648251a0224041fcb4c95233d25a3e5446a8162be9261410717
849	2026-12-05 03:04:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	23176f5e-491f-4c0f-b493-2112bc127446	28317d66d44ea648251a0224041fcb4c95233d25a3e5446a8162be9261410717	93fb59f2cb44cc6edb9952aef1effbfc787648ac6145edb80840fd7f6410d7e7
850	2026-12-05 03:04:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a46a479-4a47-471f-a2a8-23d5bf2f244f	93fb59f2cb44cc6edb9952aef1effbfc787648ac6145edb80840fd7f6410d7e7	e03b2570ad547035b063cbcea4819d16c18118a5ae13fda84869b64e5c2d1aaf
851	2026-12-05 03:04:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee50427d-150b-41e2-b16b-704ac4f7364b	e03b2570ad547035b063cbcea4819d16c18118a5ae13fda84869b64e5c2d1aaf	d847a878fc25906cf0f58190e5d7daa45adf7f9dc495ff0491a1c20a03181416
852	2026-12-05 03:04:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5c85753-1018-498c-8fc4-1d726eb05106	d847a878fc25906cf0f58190e5d7daa45adf7f9dc495ff0491a1c20a03181416	839159280d75529843bb40990a1605417406d9719b503feff1a7df4b12f6a243
853	2026-12-05 03:04:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f0c323a-248e-4b3e-8c13-5c82814ca119	839159280d75529843bb40990a1605417406d9719b503feff1a7df4b12f6a243	32329b2661f91193abb9059ff5ed72b9c8fa5f73f24db381670426cb146e9f04
854	2026-12-05 03:04:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dbc30d39-0c65-4b30-b9f2-9362968bdde8	32329b2661f91193abb9059ff5ed72b9c8fa5f73f24db381670426cb146e9f04	3f47bcf716325fee8e1d9d67da66f178fd6fb5da5789cd7fa57afc822f02ae26
855	2026-12-05 03:04:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1f27f6d-3603-4be7-9f9e-a08b2989a466	3f47bcf716325fee8e1d9d67da66f178fd6fb5da5789cd7fa57afc822f02ae26	9f7bfaa3b7f1ed5fc240ee2527c440cd907aa23f78e228dbfdac8ba52a5c20b6
856	2026-12-05 03:04:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1caa3092-5edf-4661-befe-92644fa66e93	9f7bfaa3b7f1ed5fc240ee2527c440cd907aa23f78e228dbfdac8ba52a5c20b6	2a16f96bf779e591fd7bc12854c4b08a3079aa05bce554bc28b0c71ac14815f9
857	2026-12-05 03:04:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c0a2b80e-e229-49dc-94e3-c3b1f4adbe4c	2a16f96bf779e591fd7bc12854c4b08a3079aa05bce554bc28b0c71ac14815f9	9e741944f403506d637debccbd9a3d64606003c2ae165a295f6d1c644a8d74cb
858	2026-12-05 03:04:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c8c1b89-4eea-4c1a-a3fc-b512d8410d83	9e741944f403506d637debccbd9a3d64606003c2ae165a295f6d1c644a8d74cb	e3ad8a8ec89e1a0d9738ea3c3b8643b3d0067825f9941d7e0c239dc2cfb06c21
859	2026-12-05 03:04:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	745a8b5d-cfd5-4122-bf74-aa5946f7ee66	e3ad8a8ec89e1a0d9738ea3c3b8643b3d0067825f9941d7e0c239dc2cfb06c21	4458ef7a2eb68508c7ea74703beb27142cdcf3245d04bdcc9cd14f4c5f38e228
860	2026-12-05 03:04:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f27bca61-a8e8-4ddb-ba1d-28d55b47d13e	4458ef7a2eb68508c7ea74703beb27142cdcf3245d04bdcc9cd14f4c5f38e228	7a743f96e8e3f880d5849b9dbfeca166a709a4265a300d9864018a75bb7131f6
861	2026-12-05 03:04:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2ac341b4-fff3-4fee-9a5c-68e7af347fa8	7a743f96e8e3f880d5849b9dbfeca166a709a4265a300d9864018a75bb7131f6	3e67b9ab846ca7be341dfe446e4bb8f48274289e23c4d343cc115e55abcc1ae3
862	2026-12-05 03:04:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	058ad77e-c714-42be-92aa-709b8e9dbfbb	3e67b9ab846ca7be341dfe446e4bb8f48274289e23c4d343cc115e55abcc1ae3	805bb41b1536f1a5368f81877243fa17d2e28da4df635e780619c36b4dac2be9
863	2026-12-05 03:04:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08300175-a35f-4805-ba51-976ac4e71a07	805bb41b1536f1a5368f81877243fa17d2e28da4df635e780619c36b4dac2be9	51582504b019747483d94a65853422d2873c9b53fcfbca34fdb104b457f311ad
864	2026-12-05 03:04:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cad3582-f6d5-45d2-9105-ec70a3121678	51582504b019747483d94a65853422d2873c9b53fcfbca34fdb104b457f311ad	04aa02b877e3f181b73c22ea6df3529fa0ff1bd8ef80520f5ba5c4f9bacf47a5
865	2026-12-05 03:04:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ff31f0e-ae39-4a93-8c73-91c33b42b5fc	04aa02b877e3f181b73c22ea6df3529fa0ff1bd8ef80520f5ba5c4f9bacf47a5	2af030dc16164086db12a50331b814a851863ec42912cd192dc3c0374629894f
866	2026-12-05 03:04:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90992a97-ba54-4ea1-ab68-290a346f60b4	2af030dc16164086db12a50331b814a851863ec42912cd192dc3c0374629894f	912be2e759c3984bcd34e3469eaf529c3f722aed5978b0aed9d5bff0176dd3b0
867	2026-12-05 03:04:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d84e1e23-2925-4311-9b0f-10959fcd3180	912be2e759c3984bcd34e3469eaf529c3f722aed5978b0aed9d5bff0176dd3b0	f28a231e3caace2bd74d07a72f92b1caeff4561986a6c2ae9596febb25c48ffb
868	2026-12-05 03:04:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	936f0905-047a-471f-a31c-0ae8330bf14f	f28a231e3caace2bd74d07a72f92b1caeff4561986a6c2ae9596febb25c48ffb	56fba7dc41d993907a6579fdd7cfe7b9bfe3c062bd5a7f040391662b291b607c
869	2026-12-05 03:04:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ce1ec7d-8a96-4282-9d9f-4626b566b5e8	56fba7dc41d993907a6579fdd7cfe7b9bfe3c062bd5a7f040391662b291b607c	24787b850f85142605ee74df3056c8fabd51d65636be04786d2c88b1f0292564
870	2026-12-05 03:04:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f34cefcc-fb3a-4eb3-8c3f-569225ed887e	24787b850f85142605ee74df3056c8fabd51d65636be04786d2c88b1f0292564	d4ee4c910d8fbcfa16b899cdacf7d538e3ae1b0eae1e4363b0bb69fea9829cd5
871	2026-12-05 03:04:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f59c4e7c-c705-4ccc-bee4-09518c06534c	d4ee4c910d8fbcfa16b899cdacf7d538e3ae1b0eae1e4363b0bb69fea9829cd5	849d05f566979096b0add2544f8cdf8d2c7700ca97e8f393252dd52a3252f2ba
872	2026-12-05 03:04:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ce8a0c5-363e-45bd-a15c-c57b743a7256	849d05f566979096b0add2544f8cdf8d2c7700ca97e8f393252dd52a3252f2ba	db597596dbeb2db08d588e3dab2a5852e72ba785338c50bda42d991cfc2ce33c
873	2026-12-05 03:04:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f298239f-8147-4bfb-a0c0-93e1f2f3619b	db597596dbeb2db08d588e3dab2a5852e72ba785338c50bda42d991cfc2ce33c	fa93fba9cde0f95281ba2e150221fb429a9b39098560b62e43c7d1faae0014b1
874	2026-12-05 03:04:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ba9990b-e0e2-4f02-adee-f93164a6c788	fa93fba9cde0f95281ba2e150221fb429a9b39098560b62e43c7d1faae0014b1	eecf6600661518557efcf117eac5713e1673889ce09ae99001a771712d3a1ac3
875	2026-12-05 03:04:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c128813-2016-4b5f-bf03-9b1ccf02c979	eecf6600661518557efcf117eac5713e1673889ce09ae99001a771712d3a1ac3	a1690759fa6df42ea3d9e9e3da7b94aa16feb7385947ed37adb04659e35669e3
876	2026-12-05 03:04:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	290a5cf4-02e3-4b10-8f01-4f43ef3f92fd	a1690759fa6df42ea3d9e9e3da7b94aa16feb7385947ed37adb04659e35669e3	477ad60d1acf137bece9f465bb47f5d36f770c94fefbd0c842bb150894563b16
877	2026-12-05 03:04:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	19350701-3952-46e4-bba6-3dcd4004cc33	477ad60d1acf137bece9f465bb47f5d36f770c94fefbd0c842bb150894563b16	2d32930982369c3d40025f7034a5c75a75cd8acb09772f254539b6f83c7d642a
878	2026-12-05 03:04:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0e5ff34-da3d-4131-842d-be4c9956e544	2d32930982369c3d40025f7034a5c75a75cd8acb09772f254539b6f83c7d642a	9a2a050b0160567e7c15abe852a6964a16d3b7975fa3a4082635cf5f84767e8a
879	2026-12-05 03:04:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6af8d2ba-8a95-4d33-aca3-9489d4f9ae06	9a2a050b0160567e7c15abe852a6964a16d3b7975fa3a4082635cf5f84767e8a	46a42cd7aaf1b324cc61f26d945684b298807a5e201053f624f52deed82ebd56
880	2026-12-05 03:04:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eeb21395-65bd-4a0f-af19-a3ff394da507	46a42cd7aaf1b324cc61f26d945684b298807a5e201053f624f52deed82ebd56	d3fa610d4eb69cabed828c03d061f671bf183ad0909e1d7c60bce430c3ba4ccd
881	2026-12-05 03:04:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e6ae81b-39c0-4a80-aeaf-50d04e558b4e	d3fa610d4eb69cabed828c03d061f671bf183ad0909e1d7c60bce430c3ba4ccd	5a94aecceb9d85a1d0e12031efd0c22ff3f1de97f78c2ce06d6447a54b0109df
882	2026-12-05 03:04:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c4f03d6-6882-455c-a59a-629a77f3700a	5a94aecceb9d85a1d0e12031efd0c22ff3f1de97f78c2ce06d6447a54b0109df	9f6589bf9bff3df03728a2be75724ef3e3c039ccc13056b4592946db04e652d9
883	2026-12-05 03:04:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be5b086e-b9a9-4181-b503-d41bd41237b5	9f6589bf9bff3df03728a2be75724ef3e3c039ccc13056b4592946db04e652d9	66a6d2784143b5af2850f3bfa583e7b853d983aca88e0016b79452a23c2b68ab
884	2026-12-05 03:04:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c32f3431-b5ef-4f16-ac9a-50b9dbc5bcf9	66a6d2784143b5af2850f3bfa583e7b853d983aca88e0016b79452a23c2b68ab	d6224fc7642a4c0a718dd4f96a710ce9df5d00da94bfd2a326e7947b801f590e
885	2026-12-05 03:04:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e002f395-db78-4b80-8bda-9dbcf5b51157	d6224fc7642a4c0a718dd4f96a710ce9df5d00da94bfd2a326e7947b801f590e	4f4ad74d424855beb27f835c93b6b0e2d6487a6667a1316720b3e5459ee52701
886	2026-12-05 03:04:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0818b9b1-5b95-4436-9aa4-c00c588ae060	4f4ad74d424855beb27f835c93b6b0e2d6487a6667a1316720b3e5459ee52701	8a4fd5911b0925c9e835ff6a8b21d1248ad74aa2f871afaded40757e24ab5a91
887	2026-12-05 03:04:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c8574c0-130d-4178-b9ff-235a29330e64	8a4fd5911b0925c9e835ff6a8b21d1248ad74aa2f871afaded40757e24ab5a91	7d0dff245771f587cec51a5f8747054063844b83037ebc091e2c11218811c255
888	2026-12-05 03:04:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b0f6eeb1-277b-48c1-9657-665f254abb25	7d0dff245771f587cec51a5f8747054063844b83037ebc091e2c11218811c255	4c077c0bbba1239938db45d8f8408b734bb46cb8532b99a55b8fcb953c7ea2bb
889	2026-12-05 03:04:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2221940d-75b9-47ff-aed6-0b190a3ec7be	4c077c0bbba1239938db45d8f8408b734bb46cb8532b99a55b8fcb953c7ea2bb	149adbea8d59b9d9a4edd2c36333327eb759b7435b5498769390637a8ce00669
890	2026-12-05 03:04:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b79be4a-e3eb-4bc1-9da5-0bd662efe124	149adbea8d59b9d9a4edd2c36333327eb759b7435b5498769390637a8ce00669	07ef3f3b472939ebb1cdcc3a07420cee878249a04105b75ab4108e5645499eb5
891	2026-12-05 03:04:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8cc3b1bd-b9c0-483f-b506-5f2eef8b3162	07ef3f3b472939ebb1cdcc3a07420cee878249a04105b75ab4108e5645499eb5	113360476b904ff100ce2cc79b93e9901cae58abd1237fcb4f00efbd8c37c18e
892	2026-12-05 03:04:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	beb3b4e4-fe31-4dff-aa52-e585b7252a34	113360476b904ff100ce2cc79b93e9901cae58abd1237fcb4f00efbd8c37c18e	6927cb16b370de22cbe2d2f7b320fea52dfa67aebe8d92436dd8e0f03da5134f
893	2026-12-05 03:04:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	598804b7-579f-46e8-8f26-9cc6de8a58c0	6927cb16b370de22cbe2d2f7b320fea52dfa67aebe8d92436dd8e0f03da5134f	375dd5635837ae6e8660671fd0d836d7772788010ce72637cc495442839d443f
894	2026-12-05 03:04:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0afc05a8-6454-44fd-90b5-094c729d0454	375dd5635837ae6e8660671fd0d836d7772788010ce72637cc495442839d443f	5101b5d99c7668f809198ebfae28ae92332430658213bd08f17ee79dd003f073
895	2026-12-05 03:04:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30b11e46-33ea-44d6-a8ef-a8218a4b8b50	5101b5d99c7668f809198ebfae28ae92332430658213bd08f17ee79dd003f073	93ee9370bc9e016288167f89180db467efe830482b707f393eae5ddb6c68406a
896	2026-12-05 03:04:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08c00ec2-3061-4fc2-9665-2dd5c43bb715	93ee9370bc9e016288167f89180db467efe830482b707f393eae5ddb6c68406a	94f508b2778dff6650a6ede8b495fb6032ed28db7c9f1ad15177e119a3e3e340
897	2026-12-05 03:04:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b91fd60-0cf0-4e93-ae1d-1c05eb03b1e1	94f508b2778dff6650a6ede8b495fb6032ed28db7c9f1ad15177e119a3e3e340	cb9797f356f14668dd18529a7d389ed0248dbe584b3f4060a892e23c95e57ea4
898	2026-12-05 03:04:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	513af5f0-eecd-4b5e-94d6-8dcc6389df3d	cb9797f356f14668dd18529a7d389ed0248dbe584b3f4060a892e23c95e57ea4	28e788e841db76d2deb04a747d07056449ae8c474ec3597805f4978fe61e4527
899	2026-12-05 03:04:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a5edad9-db39-4ac4-9056-5d1efa9a0ad6	28e788e841db76d2deb04a747d07056449ae8c474ec3597805f4978fe61e4527	74b1e4717a633c8f2d70eecfae462aa582b704a70c3ee5e532c85595baa70fa4
900	2026-12-05 03:04:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	efe378de-f900-4483-9d63-f323ed2013e8	74b1e4717a633c8f2d70eecfae462aa582b704a70c3ee5e532c85595baa70fa4	164dbe54dac8ea639af0cfee6891103c8b0acaf7cf74a56f09d37562fa53c712
901	2026-12-05 03:04:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	509a91d1-af2f-4866-9cec-227662823e5e	164dbe54dac8ea639af0cfee6891103c8b0acaf7cf74a56f09d37562fa53c712	bc593c524e1c363c10ebf6a7a588f816613709572a067578a3a3c165872f342c
902	2026-12-05 03:04:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	13428429-d5fc-4238-a125-bbd34e64c8ba	bc593c524e1c363c10ebf6a7a588f816613709572a067578a3a3c165872f342c	b168e56b7c14a5acc193fd97f771e7b328bc65be0351f8ecdb71cd335cb7def6
903	2026-12-05 03:04:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	abfce489-2532-4ac7-b77d-5889915945e6	b168e56b7c14a5acc193fd97f771e7b328bc65be0351f8ecdb71cd335cb7def6	249848985edad07a890e35aba5a201e81302d7b91a2cbbfb5630b6f465f7cd63
904	2026-12-05 03:04:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	196bd05b-be81-4dd3-b1a0-8f29f9c27293	249848985edad07a890e35aba5a201e81302d7b91a2cbbfb5630b6f465f7cd63	33635cf0ecc3de80c7827c74e8b504b76e700cafbc5fd8fa042f5d098ede670c
905	2026-12-05 03:04:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4bcb424c-83da-4c7d-8170-184c14c81b33	33635cf0ecc3de80c7827c74e8b504b76e700cafbc5fd8fa042f5d098ede670c	176a0589d9a6d7975bad1ea8a4f780ea9a030b3816be33529ffdff521db34079
906	2026-12-05 03:04:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	566208c8-8302-4cb7-adc4-06dd426e97fa	176a0589d9a6d7975bad1ea8a4f780ea9a030b3816be33529ffdff521db34079	5664f72303a39be90c700dc066d97efb989826d7a9f0007bce49142501389e8b
907	2026-12-05 03:04:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a78836a9-1fcc-4443-90be-c5ba38abb2ac	5664f72303a39be90c700dc066d97efb989826d7a9f0007bce49142501389e8b	3b2c189f04852d3406af15c080db4ed302bd33dc7b26de670ed8aa4a1254c051
908	2026-12-05 03:05:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb2b0874-8d79-41c3-8a70-b1b8758345b1	3b2c189f04852d3406af15c080db4ed302bd33dc7b26de670ed8aa4a1254c051	25a2ebbb2887fc9641e3403962582efb21d23d19686481a35469a8ddc0ecfb60
909	2026-12-05 03:05:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7523b61d-1bea-40ac-bf18-55f46fb83b38	25a2ebbb2887fc9641e3403962582efb21d23d19686481a35469a8ddc0ecfb60	6b346c12bb22ae7c49f779fb709a240409b58d65996e5326e53ed927a3e7e063
910	2026-12-05 03:05:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b7e28d4-c743-41db-92d1-6820422ef99f	6b346c12bb22ae7c49f779fb709a240409b58d65996e5326e53ed927a3e7e063	5abaaa21dc72b8ac4a71e2cdf27f15faa2a921379e2f5c4cefc8a5e177d48385
911	2026-12-05 03:05:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ba94c213-516b-4d0b-9dbe-f630ab51173d	5abaaa21dc72b8ac4a71e2cdf27f15faa2a921379e2f5c4cefc8a5e177d48385	1a1f093ba4817b77a732a0a89868403d9a92271137c6936be38aad6e9242cbb6
912	2026-12-05 03:05:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01082b84-5126-4553-9fef-b2e88c04509f	1a1f093ba4817b77a732a0a89868403d9a92271137c6936be38aad6e9242cbb6	38bf2cb990f1beb50ab19c4560edfa9860d426ae924fb071eb4c6f4dcd75d923
913	2026-12-05 03:05:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a70c447f-870b-4a24-824e-ee264b8277f5	38bf2cb990f1beb50ab19c4560edfa9860d426ae924fb071eb4c6f4dcd75d923	3f45c43af155379c83def39271b2a7c17355b78eb252d36edce7d90793f7e6f7
914	2026-12-05 03:05:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f066b3c2-1af2-45d6-aae7-0df03d00c6dc	3f45c43af155379c83def39271b2a7c17355b78eb252d36edce7d90793f7e6f7	ef459e1b6915c1c9b66e00c82400a0ee7e5f5feed26b5d81646e84ac410179ca
915	2026-12-05 03:05:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b95ee392-10b6-49c4-b9f6-8b35eeb7ee5f	ef459e1b6915c1c9b66e00c82400a0ee7e5f5feed26b5d81646e84ac410179ca	8e5f38aefa24606eca3582d0283ad8951e56a82f52c81c19e2b0185425b3056d
916	2026-12-05 03:05:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8034b9a6-9e00-4afa-9166-553640deb481	8e5f38aefa24606eca3582d0283ad8951e56a82f52c81c19e2b0185425b3056d	9b04dbe7b9ff7401ea84bc243a1f3d2202ac581516668e66166f2f1d90760a2a
917	2026-12-05 03:05:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	979c96b2-7766-4f6b-9546-372b46fc60b2	9b04dbe7b9ff7401ea84bc243a1f3d2202ac581516668e66166f2f1d90760a2a	9b3b002fab0cdf76726bb2ae25c08ce19cb772e583bd514f494fa6c2ddcaba4c
918	2026-12-05 03:05:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ccc9158d-2bc4-4fa4-949a-f9dd616a0681	9b3b002fab0cdf76726bb2ae25c08ce19cb772e583bd514f494fa6c2ddcaba4c	834ed8bb05bc8f3ea10ac4c4d84b9c588f206892cdffc8731945d07afc2fec87
919	2026-12-05 03:05:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	96d24a74-3187-464a-a917-0e82320d0503	834ed8bb05bc8f3ea10ac4c4d84b9c588f206892cdffc8731945d07afc2fec87	1ad287ca40d0223046f815e68b44e7e52201613543ef7dbe08df9969f0739cdd
920	2026-12-05 03:05:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	25a3df7c-0d10-431e-be25-7462508040cd	1ad287ca40d0223046f815e68b44e7e52201613543ef7dbe08df9969f0739cdd	1ebf2c5aa35de830636530185f696fffa65d25af46664eecff90821293ab0a6d
921	2026-12-05 03:05:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a92f8926-bd4e-4c1d-8b1d-5d496a66caa9	1ebf2c5aa35de830636530185f696fffa65d25af46664eecff90821293ab0a6d	3a5688b465bffa7c770353a42808293280ea93df841240d5b58fabecfda94dc9
922	2026-12-05 03:05:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fd81864a-d6b0-449d-a703-2e665b5ac343	3a5688b465bffa7c770353a42808293280ea93df841240d5b58fabecfda94dc9	7bf5a9f9bab6510ba5f6633ac8dc3ded61756d969b9a279faf5f6353944fbbd7
923	2026-12-05 03:05:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3119564e-a07b-4aa2-a1e3-76443184225e	7bf5a9f9bab6510ba5f6633ac8dc3ded61756d969b9a279faf5f6353944fbbd7	2050b7484ef81ad192a392de4b01b956baa6cf265bee8f28eab967262773fd8f
924	2026-12-05 03:05:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d7d4f34-2725-4821-92d9-8117bb2b768b	2050b7484ef81ad192a392de4b01b956baa6cf265bee8f28eab967262773fd8f	a8dac0d829e49d9c88802b1d3b7dc9c9958c374ffbd43c2b26c3b2a87a472a6f
925	2026-12-05 03:05:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8489712f-38c8-4982-8bc5-3650e4395d88	a8dac0d829e49d9c88802b1d3b7dc9c9958c374ffbd43c2b26c3b2a87a472a6f	0c0c134cc74ac90db0793ed4f8e0501fb21d444edc3186335b27b0cc9a797d7f
926	2026-12-05 03:05:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aca772a8-b223-4184-84e6-bb3904f9bb91	0c0c134cc74ac90db0793ed4f8e0501fb21d444edc3186335b27b0cc9a797d7f	f1d1db2a65296eb149bbe641146c8626cc56276cc13b1a7499eda692f1a9d02e
927	2026-12-05 03:05:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90444869-1a25-49ca-a9d5-abf040edd4a7	f1d1db2a65296eb149bbe641146c8626cc56276cc13b1a7499eda692f1a9d02e	82d3f3628d77ac1f89340d5fa1d545d0805ac09037a5a7bfa85040ec1b60ffaf
928	2026-12-05 03:05:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b17b9040-4283-4c14-a1d2-3b2efa39d9b0	82d3f3628d77ac1f89340d5fa1d545d0805ac09037a5a7bfa85040ec1b60ffaf	3bf20813975f097d728ee5453e986340bc8bb466eb4280e994f6b11ebcb9daa6
929	2026-12-05 03:05:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	762df130-42a8-4996-9bca-1dd61d507657	3bf20813975f097d728ee5453e986340bc8bb466eb4280e994f6b11ebcb9daa6	2e382d560f65012d87ebbc1de97be66b01e17b2e815e909542138c5b3bb2faac
930	2026-12-05 03:05:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0faaacf0-f0b1-4a28-b337-c93dda524633	2e382d560f65012d87ebbc1de97be66b01e17b2e815e909542138c5b3bb2faac	dde0a4573e31b49e5a184b89b0b6828e2b9e9a246e023db5e6b790a4a3b6fb25
931	2026-12-05 03:05:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26fecfa9-cb54-4fc4-9b32-9a79ad1b031c	dde0a4573e31b49e5a184b89b0b6828e2b9e9a246e023db5e6b790a4a3b6fb25	b75ce3e859e411a70312ac416968c87b0eb87112052a2d23b7ae4b7659f78b83
932	2026-12-05 03:05:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9fe52a79-6460-41f8-9ac6-0e53a7edb53c	b75ce3e859e411a70312ac416968c87b0eb87112052a2d23b7ae4b7659f78b83	61a8aa3b6f68fec9c8478441ce44e72087987ce93babe412c644e6701f0c0384
933	2026-12-05 03:05:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	526801ec-7a33-4343-b23e-737a394f200e	61a8aa3b6f68fec9c8478441ce44e72087987ce93babe412c644e6701f0c0384	02dd587ffa20ac6e654011ba34b9f66dd9f0563df27c594579cef64f184ba961
934	2026-12-05 03:05:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d06ada1-fb49-4d96-ba7a-06bb8a6cc697	02dd587ffa20ac6e654011ba34b9f66dd9f0563df27c594579cef64f184ba961	ebfff5f941ffea6cdd4d5faf3d41f8f9d5461267f02b68317a114c2219c61e3e
935	2026-12-05 03:05:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f41cefb-8a1e-4921-bdb2-d5b6c0cd8200	ebfff5f941ffea6cdd4d5faf3d41f8f9d5461267f02b68317a114c2219c61e3e	a8c2821c53360ec3b4296b2da04cf0f1f0125798a094e8142f93dfe2bd5c309c
936	2026-12-05 03:05:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2054d1da-5d33-4b19-b93e-18d897129863	a8c2821c53360ec3b4296b2da04cf0f1f0125798a094e8142f93dfe2bd5c309c	198c84bfe4bc02d5244a65ca16056cf92a8e6e8586bd6ae3bb57295dfd4af693
937	2026-12-05 03:05:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b4248ee-c22d-48e0-beea-f8ded66bac38	198c84bfe4bc02d5244a65ca16056cf92a8e6e8586bd6ae3bb57295dfd4af693	d3a8115a6984d17466aaedc6ae72835a9ce62329cb70aa711eeb024ee9956007
938	2026-12-05 03:05:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b6f8f423-ce0b-4f18-a19b-9295e9b353d4	d3a8115a6984d17466aaedc6ae72835a9ce62329cb70aa711eeb024ee9956007	d29ca13d24c9abd5431f120e611e7d42c36ed8b273b79c89e962a02bace2184c
939	2026-12-05 03:05:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7acbc476-5e0b-4a54-8248-58da7685c879	d29ca13d24c9abd5431f120e611e7d42c36ed8b273b79c89e962a02bace2184c	1c75e6dbeffafcb06cdd11ed71feac2f08afe938b3bf9e34285a71980ad07d65
940	2026-12-05 03:05:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aeed3a19-0fb6-4896-8df1-1b20188c9c5d	1c75e6dbeffafcb06cdd11ed71feac2f08afe938b3bf9e34285a71980ad07d65	6700b80dbbc6cf280459239c3d8ce1ad5cd65e4828673a0e28448b65bba10dec
941	2026-12-05 03:05:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d07fe399-27bb-4333-8713-9783240f33fc	6700b80dbbc6cf280459239c3d8ce1ad5cd65e4828673a0e28448b65bba10dec	bed21fd4116c9e859692bf40231ecb42883e72a0bc2e7f962aed5b6809fbadc9
942	2026-12-05 03:05:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56c48270-f9cb-40f6-96c7-f93727826fd2	bed21fd4116c9e859692bf40231ecb42883e72a0bc2e7f962aed5b6809fbadc9	de0a1429c5bb2c3e6450046070ecf3b081f63f6e408795f14c6f5a694d9a00e9
943	2026-12-05 03:05:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff8c33a2-ecd3-4c09-9510-ac663cf7490b	de0a1429c5bb2c3e6450046070ecf3b081f63f6e408795f14c6f5a694d9a00e9	4a65b32700d0bf0230b29170f9028f1a52526bf3226d4b90c9d317817c436c2f
944	2026-12-05 03:05:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d7c4091-f9c7-4102-a83a-4d38821eea64	4a65b32700d0bf0230b29170f9028f1a52526bf3226d4b90c9d317817c436c2f	454f26c042d6096c8595666fd8de80d31011178ad877d546748581f8252eee28
945	2026-12-05 03:05:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ad75c54d-8e0c-4be3-b5fa-703f206d6f78	454f26c042d6096c8595666fd8de80d31011178ad877d546748581f8252eee28	0d0aa12e1a434f661f2be013e85874e321b936f7971288af04c3872f21ca9f86
946	2026-12-05 03:05:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3772b5a3-7a0e-45a9-b474-723357507172	0d0aa12e1a434f661f2be013e85874e321b936f7971288af04c3872f21ca9f86	63bd744cc257e62d6039450acf76b73bcac48330c2fb5eaf3f3a06961861ed5b
947	2026-12-05 03:05:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ae2d2806-ae03-4c29-8c66-af83da146b30	63bd744cc257e62d6039450acf76b73bcac48330c2fb5eaf3f3a06961861ed5b	d1ff9105e650e3aabf5661f44c4a87b8c876ba0938aca4c4737a419826410390
948	2026-12-05 03:05:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80fd0787-3b3a-40aa-baea-bc2ffda85dff	d1ff9105e650e3aabf5661f44c4a87b8c876ba0938aca4c4737a419826410390	a78b6067e493fed14e83ba874b8201eb85518293ee7f26eba9e6e10b2364e62c
949	2026-12-05 03:05:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	49196661-873f-423a-980d-088e19ff9cd9	a78b6067e493fed14e83ba874b8201eb85518293ee7f26eba9e6e10b2364e62c	34e4ef2bddafa60c8498ddf2b767ea283670117cda571ee387c7447274c5528b
950	2026-12-05 03:05:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	84cea6c3-bcb5-4270-b76d-30f75e34fc54	34e4ef2bddafa60c8498ddf2b767ea283670117cda571ee387c7447274c5528b	45978ee9cae12b4153436eda5798ba143cf2c76bf8b417917791368b16b78e3f
951	2026-12-05 03:05:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9df604a8-38ef-4e8e-8eb8-667b497e76c2	45978ee9cae12b4153436eda5798ba143cf2c76bf8b417917791368b16b78e3f	5baaef024d7a2c2df64b3adef4545abfd0dca12312427a436941a0228bb52649
952	2026-12-05 03:05:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92170175-cb2a-4af1-8a10-515f383792e7	5baaef024d7a2c2df64b3adef4545abfd0dca12312427a436941a0228bb52649	42a94be7605adf844f0bc6b37e3a92ad2656dbd83b6d1af57ced1139d632aea1
953	2026-12-05 03:05:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f213099b-c433-41e7-a81d-143a8b087d4b	42a94be7605adf844f0bc6b37e3a92ad2656dbd83b6d1af57ced1139d632aea1	3569fcd24e789c25084a3b27e0c094c1112edaee2514661b46e92397dd92f571
954	2026-12-05 03:05:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed26645e-dfed-47f3-9e8e-660376cfcaa0	3569fcd24e789c25084a3b27e0c094c1112edaee2514661b46e92397dd92f571	18f4aba0cbae9b9d65598a07464e3e8dfd98b56935943077ab28ae01f679a784
955	2026-12-05 03:05:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	22d141b4-9ae5-443a-baf8-cad5a8ff97d3	18f4aba0cbae9b9d65598a07464e3e8dfd98b56935943077ab28ae01f679a784	d32fa3b02bf3d511945d847ec4f431e7bfe5dc28f0c3975185385c012703c458
956	2026-12-05 03:05:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3dfd9833-baf5-47a8-b2ad-a8d0ef1893ca	d32fa3b02bf3d511945d847ec4f431e7bfe5dc28f0c3975185385c012703c458	846affcc68cf28c372f66fc4dab65c497e4f6f0ce10756c0b5d42c26016845b9
957	2026-12-05 03:05:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1351dc98-f236-4ab1-a7fb-87e74b3b82b3	846affcc68cf28c372f66fc4dab65c497e4f6f0ce10756c0b5d42c26016845b9	195224c47904d4927bf4bebad30e46a5ec9a358945d2fa0a8847b03d3a3596bd
958	2026-12-05 03:05:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	671b7386-d41e-4e57-9707-810e3ad077b6	195224c47904d4927bf4bebad30e46a5ec9a358945d2fa0a8847b03d3a3596bd	f33779a1ef4a53e2a15b9d5270a39d6ed94af3da23c16aca501a427a31106635
959	2026-12-05 03:05:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	599eaf74-80e8-4257-9fd1-3cea281007b4	f33779a1ef4a53e2a15b9d5270a39d6ed94af3da23c16aca501a427a31106635	f7da537f180b8321785279d3c8a8dc284fa5ff93de82297be2f5e311265ec857
960	2026-12-05 03:05:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	65a95c5a-a6ce-4cd4-ae78-e034c624c8b3	f7da537f180b8321785279d3c8a8dc284fa5ff93de82297be2f5e311265ec857	b14362a2573543b1a6c9f55a666a662fb70544e937a43480d34fa25181b648e9
961	2026-12-05 03:05:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83b2e058-6a7d-4907-a54d-6fffc3db2af1	b14362a2573543b1a6c9f55a666a662fb70544e937a43480d34fa25181b648e9	e76133fca2225fd52bbfb3a413bbaabeff151b1e142b2b9973bbbdfdaf2a163d
962	2026-12-05 03:05:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed6a4bd1-1fa6-44b0-aec0-b1693945c73d	e76133fca2225fd52bbfb3a413bbaabeff151b1e142b2b9973bbbdfdaf2a163d	caea68a270e04d82b73e362d77e744601643f9bdebc738b1739133c925eb9edb
963	2026-12-05 03:05:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99d03ff5-baad-414b-b53b-1edc8b353314	caea68a270e04d82b73e362d77e744601643f9bdebc738b1739133c925eb9edb	d3a9474bac779a96e931598a44f36c6ad289db9cf73f0589b075c1a2c5d9ab22
964	2026-12-05 03:05:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	57606652-9934-4e35-941c-eb1d98ee955a	d3a9474bac779a96e931598a44f36c6ad289db9cf73f0589b075c1a2c5d9ab22	af89d3244a8e96182022a09a25d46a095f07733b67b7351e5b65e22e26b8bd82
965	2026-12-05 03:05:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56d3d86d-4836-4d86-831f-2a40f4f3baa2	af89d3244a8e96182022a09a25d46a095f07733b67b7351e5b65e22e26b8bd82	9c05603631ff6a24ead08889bca68bd84e15085137277e697b59c25cb3ddbd44
966	2026-12-05 03:05:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	40fed550-0a04-476d-8925-4782b5044667	9c05603631ff6a24ead08889bca68bd84e15085137277e697b59c25cb3ddbd44	97cccf06985c4c11c7a66b6d1dc2c7fe185abe6f990f756f99f553a89ecbb20d
967	2026-12-05 03:05:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5281952f-eea7-437e-a5a8-70b8b9185b63	97cccf06985c4c11c7a66b6d1dc2c7fe185abe6f990f756f99f553a89ecbb20d	ad4b654f4e6793e486234546b6bdca45e5442a7ccbac2887e0797c84bb3c27bb
968	2026-12-05 03:06:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	432be728-ca4f-4477-8581-c243ae704144	ad4b654f4e6793e486234546b6bdca45e5442a7ccbac2887e0797c84bb3c27bb	6cf4a9a0fc8475188f05838fa16bd31bb2668a8d06c1df1ec350f75973cb7e36
969	2026-12-05 03:06:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	657ab33b-4c1e-47e4-b4d3-f1535cb4c3ec	6cf4a9a0fc8475188f05838fa16bd31bb2668a8d06c1df1ec350f75973cb7e36	65c234ff016adf0d64ca36cd326612b78efaaac7cdc8498e7e53f8883c9c3680
970	2026-12-05 03:06:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e66f8931-56cb-40c0-b79e-3e80d7ad5553	65c234ff016adf0d64ca36cd326612b78efaaac7cdc8498e7e53f8883c9c3680	9c41421e90b4b39a9282ab3b529115139b3a8de75ce0e29b924f3eee947836be
971	2026-12-05 03:06:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8a27fcfb-495c-4b30-a9f5-625f9880d789	9c41421e90b4b39a9282ab3b529115139b3a8de75ce0e29b924f3eee947836be	3917be7ed2e4fc4aa4bef1bf3d6611512aebb184196dc04876e3f204d1006afb
972	2026-12-05 03:06:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db7ed5b4-f740-474d-8448-beb0d9581194	3917be7ed2e4fc4aa4bef1bf3d6611512aebb184196dc04876e3f204d1006afb	ee728166abd014a2612b13225ae6c369700a2bc85722c2c753afb9c53230f5fa
973	2026-12-05 03:06:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3574364-afcf-4df3-9dcc-c8ed4e38c055	ee728166abd014a2612b13225ae6c369700a2bc85722c2c753afb9c53230f5fa	438d9801ed472f91360d18c3399dba5b67bf1233e0b6133846402586f36ffd70
974	2026-12-05 03:06:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	058d53bb-bf51-46a4-8dfb-de7103419907	438d9801ed472f91360d18c3399dba5b67bf1233e0b6133846402586f36ffd70	e1a09fc1dc35ef6cb3e858172a33b25b97d58ddcd761cb6d93587ddbbb37bc51
975	2026-12-05 03:06:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df283ff9-646f-482c-af8c-94b513d7301f	e1a09fc1dc35ef6cb3e858172a33b25b97d58ddcd761cb6d93587ddbbb37bc51	9c05c50b38df63e8332d6cbfe5ba4e705be8f5a523260c65d7c41b719c8ec04f
976	2026-12-05 03:06:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b4e6eb9-2545-44bf-b33b-288eee684ed8	9c05c50b38df63e8332d6cbfe5ba4e705be8f5a523260c65d7c41b719c8ec04f	03054c87c4b6460bf56d8ef825f5d4e2b1e83dd080db4456cbaacce636acdd5d
977	2026-12-05 03:06:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	095e3736-3132-4df2-8143-12d1c96aa563	03054c87c4b6460bf56d8ef825f5d4e2b1e83dd080db4456cbaacce636acdd5d	fdc96a4d99532eb4e7c5dbc8e3ecced1d626fc0ab4236ab0dacdb8c1831c865e
978	2026-12-05 03:06:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	048f9ce9-2fe0-4f35-891d-31e81b211e84	fdc96a4d99532eb4e7c5dbc8e3ecced1d626fc0ab4236ab0dacdb8c1831c865e	8792301f0e88b733230cfcad48fa316576ae3c69366040fcad57d92c59a81db0
979	2026-12-05 03:06:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d023dd09-baff-424f-99d3-99128b19ba79	8792301f0e88b733230cfcad48fa316576ae3c69366040fcad57d92c59a81db0	4fd006346fa7cf0298a222b1a5ae525281c28255884155137a094eb059e1dd0d
980	2026-12-05 03:06:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ebfdf68-89a7-4702-9246-c53ba59da450	4fd006346fa7cf0298a222b1a5ae525281c28255884155137a094eb059e1dd0d	635fa2d376eda3469b4dbc9f3bd20161d80b924d72a4cc0f18a58fd54994a543
981	2026-12-05 03:06:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c57124d2-58f5-4b8d-a0f4-bf7ac0a0a9bc	635fa2d376eda3469b4dbc9f3bd20161d80b924d72a4cc0f18a58fd54994a543	80dc418833fc01cb1d46f8b53d542e98dda589511b58ac7f83cfc36a6b14d05d
982	2026-12-05 03:06:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1762894-9ab9-4e03-ae6d-2e4083fe761d	80dc418833fc01cb1d46f8b53d542e98dda589511b58ac7f83cfc36a6b14d05d	2090c6266a6cd217952e4ef531e19ac5e53ef23cb08c263c7c51e11c886fa144
983	2026-12-05 03:06:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3940ca48-a3ba-4254-9cde-66b4f97a954c	2090c6266a6cd217952e4ef531e19ac5e53ef23cb08c263c7c51e11c886fa144	d165e97e57e3ffca6664c00d7cf1e308c870079ede1f3ff9ff3e8f5fbb130761
984	2026-12-05 03:06:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a2c567a-d510-4627-bd98-23dfea39202e	d165e97e57e3ffca6664c00d7cf1e308c870079ede1f3ff9ff3e8f5fbb130761	0d27fd57494fb3cf18466a6604d3d7ab48349dceb1188841eb812d16b022b483
985	2026-12-05 03:06:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c9d8012-06a7-4120-8357-ca195690a607	0d27fd57494fb3cf18466a6604d3d7ab48349dceb1188841eb812d16b022b483	3100095e8da267eed793acbc4bf05ec3111ce65f40fb8ebfef1865f787781948
986	2026-12-05 03:06:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b440a543-9627-4433-b947-4082bb8d880d	3100095e8da267eed793acbc4bf05ec3111ce65f40fb8ebfef1865f787781948	22c5742f4e0e76469c0408dddd3758e96372da81a50ff250123f0d307e8a9483
987	2026-12-05 03:06:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b2fcc1d-b393-4247-b1ce-76a4e94f4e1a	22c5742f4e0e76469c0408dddd3758e96372da81a50ff250123f0d307e8a9483	611d9432252b673ba34235c602c55ee73b0b21cf6921c012544c078cc50740ed
988	2026-12-05 03:06:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6431e77f-af8d-4029-9068-883754080035	611d9432252b673ba34235c602c55ee73b0b21cf6921c012544c078cc50740ed	b3d3667aa325f6235345b0e17773b33337ddce54756e7de72aab7332cc92d572
989	2026-12-05 03:06:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fe167b3d-d3f6-4817-9300-ee1396678eb5	b3d3667aa325f6235345b0e17773b33337ddce54756e7de72aab7332cc92d572	bdf4abfa3de3ad69b8469db6d85f59b46c1e7e30b20e8d102f86d6e5441a8a17
990	2026-12-05 03:06:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6421488b-737e-47fc-ac6c-600d68414713	bdf4abfa3de3ad69b8469db6d85f59b46c1e7e30b20e8d102f86d6e5441a8a17	be64c2793a98e56a3ddd0fa7928c2d93f58bbe94e49a3587f94cc0be30525c52
991	2026-12-05 03:06:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28736fea-cbf2-4297-ae39-fb6a94206568	be64c2793a98e56a3ddd0fa7928c2d93f58bbe94e49a3587f94cc0be30525c52	448b791ec7a34e3423857b4501b53170c94df3a8c3c649b02884d5eca0122618
992	2026-12-05 03:06:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d884dd7-aa3a-4527-bae4-b13d83355049	448b791ec7a34e3423857b4501b53170c94df3a8c3c649b02884d5eca0122618	e77fd569855b703e762e3dc57619f0b7181c06849f898150b3519eaf8525ef86
993	2026-12-05 03:06:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cbb81865-97d8-45ec-9be7-bdbbfc2edd1a	e77fd569855b703e762e3dc57619f0b7181c06849f898150b3519eaf8525ef86	f3857c7c997bd9191a741e2141b5b577f2943ae4811a143ddc2b689356f575a3
994	2026-12-05 03:06:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e3278ea7-f4c3-48a6-8f14-609d61ebba08	f3857c7c997bd9191a741e2141b5b577f2943ae4811a143ddc2b689356f575a3	451ba59420e339750e3903c7863832b172ab387ef1c20a89b7c7ea2b9d5e29b9
995	2026-12-05 03:06:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6d0dd22-f1f4-4fec-b0e4-ae0783a86990	451ba59420e339750e3903c7863832b172ab387ef1c20a89b7c7ea2b9d5e29b9	8fa39f08b1a6e9fa4300acc0d0d45af626df3166d6cc3e06cfb4ffff66c07112
996	2026-12-05 03:06:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92e56199-1850-40db-851f-34636514c505	8fa39f08b1a6e9fa4300acc0d0d45af626df3166d6cc3e06cfb4ffff66c07112	ff481ba7b79fc9c213e0f5f5129b09aa7c7d76cb9ed851c4deabe264b971025f
997	2026-12-05 03:06:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	10c7de75-5b74-4ee5-a13a-6c2297fc7f1d	ff481ba7b79fc9c213e0f5f5129b09aa7c7d76cb9ed851c4deabe264b971025f	3ec84d8e903266f40cd58f6f17b202307bc559609b047823816240538cc709b3
998	2026-12-05 03:06:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff5de616-c8e4-4c55-8762-20a9b0c09c4e	3ec84d8e903266f40cd58f6f17b202307bc559609b047823816240538cc709b3	40dea4e6676ed85378baafa1a1fb78e1f0396981309a5e28562e47468ece8d8a
999	2026-12-05 03:06:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a19bfe4-9acb-4a73-8f8f-e0278ecfadcd	40dea4e6676ed85378baafa1a1fb78e1f0396981309a5e28562e47468ece8d8a	9611c9c4c9b9b224396357d374c3225e0b410e7b237e3d62ab5834d0523f7578
1000	2026-12-05 03:06:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46ffd76b-ebc0-4d1e-8ac7-5cc8a3f9e584	9611c9c4c9b9b224396357d374c3225e0b410e7b237e3d62ab5834d0523f7578	a9a5524bf4581958c9b75fcba853f549bcb27e84b51fea41802e69f4aaaa17ad
1001	2026-12-05 03:06:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60f3e053-60d7-463c-9002-c8a3f1bd060d	a9a5524bf4581958c9b75fcba853f549bcb27e84b51fea41802e69f4aaaa17ad	4135fd3e2d9929eac7012ba65efa1c9014db7e9cd2021b052c7c341f86358b7b
1002	2026-12-05 03:06:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ca740325-1a4f-4819-9bf6-28d6771635f2	4135fd3e2d9929eac7012ba65efa1c9014db7e9cd2021b052c7c341f86358b7b	36288cef89c773a13bfae4167bb0e022b690da0c1f7d09cf88b1b12dfd498f48
1003	2026-12-05 03:06:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5db7941-be94-48bf-b776-51db31507a54	36288cef89c773a13bfae4167bb0e022b690da0c1f7d09cf88b1b12dfd498f48	ae2c5309cdc9d4b5e9a0799d7d6b00b28d306f5a150d0c8f1516f7be2e0d0e0c
1004	2026-12-05 03:06:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7d51df2a-32ea-4568-9685-544f24ab7296	ae2c5309cdc9d4b5e9a0799d7d6b00b28d306f5a150d0c8f1516f7be2e0d0e0c	64807d841d762eb786cd06045bd5ff2dc4ba5e67b8a3b0dbf4ac6a6b327e59dc
1005	2026-12-05 03:06:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bbd21404-8394-4666-895f-525166034131	64807d841d762eb786cd06045bd5ff2dc4ba5e67b8a3b0dbf4ac6a6b327e59dc	7e832ca2e53df31237f09bbe7dc2294983f351fdc76ad9649d8fa8a7641c6090
1006	2026-12-05 03:06:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b3e28c6-f457-4983-ae5c-ac205ab8a3e0	7e832ca2e53df31237f09bbe7dc2294983f351fdc76ad9649d8fa8a7641c6090	7532c2ba1e8a944414c27b147c2efb8fa9d200c850d3136d05d69ea32720abc9
1007	2026-12-05 03:06:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73810e76-c462-4715-912d-d1625f667dfa	7532c2ba1e8a944414c27b147c2efb8fa9d200c850d3136d05d69ea32720abc9	816682b1eb16d3596136a11da94a8d17a2a26bae98f6f4d8af76479a1b0aa9fb
1008	2026-12-05 03:06:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b87d63c9-d059-49ea-a36f-2de220ecc7a2	816682b1eb16d3596136a11da94a8d17a2a26bae98f6f4d8af76479a1b0aa9fb	a15428f38de1c100064ec51764a6bb93b2ec6566cf11f5db2521ad5fd6bf6130
1009	2026-12-05 03:06:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc4616c9-8c20-4a49-8822-562a6afbf840	a15428f38de1c100064ec51764a6bb93b2ec6566cf11f5db2521ad5fd6bf6130	4340ca78f4466d3a36599fd4f47414cf4645961dbea283cc421289fc3adb5100
1010	2026-12-05 03:06:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	858db7a0-f383-4729-b75a-ac1812af767a	4340ca78f4466d3a36599fd4f47414cf4645961dbea283cc421289fc3adb5100	74daf6bc5077f785ae14afb94174b470cc48ff67f64b7679ecee6dcc04ca0b58
1011	2026-12-05 03:06:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc6d53b1-fb5e-4610-a532-98db2d33e63a	74daf6bc5077f785ae14afb94174b470cc48ff67f64b7679ecee6dcc04ca0b58	7d9a80a763e86b4307d03ea7537a69dcb26017e285d6c650546e10fbbcfba961
1012	2026-12-05 03:06:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	95aca3ff-33a0-4504-8fe1-bef11bd04f8d	7d9a80a763e86b4307d03ea7537a69dcb26017e285d6c650546e10fbbcfba961	0b7d0ddecaa7ecb1d945d307f4b5f84913ec2433eca2593000886a414864b9c8
1013	2026-12-05 03:06:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7d20eb35-6c82-491a-8ca9-051bc9a996f5	0b7d0ddecaa7ecb1d945d307f4b5f84913ec2433eca2593000886a414864b9c8	57183023c249d2d7424d62a04011a25e9d5302d50e646cb11e70da63fd82bbf9
1014	2026-12-05 03:06:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be4282d1-ca86-4073-954f-f1821f14c08e	57183023c249d2d7424d62a04011a25e9d5302d50e646cb11e70da63fd82bbf9	3d2a3eaa5e16f923351f98efa6bd3798462bb82064a208fe55f61ff7b8253af1
1015	2026-12-05 03:06:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6eb3ca17-65c9-428d-9b14-42192b2d233e	3d2a3eaa5e16f923351f98efa6bd3798462bb82064a208fe55f61ff7b8253af1	33d995480b4472611ec399f91187157cdc61bd866c4ac0fee08c7705621450f7
1016	2026-12-05 03:06:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ac4d4d35-79e8-48eb-b176-698f84a66fb4	33d995480b4472611ec399f91187157cdc61bd866c4ac0fee08c7705621450f7	f1f7813d323be97cace68a73a2a7ceaf93809e3ac6ee5c799e85acdda0d8a8d6
1017	2026-12-05 03:06:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a4093c0-3bfe-475b-9958-d48cc2919e28	f1f7813d323be97cace68a73a2a7ceaf93809e3ac6ee5c799e85acdda0d8a8d6	7da24dfd223ad005f4207b12838333df4d3e26fb3914f233a3dae53c0d3c7a2b
1018	2026-12-05 03:06:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26ab4169-1c96-4908-b857-c3b8c7c9f8cd	7da24dfd223ad005f4207b12838333df4d3e26fb3914f233a3dae53c0d3c7a2b	bcae0e233a02ac0d9cb92b059b4965adeebf313de9f47595b6292d57a55083f8
1019	2026-12-05 03:06:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c47a2a5-b708-40b6-ae4f-8f8c74ee22d7	bcae0e233a02ac0d9cb92b059b4965adeebf313de9f47595b6292d57a55083f8	0517db1286437ed8075f5a594984f299d1ceda25e212393b78a40c57cde34501
1020	2026-12-05 03:06:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0e1b238b-a401-4f88-a8f9-e9ac584a7edb	0517db1286437ed8075f5a594984f299d1ceda25e212393b78a40c57cde34501	96ca3391ba3f1abb6c52e78058ba71d27d618ed2ddc7931ee2c2fed5e905224d
1021	2026-12-05 03:06:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	79546707-c07c-4041-8bb3-f5b5a040f217	96ca3391ba3f1abb6c52e78058ba71d27d618ed2ddc7931ee2c2fed5e905224d	11e8b9ca12af37dcdaa5a4af003a24df0f6af2650920f36dbc4426bf16c1e002
1022	2026-12-05 03:06:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f2f24366-d21e-4e73-b1f8-9bc02f8f959c	11e8b9ca12af37dcdaa5a4af003a24df0f6af2650920f36dbc4426bf16c1e002	4eb405aea4d7d6027a82ab5afd5a7e489f56d80215f1ef1d7ec592e8eb6e70c7
1023	2026-12-05 03:06:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a529fc1f-68ed-41d3-b968-877c1012e842	4eb405aea4d7d6027a82ab5afd5a7e489f56d80215f1ef1d7ec592e8eb6e70c7	fa5d7269f1c21f37390da71100c359cb37957d62b32abe25d51d660a4f1c118d
1024	2026-12-05 03:06:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fae59cf-e288-4fbd-9242-066592c4dc1c	fa5d7269f1c21f37390da71100c359cb37957d62b32abe25d51d660a4f1c118d	56706ca6fa5a27ee1bfccd772a667fc2547a2ed1951b9ae1f8e998deca0a255f
1025	2026-12-05 03:06:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c310458-61a9-4d06-ab76-aa86b1c2a747	56706ca6fa5a27ee1bfccd772a667fc2547a2ed1951b9ae1f8e998deca0a255f	cd99fde4821cf8bb226ab41952cfec907ba7aa0dd6553061c1c5c8a3018b6968
1026	2026-12-05 03:06:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e0ac47c-1e5b-4d3d-8878-062f5b383bab	cd99fde4821cf8bb226ab41952cfec907ba7aa0dd6553061c1c5c8a3018b6968	0d818e5f789fd778c317f2dc7e74055060223bd58d7c5a3384e4f8acd64ef0dd
1027	2026-12-05 03:06:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	087993ad-48fe-47f0-b7e4-01038d26a80c	0d818e5f789fd778c317f2dc7e74055060223bd58d7c5a3384e4f8acd64ef0dd	36839a8573a59b101cde49c3bc849c12701d3dbb57104b1e64978758331ce31b
1028	2026-12-05 03:07:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6a293654-d458-4629-b4d1-59817a5a90e3	36839a8573a59b101cde49c3bc849c12701d3dbb57104b1e64978758331ce31b	0bb70c6bef04ff945890cb01ab5e82d74081298accee19174256a0260627cb3a
1029	2026-12-05 03:07:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1343aa25-584e-4c9e-ade0-7562ef8b51fc	0bb70c6bef04ff945890cb01ab5e82d74081298accee19174256a0260627cb3a	45663d262a5641a1999c0983913f59e9f64901df760e46be2b00f24f8a04dd20
1030	2026-12-05 03:07:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4956cee3-ccc4-4f27-930b-a2c8950b0499	45663d262a5641a1999c0983913f59e9f64901df760e46be2b00f24f8a04dd20	a1e089d557541b8c5bd4b9dd5838f44506bc9aa4754f212db1041a2752604e0b
1031	2026-12-05 03:07:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b4523333-ccc8-4fe4-b222-5d1835089f00	a1e089d557541b8c5bd4b9dd5838f44506bc9aa4754f212db1041a2752604e0b	03fbc95f248611d692a3416bcc314aa580c7f4bda1b2e52a0211c6df5811795f
1032	2026-12-05 03:07:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0724039-b36d-4f8f-8267-3eb98dbd7ce0	03fbc95f248611d692a3416bcc314aa580c7f4bda1b2e52a0211c6df5811795f	3b3276ed705c24eb29be33a481b1fe8b3622d447761999f200ad0085f5d1a4f8
1033	2026-12-05 03:07:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1f98f65e-1536-494a-ab8b-18516fbb4869	3b3276ed705c24eb29be33a481b1fe8b3622d447761999f200ad0085f5d1a4f8	0f29af8f02c146d75a081f65a2d9af6fbcb513560e2539739b6923884ac0e338
1034	2026-12-05 03:07:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24122693-9921-49e8-80b3-a773e500a72f	0f29af8f02c146d75a081f65a2d9af6fbcb513560e2539739b6923884ac0e338	9ec7d5d376847cfb7ac6d9d5f9a2dca929d4e78a22d81ac5c8567810b14ea9ad
1035	2026-12-05 03:07:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	813c5691-70ab-4975-88ba-4aca09415aae	9ec7d5d376847cfb7ac6d9d5f9a2dca929d4e78a22d81ac5c8567810b14ea9ad	33c4f88aac142b5e063f63fd0ce1364b755785ee451ee64862a766752a6ff99b
1036	2026-12-05 03:07:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1a57b591-3b80-4354-a93c-88bc576c74e9	33c4f88aac142b5e063f63fd0ce1364b755785ee451ee64862a766752a6ff99b	3dc6a776945cdb6a106831ca8d8986272cd87d801f36d7749627db21f0d1d00e
1037	2026-12-05 03:07:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56d2ab50-f514-41c4-95ab-95bd196b08e2	3dc6a776945cdb6a106831ca8d8986272cd87d801f36d7749627db21f0d1d00e	be800cf467eea93d93faae0d9cf4c5c296759cf994b80232d7837314f3f4c265
1038	2026-12-05 03:07:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a9cfffa-4ca8-4d12-be7a-3bff3c8e1107	be800cf467eea93d93faae0d9cf4c5c296759cf994b80232d7837314f3f4c265	499d805295a61f2a87398a094894ceffae72134e48233c25d3f6f37a2e7a11d4
1039	2026-12-05 03:07:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4ce4c8e1-e5c1-4477-9e5a-502be740122d	499d805295a61f2a87398a094894ceffae72134e48233c25d3f6f37a2e7a11d4	3f717eba38c633a5ad704e89c646d75bc49f31d9d0cf942657219ed505cc69af
1040	2026-12-05 03:07:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0434d74-170d-4010-aeda-dd946a6af067	3f717eba38c633a5ad704e89c646d75bc49f31d9d0cf942657219ed505cc69af	6a440dc641dbbe159e1b4ea1375309c4bb0496ec5597acfd6c196c08da138dee
1041	2026-12-05 03:07:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	64749873-3cca-4542-89f6-1e5a98f80e07	6a440dc641dbbe159e1b4ea1375309c4bb0496ec5597acfd6c196c08da138dee	9990673a9479dd22691c038f042c32ed3a7f8a1acaa084b43490c301ff10f893
1042	2026-12-05 03:07:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1b193fb-a2f9-48c3-b39d-5e2284d11c84	9990673a9479dd22691c038f042c32ed3a7f8a1acaa084b43490c301ff10f893	379088d3854fa3d380b46db6a6b606cf4f02d256e05fcdd0358f9752d0460cf1
1043	2026-12-05 03:07:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	81486913-6e89-4039-9340-cb78ee17cc2d	379088d3854fa3d380b46db6a6b606cf4f02d256e05fcdd0358f9752d0460cf1	be88031b9b66395221b1295254b70d34f58bfca316dac9d82fa2b9e052ce7365
1044	2026-12-05 03:07:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7dba8ba5-c0cd-4c9b-99e8-7f78760c0069	be88031b9b66395221b1295254b70d34f58bfca316dac9d82fa2b9e052ce7365	c2df1ced1ee953b29f208e7f0a988e4abaecf83f5a144f2c9eecc74c077e9dc8
1045	2026-12-05 03:07:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd521f2c-3ad8-4845-88a7-ed1776a8fde2	c2df1ced1ee953b29f208e7f0a988e4abaecf83f5a144f2c9eecc74c077e9dc8	24a59658b531b24eae1912a357bed2437fe58a4ab63ac508c8f0cd130a26ebb7
1046	2026-12-05 03:07:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5089883b-37fc-40f9-9c6e-ea0ea51b08ea	24a59658b531b24eae1912a357bed2437fe58a4ab63ac508c8f0cd130a26ebb7	d7e01fa30fb0dc4a91bef0ed1a86b12faf06d381e8cb542cfcc15dbda00d639a
1047	2026-12-05 03:07:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ee809c0-9077-40a2-a60f-5ea296ee5d59	d7e01fa30fb0dc4a91bef0ed1a86b12faf06d381e8cb542cfcc15dbda00d639a	8c7f31fe0c48d0d36cbbb9e1bbf17d29b2c10b513796cee131b9f091157e4e5e
1048	2026-12-05 03:07:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	376fff4f-3cc8-461f-ae4a-1dd96bb55a37	8c7f31fe0c48d0d36cbbb9e1bbf17d29b2c10b513796cee131b9f091157e4e5e	d03e9aa81366e4c0fb8a78a2d86dfa9de8030e67e6b132b9bed93f793fb01766
1049	2026-12-05 03:07:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b3d1c5b-7851-4eac-90b8-f537732c7922	d03e9aa81366e4c0fb8a78a2d86dfa9de8030e67e6b132b9bed93f793fb01766	5521dbddc39571b43d8623a54744043ca8a5e4a343ea48d55de3edd3b580d7ef
1050	2026-12-05 03:07:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93c15515-16a8-476c-a6de-f3737b52cbcd	5521dbddc39571b43d8623a54744043ca8a5e4a343ea48d55de3edd3b580d7ef	6d2e6c6a35635f63cdef2aa5b9202ed7687d507963b6dc59224b984757fc2276
1051	2026-12-05 03:07:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a21233ad-350b-4009-bc2d-ffebb3e0682d	6d2e6c6a35635f63cdef2aa5b9202ed7687d507963b6dc59224b984757fc2276	4df0e2ecac6645965dc7ebcf7d66cab293d56b8956951bda12d1ab832966bd29
1052	2026-12-05 03:07:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	405cd677-1e27-421d-ba15-73da5aaf6f59	4df0e2ecac6645965dc7ebcf7d66cab293d56b8956951bda12d1ab832966bd29	608a18d7d1515a5ec34fe9c1186c06caca929131734566bef2f4c50062146525
1053	2026-12-05 03:07:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a20c163-caec-4eeb-931f-c9a9d9b08563	608a18d7d1515a5ec34fe9c1186c06caca929131734566bef2f4c50062146525	22b394fb048bde58c0d89e7575c3d5df3298aebfc110931ab974bf06417c79da
1054	2026-12-05 03:07:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ccba1905-2477-4abb-b9a9-aa4fb8a8ea18	22b394fb048bde58c0d89e7575c3d5df3298aebfc110931ab974bf06417c79da	f757481316fd22a342355e517e663c79d2c3dcf23e2c275a9b5d9f53110fb263
1055	2026-12-05 03:07:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02351bb4-fb71-4675-9927-293764d3b336	f757481316fd22a342355e517e663c79d2c3dcf23e2c275a9b5d9f53110fb263	c3ff14c64f3e0a5b7b105c319498faa7fc94c65e90123388d5ae0dd2815420c9
1056	2026-12-05 03:07:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c31e8c2d-88f9-4a33-b5f4-11378c06e5b5	c3ff14c64f3e0a5b7b105c319498faa7fc94c65e90123388d5ae0dd2815420c9	f6aeee40a54cfe9aa40d3557dbb746a8261502e7fd95062e293021fba9974e84
1057	2026-12-05 03:07:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62dfc362-2c39-4037-9f42-1ead693b3be3	f6aeee40a54cfe9aa40d3557dbb746a8261502e7fd95062e293021fba9974e84	40f73293761cb0bec823e07fa3df7d1f442040e8a4c6a2f35651ea8beefc854d
1058	2026-12-05 03:07:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2f8f0ba4-b531-4d47-b1d7-e72e9a39cd57	40f73293761cb0bec823e07fa3df7d1f442040e8a4c6a2f35651ea8beefc854d	4cb4604c6ff78e8b302b47c5a603504bb64961d5e37079f412cf1f0904d01ccb
1059	2026-12-05 03:07:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93d873de-cd3f-4190-98e6-9edb67aa18b2	4cb4604c6ff78e8b302b47c5a603504bb64961d5e37079f412cf1f0904d01ccb	3dcfaed0e36728c6b3537ae52ff7cadf53788387f6a327f849506e49ca4071e7
1060	2026-12-05 03:07:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c53b749a-7991-41cb-ab26-02e17dac8a51	3dcfaed0e36728c6b3537ae52ff7cadf53788387f6a327f849506e49ca4071e7	8f0725ad3335521c3687bf4da40679cf8103ec48b2540c9a1e514de4822d5b32
1061	2026-12-05 03:07:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	228173c6-793b-4af0-b459-ac9c56930b73	8f0725ad3335521c3687bf4da40679cf8103ec48b2540c9a1e514de4822d5b32	e099f359b0f28c2219e170bd08bb6010c82413ad85dbff418509de2fdd7e2caf
1062	2026-12-05 03:07:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	16cd49dd-6749-472f-9a4e-af95a0fd8230	e099f359b0f28c2219e170bd08bb6010c82413ad85dbff418509de2fdd7e2caf	771bd515b7534ab2245c23d9b97740535c6cb12c14987608143c491588b0abc0
1063	2026-12-05 03:07:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55127810-f25e-44ea-a18a-16dd0d62c34b	771bd515b7534ab2245c23d9b97740535c6cb12c14987608143c491588b0abc0	fd09d2aa8a0133aa31db6af1b55c689d58d042b975de43728a18e1f5288fbe5d
1064	2026-12-05 03:07:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1d3e3aa-1e6b-4ccd-bdf5-43808d07956f	fd09d2aa8a0133aa31db6af1b55c689d58d042b975de43728a18e1f5288fbe5d	3782c62471e503f23b03de8a772457716f8452792f18e75c11f9ff5d1e2a3ea5
1065	2026-12-05 03:07:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83435f0d-9fb3-45bb-99a6-a298d130c3bf	3782c62471e503f23b03de8a772457716f8452792f18e75c11f9ff5d1e2a3ea5	302a37bf54240db0f2c03ba83e60b6a2b7e4de0a9dbf7d265e4e523343d56cd5
1066	2026-12-05 03:07:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5dc6a97-397a-45e9-a4df-9ec2fb913b56	302a37bf54240db0f2c03ba83e60b6a2b7e4de0a9dbf7d265e4e523343d56cd5	8a1658f28ffa76c719ab074aa027a4d74a5ee76ffeee2d57b6480066f03ecf0f
1067	2026-12-05 03:07:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3fc78bd4-97b7-422d-9b70-c20e6af0bc1a	8a1658f28ffa76c719ab074aa027a4d74a5ee76ffeee2d57b6480066f03ecf0f	1c982d398c3dfe1984c29b5f98212c093d3d843acc02f47f3f3102448f277807
1068	2026-12-05 03:07:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	784d4417-1414-4382-9663-a800a23196fb	1c982d398c3dfe1984c29b5f98212c093d3d843acc02f47f3f3102448f277807	033c99a1533cbdf85421a0386317fafcec184be26b81be0bc32d96a279c2f5ac
1069	2026-12-05 03:07:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	987ba6f4-8670-416a-88e3-071f6c3c940e	033c99a1533cbdf85421a0386317fafcec184be26b81be0bc32d96a279c2f5ac	25e474bbf160a36025a7b06dbf3c8e41cd6b3e1aeb4277ea68c74dcc97f0e217
1070	2026-12-05 03:07:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dfe051be-1549-44b5-812c-4fbe70f3a10a	25e474bbf160a36025a7b06dbf3c8e41cd6b3e1aeb4277ea68c74dcc97f0e217	406eb0747a81b5c0f5ed8a33206bff8304bb00d9a6acc85d96976b3290105579
1071	2026-12-05 03:07:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6ce89a73-ffc1-4f09-af29-01972f542bd8	406eb0747a81b5c0f5ed8a33206bff8304bb00d9a6acc85d96976b3290105579	b0274d4c9176b9663ba34491b4a2acc60c3fb5ea127189ba0eeb4bfe6e85e984
1072	2026-12-05 03:07:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a6ef6c1-526f-416c-9f69-87316b278b54	b0274d4c9176b9663ba34491b4a2acc60c3fb5ea127189ba0eeb4bfe6e85e984	200a48b85e144aaeac035d1952dc3ab58a9af6c6167045a1e707d6c533316f5a
1073	2026-12-05 03:07:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0f388b08-d37e-48ac-892d-0465861bc803	200a48b85e144aaeac035d1952dc3ab58a9af6c6167045a1e707d6c533316f5a	1fde150c75bb162d0d8a8633fd1754ec85fba806ef0c7df7201f8f0b8f43926f
1074	2026-12-05 03:07:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d0727bb7-e2ea-4e22-a027-c7f7e409ef1e	1fde150c75bb162d0d8a8633fd1754ec85fba806ef0c7df7201f8f0b8f43926f	5e778adf399b4865b2e92f1aebaba5f986ba55570e69c5c31891fc824e40581c
1075	2026-12-05 03:07:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be185a04-9cda-4899-964e-f337ae3b6777	5e778adf399b4865b2e92f1aebaba5f986ba55570e69c5c31891fc824e40581c	953ffefc28839eeb40f7c5d10fac8b90146b58292b76ae07abb36e0f42a8e5cf
1076	2026-12-05 03:07:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	857b8877-6c90-4c4f-b3ce-25c1d4c8e550	953ffefc28839eeb40f7c5d10fac8b90146b58292b76ae07abb36e0f42a8e5cf	98897a3059588aabb36829b6b1c764240de0cf57a3f086321ea00711e341fd6c
1077	2026-12-05 03:07:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26c0db1a-9ceb-45f1-8e2e-4e3afb84ab42	98897a3059588aabb36829b6b1c764240de0cf57a3f086321ea00711e341fd6c	2d401d9a2b743e8b8385ef04270927ffc362a30d087c4c3b6a31f70cc578634b
1078	2026-12-05 03:07:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1c13ed3-da42-40fa-86f0-703fbc5be739	2d401d9a2b743e8b8385ef04270927ffc362a30d087c4c3b6a31f70cc578634b	49818329b0bf3293fae7a33508e299635f9b886bcccbcace85b5fe79900d8895
1079	2026-12-05 03:07:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e7357d24-9d6b-4685-b7c6-83f866c00d9e	49818329b0bf3293fae7a33508e299635f9b886bcccbcace85b5fe79900d8895	14d45d31af54da7c2bea1c1a1f001d5700578cc868cd72cf2affa2c76df5da7e
1080	2026-12-05 03:07:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	85d57daf-ec56-4128-b939-b3236ca95b3e	14d45d31af54da7c2bea1c1a1f001d5700578cc868cd72cf2affa2c76df5da7e	612de73c9543c2336057b29f6af004e6833e579649204864288aed713b9a8942
1081	2026-12-05 03:07:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	380d375d-4928-468e-b0cf-83799e50abd4	612de73c9543c2336057b29f6af004e6833e579649204864288aed713b9a8942	1dfcdca6f6580df697a6a0b0321f6f55670adbd0ffbc5b17ba5b6627148c19c6
1082	2026-12-05 03:07:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6aade03a-02a3-4f1d-a777-16b3e17ab94c	1dfcdca6f6580df697a6a0b0321f6f55670adbd0ffbc5b17ba5b6627148c19c6	358ada22cb217f235b8e65c3cc75363714ecbdb0569bee4494fc5e6435761a2f
1083	2026-12-05 03:07:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1c2e057-49b2-47ef-90e9-fbfd64ba92b3	358ada22cb217f235b8e65c3cc75363714ecbdb0569bee4494fc5e6435761a2f	6c1faf5f2cccf268d80513c67f4365472818bbb008cafa73d1fdba9684de69e8
1084	2026-12-05 03:07:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f153204d-af2c-4216-97da-6e11b2be841f	6c1faf5f2cccf268d80513c67f4365472818bbb008cafa73d1fdba9684de69e8	9f0559a7e61157d669a69f62a8296d7587ab1e23898d17643c0818ab482034dc
1085	2026-12-05 03:07:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b8c7e4fe-8e71-4692-b58c-1036439d4c80	9f0559a7e61157d669a69f62a8296d7587ab1e23898d17643c0818ab482034dc	ab7a57a20de5752795aeba73f093380bf1c55b92c976e5509790163f01ff3964
1086	2026-12-05 03:07:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	88fa9f8c-6ffb-475b-a401-9ef16efa3e9f	ab7a57a20de5752795aeba73f093380bf1c55b92c976e5509790163f01ff3964	0da07d23590d1dc1cbf342a0d62065b57a74776718ae223052f7b4455d50e277
1087	2026-12-05 03:07:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	147c5be3-344e-41b9-a5de-b2eaf0b7fd7e	0da07d23590d1dc1cbf342a0d62065b57a74776718ae223052f7b4455d50e277	4198dd3e182740d74b1ff7b9918bc81824fefef18366fe94683ca91b01ecd747
1088	2026-12-05 03:08:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a5cba0a-a1ab-410f-afe7-20999c525281	4198dd3e182740d74b1ff7b9918bc81824fefef18366fe94683ca91b01ecd747	366a89c33aeb31a410df58bdf575d75471d639c6d61f52d703a9c9305b049df0
1089	2026-12-05 03:08:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62cceb43-185f-469f-a109-0966cd71bd2e	366a89c33aeb31a410df58bdf575d75471d639c6d61f52d703a9c9305b049df0	18acb9a678446310b779ac8bd74311f042548067b066b5cbd2525f56380c05fd
1090	2026-12-05 03:08:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ad6aab4-f41b-4de3-b81f-ccc2d1b56676	18acb9a678446310b779ac8bd74311f042548067b066b5cbd2525f56380c05fd	242d5b3c78d98934f486b1dfee62f3adb74968197d5b12bb209b6be3cb7cdc0d
1091	2026-12-05 03:08:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	81a29fea-c347-4c4d-874c-fb6ec3adfc90	242d5b3c78d98934f486b1dfee62f3adb74968197d5b12bb209b6be3cb7cdc0d	f6abfde0887ee2440d470eee0b6a9c50a395eced2b6ccbd1d7e189c51bd92d20
1092	2026-12-05 03:08:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4f3b0d11-c81a-4a74-a29a-c81056606f8f	f6abfde0887ee2440d470eee0b6a9c50a395eced2b6ccbd1d7e189c51bd92d20	aa9367833601334f3ccf3ea9d13f1ff18883e5e6d52fdb23a8a0c6aac1f6fd9a
1093	2026-12-05 03:08:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a51e4eb-d6fc-410a-989b-75b2de718259	aa9367833601334f3ccf3ea9d13f1ff18883e5e6d52fdb23a8a0c6aac1f6fd9a	b990724b13056ee660d996930628b2bb8c86cd6c99253416ba694d084a774606
1094	2026-12-05 03:08:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee479844-9d92-4bac-88be-0d54adfcaf08	b990724b13056ee660d996930628b2bb8c86cd6c99253416ba694d084a774606	a03b09a16cd1defa104675b1635af7c080126e7a01b4f67ff9f26ac50c015132
1095	2026-12-05 03:08:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	313c57ff-a033-494b-b74c-450f6ca9fdf3	a03b09a16cd1defa104675b1635af7c080126e7a01b4f67ff9f26ac50c015132	0a0503389274da2d892997e95fc5fac76a0769baa76bf79299d402bb0412691a
1096	2026-12-05 03:08:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	401da0e7-133e-4aea-9908-d705a588f09d	0a0503389274da2d892997e95fc5fac76a0769baa76bf79299d402bb0412691a	2800e60e45c03d2c7529f4aafdeaffeb983e9626c51804ebb2d0abd01a07b7f2
1097	2026-12-05 03:08:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bc71464b-ba18-4b0e-8b89-fc7da92b3717	2800e60e45c03d2c7529f4aafdeaffeb983e9626c51804ebb2d0abd01a07b7f2	f724d9eb02685f7960d2d461f13036da3faf5f9301b1eabfa873e326149e105d
1098	2026-12-05 03:08:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b278ee5a-7f08-4e1c-8f1e-89e1972e0bd8	f724d9eb02685f7960d2d461f13036da3faf5f9301b1eabfa873e326149e105d	b04f8a52c6f5de6a3ebb5860705ea4a9a1a5e735c6578a3a57a1d43114e401ef
1099	2026-12-05 03:08:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6030469-6105-4ea0-bf16-55a03da52e71	b04f8a52c6f5de6a3ebb5860705ea4a9a1a5e735c6578a3a57a1d43114e401ef	bb734e191596e90cf9c27dddb95d6bf1a5aeedf4ff2844432b4ab11a81ef7287
1100	2026-12-05 03:08:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6b554db-f957-42ab-b0dd-35fbedeec290	bb734e191596e90cf9c27dddb95d6bf1a5aeedf4ff2844432b4ab11a81ef7287	1036fd402443d0acf1add7082215c459cc0c71e816d2fd70b6a3b02eac0d55f9
1101	2026-12-05 03:08:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9463fb65-2d20-4d10-95db-21b4fc97fe6b	1036fd402443d0acf1add7082215c459cc0c71e816d2fd70b6a3b02eac0d55f9	4dc233b63a87f98ecfba9057cc7648b4c8762e61417f2f184bd9770702768331
1102	2026-12-05 03:08:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	68441eee-270c-4ce3-b23d-8e1ed0444001	4dc233b63a87f98ecfba9057cc7648b4c8762e61417f2f184bd9770702768331	2a3ae31ea7828d702f65ebbce061fec456aa8bcc0cef8ead989bdc3d3dd42f18
1103	2026-12-05 03:08:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4cbfa799-ab6c-4ee9-a96d-a9a4752189e3	2a3ae31ea7828d702f65ebbce061fec456aa8bcc0cef8ead989bdc3d3dd42f18	5a91acde709ea217282bc2493655e9e1547056e4d950bde69abf4ba4cfb57835
1104	2026-12-05 03:08:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb6c5b01-db35-404a-851c-c6a43697c77e	5a91acde709ea217282bc2493655e9e1547056e4d950bde69abf4ba4cfb57835	c1522156a43ae4359b1a87ca44f42373f6bcd94a09ac4626ce4526d7490d4eea
1105	2026-12-05 03:08:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb4150cd-01dc-40ed-898e-6fa6565af276	c1522156a43ae4359b1a87ca44f42373f6bcd94a09ac4626ce4526d7490d4eea	d5f8ca921c307c545c9e1cf482bb3297e84b44b8a8f81e8f31eceb7303bf78a2
1106	2026-12-05 03:08:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	92e1880f-59c9-4267-b676-f30bd2910ea3	d5f8ca921c307c545c9e1cf482bb3297e84b44b8a8f81e8f31eceb7303bf78a2	44d59fc88269b366375d1d3b32e0d98ee40013a6e9c41265debc5bce1f01c985
1107	2026-12-05 03:08:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a11b8a3-0734-414d-ac40-aba6ebc8dbc4	44d59fc88269b366375d1d3b32e0d98ee40013a6e9c41265debc5bce1f01c985	091e8541be6f163dedb9aa853f644c677ffd90d7164356efa9f774e68e88bee5
1108	2026-12-05 03:08:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3ae8bf20-636f-4ddb-8b24-8426e9a34464	091e8541be6f163dedb9aa853f644c677ffd90d7164356efa9f774e68e88bee5	729af28abc184d9917241a3ce7192c5793d4524b4c7b94ece822153913ff4fdc
1109	2026-12-05 03:08:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1fe479b8-d8a4-4e59-b249-e06a009afc0a	729af28abc184d9917241a3ce7192c5793d4524b4c7b94ece822153913ff4fdc	76a282d4f841c58cac4fe5205cd854e7ebd3f3d03140a258b341090e262338fc
1110	2026-12-05 03:08:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45b4644d-a34d-46a3-b790-7d3d50d5e7e1	76a282d4f841c58cac4fe5205cd854e7ebd3f3d03140a258b341090e262338fc	ea62d244f562c0b2d30d337b145d22941443bb9695cdb150efbfdcce5ae9430e
1111	2026-12-05 03:08:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4eba8a9e-af70-4f82-b284-f272ada5574a	ea62d244f562c0b2d30d337b145d22941443bb9695cdb150efbfdcce5ae9430e	ee8dbe19089302a8e27738b70beaa9b01714644a18589c23cc3997836b70a92a
1112	2026-12-05 03:08:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7643de1f-9928-4679-977c-7aa6bcae6b9b	ee8dbe19089302a8e27738b70beaa9b01714644a18589c23cc3997836b70a92a	943162ee4f62c656810fc1d771f646cde6ff0f1014961de2a729d80191e7d6a3
1113	2026-12-05 03:08:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	444f3f2f-6a34-4098-88dc-e42648f29927	943162ee4f62c656810fc1d771f646cde6ff0f1014961de2a729d80191e7d6a3	0311026c4e0afeb5fa4a2e232177d07817d20e978e361cd1f147072e826feca2
1114	2026-12-05 03:08:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	066149ee-f545-411d-af24-7bc660ac1d36	0311026c4e0afeb5fa4a2e232177d07817d20e978e361cd1f147072e826feca2	67f49989621834052f75277dafbc40298ab0fbe92fff3fc75bc5683d13e1593f
1115	2026-12-05 03:08:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14588ddb-b814-4885-ba9b-fee21ca1893c	67f49989621834052f75277dafbc40298ab0fbe92fff3fc75bc5683d13e1593f	ebe05a95dc2929973e354956bb643c6ec69b37be2a0133581ba0d55aa147d3f9
1116	2026-12-05 03:08:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cdcf16c5-d169-4be7-859e-c1d43f936dc2	ebe05a95dc2929973e354956bb643c6ec69b37be2a0133581ba0d55aa147d3f9	50cb72c18d0466b659685e4fa53bc3790e0e45f05a6a7a6239cfe5ed1d39e5f3
1117	2026-12-05 03:08:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b363c0b-8b21-4acf-b688-95fd21cd803b	50cb72c18d0466b659685e4fa53bc3790e0e45f05a6a7a6239cfe5ed1d39e5f3	3d786cfaaf9962f3acc5101050792478dfc4a5debaa2909e5d9e04afcb6a064c
1118	2026-12-05 03:08:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c133542d-f255-4dfa-a5a4-383388e7f808	3d786cfaaf9962f3acc5101050792478dfc4a5debaa2909e5d9e04afcb6a064c	94a8742000b921bc64be18de05778062872efc9e5d92d17031cd7bb78442adb6
1119	2026-12-05 03:08:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62bbd4ba-ecf0-48b2-9805-c5746008ac71	94a8742000b921bc64be18de05778062872efc9e5d92d17031cd7bb78442adb6	f762987aab9ca07d41ba81092001ce085c8bfa02f24e076c01755ce54f2ef281
1120	2026-12-05 03:08:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5192f35-bbd7-4b3a-ae97-c7dae2c69d96	f762987aab9ca07d41ba81092001ce085c8bfa02f24e076c01755ce54f2ef281	2c5b595a04dad02428a4389a0d859b39ace1a804a9a52d78e108e47dfda99e17
1121	2026-12-05 03:08:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e788cc7-49ca-487c-8eef-fc7ffd070d20	2c5b595a04dad02428a4389a0d859b39ace1a804a9a52d78e108e47dfda99e17	3a165d188094e853eab7b35d1edf00e62d8243595421c07e176060705f6da3c2
1122	2026-12-05 03:08:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bed096d9-8ac5-4196-a7dc-b33fe531e43c	3a165d188094e853eab7b35d1edf00e62d8243595421c07e176060705f6da3c2	7381c2d36537ad65e6a4ddd641bb6547580a572b55fe1d8065b3acf0f715dd7e
1123	2026-12-05 03:08:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aae062ea-b676-4d77-a811-e70727234cbf	7381c2d36537ad65e6a4ddd641bb6547580a572b55fe1d8065b3acf0f715dd7e	70aefa8f8e7603d1d49a0dd4a1d3ddeacaa9e78928dc539d551d166ec4f606ae
1124	2026-12-05 03:08:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	57dac3a7-57d6-417b-8c38-e9a53ad07605	70aefa8f8e7603d1d49a0dd4a1d3ddeacaa9e78928dc539d551d166ec4f606ae	a8f431107d29af432876c6f38d2bfbf98be51a91db2f1ffbfe976a180228988d
1125	2026-12-05 03:08:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	232bb294-4591-4c8a-bd69-63891aab9948	a8f431107d29af432876c6f38d2bfbf98be51a91db2f1ffbfe976a180228988d	a212aef6b8655a1e3940ca2e2d97d5b1f86c38437a50f33cdea180575488a0ba
1126	2026-12-05 03:08:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0cbd4898-b993-42af-9b30-1b076ddc2d73	a212aef6b8655a1e3940ca2e2d97d5b1f86c38437a50f33cdea180575488a0ba	4a6418877994a4f7f774a5102fb9b91aa6bff9cf74176bb114bd18ea17986bc8
1127	2026-12-05 03:08:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9f777f8-34dc-4396-a8cb-f7ac152316ea	4a6418877994a4f7f774a5102fb9b91aa6bff9cf74176bb114bd18ea17986bc8	b155f4cd0a9dd89c953c1027a223edff7ee6907b9f153ea1f7fa45f7abef53e1
1128	2026-12-05 03:08:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0e60b6f-2db1-4a2e-b03b-846b17c01f58	b155f4cd0a9dd89c953c1027a223edff7ee6907b9f153ea1f7fa45f7abef53e1	e5df686850c9095ec7ab4bacd880ac2807c3672f028076903655fed19ee7e1cb
1129	2026-12-05 03:08:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b346fd23-a9e7-45ac-b9da-b10a4ebb64a0	e5df686850c9095ec7ab4bacd880ac2807c3672f028076903655fed19ee7e1cb	834bb8e579b5532525370ff0207e2608fb451ad78d46ca9cdc312e9da094229a
1130	2026-12-05 03:08:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0e5689a7-0cd3-477e-8a95-33988c1424c8	834bb8e579b5532525370ff0207e2608fb451ad78d46ca9cdc312e9da094229a	0f4bb96837a915e32eeac955ef7647f7bbf96ae9c9591a22e70de565a5176c9b
1131	2026-12-05 03:08:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7bfd7f4c-90da-4607-9fe3-6057582646b7	0f4bb96837a915e32eeac955ef7647f7bbf96ae9c9591a22e70de565a5176c9b	04526c026ad095a456ed30234e027008d158b2fbd1bb9905a8e8244c86311ed5
1132	2026-12-05 03:08:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ab2345d8-c3d8-46b1-ac71-837f17f4a3c0	04526c026ad095a456ed30234e027008d158b2fbd1bb9905a8e8244c86311ed5	4d3c469a1f435bc9938106fcfcc3c2f5eb83d0e8cacba43108d11463ee8a0a67
1133	2026-12-05 03:08:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed39b4fd-929f-4524-81cb-fda08d554d50	4d3c469a1f435bc9938106fcfcc3c2f5eb83d0e8cacba43108d11463ee8a0a67	326fb068c2980595cc7f1a0aef5eaaf76c3fc88e73c7cf91d6ee94ea54c0e9bf
1134	2026-12-05 03:08:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d044be1-5d54-4bd3-890c-1d447cbc4101	326fb068c2980595cc7f1a0aef5eaaf76c3fc88e73c7cf91d6ee94ea54c0e9bf	2703566f306fcfa6545d15f44d7e3498fa085a73df3b68c94424e16c0985659e
1135	2026-12-05 03:08:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45c76ae5-4c70-458e-8677-59bf79e70988	2703566f306fcfa6545d15f44d7e3498fa085a73df3b68c94424e16c0985659e	a13b4044edc2d0951ef4aa31dd1b6f344bc91f44d26ff48b2e09ac94b1b5c807
1136	2026-12-05 03:08:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	029dc935-7ca7-45a2-a0fa-b7f2d6901046	a13b4044edc2d0951ef4aa31dd1b6f344bc91f44d26ff48b2e09ac94b1b5c807	eb9927be162c3d7634302aead50f76db52d4addf2227627b51313ee2518b0f1c
1137	2026-12-05 03:08:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8630e27f-1b23-40b2-8e14-b898d62ce6cf	eb9927be162c3d7634302aead50f76db52d4addf2227627b51313ee2518b0f1c	4b9c308f887550662c4dc323e96c3c3716066bef8b97c09bfaa257f11331315e
1138	2026-12-05 03:08:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd3500c6-8f78-4fff-b8db-9ec3b9c85075	4b9c308f887550662c4dc323e96c3c3716066bef8b97c09bfaa257f11331315e	2aa8df5e19424126725806b9fda8da7124978a03ad78a491a7808c228b3550d3
1139	2026-12-05 03:08:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d343a53-0f3e-445e-bf03-15f9ca4d1513	2aa8df5e19424126725806b9fda8da7124978a03ad78a491a7808c228b3550d3	790430df47de00f55fdd6faa1616910530811b9d1b59352de2e98cdcdec97885
1140	2026-12-05 03:08:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5bcce9a7-fe33-4ebc-93ad-fba4a6ac8a94	790430df47de00f55fdd6faa1616910530811b9d1b59352de2e98cdcdec97885	e41cf070d52de8cbb0593a08689cf897c93e0790d0554d749e069797ec650682
1141	2026-12-05 03:08:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	571c5959-56d6-4535-a96e-9aaecdb9c5dd	e41cf070d52de8cbb0593a08689cf897c93e0790d0554d749e069797ec650682	b93036147798c85f339a64d588a73a38885dd1c88d7f7d0d8e495b3a5737c6bb
1142	2026-12-05 03:08:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd5dab54-6ae0-48cf-80f0-f8e867448d1e	b93036147798c85f339a64d588a73a38885dd1c88d7f7d0d8e495b3a5737c6bb	8dfd387e4c2c02ea39653146180401c7ae9d077bfaac64ea9337b643d0217ec6
1143	2026-12-05 03:08:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2ab80047-f55e-41ab-a540-027717292be2	8dfd387e4c2c02ea39653146180401c7ae9d077bfaac64ea9337b643d0217ec6	32fc0bfe601f4e3bb5ba344fbe47afb7e7a51ccd802c25cb6684f2c24beb2f2d
1144	2026-12-05 03:08:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aaa10f73-df4b-45c1-993a-5dd039ffa189	32fc0bfe601f4e3bb5ba344fbe47afb7e7a51ccd802c25cb6684f2c24beb2f2d	f766b3ff84dc7de3b1c941a195b3365c812cf39f8bc6871488dda93c3e303edc
1145	2026-12-05 03:08:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cd9342bb-f1c1-4cc3-be0f-655b53f2ba04	f766b3ff84dc7de3b1c941a195b3365c812cf39f8bc6871488dda93c3e303edc	c1c293cfb3f2bf48ca7a748d90b64b7ac1ac9f52b741a64eb2cdda87d0d06e61
1146	2026-12-05 03:08:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c36c956-d517-4e6e-aba6-16cb31205a16	c1c293cfb3f2bf48ca7a748d90b64b7ac1ac9f52b741a64eb2cdda87d0d06e61	d6d42264f0c2772b690a381a90e2eb367786d0d6c665ed1583876e9241ce4ffe
1147	2026-12-05 03:08:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76bfe5bc-7180-479d-8581-e884c53feb80	d6d42264f0c2772b690a381a90e2eb367786d0d6c665ed1583876e9241ce4ffe	c39abd9563a7abbdf98297a96a9cb518ed2fdca3c0a6fdc2e1837184f3cba9aa
1148	2026-12-05 03:09:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	57cabe84-2e3c-4043-aaff-dced48c39c7c	c39abd9563a7abbdf98297a96a9cb518ed2fdca3c0a6fdc2e1837184f3cba9aa	4184086d475dd7fb005991eb93350620f40f42ac5c0a23cae17e8caf0c87f1d8
1149	2026-12-05 03:09:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bca89006-04a6-4d22-8275-63d8772b8b58	4184086d475dd7fb005991eb93350620f40f42ac5c0a23cae17e8caf0c87f1d8	c2676c4cccb19d14b2f07ac8c739c53d00f2a15bf1d575ea74c537ad1b9f97f5
1150	2026-12-05 03:09:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b916869f-3f15-4219-85e9-2ad01d9865c9	c2676c4cccb19d14b2f07ac8c739c53d00f2a15bf1d575ea74c537ad1b9f97f5	178b8a68a4ebe485223104a267c32714c1823ef5d2c1ce776d349d184cd0cb1f
1151	2026-12-05 03:09:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d3e73d4-eb93-43e3-823c-9ca95364c5f0	178b8a68a4ebe485223104a267c32714c1823ef5d2c1ce776d349d184cd0cb1f	503f89aae35f74688c9dfd89a230c42630ea2703f9eba45454d8a7c909a9d14b
1152	2026-12-05 03:09:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	47db7279-0662-4b9a-b4d7-ae9748906c63	503f89aae35f74688c9dfd89a230c42630ea2703f9eba45454d8a7c909a9d14b	5267c4919eea7e7fc9bf54238bf9694cb8e10c9b9decb7fdfb4f6ad9cc017e7e
1153	2026-12-05 03:09:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	628e8a25-fea2-4753-b388-0cf473151c8e	5267c4919eea7e7fc9bf54238bf9694cb8e10c9b9decb7fdfb4f6ad9cc017e7e	2afeb0a29206a642b0d9f62a81404c0ab02b9140752d4346c89881ce2315f683
1154	2026-12-05 03:09:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb033d0c-2d04-4ed6-8f12-0986a18fc94e	2afeb0a29206a642b0d9f62a81404c0ab02b9140752d4346c89881ce2315f683	9034d626eb3a60d2c9599df568a3c862c344bd9cd7d2e7e9fbe79b16bc33380b
1155	2026-12-05 03:09:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a4ef520-0d90-4bf5-ac4c-9b08cdebc5a0	9034d626eb3a60d2c9599df568a3c862c344bd9cd7d2e7e9fbe79b16bc33380b	0eb3ee2ce9488ccfd6ca31ad8821a514e6d898d0d5c50a2ca3fd1649ebbac0c7
1156	2026-12-05 03:09:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	baa91754-5f8a-4b6b-bbb8-6b6e83cef87b	0eb3ee2ce9488ccfd6ca31ad8821a514e6d898d0d5c50a2ca3fd1649ebbac0c7	dd69e8c17140661bf470361c0a7648021edade6695b4df00ff58cbf0936749c7
1157	2026-12-05 03:09:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c07b03e2-a098-42df-9f2f-817eb3f4d178	dd69e8c17140661bf470361c0a7648021edade6695b4df00ff58cbf0936749c7	831526b612625f1547991423e3a6c708162245c7dbfb36ffaa74fdc94b501e04
1158	2026-12-05 03:09:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3a691cfb-7547-4902-ae9e-b821edbfa02c	831526b612625f1547991423e3a6c708162245c7dbfb36ffaa74fdc94b501e04	573a0b79b8fab6017cc1d014af4aba50c61d0e5a694cb49b6bd9cbf49265f8ee
1159	2026-12-05 03:09:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	00dbf4dc-305d-4c53-959a-be6aa83cc72a	573a0b79b8fab6017cc1d014af4aba50c61d0e5a694cb49b6bd9cbf49265f8ee	7a1fb0c46b94a4a39734c73673447886861203e748c60f53fccbd21a0b031340
1160	2026-12-05 03:09:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a702ed7-2f7e-411e-8109-6d1ccc9b887a	7a1fb0c46b94a4a39734c73673447886861203e748c60f53fccbd21a0b031340	8b7671153a52c15e93de362d25b0475c867345722005ccec1d13d6085aa26da2
1161	2026-12-05 03:09:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	49e1f10a-f1e2-468a-a209-b8d646218d0d	8b7671153a52c15e93de362d25b0475c867345722005ccec1d13d6085aa26da2	495424e288f37343c04786c95dc4a3edbfd9ad07514f3adafd19d1048ed7e4de
1162	2026-12-05 03:09:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ecd0e849-739d-4468-bb92-1d013d779592	495424e288f37343c04786c95dc4a3edbfd9ad07514f3adafd19d1048ed7e4de	566a2da92cbe1dec209c24e6c85a1d490be15a57561744df835b871d4ee30428
1163	2026-12-05 03:09:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e7b11ac-c9b6-4e80-a442-b4857a8d2693	566a2da92cbe1dec209c24e6c85a1d490be15a57561744df835b871d4ee30428	7e3d95ab44d6c1ddc60cc29477ddc8d47dcee71b069c25c5c112271ce8f3343c
1164	2026-12-05 03:09:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b95b42c-7ddb-484f-b02b-a9f39745ba55	7e3d95ab44d6c1ddc60cc29477ddc8d47dcee71b069c25c5c112271ce8f3343c	85c5e39a0d9034925abde9d4357ba2a7d35190e570dd5ad035202f72658800fb
1165	2026-12-05 03:09:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	33ccb471-f965-44a9-8a48-6abb7dbf955c	85c5e39a0d9034925abde9d4357ba2a7d35190e570dd5ad035202f72658800fb	14898fb46d0cfca7c8da2dd0bab592431cc255c09ec13401ec962cb93ea93c55
1166	2026-12-05 03:09:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e350fa5-4ff3-4a46-ae06-ac8488fb40c8	14898fb46d0cfca7c8da2dd0bab592431cc255c09ec13401ec962cb93ea93c55	f3e2e25dcc17e91dc42f12246c3dc590838ff4b8aba38a698c243eda0c6ac8a8
1167	2026-12-05 03:09:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3584ff9f-3eff-4019-8b39-87b3d538f8ba	f3e2e25dcc17e91dc42f12246c3dc590838ff4b8aba38a698c243eda0c6ac8a8	a19eeb921d535258c0617202c15b6b0e1033645c8dc5e4ec7836198bc009d2fa
1168	2026-12-05 03:09:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90a7888d-2756-48ca-891c-2ccef8e98f91	a19eeb921d535258c0617202c15b6b0e1033645c8dc5e4ec7836198bc009d2fa	2801ae42237d4d39cda5ae0160ea1970a8200d493cfd947482ca05f26a4aa0a9
1169	2026-12-05 03:09:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a04e2c3-5307-4d03-9e4f-f9d3a8eb121b	2801ae42237d4d39cda5ae0160ea1970a8200d493cfd947482ca05f26a4aa0a9	e8f2b27af19c9e622859e4dac0614f91c62ead628d273ba01173e0d1657784e1
1170	2026-12-05 03:09:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2892714e-1fd2-46df-b64b-549f1fe8a21a	e8f2b27af19c9e622859e4dac0614f91c62ead628d273ba01173e0d1657784e1	e5361817b913ebf6f72b42e6de8d530feead06e90d6b4bd1565a936f92d8bfcb
1171	2026-12-05 03:09:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	692e8dc2-44fe-4b9d-a9eb-a3781e974488	e5361817b913ebf6f72b42e6de8d530feead06e90d6b4bd1565a936f92d8bfcb	e42fe87bb29791d1117d97293f85fc0407a35d3d52604f31ea3d9be227050195
1172	2026-12-05 03:09:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d7f325b6-1c5d-4e0f-8e7b-58c4258991f6	e42fe87bb29791d1117d97293f85fc0407a35d3d52604f31ea3d9be227050195	202ea22fa9080bbbc6a8db8ded336c2dd551248e83f838f60660826176044afe
1173	2026-12-05 03:09:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	20c4ed55-6b5f-4bed-a0b8-113a7b38ebdd	202ea22fa9080bbbc6a8db8ded336c2dd551248e83f838f60660826176044afe	e9f2eef5b2785e4da71b6217d627aa591ce42fb7ee2e588ef53f1c5ecd4fdbfb
1174	2026-12-05 03:09:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66b8b644-a3a8-4e0c-948d-e9390b12a8f5	e9f2eef5b2785e4da71b6217d627aa591ce42fb7ee2e588ef53f1c5ecd4fdbfb	e16a80cb77b77f612716406383c65d961064498789b40c8a7965be39d9370513
1175	2026-12-05 03:09:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7af73802-e6a3-43ab-8853-8fba7ebec203	e16a80cb77b77f612716406383c65d961064498789b40c8a7965be39d9370513	210c9a992207be1d9d48d16c6543bea1048af3688599770b1c6f965aec5a7c1c
1176	2026-12-05 03:09:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	517583a8-4ead-432c-aed7-8e820710bdc5	210c9a992207be1d9d48d16c6543bea1048af3688599770b1c6f965aec5a7c1c	0a9029da1eb587811512cff7450add843dfc088de930bc3706defafbc0e6d75f
1177	2026-12-05 03:09:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4795ff8e-f208-4157-a3f7-367d4bddd0d5	0a9029da1eb587811512cff7450add843dfc088de930bc3706defafbc0e6d75f	35a5017f40cbdf00482f9e1b1ca61939ae7e5b0d2857c5502626e75c5ffc7e5e
1178	2026-12-05 03:09:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e9d1a82-1822-442c-ac5f-62fd79d566db	35a5017f40cbdf00482f9e1b1ca61939ae7e5b0d2857c5502626e75c5ffc7e5e	488cd7bdb37b9fd15a568cd183c43e7bd2ed50156770598d51a7fcb0688501b0
1179	2026-12-05 03:09:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	15d7ee2b-ff89-4fc1-b395-df723e517bb8	488cd7bdb37b9fd15a568cd183c43e7bd2ed50156770598d51a7fcb0688501b0	8217edf8aea589b9b3cb66b9bcb283b28747d1dd6751b40a991c06fce0e51fe6
1180	2026-12-05 03:09:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	07f28c6d-5fc7-4198-b15d-28bc955c51d1	8217edf8aea589b9b3cb66b9bcb283b28747d1dd6751b40a991c06fce0e51fe6	9f107f3dbc02261bf7fb8c9afbe290010c74c2b9c66430e7e15241c585f31978
1181	2026-12-05 03:09:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f70e2a4f-6102-45a5-bca6-721dd8f27c8f	9f107f3dbc02261bf7fb8c9afbe290010c74c2b9c66430e7e15241c585f31978	89bb8587fbc7b1560e37b21a593b119d62daf72533e70d4b90b5fae27fe7b2f8
1182	2026-12-05 03:09:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	122093f2-792d-4c59-b983-e624f18f0dad	89bb8587fbc7b1560e37b21a593b119d62daf72533e70d4b90b5fae27fe7b2f8	3d26f3e6251939e068f9e82c04a5ff85151f07d9e7aa1c0246503ee02412c06b
1183	2026-12-05 03:09:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2061e95-a836-424b-b0b2-3d462003392c	3d26f3e6251939e068f9e82c04a5ff85151f07d9e7aa1c0246503ee02412c06b	535cab44643ec3f6849580dd283d8678d750604300e750ceaa4176d8810b453d
1184	2026-12-05 03:09:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	34ddfb8b-3894-40c0-b471-6740956c098b	535cab44643ec3f6849580dd283d8678d750604300e750ceaa4176d8810b453d	b7ee29cdf074d3bcd3e53343d22836295d6a295bc2fccbdc463c726dadd05ee5
1185	2026-12-05 03:09:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	16631e1c-0bdf-456b-a6ab-a283f93e024f	b7ee29cdf074d3bcd3e53343d22836295d6a295bc2fccbdc463c726dadd05ee5	bf9ed708e3a32edc337b97c84215a0bd431e0b3110309c03eca74d5dfadeae0b
1186	2026-12-05 03:09:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d8fa729-ce23-45aa-b6c4-1904febf70a5	bf9ed708e3a32edc337b97c84215a0bd431e0b3110309c03eca74d5dfadeae0b	566ababda98816e76055ddbaa089bb81cb1a0e644b71bfb93cf6e4e9b532098c
1187	2026-12-05 03:09:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	631560f6-f5fe-4a92-aa67-ffc0ce5bafe6	566ababda98816e76055ddbaa089bb81cb1a0e644b71bfb93cf6e4e9b532098c	f13931d1e86e83bff7cb9281c4f23c3f5e2074fe06c43a56bfa245c2ecbec8c7
1188	2026-12-05 03:09:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	977e3e80-9e2f-4843-b179-3d27125d305b	f13931d1e86e83bff7cb9281c4f23c3f5e2074fe06c43a56bfa245c2ecbec8c7	42180932176cf609bbdebef0a46277fcb20c228f8fb34f6371e427286590b738
1189	2026-12-05 03:09:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ef211641-542b-40d9-a709-716eaa51595e	42180932176cf609bbdebef0a46277fcb20c228f8fb34f6371e427286590b738	8a8dae060df9ce3c00aed5d3a09d43938e476043515445ca66ff12a19ef4debc
1190	2026-12-05 03:09:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d9424c06-cd9d-4925-9683-90f8bc56687a	8a8dae060df9ce3c00aed5d3a09d43938e476043515445ca66ff12a19ef4debc	23c25aabeb2746b25473b31aab2050a21e69c23ff65b96ab45873460ac861ae6
1191	2026-12-05 03:09:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05d6a43e-249f-47f1-a80c-c3276452d130	23c25aabeb2746b25473b31aab2050a21e69c23ff65b96ab45873460ac861ae6	a92b066ca0b5840fea69cc9bd00c2a4d2324948074751d6687c4aec13b4f7eb0
1192	2026-12-05 03:09:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a3adbdc-2abb-4b0f-92c3-b365de496c03	a92b066ca0b5840fea69cc9bd00c2a4d2324948074751d6687c4aec13b4f7eb0	367dcf3647990f197835794ad670cfe23daabc78bc4a84198df4bbb22542a36f
1193	2026-12-05 03:09:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c1e92f1-10b6-4c7c-8fdc-f5ba7f79a5da	367dcf3647990f197835794ad670cfe23daabc78bc4a84198df4bbb22542a36f	38333cb2de8b4d1871bd6c286546f9bd666bb6a3f0c00d3fc19bf7ca0f29c329
1194	2026-12-05 03:09:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	666e40cf-012c-44aa-a4a0-aec251ea2a35	38333cb2de8b4d1871bd6c286546f9bd666bb6a3f0c00d3fc19bf7ca0f29c329	aae457aba3690a6a677a6f8abc8131493ef335c9f01b786ae42243c8b0c76144
1195	2026-12-05 03:09:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	395d398d-c79b-49be-98b8-15b8b2629b3f	aae457aba3690a6a677a6f8abc8131493ef335c9f01b786ae42243c8b0c76144	ec55b53ed16ba0dfcc215ff82c1cc504a17c2d57ab6a35113efd10d244e24c35
1196	2026-12-05 03:09:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f2678fe-fb8f-49cb-b296-549017b87c03	ec55b53ed16ba0dfcc215ff82c1cc504a17c2d57ab6a35113efd10d244e24c35	72d91efdae787f5a688110df594a196405df352343110be4c174dac7507ba2ff
1197	2026-12-05 03:09:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4faca3d4-64db-473e-9375-91dc10c5a68a	72d91efdae787f5a688110df594a196405df352343110be4c174dac7507ba2ff	cf799e6d2c9d77c573a34c207b2ca88c2ef1d15899656de79254c3eda000fb63
1198	2026-12-05 03:09:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f130f163-bcb4-46f1-9fc3-bbaf8aa023e7	cf799e6d2c9d77c573a34c207b2ca88c2ef1d15899656de79254c3eda000fb63	74b896e3f3a1e76c1f679750c5a927f856ecdc876ea1228b9caade427eb67d64
1199	2026-12-05 03:09:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b781b6e5-c11d-4be6-9ccf-1ea21305c360	74b896e3f3a1e76c1f679750c5a927f856ecdc876ea1228b9caade427eb67d64	9642ae27b677b11b5e8cd3969b94b5b3fa2ef65ac7202e7a7a3222cab2ad6f4d
1200	2026-12-05 03:09:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df92ec11-3e1f-482d-9f44-b8b2e3d5e1c4	9642ae27b677b11b5e8cd3969b94b5b3fa2ef65ac7202e7a7a3222cab2ad6f4d	8a76e891a6ef014c0949501c7b04452717891cd96184aa207ce496710caaa568
1201	2026-12-05 03:09:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ec2a894-96c0-446b-824a-9c485997a00c	8a76e891a6ef014c0949501c7b04452717891cd96184aa207ce496710caaa568	f57438f202dc1e1be393739318f50d95848408795b5d3dc7892132dc96f4b922
1202	2026-12-05 03:09:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e8dbb6fd-0bba-434b-b3a8-588f3322ddd7	f57438f202dc1e1be393739318f50d95848408795b5d3dc7892132dc96f4b922	16d95537fe04a01821d5a79ef817d362212aaf822f85ff560392937a5551957e
1203	2026-12-05 03:09:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	940c9a95-8a46-4675-994c-525879e45ad6	16d95537fe04a01821d5a79ef817d362212aaf822f85ff560392937a5551957e	a4b8e62e6ec8d044c704eb2b1fad2f276a895d704bebb0c0fa5874ec5a5454f3
1204	2026-12-05 03:09:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee72e9a4-3561-438d-ad0b-f7951d249902	a4b8e62e6ec8d044c704eb2b1fad2f276a895d704bebb0c0fa5874ec5a5454f3	ed4a2234b7272710a84215fc32bb677f20cab8ac8b425c790fb155eeac1d23b7
1205	2026-12-05 03:09:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	22dd8d24-dbda-4445-b412-e3c3a043881a	ed4a2234b7272710a84215fc32bb677f20cab8ac8b425c790fb155eeac1d23b7	246f150a29e6f28a75fd7c2ad12006502978c1046e43ffee2b58874249876924
1206	2026-12-05 03:09:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61e93dd2-df9d-4aca-81bc-f63d66911326	246f150a29e6f28a75fd7c2ad12006502978c1046e43ffee2b58874249876924	7ad97770431de0736d83b8b01035ec2c0bf9e3f89b74264018437ecc1f7bffc0
1207	2026-12-05 03:09:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98f4074d-dc91-460d-9b0b-2a017893ebae	7ad97770431de0736d83b8b01035ec2c0bf9e3f89b74264018437ecc1f7bffc0	e930daeed357474c6d49e6e1fc5cfc12e95ca7e7d90c63bfdc9eb50058f23b6c
1208	2026-12-05 03:10:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	af0de0e5-cdf4-4050-9c83-7ddb08d83492	e930daeed357474c6d49e6e1fc5cfc12e95ca7e7d90c63bfdc9eb50058f23b6c	152775381ef8ed1f2d26f54d5fceb6cf2b9546cd057e0835c0978cf26d3c338d
1209	2026-12-05 03:10:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c5726bb2-434c-489a-acc6-686ab12e815b	152775381ef8ed1f2d26f54d5fceb6cf2b9546cd057e0835c0978cf26d3c338d	b1362b527a316a6d66363cdad7aa1755a63d207016f504ae462f2db235018bdc
1210	2026-12-05 03:10:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0b9e2a3-f057-47be-8b0f-f411b1668233	b1362b527a316a6d66363cdad7aa1755a63d207016f504ae462f2db235018bdc	f2d9f679eb44ab53918a58dba3881b4875c8af7281612cf3b265cd1cb13cd394
1211	2026-12-05 03:10:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58c91689-df8b-4b5a-931e-a893d9ddb13a	f2d9f679eb44ab53918a58dba3881b4875c8af7281612cf3b265cd1cb13cd394	7668ea37dfb46fd4a184583fca240d4ace44ad9d91f2f60093980a4fa41f39d0
1212	2026-12-05 03:10:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff114e0b-8107-4dba-a156-6a8911fa0025	7668ea37dfb46fd4a184583fca240d4ace44ad9d91f2f60093980a4fa41f39d0	c044dc9213a43c4121b72da73dbb9bdb6ac182bbc22a73d89bb47854bdadf55f
1213	2026-12-05 03:10:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2aa3498-9969-4a8d-b8b4-1fcf746a8f9d	c044dc9213a43c4121b72da73dbb9bdb6ac182bbc22a73d89bb47854bdadf55f	0718b37fd3ba44ab182e1bb0917784d6866a0f3146a255c59c105800703be651
1214	2026-12-05 03:10:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ad8fc4f4-2f25-42e3-9df4-88370f272a03	0718b37fd3ba44ab182e1bb0917784d6866a0f3146a255c59c105800703be651	c617e6b3acfd8e10f3ad7c7f81e2fd6b89ab509e3a15b6505141d5e3f7198570
1215	2026-12-05 03:10:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9137372-3b99-4643-8421-13b0b8f24209	c617e6b3acfd8e10f3ad7c7f81e2fd6b89ab509e3a15b6505141d5e3f7198570	3fbf332352fc9612de28ff030c176fb4365687aaa7c5613e6d135b29e224bc0b
1216	2026-12-05 03:10:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e4ddb3f-6926-48bc-9537-1a248a9c854e	3fbf332352fc9612de28ff030c176fb4365687aaa7c5613e6d135b29e224bc0b	ebaf73411369e49b83bf969a0f3b56d1d0d91ee97146aace6b2846ea3750f956
1217	2026-12-05 03:10:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89ad42c0-c884-4f14-9afc-1db1db199571	ebaf73411369e49b83bf969a0f3b56d1d0d91ee97146aace6b2846ea3750f956	d17b07a5c1297fc8b4028b1398c1489034b48c7297dc55910654648c11c5dd94
1218	2026-12-05 03:10:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c890e7f0-5c91-4ac7-952a-bb9242111edc	d17b07a5c1297fc8b4028b1398c1489034b48c7297dc55910654648c11c5dd94	55dd50bf7bbd8eca13752cc9eb8f380b241425bd1738abc3a5627af703ff0f1c
1219	2026-12-05 03:10:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa6df084-9993-48b8-a1bd-c9cffeb90739	55dd50bf7bbd8eca13752cc9eb8f380b241425bd1738abc3a5627af703ff0f1c	bff3bfaf2b727742941bc26cd2834e46600ea330df93f09e61380279cec70451
1220	2026-12-05 03:10:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8bbe454d-033f-4b0f-80ef-e4fa49e22bf1	bff3bfaf2b727742941bc26cd2834e46600ea330df93f09e61380279cec70451	7ef41223a58b0e41ca35395c14eb120526c76d67049395dd78c85a78ace9503f
1221	2026-12-05 03:10:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	19ab4671-41c7-4e30-9cd4-18a31849e12d	7ef41223a58b0e41ca35395c14eb120526c76d67049395dd78c85a78ace9503f	d47adb9a391b7cf8bb65be9ce779cd260ab8533432909e6141ef9e86a85bf945
1222	2026-12-05 03:10:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a401021d-a4bd-4d53-86bf-da69a94155b8	d47adb9a391b7cf8bb65be9ce779cd260ab8533432909e6141ef9e86a85bf945	64c2084e3d99b3da7c3d244cff3b626ae6b02df10c9919e031d4c118e841369c
1223	2026-12-05 03:10:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b14f6516-88e9-4758-913d-0af51e58997d	64c2084e3d99b3da7c3d244cff3b626ae6b02df10c9919e031d4c118e841369c	31e81d07e0c96cbc332231c913492e0ee2f51507a83890bad494ebbb96f17067
1224	2026-12-05 03:10:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	920ed049-9598-4b1f-a35e-476ad4760787	31e81d07e0c96cbc332231c913492e0ee2f51507a83890bad494ebbb96f17067	0ad8b3b32e6777621925a895bd6285f9d1f6c146d3abca1d96d03fcaa6cc2403
1225	2026-12-05 03:10:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c4d189e8-b4d6-4363-982b-1105c243de87	0ad8b3b32e6777621925a895bd6285f9d1f6c146d3abca1d96d03fcaa6cc2403	5b5bf5cd2f34e86cdae166066461fc7ed1e93d0a45aac193fd83451827bf8545
1226	2026-12-05 03:10:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d90667c1-cda5-4e13-bdb1-199d3a3a52eb	5b5bf5cd2f34e86cdae166066461fc7ed1e93d0a45aac193fd83451827bf8545	c19ee68a7cb8c729feaea602da9e8c85f08a1f11230afd669b213b5eba24bef6
1227	2026-12-05 03:10:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d71d875f-c481-4216-ac01-3524da60e681	c19ee68a7cb8c729feaea602da9e8c85f08a1f11230afd669b213b5eba24bef6	69e1648538ce98657ae85fc50f739cf70e7043c02c0b12384b0f94895b5432b8
1228	2026-12-05 03:10:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5f99ac06-5e7a-428f-95e3-01a7124f4513	69e1648538ce98657ae85fc50f739cf70e7043c02c0b12384b0f94895b5432b8	85eb8a425cec1658547e49ebd996edeb52ab5d9224a9d3b64f65b08877adb0a9
1229	2026-12-05 03:10:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	326e54d9-aecb-4521-899a-35f96c0ca6f6	85eb8a425cec1658547e49ebd996edeb52ab5d9224a9d3b64f65b08877adb0a9	c65d78d7754508a3da9b845f146b532f1b038d72e5a4dc68c44278dbe56bd1a6
1230	2026-12-05 03:10:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	31b95461-7035-4626-b31f-2ed0d788d028	c65d78d7754508a3da9b845f146b532f1b038d72e5a4dc68c44278dbe56bd1a6	982678f08347f21e497354e251fa7a4155b7702d87b7f113fc36415031c63c33
1231	2026-12-05 03:10:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cfb10fa8-cce1-4580-adf9-a93ee295df2e	982678f08347f21e497354e251fa7a4155b7702d87b7f113fc36415031c63c33	b89f811b871d275838ba3d3f24c53f96488f647f5c19824f469849ea93428598
1232	2026-12-05 03:10:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	420ecc33-8889-4b8b-9660-6aaad2a77201	b89f811b871d275838ba3d3f24c53f96488f647f5c19824f469849ea93428598	78948b3c03b905ad8a4d45e55ec934691bf799df523560a798dbfc0a3523f7c9
1233	2026-12-05 03:10:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8815ff0-57d0-4f8e-885c-c5be97b4afa5	78948b3c03b905ad8a4d45e55ec934691bf799df523560a798dbfc0a3523f7c9	c918171eea219b7c1e7fc871924aa8d355583dad64dd5aec9e0472fe4c162802
1234	2026-12-05 03:10:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51ae53c8-164e-46fc-9235-8055d052eb5b	c918171eea219b7c1e7fc871924aa8d355583dad64dd5aec9e0472fe4c162802	cfd78b79db287d518aaa43d0ee3cf181999a5234d6c12ce70ad92d976ec06036
1235	2026-12-05 03:10:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a70ea507-d1c5-4662-b171-8c7c8d4a8011	cfd78b79db287d518aaa43d0ee3cf181999a5234d6c12ce70ad92d976ec06036	60a7cf86449716c44615e9ed02aabe7b2699b37b3a28637bc67537737b0d5d91
1236	2026-12-05 03:10:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2775c14b-42a7-4a93-8069-1240e5febd7e	60a7cf86449716c44615e9ed02aabe7b2699b37b3a28637bc67537737b0d5d91	e871c35b9fa344630c58ac1087be6443375bd1d7e9651e16687541bb0ceeeb9b
1237	2026-12-05 03:10:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d9edbb84-b0ea-4907-87b3-c556d8f3e5e0	e871c35b9fa344630c58ac1087be6443375bd1d7e9651e16687541bb0ceeeb9b	538f938151a18bef876cc2507f0395bdc2cd8470964244bf7fac60c767a9315d
1238	2026-12-05 03:10:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	44365e94-d2fa-46fb-bfc3-55f722e81c8c	538f938151a18bef876cc2507f0395bdc2cd8470964244bf7fac60c767a9315d	c9c5d3277315c9bce49a00fc4c57e9c8760de9796eaac515cee974093bb945d8
1239	2026-12-05 03:10:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2cc63db0-602f-4b1b-ab66-a94180ef4828	c9c5d3277315c9bce49a00fc4c57e9c8760de9796eaac515cee974093bb945d8	bb15722255860fc23a7ead52d59c518a0f8cf9a409e0628fd05a8dc6ab7cdad9
1240	2026-12-05 03:10:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc824339-5743-41b2-a00c-c690821bd0bb	bb15722255860fc23a7ead52d59c518a0f8cf9a409e0628fd05a8dc6ab7cdad9	a0adb472992bf87abfde4651df2db3786225ca3b20c40ca502aba50236def23d
1241	2026-12-05 03:10:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77152f4d-5855-4b50-b6d1-517131f65f6b	a0adb472992bf87abfde4651df2db3786225ca3b20c40ca502aba50236def23d	7bbf8181494e497640d1e9d254368b09021a39b374288e913e03c621761192c1
1242	2026-12-05 03:10:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3a8a0bf1-33dc-4056-ab6d-4fa60cc83fc9	7bbf8181494e497640d1e9d254368b09021a39b374288e913e03c621761192c1	b5fb7331c749b1d9a4d69789985c4cf13aa77483915034e8c29b7d1302629e2d
1243	2026-12-05 03:10:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	69f29231-5fc1-428c-bf55-cfa7afdb12ee	b5fb7331c749b1d9a4d69789985c4cf13aa77483915034e8c29b7d1302629e2d	91b7f2b8569442e57cf71dc66c6774de8edfc5142c1e4b3057dfdaa569188324
1244	2026-12-05 03:10:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b01d25b9-29b7-403a-a665-92f7c1d0681b	91b7f2b8569442e57cf71dc66c6774de8edfc5142c1e4b3057dfdaa569188324	080f967582d58808347c6bea1086f5c6c81429de1a562616589d5a66a536cc6a
1245	2026-12-05 03:10:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4c027db-150e-4fd4-a934-eefe5981c6b4	080f967582d58808347c6bea1086f5c6c81429de1a562616589d5a66a536cc6a	17de618bd76fb92f0da27b8f86065a923a36d5e926cec8ae6a342c93c5c6fce5
1246	2026-12-05 03:10:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ebe9109f-b2d1-4aa8-8224-4ef2bd04d292	17de618bd76fb92f0da27b8f86065a923a36d5e926cec8ae6a342c93c5c6fce5	1e271e9c7fe6740e0434678695324ffc3da12ed3f9a12025486d807d3db04eec
1247	2026-12-05 03:10:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b61a4e8f-9533-47f6-8863-9d3cecd3bd3c	1e271e9c7fe6740e0434678695324ffc3da12ed3f9a12025486d807d3db04eec	736dd2106f62e990fcacf311c474e9d687a59072a05db9942dc621d4dce56446
1248	2026-12-05 03:10:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	747c5c08-ce6c-40ce-9e7f-37986d3b7849	736dd2106f62e990fcacf311c474e9d687a59072a05db9942dc621d4dce56446	db5d3f4fcf66c76ef490e689ef18b0a410fac3d1801daf81760f9eab96838fae
1249	2026-12-05 03:10:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	54813353-1796-41b2-939a-0de4a7597b0e	db5d3f4fcf66c76ef490e689ef18b0a410fac3d1801daf81760f9eab96838fae	5c494d77d7d7ffe767521ffead134cb23bf9abd2a15014e459e0a466a20d305b
1250	2026-12-05 03:10:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c7c4e254-f443-419c-ac2e-7017f6b55c12	5c494d77d7d7ffe767521ffead134cb23bf9abd2a15014e459e0a466a20d305b	416df0b4b4c82ec6f25706fc12db6c99f3fb8f7c49959292d3846e55c05853ca
1251	2026-12-05 03:10:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	11e2ca0d-dd5c-4adf-917c-0bbacf857ad0	416df0b4b4c82ec6f25706fc12db6c99f3fb8f7c49959292d3846e55c05853ca	12c8a5bc2fc0231935f4ed1a11678c1591d614ed9930805e81748cf96328b832
1252	2026-12-05 03:10:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a42a7c72-5d10-4950-9fe0-ecbe221216d0	12c8a5bc2fc0231935f4ed1a11678c1591d614ed9930805e81748cf96328b832	ce0ae8110b9b39eaf41a9acad435c0b3b09bc623d7baf7f57d776c01fcd4f4df
1253	2026-12-05 03:10:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0c11789-dfe4-4e44-8d43-d24c419bb6d2	ce0ae8110b9b39eaf41a9acad435c0b3b09bc623d7baf7f57d776c01fcd4f4df	e4199c215a0806dfc458de52a273bbf6a0ee53ce928b92e581612a7a36277e56
1254	2026-12-05 03:10:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3abb9b34-a9cc-4667-ac59-e877325fb65f	e4199c215a0806dfc458de52a273bbf6a0ee53ce928b92e581612a7a36277e56	c168081d34f2871ee4bc3e85044ed8041208b612636d310f9c274169b5ac671d
1255	2026-12-05 03:10:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	835b534e-e6bb-461c-ab11-e4b78dc15e8a	c168081d34f2871ee4bc3e85044ed8041208b612636d310f9c274169b5ac671d	4e55b91d9b57d6f512871de573f896e57f3ba0a2a39fefff03d660f221cfeb17
1256	2026-12-05 03:10:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a43e63e8-723c-4c4d-a239-5bd167f83f61	4e55b91d9b57d6f512871de573f896e57f3ba0a2a39fefff03d660f221cfeb17	c3a2de7d18aa3ec8ff10095b22ae50f034dd2327bda88743a3ae3c56d390788f
1257	2026-12-05 03:10:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fe9869dd-068f-4a78-bacf-bfe2a4784e84	c3a2de7d18aa3ec8ff10095b22ae50f034dd2327bda88743a3ae3c56d390788f	6efc3958ead86cceb3cbfde8bba6a2307c388cb43ee415691aee7382bd7fbcad
1258	2026-12-05 03:10:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1ffdd6d-112b-49be-b0ee-cf8cb700ffe6	6efc3958ead86cceb3cbfde8bba6a2307c388cb43ee415691aee7382bd7fbcad	fbc522ad19d9923a4246f3bf8569a2d6c26c0e87564f70a152c4060207049ebb
1259	2026-12-05 03:10:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e85efadb-cf55-4d3c-8fbd-f72f6922ea1c	fbc522ad19d9923a4246f3bf8569a2d6c26c0e87564f70a152c4060207049ebb	faacc493ce6563ed5f3841506a93fd0876643575b6477c9f4d56ccb936921bdb
1260	2026-12-05 03:10:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	205c7aff-000e-4f8a-9ac1-f5c4015f2585	faacc493ce6563ed5f3841506a93fd0876643575b6477c9f4d56ccb936921bdb	70250ff34e726114679261a2e3e7b903199ce38d93c72c9225c7f593f7eb329a
1261	2026-12-05 03:10:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26ab045c-430b-49cb-a9e8-a9122568eebf	70250ff34e726114679261a2e3e7b903199ce38d93c72c9225c7f593f7eb329a	daeac79c1b0e3298d350dcc0a313869aad1e743c3b62655c805019e949f55df0
1262	2026-12-05 03:10:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f9e2a80-41c5-4313-bc4d-4c58ac1ef00b	daeac79c1b0e3298d350dcc0a313869aad1e743c3b62655c805019e949f55df0	22f7041bbf92bdaa94a2238b4845fcd403ff6028a05df09730703f8fb4ff437c
1263	2026-12-05 03:10:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d70c769e-b3e8-4b60-8c9c-b61c320a6a8e	22f7041bbf92bdaa94a2238b4845fcd403ff6028a05df09730703f8fb4ff437c	a7b0e7304a53efba4e52874d4b0ca6eeca753aece66994794b5a3a4ce9e96781
1264	2026-12-05 03:10:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1e3e2ff-c7bf-4e0a-834d-82db02c08fff	a7b0e7304a53efba4e52874d4b0ca6eeca753aece66994794b5a3a4ce9e96781	ae8c83b92c713a00247bd6ee3f1b092f67186a63ada3aacd84006bdb233fac0e
1265	2026-12-05 03:10:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eefaf95b-1e5a-4a94-afff-361c7a3243a9	ae8c83b92c713a00247bd6ee3f1b092f67186a63ada3aacd84006bdb233fac0e	e4bb5df67f16618902ff0dc4b5738222dab6567e5af28d2649dc49af4498f544
1266	2026-12-05 03:10:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ae44eb06-6e7b-407d-b288-0875ec6652b4	e4bb5df67f16618902ff0dc4b5738222dab6567e5af28d2649dc49af4498f544	4b1190ff83969f18eefbd0955e42335651de8b5c3d34986544a9a95e5d5f4894
1267	2026-12-05 03:10:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8429246d-4f15-4f42-a87c-e98fe580da6c	4b1190ff83969f18eefbd0955e42335651de8b5c3d34986544a9a95e5d5f4894	32a97df85e49682f74e8b614fd48079e420e93f3a09a9295f569d01893c02a5a
1268	2026-12-05 03:11:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73e3604c-1828-4dd2-91a7-925b1fed70d4	32a97df85e49682f74e8b614fd48079e420e93f3a09a9295f569d01893c02a5a	7a9255364bfcd604f3998d499ddb11accdc086d583cb0705c2d602a7ca7e2433
1269	2026-12-05 03:11:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	755ad8ae-ef40-4548-98dc-a20fd7ea5500	7a9255364bfcd604f3998d499ddb11accdc086d583cb0705c2d602a7ca7e2433	5cd102730c2ae1c4c667a216983b0c0b92a47f742ac00cc5179d152256f3f3de
1270	2026-12-05 03:11:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7feee203-421a-4677-8302-c97f4e37c489	5cd102730c2ae1c4c667a216983b0c0b92a47f742ac00cc5179d152256f3f3de	99df1efc01674a14467d36fc9dcc383baaedf66d80181a0a41ff4ae043a3a251
1271	2026-12-05 03:11:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29264ce1-9e52-443c-99ef-158d850b5dbe	99df1efc01674a14467d36fc9dcc383baaedf66d80181a0a41ff4ae043a3a251	c59b63549be9e592ccd67bac2cf45ff9045550bd7d2089cc1b98d97cf94ce423
1272	2026-12-05 03:11:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1f57dfd-362e-4038-85f7-35b215dcd89b	c59b63549be9e592ccd67bac2cf45ff9045550bd7d2089cc1b98d97cf94ce423	7a8cafa80cd7879d3d7adf1d4f59e15e8962c7bb2fd7df9bad45af97a6724666
1273	2026-12-05 03:11:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fbee9d8f-bd8b-4a43-b645-3758512201ca	7a8cafa80cd7879d3d7adf1d4f59e15e8962c7bb2fd7df9bad45af97a6724666	930ebd90117074b435d83ba33d1b6b467731aa6319e906db51035f7a9c9aa6bb
1274	2026-12-05 03:11:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3dc45eef-47ab-4dfe-9f4f-d1c84d397efd	930ebd90117074b435d83ba33d1b6b467731aa6319e906db51035f7a9c9aa6bb	e05c80bc2d94c18c53471aa3280acf5d0d8a40f9d5b25c333edcea97499df6d5
1275	2026-12-05 03:11:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb83db28-d31a-4f2d-8e86-01de076d3b27	e05c80bc2d94c18c53471aa3280acf5d0d8a40f9d5b25c333edcea97499df6d5	ca43c8f205a154a21c8d7698abd09aa82b0524cd83e5bbddffe3bd6f79625fbe
1276	2026-12-05 03:11:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b733db1-4293-4cb2-a815-e8c8f5335441	ca43c8f205a154a21c8d7698abd09aa82b0524cd83e5bbddffe3bd6f79625fbe	aad2f1c473bebc7e72a3f3f3d1eaa8f262873f3b2f5a7c49ad2186b24a66021e
1277	2026-12-05 03:11:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3eebdf1-f1fc-4f60-92e7-ea86abb558ae	aad2f1c473bebc7e72a3f3f3d1eaa8f262873f3b2f5a7c49ad2186b24a66021e	f8b1821d6d7dcc16d82d21eb5ff39823db33fdd5204a639ad47d319b537bc63a
1278	2026-12-05 03:11:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29c94dd7-0ccc-4f6c-b68b-baad29114f2c	f8b1821d6d7dcc16d82d21eb5ff39823db33fdd5204a639ad47d319b537bc63a	bdb12c4e59dd4e7b979571b030ca897dc1c481514dc09983cf70f28762cb90a6
1279	2026-12-05 03:11:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f7c9107b-a440-4c79-b53a-b94af49def39	bdb12c4e59dd4e7b979571b030ca897dc1c481514dc09983cf70f28762cb90a6	35e3406648bb5b73eaac32b13d52775239775a31160ba53cd92622db170b577d
1280	2026-12-05 03:11:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b39daa8e-f01e-4375-b8f2-fa322f0482a4	35e3406648bb5b73eaac32b13d52775239775a31160ba53cd92622db170b577d	0351351ef27da2c9701f686186467d542524f21cbca33a51dfb1ec90a39093e4
1281	2026-12-05 03:11:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2cd55cc5-3dc6-4fb6-b65e-820892c196ce	0351351ef27da2c9701f686186467d542524f21cbca33a51dfb1ec90a39093e4	adefb2cfa747100dafc6f8b3729eae22e439da00982b27e55356e07b307c453f
1282	2026-12-05 03:11:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e67c96d0-e104-4370-9c6a-818c007be163	adefb2cfa747100dafc6f8b3729eae22e439da00982b27e55356e07b307c453f	a575d7209ad3a331a36f73fd8730df48ca77c6e4226ad843b4e5e5ff57e7971e
1283	2026-12-05 03:11:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e02ae707-4d10-4b61-8b50-d8719ee21e45	a575d7209ad3a331a36f73fd8730df48ca77c6e4226ad843b4e5e5ff57e7971e	e45abc3439939dba2ca6dcaff19e6fc8245d7d75cfc2b307eabc62ff05086a30
1284	2026-12-05 03:11:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5fcb5f3c-82be-4070-b7d3-32a0a2f4fce2	e45abc3439939dba2ca6dcaff19e6fc8245d7d75cfc2b307eabc62ff05086a30	672087ef3caf7c0f662dfb528e8e7a78a8e209775a9d78519c06f2a4c04e5f60
1285	2026-12-05 03:11:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	140a9b80-0721-4767-82dc-c3cebbfd71ee	672087ef3caf7c0f662dfb528e8e7a78a8e209775a9d78519c06f2a4c04e5f60	330419612e18bb69e539a63062ea9bac3c72d13240e8626bbffa99a327b741a9
1286	2026-12-05 03:11:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94ec1994-1072-428c-b0bb-19c10eb31800	330419612e18bb69e539a63062ea9bac3c72d13240e8626bbffa99a327b741a9	fa52910bd29911a0effadd1e56f2dbe23f3e14278eaf61cda9829f8ef1da2eaf
1287	2026-12-05 03:11:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ffcefb41-dec9-4c0f-8aab-4af2d8ea2dda	fa52910bd29911a0effadd1e56f2dbe23f3e14278eaf61cda9829f8ef1da2eaf	5de4ca5f8438aa96f4e4043675ac2bc271c5c003dc293f57c6d6e5d38dbbfc3c
1288	2026-12-05 03:11:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6c489faf-3d48-4a42-a8c0-7906db7e1a8d	5de4ca5f8438aa96f4e4043675ac2bc271c5c003dc293f57c6d6e5d38dbbfc3c	712f191b045e53f574048ac02074230fdf2daa73fe76a3f47ddd160cc4409272
1289	2026-12-05 03:11:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f126be0d-e4e6-40ab-996f-7579d34f4529	712f191b045e53f574048ac02074230fdf2daa73fe76a3f47ddd160cc4409272	4a36829b96d2e6c6c18c207ecbee63ae879bcd8cf2b38c271172ceceb07fd391
1290	2026-12-05 03:11:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d89ff1b-dbfb-462c-9a26-f83d7cf41171	4a36829b96d2e6c6c18c207ecbee63ae879bcd8cf2b38c271172ceceb07fd391	27a9baf7a0b13df65659f61259808161b28b81db578a4ab9810e621fe2f335cd
1291	2026-12-05 03:11:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c5e04a0-7a70-4e80-85d4-5b24b6561b39	27a9baf7a0b13df65659f61259808161b28b81db578a4ab9810e621fe2f335cd	2c837a635aeb6f29e3554208c7f540ee16ba7cc94f5383ef8c4365ff0bdd758a
1292	2026-12-05 03:11:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6eed2b40-4bc7-4621-99ea-5182625e4235	2c837a635aeb6f29e3554208c7f540ee16ba7cc94f5383ef8c4365ff0bdd758a	826434ca545f8e6b620360527ebcdfa0da691b230a5e888ec49a1165c0e4f1b4
1293	2026-12-05 03:11:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cfbea996-09ae-4fe9-a9af-25f4d5097256	826434ca545f8e6b620360527ebcdfa0da691b230a5e888ec49a1165c0e4f1b4	de32a315f7c9231dd88ce4bfce22fb80f3f6ccff5fe813d14bfbcaf10dfcdd9b
1294	2026-12-05 03:11:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01799ac0-c489-4ac6-a70e-8951b7311ab0	de32a315f7c9231dd88ce4bfce22fb80f3f6ccff5fe813d14bfbcaf10dfcdd9b	9933b4c02b3ba8ac6d6b1888c584f0117ebfa15087c0f9d232a64b39cf533bbd
1295	2026-12-05 03:11:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	795824cb-5b82-488a-854a-9763cf63d532	9933b4c02b3ba8ac6d6b1888c584f0117ebfa15087c0f9d232a64b39cf533bbd	3e7a923b2f796f23b1df73706e52d8e1182210f2cfac98d7a44c24657e4936fb
1296	2026-12-05 03:11:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5a3554f-9a26-440e-82e7-36651f75b4d3	3e7a923b2f796f23b1df73706e52d8e1182210f2cfac98d7a44c24657e4936fb	53a31e559b3211c539f224f8006c0a7bb04a55323a770e7fb2d76a52f6e0c3ea
1297	2026-12-05 03:11:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1af6ea1e-0f1b-497e-aac5-e04bb4413b95	53a31e559b3211c539f224f8006c0a7bb04a55323a770e7fb2d76a52f6e0c3ea	f39e7e7f4946108c555c602741f3474d85316c12ed2af49b42efa264c4f1aac0
1298	2026-12-05 03:11:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4257983-804d-4cf8-a0e7-658c549d505b	f39e7e7f4946108c555c602741f3474d85316c12ed2af49b42efa264c4f1aac0	baf458c5483b4fde55a26aae9904cb177b7ca14d7e904200fba5f7d194273d77
1299	2026-12-05 03:11:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ca076bd0-9616-487b-b326-0f528390c4f3	baf458c5483b4fde55a26aae9904cb177b7ca14d7e904200fba5f7d194273d77	567d0a0322f402ad571e53a3a32de81ed4fe452e28649a096fa50f8280eee514
1300	2026-12-05 03:11:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76555a55-2d48-4012-a01c-013a94a549ee	567d0a0322f402ad571e53a3a32de81ed4fe452e28649a096fa50f8280eee514	93b29ebcba2218964beb082cff7b2d64eabc13649d9b3d9db8f8deb06a84d5a3
1301	2026-12-05 03:11:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f36cfda3-3856-4345-875c-dd1e442b9c94	93b29ebcba2218964beb082cff7b2d64eabc13649d9b3d9db8f8deb06a84d5a3	fee057f2cc90aa681e42ed8b7e40308dbb0726b936e48a49b75474d1ff8f9ebf
1302	2026-12-05 03:11:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	25bd5dec-9916-4d0f-9fbd-794b374497a9	fee057f2cc90aa681e42ed8b7e40308dbb0726b936e48a49b75474d1ff8f9ebf	d87aa0e1d92f8b7837c2179fc96cdec8cd9100b6e9dc7d97f83bac71d9469d16
1303	2026-12-05 03:11:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d03b149-3111-432b-9a79-b2aca622211b	d87aa0e1d92f8b7837c2179fc96cdec8cd9100b6e9dc7d97f83bac71d9469d16	e6412c2793f761a85d1549f555ab8416b9471f834ad234378f6d3bb494ec05c0
1304	2026-12-05 03:11:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	41f45576-3efe-4099-a000-2e51852b9ebc	e6412c2793f761a85d1549f555ab8416b9471f834ad234378f6d3bb494ec05c0	7f7b23859728d2366b7bdc627d962ebdaf19c420c0399a9774773822c70c9e13
1305	2026-12-05 03:11:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55f48c77-9f48-4be5-adb1-b8ba048a46ab	7f7b23859728d2366b7bdc627d962ebdaf19c420c0399a9774773822c70c9e13	64fd7abc9fbce9d00c5f15351e9c786506730164fed7d99f2b9e358f56336ba9
1306	2026-12-05 03:11:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0e53bc1-b183-4441-8246-828d597baae6	64fd7abc9fbce9d00c5f15351e9c786506730164fed7d99f2b9e358f56336ba9	6895f4b3dff18a96dd88e7070f6220a9df88f8330713390ece42c97be30cd628
1307	2026-12-05 03:11:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	abfc9bc4-2618-4b52-b9b5-d31c0b122d90	6895f4b3dff18a96dd88e7070f6220a9df88f8330713390ece42c97be30cd628	6ac1886550d24c50d61431dd2048891b6d6a6b4eec1519acd7c365b1f7740dd6
1308	2026-12-05 03:11:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc31ff9b-6be9-4edf-9598-b4ee90bfc22f	6ac1886550d24c50d61431dd2048891b6d6a6b4eec1519acd7c365b1f7740dd6	e9330a21b9e522eb3ad83604f8759f01b9786f0ffbdbd67302a79acdcded988f
1309	2026-12-05 03:11:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	265a5ac4-9e15-4a7c-a266-f730937922b5	e9330a21b9e522eb3ad83604f8759f01b9786f0ffbdbd67302a79acdcded988f	144938456936346445438219be1f430ccb84177c68027132ca87adb6ec761c0c
1310	2026-12-05 03:11:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	65cdf32b-b8d1-4bce-947e-336e64ebb501	144938456936346445438219be1f430ccb84177c68027132ca87adb6ec761c0c	7358252192ab0176abd4b8417dc8b5cd86dfdc579213d290a4f213c9018145d1
1311	2026-12-05 03:11:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	426cbf87-4605-42bd-8014-921ad646f8b9	7358252192ab0176abd4b8417dc8b5cd86dfdc579213d290a4f213c9018145d1	2f4e9709fbc0300eb6fb6e1278de5b79297447d959370ca0ad93ddc3a5fb62f1
1312	2026-12-05 03:11:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45322974-5cbf-43ec-89b7-316a1696fd32	2f4e9709fbc0300eb6fb6e1278de5b79297447d959370ca0ad93ddc3a5fb62f1	51acdd5e987ec2b01732151483055a6eb30917a79c7a411aa073767aa4fa416f
1313	2026-12-05 03:11:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2cf51639-23b5-4062-94e7-1a0431828b4b	51acdd5e987ec2b01732151483055a6eb30917a79c7a411aa073767aa4fa416f	491722121ca66bf2dfdd72bacbad666e6395a8b06fa2711e494f32a234c1fee9
1314	2026-12-05 03:11:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	81973149-2401-4d1b-9787-9eaef3e03b40	491722121ca66bf2dfdd72bacbad666e6395a8b06fa2711e494f32a234c1fee9	f9de93065728e41ad66480c9a2b79088438cd0933a1eb3dbf86ea6cc125940da
1315	2026-12-05 03:11:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f3d189fc-adae-44bf-bbc3-eeeb98662962	f9de93065728e41ad66480c9a2b79088438cd0933a1eb3dbf86ea6cc125940da	79b385560c527f318849ff23a0da083fca3e8f64e114aec93361e72ccd5e1018
1316	2026-12-05 03:11:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6be63cd-a6bc-4221-8fd7-5fe0274de960	79b385560c527f318849ff23a0da083fca3e8f64e114aec93361e72ccd5e1018	f4cebfe07c20c564e557e1b887437036643d5d040510bd4581b6d8464314539e
1317	2026-12-05 03:11:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d29c3ff0-d6f3-4f7a-94f8-e5e331ae5689	f4cebfe07c20c564e557e1b887437036643d5d040510bd4581b6d8464314539e	e71645974481cf3e6c69760959bc0c3756759646635d7bae9ad39efa7ff8ee58
1318	2026-12-05 03:11:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bbf91469-12a2-435f-b3dc-c39bb0967e6d	e71645974481cf3e6c69760959bc0c3756759646635d7bae9ad39efa7ff8ee58	af81ab41c19535a055758345a4b71a5f031881e94cef5dd9879ffe0cbed36075
1319	2026-12-05 03:11:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4912ad2-6df9-4854-9d2e-6ce3125f622b	af81ab41c19535a055758345a4b71a5f031881e94cef5dd9879ffe0cbed36075	4eb7697902ec36c0bb78af4bd75e895002e3a4fcd4681f09adfc432c389c9e20
1320	2026-12-05 03:11:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3b23789-0815-4ed0-a398-6f40acca2e1a	4eb7697902ec36c0bb78af4bd75e895002e3a4fcd4681f09adfc432c389c9e20	473c517c85e0503b2643103f1350774af286e734f9ddfdde3ed9610fbd9e2c8f
1321	2026-12-05 03:11:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3484f0f8-fe4c-4fc4-b028-f036245ace69	473c517c85e0503b2643103f1350774af286e734f9ddfdde3ed9610fbd9e2c8f	c43f17f25a9238e7e5369ff96c778d8da3183e1fc537809fbe40083252fe5ceb
1322	2026-12-05 03:11:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d729581a-fa18-47e3-ac54-da1f8136aa7d	c43f17f25a9238e7e5369ff96c778d8da3183e1fc537809fbe40083252fe5ceb	f6cf1beb2cecdc130a0856e17016adc612f6158cdaca23f3bc263f7bd8e0be45
1323	2026-12-05 03:11:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8c36cc2-8dd8-44e7-8503-ccfac52dfdfd	f6cf1beb2cecdc130a0856e17016adc612f6158cdaca23f3bc263f7bd8e0be45	172c69ea9956358fb873a07db3c54aca55731054e26ed3fa216642dbdd45804b
1324	2026-12-05 03:11:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9180bae0-8272-4d87-b686-3830aa3879e3	172c69ea9956358fb873a07db3c54aca55731054e26ed3fa216642dbdd45804b	ef3f142a91b8d8640e258b45789c71d6a96984b18ca25e08f29252cc8da49614
1325	2026-12-05 03:11:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06df9b74-901a-42b8-988e-eee756279533	ef3f142a91b8d8640e258b45789c71d6a96984b18ca25e08f29252cc8da49614	06f76be43aa81bac2ef54c32afa8d791e9a82d3d244a038b74b5b496b2631a30
1326	2026-12-05 03:11:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b9b01d13-68b5-4d3d-8633-204938085b96	06f76be43aa81bac2ef54c32afa8d791e9a82d3d244a038b74b5b496b2631a30	50d0bf9db321ef9f623390951964faa31c1f591a36a38f95079241c2a18dfd85
1327	2026-12-05 03:11:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63e3b57f-ba5a-4094-b12c-e64f8b0aaac8	50d0bf9db321ef9f623390951964faa31c1f591a36a38f95079241c2a18dfd85	4d3c384817e3ecfde506db762c956b8be9ae29188ff9c5daa7963737447aeb86
1328	2026-12-05 03:12:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d376102a-7b3f-44fa-9732-2e12cdfc38a7	4d3c384817e3ecfde506db762c956b8be9ae29188ff9c5daa7963737447aeb86	8a8735b9425dbb9a0f08a3d46cb2b04c486371ed93852500716acf5bcaf85825
1329	2026-12-05 03:12:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	31fc0687-3891-4f8e-aa5d-b48f8b8dae6d	8a8735b9425dbb9a0f08a3d46cb2b04c486371ed93852500716acf5bcaf85825	ed56596c9949b7a2b55448e6a3bfa9a10817e03ba4e8f33bd07567b677abc058
1330	2026-12-05 03:12:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	017098b0-3bd8-4b23-8e38-0e9af74ebb84	ed56596c9949b7a2b55448e6a3bfa9a10817e03ba4e8f33bd07567b677abc058	a68b779f1ffc10fca6e4e7ddd4af7357b3b8ff70d24b867ab2a18d9fb4fe521b
1331	2026-12-05 03:12:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5fd0c6f-bf86-408f-80b5-7056127d272f	a68b779f1ffc10fca6e4e7ddd4af7357b3b8ff70d24b867ab2a18d9fb4fe521b	2e5bce0922f3d1d5fbb89ec4cc7c76c21ef7be7a05831a8802a99f1a18e9cdc2
1332	2026-12-05 03:12:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8acb69f7-ffa6-4ac6-b8f3-d74dc447e2c5	2e5bce0922f3d1d5fbb89ec4cc7c76c21ef7be7a05831a8802a99f1a18e9cdc2	3654ca953332ef4a2e5870cd999612a670306c0d79c702b7d1e9fcc0b24e462b
1333	2026-12-05 03:12:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	957b833e-70be-4a58-9367-a343ff7a342a	3654ca953332ef4a2e5870cd999612a670306c0d79c702b7d1e9fcc0b24e462b	97a2abc2b3b8f40051af584cfe850c8da25c3a3a35d9906274e01214834a8d41
1334	2026-12-05 03:12:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3456bdaa-d859-4bae-b68d-27f32817c1de	97a2abc2b3b8f40051af584cfe850c8da25c3a3a35d9906274e01214834a8d41	764978ae39db44d2a12c305440cf7a32b3ac8f9d5fb9ee556a1187f92a4ee8e0
1335	2026-12-05 03:12:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	27f2f5ea-c2d9-4865-833e-1edec439bb21	764978ae39db44d2a12c305440cf7a32b3ac8f9d5fb9ee556a1187f92a4ee8e0	91ae62de9f3c19ec417de31d3579e31303ade266a033dee37ae6c2d01fee0dba
1336	2026-12-05 03:12:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1800ff7-4faf-4d32-bef8-0dccb398d785	91ae62de9f3c19ec417de31d3579e31303ade266a033dee37ae6c2d01fee0dba	82e85f688953911341b30a67956aad9948427b50a5020224c8efbbcc2d81a928
1337	2026-12-05 03:12:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1285d64-f4a6-44bc-a76e-264f53dfb347	82e85f688953911341b30a67956aad9948427b50a5020224c8efbbcc2d81a928	f889b1141206176fe518bae0ba5e49281f9259130024d5e00e2d330397513b8d
1338	2026-12-05 03:12:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99d61fd6-c49a-415f-84f7-fbfcc8add0f8	f889b1141206176fe518bae0ba5e49281f9259130024d5e00e2d330397513b8d	202820f4ac1e49dd63a22b5660ec4e9c83a3da087a851962b12e057024caf69c
1339	2026-12-05 03:12:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb60977c-f5d3-4556-b6b2-0386b57c9a3f	202820f4ac1e49dd63a22b5660ec4e9c83a3da087a851962b12e057024caf69c	335af50049b90ed62060a909bfd1e368285a81bbbbf3cfde757d4777bc7082e3
1340	2026-12-05 03:12:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	31359038-bf6f-4ac4-8c9c-0f844aed461c	335af50049b90ed62060a909bfd1e368285a81bbbbf3cfde757d4777bc7082e3	03c0ffea26c1bf6c016ed9e053e3ca2eaee5f8413ac76506776a6971443f800e
1341	2026-12-05 03:12:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1f746597-aba1-4a40-8227-b5d95aa0035d	03c0ffea26c1bf6c016ed9e053e3ca2eaee5f8413ac76506776a6971443f800e	bcedf599b8d426fa3e111e8e6080efb46e7189034ea81e8e926794d89e2b9024
1342	2026-12-05 03:12:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d3905f7-196a-455d-88b3-d2248a0f4bb5	bcedf599b8d426fa3e111e8e6080efb46e7189034ea81e8e926794d89e2b9024	52f3f4a296f9a84069184846dc8ef6d632bd320857ff5455cbde0acfe93e9f56
1343	2026-12-05 03:12:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f86771cf-ce7d-49a9-a36a-77750f5019b4	52f3f4a296f9a84069184846dc8ef6d632bd320857ff5455cbde0acfe93e9f56	1a6dc1bb1a8e93d4c52ce8b6d7194f6a19222238dca7b7c730b741789dfcdbd7
1344	2026-12-05 03:12:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02992cca-b584-4a5e-b809-6e65fab8003f	1a6dc1bb1a8e93d4c52ce8b6d7194f6a19222238dca7b7c730b741789dfcdbd7	f019598f91b83b84beb4174fd140438471d308803eacdfd137317ef0fbfb052a
1345	2026-12-05 03:12:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a905bd6-4967-48ae-a108-2c7f3a474dd6	f019598f91b83b84beb4174fd140438471d308803eacdfd137317ef0fbfb052a	6f70bc689de2132e85181931685863b6e02d19a273f9f422c1521527af838d7c
1346	2026-12-05 03:12:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	68109640-2648-4d5d-82be-9a6637f8b1e9	6f70bc689de2132e85181931685863b6e02d19a273f9f422c1521527af838d7c	e12e3921797d9d649908ead1b83190ce6664fde813e76fccac18f064d21e3027
1347	2026-12-05 03:12:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d737034a-0829-411e-972b-5b045aa6ec49	e12e3921797d9d649908ead1b83190ce6664fde813e76fccac18f064d21e3027	79e3861eae514abd7e7be53b0fa761132a18204769479e04f1d67398b59a50e0
1348	2026-12-05 03:12:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9c90257-744f-46ab-980b-1f555e1bf667	79e3861eae514abd7e7be53b0fa761132a18204769479e04f1d67398b59a50e0	f9957f4af986382483344cfe3693b15e8c73ac548336c294d33c21732b695cd7
1349	2026-12-05 03:12:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87aa7107-9939-4019-9b57-ab4a4d60c7f4	f9957f4af986382483344cfe3693b15e8c73ac548336c294d33c21732b695cd7	97b24e6a669254a8c8a3110eb1dfd839e8fc5ef4ea10601f41ee2d4a75fd570a
1350	2026-12-05 03:12:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8691984a-1f44-4eba-ab6c-5e4be3d3b2f3	97b24e6a669254a8c8a3110eb1dfd839e8fc5ef4ea10601f41ee2d4a75fd570a	9028c70c0cf40e17bb57b7539591fa04a89d31df1b2a6ea99e4953d0aa72e8d9
1351	2026-12-05 03:12:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	866daeab-c562-4fb2-a30b-27d9a4f57809	9028c70c0cf40e17bb57b7539591fa04a89d31df1b2a6ea99e4953d0aa72e8d9	abf21886ed784fd942e5cefb606daea271a39fb2244a44818e337213c5685e45
1352	2026-12-05 03:12:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a686ba5a-2b44-4b26-8ac9-725439b05ee8	abf21886ed784fd942e5cefb606daea271a39fb2244a44818e337213c5685e45	b050e0db3cabb66c41d500ed3af6af7ffdd4547b8d72483f007f5d3f60238752
1353	2026-12-05 03:12:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7cb6038c-9f71-4ccf-a45b-95231a8db8bf	b050e0db3cabb66c41d500ed3af6af7ffdd4547b8d72483f007f5d3f60238752	f125b1b3742f7b16cec8d41b101a71b2101f4eeed45324e4d437461956d129eb
1354	2026-12-05 03:12:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	161dbdf7-6ff1-48c7-898d-ad0617799773	f125b1b3742f7b16cec8d41b101a71b2101f4eeed45324e4d437461956d129eb	2721c7a7710b99272a15ea528e846605c1548496ec83006c525de4ca453d5417
1355	2026-12-05 03:12:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb5f2f7f-703c-487a-bc30-996cad66c699	2721c7a7710b99272a15ea528e846605c1548496ec83006c525de4ca453d5417	7a9e657d8f84cc32bb57c49808fe2a5fd3ed1bda04318bce8c0fa25444a73fad
1356	2026-12-05 03:12:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b352310-3175-4849-b8fb-ccc200bd5fd6	7a9e657d8f84cc32bb57c49808fe2a5fd3ed1bda04318bce8c0fa25444a73fad	afe351bd2ad88687ac3b1f594ddd0d0ff8db7cd152fdf6b6ab96f8ec8607bf70
1357	2026-12-05 03:12:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	967d3863-6175-447a-85c7-ea5003af04a4	afe351bd2ad88687ac3b1f594ddd0d0ff8db7cd152fdf6b6ab96f8ec8607bf70	f65bb6b5ca3d9eb0e8dfa43c2e4d180514ef9b53f29df4bfd2db8efc3be7feb1
1358	2026-12-05 03:12:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	12fa4051-c3b4-48b1-aa68-85aad86c96e6	f65bb6b5ca3d9eb0e8dfa43c2e4d180514ef9b53f29df4bfd2db8efc3be7feb1	7ce3fa3fe60700362618fec4a87942c399d4a0067b213b0f7edb6f74c5e46ed8
1359	2026-12-05 03:12:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83d9a1e1-3203-4579-bc2d-c95d88377cfd	7ce3fa3fe60700362618fec4a87942c399d4a0067b213b0f7edb6f74c5e46ed8	6652a4039a7e9dd04ed0f8041f8b37a8cdca47d04d222ed0b121cc64ce4e5bc5
1360	2026-12-05 03:12:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc6f0ae4-89bd-4ac0-8af1-3438b3dc72a6	6652a4039a7e9dd04ed0f8041f8b37a8cdca47d04d222ed0b121cc64ce4e5bc5	d4864ac62e1f8426747dfb7529c687a75bde0ba0053e19a7bb0eb0f1c80afda4
1361	2026-12-05 03:12:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9f1d2ae0-18af-4f0b-85cf-c345eb739b75	d4864ac62e1f8426747dfb7529c687a75bde0ba0053e19a7bb0eb0f1c80afda4	3b32873efe16fdb8faeb2dd021f37f8307647b78aa121ee55fa8c4df1400b165
1362	2026-12-05 03:12:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c65179a-ad81-4c36-881f-9ec88d3a346f	3b32873efe16fdb8faeb2dd021f37f8307647b78aa121ee55fa8c4df1400b165	f47dffa6fde7e6a221a6c5042737a32e7b65e10277aa7884ee6b82d181454561
1363	2026-12-05 03:12:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e5ea85a-d8c9-4885-aeed-2c00cf5a67e5	f47dffa6fde7e6a221a6c5042737a32e7b65e10277aa7884ee6b82d181454561	7134d188239d0867723c20d314b1b6c4c57b2bcefb9cb55af2808ac101b1d9e7
1364	2026-12-05 03:12:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ddfe20d5-3850-45ad-b1b2-dce6f1caf5cd	7134d188239d0867723c20d314b1b6c4c57b2bcefb9cb55af2808ac101b1d9e7	29885b69c35deadcf90e89b2dd421ab4730b86e223eb6ec6af4b6d1f5c0aae0e
1365	2026-12-05 03:12:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29abdcc4-0038-4ecb-98cf-0299b3f1ba17	29885b69c35deadcf90e89b2dd421ab4730b86e223eb6ec6af4b6d1f5c0aae0e	580907b0a197a27291e805876545156b39eeb3ffc457d67015d121d0b4950bc2
1366	2026-12-05 03:12:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02cd4c92-1d89-4e50-8946-6549044dd7b5	580907b0a197a27291e805876545156b39eeb3ffc457d67015d121d0b4950bc2	2b38940e52cd14f9c15670352ffdd04015764f4f4275e456059fdab06b1e9a36
1367	2026-12-05 03:12:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ca2473e-999d-4e5e-a553-8caa7296dec2	2b38940e52cd14f9c15670352ffdd04015764f4f4275e456059fdab06b1e9a36	9c29398a25e807bd8acf1311e33d4c453597270bde49961276323a71ad939119
1368	2026-12-05 03:12:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ef2ad731-5dd8-4bf4-b2e6-c21a61e953fd	9c29398a25e807bd8acf1311e33d4c453597270bde49961276323a71ad939119	9a5d9cee40d2cf3b2f3e8f9adbe313fed37e3a660e3d4ea93bf0f10037adb9ab
1369	2026-12-05 03:12:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	013fb7e0-18c8-4e6b-a091-74a27a1151a8	9a5d9cee40d2cf3b2f3e8f9adbe313fed37e3a660e3d4ea93bf0f10037adb9ab	97fb73cc7e6487621ab9cc6895ba759dee7565c6478f9283148105534d14fb9c
1370	2026-12-05 03:12:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0b6d517d-6f64-4042-a296-96a6cb51a9f8	97fb73cc7e6487621ab9cc6895ba759dee7565c6478f9283148105534d14fb9c	ece466b9d090ce5f59d855ce0a290cbdc17da7d502a2f7c0ab43ba1cb19203c0
1371	2026-12-05 03:12:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	250151ba-33a7-46f8-a432-214d01f12254	ece466b9d090ce5f59d855ce0a290cbdc17da7d502a2f7c0ab43ba1cb19203c0	a36af1609faf90b08c4ce2f971ca1a97ebb0ddc578fafa522636d02f7d2374ad
1372	2026-12-05 03:12:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e8b7619-6034-4474-a2c2-8f2109b399d7	a36af1609faf90b08c4ce2f971ca1a97ebb0ddc578fafa522636d02f7d2374ad	94ab14418a28d6946c410133c5e428eec9334bfd31b36dc07df4275e1395daba
1373	2026-12-05 03:12:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	069da109-1a13-470f-ba52-35a803c10c3a	94ab14418a28d6946c410133c5e428eec9334bfd31b36dc07df4275e1395daba	cc8ff9d8a21c74d1044782ab124faffb65eec93109c72f59689e1dfde32309dd
1374	2026-12-05 03:12:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	903e3a95-a9c1-43e8-8ffb-3a15f9033fc5	cc8ff9d8a21c74d1044782ab124faffb65eec93109c72f59689e1dfde32309dd	aef3ca16161e99fc1805a40e108ee0b5ba9531473430ea1b6714f6021c0ca4e0
1375	2026-12-05 03:12:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	271c2b02-7d14-4179-a157-f9ccc40c9e73	aef3ca16161e99fc1805a40e108ee0b5ba9531473430ea1b6714f6021c0ca4e0	0b5974047db7ed6c5b0b23016c78fbe6d4b2bf8d2e7b0ffba87b6d344b90c0ef
1376	2026-12-05 03:12:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb2218ac-70c9-4d87-9090-bc59c31c407f	0b5974047db7ed6c5b0b23016c78fbe6d4b2bf8d2e7b0ffba87b6d344b90c0ef	197ff48007782f908d2e5baba0aab7c5777863c81846bcd5aaf88a9e99cb3a6b
1377	2026-12-05 03:12:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cf0d78ea-e5b3-4d82-8d3f-a726cb780e60	197ff48007782f908d2e5baba0aab7c5777863c81846bcd5aaf88a9e99cb3a6b	a60b9f1955cf54afd6670a1635b5ad1cc2e3a606281a2beaf83b0c1e2685ea4d
1378	2026-12-05 03:12:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2cfeb6a2-6871-4562-b3fb-413ad4a8f1a6	a60b9f1955cf54afd6670a1635b5ad1cc2e3a606281a2beaf83b0c1e2685ea4d	4328172e38169f985dbb53e6f902035c38f2cc95fa349431d65b00a577a9b98f
1379	2026-12-05 03:12:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aabd8124-75eb-4a1d-957b-21d6ff2e5fa2	4328172e38169f985dbb53e6f902035c38f2cc95fa349431d65b00a577a9b98f	ffeeac1a70335d0205a0dd54f8126afe1892689ddfb827aa87622700a09eec71
1380	2026-12-05 03:12:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0e01594-c356-481a-9cac-52b1fda7ee99	ffeeac1a70335d0205a0dd54f8126afe1892689ddfb827aa87622700a09eec71	13069f070dd14371daff43f3e833fb8187291b1f17b5643e934a8e398886a510
1381	2026-12-05 03:12:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b71b87c-7450-4bff-bef1-c277844cd3f7	13069f070dd14371daff43f3e833fb8187291b1f17b5643e934a8e398886a510	53221ea8d71d8313e15d95550a8e5e6dc8124c1ef4dae4402ce9783ea4ffe5ee
1382	2026-12-05 03:12:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	468a1194-ba77-4321-8bd9-36f502753646	53221ea8d71d8313e15d95550a8e5e6dc8124c1ef4dae4402ce9783ea4ffe5ee	53f9d005c03cbbc87a15edaa60e51fc4b541c1eec6cbcd80db3cb59c05eb48ba
1383	2026-12-05 03:12:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aac9693a-4510-4ea7-9f45-434ea1fad2cc	53f9d005c03cbbc87a15edaa60e51fc4b541c1eec6cbcd80db3cb59c05eb48ba	78bb9acd9bc4044a9c4fecae21d61bb0737d94d2a9b7e198595acde59d10353d
1384	2026-12-05 03:12:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	179f02a5-583a-410e-83be-a405cae4cf4e	78bb9acd9bc4044a9c4fecae21d61bb0737d94d2a9b7e198595acde59d10353d	2bd46cc878a3f3349c65d867564935fb1cb51bb8bbfdc1cadab635bef75cb89f
1385	2026-12-05 03:12:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1cb1a930-0958-4d53-94a4-736c4524e828	2bd46cc878a3f3349c65d867564935fb1cb51bb8bbfdc1cadab635bef75cb89f	d0a3f8820749bffed365ce95321df5cf0e1788cf2b35806590585d484dc409f1
1386	2026-12-05 03:12:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc5d504f-068e-4538-9972-c8c39157aafa	d0a3f8820749bffed365ce95321df5cf0e1788cf2b35806590585d484dc409f1	3f3bc9888afa1dae1c9c7e723c9988d553ac449d3e87afd4be30e7055915f474
1387	2026-12-05 03:12:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4298ad7a-3ef6-4814-8e88-f129aafdfb64	3f3bc9888afa1dae1c9c7e723c9988d553ac449d3e87afd4be30e7055915f474	c67b1d81d3624524ec06e36eb06896ab28d048460a0341ce4f0882916b3295d0
1388	2026-12-05 03:13:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62fe4130-20b0-4be2-af6f-a14c7e295f97	c67b1d81d3624524ec06e36eb06896ab28d048460a0341ce4f0882916b3295d0	d88661ad24cb407374420cfb944b8c5287d6e681c6b6a779e3b0ba73cf4a02e7
1389	2026-12-05 03:13:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4281fb1b-dfbb-45d0-9c04-28c647669c32	d88661ad24cb407374420cfb944b8c5287d6e681c6b6a779e3b0ba73cf4a02e7	2be0666a6134ef65f8c429e5521329a16499b9a65e7911c0a0383a050fdf3f1f
1390	2026-12-05 03:13:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d52ac453-2b83-41ca-a2db-21df7c0e1fee	2be0666a6134ef65f8c429e5521329a16499b9a65e7911c0a0383a050fdf3f1f	7d0c7593499ceba0f97e4966f1006a076c2504a82797c665323d84dc373ed041
1391	2026-12-05 03:13:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	887fc708-a03f-4676-9978-db4a643674e6	7d0c7593499ceba0f97e4966f1006a076c2504a82797c665323d84dc373ed041	c5a532ebebd992630d7b8fcd41d4b3d06cbc4969e190f5b7c9c672b18433b2f7
1392	2026-12-05 03:13:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e46365ad-6b08-4e5d-ac47-7ecdc900aa06	c5a532ebebd992630d7b8fcd41d4b3d06cbc4969e190f5b7c9c672b18433b2f7	d4ec14b40f5c0eb8e04458316929613df93490cc4250e1c1dac47af0d2e7e0e5
1393	2026-12-05 03:13:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b355771-ef16-440e-b14f-0b8550816410	d4ec14b40f5c0eb8e04458316929613df93490cc4250e1c1dac47af0d2e7e0e5	8ea3a0ecac0930fcd2198f16e2e75db2af5374641eee4df7a5c89a20e1e7ce3d
1394	2026-12-05 03:13:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d9355fa1-13e3-479e-bec9-481cb4856961	8ea3a0ecac0930fcd2198f16e2e75db2af5374641eee4df7a5c89a20e1e7ce3d	75dc89c84d832de79d8016af87f2542335993d3d98b7b8945e3d03924ea4f10f
1395	2026-12-05 03:13:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a84fa31-048b-4843-93ce-9abcf6080018	75dc89c84d832de79d8016af87f2542335993d3d98b7b8945e3d03924ea4f10f	fbd13a15dfe5bbadd4a0a1a9656a81bd9ce5b3f7e725155a2057a378570ad266
1396	2026-12-05 03:13:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	97385ffa-4299-4d53-92f8-ecb2e0de18dd	fbd13a15dfe5bbadd4a0a1a9656a81bd9ce5b3f7e725155a2057a378570ad266	fad6c681e66704300d442a4e406dd5fab76149a3b7e9bab53d458016a0bc8612
1397	2026-12-05 03:13:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1df8ea88-0ecb-41aa-8e7c-06265a40b128	fad6c681e66704300d442a4e406dd5fab76149a3b7e9bab53d458016a0bc8612	dc3614fb0f870a528929c47382f2414cbe4dd1d48003f038c6d05d77d48fd15a
1398	2026-12-05 03:13:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	817e391d-2996-497f-a189-1c9e9ceff7dd	dc3614fb0f870a528929c47382f2414cbe4dd1d48003f038c6d05d77d48fd15a	6b55011f2c500caf78d45109f5dd4ea86a55facf10262a478ccf771e94a3851b
1399	2026-12-05 03:13:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2f439809-dac5-4b8c-99d7-323e4f43f05d	6b55011f2c500caf78d45109f5dd4ea86a55facf10262a478ccf771e94a3851b	cd558f0c7d445275d21ba25392dc2f9a97eb233d86296346d77e820658cb8217
1400	2026-12-05 03:13:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0336ffc3-0597-49a1-94cd-65a6dc5725e9	cd558f0c7d445275d21ba25392dc2f9a97eb233d86296346d77e820658cb8217	b0c9958e4a939771c3edcbac19fa7fe1c4f49567218a3dd6731f3d9e7a8d909a
1401	2026-12-05 03:13:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	326e03d4-c545-4e8f-902c-1a7571db418d	b0c9958e4a939771c3edcbac19fa7fe1c4f49567218a3dd6731f3d9e7a8d909a	d41073d41e04dd28830aa3233c4a01d35be6836dd3b752ffec370afff3014d3d
1402	2026-12-05 03:13:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8c6b033-271f-4af0-a7aa-c9c446fc1ddb	d41073d41e04dd28830aa3233c4a01d35be6836dd3b752ffec370afff3014d3d	4f33bbba7f559deb4dd560c2de45bb48ee6d62c2bcba53322682fbd07dc1e231
1403	2026-12-05 03:13:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c44abce5-cfb4-43ba-9fed-7506577118ad	4f33bbba7f559deb4dd560c2de45bb48ee6d62c2bcba53322682fbd07dc1e231	0c66d8e8e3c202d0a55c1a1174a664cab768554b24b7cd4281a75c3b5bc7399a
1404	2026-12-05 03:13:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c5111255-cee7-413c-9619-71e353123d90	0c66d8e8e3c202d0a55c1a1174a664cab768554b24b7cd4281a75c3b5bc7399a	4b160771ec7fbb38e82e351a0fc470bcbbbfafe50532dd7d8677466dc81d60c4
1405	2026-12-05 03:13:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f19a18ff-303c-4023-b653-0323cff3fc2d	4b160771ec7fbb38e82e351a0fc470bcbbbfafe50532dd7d8677466dc81d60c4	7b5a7342e5b1930157be0f4dc23254df85e5899872c959e561b07b30337aa185
1406	2026-12-05 03:13:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e2ee35ce-e9d6-4818-ade7-e98c2e233913	7b5a7342e5b1930157be0f4dc23254df85e5899872c959e561b07b30337aa185	78ed00d35c5875cc9a2b47c6b7a087cc260df91247132232dbd16744962e815c
1407	2026-12-05 03:13:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c8d62a1-632f-4a27-9bc0-224a2bb9d31e	78ed00d35c5875cc9a2b47c6b7a087cc260df91247132232dbd16744962e815c	9a9fa999d9c6e9c983efd751d369be1f1a8cfc13ad71b0b5d8ce1eec73074437
1408	2026-12-05 03:13:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	59cafa7b-81fd-413b-b49a-1393edaa37bb	9a9fa999d9c6e9c983efd751d369be1f1a8cfc13ad71b0b5d8ce1eec73074437	e92c31686a5c5a6fa804b3f4552c0abb0de5142ea6cff929970e2ce7ddda615c
1409	2026-12-05 03:13:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fe7ebfb9-a797-463e-bb85-e6ddf16d27d5	e92c31686a5c5a6fa804b3f4552c0abb0de5142ea6cff929970e2ce7ddda615c	5ef5e98190014bcf190521a9c81ae6efdfd360afb1aef5329f8076ef5e337384
1410	2026-12-05 03:13:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90f5b13c-3a72-48ef-a50a-5945d51c1f61	5ef5e98190014bcf190521a9c81ae6efdfd360afb1aef5329f8076ef5e337384	3e7093014f51d7038813d7a3865ad1fdc6961d2f0e815cf3e69cff6958969b0e
1411	2026-12-05 03:13:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1556508-cb88-4266-95bb-c3b8a13e1ffd	3e7093014f51d7038813d7a3865ad1fdc6961d2f0e815cf3e69cff6958969b0e	b9cbf786a3cede3b2db6c5571cc1f6987b43b2af4798b652b31317edf1584402
1412	2026-12-05 03:13:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b559197-8ffb-4868-92d7-ea36556e4cd9	b9cbf786a3cede3b2db6c5571cc1f6987b43b2af4798b652b31317edf1584402	a4bf008306d6eabbdfd16747c53370da57797c8bb0eeb5a69abe3d0b63d41369
1413	2026-12-05 03:13:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c2b6c3a0-6067-42d4-b4d2-7d8262ee44dc	a4bf008306d6eabbdfd16747c53370da57797c8bb0eeb5a69abe3d0b63d41369	788f45692e31b8e466ad1ad5b3f9710beec0b20a3338ead10cbbeaa5e44159b6
1414	2026-12-05 03:13:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	91547fe4-2a31-48c3-b2b4-6a721a55fd44	788f45692e31b8e466ad1ad5b3f9710beec0b20a3338ead10cbbeaa5e44159b6	0c5f7e97bacd1f8b0e2e7b4617b828e0c4f66bfa7997b17b71bbf958e57dcac3
1415	2026-12-05 03:13:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b7ea29ed-ccfd-4f0c-8b5e-5cb836cf4ef1	0c5f7e97bacd1f8b0e2e7b4617b828e0c4f66bfa7997b17b71bbf958e57dcac3	f45975ab0f5411c4b8b08b6b5cde5efb2403cf15e5acf3e293894a29cc522f30
1416	2026-12-05 03:13:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c90c46a1-30ae-4feb-bd45-bc94020ef685	f45975ab0f5411c4b8b08b6b5cde5efb2403cf15e5acf3e293894a29cc522f30	9f2dd5571aa81a0800b8fd0264064c12554fb7ef319a915fcd8aa8639502f857
1417	2026-12-05 03:13:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82eb4f15-c896-43b5-8d68-b9d0386ce4bd	9f2dd5571aa81a0800b8fd0264064c12554fb7ef319a915fcd8aa8639502f857	87b616b9c16c785450a4da70848e386848e1362eaaf2927635fcbe8cf10748cd
1418	2026-12-05 03:13:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1d66299-f60b-40b9-9074-2b23a65ff1c3	87b616b9c16c785450a4da70848e386848e1362eaaf2927635fcbe8cf10748cd	6e1a968dec674a81bc049a470f3350e67089a7a80b949fb13fff9c35644f6598
1419	2026-12-05 03:13:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3cb93850-d4ac-460f-a46b-32a1cbae509a	6e1a968dec674a81bc049a470f3350e67089a7a80b949fb13fff9c35644f6598	47c163e8da1a7983e71b5f243ae2a5c9f245e42fe53b41281266ad5c8ad8ecc4
1420	2026-12-05 03:13:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b49cd42-e6e0-4f92-849d-a903b58a9e4a	47c163e8da1a7983e71b5f243ae2a5c9f245e42fe53b41281266ad5c8ad8ecc4	6d272e2619ba0742dd228443dc84503ea93eec4c27785300dc59709d258dfbbe
1421	2026-12-05 03:13:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3892b825-1549-4744-b41c-b8529cb12daa	6d272e2619ba0742dd228443dc84503ea93eec4c27785300dc59709d258dfbbe	114e0c0507d62b561ab29a0084d2aae4d2e714169f8f8510e5060194d0df1d73
1422	2026-12-05 03:13:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05cd5344-a51a-401c-9ba4-1585a50f2d80	114e0c0507d62b561ab29a0084d2aae4d2e714169f8f8510e5060194d0df1d73	76b09941b3c87bd1c29b72e925eb0be8e164f053e7d8b5de590af038d4e06f73
1423	2026-12-05 03:13:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0c24e4c-2d5e-4bca-aba2-9b5c681177a0	76b09941b3c87bd1c29b72e925eb0be8e164f053e7d8b5de590af038d4e06f73	0804d258722da0d80860466abbc8d8033fcbe567c925fa8e16e68fd3c37fc879
1424	2026-12-05 03:13:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7168e490-1299-450f-b040-6738e9e2117e	0804d258722da0d80860466abbc8d8033fcbe567c925fa8e16e68fd3c37fc879	f03ee879a43472cb36da06e36077d23e9b59377ba4bc0b28c3e595b85b134c15
1425	2026-12-05 03:13:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	acccb55e-1433-40f4-be8b-2c1dc30fc08c	f03ee879a43472cb36da06e36077d23e9b59377ba4bc0b28c3e595b85b134c15	7dc22742738cb2fa2834adf3328498ae78be19913db3df3c8ea5ba8299a12843
1426	2026-12-05 03:13:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d5dd2ed4-4480-408e-bf7d-100801cb6c9c	7dc22742738cb2fa2834adf3328498ae78be19913db3df3c8ea5ba8299a12843	afae05929a45259bd7a11b7e5a365c2799581cce2a4b9c1e955dbb54a126da98
1427	2026-12-05 03:13:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73cd4b14-9580-424f-bdad-de77f461332a	afae05929a45259bd7a11b7e5a365c2799581cce2a4b9c1e955dbb54a126da98	e25b99fc527caa5d680c7b0d25557171349a142976d7433700cd6751796d89d7
1428	2026-12-05 03:13:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3dd06303-0de1-4fa6-a281-a93616eeeb10	e25b99fc527caa5d680c7b0d25557171349a142976d7433700cd6751796d89d7	757f82560b79db27589c1ebf944c5bf10d37bf11d715337adccfb0ddedec51b3
1429	2026-12-05 03:13:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ada1bd1-8a21-4dc2-908f-03bcb110d174	757f82560b79db27589c1ebf944c5bf10d37bf11d715337adccfb0ddedec51b3	2ccf81188c79bf6afc10768c68f446e795b621347a9bb7d4a0bfb807aa31c24e
1430	2026-12-05 03:13:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8afdc618-bf16-467b-a456-7ed01c430f6c	2ccf81188c79bf6afc10768c68f446e795b621347a9bb7d4a0bfb807aa31c24e	40a785968e8be6736c2c5413e871d07574d650a97fbc3bc65afb0ac3c9f9623e
1431	2026-12-05 03:13:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	37b278b9-d61f-48cf-8610-9fc897c0c6b4	40a785968e8be6736c2c5413e871d07574d650a97fbc3bc65afb0ac3c9f9623e	47105424737e2ff89b2220c31bd754ed0c4025ce6590f7805870f858ac165f9c
1432	2026-12-05 03:13:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ee4b5d7-6352-4547-aabe-9204c3778f9e	47105424737e2ff89b2220c31bd754ed0c4025ce6590f7805870f858ac165f9c	7b7f2e90a86da781aa914ff8840116dc72cfe35f639bc981f275c2042b20f50a
1433	2026-12-05 03:13:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4c0ce65e-2a8f-4acb-a2cf-271c486aea70	7b7f2e90a86da781aa914ff8840116dc72cfe35f639bc981f275c2042b20f50a	628353e0575bad5096f6d149084b7a62d976430282bd7889912b31364e4eed8a
1434	2026-12-05 03:13:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82a68b4f-69f1-4a08-9fcb-88676a68eba9	628353e0575bad5096f6d149084b7a62d976430282bd7889912b31364e4eed8a	8a37f1b6dbdb4d3669ad7fd0e66ccd5006ec8b0e7b8605c36bfdd8e4ce54f969
1435	2026-12-05 03:13:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f07dd42-5a57-47c9-9d04-0eb356f9d288	8a37f1b6dbdb4d3669ad7fd0e66ccd5006ec8b0e7b8605c36bfdd8e4ce54f969	9464fc4691dadd34ba444978291cfabfeb4ec6413622b9fdd97adf809a755461
1436	2026-12-05 03:13:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d63503e6-5f4f-4f50-9022-41cfb74eaf67	9464fc4691dadd34ba444978291cfabfeb4ec6413622b9fdd97adf809a755461	f00104c5f8a071bfa454709cf90c7340132ce25c92ee539ab54818270ce85ef8
1437	2026-12-05 03:13:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e52947cd-ba67-4749-aef4-661153a627d0	f00104c5f8a071bfa454709cf90c7340132ce25c92ee539ab54818270ce85ef8	49975eb07af48020084d7f51ba125a7325de13d1fcbe9b07dd211d68cc9c997a
1438	2026-12-05 03:13:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a58949b-e0ea-4d2e-9896-6695527a1cc8	49975eb07af48020084d7f51ba125a7325de13d1fcbe9b07dd211d68cc9c997a	057d229d7346a1fa2001a1a64643ef7cd91a6d91567ae8015521d97f36f2a909
1439	2026-12-05 03:13:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb1b8c9b-cc5c-4a81-b020-33080748fe6a	057d229d7346a1fa2001a1a64643ef7cd91a6d91567ae8015521d97f36f2a909	6bfef42ffa37bbed8e61d8f2a1c255afa2126ae2659e5763198629bba62d222c
1440	2026-12-05 03:13:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	897e577b-1205-47eb-83a5-e828d8012786	6bfef42ffa37bbed8e61d8f2a1c255afa2126ae2659e5763198629bba62d222c	828d3b3e63d0b903ef9187ba0e8524b8320616f616469b6b33fa103b8c5b8ace
1441	2026-12-05 03:13:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e8e5dda-f56b-4e53-91d4-b028652bfb67	828d3b3e63d0b903ef9187ba0e8524b8320616f616469b6b33fa103b8c5b8ace	67a445bf6c7c5e9aabb6b73a981373b0589c428ef3be39c1046a2b677e6544a6
1442	2026-12-05 03:13:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d122773-f91c-445e-909c-67b882bcc692	67a445bf6c7c5e9aabb6b73a981373b0589c428ef3be39c1046a2b677e6544a6	cf2b97690e1df7c97de278b19272608b5c56773ef6db43f66c0bf6aad1151d84
1443	2026-12-05 03:13:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06bc46bd-e7c2-44fd-af1c-8dd03a6d40e2	cf2b97690e1df7c97de278b19272608b5c56773ef6db43f66c0bf6aad1151d84	b7745bc9ca0874e22941b716644c8498823a76f8de4245b85b3a77d6d4223b63
1444	2026-12-05 03:13:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3aa6f3f4-5c29-4e25-ae0b-1156f6a147cb	b7745bc9ca0874e22941b716644c8498823a76f8de4245b85b3a77d6d4223b63	188290b0eb755e34dc1e4d78513be5e4aa13d35029cb5e202438f40b2f0795d3
1445	2026-12-05 03:13:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a306efaa-4831-4af2-be40-1f121ea0a3ee	188290b0eb755e34dc1e4d78513be5e4aa13d35029cb5e202438f40b2f0795d3	8ed637aa87aea90636b932f431268dc30171ae4f4be6b92bc2ce3bcd67ea1384
1446	2026-12-05 03:13:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	32ac76be-1228-4ba0-b9fd-7ae5e193d323	8ed637aa87aea90636b932f431268dc30171ae4f4be6b92bc2ce3bcd67ea1384	82c21907db6046cd9101e89f9219637784ed8e467586569c38df5eee04a8b6b1
1447	2026-12-05 03:13:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6b58ab9-57e8-4854-a740-d5c97f960883	82c21907db6046cd9101e89f9219637784ed8e467586569c38df5eee04a8b6b1	d1512b15a30cead006ddd05567f3a02499864d8e92643b6059d51020f52e3649
1448	2026-12-05 03:14:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	987d12e5-fc60-417e-b6fa-0b7fbae89449	d1512b15a30cead006ddd05567f3a02499864d8e92643b6059d51020f52e3649	3b7a7f96830d5c5c867a87249fd154b30e2d9c2c6270b37b82dcb202101f6e37
1449	2026-12-05 03:14:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	335f6edc-fbe4-4bc9-bb01-44e5b41be6bd	3b7a7f96830d5c5c867a87249fd154b30e2d9c2c6270b37b82dcb202101f6e37	62792e85b78c455c83e797dd1b61530eacef51624a79b7148e9fdc34d6c4bb30
1450	2026-12-05 03:14:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bc0ceee3-ac34-4874-ae02-4451b8b009a7	62792e85b78c455c83e797dd1b61530eacef51624a79b7148e9fdc34d6c4bb30	d0de74565c15c162ff1f45e204bb83aaf74a3e78d6837dfa90c7c268083653f2
1451	2026-12-05 03:14:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30511582-dd2c-4223-977d-20b45d57dbe4	d0de74565c15c162ff1f45e204bb83aaf74a3e78d6837dfa90c7c268083653f2	d1ea834d8ee910099f7eb55e77d42e45f4e6b8e42e126cf5eaed54cc3bc35e34
1452	2026-12-05 03:14:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b23f8791-1fae-461b-98fd-c6c17fed49f9	d1ea834d8ee910099f7eb55e77d42e45f4e6b8e42e126cf5eaed54cc3bc35e34	d7361bfece4cea60c5d0ae89ed1660ddd2fc55272ad7d5472e2d55a6a901e091
1453	2026-12-05 03:14:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b420fd21-d621-44af-affc-f9d8893955eb	d7361bfece4cea60c5d0ae89ed1660ddd2fc55272ad7d5472e2d55a6a901e091	979f57e2a1e04b8e1abfcb863e101c1c6eadb5e477212cdea36f44a00d621da7
1454	2026-12-05 03:14:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	670be3dd-5a64-473e-acdb-0b2d57972abc	979f57e2a1e04b8e1abfcb863e101c1c6eadb5e477212cdea36f44a00d621da7	bbc848d54179a059a2bd54529e065d6a717ffac165297af362b55b9d94fff03b
1455	2026-12-05 03:14:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c0f81ba1-70a7-48d6-a8bb-b5b27c60e72d	bbc848d54179a059a2bd54529e065d6a717ffac165297af362b55b9d94fff03b	0549400abe546f6100609e668fc313068a75a140b0e5305ddd16cb288ce0672c
1456	2026-12-05 03:14:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d5cfae9f-214f-450e-8c70-6b428087bc90	0549400abe546f6100609e668fc313068a75a140b0e5305ddd16cb288ce0672c	7befba8e4c0c47933e2b4668000ccb944917150e1457e7e288566bdd9b8b4619
1457	2026-12-05 03:14:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df5ec452-27f0-45a2-bed5-2f541d6fdd08	7befba8e4c0c47933e2b4668000ccb944917150e1457e7e288566bdd9b8b4619	dbb0c90ac7c01daed673e8227ebc765f7b3ee1fd219ae03bcf7ace3bb4e72ed1
1458	2026-12-05 03:14:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5195fdd2-ea9f-4dd0-b466-049d70c35064	dbb0c90ac7c01daed673e8227ebc765f7b3ee1fd219ae03bcf7ace3bb4e72ed1	ba84b329e3cb9d6f4460c658ae0126d6f7b08dd459ddcf2af41f9ff1215a122b
1459	2026-12-05 03:14:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	86e03cfb-2f61-4dae-8e82-0cef4a2cf949	ba84b329e3cb9d6f4460c658ae0126d6f7b08dd459ddcf2af41f9ff1215a122b	d2805dc32eafd5fc37a5e027b7ce7e59b20f9b3a7d1cd8acef51313fc0590608
1460	2026-12-05 03:14:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b49593a3-61a1-4bb6-a3d4-78851d9a9ce2	d2805dc32eafd5fc37a5e027b7ce7e59b20f9b3a7d1cd8acef51313fc0590608	d0611c92c72601daa1bd33f6f71a4f7e4f65a3fa46fe71ab3f08e3e8d35474ec
1461	2026-12-05 03:14:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4734f2d-5c57-46bf-bbd7-8dff81d4887d	d0611c92c72601daa1bd33f6f71a4f7e4f65a3fa46fe71ab3f08e3e8d35474ec	9e4fb7c5e32480d9bc51a5c363a3ffe83a69288c7b258cef7e957ef3c5c06348
1462	2026-12-05 03:14:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	23971560-640f-4278-83e0-42483d15487f	9e4fb7c5e32480d9bc51a5c363a3ffe83a69288c7b258cef7e957ef3c5c06348	edf9a36e698cb6713d47ac0fff832d800e0c5e136963d16056836fcd824f9b4a
1463	2026-12-05 03:14:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c5f53c3-3286-4dd1-a277-9332d93e9d34	edf9a36e698cb6713d47ac0fff832d800e0c5e136963d16056836fcd824f9b4a	4827d5b618d6c5d420585b7e1362f35da8cc31d6298c1c1667a2bdb296cbcba8
1464	2026-12-05 03:14:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2eb7aca0-1515-4177-b6fe-ce67774c49fc	4827d5b618d6c5d420585b7e1362f35da8cc31d6298c1c1667a2bdb296cbcba8	cf78a6c02da3b6111ad588ecabbe248107d49b5268acfbb957b7d2608afd3a59
1465	2026-12-05 03:14:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f73062a4-6a8a-41e3-8765-4f2d7aa976cc	cf78a6c02da3b6111ad588ecabbe248107d49b5268acfbb957b7d2608afd3a59	7e6c9af0be74d39121618daf550fe5eb04a35870e4f78003334d43ad08305851
1466	2026-12-05 03:14:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d69c905-21a9-49e9-ab2c-73c7b3531939	7e6c9af0be74d39121618daf550fe5eb04a35870e4f78003334d43ad08305851	62ce38594f57754f92c6f5c774a6f341c7ccc903128bd88f8d8d1e158a095d79
1467	2026-12-05 03:14:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	284ebab2-1a2b-431e-8063-6728bb0c22b4	62ce38594f57754f92c6f5c774a6f341c7ccc903128bd88f8d8d1e158a095d79	c565074abea516d15d3163fed0c1664f066101788b807959460d67797e5c97bd
1468	2026-12-05 03:14:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8af69688-eec9-4adf-9252-96ab0f4b22ec	c565074abea516d15d3163fed0c1664f066101788b807959460d67797e5c97bd	e1cc7581a3e6867e0b8c63e23f8b6250c1fcaa3e8098b6c8ff096aa3bbb3ff9e
1469	2026-12-05 03:14:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1872ea71-e430-469b-9556-ef9c65766285	e1cc7581a3e6867e0b8c63e23f8b6250c1fcaa3e8098b6c8ff096aa3bbb3ff9e	a32d1070e9bb8483aa9454d6319cdb1745634ee65287036ed40f2eb847653740
1470	2026-12-05 03:14:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	27e43bc7-c7ff-4ba4-b8e7-2e32fd0ac240	a32d1070e9bb8483aa9454d6319cdb1745634ee65287036ed40f2eb847653740	e5ceb2c5f0e048e51be3387f2d635978ad8f4d4389c8740e8ac27ad0c207d10c
1471	2026-12-05 03:14:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c0cc5432-2749-4e0e-91b2-14282ae62078	e5ceb2c5f0e048e51be3387f2d635978ad8f4d4389c8740e8ac27ad0c207d10c	b84973399c2ae540fa8322480035088d8f285c2c3e0f1cf6d644181c670cbd4a
1472	2026-12-05 03:14:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f8d2538-7a23-4d96-8306-a54c1661b291	b84973399c2ae540fa8322480035088d8f285c2c3e0f1cf6d644181c670cbd4a	0e9b787c02c9752b33d7c5d3371e27f27f5e89bfc56534b54d20041e1bdd3a39
1473	2026-12-05 03:14:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	64dd359e-f0ff-4f53-898e-a2f5a03d8f02	0e9b787c02c9752b33d7c5d3371e27f27f5e89bfc56534b54d20041e1bdd3a39	bfbf726c95990c0dd227a2ae1d9818be4ed9f5a87fb6439852cbe31847fed1c4
1474	2026-12-05 03:14:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	65908850-5eaf-438e-8336-3e6f35a6e967	bfbf726c95990c0dd227a2ae1d9818be4ed9f5a87fb6439852cbe31847fed1c4	fd1308815291909fa3b2ba2b209db8a46ed2ebb5db33e127ffa153ab9ae2845a
1475	2026-12-05 03:14:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	54e483f4-b1b8-4667-9881-40f8eedc3230	fd1308815291909fa3b2ba2b209db8a46ed2ebb5db33e127ffa153ab9ae2845a	d196dd0198e71afab4d5f9b6f30cae14d4d18d9e2e726de715d8e20fb5f0a482
1476	2026-12-05 03:14:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5bcdabbc-7b8e-4a77-9fe6-652fe60ed40c	d196dd0198e71afab4d5f9b6f30cae14d4d18d9e2e726de715d8e20fb5f0a482	53482328ac55987dccfab204cd94cf2336ebd032afa816ac6c3c5bd6a46b535d
1477	2026-12-05 03:14:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6f90f732-3739-4b47-9cd7-2483e76aaf77	53482328ac55987dccfab204cd94cf2336ebd032afa816ac6c3c5bd6a46b535d	6f4787af3f8416b746d6084ab2b0b8216cf6df170754c6235940de60531ddec1
1478	2026-12-05 03:14:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b7b84da9-e5d8-4100-960c-c8d6f629dff8	6f4787af3f8416b746d6084ab2b0b8216cf6df170754c6235940de60531ddec1	6c46aeadc93fbdde26e1ff94d0e5166cf9129bb1210b29c7c075f5e73e40d0a7
1479	2026-12-05 03:14:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	79f3ea51-c931-49f0-acc6-0c593996f3f2	6c46aeadc93fbdde26e1ff94d0e5166cf9129bb1210b29c7c075f5e73e40d0a7	231533165f8ebf902ed1e8fdce417490baf51c245e9782f4d861ea27793e368d
1480	2026-12-05 03:14:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	804302c0-f5e9-4c81-a8e2-9d21c35b844c	231533165f8ebf902ed1e8fdce417490baf51c245e9782f4d861ea27793e368d	776211a1201644ecb4fcb4109943f72c6b88f1955e2bd1d7ad8f73dda6785385
1481	2026-12-05 03:14:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3cb5d698-6397-4e63-9031-6bd39ed281c5	776211a1201644ecb4fcb4109943f72c6b88f1955e2bd1d7ad8f73dda6785385	024426992b998e4d997cc9f8ca3bd5679b728790e0b6762b731adf876f1e4c4d
1482	2026-12-05 03:14:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5d0d309-7b83-4a5f-9ab9-2a2d4ce17305	024426992b998e4d997cc9f8ca3bd5679b728790e0b6762b731adf876f1e4c4d	c64f53508d8b3478b2f81fde0510c5e208dccb82cba676b5f657269526dc0ed3
1483	2026-12-05 03:14:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4c81da44-b35b-4aaa-8daf-d66f6a180882	c64f53508d8b3478b2f81fde0510c5e208dccb82cba676b5f657269526dc0ed3	8fbe16f97421816d75e695f149b4f9d036a2e06fdc4a6985b8ba1ddcdd0bf2e1
1484	2026-12-05 03:14:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	296d5fb1-e69f-4318-af24-5e6097fc22f1	8fbe16f97421816d75e695f149b4f9d036a2e06fdc4a6985b8ba1ddcdd0bf2e1	6d483b4dc9c985f996c5bd744ee1724fb00fe436348e4696fb5111a0bbd6d5ac
1485	2026-12-05 03:14:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e03f081-61e9-4601-8e11-20d336e5f35a	6d483b4dc9c985f996c5bd744ee1724fb00fe436348e4696fb5111a0bbd6d5ac	176bbef70c3dbba98b27c7c584710fb2e72bde3b3d8eebe97601acf369be70d8
1486	2026-12-05 03:14:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f416190-a29f-4282-8797-0d6f210216f2	176bbef70c3dbba98b27c7c584710fb2e72bde3b3d8eebe97601acf369be70d8	d3b60a9d9cf0b03b2101a6250381ad59a454b5fd7086a68b9f77853994deccec
1487	2026-12-05 03:14:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bae72f51-b48c-4109-8787-bee6b70e2a2f	d3b60a9d9cf0b03b2101a6250381ad59a454b5fd7086a68b9f77853994deccec	351bd1fb994171272573dd646dff9dac7b260e9d5f0db2794622bedde93fe0a4
1488	2026-12-05 03:14:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	95fffe86-a361-4983-8ed8-8819068c8e2d	351bd1fb994171272573dd646dff9dac7b260e9d5f0db2794622bedde93fe0a4	a40c1861bf6e04612d91906e9b83f755735b2e5813436241612fe7ba406b7f41
1489	2026-12-05 03:14:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b4fbccfd-7a31-42bf-aacb-adede040aab5	a40c1861bf6e04612d91906e9b83f755735b2e5813436241612fe7ba406b7f41	86de862003e609e4971d078dfa0866e54ece501fcdd0aebe67253ba00621e032
1490	2026-12-05 03:14:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08b13e15-370d-4d60-8b1d-bb0600e093ef	86de862003e609e4971d078dfa0866e54ece501fcdd0aebe67253ba00621e032	7d167dcb74ada1b026b181a0e272420b2b12ca3dde44b5631266d2a3e738facd
1491	2026-12-05 03:14:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	da303a61-f684-4ba6-a30b-563330e58a1e	7d167dcb74ada1b026b181a0e272420b2b12ca3dde44b5631266d2a3e738facd	556b7f668adfef5acc95793fa42765c999bbe71632822d2bffb0144a584e4bfd
1492	2026-12-05 03:14:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5acb899-fca9-4fe6-bf59-32a42c1c5e2a	556b7f668adfef5acc95793fa42765c999bbe71632822d2bffb0144a584e4bfd	36d18cf86573ce01d8eaddb4c5beef5390a5cbfa4c8490341608fb356f769b10
1493	2026-12-05 03:14:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58fd087b-0464-4c30-ad5f-78ada088822f	36d18cf86573ce01d8eaddb4c5beef5390a5cbfa4c8490341608fb356f769b10	f50d38993d01d67cbb94504cc37327b50a599d031ecaff509c1a3a90a4cceb00
1494	2026-12-05 03:14:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	095d8ef1-d19a-4ca3-ac30-744639de7df4	f50d38993d01d67cbb94504cc37327b50a599d031ecaff509c1a3a90a4cceb00	6f1677ecaa6794d118eb68156b8b3f194068c1813b0ac9065c7d4be4f7054065
1495	2026-12-05 03:14:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8cb97c97-0164-402b-a57b-c689186284dc	6f1677ecaa6794d118eb68156b8b3f194068c1813b0ac9065c7d4be4f7054065	382b77f948835f4b852c5982894f3cf1820e8c3ad9f5be2dac56e1851cb355c7
1496	2026-12-05 03:14:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd78fa46-df30-4cb0-9cf0-4b4021137968	382b77f948835f4b852c5982894f3cf1820e8c3ad9f5be2dac56e1851cb355c7	f9cc6195570900f284d603518e80fd0a2992b107913c3c193a810047e4ca9a45
1497	2026-12-05 03:14:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	abc79c38-30be-4534-9ccc-088ff51b0a03	f9cc6195570900f284d603518e80fd0a2992b107913c3c193a810047e4ca9a45	7c89bd5570a384bd72d98c039896900ed1001bc8e232712b4eb437eff4d09186
1498	2026-12-05 03:14:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	671632f4-f5c3-43c3-b139-ced2818bc233	7c89bd5570a384bd72d98c039896900ed1001bc8e232712b4eb437eff4d09186	6f2ef81b0cff22687f9c121aaa4a29026432b875028937d19b02085dea387dd1
1499	2026-12-05 03:14:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	26cb5777-0883-4971-b62c-996f8f8f6952	6f2ef81b0cff22687f9c121aaa4a29026432b875028937d19b02085dea387dd1	4b526273f1cf6b11a3171d3418f3b75510731194920d88e1b9dc2f085086ea96
1500	2026-12-05 03:14:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4b2e8734-e2b3-4edb-82df-42db66bac3ea	4b526273f1cf6b11a3171d3418f3b75510731194920d88e1b9dc2f085086ea96	3ddcdfdd877d98e6f038a3a48a77beee9c8eeda2c4d620f3d70ed8e8b97af2b6
1501	2026-12-05 03:14:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ef0e35f-f2f7-4b83-9491-8f29b42713ce	3ddcdfdd877d98e6f038a3a48a77beee9c8eeda2c4d620f3d70ed8e8b97af2b6	e9441afcb924e9b4f43dab63a33443bb5b27c803178c55f3719e430be59460c2
1502	2026-12-05 03:14:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9d49d237-d1f5-44a0-b477-c9141ff2fee3	e9441afcb924e9b4f43dab63a33443bb5b27c803178c55f3719e430be59460c2	70516fd18676f17208f81cdbe4926c50d697c066c58ec8e5b8792e93b76784e5
1503	2026-12-05 03:14:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bdf327f0-f797-4960-8023-e67709c00fdc	70516fd18676f17208f81cdbe4926c50d697c066c58ec8e5b8792e93b76784e5	b6b05405aede7acf8d9e29d74cb72722e58e2ef59d1ac1b22fd2b5722be28160
1504	2026-12-05 03:14:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a61d1409-32d0-46ec-b97f-32c26e6715d5	b6b05405aede7acf8d9e29d74cb72722e58e2ef59d1ac1b22fd2b5722be28160	2ec0d821098b6b0007f9f681df645be48eee4b763ebade2c97d2cb03156100c7
1505	2026-12-05 03:14:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f9f5efa-94bd-4adc-9d05-37dbe7d4fca8	2ec0d821098b6b0007f9f681df645be48eee4b763ebade2c97d2cb03156100c7	03becbc8b5c356c4b858f68a937cf9c08ce4a672fb54800a9cae8ec1ffb2ad27
1506	2026-12-05 03:14:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	37681fb0-ecb3-405b-a2ee-f1bc9faedc83	03becbc8b5c356c4b858f68a937cf9c08ce4a672fb54800a9cae8ec1ffb2ad27	29d8869b0d369ca599cb85899bac52cc91c8276597d5430161f5d79445b99b2d
1507	2026-12-05 03:14:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	40266455-b66b-4e3c-9699-457463824146	29d8869b0d369ca599cb85899bac52cc91c8276597d5430161f5d79445b99b2d	5dbc0f609dd3cf2b4edb8957f520392495d3497efefb1e0a003bb450e5aee210
1508	2026-12-05 03:15:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	189bf02b-36c6-4a8a-906f-dee583e3acbe	5dbc0f609dd3cf2b4edb8957f520392495d3497efefb1e0a003bb450e5aee210	ff7377fc13090028aa7076676c934e17884e176ca5119cf4287e69eed8ab8f2e
1509	2026-12-05 03:15:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80d92f7b-dbfc-4e51-99a6-767c1f18ed3e	ff7377fc13090028aa7076676c934e17884e176ca5119cf4287e69eed8ab8f2e	5225c98fe6538660fb1170053cfd1969e7a73cfd10eab5dc02c7879bee5aaaa2
1510	2026-12-05 03:15:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fbf22705-a656-40ed-a7aa-4efcbe60b4fd	5225c98fe6538660fb1170053cfd1969e7a73cfd10eab5dc02c7879bee5aaaa2	9e455e14521c2bdfb613c707eb41f084c19c3fe25bb20b3ab0a14cf8800a1b21
1511	2026-12-05 03:15:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c846668-e1f8-478f-ad10-a69860224751	9e455e14521c2bdfb613c707eb41f084c19c3fe25bb20b3ab0a14cf8800a1b21	20efddaca1014e99958aa109f593b323396a52e77e4a0be53b89adff19842fad
1512	2026-12-05 03:15:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	057aad6e-63ee-4768-a3ef-7d069fd96ffe	20efddaca1014e99958aa109f593b323396a52e77e4a0be53b89adff19842fad	3cccfb1d245d2c317c9ea53214375239aebd8aecfe9850d5a3c12bd546e88e62
1513	2026-12-05 03:15:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18af9a15-85c2-4918-a7e7-7cf567d46b08	3cccfb1d245d2c317c9ea53214375239aebd8aecfe9850d5a3c12bd546e88e62	b76bcee8db9a488f11088735a29dfc6f2ec80197570ca9a4cec60924831e4ac8
1514	2026-12-05 03:15:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	36e7979b-2e68-4d1b-b055-16fea9b5e633	b76bcee8db9a488f11088735a29dfc6f2ec80197570ca9a4cec60924831e4ac8	e95eaa15f3f8c7dd223230678be56d980fa42c687a9d9242bb0cd48522a3bd1b
1515	2026-12-05 03:15:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	95a1f9a1-0a19-4dd5-b005-a77792049e3c	e95eaa15f3f8c7dd223230678be56d980fa42c687a9d9242bb0cd48522a3bd1b	49c161a4b2f1a52baa1a47484e9da452671c046d4ca1e8b02c47200d4ff0a0c5
1516	2026-12-05 03:15:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	881fe90d-eb87-4fe2-bf96-22a819516f27	49c161a4b2f1a52baa1a47484e9da452671c046d4ca1e8b02c47200d4ff0a0c5	6a7f7dcffd6c2879fb3194d0b9358a6f6a451f4c54cd016cfef936be73cbd77d
1517	2026-12-05 03:15:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2b6143f0-ac02-4a28-bb73-0d40cdd11827	6a7f7dcffd6c2879fb3194d0b9358a6f6a451f4c54cd016cfef936be73cbd77d	8e97c34964b746de19c13efb9546e3ee92497654ac88fffb60700e6c8a1a7a30
1518	2026-12-05 03:15:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4f38b5dd-c25c-4419-a295-93604a48a1b9	8e97c34964b746de19c13efb9546e3ee92497654ac88fffb60700e6c8a1a7a30	d9c1efd6651f59eb52d00c864cfb1643e73843ab7c2968e40756119507dc53e7
1519	2026-12-05 03:15:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d02ec66-8a17-4472-9f8a-ac31d3849035	d9c1efd6651f59eb52d00c864cfb1643e73843ab7c2968e40756119507dc53e7	9fb9c98024b601b0d7b6e19e615bd2a99d36ba7832364ea7a96c2aa3a5672916
1520	2026-12-05 03:15:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1576aef-ad4e-4547-9495-a6ebe8b0a85c	9fb9c98024b601b0d7b6e19e615bd2a99d36ba7832364ea7a96c2aa3a5672916	53f44edd2c64ee1143202d70f77a05af559025f89e2f5b72c107301d3e840e9b
1521	2026-12-05 03:15:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9137f042-a390-4da2-b939-864316e11851	53f44edd2c64ee1143202d70f77a05af559025f89e2f5b72c107301d3e840e9b	2d21783eb09ded2cc59ceeb4c067a2094b68ea950cfad34abf4dcdb7d581f301
1522	2026-12-05 03:15:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b11980f3-9c17-4cb8-8c83-f1c571026527	2d21783eb09ded2cc59ceeb4c067a2094b68ea950cfad34abf4dcdb7d581f301	b35ddf92fbd16438623718d5986246688f2f85bf083c04d7d9792df0d389de12
1523	2026-12-05 03:15:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6bfcc69e-f829-4422-9f05-1179e246a17c	b35ddf92fbd16438623718d5986246688f2f85bf083c04d7d9792df0d389de12	8ff0246ace8c5b5151b17828f2f9b3b0a7a36771d2f6ee2e684ccf6578b4debf
1524	2026-12-05 03:15:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6be331a-56ed-40a3-b0eb-b25c3ac0bcf0	8ff0246ace8c5b5151b17828f2f9b3b0a7a36771d2f6ee2e684ccf6578b4debf	08d817ba650ffbd1ff2256a67a21cc4042a6cbe9c92d6bed258c28797561026e
1525	2026-12-05 03:15:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	43fd27ac-aad7-48a1-bddf-22e778c23c71	08d817ba650ffbd1ff2256a67a21cc4042a6cbe9c92d6bed258c28797561026e	c977012f048bfaabde1fde9f1c7898b322ab713dd16850afafb8dd14e94ff8f0
1526	2026-12-05 03:15:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ab983536-640f-4e1e-8d84-e56fd8a215d5	c977012f048bfaabde1fde9f1c7898b322ab713dd16850afafb8dd14e94ff8f0	1810ed8ee31a4995716b7e541313e200b0243f08e9a0a9cb2b30207132e8b5a6
1527	2026-12-05 03:15:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eee278c4-5802-4d9a-bc10-ecacc56deb5f	1810ed8ee31a4995716b7e541313e200b0243f08e9a0a9cb2b30207132e8b5a6	97aed2ba57200bf49ff008e07d691e0aa6a5cf188645d64a194f7fd67f5870b4
1528	2026-12-05 03:15:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	38d957d5-49d9-4e73-9134-bae703d14dd0	97aed2ba57200bf49ff008e07d691e0aa6a5cf188645d64a194f7fd67f5870b4	fceb5eda28b46a34faff17924b3d81f0e95278dbacd3b586ae124ee9537920bd
1529	2026-12-05 03:15:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b11c38c7-9f98-4b5a-9ad8-6749a22992b1	fceb5eda28b46a34faff17924b3d81f0e95278dbacd3b586ae124ee9537920bd	19f1c1ae2419bf2ff1291ac98393839fa34dbe4b6c8c0a6bcd03e7bb62e3142f
1530	2026-12-05 03:15:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82fd5786-e7ec-410c-902a-9febabb53333	19f1c1ae2419bf2ff1291ac98393839fa34dbe4b6c8c0a6bcd03e7bb62e3142f	35681f01df562f3f9ab337f5ccb7c409955f3e4a420bbc513e0da769b518c703
1531	2026-12-05 03:15:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	706a8a70-1153-4199-9357-8c1db5e87577	35681f01df562f3f9ab337f5ccb7c409955f3e4a420bbc513e0da769b518c703	08a9addaceec88f3f021217f5afeae3cd408a7433501f84e40597efc0ab45747
1532	2026-12-05 03:15:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6ceac132-c9bb-4721-99c6-1a7d278d6663	08a9addaceec88f3f021217f5afeae3cd408a7433501f84e40597efc0ab45747	f329bc12a8cc14e20b177c77623f33ed7977f4603c475cbc9be5f5c06d893544
1533	2026-12-05 03:15:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dcd49c0a-74ae-42a3-a270-808e223372e4	f329bc12a8cc14e20b177c77623f33ed7977f4603c475cbc9be5f5c06d893544	8cf07bf5bea50c6bb9264b91d02cbcae03cb883f251eae13815efe6f876d7da3
1534	2026-12-05 03:15:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f248f0ae-ee96-4d7e-b46c-2e0c7d2e0834	8cf07bf5bea50c6bb9264b91d02cbcae03cb883f251eae13815efe6f876d7da3	0b532585694cc1bc14e69a9a66ed62655b2afd74392c67796ed4b4f7090359b0
1535	2026-12-05 03:15:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	12f371c8-45d6-4c8d-a04a-7e72302db87d	0b532585694cc1bc14e69a9a66ed62655b2afd74392c67796ed4b4f7090359b0	f9ca5e8dfda65d35168952ad0374f29e4df7fe634c4a04d4059f789cb8200ce5
1536	2026-12-05 03:15:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ee67cca-89b1-4695-b586-1b66df82b61a	f9ca5e8dfda65d35168952ad0374f29e4df7fe634c4a04d4059f789cb8200ce5	6a4e9237dcca4adb473ed451384d5601a522029d4fee4aef3a31236d8402d803
1537	2026-12-05 03:15:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	795e2a7f-b47a-4853-83ce-3aaf9d1785ed	6a4e9237dcca4adb473ed451384d5601a522029d4fee4aef3a31236d8402d803	d851b41b46b174856aae1e1358d68bf40de1090a0995e06104613dd92bbe54d0
1538	2026-12-05 03:15:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d3e572b-7756-4040-b76b-2314b0a81cd9	d851b41b46b174856aae1e1358d68bf40de1090a0995e06104613dd92bbe54d0	a48703858ebf8719c8f5140703e53d31df3f7db85dc1d0a179c643e48714e724
1539	2026-12-05 03:15:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c93f9fae-8c4b-428b-9a2f-e8432595e319	a48703858ebf8719c8f5140703e53d31df3f7db85dc1d0a179c643e48714e724	b7cb8b698a21d8299b3186c5464538e81d79ba1d2e0e2d1a7c64ea2297069bcf
1540	2026-12-05 03:15:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	523caa97-c9c6-44ca-98ca-f8ec71caf66f	b7cb8b698a21d8299b3186c5464538e81d79ba1d2e0e2d1a7c64ea2297069bcf	b24c6db0b9fd110a722dceec837666da35f1892688e5df31adc82da8ade47c7d
1541	2026-12-05 03:15:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b88e526-3009-4350-b964-922625c15cff	b24c6db0b9fd110a722dceec837666da35f1892688e5df31adc82da8ade47c7d	3669de459d9d2f04c31c1e7ef72f1d79759bc44b7ce547d53a2b82863fafbee7
1542	2026-12-05 03:15:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a474f414-a603-4141-b763-a1b40cb4cc4a	3669de459d9d2f04c31c1e7ef72f1d79759bc44b7ce547d53a2b82863fafbee7	317c70610d012420c985778e2d1e7d49fd03d72d9a57d9e3a5186f28f02ccfdd
1543	2026-12-05 03:15:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb9f295b-b947-4558-8ad5-1d91b99053e3	317c70610d012420c985778e2d1e7d49fd03d72d9a57d9e3a5186f28f02ccfdd	a2321f6a41b1d5464d44a17cd24f13bb454acb44e00a3b827807255e081bfa38
1544	2026-12-05 03:15:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e0d91a4-1659-4e66-a2ad-b92f1d20efe2	a2321f6a41b1d5464d44a17cd24f13bb454acb44e00a3b827807255e081bfa38	7bfd1a70ffbaf630a7fbdf0fa253aa1a405eb03399591d13a21714bcd6b1c2d5
1545	2026-12-05 03:15:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5a0a2492-e9d1-44fc-afcd-2c0c0d18c1bd	7bfd1a70ffbaf630a7fbdf0fa253aa1a405eb03399591d13a21714bcd6b1c2d5	b945cd7fab35b24574bfd143a573610504ceb2827d8e20b05f057e17ac37f80b
1546	2026-12-05 03:15:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	53cf8812-0a29-48cc-b1ca-de0c7b10c04c	b945cd7fab35b24574bfd143a573610504ceb2827d8e20b05f057e17ac37f80b	c19aa3ce47e90155574ed69c4d49641a74b2e6f731bfd8840abe7faad595c7b7
1547	2026-12-05 03:15:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	408ae48c-00ef-4f96-aeec-e9dd1b7bc852	c19aa3ce47e90155574ed69c4d49641a74b2e6f731bfd8840abe7faad595c7b7	26a5df2da3ca8dd579208130a7daf9e11e9c5a7d20885811b2fb8eed3470e12e
1548	2026-12-05 03:15:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30aa734c-7e42-40a4-9fef-4a943cd82e72	26a5df2da3ca8dd579208130a7daf9e11e9c5a7d20885811b2fb8eed3470e12e	aeb1ba46ab1b15bd4119927cf929085125b22c7d832fc158e814f5f57d4d7baa
1549	2026-12-05 03:15:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ad821d3f-9f50-4c58-9993-a903bcc59458	aeb1ba46ab1b15bd4119927cf929085125b22c7d832fc158e814f5f57d4d7baa	dcb507f55c797feefd4775e5c73bf0275813e4e438587a6300f7bffb37a859b9
1550	2026-12-05 03:15:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	877f554d-58aa-4438-b52d-bf6706d23e9d	dcb507f55c797feefd4775e5c73bf0275813e4e438587a6300f7bffb37a859b9	08366a25bdd5978f81363f7e02b34faea810785f774db5f34719bd8165bb48be
1551	2026-12-05 03:15:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	310f11db-f9e6-462b-ad16-91dccd072154	08366a25bdd5978f81363f7e02b34faea810785f774db5f34719bd8165bb48be	3a3f32a47f2df3d364bdd0420b3f1498d9d105155b77a74d9480ed932510fb3a
1552	2026-12-05 03:15:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1eb4f837-7fe3-439a-a4f0-aa41cbdd1cb6	3a3f32a47f2df3d364bdd0420b3f1498d9d105155b77a74d9480ed932510fb3a	78dcf3a60313b6dcd931d6188cb149d33d3006132340f5c7bb9a7471388808db
1553	2026-12-05 03:15:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6b59d73-b38c-44a8-80b7-58a2a703494b	78dcf3a60313b6dcd931d6188cb149d33d3006132340f5c7bb9a7471388808db	0ea312b9ff4cf224732e01e8676aecc8699d187fcdc50a926d6f09b654c0f319
1554	2026-12-05 03:15:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ece22f5d-b2fc-460e-baf1-28bf872c6827	0ea312b9ff4cf224732e01e8676aecc8699d187fcdc50a926d6f09b654c0f319	8a8bdf1f8e3b3fffa31f36d6868cacd6dd7fb0400e179799a2b8e00f5d907906
1555	2026-12-05 03:15:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	288d39d8-fdd7-4718-95cd-21f6b3bf39d4	8a8bdf1f8e3b3fffa31f36d6868cacd6dd7fb0400e179799a2b8e00f5d907906	9e5988838ffe4f8d7e69905a0f9a080014fe11ea228d9b410fddee29817d49c9
1556	2026-12-05 03:15:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6cd66d3-acf4-4c7d-8b68-2cbda910ce62	9e5988838ffe4f8d7e69905a0f9a080014fe11ea228d9b410fddee29817d49c9	c518c367cde7cb95ac54b9c1b3de107f2bd269a09caf235a5c48a41aec7081ee
1557	2026-12-05 03:15:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e1a0654-e283-4452-9e54-94777953d816	c518c367cde7cb95ac54b9c1b3de107f2bd269a09caf235a5c48a41aec7081ee	552bf31813995af7ccc82964cc22b8492f64d3a553589ea05f60360b61649fc9
1558	2026-12-05 03:15:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1efc3b32-697b-43fc-9ffc-1f4d00807c5d	552bf31813995af7ccc82964cc22b8492f64d3a553589ea05f60360b61649fc9	0d772dac0161a68ded6e7ac39cefa28db1ade3d3c63bd114df6ab76e4bec24ee
1559	2026-12-05 03:15:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	907d7f75-cfd3-4bf0-b37c-519aaa4b1f1d	0d772dac0161a68ded6e7ac39cefa28db1ade3d3c63bd114df6ab76e4bec24ee	496b98868c8a8361aa7679b583601940410ac8e80f39c94b6dc05c7d012ee66a
1560	2026-12-05 03:15:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	929dd72a-53f0-44b9-9b72-8adc3e5e87ca	496b98868c8a8361aa7679b583601940410ac8e80f39c94b6dc05c7d012ee66a	be7671a9b7ed4ea9c93795924612c65a71f6499c2bf7fb7ca9d5fd8507247589
1561	2026-12-05 03:15:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c7acc1ad-3135-46a9-9321-441a2b5fbe8f	be7671a9b7ed4ea9c93795924612c65a71f6499c2bf7fb7ca9d5fd8507247589	0bf8679f6bc533ae23b6df04568ea3803b47e71c546473476e789b820e37baac
1562	2026-12-05 03:15:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	498efe13-c1f5-4585-8e18-7762a8fc1837	0bf8679f6bc533ae23b6df04568ea3803b47e71c546473476e789b820e37baac	5099116b53e1028cfb7f1578ef0487b521c6a8cf637befc0b30fa409ed71eec8
1563	2026-12-05 03:15:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1e8d720-ce44-48d6-96b6-2280a0712cb5	5099116b53e1028cfb7f1578ef0487b521c6a8cf637befc0b30fa409ed71eec8	993c235953713e11d689663162fcaaef9f828aee03ffac0435e4188c9a13e304
1564	2026-12-05 03:15:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	badd465a-67bd-45de-aec1-835502c89cfc	993c235953713e11d689663162fcaaef9f828aee03ffac0435e4188c9a13e304	6946ce1749653fcd174ea1f86ef759aa06cae71fbaceaf6f23132e56605a0cb8
1565	2026-12-05 03:15:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d77d8a2-921a-474b-a832-ecb0ff54f98f	6946ce1749653fcd174ea1f86ef759aa06cae71fbaceaf6f23132e56605a0cb8	11b042f9a9479dcf41ddfed59473e0204217f56a60c571d50731a09e32ef21de
1566	2026-12-05 03:15:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e995cd7d-6b68-484c-a214-b0fba6ed938c	11b042f9a9479dcf41ddfed59473e0204217f56a60c571d50731a09e32ef21de	abefc0d9eef7909667b70532fa871bcaeef21ec610b28d1e8244551aa14a092d
1567	2026-12-05 03:15:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d67e6f2b-e8f9-4630-b191-7feeddff1d15	abefc0d9eef7909667b70532fa871bcaeef21ec610b28d1e8244551aa14a092d	9f5af953601b524464a2713fee20f46d1a9978cea54101865ba0a7abe662b167
1568	2026-12-05 03:16:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29dc9fe0-dd94-4b8a-b0ee-12d7351664ab	9f5af953601b524464a2713fee20f46d1a9978cea54101865ba0a7abe662b167	2bf2026d01228f42731c85524029e91b7269d44b20a1aba226b9d039711ecfff
1569	2026-12-05 03:16:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6220fb56-809e-496e-addf-0ec34621109d	2bf2026d01228f42731c85524029e91b7269d44b20a1aba226b9d039711ecfff	4d84abc3be89a1a61997608522d1b178daf2e0e96c85c136b2752778e9856d90
1570	2026-12-05 03:16:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	48a0fdf6-4a1e-47c8-b401-5e67a05a519f	4d84abc3be89a1a61997608522d1b178daf2e0e96c85c136b2752778e9856d90	18dbd4989f6593ce303e70dfabba054cc5b6ce9bcfc687c7d29e1e143e913f1d
1571	2026-12-05 03:16:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1c1ef51-2eed-4e63-92fe-65ace478d819	18dbd4989f6593ce303e70dfabba054cc5b6ce9bcfc687c7d29e1e143e913f1d	4ec77fe4aa0df7bdda4f26070a81cb8c346e53522234bab94148cfe9e0ff520c
1572	2026-12-05 03:16:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	947260fe-9920-45d7-8e01-77d7ed68e912	4ec77fe4aa0df7bdda4f26070a81cb8c346e53522234bab94148cfe9e0ff520c	ed7d43dd64a0c5fa0916f51e785d4c0f292d2926bf0a1bb9cd8c16014b5fca82
1573	2026-12-05 03:16:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bfc6f95e-448f-4d3e-b2bc-6c64ac380c0f	ed7d43dd64a0c5fa0916f51e785d4c0f292d2926bf0a1bb9cd8c16014b5fca82	e10e16baa3abd2b4dacba7baab4f5126afba553e409ace8d9839facaaa2f586c
1574	2026-12-05 03:16:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76835c2e-7498-4a02-9d8f-fac9fddd538e	e10e16baa3abd2b4dacba7baab4f5126afba553e409ace8d9839facaaa2f586c	bf620fa91f7f5b8325b2d5f05697e01a552a7f9a5da9e2e796a8f77b71421716
1575	2026-12-05 03:16:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd335ba2-1c39-4ccd-9b6b-04a6c3b96405	bf620fa91f7f5b8325b2d5f05697e01a552a7f9a5da9e2e796a8f77b71421716	8091a34a1eb03a4ba64764fefd00966d58a5f020a755881e833a22fba4c69aaa
1576	2026-12-05 03:16:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61b25c6b-d5e1-44de-b003-51360020411b	8091a34a1eb03a4ba64764fefd00966d58a5f020a755881e833a22fba4c69aaa	2ef77eadcaa45d010942c25e882817fdb56286e570f78cd562544dda68fe38e8
1577	2026-12-05 03:16:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56289bc9-8a69-4367-aabd-4da617fa2528	2ef77eadcaa45d010942c25e882817fdb56286e570f78cd562544dda68fe38e8	a4088f93b397f4d07024a177486247f129f2955695fe8f26a6f796249702c76e
1578	2026-12-05 03:16:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c476b4fc-2b69-4bc8-94dd-484b61b3c7e1	a4088f93b397f4d07024a177486247f129f2955695fe8f26a6f796249702c76e	7916e0b3b95b2fc5466d4fba842f6dd2246fb7850b498be00c23c3042fe34569
1579	2026-12-05 03:16:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f155c935-201e-457d-8682-a657c433829a	7916e0b3b95b2fc5466d4fba842f6dd2246fb7850b498be00c23c3042fe34569	a5fc2226745c3451aef37cc789c43246938715125be671c8a8e1cfe037a8f3ff
1580	2026-12-05 03:16:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aed49871-0975-43c7-b46a-9596c4743838	a5fc2226745c3451aef37cc789c43246938715125be671c8a8e1cfe037a8f3ff	bec54c2e98c96a37a5055c0ae7f18c9b279e6fbda4a30cb01f8e81baf2c5f1f9
1581	2026-12-05 03:16:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	84fed856-81cc-4402-9887-ce6d2fd1c9bf	bec54c2e98c96a37a5055c0ae7f18c9b279e6fbda4a30cb01f8e81baf2c5f1f9	96cb965a7704e69c708ba36f24eb02ac01a17e45f39c87151b43a72f1bf6b248
1582	2026-12-05 03:16:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a237c7d3-398a-4377-9e40-5b7449f4f818	96cb965a7704e69c708ba36f24eb02ac01a17e45f39c87151b43a72f1bf6b248	40e2afbf32d26554965dceccaaf38507a9d1176fa2ab8ef125db4c4df2cecfd0
1583	2026-12-05 03:16:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a8471f48-99aa-430e-ba9e-1017359c9b2e	40e2afbf32d26554965dceccaaf38507a9d1176fa2ab8ef125db4c4df2cecfd0	bd48cc7eea7840ebddc2eea3df7df04a6d9a46f887558e3ddd391ef9de579239
1584	2026-12-05 03:16:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1e6d1fe9-4e6d-4142-9bef-c3cacc6f3a83	bd48cc7eea7840ebddc2eea3df7df04a6d9a46f887558e3ddd391ef9de579239	71f41348d63be8096c65c810d858b3b5d0d2316082eaf1ff95c4b4afb0c576cd
1585	2026-12-05 03:16:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bdafb9ea-cffb-4e0b-abb8-79d4280d18af	71f41348d63be8096c65c810d858b3b5d0d2316082eaf1ff95c4b4afb0c576cd	2234f164b05b880c5e2258015a71a2985ca9785fb9a53158afb7d29515684c16
1586	2026-12-05 03:16:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89a623d9-f293-4669-af03-c4def03835a7	2234f164b05b880c5e2258015a71a2985ca9785fb9a53158afb7d29515684c16	85197f55dc37573f3e2f8d895dab094303fc98de1cde4fd3a39bd4d21acd5b79
1587	2026-12-05 03:16:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	feb40cff-2430-4a43-b961-fd3af85b38da	85197f55dc37573f3e2f8d895dab094303fc98de1cde4fd3a39bd4d21acd5b79	8ee364757600b39be096fc3231b7a6bd91155d0402d201f386c9634c6708f340
1588	2026-12-05 03:16:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd5d904f-fddb-42e0-99df-74e3ccc4888f	8ee364757600b39be096fc3231b7a6bd91155d0402d201f386c9634c6708f340	9cac3ba6b526c253da531558ca870f088ca4d99dd1e027cb3a38411ec0d564cf
1589	2026-12-05 03:16:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6df29e05-84ea-4da6-b817-f1f397968203	9cac3ba6b526c253da531558ca870f088ca4d99dd1e027cb3a38411ec0d564cf	a9fb258fb18d2fcf5e2081d1c5243d38548f074b7d76f1f86aa8dc7c0779d21b
1590	2026-12-05 03:16:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc70c6bf-84d5-458e-bab7-8173e254b373	a9fb258fb18d2fcf5e2081d1c5243d38548f074b7d76f1f86aa8dc7c0779d21b	00ca9a9f725de90367d5efb60dd39214127c4d72635db7eac77b8f2e6d9a717d
1591	2026-12-05 03:16:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8eab9a15-cf3b-4b3b-9499-179737014471	00ca9a9f725de90367d5efb60dd39214127c4d72635db7eac77b8f2e6d9a717d	929406cf29f5465967f2d5260ffef75b7122eae67dfc1524dc3462a4029610cc
1592	2026-12-05 03:16:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3b4cfd8-f8bd-43b3-abb7-601a0f3dece3	929406cf29f5465967f2d5260ffef75b7122eae67dfc1524dc3462a4029610cc	009bb646234ddfa833ef73bdc4c442c4ace2e728c3098cc5b58b3204cf95130b
1593	2026-12-05 03:16:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29a3acd2-b4f2-4e93-b61b-d32fa3d96714	009bb646234ddfa833ef73bdc4c442c4ace2e728c3098cc5b58b3204cf95130b	1204fde49a2d8f188fdf77974add2fbd95d7e86b3b2202624a89a4b60835b0ad
1594	2026-12-05 03:16:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1efdb31d-a686-473c-805b-b85f6d4a6ec7	1204fde49a2d8f188fdf77974add2fbd95d7e86b3b2202624a89a4b60835b0ad	8c58779c681863243af261e0b44d64d2f50994181f67a6014d8eb9466f6f974f
1595	2026-12-05 03:16:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	84bbef21-6c15-4183-8c81-5a536c694a18	8c58779c681863243af261e0b44d64d2f50994181f67a6014d8eb9466f6f974f	a7426e5bff708946d59339ff5398f882a62f8a13d746e2713a29bc02b03098eb
1596	2026-12-05 03:16:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51acc568-7f85-49c9-ac62-8029ec1d5884	a7426e5bff708946d59339ff5398f882a62f8a13d746e2713a29bc02b03098eb	9531ff6a6233b98aa873f3d743b645e48be5fa8791560d1ed4882ce0540ad307
1597	2026-12-05 03:16:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fd544966-90a9-4148-a0e7-7f423b60c723	9531ff6a6233b98aa873f3d743b645e48be5fa8791560d1ed4882ce0540ad307	f3ffcc4978fc2ef24082168fea63c7363e2fd26739f3f841dc4c23e44041fa44
1598	2026-12-05 03:16:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	909e2982-4d6b-44a2-99cd-e03788d98a03	f3ffcc4978fc2ef24082168fea63c7363e2fd26739f3f841dc4c23e44041fa44	ff9daa3d06b269e777d53bf6b84faedeec4a42bcea6615d9bf91d87252cbdbc3
1599	2026-12-05 03:16:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6033fa98-0ecd-462a-aeaf-681302527967	ff9daa3d06b269e777d53bf6b84faedeec4a42bcea6615d9bf91d87252cbdbc3	4c2700e5960b4514608fa841350d8c2bf9f0b414bfa5e95257bd4731281729a0
1600	2026-12-05 03:16:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6b2a19da-e4aa-4d4d-8468-4d2f8b1fb30e	4c2700e5960b4514608fa841350d8c2bf9f0b414bfa5e95257bd4731281729a0	6fed21bd6952d26457fd00924e5906a388bbbd7747e8252fad294188c0e7673a
1601	2026-12-05 03:16:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e56924c0-e750-4a8d-abed-cd5b3b4178cb	6fed21bd6952d26457fd00924e5906a388bbbd7747e8252fad294188c0e7673a	f1bd52b4fc08fc03d7fe7fdda015521a021d5b6db10ae62ba2be93fe922391f8
1602	2026-12-05 03:16:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e64db548-7871-4752-9e4b-9436c4511cee	f1bd52b4fc08fc03d7fe7fdda015521a021d5b6db10ae62ba2be93fe922391f8	4bc1e41729144023e0b8de5d987aa890d78de2d0c11fda404f8b654ec3b2a5ed
1603	2026-12-05 03:16:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3a6d10d4-5a36-479f-b8a2-cfd99ed56fc1	4bc1e41729144023e0b8de5d987aa890d78de2d0c11fda404f8b654ec3b2a5ed	df92fa668b52f8a24d1a34297de26840ea0e3064072373f36a8250bc3fdc7606
1604	2026-12-05 03:16:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2ad1d98e-9fde-4556-8acd-e4b6ded2f937	df92fa668b52f8a24d1a34297de26840ea0e3064072373f36a8250bc3fdc7606	2e27d999403d55019e1cfdd3dbd016e2642209793d3cddae805fd1f415199e4c
1605	2026-12-05 03:16:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3dbd9869-d0cf-4fbb-a997-3d80401c43c0	2e27d999403d55019e1cfdd3dbd016e2642209793d3cddae805fd1f415199e4c	00b92dc0ad5879dbd69fcae53ea9836072e1e687dbdd8e40226800cc44145660
1606	2026-12-05 03:16:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c3057432-5e49-4643-9dd2-654bd6f5f141	00b92dc0ad5879dbd69fcae53ea9836072e1e687dbdd8e40226800cc44145660	728d5a22720c951178b799f35a2830b859dadcb6c1c4c30824787a5fb23708c0
1607	2026-12-05 03:16:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93d97c03-ab57-4911-b0c1-5260deee00bf	728d5a22720c951178b799f35a2830b859dadcb6c1c4c30824787a5fb23708c0	cbf5df329eac09392e74cd79018ba0f01cc34700c80b12b3700424cecb738595
1608	2026-12-05 03:16:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58e42f76-5132-4414-a2f4-c6730baf54d9	cbf5df329eac09392e74cd79018ba0f01cc34700c80b12b3700424cecb738595	7045cfe2cc4586a50708bda23f988632bfb73a50e8df920df57ee3289334ae3a
1609	2026-12-05 03:16:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	313fde77-7e1f-4b18-ab6c-09abe66bd2ca	7045cfe2cc4586a50708bda23f988632bfb73a50e8df920df57ee3289334ae3a	cc7b45f77fa0c72a41c219f1ea08fa5a4ca4a617f9cf933473c32eae6900c358
1610	2026-12-05 03:16:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5890cf2-8dd1-40b6-aef5-7c2f67603bff	cc7b45f77fa0c72a41c219f1ea08fa5a4ca4a617f9cf933473c32eae6900c358	53b8cd4c9c921cc64449e78f94aacd62b6d88055db392902c9dcdbaf8c379a80
1611	2026-12-05 03:16:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89e1775f-1b87-4159-9f7b-06b1c8838a6d	53b8cd4c9c921cc64449e78f94aacd62b6d88055db392902c9dcdbaf8c379a80	18a3c128edf6c6a32891dc7b276e6d1cf4e23a22f5ec256af85599ef6183624a
1612	2026-12-05 03:16:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ebaea516-88ea-4b1a-bf2e-6d374b78ee5a	18a3c128edf6c6a32891dc7b276e6d1cf4e23a22f5ec256af85599ef6183624a	3e105ffc17220533d6f9b2b42cabcd94fb7ac0730aeb224b7804fdd503489b49
1613	2026-12-05 03:16:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63fe6e95-800e-4ac4-87ad-e7e4de304e44	3e105ffc17220533d6f9b2b42cabcd94fb7ac0730aeb224b7804fdd503489b49	78ebeb225c4b5ee7f9c51c4d0f8924e358bd1b944a05518df71b9b21000c6bec
1614	2026-12-05 03:16:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f886090b-f594-4a26-8f03-0d4f9ba18ca5	78ebeb225c4b5ee7f9c51c4d0f8924e358bd1b944a05518df71b9b21000c6bec	b6efcdfaca554378a6593eb23964af668306d3f610e759d1fca75e18d9eac705
1615	2026-12-05 03:16:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	35e348f3-6f66-48d0-b59f-4bc8a0bfa9c8	b6efcdfaca554378a6593eb23964af668306d3f610e759d1fca75e18d9eac705	cfcd7cc25e5e1e47df19fa9ba65e9c624f82429cc044f41623e26dbe9384b049
1616	2026-12-05 03:16:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	91e277b7-3a9e-4c5f-8594-dcec588387da	cfcd7cc25e5e1e47df19fa9ba65e9c624f82429cc044f41623e26dbe9384b049	268f985e125eac8b44c69e4424a4e1e8c6406bc04f6d5262ec1603a3c89f9af3
1617	2026-12-05 03:16:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	913b97d3-604b-4126-ab6a-c096f5f53c45	268f985e125eac8b44c69e4424a4e1e8c6406bc04f6d5262ec1603a3c89f9af3	3d3a6035a3f9a8d007291db4025c96564fe00be3560e02580702156586ecdd95
1618	2026-12-05 03:16:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ebe5a68b-7775-4974-8769-63367cc8d071	3d3a6035a3f9a8d007291db4025c96564fe00be3560e02580702156586ecdd95	75fb53de543229b10e359ed0023840376e33fc902a53a928cf1fa34691cfb3c1
1619	2026-12-05 03:16:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6343ca8-6425-41b5-b005-127b9454b81f	75fb53de543229b10e359ed0023840376e33fc902a53a928cf1fa34691cfb3c1	525153fd435740cb3e0ebce0ef1111a971434aa865a2d95885cf48f8cc73fde8
1620	2026-12-05 03:16:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c7fa0947-fc81-4c5e-9573-ebb1c4e274a1	525153fd435740cb3e0ebce0ef1111a971434aa865a2d95885cf48f8cc73fde8	fa7d699fd775f337521348f25db29acc742aedfd3b5736b74fb8d92c748295d8
1621	2026-12-05 03:16:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	099f10d8-3f03-465e-b6c7-27357e3203e0	fa7d699fd775f337521348f25db29acc742aedfd3b5736b74fb8d92c748295d8	73094592eeeeddbf28db810efcce4fee2adedd4f1fbef352655ff653743f2ca1
1622	2026-12-05 03:16:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4fb8705d-4894-4f42-8def-353a26458c46	73094592eeeeddbf28db810efcce4fee2adedd4f1fbef352655ff653743f2ca1	d92d486ac95249bef7078b541a1fe374028e67ce0700634048af57f966c6236b
1623	2026-12-05 03:16:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	32967d21-a151-4b04-ac3d-90ccd4a0bb8d	d92d486ac95249bef7078b541a1fe374028e67ce0700634048af57f966c6236b	2184aec802a900e856a03b3ab0af128df993b7cc349968cedf7c670f75e5335f
1624	2026-12-05 03:16:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94b99bff-d3ff-4a61-a9ca-c3543064158a	2184aec802a900e856a03b3ab0af128df993b7cc349968cedf7c670f75e5335f	e976297fe6172c2181a0c6747f3537c0010c3f9a0ebf734ef589502548b2938d
1625	2026-12-05 03:16:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f980870f-d328-4a53-96c3-df8b45cf9a60	e976297fe6172c2181a0c6747f3537c0010c3f9a0ebf734ef589502548b2938d	0c5afbb4d6fac24a05795413f25814a914b29db1820fc8d8d582d4ab6ac71c25
1626	2026-12-05 03:16:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d82fdc3c-27b4-48cc-96d0-130b55a0f2df	0c5afbb4d6fac24a05795413f25814a914b29db1820fc8d8d582d4ab6ac71c25	11749c5e719a2aa8108ec173a246b34c94aa683204eb6a5c92f718556b8305a5
1627	2026-12-05 03:16:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8087f98d-1eab-4b5f-80e8-c064b70cf212	11749c5e719a2aa8108ec173a246b34c94aa683204eb6a5c92f718556b8305a5	885ea225588ee99b70a29559c2152617310ca3319b35b083fe133e9c3b6d42a0
1628	2026-12-05 03:17:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	376eeefc-df7b-42ea-a87c-382dc0bbc88e	885ea225588ee99b70a29559c2152617310ca3319b35b083fe133e9c3b6d42a0	e0fa2f55d60b2528eca606071865e5edea2a81d0f244977aee2c538a9e0d5c28
1629	2026-12-05 03:17:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4b802cc9-ca19-4dbb-8d01-6d0699581e5b	e0fa2f55d60b2528eca606071865e5edea2a81d0f244977aee2c538a9e0d5c28	9f3afefaa708aa6297ccf76a568aae54beb3e288c48fe6e055eb6a2a96a61711
1630	2026-12-05 03:17:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ee9b49c-faf7-4476-81de-5695cd90624e	9f3afefaa708aa6297ccf76a568aae54beb3e288c48fe6e055eb6a2a96a61711	e6d2b19bebc6c9ff003eb1178e6abd3960ebfce9b4b03bf846e8ab31a3587ca7
1631	2026-12-05 03:17:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58f0da57-54f9-4e88-82a6-54d7c95f3130	e6d2b19bebc6c9ff003eb1178e6abd3960ebfce9b4b03bf846e8ab31a3587ca7	5c1c3f49ebb710b9ecd13260116888d13b4f6063d7079c1d8c5e399cd3142c00
1632	2026-12-05 03:17:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	67dbce1d-a5c6-4159-9370-c7aaa347d8bd	5c1c3f49ebb710b9ecd13260116888d13b4f6063d7079c1d8c5e399cd3142c00	441edd2e1a17cab96ed8cc4baf9d72311ed0e7813dffe14d6203fc094cb39d2f
1633	2026-12-05 03:17:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7caff161-5226-4865-92c5-2fc1882a194b	441edd2e1a17cab96ed8cc4baf9d72311ed0e7813dffe14d6203fc094cb39d2f	dd83d766c71e6f67dc4e5871840401c70f913eafbe4a9b012f1112d27e6c0937
1634	2026-12-05 03:17:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd671927-9c85-42e5-894d-243c324b6505	dd83d766c71e6f67dc4e5871840401c70f913eafbe4a9b012f1112d27e6c0937	bb10d1512b77145cb31a3ac5aac7dd78d8f2b152f366b2c97ac87749ee9a6b32
1635	2026-12-05 03:17:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5a1d8ade-bb5d-49f0-a728-b4e89191eac9	bb10d1512b77145cb31a3ac5aac7dd78d8f2b152f366b2c97ac87749ee9a6b32	524e6bcf107b0d67058824c2e8b34071a9cc7394b43968ebb0a9bb93e9978320
1636	2026-12-05 03:17:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	299be58d-c84b-4e7c-91d5-c807fbef6f90	524e6bcf107b0d67058824c2e8b34071a9cc7394b43968ebb0a9bb93e9978320	95804143ba121141fab1df200a31ab4dc77244f1a94e4a3bfa56a327917eec19
1637	2026-12-05 03:17:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03b98525-06e7-436d-8a48-5aa436e5d448	95804143ba121141fab1df200a31ab4dc77244f1a94e4a3bfa56a327917eec19	f78df1dc0d7588330878aa8ec838e28c56ddc4121b75b2f679ea83a66b895924
1638	2026-12-05 03:17:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	35a44907-7b9a-461b-be6a-6c18356ad680	f78df1dc0d7588330878aa8ec838e28c56ddc4121b75b2f679ea83a66b895924	d65328ea7f77c74c11ce5d89e3cac41c99167730ae0063cae3cd7ccd66a70ac2
1639	2026-12-05 03:17:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	081c3ad9-9416-4cc6-aa79-d35ff0ee7e03	d65328ea7f77c74c11ce5d89e3cac41c99167730ae0063cae3cd7ccd66a70ac2	c4466026e060a29a0fa9a8af5f5975f40f9a788266bfe1378be2613b39cf15a4
1640	2026-12-05 03:17:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0b6194bb-ef83-4275-91da-335aa461edcb	c4466026e060a29a0fa9a8af5f5975f40f9a788266bfe1378be2613b39cf15a4	af83bf5047ed5b60303bde63c61648eb2ce9b82a60c66e70e49edc85944acbec
1641	2026-12-05 03:17:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5da85243-0828-48cf-9386-42c7e6bae3a1	af83bf5047ed5b60303bde63c61648eb2ce9b82a60c66e70e49edc85944acbec	145f649bc8a348b25f47332138962f615b75b78ea1759120ec23ca20908a6c06
1642	2026-12-05 03:17:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3af21282-4ee7-407d-9aa3-de5f7753ae02	145f649bc8a348b25f47332138962f615b75b78ea1759120ec23ca20908a6c06	e58b4178acc9bc45dd2ea7455bc0b21b9ceebfa975429eaa214bc6d0d46a4839
1643	2026-12-05 03:17:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	38a26f50-4888-4df8-8723-405009572b1d	e58b4178acc9bc45dd2ea7455bc0b21b9ceebfa975429eaa214bc6d0d46a4839	53627fba0862a472b2cd164d3f05d60eeba218743b9d7d99d1848164b90cefb0
1644	2026-12-05 03:17:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a33b7cd2-cd32-4c98-a359-248d639c1e19	53627fba0862a472b2cd164d3f05d60eeba218743b9d7d99d1848164b90cefb0	d0f888e7ef7f897871f077bcbdd694f6cb5a9e3d9ffffb902e9f201701c8e06a
1645	2026-12-05 03:17:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb6f7268-b751-4b70-aa94-f39ecb7a9f87	d0f888e7ef7f897871f077bcbdd694f6cb5a9e3d9ffffb902e9f201701c8e06a	aaf21d843ab0d7abf5a79e128978f129d1f0ba3c12b054903a9fc14d3ea61e61
1646	2026-12-05 03:17:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93fe8b85-53b0-4475-bf1b-37b9283f6b0a	aaf21d843ab0d7abf5a79e128978f129d1f0ba3c12b054903a9fc14d3ea61e61	22950973d312615962c9657eda861d3155c03da3feaf40707349745e824c9343
1647	2026-12-05 03:17:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51b9fb70-794f-4603-a873-24d5f6f48bf1	22950973d312615962c9657eda861d3155c03da3feaf40707349745e824c9343	c7269c5ef3248544ac90aeb449e008bef7785645ef82421445ac04631db783ac
1648	2026-12-05 03:17:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a432da0-d869-4be7-9169-98ba73cc3def	c7269c5ef3248544ac90aeb449e008bef7785645ef82421445ac04631db783ac	3e45e23136762e868081f81dc87d16ad8cd4634ce79e085b6ad41a03cd46b03f
1649	2026-12-05 03:17:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	458594b9-b378-474c-864e-80360a624335	3e45e23136762e868081f81dc87d16ad8cd4634ce79e085b6ad41a03cd46b03f	485664dfeb5e8a8cc7a011b5ecd37c30d6993a4952fe01b64a75f34e48ead0d0
1650	2026-12-05 03:17:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a533a845-0a2e-46de-92a1-eb4f09ef1973	485664dfeb5e8a8cc7a011b5ecd37c30d6993a4952fe01b64a75f34e48ead0d0	860645acaf5150e481bf4864d31328da814281e428c4bed55d24da8bd56285ac
1651	2026-12-05 03:17:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1d4e90d-0715-4895-a739-3bbf550d3b4b	860645acaf5150e481bf4864d31328da814281e428c4bed55d24da8bd56285ac	b595311eb238d8fa81c73cc2746a33d8d1cc695e3824032b984308f8959776cf
1652	2026-12-05 03:17:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c247657a-d18a-42a0-96ae-c87d4d2c37fa	b595311eb238d8fa81c73cc2746a33d8d1cc695e3824032b984308f8959776cf	cecbd3dc2d61182b5eb507cf9662df4303c00d6c1fbcdf5309e6fbcc6b6afc11
1653	2026-12-05 03:17:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1c45f4c-1cd7-42a7-87f3-ff944a67bdfc	cecbd3dc2d61182b5eb507cf9662df4303c00d6c1fbcdf5309e6fbcc6b6afc11	b9f7184420dba789b30fd2f0b865619ea7a5590b6f982c93615a0f22a67fb8f1
1654	2026-12-05 03:17:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5fa1ec81-e416-41dd-afae-e0aa0eaecbc9	b9f7184420dba789b30fd2f0b865619ea7a5590b6f982c93615a0f22a67fb8f1	2733625d443ae4e3c373cce9eadffc290d2048d9d5ecabe70c239936f53a0837
1655	2026-12-05 03:17:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8397dc4c-8248-464d-abb9-c30a62531030	2733625d443ae4e3c373cce9eadffc290d2048d9d5ecabe70c239936f53a0837	bf78fa60371f41c9d0d9ad9b37f619d377f153ce268e38e51810f2051fd8a882
1656	2026-12-05 03:17:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46e003a9-169e-414a-8124-52be6104dcd0	bf78fa60371f41c9d0d9ad9b37f619d377f153ce268e38e51810f2051fd8a882	2cb4399f2e4b1a5e7778baa21ea710a03f4303625a3e0bf59376d37fb6c052bc
1657	2026-12-05 03:17:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b8792207-4dbd-4cde-86fa-8a811c39329b	2cb4399f2e4b1a5e7778baa21ea710a03f4303625a3e0bf59376d37fb6c052bc	6050cbc68875eb23bbaee5af2d6130186f2b3462b3248bab05bc990d656bd0ed
1658	2026-12-05 03:17:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	79e371d9-2380-4d3f-9e48-a23eb7328b65	6050cbc68875eb23bbaee5af2d6130186f2b3462b3248bab05bc990d656bd0ed	48f8fceb6ff099fc1c55df044e096baaf36d16f50dae1048b51b2a10f884a12b
1659	2026-12-05 03:17:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	336626ca-dc39-47b1-a853-749d6f4aeefe	48f8fceb6ff099fc1c55df044e096baaf36d16f50dae1048b51b2a10f884a12b	ccd0df7e848fc0c6069d2c4ca3a7fb78b154c0d1e62ad3f313e6552ea83841d3
1660	2026-12-05 03:17:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b715fbe-91d8-4b83-9d02-352f14ff3567	ccd0df7e848fc0c6069d2c4ca3a7fb78b154c0d1e62ad3f313e6552ea83841d3	de73060ade490a57d583854d923112a3c05346ae464e09a07efb4c95b05be1d4
1661	2026-12-05 03:17:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c7fa57f-7a3d-4f7e-ab83-8a4522eaffec	de73060ade490a57d583854d923112a3c05346ae464e09a07efb4c95b05be1d4	ce497a61fbaa1908c0ff74c1500b356ead06f2ee9cbbdca2559bc3890f47b04c
1662	2026-12-05 03:17:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5252a18c-2fc1-40a9-b730-1e93d8ee3f64	ce497a61fbaa1908c0ff74c1500b356ead06f2ee9cbbdca2559bc3890f47b04c	cc44eba5c1888797d3e4b4cc7ee5053e306758df8e5ec1454e77d9fa4bcf3a9d
1663	2026-12-05 03:17:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	812e19a7-0346-4f15-bd3b-f4c6ede3e2fd	cc44eba5c1888797d3e4b4cc7ee5053e306758df8e5ec1454e77d9fa4bcf3a9d	ea70696a70cc20f8ce523893eb7684aa62b7aad36ed433b983e49d28c83cdfc0
1664	2026-12-05 03:17:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	354e3d73-9474-4104-8731-0664951f3155	ea70696a70cc20f8ce523893eb7684aa62b7aad36ed433b983e49d28c83cdfc0	91b005903a939b26c8286636912db47298a842aed101e1fafaa093e13d69dab0
1665	2026-12-05 03:17:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18d37c56-5ff2-46a3-9b59-b2febbf6c6f0	91b005903a939b26c8286636912db47298a842aed101e1fafaa093e13d69dab0	e64fa95e0c15c6dc7baf144c2cd0728c6e8747036b54f3e19ad9055899c1b407
1666	2026-12-05 03:17:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	968824c4-7917-4bc8-8028-6fd27be06f45	e64fa95e0c15c6dc7baf144c2cd0728c6e8747036b54f3e19ad9055899c1b407	e739ede8df39c6bfd06a33161143d0f558b407ca99a209b2ab5e426c46f02235
1667	2026-12-05 03:17:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b13bbce-2ee5-4f10-81aa-0bd8b2a0771a	e739ede8df39c6bfd06a33161143d0f558b407ca99a209b2ab5e426c46f02235	c8b1ce32292ae9f094d2799e188dc0c4550830649ac1f9630987e144bcd0a6e8
1668	2026-12-05 03:17:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	147602fa-cc57-40ea-a95c-6155a237b8af	c8b1ce32292ae9f094d2799e188dc0c4550830649ac1f9630987e144bcd0a6e8	6cb883930a205a3e8bd68cf3f2b4ac1bb9f13d00b766434f236bc99975ba69bc
1669	2026-12-05 03:17:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	245125d8-721c-4ddf-985e-b1158363e3ca	6cb883930a205a3e8bd68cf3f2b4ac1bb9f13d00b766434f236bc99975ba69bc	ad5617b0bbb85b848c79ec7cb382e10fe9532aec2951e2bb3617178bc5b683a6
1670	2026-12-05 03:17:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1308f147-c51f-4d3c-af0b-5d7cb9953fef	ad5617b0bbb85b848c79ec7cb382e10fe9532aec2951e2bb3617178bc5b683a6	3b30889283cc8397c7d7e475dd07deaa387f1898980d89f013a53ef6334e5f3f
1671	2026-12-05 03:17:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ce5fb65c-48a2-444c-a0cc-71076543b3e3	3b30889283cc8397c7d7e475dd07deaa387f1898980d89f013a53ef6334e5f3f	482620aa4bbd8b3e486bf4b19f4a64577c0992d43b0b9b5e3bdda1e765b0dda3
1672	2026-12-05 03:17:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2db9f566-d949-4a53-9d64-33abc3606af7	482620aa4bbd8b3e486bf4b19f4a64577c0992d43b0b9b5e3bdda1e765b0dda3	411439a881a5877a3fa0c375a7e64f18ecc1f5aec7e65879790cab772ac4260d
1673	2026-12-05 03:17:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	376e7508-eaff-47cf-b211-d9e504332611	411439a881a5877a3fa0c375a7e64f18ecc1f5aec7e65879790cab772ac4260d	e6ed41353e060318de989cec0154691cd9094f288012c3a0026a6313ed4213fb
1674	2026-12-05 03:17:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	52e38dc8-9783-4b8a-a572-31adc2bba8de	e6ed41353e060318de989cec0154691cd9094f288012c3a0026a6313ed4213fb	002be6ba0e536da4fa0ace8e5a749865f207c0d69543b966475b7e5763a5d218
1675	2026-12-05 03:17:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b6a0dec-947a-4b69-9495-31a65d4fa70b	002be6ba0e536da4fa0ace8e5a749865f207c0d69543b966475b7e5763a5d218	a020720f7b009f5d62f5feb0a3643453da00c446c36db61d92bdbef1719f6c21
1676	2026-12-05 03:17:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6c1e2e31-7171-447d-9ca2-51ab227802f7	a020720f7b009f5d62f5feb0a3643453da00c446c36db61d92bdbef1719f6c21	e6804cf7cfbbb58e8ecd5a3f892731c1b916dad78159fa5430a6cf2af90df62c
1677	2026-12-05 03:17:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2641660e-4fcb-4bae-a3ae-621f7a076d96	e6804cf7cfbbb58e8ecd5a3f892731c1b916dad78159fa5430a6cf2af90df62c	50e7cf7a2665b5c3e9542bfc44fecf54f5bb26e7c20a62ba7c2d2c436559f4a6
1678	2026-12-05 03:17:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1423a481-5ae5-4353-982c-1109ad66a653	50e7cf7a2665b5c3e9542bfc44fecf54f5bb26e7c20a62ba7c2d2c436559f4a6	9284767e9caa154d30b6e411c4ea6cdb58cbccff5c6aeaf859fcc4f707bf6fec
1679	2026-12-05 03:17:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc9e703e-8083-4b65-b00c-b73984d454e6	9284767e9caa154d30b6e411c4ea6cdb58cbccff5c6aeaf859fcc4f707bf6fec	fef1d9a9b4063d7301f1a3a5b7f367ff39dd4949f86271648073558ea37459a2
1680	2026-12-05 03:17:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8fc73eb7-14bf-453c-9669-a217b2c583d9	fef1d9a9b4063d7301f1a3a5b7f367ff39dd4949f86271648073558ea37459a2	7b8c4871afa45b40918b1cd2485dceda06753a3ec580de1ab1e8556fb8ec63d3
1681	2026-12-05 03:17:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d794867f-1f12-4ed7-9753-b3e78f0aacb5	7b8c4871afa45b40918b1cd2485dceda06753a3ec580de1ab1e8556fb8ec63d3	7ebe79b1f741c0247e83471eaec24aa16a765cf57aafee70d8482c5daea15e34
1682	2026-12-05 03:17:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18531dad-4df4-45de-9892-eb4a29617c7b	7ebe79b1f741c0247e83471eaec24aa16a765cf57aafee70d8482c5daea15e34	4fc6c9da0d25bae0ba2f9739f274f69f4e7f1918b24b09498cfcc0afb005d138
1683	2026-12-05 03:17:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	49558cfb-21e8-47c2-8348-a3687247e292	4fc6c9da0d25bae0ba2f9739f274f69f4e7f1918b24b09498cfcc0afb005d138	ffbd7cbb54e2e64a721b05ddce6a63cd381168b1e59fe3c82df62eed91c8f19f
1684	2026-12-05 03:17:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8164329a-500e-4b0a-90bc-8738917c1f3b	ffbd7cbb54e2e64a721b05ddce6a63cd381168b1e59fe3c82df62eed91c8f19f	69ddcbb169080ea1bd0f419d40fa889ed90ae4a2fdcc86ff7b4a476a4183b87f
1685	2026-12-05 03:17:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4b6d0a2-1095-4061-8d2e-a20fb7d4a97e	69ddcbb169080ea1bd0f419d40fa889ed90ae4a2fdcc86ff7b4a476a4183b87f	5a25c047d6c4904da2c65d425540af342a0db880eb32659b654f33961f644a30
1686	2026-12-05 03:17:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d11a55f5-06eb-4b3b-ae17-03cc48b821ca	5a25c047d6c4904da2c65d425540af342a0db880eb32659b654f33961f644a30	6886a10fd3d962a0e17b9a582caa529595208ba81165c8bc18230bcf07d1d1ed
1687	2026-12-05 03:17:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6548ed04-dc1e-4d79-8154-7b8d4842fc2c	6886a10fd3d962a0e17b9a582caa529595208ba81165c8bc18230bcf07d1d1ed	a38e62fcf240b4a131353d296537581661ef8c283ef8223214c809e71bd6733e
1688	2026-12-05 03:18:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	59325dc3-d62e-4818-9ca0-cac910e5c2b1	a38e62fcf240b4a131353d296537581661ef8c283ef8223214c809e71bd6733e	68a3241e76552ad2140d3f44d30c129ad97a7c426abec966df632a4685eac06e
1689	2026-12-05 03:18:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63ba970d-714b-43bc-acda-698f922d9a62	68a3241e76552ad2140d3f44d30c129ad97a7c426abec966df632a4685eac06e	3dfb276046939d110ac38cfadc8b7bd2e798cdab9bc6ace52d33fc4c57086f40
1690	2026-12-05 03:18:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	21db2e7a-302e-402a-b762-3c91dc323aeb	3dfb276046939d110ac38cfadc8b7bd2e798cdab9bc6ace52d33fc4c57086f40	2862adda672f4d550aaa0a3545921aa532740abe2c1aabc154ec97ab3ff50da6
1691	2026-12-05 03:18:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8db48545-d1ab-473a-82cc-23f651990967	2862adda672f4d550aaa0a3545921aa532740abe2c1aabc154ec97ab3ff50da6	edb763643993ece91e48ac8d6daba835dcf6070b4289c3fc8a13edf6aa418f7d
1692	2026-12-05 03:18:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	57604527-73df-4ad2-93d6-2cb30b8b0b02	edb763643993ece91e48ac8d6daba835dcf6070b4289c3fc8a13edf6aa418f7d	45d212f4a0061926710712d6b0f6a6c9491f73439a09969ce502767b1d3757ff
1693	2026-12-05 03:18:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	02b5183c-75fb-4e03-8197-1a8fe63281dc	45d212f4a0061926710712d6b0f6a6c9491f73439a09969ce502767b1d3757ff	ce40d9cb7dc573f7b5520491b019b05b11a8548f1e357ec99f5f58e034b5757b
1694	2026-12-05 03:18:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd56522f-9862-41cb-bc38-d6f2e8d560a0	ce40d9cb7dc573f7b5520491b019b05b11a8548f1e357ec99f5f58e034b5757b	6f6d4e6b8ec6550e6e2523aef9593ba1ac217d94f1942c8477489de024188bc9
1695	2026-12-05 03:18:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	290e9b2f-e1aa-4bfc-acbb-65639e5df859	6f6d4e6b8ec6550e6e2523aef9593ba1ac217d94f1942c8477489de024188bc9	363c1c24f1a352f4e2767b6bca36bec17cc16fad92beb591f6ce2c3c8f8f8d00
1696	2026-12-05 03:18:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	af2682f1-6deb-4b5a-b244-af6b22681fd6	363c1c24f1a352f4e2767b6bca36bec17cc16fad92beb591f6ce2c3c8f8f8d00	bf3e64ad6ff68bd256a5a6889f42c0c6a46c8a3275f716ba9ae53f02a876475f
1697	2026-12-05 03:18:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4ccd32e-f577-4f2d-b9c5-e1718cbc7aac	bf3e64ad6ff68bd256a5a6889f42c0c6a46c8a3275f716ba9ae53f02a876475f	4e648702400d4f31785e089d8636c9525980eccd7ed4f1e39773c737b31e26f3
1698	2026-12-05 03:18:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77728378-b0f5-4257-bcd1-789a5f7106c0	4e648702400d4f31785e089d8636c9525980eccd7ed4f1e39773c737b31e26f3	36a8916682905eb59d5aa1bf28a73e8d3d8d055af655b06da9ca8fa22209f3b3
1699	2026-12-05 03:18:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f927a8db-ee57-4a89-9600-4a15d29477bf	36a8916682905eb59d5aa1bf28a73e8d3d8d055af655b06da9ca8fa22209f3b3	e7c00d573abf53922f05c861f45c436e621c7bed7d7954fb8637e87e260e9fdb
1700	2026-12-05 03:18:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e46ff99-954b-4dc9-8c5f-b305c48eedc9	e7c00d573abf53922f05c861f45c436e621c7bed7d7954fb8637e87e260e9fdb	a6268846aff5c13afceb13845d7c6ec651a35885904df5d33243cdcbff22fe24
1701	2026-12-05 03:18:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58f338f6-07b5-4866-bbbd-7677b2c9ca40	a6268846aff5c13afceb13845d7c6ec651a35885904df5d33243cdcbff22fe24	679523312341c7e95fff36672e70fc88262761792811a447f270147eb3cd616c
1702	2026-12-05 03:18:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a575ee9-33c2-49b7-aaed-06baf6a5afdd	679523312341c7e95fff36672e70fc88262761792811a447f270147eb3cd616c	512130e3fe9ce870a2cd54681a6986725d5e5bb4abc4264303f0a28bb7da2df7
1703	2026-12-05 03:18:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	672196d6-ccc0-4e1d-aff3-8f1b5e46e1c6	512130e3fe9ce870a2cd54681a6986725d5e5bb4abc4264303f0a28bb7da2df7	5b9bd576ed06acd87222f0a2e8fa6a52077a40a91bb8fd32eb5284573acb869f
1704	2026-12-05 03:18:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63ea894a-5214-4c49-874b-1c3cff17d60b	5b9bd576ed06acd87222f0a2e8fa6a52077a40a91bb8fd32eb5284573acb869f	1a5afda15fdf7766dac75cf6f156e3acc0f101ca60e8fa37df1d16530d425a20
1705	2026-12-05 03:18:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df848dbf-3f31-4b3c-b890-21c994eb3692	1a5afda15fdf7766dac75cf6f156e3acc0f101ca60e8fa37df1d16530d425a20	8c80a6f235d0b8dabe58e9c6295f136a50d8aa82ed64a1a1693a52d7ddd2f848
1706	2026-12-05 03:18:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ce8df87c-fc48-48ee-bcf8-b538b88b5ee8	8c80a6f235d0b8dabe58e9c6295f136a50d8aa82ed64a1a1693a52d7ddd2f848	05865f58775ac99206ee0d27395faa36e5a55d3497793834e099fee63780d470
1707	2026-12-05 03:18:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46b65437-ac56-4852-b9fb-5dfbf33e60f9	05865f58775ac99206ee0d27395faa36e5a55d3497793834e099fee63780d470	eb7cd9d2344f238b4b0cd8a5197a257c9466b82b895032b366987dab9c610f5d
1708	2026-12-05 03:18:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9af39c6e-17fc-424a-9db4-07bd9664f7ef	eb7cd9d2344f238b4b0cd8a5197a257c9466b82b895032b366987dab9c610f5d	1afc0eed572d2021df5f7157788e1d678e5783ee78871e1c2d9f768ec0433366
1709	2026-12-05 03:18:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2bc1097c-13ba-412a-a1b6-29efc7e90c4f	1afc0eed572d2021df5f7157788e1d678e5783ee78871e1c2d9f768ec0433366	14eea57309399393ed4ff7de13d0bdb11cbafc8c6287a4035db150fb72d25809
1710	2026-12-05 03:18:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bc0053d4-df77-4ff9-928d-83ed7a1acd45	14eea57309399393ed4ff7de13d0bdb11cbafc8c6287a4035db150fb72d25809	cec0b90a46db6d512cf4bf07f39f25ad2e9b458ef6a0ee471b7c6f789a68c62c
1711	2026-12-05 03:18:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e869dfa-e727-402d-bf88-34280471778a	cec0b90a46db6d512cf4bf07f39f25ad2e9b458ef6a0ee471b7c6f789a68c62c	ca9ad26231c0e82f58ec27e2cd800fd776fa33b90e248fb5b286f2432068699a
1712	2026-12-05 03:18:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0511f821-e403-495d-b60f-b853f7bbaf8b	ca9ad26231c0e82f58ec27e2cd800fd776fa33b90e248fb5b286f2432068699a	a5b974027f0fef18c0c3e9b77fa7eb3ec5997247030a1f67643dfe5e260bd3cc
1713	2026-12-05 03:18:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	138bde02-d3e4-4eb8-a776-e13a332382ba	a5b974027f0fef18c0c3e9b77fa7eb3ec5997247030a1f67643dfe5e260bd3cc	7c3e31d74ce07f1b49cea8ff163ca90a76f9daa310dea906cf95296c92e647bc
1714	2026-12-05 03:18:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb6f64d1-4e58-4dd5-a32f-770e281bd9a8	7c3e31d74ce07f1b49cea8ff163ca90a76f9daa310dea906cf95296c92e647bc	6c1da07ede8acf432c240807ece44c6802552a795f19865026e39c864dd8d7d0
1715	2026-12-05 03:18:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	17b458c2-0382-44a1-a6f9-d94354a86b1c	6c1da07ede8acf432c240807ece44c6802552a795f19865026e39c864dd8d7d0	c928d5dd97ab0f3bedbe4e9df78fe6a859e6ea3d13cee0ed75568e74a1763491
1716	2026-12-05 03:18:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	873df7ee-331a-4b4b-998d-bf353784175b	c928d5dd97ab0f3bedbe4e9df78fe6a859e6ea3d13cee0ed75568e74a1763491	e4a7a4ab720ffcb3afc0f84d870c41c35571034a5c95ffb56586f1a141dbd21f
1717	2026-12-05 03:18:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	17629454-b16e-4002-a7fe-5d5920527274	e4a7a4ab720ffcb3afc0f84d870c41c35571034a5c95ffb56586f1a141dbd21f	50109505c9df68219cd379fc3802692b91799dadb59da07470606a86a160159b
1718	2026-12-05 03:18:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	694bb6a4-de8e-4673-99fd-19e1a2b8548a	50109505c9df68219cd379fc3802692b91799dadb59da07470606a86a160159b	fdccc1bb8e73f85f8b9546774c706a918f73ee744e5fb312d2c03b3547a27852
1719	2026-12-05 03:18:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c189261-11d2-44c4-9a1c-93f31f1ad331	fdccc1bb8e73f85f8b9546774c706a918f73ee744e5fb312d2c03b3547a27852	d233195a178b26e1f876dff1ff30c346f7ca156f933f434a64bf30db13c665a7
1720	2026-12-05 03:18:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0567af37-c0a5-4b40-bbb6-8306ef65b4cc	d233195a178b26e1f876dff1ff30c346f7ca156f933f434a64bf30db13c665a7	11d3b065805e4a0d5146672dfcc218910abfde7d583ff3bdf5fafd33e14a42ae
1721	2026-12-05 03:18:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa073abd-bc40-4175-a55e-ddff70487bfe	11d3b065805e4a0d5146672dfcc218910abfde7d583ff3bdf5fafd33e14a42ae	b6940730c44dd15b0b1c0d4c43f98a8ea226357ee68c78c21808a48a0fdbbfe1
1722	2026-12-05 03:18:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	91c5af0a-fc45-4ba8-8c3f-18437cf1f63c	b6940730c44dd15b0b1c0d4c43f98a8ea226357ee68c78c21808a48a0fdbbfe1	eb70fa013f3547efbe6925c13681255445e57489544665346cb2a19cf640b3f7
1723	2026-12-05 03:18:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b378dabb-e718-420b-aebf-2037bcb329d5	eb70fa013f3547efbe6925c13681255445e57489544665346cb2a19cf640b3f7	f5f03676b49930ead818b13bd72cbc37cace7b9a56041abb9ef6e0faf38f959a
1724	2026-12-05 03:18:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3ced34a2-4d81-46de-bc40-953dd64cb778	f5f03676b49930ead818b13bd72cbc37cace7b9a56041abb9ef6e0faf38f959a	3d78b3a538fafac03d0ab6a4ef00e6725774a294ce91663660491fe63cafd285
1725	2026-12-05 03:18:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	193a0146-6e85-430a-ad3c-6c9a26ba3ccc	3d78b3a538fafac03d0ab6a4ef00e6725774a294ce91663660491fe63cafd285	b542d07edbe991ea491ff3b77c981f8eb4f3a25843e23fd115d66fde6b3f6e4d
1726	2026-12-05 03:18:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a40afd01-2cba-4a71-8278-d28ab62fda77	b542d07edbe991ea491ff3b77c981f8eb4f3a25843e23fd115d66fde6b3f6e4d	b2d6928988583e00a152352cfaf728eedaf591ca18bb782ef9c2a7ed527b2b5c
1727	2026-12-05 03:18:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2256e7ea-6880-42df-860f-77ba8599a12e	b2d6928988583e00a152352cfaf728eedaf591ca18bb782ef9c2a7ed527b2b5c	43ceef19aa193a2712e42a45430273089b8677e6dffadd080a6c3a441f6907fa
1728	2026-12-05 03:18:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61fc70e8-cc4c-4f1b-a061-d04c6e1ed28c	43ceef19aa193a2712e42a45430273089b8677e6dffadd080a6c3a441f6907fa	c7fcba51f14dee9ed55d191b82f4a9ca2c012cb1e8625453617004ecf4751535
1729	2026-12-05 03:18:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ccaca8a2-4261-428c-b522-64fb55d33f53	c7fcba51f14dee9ed55d191b82f4a9ca2c012cb1e8625453617004ecf4751535	7149592d3939a00d8d85578ff4bb211475bb6a27a2ad0e82793c39d7c834a981
1730	2026-12-05 03:18:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4899d6c-df83-4b7c-b60c-4b5d088385e6	7149592d3939a00d8d85578ff4bb211475bb6a27a2ad0e82793c39d7c834a981	d9578de2bc71d67a5ecc3d2aee3fccce4198eff185a88ef1c1f46511802822f3
1731	2026-12-05 03:18:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ef07b70-a1aa-4284-ad46-3ebdf911fee9	d9578de2bc71d67a5ecc3d2aee3fccce4198eff185a88ef1c1f46511802822f3	ac7d1cc8d22c47f73b5f1a01dae02af5cfec097d08a4e57cf5536161918df525
1732	2026-12-05 03:18:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05972a23-d977-4105-9557-e8f05deaa7f5	ac7d1cc8d22c47f73b5f1a01dae02af5cfec097d08a4e57cf5536161918df525	298338d92a0c68f2acbd03225a58d75b0c9f6b4c5e67385dbe2d51a5964d7cf8
1733	2026-12-05 03:18:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73037873-4136-42d6-b0d6-ed5c95c48aee	298338d92a0c68f2acbd03225a58d75b0c9f6b4c5e67385dbe2d51a5964d7cf8	cdfed7acd05ad70a7b985498b770a8f6f32aa09137c54562a20f41d668cc662a
1734	2026-12-05 03:18:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ed18072-62d3-461b-b3f3-cb5a7eecb1b9	cdfed7acd05ad70a7b985498b770a8f6f32aa09137c54562a20f41d668cc662a	6bef581bdffa6d2bd218ecc661a57977ea05258718fbbb302fa762ae5346beb6
1735	2026-12-05 03:18:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b88fbd8-0d47-42d8-805e-afbf9904d4a6	6bef581bdffa6d2bd218ecc661a57977ea05258718fbbb302fa762ae5346beb6	2baddcaaef56aa90297533461fb3e63c9b62bf13bf5576f73e192515b473b59b
1736	2026-12-05 03:18:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d758e1a4-2976-4209-ae99-ce6cf2437435	2baddcaaef56aa90297533461fb3e63c9b62bf13bf5576f73e192515b473b59b	f9dbb3605bc5b444cef586bb8d4d71548aa44b07364d5da5235cbbc2e29d60ad
1737	2026-12-05 03:18:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e159863-6fee-4f85-8b78-e79fc84e3a6d	f9dbb3605bc5b444cef586bb8d4d71548aa44b07364d5da5235cbbc2e29d60ad	77971c26a747548be3febc02da2abbac1de11bdc21b46707415a492d54fbea73
1738	2026-12-05 03:18:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2d4727d-f52a-48de-bf37-f7e840b96e6a	77971c26a747548be3febc02da2abbac1de11bdc21b46707415a492d54fbea73	fb0c101a8319836d4e3a0ab26c4add9b71c3b02b9466856945f8b60216d818f7
1739	2026-12-05 03:18:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dda8a1b9-1261-4898-8468-4e0a5c71129f	fb0c101a8319836d4e3a0ab26c4add9b71c3b02b9466856945f8b60216d818f7	3ece98217ba3e74ebcc4b4aa6fb1512ce4bf09a05c2f374086d6d2a16ae86729
1740	2026-12-05 03:18:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f59902aa-d7d9-4b1d-a69c-6d98d669bf5a	3ece98217ba3e74ebcc4b4aa6fb1512ce4bf09a05c2f374086d6d2a16ae86729	be3630c8e0ba7bafbfb2f119a90583e49eda2fe32c3796c6a8783ec86657d81a
1741	2026-12-05 03:18:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	86a19d80-097d-40c4-b515-0187c7680e3b	be3630c8e0ba7bafbfb2f119a90583e49eda2fe32c3796c6a8783ec86657d81a	1b51e9a46bae6e8e2ac6032c33fe38023e3991ce3cfef5cd1a326f091236489d
1742	2026-12-05 03:18:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ec9a1499-9701-46d0-9171-00efbad2c4a0	1b51e9a46bae6e8e2ac6032c33fe38023e3991ce3cfef5cd1a326f091236489d	0414547787cff94124a82c6227a3e3cede44264c22823301e5690ece987d5c50
1743	2026-12-05 03:18:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	180fea01-54cf-4f98-af04-4b3ba3bfa169	0414547787cff94124a82c6227a3e3cede44264c22823301e5690ece987d5c50	931ac4d11aa6df38e695458aef2bd11ba1941e0ceb55cc9458f499b67f5a634a
1744	2026-12-05 03:18:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dae1da5d-12b7-4379-ad28-46a70eabe7ef	931ac4d11aa6df38e695458aef2bd11ba1941e0ceb55cc9458f499b67f5a634a	b9c703dbab0ff9e5c14660c9dc74177d6f6e0397e0b103eea9479d0fb4d9fdcb
1745	2026-12-05 03:18:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e9b0250-7144-4343-8770-6705b0b09fea	b9c703dbab0ff9e5c14660c9dc74177d6f6e0397e0b103eea9479d0fb4d9fdcb	d5030a33f7ac7f84dc59036238572ccf8aadfd96dead3a783519a5056862d8a9
1746	2026-12-05 03:18:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8bef690b-9995-4803-ace9-85fa3136ee3e	d5030a33f7ac7f84dc59036238572ccf8aadfd96dead3a783519a5056862d8a9	115bc4c1cf6beb1126e885f9de6c59d7c43e2f5ed83efa58329a90fcc02665b6
1747	2026-12-05 03:18:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	81edfe4e-f767-4838-82bf-c42f25bf5f1c	115bc4c1cf6beb1126e885f9de6c59d7c43e2f5ed83efa58329a90fcc02665b6	269d80a5c521a2b8d9461c8347ba2c2819b6fbed3c9d612b4e219f963541eda9
1748	2026-12-05 03:19:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98952659-14f1-4bfe-b6e8-a869c492f89f	269d80a5c521a2b8d9461c8347ba2c2819b6fbed3c9d612b4e219f963541eda9	8cbe52798facfd47dfadb76f036231e80a72114dd8a1d7ebfc04a1d71033c53a
1749	2026-12-05 03:19:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bf0424ba-b32e-4d61-8d11-7ca2b6430570	8cbe52798facfd47dfadb76f036231e80a72114dd8a1d7ebfc04a1d71033c53a	37bc86d93cf8fed2f822d0d4739b6fc8020a9cabea0f2372193371465c75412d
1750	2026-12-05 03:19:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	25eab7fd-6f36-439b-9372-11494d36c43e	37bc86d93cf8fed2f822d0d4739b6fc8020a9cabea0f2372193371465c75412d	5aee10a0c031138416a3886658fab09f1da5a8ade706c505787391062a7ba60f
1751	2026-12-05 03:19:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e002b4af-3f23-44be-be7d-d490f8096073	5aee10a0c031138416a3886658fab09f1da5a8ade706c505787391062a7ba60f	352d17c23a6a277152079e12769fab868ed0518c69bdf269d3b0e20b12dda8e6
1752	2026-12-05 03:19:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4e1d2f8f-e36a-47c8-816c-2071779341ac	352d17c23a6a277152079e12769fab868ed0518c69bdf269d3b0e20b12dda8e6	38e7c70a43e7b34afe17576c11d27239222adebef6597375b239240e7209ccdd
1753	2026-12-05 03:19:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	25cf9f6d-797c-4e16-bac3-3f7421f2f2e1	38e7c70a43e7b34afe17576c11d27239222adebef6597375b239240e7209ccdd	423f5312ea62b30d1c1ba4ff04c35cd1e5798feca03f751a35c3d3b311538970
1754	2026-12-05 03:19:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	484496d3-e0b1-4db9-8d59-44da031854f1	423f5312ea62b30d1c1ba4ff04c35cd1e5798feca03f751a35c3d3b311538970	aebfbd52fe3b353a25f6cd413699b4cdf4145cf5916829e8140662100df6f1ab
1755	2026-12-05 03:19:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	435a8179-4d3a-448e-a332-13977152c0c9	aebfbd52fe3b353a25f6cd413699b4cdf4145cf5916829e8140662100df6f1ab	7a042ac4eda27d326e5467231a2ca44559fff7afb2e54f17b4a5a16a55f6ca27
1756	2026-12-05 03:19:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03e5bfc2-17bf-4cb3-a77e-f759c45dc076	7a042ac4eda27d326e5467231a2ca44559fff7afb2e54f17b4a5a16a55f6ca27	30430172eea4c93c34c79d165c16883233162c3854b5dc4db852993005d64412
1757	2026-12-05 03:19:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c92fe63-5c33-4311-a57d-71c06a52775c	30430172eea4c93c34c79d165c16883233162c3854b5dc4db852993005d64412	62d00100e6cf1b60fc6aff30455be224a67b588f8a9170a31e82bd08f8c9d3da
1758	2026-12-05 03:19:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	af9fc9e1-1d69-4148-b2e9-016244036173	62d00100e6cf1b60fc6aff30455be224a67b588f8a9170a31e82bd08f8c9d3da	b4f1a5a68c4c973bb29b1878d7f49265799da825497b5051525d4cbc649d2bb9
1759	2026-12-05 03:19:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b3727ab-75d6-4f99-9ff2-f24ab3caa5cf	b4f1a5a68c4c973bb29b1878d7f49265799da825497b5051525d4cbc649d2bb9	c958d492a954fc3f82a8643c545cb7bccc54578f85e0e8b595fc13cd6795f828
1760	2026-12-05 03:19:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5160c03-6821-4a34-95f4-b2d478818542	c958d492a954fc3f82a8643c545cb7bccc54578f85e0e8b595fc13cd6795f828	faeb0d8dfb1a317414a8637ce573eefcd43b202998c74627aa92940c6509c052
1761	2026-12-05 03:19:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63e9a25a-5833-40f6-9c62-628902c70e49	faeb0d8dfb1a317414a8637ce573eefcd43b202998c74627aa92940c6509c052	a5309b00e156938563402e91ba0793cf07164f421dcdd445aba5578ed29a88ad
1762	2026-12-05 03:19:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cbdab4e9-8426-491e-9c0e-415df3fd56aa	a5309b00e156938563402e91ba0793cf07164f421dcdd445aba5578ed29a88ad	65f37e39d14088976004260725cc62e8a23315057a9dd6587d94bf1a065852f6
1763	2026-12-05 03:19:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a2a883f-b3f6-4229-97fd-7db6745ef80e	65f37e39d14088976004260725cc62e8a23315057a9dd6587d94bf1a065852f6	7ae02fe658725426ec4be44329aaa3a70e25f67abed939cbbf184779518a9936
1764	2026-12-05 03:19:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b46bca6-5b46-4b78-9aa1-3f3cda06efe3	7ae02fe658725426ec4be44329aaa3a70e25f67abed939cbbf184779518a9936	1cdc6ec08c4e6b2c420997c55e3580f8efe05454b58628c2f2571dc75de0f94a
1765	2026-12-05 03:19:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	693f39c9-61bd-44d7-88bf-2ca63cb6a3ea	1cdc6ec08c4e6b2c420997c55e3580f8efe05454b58628c2f2571dc75de0f94a	3616eba0b928b1cb838e2ed14bff668721ece6c50130ecdb321f92d067448d2b
1766	2026-12-05 03:19:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d6572b4-0021-4922-9ce9-efea0f47665b	3616eba0b928b1cb838e2ed14bff668721ece6c50130ecdb321f92d067448d2b	54350c70790332a0c5b8a26b36c0a3f78b77c031549d6170729e6f68c8d58f27
1767	2026-12-05 03:19:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b720d24d-9d4a-4071-ac21-439d077bf05a	54350c70790332a0c5b8a26b36c0a3f78b77c031549d6170729e6f68c8d58f27	136b2179d0734e3a787a662a8a3c0fb5fc69690d1990500ad456c9631d7b158b
1768	2026-12-05 03:19:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87883cc7-6c7c-4516-bf13-0dca0f2fa328	136b2179d0734e3a787a662a8a3c0fb5fc69690d1990500ad456c9631d7b158b	60da65c75ccf976099e59bd61538ffc021413540e0a9c26eb74d1dfab9ab16c6
1769	2026-12-05 03:19:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d0f4f61-ec4e-4d89-a8bb-f78f77ce1723	60da65c75ccf976099e59bd61538ffc021413540e0a9c26eb74d1dfab9ab16c6	c53807d0c88bf0416b1608b8c2f28bf2bfc3085bf4d0f2b29bf6e3f5c454d9ce
1770	2026-12-05 03:19:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a18db1d6-f3ff-4778-833d-17f0150f17f0	c53807d0c88bf0416b1608b8c2f28bf2bfc3085bf4d0f2b29bf6e3f5c454d9ce	d62ab214aadaf41ee694e07c85e28e83ace546e76aadadf54637122b5b25c28c
1771	2026-12-05 03:19:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1f271f2-8329-4e2d-b4f4-ce48323aacfe	d62ab214aadaf41ee694e07c85e28e83ace546e76aadadf54637122b5b25c28c	c0d336551bb24dcfeb7ddee7b184293b6ffda55ef7d860577caa178a4ae90be3
1772	2026-12-05 03:19:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a51bdff4-de5e-41e3-87c4-75a6e7df1894	c0d336551bb24dcfeb7ddee7b184293b6ffda55ef7d860577caa178a4ae90be3	c3dea865a4a1d6ab50dd49be61bf6d1bc5fa0b5ccf0109586c1fc1e82f05ccba
1773	2026-12-05 03:19:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b41fd2b-19a7-4d0e-98c4-95c9dd036d8c	c3dea865a4a1d6ab50dd49be61bf6d1bc5fa0b5ccf0109586c1fc1e82f05ccba	7eb001c8ad47d902ac9af123877f4f1d6b752ebc0e19f172ca61cd4c7a742320
1774	2026-12-05 03:19:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	802ac9f6-4c16-4433-8015-e74e10359365	7eb001c8ad47d902ac9af123877f4f1d6b752ebc0e19f172ca61cd4c7a742320	c2962f86447cab0ead55c2b560cec8abe248dff97669273f3cefa4dd1076b5ee
1775	2026-12-05 03:19:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	50fc87d9-5f93-4678-8a1e-4047e6fddd98	c2962f86447cab0ead55c2b560cec8abe248dff97669273f3cefa4dd1076b5ee	dcae517280e0664851790c60f7becbc55ef192ba7583d63ef00f512540dc91d2
1776	2026-12-05 03:19:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	86f92bd4-b90b-4955-b090-c11ce1650f1a	dcae517280e0664851790c60f7becbc55ef192ba7583d63ef00f512540dc91d2	560971dca2df868a232daf295f183873ffff74d978af3672d8ad349c545023c1
1777	2026-12-05 03:19:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	589f235a-ee4d-4768-a0fb-c94da17ddadc	560971dca2df868a232daf295f183873ffff74d978af3672d8ad349c545023c1	9f9a8b0fe77b85e79dbbba552ebc6c7ce24d3a3e313e910cc7021aae810d278c
1778	2026-12-05 03:19:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e24d75ab-932b-4ce7-ae8b-675c1d5f295e	9f9a8b0fe77b85e79dbbba552ebc6c7ce24d3a3e313e910cc7021aae810d278c	a4a39ca66984b4293ecfb999851dbf06fe8d463237e603cbd50ee0f531cbe37d
1779	2026-12-05 03:19:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	69833a4d-4153-4c48-91ab-87c428b05de1	a4a39ca66984b4293ecfb999851dbf06fe8d463237e603cbd50ee0f531cbe37d	3954089c246c415369603a3083de78a8e55476fc185540ef13b3f9d8326b426a
1780	2026-12-05 03:19:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06e21a17-5391-462c-b957-7d61e7b8eeb6	3954089c246c415369603a3083de78a8e55476fc185540ef13b3f9d8326b426a	e9bb9dc58db67698e1daa8c1f123bac4d20fbe80c2e0b599a92474b192ca7e7d
1781	2026-12-05 03:19:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e2bf00a0-9dc9-4b7c-9562-821136178fe8	e9bb9dc58db67698e1daa8c1f123bac4d20fbe80c2e0b599a92474b192ca7e7d	6964189c7fd3a5bfb0f7b0eb7b73fc5916adf97884a266a1120867e291e069b2
1782	2026-12-05 03:19:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61dff8d2-53c6-4a17-900b-9b704386b728	6964189c7fd3a5bfb0f7b0eb7b73fc5916adf97884a266a1120867e291e069b2	87f983071eea2168b0b8cfb3b1db8e268a4adf4e8aee0ded66c25b7f8255796b
1783	2026-12-05 03:19:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5b210a9-6fe5-455f-9cd7-5994e3158759	87f983071eea2168b0b8cfb3b1db8e268a4adf4e8aee0ded66c25b7f8255796b	9d2a9510428ff68cb0781a934f35cbcef01b2a7004ade9888d8ad9bb5fc7d1b2
1784	2026-12-05 03:19:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bd2d3ce6-764c-4036-bc09-db5f130741b3	9d2a9510428ff68cb0781a934f35cbcef01b2a7004ade9888d8ad9bb5fc7d1b2	88a31457e3493e28d22c365d945e16e9c0c75c05e01efa6d4e486466b85638a2
1785	2026-12-05 03:19:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d960eff8-c0b5-4650-828b-3b04b17014e3	88a31457e3493e28d22c365d945e16e9c0c75c05e01efa6d4e486466b85638a2	7efb4e2205dbbb7b2c7a45f4cfeec63d90f3e6c65906f0f88bfeb8340b78e7ef
1786	2026-12-05 03:19:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b4bdfa2-995e-4d66-b062-4148cbc7a3b2	7efb4e2205dbbb7b2c7a45f4cfeec63d90f3e6c65906f0f88bfeb8340b78e7ef	9f24077de270fb0e3cdea7ab0023a88d1d1a2ed59f93fed78d760c213ee69ab2
1787	2026-12-05 03:19:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ad18b92-b28f-4512-bfbc-5dadbcc46def	9f24077de270fb0e3cdea7ab0023a88d1d1a2ed59f93fed78d760c213ee69ab2	5cc1fe91de6ed84d2f2e0c5a0849a244b0922ae4766ce1ab704d4621a2c68e92
1788	2026-12-05 03:19:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b30025d3-fd4b-4a75-a6cb-e0b6c89f92a9	5cc1fe91de6ed84d2f2e0c5a0849a244b0922ae4766ce1ab704d4621a2c68e92	3a9c17b8eb4dcc0204d6c6a0aa759f7a6aa338c7611ab8304004488b3a4a4eef
1789	2026-12-05 03:19:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c61ce54-5bed-49f3-b082-f688a5c32ae1	3a9c17b8eb4dcc0204d6c6a0aa759f7a6aa338c7611ab8304004488b3a4a4eef	e65ba774c57f9ac4ae49386c9740c8904d0f8849f9471335bf3f6116e608ab01
1790	2026-12-05 03:19:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d424b51f-d6cf-49a0-9d81-169cadb6bfd3	e65ba774c57f9ac4ae49386c9740c8904d0f8849f9471335bf3f6116e608ab01	10af18eaeb328ba44cd264362120aaaa80c9cead4e7b5d4fb7a4dc8b1a7aa53f
1791	2026-12-05 03:19:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e8bac776-cc28-4f66-9f62-ec4a8071d79a	10af18eaeb328ba44cd264362120aaaa80c9cead4e7b5d4fb7a4dc8b1a7aa53f	fcb49ac7bac57153bdf320f7b9ffdfb5dec44027d5cb636b45bebe7fa25d29d2
1792	2026-12-05 03:19:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	184e25a2-7161-4b16-a9a9-774451e8de65	fcb49ac7bac57153bdf320f7b9ffdfb5dec44027d5cb636b45bebe7fa25d29d2	57b13eb41098d754cf626fe9bdf6a73c6713acb60bb2fc2384db97c015c98efe
1793	2026-12-05 03:19:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	956fb1ba-69c5-43e0-b549-2fc76cb7da82	57b13eb41098d754cf626fe9bdf6a73c6713acb60bb2fc2384db97c015c98efe	90eea1657c4a338c65c8ae13bf55a9ee7c2c9f394d4273869a9dda7eb707510c
1794	2026-12-05 03:19:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d1ddfeb-90d8-45a1-8415-e5a4e627eb96	90eea1657c4a338c65c8ae13bf55a9ee7c2c9f394d4273869a9dda7eb707510c	148c9a0f6155ea94651567a1a63cc775b89fb30dac1d2857d6413b0a18e97a9b
1795	2026-12-05 03:19:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cda23f07-ee13-406f-bc95-fb96e329e69a	148c9a0f6155ea94651567a1a63cc775b89fb30dac1d2857d6413b0a18e97a9b	e204c8883ce9e605e2efba1ff897ce466d531fe5fe87a0acef01d9cb0aa69306
1796	2026-12-05 03:19:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8526213d-c673-430f-a6d2-6ebffc247a29	e204c8883ce9e605e2efba1ff897ce466d531fe5fe87a0acef01d9cb0aa69306	eaa8e911db613826010ce94c1e00629606eb2ac6d307de6955a62a5c58b9e271
1797	2026-12-05 03:19:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	363dec02-2245-4e11-9d9b-9c2fa2be03c6	eaa8e911db613826010ce94c1e00629606eb2ac6d307de6955a62a5c58b9e271	36a44e3035a56f1be67ddba5093a7aa1d719b97569e55a1f942f83825841183d
1798	2026-12-05 03:19:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90241dc1-a6e2-436d-9ade-5fa9a4e4beac	36a44e3035a56f1be67ddba5093a7aa1d719b97569e55a1f942f83825841183d	bc351e041e525951d1d4077e39d48e6c87c72000524088bb1c9ef44d2cb6e1d3
1799	2026-12-05 03:19:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76a8dec5-641d-4771-b449-cd733c7d9fa2	bc351e041e525951d1d4077e39d48e6c87c72000524088bb1c9ef44d2cb6e1d3	e392aea5fdad30cd8a328abe19d596e77b2aa6057495b2806c9f243166c8800f
1800	2026-12-05 03:19:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d38b714-5cd7-43cd-81e2-e72f1037cfc2	e392aea5fdad30cd8a328abe19d596e77b2aa6057495b2806c9f243166c8800f	ec05579e6eba2809bf70dc06be68cb6e5c1bf7eb16cf2fcd2023d9b52fae2285
1801	2026-12-05 03:19:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e79f56d9-025b-48dd-aeb8-1adf5c68076d	ec05579e6eba2809bf70dc06be68cb6e5c1bf7eb16cf2fcd2023d9b52fae2285	926e22511083aad11ad2705dcfb3c802c966b139f9eaa465280c9635e8a60d0f
1802	2026-12-05 03:19:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d4f95f6-49d3-4e81-a73b-061ffce92ed6	926e22511083aad11ad2705dcfb3c802c966b139f9eaa465280c9635e8a60d0f	5d6c35373d9c89337d3746da4c63b926af8dcd8737b3588ff03ba2c42eb9a28c
1803	2026-12-05 03:19:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e48a490e-e038-4151-a28b-796b25683cbc	5d6c35373d9c89337d3746da4c63b926af8dcd8737b3588ff03ba2c42eb9a28c	a1c1c853d4eeb208dd99292c5e0c6c36f17167fb34b6f46080f63e8b6863fa98
1804	2026-12-05 03:19:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	558e2b28-35fd-48fc-b8c7-cd58b3275fb9	a1c1c853d4eeb208dd99292c5e0c6c36f17167fb34b6f46080f63e8b6863fa98	757a4c91d8a42c25f18038287bb512944609aa8e4cada48a7e89a8d9f766908c
1805	2026-12-05 03:19:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28448138-3ae7-47e8-8c62-1756f515180c	757a4c91d8a42c25f18038287bb512944609aa8e4cada48a7e89a8d9f766908c	b37a5891c20216ce1dff2b24a48a7a59c30697263ee58ab5b6fe1be9721e6189
1806	2026-12-05 03:19:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	af3c76d7-09a4-4a3b-b48f-af8fddb0ac0b	b37a5891c20216ce1dff2b24a48a7a59c30697263ee58ab5b6fe1be9721e6189	a975bfc40751e679415f71e96671c29c77983ec73f36f6dec0c8aa55cddcd65c
1807	2026-12-05 03:19:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14523761-00cb-4341-9172-8c1620fca57e	a975bfc40751e679415f71e96671c29c77983ec73f36f6dec0c8aa55cddcd65c	3034a80d1612cbaaa2c6147ebae2fc963cad109aeffcc39a5551ae004d40bf60
1808	2026-12-05 03:20:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a22c8014-840b-4cfc-90fd-5097437e6277	3034a80d1612cbaaa2c6147ebae2fc963cad109aeffcc39a5551ae004d40bf60	137061fbc4a90064d2f73642411a7f4f8b9b052dcaa451f7b71e9be7b3cb42c9
1809	2026-12-05 03:20:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e838aa96-9e7f-41f6-8a84-0e3c9c730f2b	137061fbc4a90064d2f73642411a7f4f8b9b052dcaa451f7b71e9be7b3cb42c9	a512834cd2e97ccc518c557d4f543010e165d3d5049bd1316ee696ca85295bf5
1810	2026-12-05 03:20:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2bf8eec-9c6b-461d-8bab-7b5919fb1681	a512834cd2e97ccc518c557d4f543010e165d3d5049bd1316ee696ca85295bf5	c07c30f0ff2e73458416558eb8e73e8dc50f7fd930715752c07376b13b2cba76
1811	2026-12-05 03:20:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c931526-db61-457e-b074-749e64c8db96	c07c30f0ff2e73458416558eb8e73e8dc50f7fd930715752c07376b13b2cba76	30c86970968f2840cedc0a7b9dcb6d77fa01d32021f7f90f265aae34c771bfaa
1812	2026-12-05 03:20:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80644078-8135-4fb8-b0dd-cff36641711f	30c86970968f2840cedc0a7b9dcb6d77fa01d32021f7f90f265aae34c771bfaa	a35754465802e724fcb2b45cadd1f9f1f38ee7fd9a9955618fcf332d838ac58f
1813	2026-12-05 03:20:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	43f6e798-c214-4605-b19a-f18a8d25e99f	a35754465802e724fcb2b45cadd1f9f1f38ee7fd9a9955618fcf332d838ac58f	0f96e24f6d62ba41d06c14d0d49d8a7d2585829d26e9a52a48b7ae91ed2e427c
1814	2026-12-05 03:20:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1440d34c-4b51-49c7-a00a-a698b952eb8c	0f96e24f6d62ba41d06c14d0d49d8a7d2585829d26e9a52a48b7ae91ed2e427c	5252beb1107610bf607ab380e50113e4b64f3faea815085c28e8530ade547f54
1815	2026-12-05 03:20:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b6b28fa8-978e-44ef-b424-7d78b75430ad	5252beb1107610bf607ab380e50113e4b64f3faea815085c28e8530ade547f54	5cf3df805a89ca5028cc41dadb26b8dd95f0a13b8ba8eb52bc1030c12cc608ac
1816	2026-12-05 03:20:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc39fa3e-d67b-4b3d-b175-4f3dd94f7def	5cf3df805a89ca5028cc41dadb26b8dd95f0a13b8ba8eb52bc1030c12cc608ac	d5ad6e53947fc6b256abe12eb126cb031b69a9b668a962f2e41f50e9214fa62e
1817	2026-12-05 03:20:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2626dc99-c8fc-4772-bf49-05c702452806	d5ad6e53947fc6b256abe12eb126cb031b69a9b668a962f2e41f50e9214fa62e	469309d5a5d0b446b28ffbc21967ddc2ab15730d67be563bb4c1cdcd349bf9d8
1818	2026-12-05 03:20:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b090c6a6-b47c-49c0-9443-f43cdacdc974	469309d5a5d0b446b28ffbc21967ddc2ab15730d67be563bb4c1cdcd349bf9d8	0bd0c3a0d0d33034b140ef83828a88e9f7ddff3cb63a0b97c994cd1149b07e09
1819	2026-12-05 03:20:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8c0b7a8-5ed6-4d6c-aae6-3f95e5a21d34	0bd0c3a0d0d33034b140ef83828a88e9f7ddff3cb63a0b97c994cd1149b07e09	b95e078add36839e0d8ddfeef6ceef47a1b0dde6d88ab1143fa6c15eba14a466
1820	2026-12-05 03:20:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d896f3f-7a4b-4ccd-a61b-28d3964c022d	b95e078add36839e0d8ddfeef6ceef47a1b0dde6d88ab1143fa6c15eba14a466	096b7e16f3214b2312f910cdb17c4b76a163f29b12daa54751552fc878cb1f56
1821	2026-12-05 03:20:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	20442408-7fae-4143-b846-86acafc06cdb	096b7e16f3214b2312f910cdb17c4b76a163f29b12daa54751552fc878cb1f56	359f15e0456fc41bd4033a000f79aa8e32171311476df4f537822d93eca2b16c
1822	2026-12-05 03:20:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a264af06-c302-4ec3-93d9-b486c780c660	359f15e0456fc41bd4033a000f79aa8e32171311476df4f537822d93eca2b16c	323da4cd95ae66759fdc38cbaf5e7aa57778d1e050e0456703ed8bdb2807829e
1823	2026-12-05 03:20:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ff149601-39a2-44ef-a00f-5e6056688d60	323da4cd95ae66759fdc38cbaf5e7aa57778d1e050e0456703ed8bdb2807829e	9aa1607643d570788ad7276d3f42394d600ef500837f03f8defc1b496e6dc2b1
1824	2026-12-05 03:20:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3efca42-3a1e-41ee-baec-db0f5a4f995c	9aa1607643d570788ad7276d3f42394d600ef500837f03f8defc1b496e6dc2b1	254749ab283f34a5ecfed2f757a56f8610ab4f6873821bf235facc69c6b5c78b
1825	2026-12-05 03:20:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e772531a-1dd1-4537-9dd8-27e927721685	254749ab283f34a5ecfed2f757a56f8610ab4f6873821bf235facc69c6b5c78b	fd2cda504c12aeca9d1cc38784cc5364f3e5ef93676ea45d9d76ec38f3c10e8c
1826	2026-12-05 03:20:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8dcba6f7-d63a-44e8-9c87-05278ad57529	fd2cda504c12aeca9d1cc38784cc5364f3e5ef93676ea45d9d76ec38f3c10e8c	1b3772d59bf24d3ed5e7569a9d4f07b2aee1717d3f66f22f3208cc8c86c02480
1827	2026-12-05 03:20:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	68f1b075-54df-4953-beee-64a090887937	1b3772d59bf24d3ed5e7569a9d4f07b2aee1717d3f66f22f3208cc8c86c02480	7c6b9014eefec03250a0559e212434e5f860735bc0067046fb772297992bbe2c
1828	2026-12-05 03:20:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c0424294-0e0a-4b2c-a7d2-b18f08d2d212	7c6b9014eefec03250a0559e212434e5f860735bc0067046fb772297992bbe2c	960b112c09c04589a92e5297efe0c19834720a0f61accd7e7fcb2f4587d81931
1829	2026-12-05 03:20:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b62f46d0-7d59-4710-b483-53dd3db1b9cd	960b112c09c04589a92e5297efe0c19834720a0f61accd7e7fcb2f4587d81931	3f20072754e4ef38a0237a30fdcb5122cea1522be4e59755217ed4ae41f0c02a
1830	2026-12-05 03:20:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a346c60a-458f-4732-9b03-413c85586d7c	3f20072754e4ef38a0237a30fdcb5122cea1522be4e59755217ed4ae41f0c02a	766eb15c437304c1203307f40f2689c4288d51de08b7aade63c5b60ed407f8b9
1831	2026-12-05 03:20:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8515be40-639c-4586-a805-86210c32bac9	766eb15c437304c1203307f40f2689c4288d51de08b7aade63c5b60ed407f8b9	522ff2db879180ca604f596af6e9dc6020015fd18ba75209cff6777b10efdd9e
1832	2026-12-05 03:20:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fd401d73-1b09-47fe-bb1f-68aa1297b11e	522ff2db879180ca604f596af6e9dc6020015fd18ba75209cff6777b10efdd9e	2fa04afa9dbe0827fa45f8bebf8b0f21dea492d857d27a773bcf52d88345010f
1833	2026-12-05 03:20:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9452c299-c4bf-4dac-b2cf-7d7a5ca7cce5	2fa04afa9dbe0827fa45f8bebf8b0f21dea492d857d27a773bcf52d88345010f	4d0402c81c808fa1d955778bcc34880bf76433dd15aaf871fff2ce005480a199
1834	2026-12-05 03:20:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18ba37dd-809f-4d2a-bbfe-4c98a9b6b25e	4d0402c81c808fa1d955778bcc34880bf76433dd15aaf871fff2ce005480a199	bf62a8d696aad048c8eb4477649c2fdf24f5eb01d1d7c96126c92fd205c886e9
1835	2026-12-05 03:20:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5d3966f-e779-4744-bd1d-7d27a78e05f6	bf62a8d696aad048c8eb4477649c2fdf24f5eb01d1d7c96126c92fd205c886e9	79189dc39e12cd8dbf70c3d9e408299ab88dd257d14219b1832bcc67815d948c
1836	2026-12-05 03:20:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18fbb816-e630-49d9-9865-6377ff92087a	79189dc39e12cd8dbf70c3d9e408299ab88dd257d14219b1832bcc67815d948c	9b9beacadcce2aca55f483f8a0d5b4c180dbf85178ddeca7862666289b536978
1837	2026-12-05 03:20:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f8d3da6f-d273-441b-b14f-0d1f3e75369d	9b9beacadcce2aca55f483f8a0d5b4c180dbf85178ddeca7862666289b536978	317f09bc810e361cd1653c30ff0f4deea843bfd0646c6864fbf40ad5ea4f31a7
1838	2026-12-05 03:20:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d84700e8-e27a-44f1-a6e5-ff1ca136ad69	317f09bc810e361cd1653c30ff0f4deea843bfd0646c6864fbf40ad5ea4f31a7	c797994abab939a4c2b6079d8a5852a40f5c6c290ed6d6a63ea07da4204a1bc3
1839	2026-12-05 03:20:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	917fae48-92e8-4d44-b268-ee839f33da9c	c797994abab939a4c2b6079d8a5852a40f5c6c290ed6d6a63ea07da4204a1bc3	5a2146a7ac5cacbebe92b42792e48b2a29d0c7c879451009617e5d441ab991d8
1840	2026-12-05 03:20:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a9b46afb-5348-401b-83a5-0dec823e4562	5a2146a7ac5cacbebe92b42792e48b2a29d0c7c879451009617e5d441ab991d8	75a93586ec534780ad22c40853ac745a9812e50241eff1aa159a6b108b6f5330
1841	2026-12-05 03:20:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa623a49-8fb6-4f3a-8053-7a4174e028af	75a93586ec534780ad22c40853ac745a9812e50241eff1aa159a6b108b6f5330	a32957e3c854b55d87929616d339d83eb38b95a597cf987ad7be4c5c4ba66cfc
1842	2026-12-05 03:20:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b0a03079-6e6e-4416-886b-e35019c261da	a32957e3c854b55d87929616d339d83eb38b95a597cf987ad7be4c5c4ba66cfc	884556cffa3e18f44fe23939be43ecc67134408a5d8bc0be69d27efed8d6a833
1843	2026-12-05 03:20:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	96a44eb5-8556-4f39-b9c2-26478c0ce4d9	884556cffa3e18f44fe23939be43ecc67134408a5d8bc0be69d27efed8d6a833	8c4277ddd15e2e03f239663c1cbc01ffb2646e616dab5af8b29e9ab0e4431cca
1844	2026-12-05 03:20:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b7e6510c-09bf-4a3f-94ad-5e866aa0bf40	8c4277ddd15e2e03f239663c1cbc01ffb2646e616dab5af8b29e9ab0e4431cca	2d3055e142926b8a5c5e49159068aad93ab676d4094ab0663a382d9f211f1cd3
1845	2026-12-05 03:20:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2040d7a5-7f7d-47a9-b91f-7ba840bfcf81	2d3055e142926b8a5c5e49159068aad93ab676d4094ab0663a382d9f211f1cd3	5f891fd4e0ca859a3675938b6521b6827355d9e82b8ab21a53d275a5900064b6
1846	2026-12-05 03:20:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	525f273c-7c89-4489-950d-9d8fb100aeac	5f891fd4e0ca859a3675938b6521b6827355d9e82b8ab21a53d275a5900064b6	260f1a5c8bf904699c55444c4b8305eda77cbe7e315b4798e56e738e16e62927
1847	2026-12-05 03:20:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d868d1aa-4594-47e3-a4fa-8b182e13b6b0	260f1a5c8bf904699c55444c4b8305eda77cbe7e315b4798e56e738e16e62927	d67aaa1cd90ff48f692959342650cb33fdd586658c9563466adc8bfa347d17ca
1848	2026-12-05 03:20:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fde48004-d28e-4311-9af2-ad85b92c9aa3	d67aaa1cd90ff48f692959342650cb33fdd586658c9563466adc8bfa347d17ca	5286b4677574f4c53ceb12fa97ce2c8711a8abb5276ae29c27c18fa6b8b7cef9
1849	2026-12-05 03:20:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	50efc0ba-2665-4dff-9694-0529a0aae0a3	5286b4677574f4c53ceb12fa97ce2c8711a8abb5276ae29c27c18fa6b8b7cef9	3eda42462cf2cea7f5cbacfc0804dcee3b287a04b23f8af04073efad56b472a5
1850	2026-12-05 03:20:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	df4df78f-837d-4e22-9f06-a19b12d48289	3eda42462cf2cea7f5cbacfc0804dcee3b287a04b23f8af04073efad56b472a5	5ab3f77f59f7399ebdb09cc6ebb1684fa2138e9ea4c87b93687b5cf6abaa958f
1851	2026-12-05 03:20:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6f2a46b7-1aa9-487d-8814-af3094eb565f	5ab3f77f59f7399ebdb09cc6ebb1684fa2138e9ea4c87b93687b5cf6abaa958f	ba5fa98f0b6532ef5528c635708df8fa2fff0d99fd54011553ef0272dece6664
1852	2026-12-05 03:20:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62ce7af8-59ef-416e-84fa-4b684186ef58	ba5fa98f0b6532ef5528c635708df8fa2fff0d99fd54011553ef0272dece6664	6d677d0032b6b8fae0c9515fe6107a69f849c0b46122e4b3880dc8db62b46fbe
1853	2026-12-05 03:20:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb342262-7583-46de-9f01-25eab7b8d205	6d677d0032b6b8fae0c9515fe6107a69f849c0b46122e4b3880dc8db62b46fbe	5eeeb9460c11ecd10b98d2d3e356b538a37c3c0fa54b44a4041757d7515c1261
1854	2026-12-05 03:20:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dd9a9ac8-75e3-4fcc-b832-41f4dfe38325	5eeeb9460c11ecd10b98d2d3e356b538a37c3c0fa54b44a4041757d7515c1261	da6c62bad3c82f5f4b174aa2ef5d17a0408b1e148d7480e8fb040c543ab02e2c
1855	2026-12-05 03:20:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	65d2b1bb-78f6-47de-8344-4c90d357a040	da6c62bad3c82f5f4b174aa2ef5d17a0408b1e148d7480e8fb040c543ab02e2c	fb4dd4e14a1d60a953ac65c17f5f4e67a33ea7ce3f4c5ed8a78d15d253de80fd
1856	2026-12-05 03:20:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6217bca5-17e4-4b8f-9e9b-99f481fc8823	fb4dd4e14a1d60a953ac65c17f5f4e67a33ea7ce3f4c5ed8a78d15d253de80fd	3be49e6aba60ee3be05838c869e1bb7de01fcb668bc404885af7ec286f037f15
1857	2026-12-05 03:20:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4457d2c-ba0b-4413-9765-4956db411bec	3be49e6aba60ee3be05838c869e1bb7de01fcb668bc404885af7ec286f037f15	b528da1d1e1dcf84a698f08611e1c2cc544c569786d0b73aafd257417d625706
1858	2026-12-05 03:20:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1dbb2a57-62de-4aa0-a3a4-1350fbe72c59	b528da1d1e1dcf84a698f08611e1c2cc544c569786d0b73aafd257417d625706	e682a23aa36d5aa365dc820563b65eb3be20a9d6bec20d34900bc37ab486203a
1859	2026-12-05 03:20:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c3980b9a-2cdb-4e72-9634-dc87dbe5efa5	e682a23aa36d5aa365dc820563b65eb3be20a9d6bec20d34900bc37ab486203a	be8cc97d8dc292579526b4472ed1b92822697698f91bb0a83a78cb528b8b480c
1860	2026-12-05 03:20:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9041d23d-dafa-4443-92f6-dc18ad5dd380	be8cc97d8dc292579526b4472ed1b92822697698f91bb0a83a78cb528b8b480c	9f05793a78f79a59d64eeb0a29f541e492bf2d0870a9a1556fc85d46ad6feda9
1861	2026-12-05 03:20:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	30bc6817-799b-4c6b-b882-9a99c1c25ea3	9f05793a78f79a59d64eeb0a29f541e492bf2d0870a9a1556fc85d46ad6feda9	3d26d2dae46d7e3f52902012bf1270a344302b9c3fa28575f3b71faea95f195b
1862	2026-12-05 03:20:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b15667c6-c5a7-4d90-b1c3-08f135c0fe2c	3d26d2dae46d7e3f52902012bf1270a344302b9c3fa28575f3b71faea95f195b	f30c537c0ff19efcd6d8e97f847e4b14e52ab92e85b04c029d950837e2492bb3
1863	2026-12-05 03:20:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89b3aab8-6ebc-4f9b-8dc1-3d58e41cecb2	f30c537c0ff19efcd6d8e97f847e4b14e52ab92e85b04c029d950837e2492bb3	fa31442e2a4da08e198ecdda3d120c8cf31189d6a729538d1142271ed7d8e483
1864	2026-12-05 03:20:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e79d6f1-08e3-4bc8-95e5-874cc1f9adb9	fa31442e2a4da08e198ecdda3d120c8cf31189d6a729538d1142271ed7d8e483	3b4a600766083ddc446152f124ddbce55cffd1300e37434249801bd64d169f6d
1865	2026-12-05 03:20:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1650da31-08ed-4ba1-b60f-b81443eda733	3b4a600766083ddc446152f124ddbce55cffd1300e37434249801bd64d169f6d	b78df84b2fc2fbac4a6bb84b583bd73a02f9c13912c69149a5cefc85883d2d14
1866	2026-12-05 03:20:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ea3ef27d-ef3c-49b2-b975-6608bfb7b8e8	b78df84b2fc2fbac4a6bb84b583bd73a02f9c13912c69149a5cefc85883d2d14	9dca5951156d69036a33ec8c9c375867f336e957c130774d6194b7684c7c2f7e
1867	2026-12-05 03:20:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c3e7114-8801-4050-aa1a-3d0f9f07fc7d	9dca5951156d69036a33ec8c9c375867f336e957c130774d6194b7684c7c2f7e	2532f095edd8f8c128da95a5e5cf28fa229667907095bd3994df55f92870787e
1868	2026-12-05 03:21:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fc31c208-f101-47ff-9992-14f4e1bf4ea8	2532f095edd8f8c128da95a5e5cf28fa229667907095bd3994df55f92870787e	e2191577cb10116f0aba6c66386bf53924e0f2c0fda34722c8f03b54e714c3ea
1869	2026-12-05 03:21:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a78ed60-3680-442b-831c-d171e09ed130	e2191577cb10116f0aba6c66386bf53924e0f2c0fda34722c8f03b54e714c3ea	8a18ceb00fc039f50f8a745d36c2a9ff327b0c9ea79adbf876ee5c3703f04191
1870	2026-12-05 03:21:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a671e5d8-3c22-40be-8946-ee479079b48f	8a18ceb00fc039f50f8a745d36c2a9ff327b0c9ea79adbf876ee5c3703f04191	27b220e6d2b93c9537f16fbe76d3667d3497cf2cd3d69892f3f2ac10d4e96218
1871	2026-12-05 03:21:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cdcc3946-0ed8-4130-a340-ee38792cddd7	27b220e6d2b93c9537f16fbe76d3667d3497cf2cd3d69892f3f2ac10d4e96218	a96a38228edb55ce9b73423a4f9379204aa524874440ffde74fef785b817018d
1872	2026-12-05 03:21:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	20012c24-4e87-4158-a02a-16ab28e81d47	a96a38228edb55ce9b73423a4f9379204aa524874440ffde74fef785b817018d	287cef55795266779deb9c903ccc49a2f6e838d5f58199936425da270a6a7a3e
1873	2026-12-05 03:21:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28919f01-b999-4947-9899-249264bd977a	287cef55795266779deb9c903ccc49a2f6e838d5f58199936425da270a6a7a3e	3b2854086efe38ac7f8430515fb8e725c19b36b4b2da8cf9cab9f7cc8b1ab240
1874	2026-12-05 03:21:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2b485016-db3c-4095-afbc-dd63f9bde294	3b2854086efe38ac7f8430515fb8e725c19b36b4b2da8cf9cab9f7cc8b1ab240	562c64a2dce0213f2b4448fb1867fe7c74a296602a04b948bd885871c662aee9
1875	2026-12-05 03:21:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b2092d0-97d5-4d33-8afa-f5dc0188e93a	562c64a2dce0213f2b4448fb1867fe7c74a296602a04b948bd885871c662aee9	7e1e615d4e1c05f83f1a1fad01c6f22287a84bff6fa9010b3598d6a1b1ee3b8e
1876	2026-12-05 03:21:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6203c4b4-bed3-4b02-a3ed-10e14216c91b	7e1e615d4e1c05f83f1a1fad01c6f22287a84bff6fa9010b3598d6a1b1ee3b8e	b463fe669d694ebe9e33f818b1e252f182e542878485f726d643c549f49c3f96
1877	2026-12-05 03:21:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6c8bb80-7ddd-4fa3-b032-036a62138496	b463fe669d694ebe9e33f818b1e252f182e542878485f726d643c549f49c3f96	2d1030d5483eb0966b687bba607eec41691600d915bdc1a19172884221e97aca
1878	2026-12-05 03:21:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f73ababa-114a-4c51-b495-dcd8b6ebf7e7	2d1030d5483eb0966b687bba607eec41691600d915bdc1a19172884221e97aca	5e4a36b6c60936fb85b21b7d70f6d3f8250f7baaa196e53f147475e4af137942
1879	2026-12-05 03:21:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8a0c752f-f927-4102-922a-ec0d52eb2896	5e4a36b6c60936fb85b21b7d70f6d3f8250f7baaa196e53f147475e4af137942	05a7bb066ca17c4bb34a54a910ed167b37bb976196412c08177b492064bae95d
1880	2026-12-05 03:21:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	89b0b48b-0fa6-4f4a-a19b-c6e1e5697bac	05a7bb066ca17c4bb34a54a910ed167b37bb976196412c08177b492064bae95d	dfbb2a5d28ed161821d7de974e5d6db6ccec9005650d1dd6363d3727a74154a0
1881	2026-12-05 03:21:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8b51d8af-6a7d-4fa5-bb1f-d166d08b73e8	dfbb2a5d28ed161821d7de974e5d6db6ccec9005650d1dd6363d3727a74154a0	0e1fed0e08372c0592c23b21b834705aa7eea78ed1033e910338a2d29f15398d
1882	2026-12-05 03:21:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b20d3dc-3a3f-483b-9e14-abc35d8fd1b9	0e1fed0e08372c0592c23b21b834705aa7eea78ed1033e910338a2d29f15398d	03260cdbe06532364fa09a6225454c2076924dd6a5c007f16bc309ba05b5d429
1883	2026-12-05 03:21:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fa051a79-7c72-40dc-ac5f-e39c646e3f22	03260cdbe06532364fa09a6225454c2076924dd6a5c007f16bc309ba05b5d429	b3a4671919648b78b6b3d136a902457cf383bfb543d5a810927cc949e8023281
1884	2026-12-05 03:21:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc4648d2-34ec-4565-893e-4eff301312a2	b3a4671919648b78b6b3d136a902457cf383bfb543d5a810927cc949e8023281	134b30d17df25e426e8aa384603535d84549cc3d7593f494e2d2ae3ffe9f6efa
1885	2026-12-05 03:21:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8c4dbd2-5b9c-4896-be5d-74f6b256704e	134b30d17df25e426e8aa384603535d84549cc3d7593f494e2d2ae3ffe9f6efa	8a7415f5f7bc7de772b84d210d265acdabdf3f752ef38e7621f08f03c00f815e
1886	2026-12-05 03:21:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	edd14463-2391-4267-960d-9e1c628d33f9	8a7415f5f7bc7de772b84d210d265acdabdf3f752ef38e7621f08f03c00f815e	5a9d761eecddde7896b1d5c9683ae6a34dd15a74c7537ad7e57c18cef45b623d
1887	2026-12-05 03:21:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1de3cd0f-ba31-4b61-a882-d83be0403aa2	5a9d761eecddde7896b1d5c9683ae6a34dd15a74c7537ad7e57c18cef45b623d	c56829bc62fddc75f3d410df04ccc8752eaadb888d3ba65e7a7dafd40dab07af
1888	2026-12-05 03:21:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	503ecad7-b6ef-4259-86cf-c210688dc1e7	c56829bc62fddc75f3d410df04ccc8752eaadb888d3ba65e7a7dafd40dab07af	3be5915a913eef8d8bc7d2193a38486103a68e80a3bd43c5a6ad06e8e63b4ea8
1889	2026-12-05 03:21:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b367aa8f-7048-4355-92e1-a42734f7df3d	3be5915a913eef8d8bc7d2193a38486103a68e80a3bd43c5a6ad06e8e63b4ea8	56c28b04d8976ecd3be5e2c2fc382e48ed94f5ee349f758345094d6e388ed8d7
1890	2026-12-05 03:21:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8ba37fc-f90b-4a81-bd07-c3b62791e15d	56c28b04d8976ecd3be5e2c2fc382e48ed94f5ee349f758345094d6e388ed8d7	47de58a2be5c3ee63b47a91e045d91e831c1ffaa040f8392295434fc33258d9f
1891	2026-12-05 03:21:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bebe5e3e-2fc9-4118-80ce-4c2fd6c47c59	47de58a2be5c3ee63b47a91e045d91e831c1ffaa040f8392295434fc33258d9f	6cab82c0d7f8d94b96dd5b0e89d75b4752d10fa52f5a5b91400331cd856517b9
1892	2026-12-05 03:21:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	68fe544a-3203-4663-8d7a-6206b0813041	6cab82c0d7f8d94b96dd5b0e89d75b4752d10fa52f5a5b91400331cd856517b9	4aeda472b2a882381d199c12bcc688ad43bb7126abf88e671444f3e3c3062a74
1893	2026-12-05 03:21:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4dbed895-0529-4b38-ad34-4d369903d6fc	4aeda472b2a882381d199c12bcc688ad43bb7126abf88e671444f3e3c3062a74	54a3b05548390a10a5b8bf673cac7d0284839275e6de49fe47a22259aadf0772
1894	2026-12-05 03:21:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	084cbe5a-b574-478d-9db7-ca70b4ecde2e	54a3b05548390a10a5b8bf673cac7d0284839275e6de49fe47a22259aadf0772	bbb920c06ba85c1225a0c0c761799953ca1e23410d79e20793f0d53773b6973c
1895	2026-12-05 03:21:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a44fd1b5-5375-4522-aab8-be9bb1af18fe	bbb920c06ba85c1225a0c0c761799953ca1e23410d79e20793f0d53773b6973c	24ebdeefda7ef3566757c68123a315b400158ce5eb8df2c5731128f3a47d17b1
1896	2026-12-05 03:21:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a74963ed-7f3d-4525-97e0-4db5bc57330c	24ebdeefda7ef3566757c68123a315b400158ce5eb8df2c5731128f3a47d17b1	d6131e6637260e2808b47eb704f3bf3bfa6b3ab013a44600992fb86b9b4ba1b4
1897	2026-12-05 03:21:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db18c8c3-08fd-4f14-b04e-d21b676ec08e	d6131e6637260e2808b47eb704f3bf3bfa6b3ab013a44600992fb86b9b4ba1b4	ff2ed065a18c076d96c124e77e02b41aa0abf64969e884a28dc2b8f8e82192be
1898	2026-12-05 03:21:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b49a5aed-46d4-44e2-9370-df1578c01773	ff2ed065a18c076d96c124e77e02b41aa0abf64969e884a28dc2b8f8e82192be	30b91e0047c7a1d6ea8ed839a283079eb189ef5f9b85dc59baac1fb40d04b6f4
1899	2026-12-05 03:21:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	315d39de-f580-472a-a198-ef0a67009f11	30b91e0047c7a1d6ea8ed839a283079eb189ef5f9b85dc59baac1fb40d04b6f4	0a8225fd1fac2e4e940be0a9de3d70ef891e95d7e15d73a3e710574fba6b8840
1900	2026-12-05 03:21:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fc68d3d-3ab5-4fa1-b9ca-031513469ef8	0a8225fd1fac2e4e940be0a9de3d70ef891e95d7e15d73a3e710574fba6b8840	9665c59fe8067bef81c1fe76b1a786a0c76e94b6f43474e704386e33bff65bcf
1901	2026-12-05 03:21:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9086cf54-5717-422e-b6a2-da06a4371c53	9665c59fe8067bef81c1fe76b1a786a0c76e94b6f43474e704386e33bff65bcf	f06bed10942f4e86f08c25d97c253f0a1a14f07372ff3d001e2ad0abef331a09
1902	2026-12-05 03:21:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e050dea-603a-4b25-a337-d85eba0bdb70	f06bed10942f4e86f08c25d97c253f0a1a14f07372ff3d001e2ad0abef331a09	f6e1cdd7afcf5ee082c0c74250c4eeeea58b989079dce026269272bf8dbf298a
1903	2026-12-05 03:21:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c08676c-f190-4dd5-bde1-3ef3c177cd12	f6e1cdd7afcf5ee082c0c74250c4eeeea58b989079dce026269272bf8dbf298a	44b3342eead1ec1185e89f70b6132f975c661bd0b4153aed433ebc6cde5defea
1904	2026-12-05 03:21:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9427998d-10f4-41db-acfe-06dd73457f2d	44b3342eead1ec1185e89f70b6132f975c661bd0b4153aed433ebc6cde5defea	1fc46b4f53b1bf7a8dd229c2a24d6385016dd6610ee84ce8ef590257a4b4e987
1905	2026-12-05 03:21:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1c7facf7-9957-4011-a873-30ab33db9d82	1fc46b4f53b1bf7a8dd229c2a24d6385016dd6610ee84ce8ef590257a4b4e987	8229bf0262f812ecd11288aa9aef0cb731545919966a51d635475de608fe6b23
1906	2026-12-05 03:21:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e74c7e3-32c1-45dc-b4af-fb39474af10f	8229bf0262f812ecd11288aa9aef0cb731545919966a51d635475de608fe6b23	8ffbd8d4f91abd8fcef02f7476cdb65d5fb95abf349aecaab9260a541fe79595
1907	2026-12-05 03:21:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1a587c5-4592-439d-a44a-21525330c37f	8ffbd8d4f91abd8fcef02f7476cdb65d5fb95abf349aecaab9260a541fe79595	675e853b66fe969d1efd7d8c27e263c8639197be70c16a8c4e9f5a6484214d98
1908	2026-12-05 03:21:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb3892ac-d05b-42b8-867b-96dfcc37dd01	675e853b66fe969d1efd7d8c27e263c8639197be70c16a8c4e9f5a6484214d98	148dd0fe31d381f592fe62d6c72a1d9ac7a0a5d69cafa311d1f5e53da779859c
1909	2026-12-05 03:21:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eadd6236-a32a-4884-827a-0c136b2e1260	148dd0fe31d381f592fe62d6c72a1d9ac7a0a5d69cafa311d1f5e53da779859c	5051a48db672c4daebebfad61b2284a97bc234711b5a480c29ed8c7469ef9aae
1910	2026-12-05 03:21:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a66a308-c14d-4acf-9ad9-a1c32820255f	5051a48db672c4daebebfad61b2284a97bc234711b5a480c29ed8c7469ef9aae	ed991cd5e98b82e70534af7491b31c95b9ed9905589dd957b52a3b66c077265d
1911	2026-12-05 03:21:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2bbd2758-349b-44fa-94b8-503869a4a978	ed991cd5e98b82e70534af7491b31c95b9ed9905589dd957b52a3b66c077265d	582100837625c0f97c6083a01daa401965286c11cb75612969ba1aff4a0fd501
1912	2026-12-05 03:21:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6778f244-6555-46ee-b389-ba733b0aba8f	582100837625c0f97c6083a01daa401965286c11cb75612969ba1aff4a0fd501	acbd8f1b49704ef735af304176f4ad178355c076a82c06fc37789d960c030d74
1913	2026-12-05 03:21:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b0fdc23-aa31-4047-9952-1fbe67eff8f7	acbd8f1b49704ef735af304176f4ad178355c076a82c06fc37789d960c030d74	3ca6d06944c7efbd6985cf9a34681938097c35715673024577e88a979b030322
1914	2026-12-05 03:21:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e345eaf9-9f04-44ed-a518-fdf59404fe28	3ca6d06944c7efbd6985cf9a34681938097c35715673024577e88a979b030322	5c36f667aae684bf91397708f5f80275eaa273f25046c75275b2cdbbf0481a2c
1915	2026-12-05 03:21:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a920383-9ec7-40f0-aadf-30877e66dd96	5c36f667aae684bf91397708f5f80275eaa273f25046c75275b2cdbbf0481a2c	59688923635fb2dccabda26d6496fc335f2d5261b7686451254f5dcab16eb7ec
1916	2026-12-05 03:21:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f86e47d5-e934-4635-b3fe-d22c11ce636d	59688923635fb2dccabda26d6496fc335f2d5261b7686451254f5dcab16eb7ec	506377192a47aa15d7116fbede212466ebc7f136793281a73b2e23c214a689bd
1917	2026-12-05 03:21:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e61a5ef5-4ee8-4104-9425-5e2d1dc4e58a	506377192a47aa15d7116fbede212466ebc7f136793281a73b2e23c214a689bd	98ef6baedefca048471a795a7515502182f8a520145b7ed3e7f9cdb037ed44f8
1918	2026-12-05 03:21:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	509eb3b9-91c4-4dda-b8d8-3dc0de8d599c	98ef6baedefca048471a795a7515502182f8a520145b7ed3e7f9cdb037ed44f8	f26edd0d6a1e16697de0682fb224b351f43a01d04e0acda2f91a9accb7458f8c
1919	2026-12-05 03:21:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	469d1364-c929-4d3d-9bf0-e4bbabcb1c68	f26edd0d6a1e16697de0682fb224b351f43a01d04e0acda2f91a9accb7458f8c	fa70e113d4359f8732458e7895ec63149e3f89b9c67f1340be0673299bba3974
1920	2026-12-05 03:21:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5f7a72ac-b3dd-4186-8429-df052af0e79f	fa70e113d4359f8732458e7895ec63149e3f89b9c67f1340be0673299bba3974	fdb963db9ff8d71c6414dcb820aa20baed856d1b79c000f0f8310f64d579849c
1921	2026-12-05 03:21:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cd23168f-f7c4-42f8-bbba-b03eb5e9de99	fdb963db9ff8d71c6414dcb820aa20baed856d1b79c000f0f8310f64d579849c	c6d67451bc21743dfbf16adf1e0c56404976d44845d27ed2fab3fb08725ada87
1922	2026-12-05 03:21:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ba38536a-02dc-47d4-bf66-874ca1bd1194	c6d67451bc21743dfbf16adf1e0c56404976d44845d27ed2fab3fb08725ada87	7e0c64a223bf1c0d015c9d06449b1c141772c8f1c1e9fc5797011b1d6c8c19dd
1923	2026-12-05 03:21:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a70e74ad-a536-426e-8f17-9198af49fcf7	7e0c64a223bf1c0d015c9d06449b1c141772c8f1c1e9fc5797011b1d6c8c19dd	d39bb199623c6a86b4a3816d9781a837f6694300f0565293aaaf521d53dfc344
1924	2026-12-05 03:21:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	74af7fb4-43cc-42e8-9d60-28c99ed1aaa6	d39bb199623c6a86b4a3816d9781a837f6694300f0565293aaaf521d53dfc344	4e189de5acb2e969b6e31fb5a2df43155fef8fde8ff27065d314a8ad5a53ffb2
1925	2026-12-05 03:21:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	48be47f5-7b91-4644-8dde-f1e27519b75c	4e189de5acb2e969b6e31fb5a2df43155fef8fde8ff27065d314a8ad5a53ffb2	4563c9291491ecafdf760cee5fb0264e07b56e3931fca1fb2c716d6e2f27871a
1926	2026-12-05 03:21:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8cbfc574-da13-4461-b656-fd40344b59b0	4563c9291491ecafdf760cee5fb0264e07b56e3931fca1fb2c716d6e2f27871a	6cbf37b5ce6eaefd07f0141bc604c8106f9a4b4dddbac982578cbc62ef4364cb
1927	2026-12-05 03:21:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ec63fd7f-584c-4450-a8f1-be1929f2288d	6cbf37b5ce6eaefd07f0141bc604c8106f9a4b4dddbac982578cbc62ef4364cb	4d3c78976674014768da632bd8d248f9f09516096857a97058dab8f42ce8f8ec
1928	2026-12-05 03:22:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e23b6f5-7429-4b25-913b-b50ab8cd2ba9	4d3c78976674014768da632bd8d248f9f09516096857a97058dab8f42ce8f8ec	1a323c67149e45d4d4c33f975e290e746e57ce38b6fb37425a18c491314def89
1929	2026-12-05 03:22:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e32f53ce-14a4-4d32-a526-e18d5f09d6f7	1a323c67149e45d4d4c33f975e290e746e57ce38b6fb37425a18c491314def89	30db27d1a9756a60741db6a6b8d05248b42bf9ca56fdf3be3b75127eb5810c6d
1930	2026-12-05 03:22:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c2b15f62-db91-4b00-9e3d-1e1eebbbf477	30db27d1a9756a60741db6a6b8d05248b42bf9ca56fdf3be3b75127eb5810c6d	773752dc95937d11a5cfedd27d67cf5db7df77a6d313ca7975fd184bfe85eb54
1931	2026-12-05 03:22:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f48387c0-1752-45f7-afdb-09db81204ded	773752dc95937d11a5cfedd27d67cf5db7df77a6d313ca7975fd184bfe85eb54	ab695c4295c70f1cf7024ce631e7cf1ac0ee401770930f47bb131dbce1d957b5
1932	2026-12-05 03:22:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	612e17f9-ceb8-461f-bf0d-9ad362d77767	ab695c4295c70f1cf7024ce631e7cf1ac0ee401770930f47bb131dbce1d957b5	131c312ad630871239fddea4a50f0d78a62741abf1ad43d9967792e6aa268606
1933	2026-12-05 03:22:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4152a72e-9c58-4f2a-99f1-ecc33675c443	131c312ad630871239fddea4a50f0d78a62741abf1ad43d9967792e6aa268606	12405782d0cba964fb443e78302008d6b2d6b5167a78e18670675014770b59b4
1934	2026-12-05 03:22:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45061824-d73b-4aa4-b486-543c49335635	12405782d0cba964fb443e78302008d6b2d6b5167a78e18670675014770b59b4	7bab0fdd47cb748cedc06031c78eb21a6596cf77bbe925d435538ecbb4de3901
1935	2026-12-05 03:22:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ffc06f51-cf03-47b4-a9d8-ed6d526de6d1	7bab0fdd47cb748cedc06031c78eb21a6596cf77bbe925d435538ecbb4de3901	aac283fa47ee20668562e80b99f8e956566ecb4c0f79fc2f7e11f6cd7803e215
1936	2026-12-05 03:22:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c014ce9-9087-4bcf-ac9e-48a4af73dad6	aac283fa47ee20668562e80b99f8e956566ecb4c0f79fc2f7e11f6cd7803e215	17202a0c45a97d04d6dbc90f5a190eacc23ecef9ed0538b3514b849185c0a6bc
1937	2026-12-05 03:22:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d60ac9e-1860-4ce5-8264-908f8b903f81	17202a0c45a97d04d6dbc90f5a190eacc23ecef9ed0538b3514b849185c0a6bc	6793fd7856acf6d3138916250ac3db1f2bc3b3c0d342c9205002f2d89bd73ef8
1938	2026-12-05 03:22:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d5469f6-c25c-4ea1-b711-a0561f0e01eb	6793fd7856acf6d3138916250ac3db1f2bc3b3c0d342c9205002f2d89bd73ef8	1cf2d638d8e4ad6a4de950257f442975e65a4d0e0ca699e5f0bcbc5c3d43edc3
1939	2026-12-05 03:22:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f3314e5f-3269-4200-a70a-25f27413d858	1cf2d638d8e4ad6a4de950257f442975e65a4d0e0ca699e5f0bcbc5c3d43edc3	6ad3285ca61c0d1a8db3f78a47ddee92988ff92e0015703e7fe1cfd3d8d55678
1940	2026-12-05 03:22:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e9e13535-0edc-4b8b-9976-13a8635b2b95	6ad3285ca61c0d1a8db3f78a47ddee92988ff92e0015703e7fe1cfd3d8d55678	f5570107f3ad07bcfae55d3689771001ccb2f6c8ea63b93333989e6030151653
1941	2026-12-05 03:22:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cdd1875-5af1-4fc5-8447-1c6421963fdb	f5570107f3ad07bcfae55d3689771001ccb2f6c8ea63b93333989e6030151653	a39bc52353546d2e11f9c3e6d7595a86105061a47df1aa5908e3a03b400121cd
1942	2026-12-05 03:22:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c2c535a-c6c1-43f4-9cfd-c8e39f501f4f	a39bc52353546d2e11f9c3e6d7595a86105061a47df1aa5908e3a03b400121cd	5dce19ccf9713755fc7b57d9ad4b906100cb32ab086387cb3d1977c9e8a6f96c
1943	2026-12-05 03:22:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fe94a05-ee3e-43c6-820c-a1c0c04c9afe	5dce19ccf9713755fc7b57d9ad4b906100cb32ab086387cb3d1977c9e8a6f96c	caa35ff9eeeea4245f4447894c77e51c29b22086c26a7ba281cd01bcdc625afb
1944	2026-12-05 03:22:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d294cbc4-6611-4cb1-9dae-75018d2563ec	caa35ff9eeeea4245f4447894c77e51c29b22086c26a7ba281cd01bcdc625afb	5de465d5b6e48467f4549effbba735242c0f21e7439fd1a3e4b59292d8864673
1945	2026-12-05 03:22:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f3399bb2-5db5-4101-a139-f2f2a873c99e	5de465d5b6e48467f4549effbba735242c0f21e7439fd1a3e4b59292d8864673	f2ae92de51e173ff8e2801846e604f743ea63e56612d71628c3f64f0dc82a750
1946	2026-12-05 03:22:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b733ffb0-ef29-456f-a398-4dc9226d63c2	f2ae92de51e173ff8e2801846e604f743ea63e56612d71628c3f64f0dc82a750	27dec6a3dc4bea474659d1131edb1d30948e1f25e626075a1f5368f0ffe22946
1947	2026-12-05 03:22:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c532d172-2761-451e-bf86-d90fbb57c64e	27dec6a3dc4bea474659d1131edb1d30948e1f25e626075a1f5368f0ffe22946	46687031fb91ed4f6da338826a09d9397e4245778860c9fe7089d1454e679682
1948	2026-12-05 03:22:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1751e0d-58de-4c78-b422-4d3129bc584a	46687031fb91ed4f6da338826a09d9397e4245778860c9fe7089d1454e679682	418d00da2d919917ae8121b1671192753dc0a0e0a671148cc3da8573c5363f01
1949	2026-12-05 03:22:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77fd816d-4cf3-4aee-a0bd-0423b3e8ca4e	418d00da2d919917ae8121b1671192753dc0a0e0a671148cc3da8573c5363f01	1f1dd74483baa118b7cc426548048687a3d3dd4ab5b7a3b7e3f0cd9c26b3eb5f
1950	2026-12-05 03:22:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d0d1fcf-4908-49ff-afb7-9aa51c744a97	1f1dd74483baa118b7cc426548048687a3d3dd4ab5b7a3b7e3f0cd9c26b3eb5f	00ec15407cc261f0b4fdc1ba26ce49e623bbc18d914102306449507cc4e81296
1951	2026-12-05 03:22:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ad371b4-5780-4eda-b897-7de484a355cb	00ec15407cc261f0b4fdc1ba26ce49e623bbc18d914102306449507cc4e81296	3372e07a3a808903df74c2ef97c5ad5f22fcd27a01dc9ce7cc831314870185b7
1952	2026-12-05 03:22:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6404e6c5-ae15-4efe-bd1f-062cdead363d	3372e07a3a808903df74c2ef97c5ad5f22fcd27a01dc9ce7cc831314870185b7	1a38a4af85b9070c02651d84c67b6d5c247a4f99b58fdb4591394fea3d5c10fc
1953	2026-12-05 03:22:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	faaf8453-5bb9-44b3-a714-1a680f01c9df	1a38a4af85b9070c02651d84c67b6d5c247a4f99b58fdb4591394fea3d5c10fc	fd3b5c2a8e90876a24857b9cd1696ac1e5c89c7b06688e35d7edb30d8c2bbd47
1954	2026-12-05 03:22:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f2a8a9e2-42d6-44e8-89d4-fd0dba94e0e0	fd3b5c2a8e90876a24857b9cd1696ac1e5c89c7b06688e35d7edb30d8c2bbd47	766ac18d45a70d6fd38c2d00777b9dd1be9bca24cfa6dd1c64176684881deaa4
1955	2026-12-05 03:22:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a42a098-f401-4d9c-a8af-ddb243186c8e	766ac18d45a70d6fd38c2d00777b9dd1be9bca24cfa6dd1c64176684881deaa4	25544045a9f1c1180763d7b1ece058c599e95845626a517c0e9ebdde16cf102f
1956	2026-12-05 03:22:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8b418e9-a902-47f2-abf0-04b49b2ba967	25544045a9f1c1180763d7b1ece058c599e95845626a517c0e9ebdde16cf102f	2ce964ebe2444551711308fa6d6e36f5af3aaa905e1405fb179269f4dbdbe4d4
1957	2026-12-05 03:22:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1ca4195c-6945-4f87-b0c6-be4cfe3cbebc	2ce964ebe2444551711308fa6d6e36f5af3aaa905e1405fb179269f4dbdbe4d4	5ce20325cb0ca6dc5be5e884c7f19ba1c4ed4f7151d413cef6ca722cb914714a
1958	2026-12-05 03:22:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	896c50a9-f633-4237-b59d-ea6241f2a026	5ce20325cb0ca6dc5be5e884c7f19ba1c4ed4f7151d413cef6ca722cb914714a	e3d6ff056360c3ada91a22b1ecd8a5ff4c2ac4c331c90f369176eed8651c46cf
1959	2026-12-05 03:22:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f167bc4a-c3c5-4d92-8f71-2f381b9ebec8	e3d6ff056360c3ada91a22b1ecd8a5ff4c2ac4c331c90f369176eed8651c46cf	3916b11c42a4c4172720cbdbd462b55e81375a0b127a14bfb6325c76d6ec7340
1960	2026-12-05 03:22:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b609a6b0-5ae8-4115-9444-0823f8987926	3916b11c42a4c4172720cbdbd462b55e81375a0b127a14bfb6325c76d6ec7340	8eef8dcdb0d03a3e4e6f6d918471d175c02bc8e9c4c97cc3f28e5ea856da9e6a
1961	2026-12-05 03:22:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66f8b15a-5742-43aa-aa8a-1f7a3d746cba	8eef8dcdb0d03a3e4e6f6d918471d175c02bc8e9c4c97cc3f28e5ea856da9e6a	391722d66209f510ed67e354b9b3a959e4dcaab392a494465dc85bccfc37d62e
1962	2026-12-05 03:22:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55af8937-8206-49d8-8db5-601545b0dee1	391722d66209f510ed67e354b9b3a959e4dcaab392a494465dc85bccfc37d62e	fc6fed632b85eb5681863ff7ec75b2d455a6d5c9af9bd6922e7aef150673f6c8
1963	2026-12-05 03:22:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6b95d18a-5930-42a8-b2b3-bad6e5155be5	fc6fed632b85eb5681863ff7ec75b2d455a6d5c9af9bd6922e7aef150673f6c8	86fc99ea2b7f3650edbf3ce0ef430d2f552e07dff7c9f84367809543069a88fc
1964	2026-12-05 03:22:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05a35a6b-c496-4ded-adb9-167affb5ba0e	86fc99ea2b7f3650edbf3ce0ef430d2f552e07dff7c9f84367809543069a88fc	addc99ad061435e24c1e4b0128d43506007fb4c94cc90c180ba2d7f6625fc59d
1965	2026-12-05 03:22:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0cc73bff-3a00-4324-b0d4-0e360b33a1ce	addc99ad061435e24c1e4b0128d43506007fb4c94cc90c180ba2d7f6625fc59d	000d422f590650c7f4fc7f2cc1c54b0d9ea57014d2cb55102be80857526de2b8
1966	2026-12-05 03:22:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b5d8586-f6e6-4fb1-9905-4d9ea22515ec	000d422f590650c7f4fc7f2cc1c54b0d9ea57014d2cb55102be80857526de2b8	a6fe4eb904fedeb8c36b2b8c7d249db111999ef56077ed49303fba09bbe7fea8
1967	2026-12-05 03:22:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	458dd11a-e36a-4275-9662-18a244c8425c	a6fe4eb904fedeb8c36b2b8c7d249db111999ef56077ed49303fba09bbe7fea8	550776d9b6083f63a6f0508110a2f0006dd62c65ca0fde0d159beabeb619a991
1968	2026-12-05 03:22:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1721827a-fc08-4126-8565-91c9e8d93502	550776d9b6083f63a6f0508110a2f0006dd62c65ca0fde0d159beabeb619a991	696ef10b56f7079850161a124e2fd06d7753a5a7d9ee4257749794d8a23bd4e8
1969	2026-12-05 03:22:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	943dff0b-738d-4cf6-b2e5-b694879def28	696ef10b56f7079850161a124e2fd06d7753a5a7d9ee4257749794d8a23bd4e8	64db8491c0ebe4071aa0a90ed5a65f3f33fc371e5146348cf4b01a96a153eeec
1970	2026-12-05 03:22:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f73b9ae4-fe01-4ebc-b4a3-6133d16037e5	64db8491c0ebe4071aa0a90ed5a65f3f33fc371e5146348cf4b01a96a153eeec	9a3bc78fb7d1f17b7856f629402af6516db0232a00d6f930e60a03f03e8fb354
1971	2026-12-05 03:22:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8494bf87-a172-4411-a134-80db02e30c9b	9a3bc78fb7d1f17b7856f629402af6516db0232a00d6f930e60a03f03e8fb354	1bf1c7d595998845cb2a110cfdada02fb768cf095b05fe495f4eb13f6404a64e
1972	2026-12-05 03:22:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	16454f23-d70c-49f0-ac90-3a1884b017fd	1bf1c7d595998845cb2a110cfdada02fb768cf095b05fe495f4eb13f6404a64e	d2df31bed9d01e91ddd69f9a3405ddfc95a5528d6e0fef532e3d3e2aaf1567c9
1973	2026-12-05 03:22:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	428843f2-070c-43ee-93e8-abd0fde35634	d2df31bed9d01e91ddd69f9a3405ddfc95a5528d6e0fef532e3d3e2aaf1567c9	587aa8f2c26e5500dee34589a0f71952b412ad72236f57e9ba01cd5a793500fc
1974	2026-12-05 03:22:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	db4cad6b-f051-4b92-b2bb-8ce2915f1c90	587aa8f2c26e5500dee34589a0f71952b412ad72236f57e9ba01cd5a793500fc	8a7698f409c469b9a34a63033360f65345bf3d31e6d8be639fb06b186010248a
1975	2026-12-05 03:22:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a420c80-8fc5-4de8-a260-6d9dcb3081b3	8a7698f409c469b9a34a63033360f65345bf3d31e6d8be639fb06b186010248a	38268323cb96c1f63cf453761bd7d1a4a2a8b385b3b8635b4f1158d847978678
1976	2026-12-05 03:22:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6c1c3c02-7735-4efa-973b-872ef93a00b2	38268323cb96c1f63cf453761bd7d1a4a2a8b385b3b8635b4f1158d847978678	618353aca7cf1f07a750a63c59930df712c479b84490df534a234f8a4a5e4adf
1977	2026-12-05 03:22:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a9443f58-7fb2-4511-8553-e2c6e69e38a1	618353aca7cf1f07a750a63c59930df712c479b84490df534a234f8a4a5e4adf	0c9d735730230f0a9a1ffc28215eed3a3aac314ca7dbb527c1a96ed763f2f211
1978	2026-12-05 03:22:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	017f27ee-58dd-48a2-b8e6-2958ed5a62a5	0c9d735730230f0a9a1ffc28215eed3a3aac314ca7dbb527c1a96ed763f2f211	5b4df687d2868cbbca5cb606b358e2a992af9aaaaf1cbf9c8d89dae4fd30a106
1979	2026-12-05 03:22:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8eb12a4a-8be4-4f80-b295-20b4378c0f0a	5b4df687d2868cbbca5cb606b358e2a992af9aaaaf1cbf9c8d89dae4fd30a106	989bc3cdcf93d7efea73b7cc35c7f33b7ea5b02f4039f2e205ce32877784997d
1980	2026-12-05 03:22:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	200ada02-2aca-4b2f-b39c-7912d23ae277	989bc3cdcf93d7efea73b7cc35c7f33b7ea5b02f4039f2e205ce32877784997d	1f475014c89bac896c46b53db0094124855d2f7942805d74495122b8a6467006
1981	2026-12-05 03:22:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1da48a80-e212-47c6-a226-8bcf513f45f8	1f475014c89bac896c46b53db0094124855d2f7942805d74495122b8a6467006	1ff932c42289f76dfab9581140a851d01863aa6b45a2a568b26f7897c66a66ac
1982	2026-12-05 03:22:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f3343a27-f3dd-45f9-9d01-6ca3a234f6d5	1ff932c42289f76dfab9581140a851d01863aa6b45a2a568b26f7897c66a66ac	cb80f91bee31a265445b9fc93d01c56befa0b471d26caab13c6ad4f088bcb3d1
1983	2026-12-05 03:22:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4ec2895a-dd38-4b05-8653-0a5028f917e1	cb80f91bee31a265445b9fc93d01c56befa0b471d26caab13c6ad4f088bcb3d1	cf939ac5e7a9c1f2a3860661609d25620a9eec20658b5f94a1ca1cb13faa657c
1984	2026-12-05 03:22:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2eaf3006-0ccc-4280-bd3d-8da0c51a1fd1	cf939ac5e7a9c1f2a3860661609d25620a9eec20658b5f94a1ca1cb13faa657c	1d75bb68e81d179f8847133d13275be49768ad1fb3ea0d9405723d7f09858af8
1985	2026-12-05 03:22:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b89765ed-b0be-4b5c-b007-171c3fa62a22	1d75bb68e81d179f8847133d13275be49768ad1fb3ea0d9405723d7f09858af8	bc9d7cd985c4017f380e8294e332dd04a347c15d7a4c3015304789f5f6a9d258
1986	2026-12-05 03:22:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d831b261-8d25-47f7-acf1-dd8402ffbe98	bc9d7cd985c4017f380e8294e332dd04a347c15d7a4c3015304789f5f6a9d258	16988865ac703c1fbbcdb31d19a5132da7983a5fb6301cb8a75b14bec64721f3
1987	2026-12-05 03:22:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1d2065cb-aab7-4558-bb42-8557cd5a5117	16988865ac703c1fbbcdb31d19a5132da7983a5fb6301cb8a75b14bec64721f3	2494ecb542f06176f7942cbd345b0b31b7ebfd2095d6372f5bd6a9a67d1ffcff
1988	2026-12-05 03:23:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	da34135f-a5af-4371-9897-7afbf304b49f	2494ecb542f06176f7942cbd345b0b31b7ebfd2095d6372f5bd6a9a67d1ffcff	2769a10b4aff226a3282df2176717410ff8e87116b6e9a552f8968ba04da10e8
1989	2026-12-05 03:23:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29a9c90a-b6a1-4c6f-b5ed-1b26c3793758	2769a10b4aff226a3282df2176717410ff8e87116b6e9a552f8968ba04da10e8	6f6a956487ca78e455df61d26d07aac6ea8cabfdb951cf5112736b5dfcf5f332
1990	2026-12-05 03:23:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a90bdb9-3b73-4365-be52-6845839ba864	6f6a956487ca78e455df61d26d07aac6ea8cabfdb951cf5112736b5dfcf5f332	0177b869db9d83c5ced2fcc596e92eab0264bc528a32757986a2ce40353ecd0a
1991	2026-12-05 03:23:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	12d8b661-669a-41e8-9fec-3e855351840b	0177b869db9d83c5ced2fcc596e92eab0264bc528a32757986a2ce40353ecd0a	97ec3c548c00c6e12e3f7f26dc00f783bda8884fcafa867bd5996f6902443cfe
1992	2026-12-05 03:23:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bbffa089-a27c-4f87-9e90-eb42a7d62387	97ec3c548c00c6e12e3f7f26dc00f783bda8884fcafa867bd5996f6902443cfe	8d79ef8ff71023a6306db4642f8f05387e449c1d7c7081513081cfafb928d23f
1993	2026-12-05 03:23:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a7ce4af8-4aa3-4eb4-a37b-afd8cd9bbdb8	8d79ef8ff71023a6306db4642f8f05387e449c1d7c7081513081cfafb928d23f	aeab0cb121128655da06c2b367be154fb9cea150e748a6d561859b8c4e9f02aa
1994	2026-12-05 03:23:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	039d9db7-692e-4f39-8952-e18210b3471c	aeab0cb121128655da06c2b367be154fb9cea150e748a6d561859b8c4e9f02aa	5c41fe7c92f8847614ac2dfb0bcc88600cb093ef98d57212af5331e09fa81ad0
1995	2026-12-05 03:23:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c4221061-95a2-4286-a0f1-23fc2572120d	5c41fe7c92f8847614ac2dfb0bcc88600cb093ef98d57212af5331e09fa81ad0	58211b629ffa457b7d456a500e1d7b949830b102bda4c7cf48b1fa99f55c934c
1996	2026-12-05 03:23:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c79c0478-9ecb-43dc-a7c0-30950d0342ef	58211b629ffa457b7d456a500e1d7b949830b102bda4c7cf48b1fa99f55c934c	c355753692dff5068346c0f067ddf6ea7313677db11a68d8186b3302137ca90f
1997	2026-12-05 03:23:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ae036107-98bd-45c6-81d1-d2fb291f0ab0	c355753692dff5068346c0f067ddf6ea7313677db11a68d8186b3302137ca90f	86ffa6820057dd67876e8e957032bff48a65575da63399667ae0c71063d72596
1998	2026-12-05 03:23:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1594cdc4-6f58-4c9d-aae1-8dcd3a3ab5c5	86ffa6820057dd67876e8e957032bff48a65575da63399667ae0c71063d72596	0cabab31135ecaee3bbcb5f5311505686c562e61152bf567f490028021a7454e
1999	2026-12-05 03:23:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ced6c4ed-5bd3-4070-b67a-4d0b3f562c60	0cabab31135ecaee3bbcb5f5311505686c562e61152bf567f490028021a7454e	636ae505fa50c5e38b13a3dadfc339681f7cb71d93b2a82e5e2c299af692944a
2000	2026-12-05 03:23:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	583a1b1d-c0b6-4769-80f0-46cabd3fcb5b	636ae505fa50c5e38b13a3dadfc339681f7cb71d93b2a82e5e2c299af692944a	89e4ecd3e1f7de20207b990041616fa430326ba0d4a29d0b5ddfbb5feee25070
2001	2026-12-05 03:23:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a590144a-5826-4504-a748-c6fd072af9e1	89e4ecd3e1f7de20207b990041616fa430326ba0d4a29d0b5ddfbb5feee25070	3e361fd590beaf7d1d5ecd10fd45c2a8b51429b0f49f62a784a572f70ce5045f
2002	2026-12-05 03:23:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99783954-9f83-4e84-8680-3d5a0ef00ed3	3e361fd590beaf7d1d5ecd10fd45c2a8b51429b0f49f62a784a572f70ce5045f	539c3e1ce1f7fc8df72e69a0434b34de933561a685edf3533eaeab4f9f7f495a
2003	2026-12-05 03:23:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e6fde87b-ebe3-4743-959a-69fc2d60f8ad	539c3e1ce1f7fc8df72e69a0434b34de933561a685edf3533eaeab4f9f7f495a	34967101eb6bf81149be7c73db1e45c3e3800c4fde4a2e0d9c30fde79e4bcef4
2004	2026-12-05 03:23:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d2fff69-f353-4326-aa50-a5d8599f29b3	34967101eb6bf81149be7c73db1e45c3e3800c4fde4a2e0d9c30fde79e4bcef4	9707150129aee29cf6816208532690d4850906eba13322a86d30af5cb9a866bb
2005	2026-12-05 03:23:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5140443-10cf-49c9-8eb9-37e07e27fa5c	9707150129aee29cf6816208532690d4850906eba13322a86d30af5cb9a866bb	fa03026e87e26ad6abc6c28305e116b7d1b9f9a6aa9cde2270a1efd0a06a64f4
2006	2026-12-05 03:23:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	42f538ab-483b-4705-9f6b-3260dd38297c	fa03026e87e26ad6abc6c28305e116b7d1b9f9a6aa9cde2270a1efd0a06a64f4	39da8ce292d247760172f938eddf6ca5cb40b50a6b89a9e105b80df70e28922f
2007	2026-12-05 03:23:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66b101c9-a615-4d9c-a4c3-fb532afe9592	39da8ce292d247760172f938eddf6ca5cb40b50a6b89a9e105b80df70e28922f	aca9ac6f95107615c3255d3f59c4da1823be1785ff607c9432e25d88b7cbac60
2008	2026-12-05 03:23:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14829941-7660-49fd-b6da-f97bdc483c95	aca9ac6f95107615c3255d3f59c4da1823be1785ff607c9432e25d88b7cbac60	c58748a2e8254722acb2ed2e07aff9f001e6e5896a75132e699bfce515212779
2009	2026-12-05 03:23:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2a2cb26-cfbe-49ed-9ffd-bc7e27496f1d	c58748a2e8254722acb2ed2e07aff9f001e6e5896a75132e699bfce515212779	fc45ffc5b19fa22251354d2650930e63ebbcc255807e0eb3fff2e2cc90b74dbf
2010	2026-12-05 03:23:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2374b8f9-164b-4439-93b9-ddcbe986e322	fc45ffc5b19fa22251354d2650930e63ebbcc255807e0eb3fff2e2cc90b74dbf	084e574848c7da5294b22fc91669ed66059c63425072ed89cce4eaffb1f4e2f1
2011	2026-12-05 03:23:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d494b47-7f79-493e-93f1-b1546a89816a	084e574848c7da5294b22fc91669ed66059c63425072ed89cce4eaffb1f4e2f1	ce7d70d49fc1cc92875100ac2366bfa021d79af24fb96c4a224bfc92a36549bd
2012	2026-12-05 03:23:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c26f8009-145f-4f75-a850-93e4e74f9b7b	ce7d70d49fc1cc92875100ac2366bfa021d79af24fb96c4a224bfc92a36549bd	d0047c69f606d348a92fe51ddd0c0688b4540e579f85ff33f889c4e0b9d2c9a4
2013	2026-12-05 03:23:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80f20389-2753-4e1e-82c9-6f3e5421c78a	d0047c69f606d348a92fe51ddd0c0688b4540e579f85ff33f889c4e0b9d2c9a4	658ec41cf1df4d2df42898fd04df403c5e4725c0a6b5773fff0583a1301fc112
2014	2026-12-05 03:23:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cca879cd-ac0f-4c50-846b-d15827c07959	658ec41cf1df4d2df42898fd04df403c5e4725c0a6b5773fff0583a1301fc112	0e59e6ba18f9b6e90852d5b2202b58ee5fe95b3fbe745a1c407c61e701356401
2015	2026-12-05 03:23:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	58e16f14-9b0c-4ddd-8e2c-13e97977fc8e	0e59e6ba18f9b6e90852d5b2202b58ee5fe95b3fbe745a1c407c61e701356401	4b9c56d02e80802d08cc0e0fe45d955bfd228804a3358ed5c2fd8190cd6c893c
2016	2026-12-05 03:23:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3348b551-3175-40c0-9934-4d2f76b3843e	4b9c56d02e80802d08cc0e0fe45d955bfd228804a3358ed5c2fd8190cd6c893c	808f8847025784447587c91e55ee1e45d5bf617803b5d4f4c16509bf897ccf28
2017	2026-12-05 03:23:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8852cda0-3137-41f6-804d-cf5cc0c78842	808f8847025784447587c91e55ee1e45d5bf617803b5d4f4c16509bf897ccf28	c37fa051c9c401de355ffc85226c89541a6d4119d1aa5f8f3ca44a2d15b1949d
2018	2026-12-05 03:23:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	87b97014-1b47-460e-9075-30efdb7ecd00	c37fa051c9c401de355ffc85226c89541a6d4119d1aa5f8f3ca44a2d15b1949d	4fb87f7438b91e5bd1a3dccbe33be395e351c08263e36527fdd0d7af27b1ea77
2019	2026-12-05 03:23:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	501fb26b-86bb-4443-9cc2-71dd3afde11b	4fb87f7438b91e5bd1a3dccbe33be395e351c08263e36527fdd0d7af27b1ea77	f7383608f58d8cb4bf70fc6bd9e006594c6a4a2e113fc067545fd32fe1f912ee
2020	2026-12-05 03:23:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0ebe6e0b-96d2-4905-bdc6-2d50a6c61569	f7383608f58d8cb4bf70fc6bd9e006594c6a4a2e113fc067545fd32fe1f912ee	9edcd7e296db4f058dc21daa4ef6a31e0bc5687e7f0cbc12e102ba4f3b449052
2021	2026-12-05 03:23:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b3572b09-e9f6-413a-ab63-4b32455846ba	9edcd7e296db4f058dc21daa4ef6a31e0bc5687e7f0cbc12e102ba4f3b449052	49583839b3a99e5726f3ca121107bc5158f20b94278d4c2e1847ef8fd797e32d
2022	2026-12-05 03:23:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c851b8c-4781-40e4-b66b-4d95db022ad6	49583839b3a99e5726f3ca121107bc5158f20b94278d4c2e1847ef8fd797e32d	44e87c5996413c1219481a2c51a79d86a6ca2f4afaaf1022a2fca5642a50ef3a
2023	2026-12-05 03:23:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b898983-38d5-49dd-865e-e9f8394f4832	44e87c5996413c1219481a2c51a79d86a6ca2f4afaaf1022a2fca5642a50ef3a	3f9836ae488f723a963f51bc1c4d64bf1fa92626cfa62f6efab937bf28d9ee1a
2024	2026-12-05 03:23:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8d5076c0-1906-4b8c-8b3c-69a8baed63c2	3f9836ae488f723a963f51bc1c4d64bf1fa92626cfa62f6efab937bf28d9ee1a	6d5cfd1761482a7d31ad360733d2a0bb1ad6ee5c14260f6753285cfb4a2107f6
2025	2026-12-05 03:23:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	32f3b664-96f4-4a18-a97b-22b027de225f	6d5cfd1761482a7d31ad360733d2a0bb1ad6ee5c14260f6753285cfb4a2107f6	370ea30457e23ca77a352302698df312d90bc8563752b9394f5560c35914ead5
2026	2026-12-05 03:23:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6ee4f881-1816-4c62-b2e2-03d4abd9e8ea	370ea30457e23ca77a352302698df312d90bc8563752b9394f5560c35914ead5	75b2fb502264d17684645d3de78fdad573e9653cca703a7039ce0ad36d1bce3f
2027	2026-12-05 03:23:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b80e2a7-5fab-4631-899d-7410812a9ac0	75b2fb502264d17684645d3de78fdad573e9653cca703a7039ce0ad36d1bce3f	b5e8e5705796da776073d47d304930192710b06c95f02ebc93fdc8902a7c7320
2028	2026-12-05 03:23:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee92e68b-ba20-496d-bdde-6b6523429af6	b5e8e5705796da776073d47d304930192710b06c95f02ebc93fdc8902a7c7320	a04805aab58616eca8cfcd00289b0019304eb56e36d4d0f43b65a0bb0fa186c7
2029	2026-12-05 03:23:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a134ebb-6d15-4d2a-8ee8-07f07f848c78	a04805aab58616eca8cfcd00289b0019304eb56e36d4d0f43b65a0bb0fa186c7	0c581bd4ff39f447f6378226a34b0c4868e16409866e801ba53878348bb5c09e
2030	2026-12-05 03:23:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	153677ec-87b4-47bf-b4ed-89860078f9f1	0c581bd4ff39f447f6378226a34b0c4868e16409866e801ba53878348bb5c09e	6e4a456eedd8d554248a106ab43e6117e0fe6386dffa4b57672b44201870f5c8
2031	2026-12-05 03:23:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e3d6b58c-fff2-45bc-acf0-7eb21a2780e2	6e4a456eedd8d554248a106ab43e6117e0fe6386dffa4b57672b44201870f5c8	1d2729bfe65b2d2abaf2b9241120104b0fd366f77b72f4066ba096aa2f9f5400
2032	2026-12-05 03:23:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6106bc03-da26-47be-914c-0b1941aab632	1d2729bfe65b2d2abaf2b9241120104b0fd366f77b72f4066ba096aa2f9f5400	ee75b7b8d08d35582fe0c9d4d6ab21193b906bdf26c4640cb36b55eae232ce6a
2033	2026-12-05 03:23:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	11817185-3bfa-46b6-9a5a-0bb11a25071f	ee75b7b8d08d35582fe0c9d4d6ab21193b906bdf26c4640cb36b55eae232ce6a	de9ad1bde21817b29c3c0475b9d1898a01bd7759bbdff2b098f51b8f8e0c52eb
2034	2026-12-05 03:23:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d5b03069-fb4f-41d8-85b3-900106bb8fcc	de9ad1bde21817b29c3c0475b9d1898a01bd7759bbdff2b098f51b8f8e0c52eb	9ca072633dd09696fb9a7b8266f1fa899e84d7bb9cba99a4a19c08121da2a949
2035	2026-12-05 03:23:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ad34289f-49bc-44e0-b39d-0fc95baa6b81	9ca072633dd09696fb9a7b8266f1fa899e84d7bb9cba99a4a19c08121da2a949	bf340a9b8e103b7722463b8cfd672916922de7328f5c4ec4e9eb608cf7fbc30e
2036	2026-12-05 03:23:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8627ae83-7a3d-44e4-815d-961e90b4c9e9	bf340a9b8e103b7722463b8cfd672916922de7328f5c4ec4e9eb608cf7fbc30e	96af2b715485eeb99a13139c0ff3f0f6f29e030769e6c28ab0c50ba2b10830fa
2037	2026-12-05 03:23:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46e8212f-95e8-4a18-ae2e-54c435a07a44	96af2b715485eeb99a13139c0ff3f0f6f29e030769e6c28ab0c50ba2b10830fa	972a5b5fdcf112819f495dc027bb8998f94ce7d0aefe952c93dde3ab5cf4f83d
2038	2026-12-05 03:23:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	106f09d4-f99a-47e9-b024-377217fae5f5	972a5b5fdcf112819f495dc027bb8998f94ce7d0aefe952c93dde3ab5cf4f83d	143d86004ec51748745544c88b166547074a509b9e080fc03377f88cb1ae85d2
2039	2026-12-05 03:23:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18dabdd1-edef-4ed3-91c3-52edec077977	143d86004ec51748745544c88b166547074a509b9e080fc03377f88cb1ae85d2	5c3c10fbf35ab8933a9a27b3468db879c841bd4e6a00e80b16d949c00e52a947
2040	2026-12-05 03:23:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	36d38f5f-44aa-4a6f-bdee-c2a5b4c6654f	5c3c10fbf35ab8933a9a27b3468db879c841bd4e6a00e80b16d949c00e52a947	bb5c5b02b92e89a3136bbd8906e60005c8273523060f5067ab58fd767bc9e77d
2041	2026-12-05 03:23:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ff7b33e-b66d-42d5-8262-0259652bda18	bb5c5b02b92e89a3136bbd8906e60005c8273523060f5067ab58fd767bc9e77d	eb6bf048ea3cdd23e2536fbcad5e5cf08b762f8f7758bcef386bee9b44a8dcd0
2042	2026-12-05 03:23:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	63f88950-a9ce-48d0-a762-0351fdd104bd	eb6bf048ea3cdd23e2536fbcad5e5cf08b762f8f7758bcef386bee9b44a8dcd0	6f04b9a3fbd099b5b40ab4a20c973191910d76b8b9c1b7a7faeff3f11486092c
2043	2026-12-05 03:23:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4ec945ce-9772-49fc-afbe-dcca7be0568b	6f04b9a3fbd099b5b40ab4a20c973191910d76b8b9c1b7a7faeff3f11486092c	825632f60b1f039b989e2f162567db2c492fc4eb5dadbca4cbcf7072f9972808
2044	2026-12-05 03:23:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ba5ac13-cbef-4b4e-8097-13ebb66af841	825632f60b1f039b989e2f162567db2c492fc4eb5dadbca4cbcf7072f9972808	eea8e400f1e02be8adafda5ee8803c3b9fae63090b6f3dda33beb7f56dc094aa
2045	2026-12-05 03:23:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3ee7e1e-8c43-460a-a6c2-2f3fd467a3e6	eea8e400f1e02be8adafda5ee8803c3b9fae63090b6f3dda33beb7f56dc094aa	4035de74bbf2fb522fc57c388823a12731b837267ee3e3260d2340a000b42863
2046	2026-12-05 03:23:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aba587ad-28ff-44cd-b35e-07cf34041dfe	4035de74bbf2fb522fc57c388823a12731b837267ee3e3260d2340a000b42863	9d7c5a0f678b56486e220cc5bbf4492fc9d881367882d0dfb3dc58246124ccbe
2047	2026-12-05 03:23:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80079e50-0238-4bd0-92e3-a6a82d3c27c1	9d7c5a0f678b56486e220cc5bbf4492fc9d881367882d0dfb3dc58246124ccbe	8f3adf57b554f34250c9251e691653435097f088ef8ae3e4395021b24adbfb2f
2048	2026-12-05 03:24:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6df87a11-1541-4530-be50-fce3eaede19f	8f3adf57b554f34250c9251e691653435097f088ef8ae3e4395021b24adbfb2f	81feb5682d11f6c49501500b6584d60305a299c9aad56dd412bc4da7423ec29f
2049	2026-12-05 03:24:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d5812ddf-c20a-46f1-b23c-b313ca59e18f	81feb5682d11f6c49501500b6584d60305a299c9aad56dd412bc4da7423ec29f	6ea6988a71fd4f65036235da93ef4fcd96eae7e193ed8516e37c596e8c6b09cf
2050	2026-12-05 03:24:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6895229c-5abd-4c8e-97b2-00801b44fc1a	6ea6988a71fd4f65036235da93ef4fcd96eae7e193ed8516e37c596e8c6b09cf	4c3028a4b5a5a867e2c67360dc300552cfe7df549dfb8793dbcc2875602cabcb
2051	2026-12-05 03:24:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8510323b-425b-4d4e-9acc-10cd52adbbc4	4c3028a4b5a5a867e2c67360dc300552cfe7df549dfb8793dbcc2875602cabcb	444be0c84ce0baad774bf8040baa055b964787443c5464f5581d83f6cf57cc2c
2052	2026-12-05 03:24:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4bb9d14d-4354-410f-a1ec-b12a0a911333	444be0c84ce0baad774bf8040baa055b964787443c5464f5581d83f6cf57cc2c	0bd78969367b74913af93290010f9e0a04b3e6397d3421c835d7ff2e6e89bb96
2053	2026-12-05 03:24:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7c6e1e62-7a50-4b1e-8a83-b66d894bed1f	0bd78969367b74913af93290010f9e0a04b3e6397d3421c835d7ff2e6e89bb96	76ee88c01b64bf1d9976eee11369ebe4f4d39a51d141422b32052dd39d185146
2054	2026-12-05 03:24:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4be09dd6-0d7a-417f-8aec-4d69b58b1362	76ee88c01b64bf1d9976eee11369ebe4f4d39a51d141422b32052dd39d185146	bc3aa0831a2b240012109b2f658071c89ae4fe9f35a188d60c3a86d6b58456e2
2055	2026-12-05 03:24:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01725263-425a-467e-ad62-3912607b0a46	bc3aa0831a2b240012109b2f658071c89ae4fe9f35a188d60c3a86d6b58456e2	a0cabd5db8de73bd4078c876fe441537a51eae37177aa1ee3d7614a89a2c313b
2056	2026-12-05 03:24:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	67ce42f8-e04e-4692-bf04-266cf8431ee9	a0cabd5db8de73bd4078c876fe441537a51eae37177aa1ee3d7614a89a2c313b	20913ef01a9833d09265588b316116881280540be3365aa8e716f091734714ba
2057	2026-12-05 03:24:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c6e9d001-f6fb-4e9d-953d-cd68c1307f9b	20913ef01a9833d09265588b316116881280540be3365aa8e716f091734714ba	9ba6c36b608947582aef655cd3cd48909cd022acc4e91f388e904c9397d08cbd
2058	2026-12-05 03:24:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8cf6f1b2-543a-4a52-a76b-a2312c984792	9ba6c36b608947582aef655cd3cd48909cd022acc4e91f388e904c9397d08cbd	f1c794a2f0342ac6ba7ffd0ee2fcc32dc7cdf9821dfefa2b346bd1f33922ccf2
2059	2026-12-05 03:24:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0d6c12e0-271f-4901-8906-f5797016726a	f1c794a2f0342ac6ba7ffd0ee2fcc32dc7cdf9821dfefa2b346bd1f33922ccf2	34952e01f7e15fcd3439d932762a00057d3a20c973bb9f5963297474ed865220
2060	2026-12-05 03:24:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c5a51c55-621e-4406-a4c4-3e808aee860a	34952e01f7e15fcd3439d932762a00057d3a20c973bb9f5963297474ed865220	8cd6f41ef2eec2cbfcc8847716816086c67cf82a9c259e65f5471c3f7450b79e
2061	2026-12-05 03:24:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c17d20d6-98ac-4f4d-82e2-55a226a01329	8cd6f41ef2eec2cbfcc8847716816086c67cf82a9c259e65f5471c3f7450b79e	62cca8d4725904086f2fc61c62f2295732dd7ce74bac5edffdd6bcad9e0377a8
2062	2026-12-05 03:24:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c20199e-c6dc-42a6-a1e7-9524dd0e19e5	62cca8d4725904086f2fc61c62f2295732dd7ce74bac5edffdd6bcad9e0377a8	4649a8087ecbe04cacdbd5069c990889aae6678b9b9f9e009b425dcc3fd5c162
2063	2026-12-05 03:24:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cefe9ba6-468a-4ddb-8a09-97aa3bb65ba5	4649a8087ecbe04cacdbd5069c990889aae6678b9b9f9e009b425dcc3fd5c162	53d0d2b6e5bc1b1dfdb079780ac1285e797e48d8719fa5b8da1924587f61efc0
2064	2026-12-05 03:24:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8bb7de41-b9c0-4c01-a62d-d242c60bbd6b	53d0d2b6e5bc1b1dfdb079780ac1285e797e48d8719fa5b8da1924587f61efc0	89b397619f19ba70e6ffd81c21f71e3f31e24624b39b416904e8320cf32f9018
2065	2026-12-05 03:24:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	95b7552b-bb20-4ee4-af1b-32390f1eaa0c	89b397619f19ba70e6ffd81c21f71e3f31e24624b39b416904e8320cf32f9018	707e387a6190114b90255daaee56d7cf90283ea5074ed0e806e8334d22f5f589
2066	2026-12-05 03:24:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	611018ce-f49c-4b49-9e0e-95445c83ea5a	707e387a6190114b90255daaee56d7cf90283ea5074ed0e806e8334d22f5f589	9a76e4338e73762e650a0d3df3c267d03c1d88f09be28ec83d2fc88b5c4e00fe
2067	2026-12-05 03:24:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d705ee5-0f5d-4c97-93cc-e8b4e9fdc11b	9a76e4338e73762e650a0d3df3c267d03c1d88f09be28ec83d2fc88b5c4e00fe	7e70a0282a539653fb3eefe06db92c978776339461529f1605a0c68602c4c23c
2068	2026-12-05 03:24:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	21c374b4-18fe-43e7-a47a-9cb445aee3ba	7e70a0282a539653fb3eefe06db92c978776339461529f1605a0c68602c4c23c	c2a17fd085b03d44b0f5d2bea7bc1245020171f9c8adf3f72ef499cd620c44b1
2069	2026-12-05 03:24:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fba3f81e-e399-4550-a36f-19c401b49373	c2a17fd085b03d44b0f5d2bea7bc1245020171f9c8adf3f72ef499cd620c44b1	b73740646308e2fe3445ac88fd73759ec55e7cae7443e041f2949030a198516c
2070	2026-12-05 03:24:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c212c906-7c40-4920-afaf-8dd3b2509e64	b73740646308e2fe3445ac88fd73759ec55e7cae7443e041f2949030a198516c	c80403ee2132c207aebad8ac53169ab4e2e0dcf7516aaa2341f55506116be1f7
2071	2026-12-05 03:24:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e13a23d4-6ae0-4587-bf6c-f871f162f852	c80403ee2132c207aebad8ac53169ab4e2e0dcf7516aaa2341f55506116be1f7	75468f1ec58f655e3b29824da9db75f7b336cc3665f85abf46e9e758086a46fd
2072	2026-12-05 03:24:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ef98b782-d20d-45df-97bd-ddf9dc2ba259	75468f1ec58f655e3b29824da9db75f7b336cc3665f85abf46e9e758086a46fd	bd74a0edf113caf16f509f2c1145ab7222891da89d3ae2eb0a3e5a40585d7fe3
2073	2026-12-05 03:24:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e73610c8-26f5-4bf5-81da-e8bde5b9baff	bd74a0edf113caf16f509f2c1145ab7222891da89d3ae2eb0a3e5a40585d7fe3	85eed98c2ffbd9554b3ebf7a12299656ef070b0332fa6795d8d5472c40a7a235
2074	2026-12-05 03:24:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	925da932-3839-4c63-b44a-452839b155eb	85eed98c2ffbd9554b3ebf7a12299656ef070b0332fa6795d8d5472c40a7a235	bed32199368421689d44d5f282b8ac1681c27fce2d04019f0c2c85762dd38a07
2075	2026-12-05 03:24:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	64d76f2c-115a-4889-8cdc-f6679d4a2782	bed32199368421689d44d5f282b8ac1681c27fce2d04019f0c2c85762dd38a07	7f939a8bdb9ec5b83727d8bbf57b69c3c47eb38579feb6507da7c60637d1f5c6
2076	2026-12-05 03:24:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	350a8a85-af27-4d91-911c-293f09f3fe32	7f939a8bdb9ec5b83727d8bbf57b69c3c47eb38579feb6507da7c60637d1f5c6	ddace6f426a9bc3f4cc6539f6f87288fe3f9061b9999b0ed6172fc8528172c1c
2077	2026-12-05 03:24:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	25602141-253e-4e41-8c78-c1c3604e838c	ddace6f426a9bc3f4cc6539f6f87288fe3f9061b9999b0ed6172fc8528172c1c	68a5dac01d26e85d9790f782b708e02bf6bfff63bad740dafab183063e82c149
2078	2026-12-05 03:24:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60a57094-4e55-4bb9-999b-987780f06d93	68a5dac01d26e85d9790f782b708e02bf6bfff63bad740dafab183063e82c149	cb53a7c3da23926ebeaa74127306e8175884d902a225f8a35b9699836638e68a
2079	2026-12-05 03:24:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e0b719e-f09f-49d4-9f31-7a5237a03361	cb53a7c3da23926ebeaa74127306e8175884d902a225f8a35b9699836638e68a	c034543d0ba4d3cc7aa859361ed3cce2eee7e540f9025bb03a5abd02644e2b59
2080	2026-12-05 03:24:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1a9a0d56-c929-4549-b40b-c2fd0cc666ff	c034543d0ba4d3cc7aa859361ed3cce2eee7e540f9025bb03a5abd02644e2b59	42a6967e9060ab06efc1e5861a631f3c820eee7b435d4336674f6f36dcd60e83
2081	2026-12-05 03:24:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4fecf99-8e42-4fa1-9dab-6a6b7d174222	42a6967e9060ab06efc1e5861a631f3c820eee7b435d4336674f6f36dcd60e83	1e39c421d2e028ee4c044ef747c63630818eb664c01c1b56f84702f1c1a94bec
2082	2026-12-05 03:24:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	acec22de-3cd1-4331-9c7a-086064b101bb	1e39c421d2e028ee4c044ef747c63630818eb664c01c1b56f84702f1c1a94bec	684c1f4ec8bbcdcf67cbf2a60f5fdca62222068820ab952e96a0c8c8ebf3e104
2083	2026-12-05 03:24:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1265261-ad64-4dc6-917f-15d2a1a6e7e6	684c1f4ec8bbcdcf67cbf2a60f5fdca62222068820ab952e96a0c8c8ebf3e104	510c663603832c5db064147c12b8d89164c6326d2767d1d652011b06ccd0f66f
2084	2026-12-05 03:24:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2d0e571d-b1f6-4c1e-9d2e-be507297720c	510c663603832c5db064147c12b8d89164c6326d2767d1d652011b06ccd0f66f	1b5431667c9750aacb73b0521de666540ff817e2a26506770bc23331f9b75574
2085	2026-12-05 03:24:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bf510e15-5d3d-4304-95a9-ebe172154554	1b5431667c9750aacb73b0521de666540ff817e2a26506770bc23331f9b75574	2090cd8cae72b778a376763704edfddee6c15ae2d16e25340a3ecd315960e461
2086	2026-12-05 03:24:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fe36391b-00e0-4ec7-85dc-e14ad1331ab3	2090cd8cae72b778a376763704edfddee6c15ae2d16e25340a3ecd315960e461	78ab20fffe46e11aff7a57b9caff36fa87f8b0369dbd9c5e349e79b376fc1baa
2087	2026-12-05 03:24:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4839c6bf-6086-475d-ba2b-5530884113c0	78ab20fffe46e11aff7a57b9caff36fa87f8b0369dbd9c5e349e79b376fc1baa	b61210a6e53f0be71c3282e423c2c300f22d61e803dca5c4a2362c8bef26c45a
2088	2026-12-05 03:24:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ae1dfff6-b0dc-4754-94a7-dcf422102f2b	b61210a6e53f0be71c3282e423c2c300f22d61e803dca5c4a2362c8bef26c45a	f0e3c4988193d52408b1587806f1f2a569e3c80daeab44f3c67f90f872f11695
2089	2026-12-05 03:24:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1a0d0631-4a1b-4943-8d63-f157cb295cdd	f0e3c4988193d52408b1587806f1f2a569e3c80daeab44f3c67f90f872f11695	21237d5e487f92e37b9b320a6924ed83ba1ffe4f80fc3570b3f8f61d1d958034
2090	2026-12-05 03:24:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	37b7d5cb-74c4-46cb-b872-e0c5ac700985	21237d5e487f92e37b9b320a6924ed83ba1ffe4f80fc3570b3f8f61d1d958034	d732fc10a53eb409b1b2976284734e94ad8a4ba9e101cdb6123b627a9249ce77
2091	2026-12-05 03:24:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	03695a43-d557-40f1-b3f9-16152a31e7cc	d732fc10a53eb409b1b2976284734e94ad8a4ba9e101cdb6123b627a9249ce77	420b3c2a88dc1c62a9af40093ef15b94a06efbe4ebc981428c537b8c9bae5f78
2092	2026-12-05 03:24:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1da01b9b-3be0-4956-9041-e0a9bf04a095	420b3c2a88dc1c62a9af40093ef15b94a06efbe4ebc981428c537b8c9bae5f78	3e6e123a2e3b6e1c4b0113f4f680533215a0ebe0b16972bfbd127e19fdcba56d
2093	2026-12-05 03:24:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b5beda3c-1d64-490c-8e24-e5c94930e03b	3e6e123a2e3b6e1c4b0113f4f680533215a0ebe0b16972bfbd127e19fdcba56d	b10b1f54e02892c7cef496c89bceda7ea7cbd7aa1bac6791f5f0c545ac4470be
2094	2026-12-05 03:24:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4db9de2f-3407-4f35-8f31-c5f1902e514c	b10b1f54e02892c7cef496c89bceda7ea7cbd7aa1bac6791f5f0c545ac4470be	3c1ea6e337d9b9d5d9b1de7b36ef60be4f272ee70c6f7fd32aabc92fcec184c8
2095	2026-12-05 03:24:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0fd8bda5-a956-4199-8a2a-92c170cfa40e	3c1ea6e337d9b9d5d9b1de7b36ef60be4f272ee70c6f7fd32aabc92fcec184c8	e60fde3e907d18e9236ac695c82c3f42611bcbef65febde1f63b08548946118b
2096	2026-12-05 03:24:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	630434a1-0dcf-4ecc-b030-9fa06090446c	e60fde3e907d18e9236ac695c82c3f42611bcbef65febde1f63b08548946118b	9efa098f86e151470afa730b1604d8d2c2e26947ab86f6ec7f1908191d9556bd
2097	2026-12-05 03:24:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4d51583a-ae33-4f60-9208-a78833af1e1d	9efa098f86e151470afa730b1604d8d2c2e26947ab86f6ec7f1908191d9556bd	f35a24a108232b94fe7e50a7cdb1213afbdf83157fe050ef7697f4d996f149aa
2098	2026-12-05 03:24:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	485a3d98-7012-4b48-b8e0-c78890984f0d	f35a24a108232b94fe7e50a7cdb1213afbdf83157fe050ef7697f4d996f149aa	3832b1e84f51b689b39ee41dd0d32b004bb987562b03f9b24e163d88818592e7
2099	2026-12-05 03:24:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	187fc02c-90aa-4f86-90f7-85700f2d9ea6	3832b1e84f51b689b39ee41dd0d32b004bb987562b03f9b24e163d88818592e7	7b2e481e16d3d51e5eb6d512f08902d815d0b24eafe60272f17672f29a264288
2100	2026-12-05 03:24:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	80a303ab-3dea-4615-9831-5c642b5a7887	7b2e481e16d3d51e5eb6d512f08902d815d0b24eafe60272f17672f29a264288	0e25adf12c0f9f5f5312c2b71003de4283b4960958a55dd677532154d0aa7204
2101	2026-12-05 03:24:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	153992de-2f9d-4768-b3ce-7ae95672e6c6	0e25adf12c0f9f5f5312c2b71003de4283b4960958a55dd677532154d0aa7204	fb5384a4a6230a3154260675685fab0c2df725e2394009b0ff03530f4026e566
2102	2026-12-05 03:24:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3bae32ad-48b0-48d0-bcfd-d6cf19be01fd	fb5384a4a6230a3154260675685fab0c2df725e2394009b0ff03530f4026e566	52a64316f0809a782238e5569a7ce802007374e4b4477fbf2e7c8fee3b7cd8fb
2103	2026-12-05 03:24:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fa9a6442-b38e-4a75-b8b8-76f687ff075a	52a64316f0809a782238e5569a7ce802007374e4b4477fbf2e7c8fee3b7cd8fb	830faa47ac54f23694771bf4464a8e62fb60181090748f80ee705bead9c1bc2e
2104	2026-12-05 03:24:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c263c8b6-410b-4b94-9c19-e278de510dc4	830faa47ac54f23694771bf4464a8e62fb60181090748f80ee705bead9c1bc2e	1082c961ad750c205cea342881255777a5bf0ae71ed508f3f2b6e91172073257
2105	2026-12-05 03:24:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e06d47a-69af-4528-9e7a-29dede65da9e	1082c961ad750c205cea342881255777a5bf0ae71ed508f3f2b6e91172073257	ae7595470ccc4b77de225066a0f9647090f167fbf56f089c6d1eaaa1cf1cbaa6
2106	2026-12-05 03:24:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0aa26a2a-0e3a-4b09-afe9-df7c5fe384df	ae7595470ccc4b77de225066a0f9647090f167fbf56f089c6d1eaaa1cf1cbaa6	4d430e0dd6abe8b98cbdaa4fbd162ed547048d8ab5edf6583e22d752fbe82475
2107	2026-12-05 03:24:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8139382-19d4-47e9-a201-832033e49f99	4d430e0dd6abe8b98cbdaa4fbd162ed547048d8ab5edf6583e22d752fbe82475	f884bcfda82cb9276b8c9e61440630413c780872fe7f1d7147a28f18ff9cda3e
2108	2026-12-05 03:25:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7559a9af-e896-4000-8589-a5e11275a9e4	f884bcfda82cb9276b8c9e61440630413c780872fe7f1d7147a28f18ff9cda3e	23080b52fe9f0ccdf16d903806838b06722690b7ad0967f984dfbca8d50e074d
2109	2026-12-05 03:25:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	52404146-bb05-4531-b98b-3af539e99baa	23080b52fe9f0ccdf16d903806838b06722690b7ad0967f984dfbca8d50e074d	798efaf83666580e64f4a045d6b2128c1ed91c5046587b3ae07734f57d0f9b92
2110	2026-12-05 03:25:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	928e8d44-78ec-4d29-9430-76f604884d6a	798efaf83666580e64f4a045d6b2128c1ed91c5046587b3ae07734f57d0f9b92	9aae585d651663f552fe0ce44b79c988d45f462e79c20e5d7fda6828c5011fb5
2111	2026-12-05 03:25:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6dabb733-14e2-42ad-ac2d-c263d5b03970	9aae585d651663f552fe0ce44b79c988d45f462e79c20e5d7fda6828c5011fb5	958019f1573e9f1132cd464a98660f65ffc73ae558e5250471b72ca2572c78ab
2112	2026-12-05 03:25:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	051dc0ae-4ced-4d6e-8ec6-450032e34e0b	958019f1573e9f1132cd464a98660f65ffc73ae558e5250471b72ca2572c78ab	f085de9c4b8d737af5df24bf8d0cb2551998affd37600ee01456fcd690008330
2113	2026-12-05 03:25:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	343495ac-0039-4e54-b02f-e8f2aacef6d5	f085de9c4b8d737af5df24bf8d0cb2551998affd37600ee01456fcd690008330	1dd6c7fe5f016aa5a03cd9f5717ca8b00745dea4985cd74160e13f40f7047f04
2114	2026-12-05 03:25:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	94678d2a-a8fe-4bbe-9555-52d7b78090c9	1dd6c7fe5f016aa5a03cd9f5717ca8b00745dea4985cd74160e13f40f7047f04	e5da438aa6ee0f0a60925ae9e768042993d23218e6480ff8853cc3e13895ea0d
2115	2026-12-05 03:25:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	450c583d-11e3-4288-8a75-bbc37b10a45b	e5da438aa6ee0f0a60925ae9e768042993d23218e6480ff8853cc3e13895ea0d	38a6404c7a8a3c5c84249d9f2d387a14639b21a930061c5ad386a89c2791967d
2116	2026-12-05 03:25:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0bb5c309-5165-4943-8720-ecaf56147ddc	38a6404c7a8a3c5c84249d9f2d387a14639b21a930061c5ad386a89c2791967d	7134fdd3512fa98f3198250569bc776c9217f8de50e58e89bda48405a12bb20e
2117	2026-12-05 03:25:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5a0fd9af-9c69-4b07-b7d4-0d8a9a4b3477	7134fdd3512fa98f3198250569bc776c9217f8de50e58e89bda48405a12bb20e	455b78bac1df958ecce1328abd2234631ea88d5b04b1e7c42dfe6b07417465e8
2118	2026-12-05 03:25:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8050b637-29f5-45cf-b3b3-c2f6ef0ffd79	455b78bac1df958ecce1328abd2234631ea88d5b04b1e7c42dfe6b07417465e8	15a7644b8823d7c7183911f2826d85f6a44b79afcf1ab573c466e21c915871e4
2119	2026-12-05 03:25:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	45303912-fa2f-425e-894e-5c63016de654	15a7644b8823d7c7183911f2826d85f6a44b79afcf1ab573c466e21c915871e4	14068185968b095e457b51f75778841e41bcc70f3992304496041b7ad9f02b98
2120	2026-12-05 03:25:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	15095f82-9c39-4fd1-8b52-6900039baa0c	14068185968b095e457b51f75778841e41bcc70f3992304496041b7ad9f02b98	d436e378a12cd92ffe68ded76da49f4bfa4ae0ef63db13bdff96f1d965935737
2121	2026-12-05 03:25:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1963b684-c3ed-4471-8aaa-497bf789fdf6	d436e378a12cd92ffe68ded76da49f4bfa4ae0ef63db13bdff96f1d965935737	ee139cb3de2d2b4ef3e26c08786cbd612617602be603b1ccdc970cb6ffb6dff3
2122	2026-12-05 03:25:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18f62a52-cd74-43c8-a2d5-e433ecf72db9	ee139cb3de2d2b4ef3e26c08786cbd612617602be603b1ccdc970cb6ffb6dff3	bc6d4a28b36e38e13bb8e3c2c7757256e5f5f59837c7f0e907d6ae5603002fc8
2123	2026-12-05 03:25:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	935ee526-2f72-40e7-9a77-4bfd29938bfb	bc6d4a28b36e38e13bb8e3c2c7757256e5f5f59837c7f0e907d6ae5603002fc8	ac7272fa8813931d98d825faaf87add381ce43ee33728dc52659a887310331ee
2124	2026-12-05 03:25:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4577e3c-1f9c-46f4-b49d-5e0124338686	ac7272fa8813931d98d825faaf87add381ce43ee33728dc52659a887310331ee	0319362d2040b45822d79dec279a336ae51ea2e2f98cf8f63ec016da56c4a35c
2125	2026-12-05 03:25:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4840d036-b44e-4b22-abdf-374bdb002447	0319362d2040b45822d79dec279a336ae51ea2e2f98cf8f63ec016da56c4a35c	1df637fc172596c4ddb54333e50a16ca1302a81483a1326564a04630ba6cb815
2126	2026-12-05 03:25:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7bedfc2e-da4c-4627-86d9-8e69405389e5	1df637fc172596c4ddb54333e50a16ca1302a81483a1326564a04630ba6cb815	aede3459162a268da0e7b0cb5adb32c964c0e277aeccb459c13d0e65f1699007
2127	2026-12-05 03:25:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f39e7d13-3c71-4ee5-ac45-097a05b53783	aede3459162a268da0e7b0cb5adb32c964c0e277aeccb459c13d0e65f1699007	90b6b2ae2d2f93e7929d4062fb0406cee9adc526f1a3a5263787cc3df84cec67
2128	2026-12-05 03:25:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	690ea437-109e-43ec-a0d1-6d5aee116a7b	90b6b2ae2d2f93e7929d4062fb0406cee9adc526f1a3a5263787cc3df84cec67	c7eea90a43c95fc252d618c0f8ecb7c336264621a4ec093e7fab484649cb0594
2129	2026-12-05 03:25:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	39912d36-c8af-4a28-ad90-a53f1ace513e	c7eea90a43c95fc252d618c0f8ecb7c336264621a4ec093e7fab484649cb0594	076caff21cb159d2264107ba9d68ecf62e2dc50ab93a05ec0ed937c97d662c59
2130	2026-12-05 03:25:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	986f4552-7835-4263-b190-9c1940018125	076caff21cb159d2264107ba9d68ecf62e2dc50ab93a05ec0ed937c97d662c59	72abff15ce4abb005e5664c96794c8fc61bdd05ff2e3b667c95313080fe7ba84
2131	2026-12-05 03:25:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05e7cd85-5541-46a3-ab7c-e30707a625d5	72abff15ce4abb005e5664c96794c8fc61bdd05ff2e3b667c95313080fe7ba84	ef62d3b3a191166db69d4757336101b09e6a58717b93b0d2dec9ea3fe65cf510
2132	2026-12-05 03:25:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	67b6257b-5b8f-4920-8677-2f19ac13a98a	ef62d3b3a191166db69d4757336101b09e6a58717b93b0d2dec9ea3fe65cf510	53e1a5139de65d5095c3600c47a28f41be8d9385035810d07dfa26a7cbf4b4bd
2133	2026-12-05 03:25:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	defeb193-9bd3-4b4e-b02c-8adac083c3a4	53e1a5139de65d5095c3600c47a28f41be8d9385035810d07dfa26a7cbf4b4bd	6b75f100c50f126ffd67b3faf2a7256ca84163bb2b3c3d5da8973211238da5ad
2134	2026-12-05 03:25:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2492b08e-e741-470b-aeec-e4d824475125	6b75f100c50f126ffd67b3faf2a7256ca84163bb2b3c3d5da8973211238da5ad	5a87a200eebceaec0c1850834e84f91d35ac966ae7b53463e392029da9358a68
2135	2026-12-05 03:25:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6984af4c-7c82-444d-93c7-b237f5086288	5a87a200eebceaec0c1850834e84f91d35ac966ae7b53463e392029da9358a68	041d189cc2cc83ad2558ede955765674acc2e55d7cb0a10d9c4155f18abb3fd0
2136	2026-12-05 03:25:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1f8ce4f9-8d03-4834-ad64-1c002ade6347	041d189cc2cc83ad2558ede955765674acc2e55d7cb0a10d9c4155f18abb3fd0	183900ad41ba96d827043008dac1c010f2ba6a08e063a57cc049a05eb503c5f0
2137	2026-12-05 03:25:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a9f908c-ebae-4f9f-848b-37efcc1e89b2	183900ad41ba96d827043008dac1c010f2ba6a08e063a57cc049a05eb503c5f0	cc76d7793b0af427b19222072ddf1af6840da5e9dc2bff5ace106c103d96cb94
2138	2026-12-05 03:25:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	97bec31c-20c8-4fcb-a56c-8ca3c57d0145	cc76d7793b0af427b19222072ddf1af6840da5e9dc2bff5ace106c103d96cb94	13d99e7f8a4ef9dc8d9897e674c2da9a64ffae2a436b787f4933a4df25bbafc3
2139	2026-12-05 03:25:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7615df2e-450e-4672-a866-d9d21a9e4a84	13d99e7f8a4ef9dc8d9897e674c2da9a64ffae2a436b787f4933a4df25bbafc3	3e679207483d68c60f39c84103ec6b6e499fee8e06ae35bbcfdca11a7edf2b22
2140	2026-12-05 03:25:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	acbfe7ee-2cbf-4eb3-85e7-f493ab0fdc5c	3e679207483d68c60f39c84103ec6b6e499fee8e06ae35bbcfdca11a7edf2b22	7c5e42dfac6db1be9de78cd8cf0c01dbfdd929de3a461f373c339e89fd55c8de
2141	2026-12-05 03:25:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aea79d8e-4737-4f1f-bb87-03a84b051fa4	7c5e42dfac6db1be9de78cd8cf0c01dbfdd929de3a461f373c339e89fd55c8de	5e93ab0a1ca4bdefa5b054c001cd3965eafbeb768b7c40996331b17e7dbc0186
2142	2026-12-05 03:25:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82f1b9f4-d303-4faa-aa6f-ade393c61f11	5e93ab0a1ca4bdefa5b054c001cd3965eafbeb768b7c40996331b17e7dbc0186	eba207792ebb0f6efe6b45a3bf506fd751ff369d7688dccbb4f223237f1bb7ce
2143	2026-12-05 03:25:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	972a3931-06ea-4daf-8661-0ad3ad69b57a	eba207792ebb0f6efe6b45a3bf506fd751ff369d7688dccbb4f223237f1bb7ce	43bb3772bb7c251e64bae5a85c1c5dd60f6d6e9a0b627b3ac6c232fc029d2b6e
2144	2026-12-05 03:25:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	83a19006-0af2-4329-adaa-a95ceea75c1d	43bb3772bb7c251e64bae5a85c1c5dd60f6d6e9a0b627b3ac6c232fc029d2b6e	153edc84e3401f30d60fd75fd713b3cc686e27905ba0c9703f4fa8e2e7d61725
2145	2026-12-05 03:25:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56bdd75e-ba27-4fbd-8947-118a3128977e	153edc84e3401f30d60fd75fd713b3cc686e27905ba0c9703f4fa8e2e7d61725	66beb428d6e42df7601112dc421e00f7d0d7c3963c60b854a223e488de7872eb
2146	2026-12-05 03:25:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	acd2079a-7bb8-4181-99c3-f0eed248cfa5	66beb428d6e42df7601112dc421e00f7d0d7c3963c60b854a223e488de7872eb	291570be7079d7c514a7a122ebedd25a63b8e45c1eb64a0c4dde9f4f60ac5b19
2147	2026-12-05 03:25:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	54db9935-7805-47cc-a3f2-59ab62d86e42	291570be7079d7c514a7a122ebedd25a63b8e45c1eb64a0c4dde9f4f60ac5b19	40fa365d2c49c2415ab25d38ea22fd96264cad72ae8d4c3bdddca936775e7a5a
2148	2026-12-05 03:25:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d0185387-b6ac-469c-b3f4-58abf8af38cf	40fa365d2c49c2415ab25d38ea22fd96264cad72ae8d4c3bdddca936775e7a5a	bdae4a56cc68218c1f686fcee206870a10ea10d2f158f4cd66ac0213da4534e3
2149	2026-12-05 03:25:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9f3c3b02-0ae6-4311-b2b6-f3ecdd16770b	bdae4a56cc68218c1f686fcee206870a10ea10d2f158f4cd66ac0213da4534e3	f1c3b249ce2be748d23bc94759c456d0286f2c1befa9ef24ebb5fdbfe26044ee
2150	2026-12-05 03:25:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a1be393f-08b1-4964-8c74-63d09e67cf5b	f1c3b249ce2be748d23bc94759c456d0286f2c1befa9ef24ebb5fdbfe26044ee	e0213335568305b83094a036fa101ddb30b63a5db6ccc39ad33ab204fb3f281a
2151	2026-12-05 03:25:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fb364e7a-5f92-453a-abe1-876522056749	e0213335568305b83094a036fa101ddb30b63a5db6ccc39ad33ab204fb3f281a	18c81a6727c20792727423d7e3b88b9b74e93e0760afd440f1ffe2b7367e43d6
2152	2026-12-05 03:25:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2cde589-0205-410d-acfe-36db9f92eff3	18c81a6727c20792727423d7e3b88b9b74e93e0760afd440f1ffe2b7367e43d6	2811a8f06047b5ecd4ebc42ef10e85539ca02288092ed40928aef00d9154cb69
2153	2026-12-05 03:25:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	08ab9a30-eeaf-4111-8b78-a27b9c79e6de	2811a8f06047b5ecd4ebc42ef10e85539ca02288092ed40928aef00d9154cb69	8081ab7fa0023a0b70e8ef96e72beace8de6aecfdca963f43857ae7344ef7f34
2154	2026-12-05 03:25:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3fb5d217-2ffa-4861-b924-3c0f691c9476	8081ab7fa0023a0b70e8ef96e72beace8de6aecfdca963f43857ae7344ef7f34	fcd383d6a5e1bbf41cd3704b41fee1670ee3be624f0b5d03d7373f641dd68a24
2155	2026-12-05 03:25:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	948972cc-3560-4989-a13b-6278bbbbafb5	fcd383d6a5e1bbf41cd3704b41fee1670ee3be624f0b5d03d7373f641dd68a24	30baaae8cf406e6ac85474a1d9b8151cb386cf7c991b3caba8ec5f0a73e5e8cb
2156	2026-12-05 03:25:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb6a09f1-4ffa-4adf-9eda-f44607c299cd	30baaae8cf406e6ac85474a1d9b8151cb386cf7c991b3caba8ec5f0a73e5e8cb	149389fc4b8082f11a295f76cea19b772259d13b85e9bfde4008870a03e39539
2157	2026-12-05 03:25:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5b945d2-0302-4c2e-a9bf-255c659bab5a	149389fc4b8082f11a295f76cea19b772259d13b85e9bfde4008870a03e39539	7df43a8b852a8170fbcfa3d3284e194a660a745c800dfb29572362f6830a5328
2158	2026-12-05 03:25:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f6615f6c-edb7-445e-8669-2c3c3095c313	7df43a8b852a8170fbcfa3d3284e194a660a745c800dfb29572362f6830a5328	4e600d9ebd58d12af864dbd9ae8c68efcb9c54b79ef4c3634a25440354cd51fd
2159	2026-12-05 03:25:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9a4f132e-cc0a-4d56-ad7a-0d37d1be5d31	4e600d9ebd58d12af864dbd9ae8c68efcb9c54b79ef4c3634a25440354cd51fd	bf63f65ccb28406ed125beca293fd61fff8e4df5664ca9649694ca61785312b9
2160	2026-12-05 03:25:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ff24818-eb04-4af2-ab75-481e73cf62f1	bf63f65ccb28406ed125beca293fd61fff8e4df5664ca9649694ca61785312b9	4006318565522e0e7addea133288ff16ec3357e6c9bac2a6c035094395441c71
2161	2026-12-05 03:25:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9f8ece04-74d6-486b-88f8-7689c6a4281f	4006318565522e0e7addea133288ff16ec3357e6c9bac2a6c035094395441c71	279f3520d2c4ca84c1db5e38a63342d1de96095edeadbfe1071133287d8d0a64
2162	2026-12-05 03:25:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6038817a-604b-42ac-973c-60c2ff371964	279f3520d2c4ca84c1db5e38a63342d1de96095edeadbfe1071133287d8d0a64	3a274be81dab01bca78820eb81a481f6cca23db3924a22d99597be567c01b74c
2163	2026-12-05 03:25:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	880e316d-e6ff-46e9-bb17-b83bb08b4d9c	3a274be81dab01bca78820eb81a481f6cca23db3924a22d99597be567c01b74c	b86a10649cf5c0534c4102b22d83b3ad7780c08b3e5b65fb8a3645551598a871
2164	2026-12-05 03:25:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	481d7003-771c-456e-98d6-b9d5647dcedf	b86a10649cf5c0534c4102b22d83b3ad7780c08b3e5b65fb8a3645551598a871	81153da63695a097724ecaf5c1dcaf2ee99dff91947369a0948a173985cca88a
2165	2026-12-05 03:25:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	103ce079-9dfc-4861-bcf7-6e249d4d76bc	81153da63695a097724ecaf5c1dcaf2ee99dff91947369a0948a173985cca88a	66bc439957106c614d0dcbb4990325c62f8370b88c7287034cdc3f4baaf85724
2166	2026-12-05 03:25:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b14cb033-7ea4-4ccf-a894-e1188c39255f	66bc439957106c614d0dcbb4990325c62f8370b88c7287034cdc3f4baaf85724	386ab6844879aa0a0cf87ef6666b3d76807671a0297df12c67c7d9ebd3e8f096
2167	2026-12-05 03:25:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6cec8167-51e1-4edd-a66a-a46f783d3a5c	386ab6844879aa0a0cf87ef6666b3d76807671a0297df12c67c7d9ebd3e8f096	bfd8b783b954d7e0d43d52d2f49c40a14006f372f1c7b40063e1608ea8809cb7
2168	2026-12-05 03:26:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	27e26805-d0e2-4564-930c-bc12fb445db0	bfd8b783b954d7e0d43d52d2f49c40a14006f372f1c7b40063e1608ea8809cb7	a4e32fd3fcdaec2cfbc1e8db407ec94ff09d34af32be182a32a6e4d0e6a9f0c9
2169	2026-12-05 03:26:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14134893-8398-4a17-81b5-119c9f52102d	a4e32fd3fcdaec2cfbc1e8db407ec94ff09d34af32be182a32a6e4d0e6a9f0c9	300fd40e7eba94b07378e264606e1040552cd6bd0184691488e24895bfe6fbec
2170	2026-12-05 03:26:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f066949-ba81-46cf-af8b-b605b117da40	300fd40e7eba94b07378e264606e1040552cd6bd0184691488e24895bfe6fbec	933ee97dc505b7b0d6134d9f1dc6375d02c9ad0b222452e46f5d3ab0f5509662
2171	2026-12-05 03:26:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e23a35c-7632-471a-b609-14f8193c74a7	933ee97dc505b7b0d6134d9f1dc6375d02c9ad0b222452e46f5d3ab0f5509662	326b1fefe7286e32989e9665b5780de0618e8c359e940e6445cd5bfebcabc9d5
2172	2026-12-05 03:26:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9e4d28f4-a08c-4ecb-8ed0-506fb96e7e7b	326b1fefe7286e32989e9665b5780de0618e8c359e940e6445cd5bfebcabc9d5	8d2ed9f3da1d08b7d7a027c773cad260a8c8de12b16525be9793e50c9533d128
2173	2026-12-05 03:26:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b112a3e8-ef1c-4f40-b315-3c950a538e4c	8d2ed9f3da1d08b7d7a027c773cad260a8c8de12b16525be9793e50c9533d128	32d361a88d742e1942734a4f233afc3a224e3d1624740317437bda8d37d74a99
2174	2026-12-05 03:26:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d50d9de1-9d24-4d16-8338-a545cb0e2654	32d361a88d742e1942734a4f233afc3a224e3d1624740317437bda8d37d74a99	9b4de436ea18aec53d2717737b0d365aed4142d446bd8923b1963326f210601e
2175	2026-12-05 03:26:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	72ab66ec-f887-4af7-9bb5-47937c573855	9b4de436ea18aec53d2717737b0d365aed4142d446bd8923b1963326f210601e	e2c893dacd282185b518a4eef0e64852aaf52c0beafa208e5d684c1fe7affc92
2176	2026-12-05 03:26:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5438a253-7307-4dbd-9907-3e5b31238326	e2c893dacd282185b518a4eef0e64852aaf52c0beafa208e5d684c1fe7affc92	85e2b6bc02cdc9cf87956868ed7389475c092ef36e12b8290e4086b211b5ad75
2177	2026-12-05 03:26:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a6c93f35-c2cc-4a54-ac31-403fe3bf4bb8	85e2b6bc02cdc9cf87956868ed7389475c092ef36e12b8290e4086b211b5ad75	4a3048667022cff03035ccdd3cd0d629edf96e725513cad4416e156aa9214826
2178	2026-12-05 03:26:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9878ea5c-deee-4fa5-94ea-7cd13f7d0210	4a3048667022cff03035ccdd3cd0d629edf96e725513cad4416e156aa9214826	7a577fe4a92cac70b65ed7145230da9f0604336c63f595593d7bc65f69363151
2179	2026-12-05 03:26:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ead72cc1-f4b7-4f5c-9c39-3a9e402c3d9e	7a577fe4a92cac70b65ed7145230da9f0604336c63f595593d7bc65f69363151	55896cdeb7ba473282d8368d756d81a81eb0be2458acd01918fc49a0a06c5aea
2180	2026-12-05 03:26:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	72a0e9ba-57b5-4839-965f-bc6918fbc618	55896cdeb7ba473282d8368d756d81a81eb0be2458acd01918fc49a0a06c5aea	cf339234754dce0d983b11f626221626cd86a0101705505e655362cff54afc51
2181	2026-12-05 03:26:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9b4e5996-b8d7-4327-9652-480543f44488	cf339234754dce0d983b11f626221626cd86a0101705505e655362cff54afc51	c6daf0562939ce60dd37d07d7ce2b3cf3cfb7e98dab9ced218260ec7620bc6b2
2182	2026-12-05 03:26:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d86d6c4c-e82a-4e97-8323-5f4cfea56c11	c6daf0562939ce60dd37d07d7ce2b3cf3cfb7e98dab9ced218260ec7620bc6b2	6395ea0e909b140bedcee0f5c299ad621ef03e4aefc88968a5392210c2d65e17
2183	2026-12-05 03:26:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c04bc7b4-e736-4fb6-a3d5-3eb8e513566b	6395ea0e909b140bedcee0f5c299ad621ef03e4aefc88968a5392210c2d65e17	8a0075cefe22ee92a2fe93c03741d3a7d13ad9509aeb9fae949160590aee946e
2184	2026-12-05 03:26:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	15c7ef0d-4f8c-40c4-bd93-be8ba4e14685	8a0075cefe22ee92a2fe93c03741d3a7d13ad9509aeb9fae949160590aee946e	5a002cfba4730bb59b49573f9581f793dcfbfd31ee43403c7b63bf22472f8621
2185	2026-12-05 03:26:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c57e1e6d-83df-4320-81f1-a6dca9a55f33	5a002cfba4730bb59b49573f9581f793dcfbfd31ee43403c7b63bf22472f8621	d1af371eccfe71f84ca51eca0b851c80092744019cf9513e182be5f14143f22a
2186	2026-12-05 03:26:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ead85a91-7acb-44d0-8674-9f8da2507e5d	d1af371eccfe71f84ca51eca0b851c80092744019cf9513e182be5f14143f22a	8580aa45b581cb65908266035ec706eb18da555e3823786b0d8552c792995c40
2187	2026-12-05 03:26:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0139a0b-94fb-41c3-9ff0-ac13a9ad68d8	8580aa45b581cb65908266035ec706eb18da555e3823786b0d8552c792995c40	1a8243ac149c283262bd36f1eed542dcaa772b159141cd90524f72b19f18acdd
2188	2026-12-05 03:26:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed0ff8ce-3504-491a-b56b-3ca1a3026674	1a8243ac149c283262bd36f1eed542dcaa772b159141cd90524f72b19f18acdd	08364716eb40febc4029c814c7c2f7ea70aafd0720b4c296c6fc608ac8205ad7
2189	2026-12-05 03:26:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d72d698d-e50f-4da4-b687-14ed38e24922	08364716eb40febc4029c814c7c2f7ea70aafd0720b4c296c6fc608ac8205ad7	b597d2325fcbb4fa2d72d6ada0fd5f765174bc82eededf1a441a482134ca0cb6
2190	2026-12-05 03:26:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	316b2e76-496c-47f6-b75f-0a6db3f17634	b597d2325fcbb4fa2d72d6ada0fd5f765174bc82eededf1a441a482134ca0cb6	790bcbb05d510abc9eb821f3348c5b621ef7830d1604f3f2e84844395f4e3f17
2191	2026-12-05 03:26:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	651c5bdc-c529-4487-880f-8466b3841e73	790bcbb05d510abc9eb821f3348c5b621ef7830d1604f3f2e84844395f4e3f17	bf3b41d6322f66427781f58e83bdb6d5bc4090c35ddbe9b1be36f9cda922a0d6
2192	2026-12-05 03:26:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f6039b2-6516-4488-856b-d90707828c44	bf3b41d6322f66427781f58e83bdb6d5bc4090c35ddbe9b1be36f9cda922a0d6	c2947557e13d779fc0a2ebaa8024f5d646c3b9c82530257cadc09806af4bbe8c
2193	2026-12-05 03:26:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	307bca71-1a9c-42dd-8cd1-bca514f5c0a7	c2947557e13d779fc0a2ebaa8024f5d646c3b9c82530257cadc09806af4bbe8c	867cf9f8c6e1faadfa83a975f61726606e95b5724b2a9851d952dc6fa640e3be
2194	2026-12-05 03:26:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cffcbde2-c658-4100-a281-264e34abb208	867cf9f8c6e1faadfa83a975f61726606e95b5724b2a9851d952dc6fa640e3be	830b0a5db6f1c2bfad43c5d15db3b6902518faa6e00cb4f7765f8fd0a3a2d6c5
2195	2026-12-05 03:26:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a50a5db3-87bd-4190-8025-241ec7677895	830b0a5db6f1c2bfad43c5d15db3b6902518faa6e00cb4f7765f8fd0a3a2d6c5	b6bc993c1b69cd6c67d61fef13bec824c935a0e268b4fd022fecbd13a784b7e5
2196	2026-12-05 03:26:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1d3e09a-4a12-4020-8a2a-4ba82dc043d0	b6bc993c1b69cd6c67d61fef13bec824c935a0e268b4fd022fecbd13a784b7e5	7efb564293285226c225192dd27583ecce9a4c5757c21461dad06380013e04f1
2197	2026-12-05 03:26:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c088353d-a36a-4ece-a1b6-a3db0e33ffca	7efb564293285226c225192dd27583ecce9a4c5757c21461dad06380013e04f1	3ea42daf58db1bae26552ca233642cb6f978c8fb77348657f512a1711ab31010
2198	2026-12-05 03:26:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	69e237c8-e859-4d2e-b92f-1c9280c16cfe	3ea42daf58db1bae26552ca233642cb6f978c8fb77348657f512a1711ab31010	73466295b73643ef72ebdaf9878638569ad21b30b210b94ff710c8974c9c6f95
2199	2026-12-05 03:26:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ee2815d0-b9f0-42a7-b919-96a136978250	73466295b73643ef72ebdaf9878638569ad21b30b210b94ff710c8974c9c6f95	035471ab03b4ac545e3bba66cf63bbf9db5f6cda43f930f95a9f4e31351f2b13
2200	2026-12-05 03:26:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7ff50211-2eae-4890-b3ff-a968d65747fc	035471ab03b4ac545e3bba66cf63bbf9db5f6cda43f930f95a9f4e31351f2b13	b24ba1b2e58655c543f70a5a8536c75ecd14fb81c886195dc43b891946752c06
2201	2026-12-05 03:26:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a01707fe-2ce0-47da-8558-c00d70258636	b24ba1b2e58655c543f70a5a8536c75ecd14fb81c886195dc43b891946752c06	d8b5bb63470c7857a8b9c2efee61d69c2f2ba6bad6bd188913d406114ebc79c6
2202	2026-12-05 03:26:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ea220613-1027-4892-b0fa-dadda22cf271	d8b5bb63470c7857a8b9c2efee61d69c2f2ba6bad6bd188913d406114ebc79c6	22964cf70bbc2a9ef0efeacddf279015bc1e9a080f8c593b95ad2bae557559d7
2203	2026-12-05 03:26:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c05eb3f4-600f-4781-a250-94fa00902ed4	22964cf70bbc2a9ef0efeacddf279015bc1e9a080f8c593b95ad2bae557559d7	9e66b986012a269107245bddfa9ae3a5588331a6e0f2f2642ffc53a7972fd16e
2204	2026-12-05 03:26:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98920522-4ebc-409c-b349-fcb6d0585c74	9e66b986012a269107245bddfa9ae3a5588331a6e0f2f2642ffc53a7972fd16e	4ee0849e7fe8f533285afdf8d4482b60a703f9b849cc02f5ccd2befe9b20a1ca
2205	2026-12-05 03:26:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bac2957d-b5d3-46fc-b46e-b5a920041abf	4ee0849e7fe8f533285afdf8d4482b60a703f9b849cc02f5ccd2befe9b20a1ca	d7637462f2dcded84f60c7a31fd94b1a5896f1cb2ab77a454173ddfd1516db50
2206	2026-12-05 03:26:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c55b781a-b82c-4b8c-b370-c1a886732970	d7637462f2dcded84f60c7a31fd94b1a5896f1cb2ab77a454173ddfd1516db50	3df1c7c85ca49fe5e964aaa351289c02dc10f34162206c6b0b2ca56c102002e3
2207	2026-12-05 03:26:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0af3f4b7-d2da-4131-8d90-696711b7443b	3df1c7c85ca49fe5e964aaa351289c02dc10f34162206c6b0b2ca56c102002e3	e5d65494d416ce8224a822f97f58d785c7784295d7e76c53e368e0744281f0b3
2208	2026-12-05 03:26:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b1ab5e8-16a6-45a2-a4f6-0e4458c77fcc	e5d65494d416ce8224a822f97f58d785c7784295d7e76c53e368e0744281f0b3	7243630207bf1429e3d834e9469918949bcb3214f0d17cc8f6069adcb9d47765
2209	2026-12-05 03:26:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0214d304-691a-4956-b0bc-05d43722bb19	7243630207bf1429e3d834e9469918949bcb3214f0d17cc8f6069adcb9d47765	33b19894db60de21f6a30d7b33bc1893a86904cf408cf81e2350473371762e88
2210	2026-12-05 03:26:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	42531c7a-6296-4ca6-8d61-a9129009f38b	33b19894db60de21f6a30d7b33bc1893a86904cf408cf81e2350473371762e88	c2c100d6bb4f1f8a51bf9971dab416938d44d741dde495f368f3feca3c2ae1a6
2211	2026-12-05 03:26:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3c2cc169-39f7-4862-a203-b619569073f8	c2c100d6bb4f1f8a51bf9971dab416938d44d741dde495f368f3feca3c2ae1a6	59c4b27a1c8753c774b1fb0f1c39275e1355bf94c846a0e485e47c2ade25fe81
2212	2026-12-05 03:26:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e0afaa7-95d7-489f-a12a-91c93cca02ee	59c4b27a1c8753c774b1fb0f1c39275e1355bf94c846a0e485e47c2ade25fe81	1e8c6e68559d42a5b5bf5587b2e597fb0d3ca1d3198e8cd6e0e719772960c2d3
2213	2026-12-05 03:26:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06e0ba8a-0949-4cce-bf35-422c475910fb	1e8c6e68559d42a5b5bf5587b2e597fb0d3ca1d3198e8cd6e0e719772960c2d3	8518c1eff9c25bc44ece48313d0cd71e634fee353da85413b2070c62c9b6e9ae
2214	2026-12-05 03:26:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3be245d0-3887-408b-8402-b0b1aaf7eed0	8518c1eff9c25bc44ece48313d0cd71e634fee353da85413b2070c62c9b6e9ae	2f6b2f5dc9d2b12614480733c2804f7d7a8d4e36675bf8786a40e4c8b363ba29
2215	2026-12-05 03:26:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1079662-f02f-4c59-9640-d25e6d142613	2f6b2f5dc9d2b12614480733c2804f7d7a8d4e36675bf8786a40e4c8b363ba29	dc36b22596146e9b80ee4fffea704bde524d334a4ad33efec28a5c27455a649c
2216	2026-12-05 03:26:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99b0ac55-e0ed-41d0-9319-bd83e5438f40	dc36b22596146e9b80ee4fffea704bde524d334a4ad33efec28a5c27455a649c	9b6458ccd0a17f050f898cb6b943803e3425ca628dbaf400c52969b1226a6484
2217	2026-12-05 03:26:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3687709c-d97e-4164-82f8-527e8ad7b527	9b6458ccd0a17f050f898cb6b943803e3425ca628dbaf400c52969b1226a6484	86685b18e5dd543bee909b988ce6e2c48f58d6d71e3a881c76575f1b8fc12c36
2218	2026-12-05 03:26:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c552ca0-614c-43a2-90f9-c0e1f1fa179b	86685b18e5dd543bee909b988ce6e2c48f58d6d71e3a881c76575f1b8fc12c36	5377f31d4d5cd81bcd052c9d982281c4557a8e5e11de0bbf877a57b55aa3e966
2219	2026-12-05 03:26:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be30eea8-a3dc-40a7-84e2-a820b43097d2	5377f31d4d5cd81bcd052c9d982281c4557a8e5e11de0bbf877a57b55aa3e966	05d9d0c003813fa300be6dea1acda379b540ade2b200c967738a29860b33146b
2220	2026-12-05 03:26:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa1c849d-f4ac-4e4a-b316-9f5182c6efd4	05d9d0c003813fa300be6dea1acda379b540ade2b200c967738a29860b33146b	ca046a9e9c200d12ad172d857758c52ef13b38a1bff07063a1d4c458d8b89786
2221	2026-12-05 03:26:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8564b2ec-e718-4553-bd96-946f3acb42ea	ca046a9e9c200d12ad172d857758c52ef13b38a1bff07063a1d4c458d8b89786	035e341d6b42061764733a96cd7f35b504fb01cf55087b3edd9b57bef8a923f2
2222	2026-12-05 03:26:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51f135d1-8a35-4089-b734-84f4858da9e1	035e341d6b42061764733a96cd7f35b504fb01cf55087b3edd9b57bef8a923f2	fe8e121a01c4b516a3583acd741ef1c64658c1d6e6319731e6bcb20f54e04ec3
2223	2026-12-05 03:26:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2b25e32-0ee0-4c5b-ba7d-08eddcc16e1f	fe8e121a01c4b516a3583acd741ef1c64658c1d6e6319731e6bcb20f54e04ec3	7aeeb581965c3479b7a7fe05b9ef006ec495286723ca241bd7ed8d11028c0bb4
2224	2026-12-05 03:26:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6525bf50-83ef-4033-8f0d-1f501d70b28d	7aeeb581965c3479b7a7fe05b9ef006ec495286723ca241bd7ed8d11028c0bb4	d8339f5001998dc95f6980b5f88ceb4d86111ea6480dff720f92bb32f0b71219
2225	2026-12-05 03:26:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2f25d187-9a10-4a44-a34b-b5a37367baa4	d8339f5001998dc95f6980b5f88ceb4d86111ea6480dff720f92bb32f0b71219	76237bde714709c73e846ad05696b387807d41a0c68bf7713acb3ce1f8afc67f
2226	2026-12-05 03:26:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f09f50e5-1458-48fd-9b46-2616811c1d49	76237bde714709c73e846ad05696b387807d41a0c68bf7713acb3ce1f8afc67f	23cb7f4cdc88421d291caa900f7f668c41f6fcb0079d31a3296ed19b1752e6a8
2227	2026-12-05 03:26:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c662a28b-0d22-44f5-9aa9-5aff045e84a3	23cb7f4cdc88421d291caa900f7f668c41f6fcb0079d31a3296ed19b1752e6a8	6f5bb2166b919e4ce395abb48cb1d83d8ccb84cd02a0297404fa57023baa62d5
2228	2026-12-05 03:27:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1fd5cc9-ab94-436a-9787-acacf4dea62d	6f5bb2166b919e4ce395abb48cb1d83d8ccb84cd02a0297404fa57023baa62d5	8084f6b5a7aa30868b37cd9a6bafe0ba2a01a7fec9e43d6523008af8b382402c
2229	2026-12-05 03:27:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	246696cf-6206-46cd-9e7b-9a3f3856918e	8084f6b5a7aa30868b37cd9a6bafe0ba2a01a7fec9e43d6523008af8b382402c	f38efc370c2b013bdda88d7e3d4caf036a40859a7545d11b07cfd9a3517849f5
2230	2026-12-05 03:27:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cf2fcf3a-8f96-46c9-8718-9cede253d53c	f38efc370c2b013bdda88d7e3d4caf036a40859a7545d11b07cfd9a3517849f5	fe375c4a4e0e84f32f245c9a28c1ae4902fe41dab8d608760a539a1ebb95dfab
2231	2026-12-05 03:27:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8837ebe8-e24f-4a1f-bcc8-1eb7e9839dd1	fe375c4a4e0e84f32f245c9a28c1ae4902fe41dab8d608760a539a1ebb95dfab	9208826adba4fc2a5c8279c8f9c1c09ba874aa45c7137ffafb408c2ce5f6958d
2232	2026-12-05 03:27:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3ee03e36-f9d7-4651-b6a3-549aca67c9d7	9208826adba4fc2a5c8279c8f9c1c09ba874aa45c7137ffafb408c2ce5f6958d	91911b387a57a93057ea06a13c78424c98888b117a1943a241de6a0910297fca
2233	2026-12-05 03:27:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	be5e6c25-1423-406e-a696-4a7c8622a9e1	91911b387a57a93057ea06a13c78424c98888b117a1943a241de6a0910297fca	afb2754595eddcc124a731681c2c1b90a13e2cb5a09568613bdba7c696798f5c
2234	2026-12-05 03:27:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4295d34d-57e8-4f40-a2d3-cef115678e13	afb2754595eddcc124a731681c2c1b90a13e2cb5a09568613bdba7c696798f5c	d3760c6d45df635b3b09cc25ad8692bb51625f77d38fd3dde542d51ab31b02ec
2235	2026-12-05 03:27:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	47f88980-13c1-478f-87be-fde433361ee1	d3760c6d45df635b3b09cc25ad8692bb51625f77d38fd3dde542d51ab31b02ec	6737978a80869798618dddff9a86cf10f4ceffc7bedd4963ce8ce9f2c3f7610f
2236	2026-12-05 03:27:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	62a45277-44dc-4013-a78d-87b8cec48cc4	6737978a80869798618dddff9a86cf10f4ceffc7bedd4963ce8ce9f2c3f7610f	ddc88b2fabe6dc8d8f9ae77e1a06e0a1c5f8077882fc95da9798070008b799b2
2237	2026-12-05 03:27:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a222b663-1e71-4b7a-93b2-afbbafe1ad73	ddc88b2fabe6dc8d8f9ae77e1a06e0a1c5f8077882fc95da9798070008b799b2	e4ae5dfe7364a047fb0b9c203a71521a8be26737698e05ec161ea76c12d1d16d
2238	2026-12-05 03:27:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8adca0c0-8963-422d-8c56-eddb206ea2b6	e4ae5dfe7364a047fb0b9c203a71521a8be26737698e05ec161ea76c12d1d16d	937cf9a57923261131224e03aed01123f2689222d7095f5a6f5c301ee1276037
2239	2026-12-05 03:27:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9c7f3478-94fc-4dfe-ab0b-d316b0f8322d	937cf9a57923261131224e03aed01123f2689222d7095f5a6f5c301ee1276037	52f02ac4f519883ea92b4c853d563315b0b7a32953d9930acf9b05b759450a67
2240	2026-12-05 03:27:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a5618bc8-0f01-4faf-94bd-e17a28f6d612	52f02ac4f519883ea92b4c853d563315b0b7a32953d9930acf9b05b759450a67	37c6690b45a180c3361bae3d7c82b1c591143bb5110096d63bed1a1ba7dbb9e8
2241	2026-12-05 03:27:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2b41289-cc00-4960-a8f8-b8cd748c8d4e	37c6690b45a180c3361bae3d7c82b1c591143bb5110096d63bed1a1ba7dbb9e8	728650e6ecaa4570fa91fac9d79e67ed6ad13373117cab2a5f4d5ddb78a349d1
2242	2026-12-05 03:27:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9123c5d7-dec1-46ba-aeac-0ae292c55072	728650e6ecaa4570fa91fac9d79e67ed6ad13373117cab2a5f4d5ddb78a349d1	074fcf8c8e9598e98d6b2e30907f0d99fa700060923080c42a656fc0128ce303
2243	2026-12-05 03:27:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ed661870-ab83-435f-810e-36e33c6af787	074fcf8c8e9598e98d6b2e30907f0d99fa700060923080c42a656fc0128ce303	12d33306f0cde9da2d5e6a50771f5af676d3f4c9f6439bbf497d8b0d05e85d00
2244	2026-12-05 03:27:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	deb90c21-f9a0-42fc-b91d-54d3bee705de	12d33306f0cde9da2d5e6a50771f5af676d3f4c9f6439bbf497d8b0d05e85d00	4c5bd98b7f433b62d3dcf7b3538db05ed4178a92b186c811adb2783eb0d25d2e
2245	2026-12-05 03:27:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2080b7d7-4279-44eb-8565-95d7f51256d5	4c5bd98b7f433b62d3dcf7b3538db05ed4178a92b186c811adb2783eb0d25d2e	2e3a2b7f51b29f029ed7242f435133029075d68b80a17edabba214891d7bb043
2246	2026-12-05 03:27:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a03ef65f-c646-4a54-ade0-00eccc01c870	2e3a2b7f51b29f029ed7242f435133029075d68b80a17edabba214891d7bb043	f18d3d984c93fab8187e1b11aa2fa354ca1c2c3ac63d9171f059c97790529716
2247	2026-12-05 03:27:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a4c15889-0830-4206-9880-11142265411d	f18d3d984c93fab8187e1b11aa2fa354ca1c2c3ac63d9171f059c97790529716	23f77ca7cad17639eaf09f2746da69fe74f69417520792b87aab6207aeb0e56b
2248	2026-12-05 03:27:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b1022766-2ad3-4e07-b135-e56d6c8176a5	23f77ca7cad17639eaf09f2746da69fe74f69417520792b87aab6207aeb0e56b	434e0a6103a2283e132e9d0bc7519ea9003d385d332b34aa7e3cf08d1271119a
2249	2026-12-05 03:27:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99025a97-2bfa-473e-8534-ff81efc8656f	434e0a6103a2283e132e9d0bc7519ea9003d385d332b34aa7e3cf08d1271119a	bcd7bb5af89bcbd50fef4d9f4804766ec768f505eb6ab17fe8f7eff13f1f5532
2250	2026-12-05 03:27:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c40444f8-3c5a-47bb-bf39-44c3dbcb7f24	bcd7bb5af89bcbd50fef4d9f4804766ec768f505eb6ab17fe8f7eff13f1f5532	5d4641912a1abfca36f1db2de07fdafc57451b3e00cc2bd059d552146de7a0ea
2251	2026-12-05 03:27:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4c336667-47fa-4774-a886-144138f5701f	5d4641912a1abfca36f1db2de07fdafc57451b3e00cc2bd059d552146de7a0ea	b40eafb2b1bf516998d1629913b58a43b2416149b0c05728e9cc7ac04cb5bacb
2252	2026-12-05 03:27:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1b4e4f8c-acce-4d7c-bf08-f24b426eb259	b40eafb2b1bf516998d1629913b58a43b2416149b0c05728e9cc7ac04cb5bacb	7c064c97d45d848278fb82e3c6a1c5eac1ad3bbe29c3cb9be6a356df08a6e7e7
2253	2026-12-05 03:27:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c944bba4-f359-4264-b8a2-93d3019e47af	7c064c97d45d848278fb82e3c6a1c5eac1ad3bbe29c3cb9be6a356df08a6e7e7	dba5ad29f3535add01b8ec750b8c77d3833f35674782ef094acd230c1e8b98a9
2254	2026-12-05 03:27:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	261e30af-113e-4e17-b143-853741d472a2	dba5ad29f3535add01b8ec750b8c77d3833f35674782ef094acd230c1e8b98a9	fd77a710ad9f3057241e5f219f9cf5ada159c484605d7412e3a9bdbca102e9ff
2255	2026-12-05 03:27:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a3fa41e1-0ad5-434e-a179-cfc48df4a052	fd77a710ad9f3057241e5f219f9cf5ada159c484605d7412e3a9bdbca102e9ff	191678c6a31f8c7740c5665d09861444b50048118b9ee14d1458c46458adc66d
2256	2026-12-05 03:27:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4fa22b10-2d06-4820-9edc-ca6a4a72ffe7	191678c6a31f8c7740c5665d09861444b50048118b9ee14d1458c46458adc66d	b187a38a5c65dd7c6d25ec8bb517d04183b6be3621a05250a7a953937426f924
2257	2026-12-05 03:27:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1cf9f496-8461-4feb-b2af-c254d4f84b9b	b187a38a5c65dd7c6d25ec8bb517d04183b6be3621a05250a7a953937426f924	5d02c2702c4c89f3b14e48973db20ba8da6ca7bcb611c55a43d8566b825bdb04
2258	2026-12-05 03:27:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b9442156-c33e-4607-95e4-869980c4c5c1	5d02c2702c4c89f3b14e48973db20ba8da6ca7bcb611c55a43d8566b825bdb04	a479a0a74f460de15221636472ee8d73da10fcfaf54ff05ce3ee385202661b1e
2259	2026-12-05 03:27:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	769656f9-f201-44ea-aea4-7c3cfc263d3a	a479a0a74f460de15221636472ee8d73da10fcfaf54ff05ce3ee385202661b1e	be7bf9599ff692323211288e587203e55d2c02f585bdf974f1543f8c72059e71
2260	2026-12-05 03:27:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	de411bab-aa04-4e27-ac18-02bca5782539	be7bf9599ff692323211288e587203e55d2c02f585bdf974f1543f8c72059e71	9d42ffe953f2f9ded3061dd0166945482cc30eb5366245d46c4182191105b6ac
2261	2026-12-05 03:27:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cb3021b-b28b-4bd3-8ff7-70d91345c67f	9d42ffe953f2f9ded3061dd0166945482cc30eb5366245d46c4182191105b6ac	667a78fa4464dad43dbe253ea5b499a737de6f73af1857f01a248fdc78403c10
2262	2026-12-05 03:27:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c63558a1-60ad-4a45-850b-a159f8141b18	667a78fa4464dad43dbe253ea5b499a737de6f73af1857f01a248fdc78403c10	9b93ec3f1d19c36b9d5510d2df6b227f6f289ba78ea2a5be1d7ac096189139f2
2263	2026-12-05 03:27:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e26a76cf-7c72-4e41-83a1-23a06f65037a	9b93ec3f1d19c36b9d5510d2df6b227f6f289ba78ea2a5be1d7ac096189139f2	666b17d974e7b5b02d843a1fec2c20f495d2507c95457c517e8574fa2a59f8d8
2264	2026-12-05 03:27:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	646a02e9-c1d3-4a62-8877-d24c67f030f0	666b17d974e7b5b02d843a1fec2c20f495d2507c95457c517e8574fa2a59f8d8	84669c397658deaf34159b0e48127af50e1f9fc637fdebf804d576d33d52f2e7
2265	2026-12-05 03:27:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cc338df-c2de-40c2-aa3e-7fb89b3db0f4	84669c397658deaf34159b0e48127af50e1f9fc637fdebf804d576d33d52f2e7	5473e9c5f741f976531b3a7c1bbed636b995e8d30b4e146c5006390d522525ba
2266	2026-12-05 03:27:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6a1f7650-1d5c-40e5-8ad7-7330cd8b6bcc	5473e9c5f741f976531b3a7c1bbed636b995e8d30b4e146c5006390d522525ba	4675e904e716351058b0ab7a908274a118a01f21d2f40e05a90210b78282e528
2267	2026-12-05 03:27:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	00d20a79-8efb-4b8b-ace7-6b76580e8fcb	4675e904e716351058b0ab7a908274a118a01f21d2f40e05a90210b78282e528	a379dac2087e28b0cb7bab4f556e608fd5982e6ffabe2ff9a5f166f5840e52f8
2268	2026-12-05 03:27:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	16791dcb-c795-4f18-8160-d57113319b49	a379dac2087e28b0cb7bab4f556e608fd5982e6ffabe2ff9a5f166f5840e52f8	0ba8eeabc71cacd6705be7ea686921b3c629b8dc15b9e570625c26860ab8ced7
2269	2026-12-05 03:27:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4806425b-1e3f-4210-8ad9-cfda29506017	0ba8eeabc71cacd6705be7ea686921b3c629b8dc15b9e570625c26860ab8ced7	9afb5eb229bcbcc2a5af23de9a09e345c6b442e8aaf54effbd66ff17e44670fd
2270	2026-12-05 03:27:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	006db1bd-660b-4e50-abec-5a59884572cf	9afb5eb229bcbcc2a5af23de9a09e345c6b442e8aaf54effbd66ff17e44670fd	c04bc8fe33b8bd0a8b93ab8e23a0d0c3dcf6d4cc5a5c8dd07d74488eaca3bf1b
2271	2026-12-05 03:27:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8aecb33e-84c8-4483-aa18-a65de9f5601d	c04bc8fe33b8bd0a8b93ab8e23a0d0c3dcf6d4cc5a5c8dd07d74488eaca3bf1b	23273da726f6ba5edcecaa34033e980281073971986cfaa03310b96faa2b2ba7
2272	2026-12-05 03:27:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3463ce92-4d6e-4583-8c43-7a629bd19f4f	23273da726f6ba5edcecaa34033e980281073971986cfaa03310b96faa2b2ba7	084a58e35f6b1bef687bc49be1ae02ec00264d6cd4ff916931106177aca14f02
2273	2026-12-05 03:27:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5c424b8e-00d4-416c-a7b9-40f1ad4a7158	084a58e35f6b1bef687bc49be1ae02ec00264d6cd4ff916931106177aca14f02	fe9bb3cffaaeb32103192fb28a0c92b9a0313018e987c5882000216e4598e951
2274	2026-12-05 03:27:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c4e8a570-e411-470d-9401-bbf288130384	fe9bb3cffaaeb32103192fb28a0c92b9a0313018e987c5882000216e4598e951	86774fb4fdfcb6054ceb0b131ecf57aca1debff81643ca29cfa0360431a5a0d8
2275	2026-12-05 03:27:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b25cd193-8c3e-4047-b527-a2e32dd165dc	86774fb4fdfcb6054ceb0b131ecf57aca1debff81643ca29cfa0360431a5a0d8	040b55d44a4ea4647a82d3618c095d45a25ed6528edb5cca002dee2a1ff1aa08
2276	2026-12-05 03:27:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7502421f-6548-43e4-b459-62beeeca2e93	040b55d44a4ea4647a82d3618c095d45a25ed6528edb5cca002dee2a1ff1aa08	844c282a8165be025ba767c2212d86a032c995adb58a9bf6b7c76a6d55de4a6c
2277	2026-12-05 03:27:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f75427a-af47-4fd6-b842-6c5d83143008	844c282a8165be025ba767c2212d86a032c995adb58a9bf6b7c76a6d55de4a6c	a17f1bbd67f04004cdde949da870d9d10eb2b912fe83e405696753e069fa5e27
2278	2026-12-05 03:27:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dc36cd8f-9eb8-4a95-9e64-804c44d9e848	a17f1bbd67f04004cdde949da870d9d10eb2b912fe83e405696753e069fa5e27	0aaff5beda07df00d1fead7d2f2ec0339615909609ac9bb5e436a38cdf94b9c4
2279	2026-12-05 03:27:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4618834e-7e9b-4a33-aa59-7f5e8ee0e8c4	0aaff5beda07df00d1fead7d2f2ec0339615909609ac9bb5e436a38cdf94b9c4	bc4589518b8b4f74cabf884d9512e6806ba8a78d276bd8e273bfb5fcd3b0c8ce
2280	2026-12-05 03:27:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5d5a55b4-722b-4565-9672-a9a91f160202	bc4589518b8b4f74cabf884d9512e6806ba8a78d276bd8e273bfb5fcd3b0c8ce	9e7b9efd83d5035ea33a5f96c56bf5595a96b55128a10c4abcbe491a6343c5f3
2281	2026-12-05 03:27:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	155fad0b-d29a-47c1-8656-ecef16de7271	9e7b9efd83d5035ea33a5f96c56bf5595a96b55128a10c4abcbe491a6343c5f3	f36d9bdebee17e4d9f18291472f18f59f5022a9d83f210211187f6149f4dc0e3
2282	2026-12-05 03:27:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e5a1e8d-1974-49b4-a9a6-41f1c0a7d3a2	f36d9bdebee17e4d9f18291472f18f59f5022a9d83f210211187f6149f4dc0e3	e118247d693b970d8311ee76edaf30d884f41fb8a994376ee18fa04e55541934
2283	2026-12-05 03:27:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fe5946e6-9308-4712-80fc-3e28970e9b95	e118247d693b970d8311ee76edaf30d884f41fb8a994376ee18fa04e55541934	737cfab4877fe49c2f83066f882fdd754ffcafff2c584a1349527159045d852a
2284	2026-12-05 03:27:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e714363b-60cf-45c3-b85a-549da5eb8512	737cfab4877fe49c2f83066f882fdd754ffcafff2c584a1349527159045d852a	93d8d74995a5408fa885fd0b648d5439e87d6faee7f1e1d6cd27d5d809ee8337
2285	2026-12-05 03:27:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ffc6da99-f66b-4cb3-80cb-c5d35de3d22a	93d8d74995a5408fa885fd0b648d5439e87d6faee7f1e1d6cd27d5d809ee8337	aceebe21e4f39c19941cf5a5dd03db3b0f3d79a9456f568cfa38c740f7d29dfc
2286	2026-12-05 03:27:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	682ff144-31dc-4415-9e17-0b30c7efc09c	aceebe21e4f39c19941cf5a5dd03db3b0f3d79a9456f568cfa38c740f7d29dfc	d07b17e77113b5fbe2fb46a29987ed3d093e91870daa8f9c9b489bd98b39ede8
2287	2026-12-05 03:27:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	258d64d9-aaa2-40ef-9b44-97718564d18a	d07b17e77113b5fbe2fb46a29987ed3d093e91870daa8f9c9b489bd98b39ede8	ee5205517344280d4a819430e71aaf50cb5408dcc9a739f10d2ce7b7089302f3
2288	2026-12-05 03:28:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a7bfae79-7677-4e2e-b672-212a5eda25b4	ee5205517344280d4a819430e71aaf50cb5408dcc9a739f10d2ce7b7089302f3	2bc7976bdfc8fd8c05e9fd0c934c1ff0e394bb2675c4a1131ef1634a3c27c45b
2289	2026-12-05 03:28:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4175543a-b545-4b88-965d-f1ddc1514c82	2bc7976bdfc8fd8c05e9fd0c934c1ff0e394bb2675c4a1131ef1634a3c27c45b	00c2ec2496c1ab278876a4c132fb8b0ba6b59643f5aac4469e61150b2319704a
2290	2026-12-05 03:28:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a7a0165e-4821-46e9-a611-d638ca6cbdc3	00c2ec2496c1ab278876a4c132fb8b0ba6b59643f5aac4469e61150b2319704a	9efb0ec171d6e317525cd2ab39009dbf99fc0315ca08c368b37048814831e463
2291	2026-12-05 03:28:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9ffce546-a10a-4699-a7a5-33bec62b0c3b	9efb0ec171d6e317525cd2ab39009dbf99fc0315ca08c368b37048814831e463	7aa93b5bf6ecdae58470b617b92a26bcc37ffbdc03b9abca093006f950ea18ea
2292	2026-12-05 03:28:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3cf902c6-5d74-4271-9912-e0d2206479a5	7aa93b5bf6ecdae58470b617b92a26bcc37ffbdc03b9abca093006f950ea18ea	d3c95f7423b2d14aeb8cd3969d11a75cd71e0d3f3b4e364660d806381601e345
2293	2026-12-05 03:28:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc01a31c-014b-4aa2-bebc-585a065d48ab	d3c95f7423b2d14aeb8cd3969d11a75cd71e0d3f3b4e364660d806381601e345	af0b2c5301fde6bb8c8609c20eda656a0d5f129ef16e81be998069ad40778952
2294	2026-12-05 03:28:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e5520a7-cee2-4511-a7b7-1fe06aaba346	af0b2c5301fde6bb8c8609c20eda656a0d5f129ef16e81be998069ad40778952	ebd4bbb289b1d98b35163be14df8c498677eb6b42739e4dc5e21ad717cd28f37
2295	2026-12-05 03:28:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e11aa8d9-3348-4054-b115-5b32e5f55067	ebd4bbb289b1d98b35163be14df8c498677eb6b42739e4dc5e21ad717cd28f37	a7994c51b8d9ec6ed0578fbbd644f2ed4116dad746b921b817ec0c1cd6d1c7b5
2296	2026-12-05 03:28:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b48336cd-36d2-4bc5-a3cd-c0cf876fa031	a7994c51b8d9ec6ed0578fbbd644f2ed4116dad746b921b817ec0c1cd6d1c7b5	bb2ccb5d3a67f45ae8f586841819e525a82f6c63dc064ff74e419e8179b0f963
2297	2026-12-05 03:28:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e01a9fab-2cc2-44bf-b640-c1c54fa22779	bb2ccb5d3a67f45ae8f586841819e525a82f6c63dc064ff74e419e8179b0f963	6c1b65178c157d10ca2c2e63db935a5151f50fb55c1951e2a80e03e37e7d02dd
2298	2026-12-05 03:28:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	69f5a4ab-36f8-44ba-a889-ba7a73317afb	6c1b65178c157d10ca2c2e63db935a5151f50fb55c1951e2a80e03e37e7d02dd	e851d04c9dfdcf066e6fc75982f5a72a60e319ea6db2cef727fcc16f40514822
2299	2026-12-05 03:28:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	18298ae6-c4b9-4979-9c51-2eb452b7b806	e851d04c9dfdcf066e6fc75982f5a72a60e319ea6db2cef727fcc16f40514822	9a5db259e7c817b167cad5521eee027f209875c2815f1c54d09a95380ea780d9
2300	2026-12-05 03:28:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05b6e085-7098-489e-a922-38f7bb231af7	9a5db259e7c817b167cad5521eee027f209875c2815f1c54d09a95380ea780d9	36151b2e2bc9c1b64a2e033079be378504c9ddec07f2942315f2568fc120bbde
2301	2026-12-05 03:28:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9cc5068e-e16e-4072-a23c-d1a2a1830cfa	36151b2e2bc9c1b64a2e033079be378504c9ddec07f2942315f2568fc120bbde	42629a4b9bbb20e86cc9e7dca1289b1506c3086f5715233f8398a3e421b89d56
2302	2026-12-05 03:28:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	47dfc36e-98b3-4ffe-9d3a-22c6ea8330b0	42629a4b9bbb20e86cc9e7dca1289b1506c3086f5715233f8398a3e421b89d56	0efbd07f4921702157c9c3f2962e8297a9fdf67d97e65711bd528a673cde67a5
2303	2026-12-05 03:28:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82c4ac87-082a-49bf-8371-9bca3e8b643a	0efbd07f4921702157c9c3f2962e8297a9fdf67d97e65711bd528a673cde67a5	b95c32cc2cf412b74200217628ad7a9d7d7399756af993875d267a096acc4ae7
2304	2026-12-05 03:28:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c84678f-c89d-41ef-be13-a0026badff02	b95c32cc2cf412b74200217628ad7a9d7d7399756af993875d267a096acc4ae7	2a3f4f9b11802c6742c1088aeef2ddbbda32b9ce04fcb1554b3ce11cd1885cfd
2305	2026-12-05 03:28:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	720e8d4b-3ec7-4e64-b9e0-4672b1e3b5a7	2a3f4f9b11802c6742c1088aeef2ddbbda32b9ce04fcb1554b3ce11cd1885cfd	aa54e2024e1b137871859e64deb681d3c40030ac0cf58f1671cfe20d916f8812
2306	2026-12-05 03:28:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa135301-1f78-4632-8640-c86dab5f920b	aa54e2024e1b137871859e64deb681d3c40030ac0cf58f1671cfe20d916f8812	99e86aff88879454b6cdf82d433f5328e472fcff6ae39d01ef0b56c8aee1f10e
2307	2026-12-05 03:28:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	def09598-6700-47bc-97c2-2a8268870ec0	99e86aff88879454b6cdf82d433f5328e472fcff6ae39d01ef0b56c8aee1f10e	0da3564a7695d1b1d1aa3c9950782e2ae6ece528428d2595d9407de579a2a60f
2308	2026-12-05 03:28:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c364513c-9581-4866-8a78-e40b4f7baec9	0da3564a7695d1b1d1aa3c9950782e2ae6ece528428d2595d9407de579a2a60f	72afa296e4ed11f1df84ca1a0619cbbb318847bf9cbb060fff6ca2bed3aa9ecd
2309	2026-12-05 03:28:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c661ace7-1244-47c8-9ea1-bc45cd2cd48b	72afa296e4ed11f1df84ca1a0619cbbb318847bf9cbb060fff6ca2bed3aa9ecd	3817c20b6fe774af3c22c9c9043f5416ef59762449322521ece25fe4ac33773e
2310	2026-12-05 03:28:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f262ff94-f967-40ea-a416-9c548147011a	3817c20b6fe774af3c22c9c9043f5416ef59762449322521ece25fe4ac33773e	11d8282f9948effab15f29e194e7f52b08e0a4cb3a204cedbed94116364ea7b2
2311	2026-12-05 03:28:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	73cb1bc5-d477-43f3-9a8b-71cad1904cb0	11d8282f9948effab15f29e194e7f52b08e0a4cb3a204cedbed94116364ea7b2	22018cb8ea68f8ac3e551120977e5743b1562ce2dd511ebbeb8a1b7ad53de0d8
2312	2026-12-05 03:28:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	339b8f8b-0cf1-4fb5-8154-08a086952cd6	22018cb8ea68f8ac3e551120977e5743b1562ce2dd511ebbeb8a1b7ad53de0d8	7c8c5579ce3ebfb7fa7d754d7db6741cf70775d10ea12eeb3fc3bbe6bb2658c0
2313	2026-12-05 03:28:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e1f5a01b-ff4e-489a-9537-eaada2cc8b20	7c8c5579ce3ebfb7fa7d754d7db6741cf70775d10ea12eeb3fc3bbe6bb2658c0	ea5833dfa7cf308818908e1b7e7f215b8caf69e155dbb05c92edd51b5f461a0d
2314	2026-12-05 03:28:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2a58fed3-83e9-4e80-a07b-74fd91d417d0	ea5833dfa7cf308818908e1b7e7f215b8caf69e155dbb05c92edd51b5f461a0d	c86fa1147fe0d6c8e70cd162f9c033a03d97432f06cecc497e0d616784458520
2315	2026-12-05 03:28:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0e9be5a8-55b2-4518-9d2e-0f7db25e4104	c86fa1147fe0d6c8e70cd162f9c033a03d97432f06cecc497e0d616784458520	005a746693f05f4bbd72f1b1a9fbdc98cf271db0389fb90c81c4b703ac664db3
2316	2026-12-05 03:28:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fdfa6a18-0447-4d57-a454-8572b93df2c5	005a746693f05f4bbd72f1b1a9fbdc98cf271db0389fb90c81c4b703ac664db3	33710e93776e17015995c6d8fd49d2c55389e2560964b30d05a456d0de9d1681
2317	2026-12-05 03:28:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5e7c49a2-ed65-4e6e-9331-124bb55250ce	33710e93776e17015995c6d8fd49d2c55389e2560964b30d05a456d0de9d1681	517777b4908babeda4b0af16f67d3397274bd81582c778e0c5d639dfaea2f6b9
2318	2026-12-05 03:28:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d551e25-5d0e-44c7-b7c9-fad7f7fb637d	517777b4908babeda4b0af16f67d3397274bd81582c778e0c5d639dfaea2f6b9	3d3f4d645819af39686f9a2fe2a6e2777c48220a55cbacc9006b32d4d013e902
2319	2026-12-05 03:28:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29f95d18-3ebe-4fca-bb04-75f9b8d15e96	3d3f4d645819af39686f9a2fe2a6e2777c48220a55cbacc9006b32d4d013e902	aca58f4a33b40e9e9f33fe560e47a0af5ecf5ffea8fb9c8822dfeb1ab653cdf9
2320	2026-12-05 03:28:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05ee8623-7fa4-49ca-8de4-268397e6dc85	aca58f4a33b40e9e9f33fe560e47a0af5ecf5ffea8fb9c8822dfeb1ab653cdf9	0aa61b8f4afce1b87406519dfb9810932b33f72eaf31d5723c4aa5442946a5bd
2321	2026-12-05 03:28:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ab46f34a-7a43-4ca6-9f65-296c030c6799	0aa61b8f4afce1b87406519dfb9810932b33f72eaf31d5723c4aa5442946a5bd	b16256981b6c4ddc45dbc61cc4844e8fe9c51c9d4044958af55c69b1eb2b3aab
2322	2026-12-05 03:28:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a0803755-7b2a-488f-af8c-5cd10ee59666	b16256981b6c4ddc45dbc61cc4844e8fe9c51c9d4044958af55c69b1eb2b3aab	b76c23a1b5320a897d0646e406d1b1cbba4bc5400548e0ff86bf5c811ca5cd1a
2323	2026-12-05 03:28:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5ac55e9e-482e-4bd5-bd9a-c5134931d255	b76c23a1b5320a897d0646e406d1b1cbba4bc5400548e0ff86bf5c811ca5cd1a	11749218c7ce70cdec5d285b6d4c6823edaa1e5a834e3a526e90cd2640219553
2324	2026-12-05 03:28:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b8218083-3fb0-40cd-ae13-5345a8b49f19	11749218c7ce70cdec5d285b6d4c6823edaa1e5a834e3a526e90cd2640219553	2cb6ac0075f40b80eb50a9558317de6908ced3d4179392dd00dde66faa3924a4
2325	2026-12-05 03:28:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eb426ccf-b7cd-41a7-8a83-b41a763e787b	2cb6ac0075f40b80eb50a9558317de6908ced3d4179392dd00dde66faa3924a4	94cb361bab324b45636b07304583875efd98848869237a045fb25f7b0c2613ce
2326	2026-12-05 03:28:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cda8c824-892d-41b2-ace6-883ff55d98d2	94cb361bab324b45636b07304583875efd98848869237a045fb25f7b0c2613ce	16d1aec5af1163b4dfa29496cb96d6ae1a593e5ada4ee85bb73db632dd2e133e
2327	2026-12-05 03:28:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8c7804b8-a10d-49e1-b776-03914614b981	16d1aec5af1163b4dfa29496cb96d6ae1a593e5ada4ee85bb73db632dd2e133e	5adf2ecc5e78460b315750349f5d1d4556b5e778576d3c869016097c4a130845
2328	2026-12-05 03:28:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f88a5d6-76b1-4185-991e-a9dbaffec927	5adf2ecc5e78460b315750349f5d1d4556b5e778576d3c869016097c4a130845	e43aecbcb320325aaa428e56abf1d73ea941de55462295cdd538743df3930ad4
2329	2026-12-05 03:28:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6e3fe6a2-3a46-4a87-8167-e7bb06d1c9b5	e43aecbcb320325aaa428e56abf1d73ea941de55462295cdd538743df3930ad4	e194ee0c4f50eeacf4f85ac7529da0709093df5390924cc17b25d0b728d7dd67
2330	2026-12-05 03:28:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	757b2051-fd5d-4a40-8dd0-9a00d258a9fa	e194ee0c4f50eeacf4f85ac7529da0709093df5390924cc17b25d0b728d7dd67	23440a8800af3a0c7ea8e6412407471c1516d3d31b30ceb3dd24d8530d4434cb
2331	2026-12-05 03:28:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	116bc187-bdf5-4b21-9e9e-eda4a89c08b3	23440a8800af3a0c7ea8e6412407471c1516d3d31b30ceb3dd24d8530d4434cb	35eec47ca5adfd7f5e55f8e7ec947bd40edd6d2eba67fc2222e6e375ca833de5
2332	2026-12-05 03:28:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	050ea3b6-0b8a-4ce5-a5d0-447540a45b44	35eec47ca5adfd7f5e55f8e7ec947bd40edd6d2eba67fc2222e6e375ca833de5	479afeab08fc44481132c5a28a26f51fbe4b847287354fccc5b8f0233942c9c6
2333	2026-12-05 03:28:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2ff10742-f81c-4182-91bd-2bc960c12b98	479afeab08fc44481132c5a28a26f51fbe4b847287354fccc5b8f0233942c9c6	a79c48262b1c4931a028337eff88c5f0dc8b309c63b17bc778225f871119e376
2334	2026-12-05 03:28:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	98b60335-eba4-4601-8e1a-dc4f7e3350a7	a79c48262b1c4931a028337eff88c5f0dc8b309c63b17bc778225f871119e376	741ec16ae1a9d0f553d66cee3214afd3894e96e2f7290aebe4ddcc8f27f85928
2335	2026-12-05 03:28:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fcdc99ad-efb2-484a-a427-7af73954f80d	741ec16ae1a9d0f553d66cee3214afd3894e96e2f7290aebe4ddcc8f27f85928	42025d385c1829e64ff4ed15d13c22a114dfcdd2f2a989d5dab244bbab679d71
2336	2026-12-05 03:28:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6283641f-1f56-4516-ace7-a8a8f86e626c	42025d385c1829e64ff4ed15d13c22a114dfcdd2f2a989d5dab244bbab679d71	dcf7b1af90e61d3d741de24f95db955ccc7d5a2be60299defb7b59b02290e4b4
2337	2026-12-05 03:28:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d54bb63e-c271-4ef1-bb0c-3632863769dc	dcf7b1af90e61d3d741de24f95db955ccc7d5a2be60299defb7b59b02290e4b4	98251f4fa3bb7a131124c1f8b191d0022aff4df22d929b212d8cec5d9ca26fe9
2338	2026-12-05 03:28:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	400929e3-23ff-48a0-8197-b4f6e5098203	98251f4fa3bb7a131124c1f8b191d0022aff4df22d929b212d8cec5d9ca26fe9	888d23d4aa4d71bcf01ae2e449cf640b946000a87923597ee87c52a2af483487
2339	2026-12-05 03:28:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	882a3770-aeda-4d7e-9614-f188fd472a5a	888d23d4aa4d71bcf01ae2e449cf640b946000a87923597ee87c52a2af483487	fe67cd80f54594d5bc3d7ef644adfd7bc21bbc6c810e6e61a1b69ae0ff9617a2
2340	2026-12-05 03:28:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ac251cf0-3c2a-43e9-a1f1-a2f79b586638	fe67cd80f54594d5bc3d7ef644adfd7bc21bbc6c810e6e61a1b69ae0ff9617a2	0a3f19b4f62500b128998a0296826fb26f0ff918ee052c62cb0103b2efe36e3f
2341	2026-12-05 03:28:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f840a6f6-b967-4fff-9fb1-eb6e620c989b	0a3f19b4f62500b128998a0296826fb26f0ff918ee052c62cb0103b2efe36e3f	9996d86f5b224294560cb49dbacd2f79d19bfee7e23acb2cbe446fb8522283fc
2342	2026-12-05 03:28:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bbbe8a53-4b0a-44a1-a5f8-cb6671fcc9d5	9996d86f5b224294560cb49dbacd2f79d19bfee7e23acb2cbe446fb8522283fc	1466b1ec5cce846ff4ad955cb23c65e3ba5859f8f38ceb3747e058071bac0846
2343	2026-12-05 03:28:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3d899f09-c38b-4331-ad3c-b08a69420777	1466b1ec5cce846ff4ad955cb23c65e3ba5859f8f38ceb3747e058071bac0846	d5a28153318fb34cdd4f7be2a745a4698d28222e7a1517409cc15c597275e070
2344	2026-12-05 03:28:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	60abbe07-1f67-4441-8205-38f293b3dc87	d5a28153318fb34cdd4f7be2a745a4698d28222e7a1517409cc15c597275e070	0f1f915f282d9101b2b306c07ef37d77cf38212c798368184372c3259c81cdca
2345	2026-12-05 03:28:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	381412c1-2a0a-4971-b89a-3f56059a794f	0f1f915f282d9101b2b306c07ef37d77cf38212c798368184372c3259c81cdca	f6d97f19a4d04a7e3616449519c8fdf76bc08f009fe54bba9cd4ffe381330a6a
2346	2026-12-05 03:28:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ba7451e3-e263-412b-b247-0c5425d5dd0b	f6d97f19a4d04a7e3616449519c8fdf76bc08f009fe54bba9cd4ffe381330a6a	cb48fce80193a49b60c0664527819f2616f1ab980cf15bd4a58e65b8d9ca29a9
2347	2026-12-05 03:28:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c4e0ad5d-4247-4296-b127-48fa575958a1	cb48fce80193a49b60c0664527819f2616f1ab980cf15bd4a58e65b8d9ca29a9	74b498509f9df7e374ae5de75c3c06ce175b1900b510cdfe55d62bcf0b462b8f
2348	2026-12-05 03:29:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	24692c60-90cf-461e-a6ec-6b582068e364	74b498509f9df7e374ae5de75c3c06ce175b1900b510cdfe55d62bcf0b462b8f	9d3ee9e59d9ff94f8ed6eb5f45bea313df92d3e1d1519fbee64435b898cbd3c3
2349	2026-12-05 03:29:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	05113d0a-93a8-4351-8cee-e068c8b3c150	9d3ee9e59d9ff94f8ed6eb5f45bea313df92d3e1d1519fbee64435b898cbd3c3	d06d2ed49ad766259041f989f0f3cfaccd0fb3470dec98960dedbcce84af166d
2350	2026-12-05 03:29:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b01aa80d-9868-48f6-b045-083ef2b887bb	d06d2ed49ad766259041f989f0f3cfaccd0fb3470dec98960dedbcce84af166d	e4baa075606cf1aadbf2501032580cda72b47c8a9a391470d2b26552976ec7d8
2351	2026-12-05 03:29:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	148176e0-d097-4d4c-b7b9-4ddde42adf79	e4baa075606cf1aadbf2501032580cda72b47c8a9a391470d2b26552976ec7d8	a67e97d432542cf57a63bfb64f1420d8d710d9cc24b4c92e8ed06bfed40bc487
2352	2026-12-05 03:29:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b2bb8297-160f-4f37-b11e-54fece95c482	a67e97d432542cf57a63bfb64f1420d8d710d9cc24b4c92e8ed06bfed40bc487	0bee40d4a5edf5a67cbea041ed815a3921b6ba7792db8e408234b2c8f96f9538
2353	2026-12-05 03:29:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5088836-1b01-43a5-b354-3071379d2d05	0bee40d4a5edf5a67cbea041ed815a3921b6ba7792db8e408234b2c8f96f9538	a95eb958011846cdb93776a42cc13b05469f8d3e8041b83f72f9d21a56f33f62
2354	2026-12-05 03:29:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	882b5e21-8603-4402-a6e2-872ce7689a46	a95eb958011846cdb93776a42cc13b05469f8d3e8041b83f72f9d21a56f33f62	8f12749b45f1b8d267602f7021bd8744d17aa6082a545e401be1d05e487982e5
2355	2026-12-05 03:29:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	21acadb8-b7e7-4b11-a2c7-d35bfb27652d	8f12749b45f1b8d267602f7021bd8744d17aa6082a545e401be1d05e487982e5	76ec4d9e05b24d99574b7af45e82a6dae45eda260a49c7fc9d0f51883c9dac83
2356	2026-12-05 03:29:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0f58bd35-306b-46bd-83d3-a69aef55cc9b	76ec4d9e05b24d99574b7af45e82a6dae45eda260a49c7fc9d0f51883c9dac83	aeeb6693de334d26310db23900470202dc7a6278f5b7349c651dc858121b70d3
2357	2026-12-05 03:29:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb017394-42a0-4fb4-aa7d-0f5eb571cd81	aeeb6693de334d26310db23900470202dc7a6278f5b7349c651dc858121b70d3	72f421daf83c3b8669e431fd9dada54dad9a2610d37d738abc12b14a46456b06
2358	2026-12-05 03:29:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e5adccbb-3584-4302-9199-92cf95149874	72f421daf83c3b8669e431fd9dada54dad9a2610d37d738abc12b14a46456b06	f6513037ad46ec7931d0a4bd5da09542b899520d749fa1eccd888f033edcb0c4
2359	2026-12-05 03:29:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7193edb4-d4fa-46dc-9f6b-3290a31d8c1d	f6513037ad46ec7931d0a4bd5da09542b899520d749fa1eccd888f033edcb0c4	a751b829abad83a73530bad78ba6c2967eaa247034745696d9702223bd69b370
2360	2026-12-05 03:29:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f153b30-f2f4-43d6-bfb0-7cf1080b597a	a751b829abad83a73530bad78ba6c2967eaa247034745696d9702223bd69b370	6b2642c91cc6c1f37002ca7351e6533ab695d124e993cf866beab45359afb825
2361	2026-12-05 03:29:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	529e5908-49a3-4f2a-92e0-38c490b6f0b4	6b2642c91cc6c1f37002ca7351e6533ab695d124e993cf866beab45359afb825	42ad999d86432e8dfd72005e9fd4ffb802736e4ebfdfe25290d4524ac9508a6f
2362	2026-12-05 03:29:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	586019b5-bf4d-4a52-8aed-34841820030c	42ad999d86432e8dfd72005e9fd4ffb802736e4ebfdfe25290d4524ac9508a6f	1889acb3be1b973b71eb998ea5ff1f43680aba9f5be6788cec65f7a592284b5a
2363	2026-12-05 03:29:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8a0b0e24-6daa-4e43-bc4f-0da52d776a5a	1889acb3be1b973b71eb998ea5ff1f43680aba9f5be6788cec65f7a592284b5a	a451c9fad9afa323ddc88b4a4fe500b4268fc265ffd80031530736757f79620c
2364	2026-12-05 03:29:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e893c67-5829-45ad-a8ae-3fd1e35c947d	a451c9fad9afa323ddc88b4a4fe500b4268fc265ffd80031530736757f79620c	8e0f3ba55825c697c1b76c903b60e191b98ef049e7a0bb750d2041b961aaace7
2365	2026-12-05 03:29:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b31627d2-c2e0-41f5-88df-def14042e72c	8e0f3ba55825c697c1b76c903b60e191b98ef049e7a0bb750d2041b961aaace7	e45de4f24009d9b02c77b786023321cfc0769826c02c395f3a5a2994a7ee5cb2
2366	2026-12-05 03:29:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e7bfc73e-0d6e-464e-b065-9e98465b2c29	e45de4f24009d9b02c77b786023321cfc0769826c02c395f3a5a2994a7ee5cb2	70c31dd2c7633f75146a325b800e81da90b5d3dc49ce4323e69cae55a0480633
2367	2026-12-05 03:29:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6d8b7eb2-ce08-4685-9e8a-f0a8c110638d	70c31dd2c7633f75146a325b800e81da90b5d3dc49ce4323e69cae55a0480633	95a9f5cf0026a2d2f997d76d93ee88e3b96c9a18bb352ed3546cc6af8e86ac70
2368	2026-12-05 03:29:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	21b2aded-91b7-4a06-aa29-1ca9f162118a	95a9f5cf0026a2d2f997d76d93ee88e3b96c9a18bb352ed3546cc6af8e86ac70	e669bab3ad97c63659e41271881632e1a488ee57b325ce364125aa4473aa166b
2369	2026-12-05 03:29:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1cb04a3-18a9-4240-9371-a46255e4d9b5	e669bab3ad97c63659e41271881632e1a488ee57b325ce364125aa4473aa166b	b623412d6b41caeb307e68c7d41d12598f5cf391f5a3f19c2992ab44117db3cc
2370	2026-12-05 03:29:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1bda329b-25a3-4a93-9743-b0099a8ee04b	b623412d6b41caeb307e68c7d41d12598f5cf391f5a3f19c2992ab44117db3cc	d23f8c97e4b7bb0f27d1a97809550f8560379595be79c663db654603b9dfaa09
2371	2026-12-05 03:29:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	366415b0-d602-4ccb-acaf-e4dfb155dfcc	d23f8c97e4b7bb0f27d1a97809550f8560379595be79c663db654603b9dfaa09	026b5572058883b77bf81624fa22a49e86c191bcead99bab7672d570b17a4217
2372	2026-12-05 03:29:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d61569a6-c2ba-418b-8b59-2bb4fad5f36c	026b5572058883b77bf81624fa22a49e86c191bcead99bab7672d570b17a4217	de10dc3fa7f7a883a59f4a1ff212c1b11d0b9d7005d06c8dff0b3fc92304e60c
2373	2026-12-05 03:29:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7bc511cf-13b0-4889-a524-052ac7efdf5e	de10dc3fa7f7a883a59f4a1ff212c1b11d0b9d7005d06c8dff0b3fc92304e60c	2f7b92d3a943a0c582a491175fbf772c4aa231cad5930bf5063a3e47a74d07c0
2374	2026-12-05 03:29:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0c5ab2c8-2802-408f-9d63-d6d4399120bf	2f7b92d3a943a0c582a491175fbf772c4aa231cad5930bf5063a3e47a74d07c0	acb94415da4cd65c28f065e03e8da7a125192d4b06a614f6cb58f04f62254fb3
2375	2026-12-05 03:29:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	12135bcc-f048-4d7b-8fb4-b8c56d4f295b	acb94415da4cd65c28f065e03e8da7a125192d4b06a614f6cb58f04f62254fb3	0126d15a4feafbdf79a8dd44c3754e7e4ae09603e945f564e4f967b6d59d2358
2376	2026-12-05 03:29:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d0894efe-8720-4c0d-b90f-332f1c7a8e7e	0126d15a4feafbdf79a8dd44c3754e7e4ae09603e945f564e4f967b6d59d2358	f4cfe6a90b8c5307d5055156f763b628bc449c6d135ff37cee30afe745b22f8a
2377	2026-12-05 03:29:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	9888c0b5-ec18-4f0a-b035-07cde47bc2d3	f4cfe6a90b8c5307d5055156f763b628bc449c6d135ff37cee30afe745b22f8a	833b50ea156312056d148b7258083b1dedba8689eecbb7048b41a3f9f8e2c208
2378	2026-12-05 03:29:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	90f9d8da-cc7a-4147-8ee0-a29fd01a8cce	833b50ea156312056d148b7258083b1dedba8689eecbb7048b41a3f9f8e2c208	790f8d8293bda6e1769a1a338e2242e19cf7f3aa4af06d9a20155de6337b9634
2379	2026-12-05 03:29:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3aba9fd4-131a-455c-a7a8-63c631e82fe1	790f8d8293bda6e1769a1a338e2242e19cf7f3aa4af06d9a20155de6337b9634	d86264c17055b7009fcf6ae24385608070c507e9659e078def62ad4cd3c1d327
2380	2026-12-05 03:29:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b9dea1d4-7f4d-4e75-b502-54174ab3c793	d86264c17055b7009fcf6ae24385608070c507e9659e078def62ad4cd3c1d327	fe683280c63f13a5442c5084fdf5f33294de14f762a6cb04dbb5703390c39630
2381	2026-12-05 03:29:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b9c8c4ee-2b43-4a74-8c9c-27e2546a7a0a	fe683280c63f13a5442c5084fdf5f33294de14f762a6cb04dbb5703390c39630	b9ee3462d17960922ccf3c0c620fe12301d628ddd0aaf60cff2d4993b8b1309e
2382	2026-12-05 03:29:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bcea2684-757d-467e-9d38-ce1e45c06159	b9ee3462d17960922ccf3c0c620fe12301d628ddd0aaf60cff2d4993b8b1309e	1fc6c5cc93a549f5b80c61925c66082aeb973889485d2952959e94281f39d3ec
2383	2026-12-05 03:29:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f1d404b9-b593-42f4-a80e-ab08ff5f397c	1fc6c5cc93a549f5b80c61925c66082aeb973889485d2952959e94281f39d3ec	f1487d294e483ba046181bc05374cd90a01a207dd275bb70f58a26460ff6660e
2384	2026-12-05 03:29:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	816d1271-3f66-421f-b89c-a02b2d5161e1	f1487d294e483ba046181bc05374cd90a01a207dd275bb70f58a26460ff6660e	04e1b7d2b61a7f04ff41712bcfcef941102cb84fda893503437221b4842471c6
2385	2026-12-05 03:29:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2bc2820f-8883-40f7-bd1b-73760cfb58af	04e1b7d2b61a7f04ff41712bcfcef941102cb84fda893503437221b4842471c6	ace422b3a0a8f4254e5c8de4282b3c5878753856919efef99ace9e837a80b801
2386	2026-12-05 03:29:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0db361b-6d8e-4cf8-9220-8913f1d15c35	ace422b3a0a8f4254e5c8de4282b3c5878753856919efef99ace9e837a80b801	c2845bc8330190e2b2c3fa5e825d252a60f194df3ed040fac931633a65f66e02
2387	2026-12-05 03:29:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	853065d7-7e7b-44e7-8cf1-2605af27f96e	c2845bc8330190e2b2c3fa5e825d252a60f194df3ed040fac931633a65f66e02	4c6eb897322e3063f63ff80827a00e9a1c1566cbfcb084b6f036805979f2a649
2388	2026-12-05 03:29:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	fa4ad205-a484-4a27-823e-73d1fc26712e	4c6eb897322e3063f63ff80827a00e9a1c1566cbfcb084b6f036805979f2a649	601dae21dfbdc1f1ad2b4f57819256eb3379a8a938c13c5ffb75a8fa4fd9026e
2389	2026-12-05 03:29:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a95c014-b1a9-4bdd-b424-62f9bf121b77	601dae21dfbdc1f1ad2b4f57819256eb3379a8a938c13c5ffb75a8fa4fd9026e	dd80e0876a98b685d11260c8af990e2878aa3a78286eaccf886a82d4b333dc09
2390	2026-12-05 03:29:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	34c644f6-9ebf-4c01-b09e-b6f1f7557daa	dd80e0876a98b685d11260c8af990e2878aa3a78286eaccf886a82d4b333dc09	00828f1bff4cd1ae7a72fdbf52d8e1afd633d86afe18eab2600c379d83517cd0
2391	2026-12-05 03:29:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6980e359-348c-45f6-8f29-50c00c7e7c23	00828f1bff4cd1ae7a72fdbf52d8e1afd633d86afe18eab2600c379d83517cd0	bd9920ee9b0033aef7133b38e0ed4aea7dd9f6f17c721cc30a8410949012bac6
2392	2026-12-05 03:29:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d4100634-2a6f-4d36-b8e3-51d82849a3f6	bd9920ee9b0033aef7133b38e0ed4aea7dd9f6f17c721cc30a8410949012bac6	48d225cdfb328365098ee506c91d417901eda8811895b3d91cfe8f3415e3eb4d
2393	2026-12-05 03:29:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0d37b36-8e74-45dd-9c45-e16617813553	48d225cdfb328365098ee506c91d417901eda8811895b3d91cfe8f3415e3eb4d	b57d04cfe6430b14d06e1e55c6d39ff8ab5548f72299e1a21036c0851ca9b861
2394	2026-12-05 03:29:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ca916ba5-6c51-4c54-a9f9-04ce90815b8a	b57d04cfe6430b14d06e1e55c6d39ff8ab5548f72299e1a21036c0851ca9b861	7f5b3f79de3281c4380445d3afe07bac29ab1a79444ad399d75e6cb4a5d5c3c8
2395	2026-12-05 03:29:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e8a88b5-af09-4531-9d68-7f09a9e55573	7f5b3f79de3281c4380445d3afe07bac29ab1a79444ad399d75e6cb4a5d5c3c8	b407d67fd286a968f0a4cfcd8c4bb26572190c9f93b30443c6d153be265e098e
2396	2026-12-05 03:29:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	31030a4e-e297-4509-a5bd-4a5a52ffd68a	b407d67fd286a968f0a4cfcd8c4bb26572190c9f93b30443c6d153be265e098e	d00a234ed7ac817197f001b5332c024c1526585a63c8ab6123ad6eeeccaae2aa
2397	2026-12-05 03:29:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b55f3f9-1200-42b3-8e1a-5b1d1d53c6de	d00a234ed7ac817197f001b5332c024c1526585a63c8ab6123ad6eeeccaae2aa	324a2371a9783063bb93231cb106e0174ae44010732ce6f6568728477b127c93
2398	2026-12-05 03:29:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14f457de-19cb-4e3a-bac6-dc49359493a6	324a2371a9783063bb93231cb106e0174ae44010732ce6f6568728477b127c93	618b5f8425c52c1a86cd0431f1d057c7a0238c780d5c8792c4d9e3d510c7dc55
2399	2026-12-05 03:29:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	468e578c-9c79-45e8-8f31-3104dd6a2a55	618b5f8425c52c1a86cd0431f1d057c7a0238c780d5c8792c4d9e3d510c7dc55	33ff65ee2b9df5e96e807a3842c3321a57d98e474427a2edb2d5fafa86939008
2400	2026-12-05 03:29:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	dedcb00d-1d37-4cc3-9420-88f0c225c743	33ff65ee2b9df5e96e807a3842c3321a57d98e474427a2edb2d5fafa86939008	a9f07188c264ddad9429c69be5653907e6a29733c2b5ff809aad9ac84b59e02e
2401	2026-12-05 03:29:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a9c47ef3-fc76-464c-9498-951e54866d8e	a9f07188c264ddad9429c69be5653907e6a29733c2b5ff809aad9ac84b59e02e	c2b4bcf66904065f9d933cf536728b22825e0535bf9ef4d3f86a8079fff8e649
2402	2026-12-05 03:29:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f4570003-b983-4a58-b07c-6334e40d9cae	c2b4bcf66904065f9d933cf536728b22825e0535bf9ef4d3f86a8079fff8e649	15b5e8a60b5831a6ace346d57417e49c1ec86b913f605814a69b37b9a8edd60a
2403	2026-12-05 03:29:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	297732db-e5cf-4890-b074-842188854ca7	15b5e8a60b5831a6ace346d57417e49c1ec86b913f605814a69b37b9a8edd60a	6707a895b14004f0ad219fa3d8d724e714956151885ca3a7ef4af54b5d240200
2404	2026-12-05 03:29:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2124971d-ce61-4ff5-8ca6-c6a2de541b3a	6707a895b14004f0ad219fa3d8d724e714956151885ca3a7ef4af54b5d240200	4a5b6212726e44e8efdae0560a52409483c358a1f3a0651238e319fde774955a
2405	2026-12-05 03:29:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	035e1802-bf6b-4474-998c-1d590205ea70	4a5b6212726e44e8efdae0560a52409483c358a1f3a0651238e319fde774955a	f2df4fd5351ab9ce40e37e0623b31e3c8e4c4d17d1909127cf8606fc043dfd14
2406	2026-12-05 03:29:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	da3c9ec5-8e41-444f-8ef2-36a383f24258	f2df4fd5351ab9ce40e37e0623b31e3c8e4c4d17d1909127cf8606fc043dfd14	0941c87d7c03eac46802b282da238800c4ca30567c00bd03a5a5f360abfa77da
2407	2026-12-05 03:29:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d8d9f374-aebb-45d3-95b7-78f38f897f5e	0941c87d7c03eac46802b282da238800c4ca30567c00bd03a5a5f360abfa77da	a4dd6f3c4f3e48b841eaa2d2360fca831b6b8686de2ef5f5162a019d77da37d1
2408	2026-12-05 03:30:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5b325344-d37a-48ac-8f0b-7dce1d648de3	a4dd6f3c4f3e48b841eaa2d2360fca831b6b8686de2ef5f5162a019d77da37d1	af5a2684c919e42fe663bf146c36b72cc7800dd2594cb27b98b6428175d60edd
2409	2026-12-05 03:30:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	56ea6c85-fbe0-420f-a55e-cd0c65bdbf60	af5a2684c919e42fe663bf146c36b72cc7800dd2594cb27b98b6428175d60edd	f4a80d6abafc240cea21b9e6d69db5584a8e20462fdfd40a808d72c830761d4d
2410	2026-12-05 03:30:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f20c36f-0865-4693-a244-cc61db2396b8	f4a80d6abafc240cea21b9e6d69db5584a8e20462fdfd40a808d72c830761d4d	cad7e739a19e19efd30ca7e89970ce4a791dc25d7d8aad4df9c565207a9c96cc
2411	2026-12-05 03:30:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4ad6f2e7-e28a-4442-9753-92f0f30fcbb7	cad7e739a19e19efd30ca7e89970ce4a791dc25d7d8aad4df9c565207a9c96cc	3a7212d940a1edf45329656d150eb8e2ac33299797bd082ef225eb5800a05d84
2412	2026-12-05 03:30:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1380a752-fd83-4521-b528-6ce9098704da	3a7212d940a1edf45329656d150eb8e2ac33299797bd082ef225eb5800a05d84	e8f9dcdde48ad252415593554a928dbeacf8bb11d902c6651701959385ff8257
2413	2026-12-05 03:30:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4badaf8c-431b-43cf-ba83-fb23b5ce904d	e8f9dcdde48ad252415593554a928dbeacf8bb11d902c6651701959385ff8257	6b2436b4b76034b2fd1cabac97d08c9d89631574f04b81fdc61c2477b154a99e
2414	2026-12-05 03:30:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3b9a2a9e-9d37-41a1-beaa-ae4d62e4734a	6b2436b4b76034b2fd1cabac97d08c9d89631574f04b81fdc61c2477b154a99e	354639b89f81a8874772dc91964f654e2dcc8b7cca659b59c867cecd6b126923
2415	2026-12-05 03:30:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	de55108f-71d4-4d9e-8e9f-7b5094df39ea	354639b89f81a8874772dc91964f654e2dcc8b7cca659b59c867cecd6b126923	b3cf01df904fac60e3e43a88f09ce146e05020f372bc07bb8e5f9471a9bc937b
2416	2026-12-05 03:30:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c9ec3760-9a26-4d90-a5f1-87e1db8eb5fd	b3cf01df904fac60e3e43a88f09ce146e05020f372bc07bb8e5f9471a9bc937b	e8a565ce4d4a03b077e1d38161cd3532dc37d6ae7cee8021849492edc839db1a
2417	2026-12-05 03:30:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b70fd5cc-cc57-46f3-b947-34c6f78661c7	e8a565ce4d4a03b077e1d38161cd3532dc37d6ae7cee8021849492edc839db1a	65655713e030849b1a7f993a067f2d2afac78f02afbb08fe50731fb1792d5071
2418	2026-12-05 03:30:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c3518a6c-179e-4d16-bfa8-bd31bb8d82bd	65655713e030849b1a7f993a067f2d2afac78f02afbb08fe50731fb1792d5071	b7829ab07c6028ad9f87429ed2b4f52e070c81cac213a259b471a61406683c10
2419	2026-12-05 03:30:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7458529f-9597-4304-a5d5-fb8d273d9334	b7829ab07c6028ad9f87429ed2b4f52e070c81cac213a259b471a61406683c10	7262a611385e628009cc35c36de50a07952d639386ee1cf712dd5343aa375c54
2420	2026-12-05 03:30:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3819529d-9cb3-4207-9842-edbd028fe0c6	7262a611385e628009cc35c36de50a07952d639386ee1cf712dd5343aa375c54	6ac0dae156de3ba75ad7244277ac30c94af443b7a6b5fbd7b5d4a13a1b425848
2421	2026-12-05 03:30:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	28209655-567c-47ae-b9c1-5526990b3607	6ac0dae156de3ba75ad7244277ac30c94af443b7a6b5fbd7b5d4a13a1b425848	76174c24bd898437c43df20def030fc6d39c487f36d45f01c841810e8cb7ebc0
2422	2026-12-05 03:30:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3e12b6ec-d007-4d17-9da4-918c56ef4aef	76174c24bd898437c43df20def030fc6d39c487f36d45f01c841810e8cb7ebc0	356cc55ef78e6e66637a0c4180c3e3c5ef463aa973c0aad35bf48b88dd41e6bf
2423	2026-12-05 03:30:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	55cbb833-2c3c-45fe-885e-0549fe9888f3	356cc55ef78e6e66637a0c4180c3e3c5ef463aa973c0aad35bf48b88dd41e6bf	7d7cc13d128ac54f17c0bc9e679545d79e631e6936e238e473307b0f49be6bfd
2424	2026-12-05 03:30:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb17b3bf-03a3-47fc-9837-27d2c4451f8c	7d7cc13d128ac54f17c0bc9e679545d79e631e6936e238e473307b0f49be6bfd	86ae7d64eee5e7e3078038d85534a88a659a77a45b7e7bb7a7aa8df37cf1bbc7
2425	2026-12-05 03:30:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	1a6e65d8-3d05-4b01-9f41-445f43e05237	86ae7d64eee5e7e3078038d85534a88a659a77a45b7e7bb7a7aa8df37cf1bbc7	c75ae49b17c0bc774ba4b642cfece4af5e8a6baaf4d8c017b24a62fe6b901ccf
2426	2026-12-05 03:30:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c90efefe-ea9f-4374-8806-dcaa1c14705e	c75ae49b17c0bc774ba4b642cfece4af5e8a6baaf4d8c017b24a62fe6b901ccf	aac1374d158a5f9b4c7146ab1811c375165e0f78d5785f2025d3b9cd4c99752d
2427	2026-12-05 03:30:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3f3b9427-dbea-4d60-922c-ddc909799a2a	aac1374d158a5f9b4c7146ab1811c375165e0f78d5785f2025d3b9cd4c99752d	ef25ae091767d63e54f6a204cc3bcb6aa1e952e6d5450f2ed24f09c3c3900686
2428	2026-12-05 03:30:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2319d114-bc0d-425c-96a7-7287b1369201	ef25ae091767d63e54f6a204cc3bcb6aa1e952e6d5450f2ed24f09c3c3900686	80c5836b596c9326405f807181b21f99069321f4a4d9cdbca9022505fdd9543c
2429	2026-12-05 03:30:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	156bf085-4a52-451c-94d3-68de8f601bf6	80c5836b596c9326405f807181b21f99069321f4a4d9cdbca9022505fdd9543c	a4a8d7e1d4e64a623427a550a3202c1c7357468cf41171d5d30832693786b385
2430	2026-12-05 03:30:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6e95bd2-50e4-483d-8eee-a9511143282d	a4a8d7e1d4e64a623427a550a3202c1c7357468cf41171d5d30832693786b385	c3660a76f0586ecf11fa9e00c65786475e0dfdb0f1cd546e11f74abffad3da33
2431	2026-12-05 03:30:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7e86717e-2929-41b7-b162-dd5bfb7601e5	c3660a76f0586ecf11fa9e00c65786475e0dfdb0f1cd546e11f74abffad3da33	8b0fcf378eee7f7a98973521761b72dd6822a085081886230a0531dc4e4f82ae
2432	2026-12-05 03:30:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c51f5aa-1c0a-4060-a042-0916f7fdbd68	8b0fcf378eee7f7a98973521761b72dd6822a085081886230a0531dc4e4f82ae	ae6842818a117c146626c837cd94a136d2624d7a54a85895a7d66a68e44dc4fd
2433	2026-12-05 03:30:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4cf7fe19-b212-4510-b109-0a694dfbe925	ae6842818a117c146626c837cd94a136d2624d7a54a85895a7d66a68e44dc4fd	03766aa1e59ad2a11a3579dc8c9a9fb22c65060fe8da4709b32032e6d36f3461
2434	2026-12-05 03:30:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e98322c1-f834-420d-ae49-151c90baf89e	03766aa1e59ad2a11a3579dc8c9a9fb22c65060fe8da4709b32032e6d36f3461	6fab42c2379a6914d3dbe709046b656feb08b3390e08433dd203d45d269ac1e7
2435	2026-12-05 03:30:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	93e6ddfe-ad84-42b3-9bac-6e4c693c3170	6fab42c2379a6914d3dbe709046b656feb08b3390e08433dd203d45d269ac1e7	74fd34307208cd0dedb600655f042ce688ceec8ac816ee7e1c9261f17d29edfb
2436	2026-12-05 03:30:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5cbd7192-42c1-4b88-91ea-51429014dd6f	74fd34307208cd0dedb600655f042ce688ceec8ac816ee7e1c9261f17d29edfb	744597c4175c26f00ecba1da8591cb167ebea8a77f3d05679ae8a512e8847fa8
2437	2026-12-05 03:30:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	46fdd8e5-b431-4a0c-b78d-f3de47e3e049	744597c4175c26f00ecba1da8591cb167ebea8a77f3d05679ae8a512e8847fa8	963605832b035fb9ee29b0aa36d3773bf8227fb1a4da1585fb8318f38aaee284
2438	2026-12-05 03:30:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c8ef9855-7d5c-45f8-86b5-1d0da9fd58f2	963605832b035fb9ee29b0aa36d3773bf8227fb1a4da1585fb8318f38aaee284	702e73794b5775f8d4dc2a69e541ebcd271f29976ce1c3878732f19581221a55
2439	2026-12-05 03:30:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2e31585b-2ac1-4972-b4e6-ea3f392d7dbf	702e73794b5775f8d4dc2a69e541ebcd271f29976ce1c3878732f19581221a55	a8e346bd78b9ffe9af2550a0b5f31a287e923d7589009bb4b411f65f58918b61
2440	2026-12-05 03:30:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	82649966-0c81-489f-8364-c57014c8b7d8	a8e346bd78b9ffe9af2550a0b5f31a287e923d7589009bb4b411f65f58918b61	c29deff987d09fccb374fb8ed734280d312e89bab976173ccef74a255f52117c
2441	2026-12-05 03:30:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4fbca65b-8c93-479a-80d1-bee5adca3933	c29deff987d09fccb374fb8ed734280d312e89bab976173ccef74a255f52117c	fe7005ae7192a602a24319cce21ee30af322f12218bed35d249782b6c01c88f0
2442	2026-12-05 03:30:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	319b01b5-3791-4f90-8b7a-6754e1952a41	fe7005ae7192a602a24319cce21ee30af322f12218bed35d249782b6c01c88f0	75498ebfb46ffc5c61a1d5887cc5b06fef3e1c755529ae2d2495d1787cd365f4
2443	2026-12-05 03:30:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	17b5c13f-5f1b-4153-821e-938bbd9cf073	75498ebfb46ffc5c61a1d5887cc5b06fef3e1c755529ae2d2495d1787cd365f4	ab4f7fee288ccd44395cafa8906bdc661e6f9beec7acf53f29315e07c9f8bae9
2444	2026-12-05 03:30:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	420fc993-afea-4a88-b5db-31bf95bc17e5	ab4f7fee288ccd44395cafa8906bdc661e6f9beec7acf53f29315e07c9f8bae9	141f137a267174ea27d309ebe6b61f68a2e7e3d0b3c8e5637590cb0d7ec0d31b
2445	2026-12-05 03:30:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6fd0a952-63eb-41cb-876c-beaed85848fb	141f137a267174ea27d309ebe6b61f68a2e7e3d0b3c8e5637590cb0d7ec0d31b	469427217e9fac20a0c7d7fa226e56f395eeb41c033dec9293d8204aa182e753
2446	2026-12-05 03:30:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	11666202-8f44-4dc2-8941-f6a937855366	469427217e9fac20a0c7d7fa226e56f395eeb41c033dec9293d8204aa182e753	c3b2ef99a4b448fda54e059944e39fd405a3fda58a1872e2d6f51b31ab76eb9b
2447	2026-12-05 03:30:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	51c120fe-603c-4a53-89d9-77752971ee4c	c3b2ef99a4b448fda54e059944e39fd405a3fda58a1872e2d6f51b31ab76eb9b	26ffe248dd1c57456192518ce83eb63a33c2088115f8c3775d0bdb51010dca47
2448	2026-12-05 03:30:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ebdb42a1-1d89-417d-8a38-1c08d69d3016	26ffe248dd1c57456192518ce83eb63a33c2088115f8c3775d0bdb51010dca47	bf2f4b7f89a942df5c2b52d7daaf9194b0630db50ae95d6e8fd9d1de0948572a
2449	2026-12-05 03:30:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	929821ba-4aa9-4a12-b372-3470c767dcc0	bf2f4b7f89a942df5c2b52d7daaf9194b0630db50ae95d6e8fd9d1de0948572a	b66d37bdaf187c5d9fd04fb3204d020bada0faea114af25d1603adc3c20a8f09
2450	2026-12-05 03:30:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cb89b325-d6de-4934-a15b-2d879476e48e	b66d37bdaf187c5d9fd04fb3204d020bada0faea114af25d1603adc3c20a8f09	953d07d8816f9de74a2bb357b627b044df4b286a583cc1a9ada3a72c6a908f90
2451	2026-12-05 03:30:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f527dd77-34e4-4edc-9357-4bd8d267762f	953d07d8816f9de74a2bb357b627b044df4b286a583cc1a9ada3a72c6a908f90	497c414c76dc4b19fa60bf3b81d025a1de478df19d59d2efd4e67063e2219b36
2452	2026-12-05 03:30:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	19ac63c0-c907-4bc8-8cb7-97306f9867f9	497c414c76dc4b19fa60bf3b81d025a1de478df19d59d2efd4e67063e2219b36	0e861dccf8e42c142f29fc72081bc4a61d45ddc7460d5e3b5a4c190afc093403
2453	2026-12-05 03:30:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f9c93c07-7668-4f6e-95b8-d93dbfffd848	0e861dccf8e42c142f29fc72081bc4a61d45ddc7460d5e3b5a4c190afc093403	da62f96e73e5dd15e4aea8001d167450b17e90739f90304bb3dd1dffa2d096aa
2454	2026-12-05 03:30:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99c6a127-1d32-47b4-8278-233b79c9e847	da62f96e73e5dd15e4aea8001d167450b17e90739f90304bb3dd1dffa2d096aa	e67bb902878ad70dce09bc60025acd2fa5680f5bbb61bb42a3984f615d1a5bd3
2455	2026-12-05 03:30:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	14571c2e-1e36-4d0f-bc8b-e236a265d5ff	e67bb902878ad70dce09bc60025acd2fa5680f5bbb61bb42a3984f615d1a5bd3	c029a806c7b42362e30b4e4155721cb3aad8af480c40b8f94ae23380d16dffa5
2456	2026-12-05 03:30:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	e0b91e0d-493b-4aa7-af60-07a600c24b4f	c029a806c7b42362e30b4e4155721cb3aad8af480c40b8f94ae23380d16dffa5	ba8b22f747d9a343f31c78466656e731d5bd1bc3aee656c879c95cbf3a49509b
2457	2026-12-05 03:30:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4806ba84-0d1c-43a8-99c6-425195a0e22a	ba8b22f747d9a343f31c78466656e731d5bd1bc3aee656c879c95cbf3a49509b	11cb1fb02cd24cf29fbd36f14036f4407dbbfa2399186482c76a71d2fc729ab9
2458	2026-12-05 03:30:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	20ece760-1f6f-4fe7-a57c-113833186e58	11cb1fb02cd24cf29fbd36f14036f4407dbbfa2399186482c76a71d2fc729ab9	e69d6b21b1ef1b09e0d60d21dcf28b9a5a5645b070b74f849d9ee8d9e8c2078e
2459	2026-12-05 03:30:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	868aa77c-10f1-464a-9232-1ab03d43215c	e69d6b21b1ef1b09e0d60d21dcf28b9a5a5645b070b74f849d9ee8d9e8c2078e	ecc7010f793a58427661487e80e99022f86b5ab77f272a61f3216ae6120167a7
2460	2026-12-05 03:30:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8f19e1ae-fb71-440b-b744-0865b3286f89	ecc7010f793a58427661487e80e99022f86b5ab77f272a61f3216ae6120167a7	50b1ad3ef7e1c739b87ae934256618d14d7a17e8d7cfa0644db7798501252108
2461	2026-12-05 03:30:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	faf8402c-49b5-46a8-9a72-4c2b396d36a6	50b1ad3ef7e1c739b87ae934256618d14d7a17e8d7cfa0644db7798501252108	66755161fdd5cc572ffdb41af9afc2d2ad81394848da3d6283c8289df008b4c1
2462	2026-12-05 03:30:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	76ef04c9-0d82-4730-b7bd-73982c08e270	66755161fdd5cc572ffdb41af9afc2d2ad81394848da3d6283c8289df008b4c1	04674d23fcbdb47b6f15a7322929b0696cc8af7b74bfb17b98b7b6bbb9673437
2463	2026-12-05 03:30:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	007d6410-1a48-43f1-97aa-bb0f1fad38ac	04674d23fcbdb47b6f15a7322929b0696cc8af7b74bfb17b98b7b6bbb9673437	07eb6450f25cc9f0784b84c58b83798e96d7cd0ac3b9db4ac41c432dd4868d85
2464	2026-12-05 03:30:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	66c851ed-313e-4bd1-af11-b72d57cb98a0	07eb6450f25cc9f0784b84c58b83798e96d7cd0ac3b9db4ac41c432dd4868d85	fd0b7236dfa0d4ff0d79187081e68127ce728082bcce0b0363d606604135282c
2465	2026-12-05 03:30:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	23fd0bd6-fd50-4400-b752-bc780168d9cb	fd0b7236dfa0d4ff0d79187081e68127ce728082bcce0b0363d606604135282c	fd14efee162c4a651d58cbe0e6d0a025626718d3e81c9ab72d64d6614d145bae
2466	2026-12-05 03:30:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa6aee46-6213-4361-b3ad-d09b6b43c601	fd14efee162c4a651d58cbe0e6d0a025626718d3e81c9ab72d64d6614d145bae	27711241dff6c5d881a9bc7e030cba043aeb000ec4b3b2baff68d91d17210bf4
2467	2026-12-05 03:30:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7790ae59-00d1-4642-a76a-36a0330d1e47	27711241dff6c5d881a9bc7e030cba043aeb000ec4b3b2baff68d91d17210bf4	1504627e1b72695637248c3c36e9353593f6fa5980746a305d6685db2441151f
2468	2026-12-05 03:31:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	187d6239-c4dc-498a-9cc5-7011c0ff7026	1504627e1b72695637248c3c36e9353593f6fa5980746a305d6685db2441151f	df6013a0e0b06d750adae0f8b1465fea2fa2689e59563e1a2973122f8c58160c
2469	2026-12-05 03:31:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6563ca5e-a75f-4c73-b5fc-8a89ffa0fdc4	df6013a0e0b06d750adae0f8b1465fea2fa2689e59563e1a2973122f8c58160c	5914e643f89850ae6125ab5b7d98beed21f64208db754a56cea1613df847403e
2470	2026-12-05 03:31:02.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	069c5551-597c-46ff-951c-93209b07f913	5914e643f89850ae6125ab5b7d98beed21f64208db754a56cea1613df847403e	878285962a6dff0b603c901aca451b635cb2dc7b6c1e5a60f4375ff4051022b9
2471	2026-12-05 03:31:03.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0937099-21a0-46e2-b9eb-a89693c6dc5a	878285962a6dff0b603c901aca451b635cb2dc7b6c1e5a60f4375ff4051022b9	121374203df74123e780db0babd6f854872e855ed2f300e4abda646b2c0c483e
2472	2026-12-05 03:31:04.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0363ba95-c70f-427b-926b-05a74edccfba	121374203df74123e780db0babd6f854872e855ed2f300e4abda646b2c0c483e	64b18fe220e5c0174ff2b43d66b560933cc933221af2575ea137b378e18335a6
2473	2026-12-05 03:31:05.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d2afd3fb-34f2-45d7-af55-3aeef9e6d87c	64b18fe220e5c0174ff2b43d66b560933cc933221af2575ea137b378e18335a6	6fbeec17c806b139fafd33ba0e93cdc87e5ec0609ade2591fdb92828e746ec73
2474	2026-12-05 03:31:06.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	99158ec2-d530-4b13-97b2-f9c4e12ebf3c	6fbeec17c806b139fafd33ba0e93cdc87e5ec0609ade2591fdb92828e746ec73	ba6547c5615366a214bb34ec7c13b11708af493fc32bd48186cd15bce474eb91
2475	2026-12-05 03:31:07.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d9838026-60dd-4df6-bd2b-4cb99980f77a	ba6547c5615366a214bb34ec7c13b11708af493fc32bd48186cd15bce474eb91	3cc64402a190b6ba3fda7514239eb0e201d0b55d954ec023ea8daf6953b6e4bd
2476	2026-12-05 03:31:08.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	21a034ae-5ffa-44c0-8169-4a4a251754c0	3cc64402a190b6ba3fda7514239eb0e201d0b55d954ec023ea8daf6953b6e4bd	f01bcd3f803f0db5092a4f7f3e36b84b5fb4568b40979f3420ac954cf5fd644e
2477	2026-12-05 03:31:09.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2725f18c-89fd-44f9-8f57-3f9ff913e0b0	f01bcd3f803f0db5092a4f7f3e36b84b5fb4568b40979f3420ac954cf5fd644e	d7a19b0145ae68b1713aece9e9415b40382036305b8b2003c0daf5f5e482cfd6
2478	2026-12-05 03:31:10.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	181e2688-7ba0-44f8-8236-083f19aab5f1	d7a19b0145ae68b1713aece9e9415b40382036305b8b2003c0daf5f5e482cfd6	40c7e47fbf5cc9d88aeae4ec4e434177a699d05b6ba4669394634496442b503e
2479	2026-12-05 03:31:11.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c1bebde8-3aa7-400d-89dc-c38543606ea0	40c7e47fbf5cc9d88aeae4ec4e434177a699d05b6ba4669394634496442b503e	35a60768f53e55dc0139520de51896b930c6cb6f66344cfabbfbdaea570eca22
2480	2026-12-05 03:31:12.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7b92e48f-6adb-4fdd-8608-d75df04452a3	35a60768f53e55dc0139520de51896b930c6cb6f66344cfabbfbdaea570eca22	8f3cc81c56183f8db247b7f88485da9dc0e18bbde174646248d480f87d9df667
2481	2026-12-05 03:31:13.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	b89b62d8-2331-4c93-aaf4-dd5dcff7a878	8f3cc81c56183f8db247b7f88485da9dc0e18bbde174646248d480f87d9df667	c36d4873752d08363d62d2d48443ce9dfe35c2db3fa611e7505b6fe0b7fc7abf
2482	2026-12-05 03:31:14.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	c805e61c-cf49-463c-aca0-b986758075e5	c36d4873752d08363d62d2d48443ce9dfe35c2db3fa611e7505b6fe0b7fc7abf	44132bd6ae82f719142d11fc345241b33a8bc8d4ad0028e093840a4ef14c83b2
2483	2026-12-05 03:31:15.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5140c838-38ad-455d-84e3-bb1e7b7b7d79	44132bd6ae82f719142d11fc345241b33a8bc8d4ad0028e093840a4ef14c83b2	cd3be0106faf65eb844e5eee17f7915233ee7ad6936be9db8c3f7ffe6171ec5a
2484	2026-12-05 03:31:16.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8e7edff7-45a6-41cd-a87b-cee7c7f011b5	cd3be0106faf65eb844e5eee17f7915233ee7ad6936be9db8c3f7ffe6171ec5a	f47ab266859fd8edd3e35b049ea0181a2a3efd1e83ec84a0f4138f9bc8920a50
2485	2026-12-05 03:31:17.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d6cd6f7b-2911-4940-891e-eb8e33b8806d	f47ab266859fd8edd3e35b049ea0181a2a3efd1e83ec84a0f4138f9bc8920a50	ff3dec82e6efd495e6e7ea585e599fc1c3ebf97e83f5a68e7a1ba3150c07b084
2486	2026-12-05 03:31:18.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2c3bbbbf-6cae-48c5-9889-2730d1f9132e	ff3dec82e6efd495e6e7ea585e599fc1c3ebf97e83f5a68e7a1ba3150c07b084	57ae5447e2b51c2f46ecb39cf90d5699025ecf101d526a455b8c1c335dbb6f75
2487	2026-12-05 03:31:19.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ae94ecb7-8c22-4d63-9b1c-7ab40055efe3	57ae5447e2b51c2f46ecb39cf90d5699025ecf101d526a455b8c1c335dbb6f75	cad673806d09aef00d9b2e4f7c4d145ae8d7855329fa14c184c31fea238f5435
2488	2026-12-05 03:31:20.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0192d63c-a501-44fa-9279-5d0ac611697b	cad673806d09aef00d9b2e4f7c4d145ae8d7855329fa14c184c31fea238f5435	c9175e51d56323dab8fd65e968f80692ae9ac4cc74968633ea839f8b85c3bd91
2489	2026-12-05 03:31:21.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	2b34db27-7069-43e0-93e0-bdbe96d27f84	c9175e51d56323dab8fd65e968f80692ae9ac4cc74968633ea839f8b85c3bd91	b375a15ae81e0e3c822ef3e9a5d4837f6259121d6f86880240ce5d8e30c95af1
2490	2026-12-05 03:31:22.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	61497c9b-40c5-4297-a178-0f65f77178ba	b375a15ae81e0e3c822ef3e9a5d4837f6259121d6f86880240ce5d8e30c95af1	9517b959e51a3df4f96ccc617d02f78bd5bdc5fe90ec497220e296e6a68f1710
2491	2026-12-05 03:31:23.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	77d25338-b899-4169-926d-ad29350616db	9517b959e51a3df4f96ccc617d02f78bd5bdc5fe90ec497220e296e6a68f1710	4955300f476b947236ec610cfdc325716151bd9c61f9088c1e7003a55b95491f
2492	2026-12-05 03:31:24.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	6cdbe93d-5ef5-4a60-afd5-4254f49bc865	4955300f476b947236ec610cfdc325716151bd9c61f9088c1e7003a55b95491f	150a06f49d6b32526cbe920065e0b73f57f7dc330e69dd03a370d7776f5d3e45
2493	2026-12-05 03:31:25.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ebdace1a-76c2-46e5-a280-735d630cb0b7	150a06f49d6b32526cbe920065e0b73f57f7dc330e69dd03a370d7776f5d3e45	a463c26fa1646d311f11c7f8127ab62eac0b8695fad85fdee598286f02f50f13
2494	2026-12-05 03:31:26.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	3a910fab-be08-40ca-a570-13b2082ae66a	a463c26fa1646d311f11c7f8127ab62eac0b8695fad85fdee598286f02f50f13	2858240270cab6d85b39830b24a39034065ae349115cadde3c17e81b2500b840
2495	2026-12-05 03:31:27.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ccedaa2-443a-4864-a190-ea59aa3c11c6	2858240270cab6d85b39830b24a39034065ae349115cadde3c17e81b2500b840	38a23c5ff1b228956145e5ee93321dfcc8352d6a2dc5ce1fe570c9c8fad80043
2496	2026-12-05 03:31:28.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	11b25b22-fb86-45d7-8a4f-1fb27d71d4d8	38a23c5ff1b228956145e5ee93321dfcc8352d6a2dc5ce1fe570c9c8fad80043	3ba0272c4557b4049fc72c2c9081848994c0b522970f140e3b4372ca03c0b37e
2497	2026-12-05 03:31:29.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	494be14b-429e-4191-b650-6fefd543cd75	3ba0272c4557b4049fc72c2c9081848994c0b522970f140e3b4372ca03c0b37e	e92d4e988c9d15670dd3a2ee11fcc692dc294ce6eb874517b4091bc8ac162c2f
2498	2026-12-05 03:31:30.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	532161ba-3a03-4f97-8a90-fd1947280779	e92d4e988c9d15670dd3a2ee11fcc692dc294ce6eb874517b4091bc8ac162c2f	8b23afda1ae13149dc942438458eef88666f5f7f692430b91a73c106aab73097
2499	2026-12-05 03:31:31.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	0a87b083-e1f4-443d-92ea-c3e48f68f624	8b23afda1ae13149dc942438458eef88666f5f7f692430b91a73c106aab73097	ea619a83999408b373b4fafe7dd125c6f2bdc63c7c0871d2c431edc7b88d8a5a
2500	2026-12-05 03:31:32.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	972c9abf-95c0-4e49-bfa4-09017729f414	ea619a83999408b373b4fafe7dd125c6f2bdc63c7c0871d2c431edc7b88d8a5a	b3f7e1812f04c367b65e94033a2ba3916203faacd4cd4055af6d1e42e94056e8
2501	2026-12-05 03:31:33.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7a535400-d7c1-4362-9709-248759c182e7	b3f7e1812f04c367b65e94033a2ba3916203faacd4cd4055af6d1e42e94056e8	6f6376ede99877d213a8e90677dca1e27ce68030d14576f325f8db0ef1a7257c
2502	2026-12-05 03:31:34.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	ca411f40-862f-4663-9210-09f5c32a251d	6f6376ede99877d213a8e90677dca1e27ce68030d14576f325f8db0ef1a7257c	4ef118e70e029691402708ff9889215a6202184b1cf629421567e7a0cb54b847
2503	2026-12-05 03:31:35.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7f0af379-9825-407d-acd9-452b8af29826	4ef118e70e029691402708ff9889215a6202184b1cf629421567e7a0cb54b847	cc1f18122943f8a2d7f459b1574bd35188b8e33bf2296b6fec10d9107298ec73
2504	2026-12-05 03:31:36.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	01eef640-9c89-4ecb-a6c1-167196474d01	cc1f18122943f8a2d7f459b1574bd35188b8e33bf2296b6fec10d9107298ec73	eefbd5b8289d710bfa86b9b7eb8db180e4b3519a5d947ef579a583dcf8d34a5e
2505	2026-12-05 03:31:37.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	29f8f2f0-3c64-406d-b08b-001bb8ee8e9e	eefbd5b8289d710bfa86b9b7eb8db180e4b3519a5d947ef579a583dcf8d34a5e	fb44ec866ce8bde423b3d68d1f35edf8e3216c7ca3e71a29de38c8a397bc37fc
2506	2026-12-05 03:31:38.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	021f3862-ee4f-42da-a945-6689ee7f5814	fb44ec866ce8bde423b3d68d1f35edf8e3216c7ca3e71a29de38c8a397bc37fc	a70ca5421b2e8723bfa996fe37fce157826cc49b20cbe60edad3908d41a3040f
2507	2026-12-05 03:31:39.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	bb55a92f-748c-437b-8bb8-74754c453fa3	a70ca5421b2e8723bfa996fe37fce157826cc49b20cbe60edad3908d41a3040f	11145ddb09474474228ad2bd3ca398955f2b01dfb7fb35f0fb7f3d34bd1f62b5
2508	2026-12-05 03:31:40.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	a8e4a73f-1476-4f44-b7f0-985f1dfb858d	11145ddb09474474228ad2bd3ca398955f2b01dfb7fb35f0fb7f3d34bd1f62b5	c916996087170eb47bd607cf33d0d8bc3e97ce491e1aaff73f2772f040392511
2509	2026-12-05 03:31:41.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	637f512d-1680-49f8-9834-d21f382007d3	c916996087170eb47bd607cf33d0d8bc3e97ce491e1aaff73f2772f040392511	6beb84ae8cdbd4fb9717f37038c52a9c42d2599f95f24ff9875e40238b5edf69
2510	2026-12-05 03:31:42.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	cc7bed4b-cf56-427f-8978-47fecccb947b	6beb84ae8cdbd4fb9717f37038c52a9c42d2599f95f24ff9875e40238b5edf69	8cfb275f3e6a6efc86acb1725aa428f882d1dd65e431f59f90688dd675749d11
2511	2026-12-05 03:31:43.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	eba23cc1-41b5-46b9-8ac4-1e24cf1d0b57	8cfb275f3e6a6efc86acb1725aa428f882d1dd65e431f59f90688dd675749d11	2dc0d1ebe878a0ee06cd14b325c3915ae0c67dfcdb331a679ec5178ad7f8defb
2512	2026-12-05 03:31:44.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	15bbc9a4-cd9f-47a7-a38f-8c52677a19b5	2dc0d1ebe878a0ee06cd14b325c3915ae0c67dfcdb331a679ec5178ad7f8defb	697f540a1864e472be467b6ca320ee4fba4a8515b44ecf6d7197bd5cb54d3b37
2513	2026-12-05 03:31:45.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	8ed71a8f-d51b-43e5-9ec3-d369844528fc	697f540a1864e472be467b6ca320ee4fba4a8515b44ecf6d7197bd5cb54d3b37	482bca0568dc95d6a0c31348093413092c912aade641e58757256bf451609705
2514	2026-12-05 03:31:46.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	317bc2a6-4c4e-46bc-bee7-3ec0b019d5ef	482bca0568dc95d6a0c31348093413092c912aade641e58757256bf451609705	db4534c5ef0f53104fb2f82ea1ca813483fa74fd57b3c543c1884ba06e558817
2515	2026-12-05 03:31:47.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	4a7dadda-964f-4a9d-a65d-6d07424c054e	db4534c5ef0f53104fb2f82ea1ca813483fa74fd57b3c543c1884ba06e558817	4efd0813c82a1d5b0087ea1605c3d97fbef6de113d2996709b09ce56565f0620
2516	2026-12-05 03:31:48.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7c065a4c-880f-48dc-98e9-0d9a5c0b235a	4efd0813c82a1d5b0087ea1605c3d97fbef6de113d2996709b09ce56565f0620	057b1c6097ea61896c4634033b3acad69f1d7f8e26b37011ef04e03c9fff32f3
2517	2026-12-05 03:31:49.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	aa822ae5-e712-4e4e-888e-e1c7982d03e4	057b1c6097ea61896c4634033b3acad69f1d7f8e26b37011ef04e03c9fff32f3	51a2e7a4a7a0f6bb8d73af8088d95d8fdf1bb5080d65c6e37760b7d9dc538bba
2518	2026-12-05 03:31:50.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	489f5bd6-2d7e-4b6e-8d0a-6739d37b9c09	51a2e7a4a7a0f6bb8d73af8088d95d8fdf1bb5080d65c6e37760b7d9dc538bba	674474b7f6ae74e8f6cb8bf57c69c32281f24acd2a61084878dcc549b4ba1b8c
2519	2026-12-05 03:31:51.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f5099c4c-b080-4bc6-8c7b-0a86692b2e38	674474b7f6ae74e8f6cb8bf57c69c32281f24acd2a61084878dcc549b4ba1b8c	d16dee4205e03bcd68f91da759fc2efdff120ec4f4dc7d90a8809db746ec6acc
2520	2026-12-05 03:31:52.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	678dbd43-700a-4240-b566-d26a360139e1	d16dee4205e03bcd68f91da759fc2efdff120ec4f4dc7d90a8809db746ec6acc	2937af17fe1deb42b63c59c8adb074ea5a5e8913833bfcc39ac065a10c744cfb
2521	2026-12-05 03:31:53.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	06ee08bd-dc0b-43bb-a728-f75e4c5cd3e7	2937af17fe1deb42b63c59c8adb074ea5a5e8913833bfcc39ac065a10c744cfb	47da8f02fe29cfb9cb4f6d4fc124e2787dd09a8b05a93349e8e1b9151f66eb51
2522	2026-12-05 03:31:54.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	492f11b7-34f0-4d19-a154-44d1a5c2c943	47da8f02fe29cfb9cb4f6d4fc124e2787dd09a8b05a93349e8e1b9151f66eb51	8782b8de9e28b0afbc5fdc0e0f2ccdb97bfc7fb97a8cd9c988b53070ec55b2a9
2523	2026-12-05 03:31:55.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	de76793c-44f0-457b-bbad-b4254aaed370	8782b8de9e28b0afbc5fdc0e0f2ccdb97bfc7fb97a8cd9c988b53070ec55b2a9	3dd38defc5360faa72ccf2bd79c9a46caa4b6807a51b1d4c2aa8c8f2e461b3ba
2524	2026-12-05 03:31:56.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f0f9467a-2243-4076-bd89-d4de2b74d386	3dd38defc5360faa72ccf2bd79c9a46caa4b6807a51b1d4c2aa8c8f2e461b3ba	31698fa9459001a961f2d562a36f9327555b80916da1a9e293b4a0554dee537d
2525	2026-12-05 03:31:57.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	d694c9cc-4987-4905-b673-66dd4c10559b	31698fa9459001a961f2d562a36f9327555b80916da1a9e293b4a0554dee537d	1c2e4239448a1c45fccb4d0ad8746e0402a9544195ba05f476644afe1b751192
2526	2026-12-05 03:31:58.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	5aa861ef-6bb0-4940-b291-f5aaaa1ed55a	1c2e4239448a1c45fccb4d0ad8746e0402a9544195ba05f476644afe1b751192	68213f7c8794a4e60f2ac4db2001e59537e9aae2da60059b14b32433062d8641
2527	2026-12-05 03:31:59.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	41cfc2bc-6fd5-4832-9655-a58409090729	68213f7c8794a4e60f2ac4db2001e59537e9aae2da60059b14b32433062d8641	ace7b6271e7f42074918996fb125cfe6dee8c85902cf6b0fbd6e7117428e6ec4
2528	2026-12-05 03:32:00.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	f7e4794e-6f62-4cae-92cc-397c3194a809	ace7b6271e7f42074918996fb125cfe6dee8c85902cf6b0fbd6e7117428e6ec4	933b03c5b365f537d6b0fd30cf867ed429cea1935f4203b438805af88e086d39
2529	2026-12-05 03:32:01.260883+00	4101	\N	open	meetings/board-2026/raw/a.wav	\N	ok	alice	read	7fd15672-a2b5-4554-b3f0-11d5a71a9c67	933b03c5b365f537d6b0fd30cf867ed429cea1935f4203b438805af88e086d39	ac589aa2ebaf2d762c71c2fac70c3587de96c657c6b3b94e45a5555fc554fa14
2530	2026-12-05 03:40:31.391354+00	4103	3	open	meetings/board-2026/artifacts/transcript.md	\N	ok	asr	write	260f2f83-c86c-42f0-a56b-72603234aa69	ac589aa2ebaf2d762c71c2fac70c3587de96c657c6b3b94e45a5555fc554fa14	5684bd1130c2be9098d1d82461cac7b8da6de168ea5bf4d6ce08ca2361559c9b
2531	2026-12-05 03:40:31.403499+00	4103	3	commit	meetings/board-2026/artifacts/transcript.md	0	ok	asr	e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855	033073ac-b392-4b1a-9166-b37e69ce0125	5684bd1130c2be9098d1d82461cac7b8da6de168ea5bf4d6ce08ca2361559c9b	f61bbd5b16ff147167c36c6c7a7d3128ac0fd6cb721c6c83232f78f1c25c6159
2532	2026-12-05 03:40:31.408485+00	4103	3	commit	meetings/board-2026/artifacts/transcript.md	34	ok	asr	bd00a8a5d98a15313b631fca54c0fcc86143ecf47699237dd5c9d0329f5d6d03	8b0df0a3-e791-45bc-85b9-f84678129b8f	f61bbd5b16ff147167c36c6c7a7d3128ac0fd6cb721c6c83232f78f1c25c6159	8695faec62ac469c8e825a14e5ffd0d035d5641ee7e52b28528f6b0a94b962f7
2533	2026-12-05 03:40:31.4128+00	4103	3	open	meetings/board-2026/artifacts/transcript.md	\N	ok	asr	read	8a89b50a-54cc-474a-9bfd-76d99ab53594	8695faec62ac469c8e825a14e5ffd0d035d5641ee7e52b28528f6b0a94b962f7	0b3cab67545f7fd8d728807f14cdb9db619cdc8c213583d658e3701b0a85ebaf
\.


--
-- Data for Name: cache; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.cache (key, meeting_id, value, file_id, expires_at, created_at, data) FROM stdin;
\.


--
-- Data for Name: file_links; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.file_links (id, file_id, parent_ino, name, temp_area_id, temp_dir_id, created_at) FROM stdin;
\.


--
-- Data for Name: file_versions; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.file_versions (id, file_id, parent_ino, name, area, meeting_id, user_id, temp_area_id, version, s3_key, size, etag, sha256, sse_key, mtime, replaced_at, mtime_nsec) FROM stdin;
1	3	288230376151711745	transcript.md	artifacts	1	\N	\N	5	meetings/board-2026/artifacts/3-5/transcript.md	26	7c8577a173111c1c06195d00e285e3a4	9d59883d4956b246a10cc222b190afa75264eb23e3623cf4e7b2c1c6ae2196c2	\N	2026-12-05 03:40:14.935916+00	2026-12-05 03:40:31.398704+00	430
\.


--
-- Data for Name: files; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.files (id, parent_ino, name, area, meeting_id, user_id, temp_area_id, temp_dir_id, s3_key, version, size, etag, sha256, content_type, status, mode, uid, gid, mtime, ctime, created_by, created_at, mount_id, sse_key, archived_at, kind, target, rdev, mtime_nsec, links, atime, atime_nsec) FROM stdin;
7	504403158265495553	link	temp	\N	\N	1	\N	\N	0	10	\N	\N	application/octet-stream	ready	511	4103	4103	2026-12-05 03:40:17.87189+00	2026-12-05 03:40:17.87189+00	3	2026-12-05 03:40:17.87189+00	\N	\N	\N	symlink	work/s.txt	0	0	1	2026-12-05 03:40:17.87189+00	0
1	144115188075855873	a.wav	raw	1	\N	\N	\N	meetings/board-2026/raw/1-3/a.wav	3	44	12e444d00d45a7019429e8d41b5fbbaf	c2914f773c19438ce7402612d68655989b9d4e30d405d25911846ca19163f341	application/octet-stream	ready	420	4101	4101	2026-12-05 03:40:14.911677+00	2026-12-05 03:40:14.91552+00	1	2026-12-05 03:40:14.675383+00	\N	\N	\N	file	\N	0	365	1	2026-12-05 03:40:14.675383+00	0
2	216172782113783809	a.flac	audio	1	\N	\N	\N	meetings/board-2026/audio/2-4/a.flac	4	16	06a97fbc6c0bc1c0ca7d76029cefef5a	5414cb49e05171adad86d80c0d1fdbe67c3e040b31d4c81840f0072dd4f6922f	application/octet-stream	ready	420	4103	4103	2026-12-05 03:40:14.925933+00	2026-12-05 03:40:14.92884+00	3	2026-12-05 03:40:14.92474+00	\N	\N	\N	file	\N	0	590	1	2026-12-05 03:40:14.92474+00	0
4	144115188075855874	rec.wav	raw	2	\N	\N	\N	meetings/standup-1/raw/4-6/rec.wav	6	18	829e5f15e3f6d7dc065e7a09eb027fff	b87df262908019267cf604bb5a3a663b46bf3bf5fbce6557ce2a4a180be91e07	application/octet-stream	ready	420	4102	4102	2026-12-05 03:40:14.952229+00	2026-12-05 03:40:14.955015+00	2	2026-12-05 03:40:14.951348+00	\N	\N	\N	file	\N	0	180	1	2026-12-05 03:40:14.951348+00	0
5	432345564227567617	voice.bin	profiles	\N	1	\N	\N	users/alice/profiles/5-7/voice.bin	7	25	b4f1e221c1be01753652276bf16bfef6	06b5471612a3e0e1c4d778a50d667e095ffe991ddbba6ac458aa951fbf84e61c	application/octet-stream	ready	420	4101	4101	2026-12-05 03:40:17.835333+00	2026-12-05 03:40:17.837878+00	1	2026-12-05 03:40:17.83406+00	\N	\N	\N	file	\N	0	241	1	2026-12-05 03:40:17.83406+00	0
6	576460752303423489	s.txt	temp	\N	\N	1	1	temp/job-7/6-8/s.txt	8	8	74188fc03e8f4afd03a39753b3c1bf19	a27110a155b1dd079db5ea8fee149a2b80019f48b359a7852f281a7720fe15a8	application/octet-stream	ready	384	4103	4103	2026-12-05 03:40:17.862266+00	2026-12-05 03:40:17.868292+00	3	2026-12-05 03:40:17.860239+00	\N	\N	\N	file	\N	0	243	1	2026-12-05 03:40:17.860239+00	0
3	288230376151711745	transcript.md	artifacts	1	\N	\N	\N	meetings/board-2026/artifacts/3-10/transcript.md	10	34	8dc6902c9981b2d62ca94b0d62224631	bd00a8a5d98a15313b631fca54c0fcc86143ecf47699237dd5c9d0329f5d6d03	application/octet-stream	ready	420	4103	4103	2026-12-05 03:40:31.403623+00	2026-12-05 03:40:31.406803+00	3	2026-12-05 03:40:14.934929+00	\N	\N	\N	file	\N	0	453	1	2026-12-05 03:40:14.934929+00	0
\.


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.jobs (id, kind, meeting_id, file_id, state, attempts, created_at, updated_at) FROM stdin;
1	transcribe	1	1	queued	0	2026-12-05 03:40:14.895901+00	2026-12-05 03:40:14.895901+00
2	transcribe	1	1	queued	0	2026-12-05 03:40:14.908276+00	2026-12-05 03:40:14.908276+00
3	transcribe	1	1	queued	0	2026-12-05 03:40:14.91552+00	2026-12-05 03:40:14.91552+00
4	transcribe	2	4	queued	0	2026-12-05 03:40:14.955015+00	2026-12-05 03:40:14.955015+00
\.


--
-- Data for Name: meeting_access; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.meeting_access (meeting_id, user_id, access, granted_at) FROM stdin;
1	2	read	2026-12-05 03:40:17.915829+00
2	1	write	2026-12-05 03:40:17.95305+00
\.


--
-- Data for Name: meetings; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.meetings (id, public_id, owner_id, title, status, mode, uid, gid, created_at, updated_at, legal_hold) FROM stdin;
1	board-2026	1		uploaded	493	4101	4101	2026-12-05 03:40:14.662785+00	2026-12-05 03:40:14.895901+00	f
2	standup-1	2		uploaded	493	4102	4102	2026-12-05 03:40:14.946128+00	2026-12-05 03:40:14.955015+00	f
\.


--
-- Data for Name: mounts; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.mounts (id, host, pid, pid_start, started_at, heartbeat_at) FROM stdin;
\.


--
-- Data for Name: object_trash; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.object_trash (key, trashed_at) FROM stdin;
meetings/board-2026/raw/1-1/a.wav	2026-12-05 03:40:14.908276+00
meetings/board-2026/raw/1-2/a.wav	2026-12-05 03:40:14.91552+00
meetings/board-2026/artifacts/3-9/transcript.md	2026-12-05 03:40:31.406803+00
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.schema_migrations (version, name, applied_at) FROM stdin;
1	initial schema	2026-12-05 03:40:09.182995+00
2	mount leases, upload reservations, bucket	2026-12-05 03:40:09.21198+00
3	sharing, hash-chained audit log	2026-12-05 03:40:09.217624+00
4	SSE-C key fingerprint of each file's object	2026-12-05 03:40:09.223209+00
5	temp areas keep their time-to-live	2026-12-05 03:40:09.227774+00
6	file versions, archive, legal hold	2026-12-05 03:40:09.228695+00
7	changes announced to every mount	2026-12-05 03:40:09.232924+00
8	a commit refused inside its own pipeline	2026-12-05 03:40:09.233998+00
9	temp areas as a POSIX file system: special nodes, nanosecond times, directory times	2026-12-05 03:40:09.234606+00
10	hard links in temp areas	2026-12-05 03:40:09.237529+00
11	access times of their own	2026-12-05 03:40:09.241314+00
\.


--
-- Data for Name: speakers; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.speakers (id, meeting_id, cluster_label, user_profile_id, confidence) FROM stdin;
\.


--
-- Data for Name: storage; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.storage (singleton, bucket) FROM stdin;
t	v11fixture
\.


--
-- Data for Name: temp_areas; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.temp_areas (id, public_id, owner_id, expires_at, mode, uid, gid, created_at, updated_at, ttl, ctime, mtime_nsec, atime, atime_nsec) FROM stdin;
1	job-7	3	2026-12-06 03:40:17.864803+00	493	4103	4103	2026-12-05 03:40:17.844977+00	2026-12-05 03:40:17.87189+00	24:00:00	2026-12-05 03:40:17.87189+00	0	2026-12-05 03:40:17.844977+00	0
\.


--
-- Data for Name: temp_dirs; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.temp_dirs (id, area_id, parent_ino, name, mode, uid, gid, created_at, updated_at, ctime, mtime_nsec, atime, atime_nsec) FROM stdin;
1	1	504403158265495553	work	493	4103	4103	2026-12-05 03:40:17.851836+00	2026-12-05 03:40:17.860239+00	2026-12-05 03:40:17.860239+00	0	2026-12-05 03:40:17.851836+00	0
\.


--
-- Data for Name: upload_reservations; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.upload_reservations (id, file_id, mount_id, s3_key, multipart_upload_id, created_at) FROM stdin;
\.


--
-- Data for Name: user_profiles; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.user_profiles (id, user_id, embedding, model, file_id, created_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.users (id, name, unix_uid, role, mode, uid, gid, created_at, updated_at) FROM stdin;
1	alice	4101	member	493	0	0	2026-12-05 03:40:09.294009+00	2026-12-05 03:40:09.294009+00
2	bob	4102	member	493	0	0	2026-12-05 03:40:09.330303+00	2026-12-05 03:40:09.330303+00
3	asr	4103	worker	493	0	0	2026-12-05 03:40:09.3655+00	2026-12-05 03:40:09.3655+00
4	ops	4104	admin	493	0	0	2026-12-05 03:40:09.400739+00	2026-12-05 03:40:09.400739+00
5	carol	4105	member	493	0	0	2026-12-05 03:40:17.990888+00	2026-12-05 03:40:17.990888+00
\.


--
-- Name: artifacts_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.artifacts_id_seq', 3, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.audit_log_id_seq', 2533, true);


--
-- Name: file_links_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.file_links_id_seq', 1, false);


--
-- Name: file_versions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.file_versions_id_seq', 1, true);


--
-- Name: files_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.files_id_seq', 7, true);


--
-- Name: jobs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.jobs_id_seq', 4, true);


--
-- Name: meetings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.meetings_id_seq', 2, true);


--
-- Name: speakers_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.speakers_id_seq', 1, false);


--
-- Name: temp_areas_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.temp_areas_id_seq', 1, true);


--
-- Name: temp_dirs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.temp_dirs_id_seq', 1, true);


--
-- Name: upload_reservations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.upload_reservations_id_seq', 10, true);


--
-- Name: user_profiles_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.user_profiles_id_seq', 1, false);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.users_id_seq', 5, true);


--
-- Name: artifacts artifacts_file_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artifacts
    ADD CONSTRAINT artifacts_file_id_key UNIQUE (file_id);


--
-- Name: artifacts artifacts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artifacts
    ADD CONSTRAINT artifacts_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_event_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_event_id_key UNIQUE (event_id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: cache cache_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_pkey PRIMARY KEY (key);


--
-- Name: file_links file_links_parent_ino_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links
    ADD CONSTRAINT file_links_parent_ino_name_key UNIQUE (parent_ino, name);


--
-- Name: file_links file_links_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links
    ADD CONSTRAINT file_links_pkey PRIMARY KEY (id);


--
-- Name: file_versions file_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions
    ADD CONSTRAINT file_versions_pkey PRIMARY KEY (id);


--
-- Name: file_versions file_versions_s3_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions
    ADD CONSTRAINT file_versions_s3_key_key UNIQUE (s3_key);


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: meeting_access meeting_access_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_pkey PRIMARY KEY (meeting_id, user_id);


--
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (id);


--
-- Name: meetings meetings_public_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_public_id_key UNIQUE (public_id);


--
-- Name: mounts mounts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mounts
    ADD CONSTRAINT mounts_pkey PRIMARY KEY (id);


--
-- Name: object_trash object_trash_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.object_trash
    ADD CONSTRAINT object_trash_pkey PRIMARY KEY (key);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: speakers speakers_meeting_id_cluster_label_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_meeting_id_cluster_label_key UNIQUE (meeting_id, cluster_label);


--
-- Name: speakers speakers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_pkey PRIMARY KEY (id);


--
-- Name: storage storage_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.storage
    ADD CONSTRAINT storage_pkey PRIMARY KEY (singleton);


--
-- Name: temp_areas temp_areas_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_areas
    ADD CONSTRAINT temp_areas_pkey PRIMARY KEY (id);


--
-- Name: temp_areas temp_areas_public_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_areas
    ADD CONSTRAINT temp_areas_public_id_key UNIQUE (public_id);


--
-- Name: temp_dirs temp_dirs_parent_ino_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_dirs
    ADD CONSTRAINT temp_dirs_parent_ino_name_key UNIQUE (parent_ino, name);


--
-- Name: temp_dirs temp_dirs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_dirs
    ADD CONSTRAINT temp_dirs_pkey PRIMARY KEY (id);


--
-- Name: upload_reservations upload_reservations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.upload_reservations
    ADD CONSTRAINT upload_reservations_pkey PRIMARY KEY (id);


--
-- Name: upload_reservations upload_reservations_s3_key_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.upload_reservations
    ADD CONSTRAINT upload_reservations_s3_key_key UNIQUE (s3_key);


--
-- Name: user_profiles user_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_pkey PRIMARY KEY (id);


--
-- Name: users users_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_name_key UNIQUE (name);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_unix_uid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_unix_uid_key UNIQUE (unix_uid);


--
-- Name: artifacts_meeting; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX artifacts_meeting ON public.artifacts USING btree (meeting_id, kind);


--
-- Name: audit_log_action; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_action ON public.audit_log USING btree (action, at);


--
-- Name: audit_log_at; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_at ON public.audit_log USING btree (at);


--
-- Name: audit_log_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audit_log_user ON public.audit_log USING btree (user_id, at);


--
-- Name: cache_expiry; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX cache_expiry ON public.cache USING btree (expires_at);


--
-- Name: file_links_file; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX file_links_file ON public.file_links USING btree (file_id);


--
-- Name: file_versions_meeting; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX file_versions_meeting ON public.file_versions USING btree (meeting_id) WHERE (meeting_id IS NOT NULL);


--
-- Name: file_versions_path; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX file_versions_path ON public.file_versions USING btree (parent_ino, name, replaced_at DESC);


--
-- Name: files_deleting_age; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_deleting_age ON public.files USING btree (ctime) WHERE (status = 'deleting'::text);


--
-- Name: files_meeting; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_meeting ON public.files USING btree (meeting_id) WHERE (meeting_id IS NOT NULL);


--
-- Name: files_s3_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_s3_key ON public.files USING btree (s3_key) WHERE (s3_key IS NOT NULL);


--
-- Name: files_sse_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_sse_key ON public.files USING btree (sse_key) WHERE (status = 'ready'::text);


--
-- Name: files_status_age; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_status_age ON public.files USING btree (status, created_at) WHERE (status <> 'ready'::text);


--
-- Name: files_temp_area; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_temp_area ON public.files USING btree (temp_area_id) WHERE (temp_area_id IS NOT NULL);


--
-- Name: files_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX files_user ON public.files USING btree (user_id) WHERE (user_id IS NOT NULL);


--
-- Name: files_visible_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX files_visible_name ON public.files USING btree (parent_ino, name) WHERE (status = 'ready'::text);


--
-- Name: jobs_file; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX jobs_file ON public.jobs USING btree (file_id);


--
-- Name: jobs_queue; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX jobs_queue ON public.jobs USING btree (state, created_at);


--
-- Name: meeting_access_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX meeting_access_user ON public.meeting_access USING btree (user_id);


--
-- Name: meetings_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX meetings_owner ON public.meetings USING btree (owner_id);


--
-- Name: object_trash_age; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX object_trash_age ON public.object_trash USING btree (trashed_at);


--
-- Name: temp_areas_expiry; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX temp_areas_expiry ON public.temp_areas USING btree (expires_at);


--
-- Name: temp_dirs_area; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX temp_dirs_area ON public.temp_dirs USING btree (area_id);


--
-- Name: upload_reservations_mount; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX upload_reservations_mount ON public.upload_reservations USING btree (mount_id);


--
-- Name: user_profiles_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_profiles_user ON public.user_profiles USING btree (user_id);


--
-- Name: audit_log audit_log_chain; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER audit_log_chain BEFORE INSERT ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_log_chain();


--
-- Name: file_links file_links_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER file_links_announce AFTER INSERT OR DELETE OR UPDATE ON public.file_links FOR EACH ROW EXECUTE FUNCTION public.meetingfs_announce_link();


--
-- Name: file_links file_links_count; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER file_links_count AFTER INSERT OR DELETE ON public.file_links FOR EACH ROW EXECUTE FUNCTION public.meetingfs_count_links();


--
-- Name: file_links file_links_names; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER file_links_names AFTER INSERT OR DELETE OR UPDATE OF parent_ino, name ON public.file_links FOR EACH ROW EXECUTE FUNCTION public.meetingfs_names_changed();


--
-- Name: files files_delete_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_delete_announce AFTER DELETE ON public.files FOR EACH ROW WHEN ((old.status = 'ready'::text)) EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: files files_insert_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_insert_announce AFTER INSERT ON public.files FOR EACH ROW WHEN ((new.status = 'ready'::text)) EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: files files_temp_names_delete; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_temp_names_delete AFTER DELETE ON public.files FOR EACH ROW WHEN ((old.area = 'temp'::text)) EXECUTE FUNCTION public.meetingfs_names_changed();


--
-- Name: files files_temp_names_insert; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_temp_names_insert AFTER INSERT ON public.files FOR EACH ROW WHEN ((new.area = 'temp'::text)) EXECUTE FUNCTION public.meetingfs_names_changed();


--
-- Name: files files_temp_names_update; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_temp_names_update AFTER UPDATE OF parent_ino, name, status ON public.files FOR EACH ROW WHEN ((old.area = 'temp'::text)) EXECUTE FUNCTION public.meetingfs_names_changed();


--
-- Name: files files_update_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER files_update_announce AFTER UPDATE ON public.files FOR EACH ROW WHEN (((old.status = 'ready'::text) OR (new.status = 'ready'::text))) EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: meetings meetings_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER meetings_announce AFTER INSERT OR DELETE OR UPDATE ON public.meetings FOR EACH ROW EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: temp_areas temp_areas_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER temp_areas_announce AFTER INSERT OR DELETE OR UPDATE ON public.temp_areas FOR EACH ROW EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: temp_dirs temp_dirs_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER temp_dirs_announce AFTER INSERT OR DELETE OR UPDATE ON public.temp_dirs FOR EACH ROW EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: temp_dirs temp_dirs_names; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER temp_dirs_names AFTER INSERT OR DELETE OR UPDATE OF parent_ino, name ON public.temp_dirs FOR EACH ROW EXECUTE FUNCTION public.meetingfs_names_changed();


--
-- Name: users users_announce; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER users_announce AFTER INSERT OR DELETE OR UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.meetingfs_announce();


--
-- Name: artifacts artifacts_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artifacts
    ADD CONSTRAINT artifacts_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.files(id) ON DELETE CASCADE;


--
-- Name: artifacts artifacts_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.artifacts
    ADD CONSTRAINT artifacts_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: cache cache_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.files(id) ON DELETE CASCADE;


--
-- Name: cache cache_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cache
    ADD CONSTRAINT cache_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: file_links file_links_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links
    ADD CONSTRAINT file_links_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.files(id) ON DELETE CASCADE;


--
-- Name: file_links file_links_temp_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links
    ADD CONSTRAINT file_links_temp_area_id_fkey FOREIGN KEY (temp_area_id) REFERENCES public.temp_areas(id) ON DELETE CASCADE;


--
-- Name: file_links file_links_temp_dir_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_links
    ADD CONSTRAINT file_links_temp_dir_id_fkey FOREIGN KEY (temp_dir_id) REFERENCES public.temp_dirs(id) ON DELETE CASCADE;


--
-- Name: file_versions file_versions_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions
    ADD CONSTRAINT file_versions_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: file_versions file_versions_temp_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions
    ADD CONSTRAINT file_versions_temp_area_id_fkey FOREIGN KEY (temp_area_id) REFERENCES public.temp_areas(id) ON DELETE CASCADE;


--
-- Name: file_versions file_versions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_versions
    ADD CONSTRAINT file_versions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: files files_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: files files_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: files files_mount_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_mount_id_fkey FOREIGN KEY (mount_id) REFERENCES public.mounts(id) ON DELETE SET NULL;


--
-- Name: files files_temp_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_temp_area_id_fkey FOREIGN KEY (temp_area_id) REFERENCES public.temp_areas(id) ON DELETE CASCADE;


--
-- Name: files files_temp_dir_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_temp_dir_id_fkey FOREIGN KEY (temp_dir_id) REFERENCES public.temp_dirs(id) ON DELETE CASCADE;


--
-- Name: files files_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.files
    ADD CONSTRAINT files_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: jobs jobs_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.files(id) ON DELETE CASCADE;


--
-- Name: jobs jobs_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jobs
    ADD CONSTRAINT jobs_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_access meeting_access_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_access meeting_access_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: meetings meetings_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: speakers speakers_meeting_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_meeting_id_fkey FOREIGN KEY (meeting_id) REFERENCES public.meetings(id) ON DELETE CASCADE;


--
-- Name: speakers speakers_user_profile_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.speakers
    ADD CONSTRAINT speakers_user_profile_id_fkey FOREIGN KEY (user_profile_id) REFERENCES public.user_profiles(id) ON DELETE SET NULL;


--
-- Name: temp_areas temp_areas_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_areas
    ADD CONSTRAINT temp_areas_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: temp_dirs temp_dirs_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.temp_dirs
    ADD CONSTRAINT temp_dirs_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.temp_areas(id) ON DELETE CASCADE;


--
-- Name: upload_reservations upload_reservations_mount_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.upload_reservations
    ADD CONSTRAINT upload_reservations_mount_id_fkey FOREIGN KEY (mount_id) REFERENCES public.mounts(id) ON DELETE SET NULL;


--
-- Name: user_profiles user_profiles_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.files(id) ON DELETE SET NULL;


--
-- Name: user_profiles user_profiles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_profiles
    ADD CONSTRAINT user_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: pg_database_owner
--

GRANT USAGE ON SCHEMA public TO meetingfs_mount;


--
-- Name: TABLE audit_log; Type: ACL; Schema: public; Owner: postgres
--

GRANT INSERT ON TABLE public.audit_log TO meetingfs_mount;


--
-- Name: TABLE artifacts; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.artifacts TO meetingfs_mount;


--
-- Name: SEQUENCE artifacts_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.artifacts_id_seq TO meetingfs_mount;


--
-- Name: SEQUENCE audit_log_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.audit_log_id_seq TO meetingfs_mount;


--
-- Name: TABLE cache; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.cache TO meetingfs_mount;


--
-- Name: TABLE file_links; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.file_links TO meetingfs_mount;


--
-- Name: SEQUENCE file_links_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.file_links_id_seq TO meetingfs_mount;


--
-- Name: TABLE file_versions; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.file_versions TO meetingfs_mount;


--
-- Name: SEQUENCE file_versions_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.file_versions_id_seq TO meetingfs_mount;


--
-- Name: TABLE files; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.files TO meetingfs_mount;


--
-- Name: SEQUENCE files_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.files_id_seq TO meetingfs_mount;


--
-- Name: TABLE jobs; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.jobs TO meetingfs_mount;


--
-- Name: SEQUENCE jobs_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.jobs_id_seq TO meetingfs_mount;


--
-- Name: TABLE meeting_access; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.meeting_access TO meetingfs_mount;


--
-- Name: TABLE meetings; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.meetings TO meetingfs_mount;


--
-- Name: SEQUENCE meetings_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.meetings_id_seq TO meetingfs_mount;


--
-- Name: TABLE mounts; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.mounts TO meetingfs_mount;


--
-- Name: TABLE object_trash; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.object_trash TO meetingfs_mount;


--
-- Name: TABLE schema_migrations; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.schema_migrations TO meetingfs_mount;


--
-- Name: TABLE speakers; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.speakers TO meetingfs_mount;


--
-- Name: SEQUENCE speakers_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.speakers_id_seq TO meetingfs_mount;


--
-- Name: TABLE storage; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.storage TO meetingfs_mount;


--
-- Name: TABLE temp_areas; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.temp_areas TO meetingfs_mount;


--
-- Name: SEQUENCE temp_areas_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.temp_areas_id_seq TO meetingfs_mount;


--
-- Name: TABLE temp_dirs; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.temp_dirs TO meetingfs_mount;


--
-- Name: SEQUENCE temp_dirs_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.temp_dirs_id_seq TO meetingfs_mount;


--
-- Name: TABLE upload_reservations; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.upload_reservations TO meetingfs_mount;


--
-- Name: SEQUENCE upload_reservations_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.upload_reservations_id_seq TO meetingfs_mount;


--
-- Name: TABLE user_profiles; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.user_profiles TO meetingfs_mount;


--
-- Name: SEQUENCE user_profiles_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.user_profiles_id_seq TO meetingfs_mount;


--
-- Name: TABLE users; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.users TO meetingfs_mount;


--
-- Name: SEQUENCE users_id_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.users_id_seq TO meetingfs_mount;


--
-- PostgreSQL database dump complete
--

\unrestrict GLBzCQN2lpLBMeTaB4pdaPjHI9bbHxgPra82esFmRzbVHpo2KFupkz69wRegrxz

