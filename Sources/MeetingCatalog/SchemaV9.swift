import MeetingCore

/// Migration 9 (Migrations.all).
enum SchemaV9 {
    /// Temp areas as a POSIX file system (issue 13):
    /// - a files row may be a node with no bytes of its own (a symbolic link, a FIFO, a socket, a device), in temp
    ///   areas only;
    /// - times keep nanoseconds (timestamptz keeps microseconds; the rest is a column of its own);
    /// - temp directories have a ctime, and their mtime and ctime follow every change of the names they list, as a
    ///   local disk's do.
    static let sql = """
        ALTER TABLE files
            ADD COLUMN kind text NOT NULL DEFAULT 'file'
                CHECK (kind IN ('file', 'symlink', 'fifo', 'socket', 'chardev', 'blockdev')),
            ADD COLUMN target text CHECK (octet_length(target) BETWEEN 1 AND 4095),
            ADD COLUMN rdev bigint NOT NULL DEFAULT 0,
            ADD COLUMN mtime_nsec integer NOT NULL DEFAULT 0 CHECK (mtime_nsec BETWEEN 0 AND 999),
            ADD CONSTRAINT files_special_in_temp CHECK (kind = 'file' OR area = 'temp'),
            ADD CONSTRAINT files_symlink_target CHECK ((kind = 'symlink') = (target IS NOT NULL)),
            DROP CONSTRAINT files_check4,
            ADD CONSTRAINT files_ready_has_object
                CHECK (status <> 'ready' OR kind <> 'file' OR (s3_key IS NOT NULL AND etag IS NOT NULL));
        ALTER TABLE file_versions ADD COLUMN mtime_nsec integer NOT NULL DEFAULT 0;

        ALTER TABLE temp_areas
            ADD COLUMN ctime timestamptz NOT NULL DEFAULT now(),
            ADD COLUMN mtime_nsec integer NOT NULL DEFAULT 0 CHECK (mtime_nsec BETWEEN 0 AND 999);
        ALTER TABLE temp_dirs
            ADD COLUMN ctime timestamptz NOT NULL DEFAULT now(),
            ADD COLUMN mtime_nsec integer NOT NULL DEFAULT 0 CHECK (mtime_nsec BETWEEN 0 AND 999);
        UPDATE temp_areas SET ctime = updated_at;
        UPDATE temp_dirs SET ctime = updated_at;

        -- A temp directory's mtime and ctime become now: a name in it appeared, vanished or changed what it names.
        -- Its inode is derived (Node.ino: kind 7 temp area, 8 nested directory, in the top byte).
        CREATE FUNCTION meetingfs_touch_temp_dirs(inos bigint[]) RETURNS void LANGUAGE sql AS $$
            UPDATE temp_areas SET updated_at = now(), mtime_nsec = 0, ctime = now()
                WHERE id IN (SELECT ino & ((1::bigint << 56) - 1) FROM unnest(inos) ino WHERE ino >> 56 = 7);
            UPDATE temp_dirs SET updated_at = now(), mtime_nsec = 0, ctime = now()
                WHERE id IN (SELECT ino & ((1::bigint << 56) - 1) FROM unnest(inos) ino WHERE ino >> 56 = 8);
        $$;

        -- A file's name is taken from its create (its writer lists it at once) until it is unlinked; a directory,
        -- which has no status, always. A change that moves a name without changing what is listed sets
        -- meetingfs.quiet_names for its transaction.
        CREATE FUNCTION meetingfs_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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

        CREATE TRIGGER files_temp_names_insert AFTER INSERT ON files
            FOR EACH ROW WHEN (NEW.area = 'temp') EXECUTE FUNCTION meetingfs_names_changed();
        CREATE TRIGGER files_temp_names_update AFTER UPDATE OF parent_ino, name, status ON files
            FOR EACH ROW WHEN (OLD.area = 'temp') EXECUTE FUNCTION meetingfs_names_changed();
        CREATE TRIGGER files_temp_names_delete AFTER DELETE ON files
            FOR EACH ROW WHEN (OLD.area = 'temp') EXECUTE FUNCTION meetingfs_names_changed();
        CREATE TRIGGER temp_dirs_names AFTER INSERT OR DELETE OR UPDATE OF parent_ino, name ON temp_dirs
            FOR EACH ROW EXECUTE FUNCTION meetingfs_names_changed();
        """
}
