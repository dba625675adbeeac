/// Migration 10 (Migrations.all).
enum SchemaV10 {
    /// Hard links in temp areas (issue 13): a file row keeps its first name; every further name is a row of
    /// file_links. files.links counts them all, kept by the triggers here, so stat needs no count.
    static let sql = """
        CREATE TABLE file_links (
            id bigserial PRIMARY KEY,
            file_id bigint NOT NULL REFERENCES files (id) ON DELETE CASCADE,
            parent_ino bigint NOT NULL,
            name text NOT NULL CHECK (octet_length(name) BETWEEN 1 AND 255),
            temp_area_id bigint NOT NULL REFERENCES temp_areas (id) ON DELETE CASCADE,
            temp_dir_id bigint REFERENCES temp_dirs (id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL DEFAULT now(),
            UNIQUE (parent_ino, name)
        );
        CREATE INDEX file_links_file ON file_links (file_id);
        ALTER TABLE files ADD COLUMN links integer NOT NULL DEFAULT 1 CHECK (links >= 1);

        -- A name more or less: the file's link count and ctime follow (a cascade that removes the file too finds
        -- no row to change).
        CREATE FUNCTION meetingfs_count_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE files SET links = links + 1, ctime = now() WHERE id = NEW.file_id;
            ELSE
                UPDATE files SET links = links - 1, ctime = now() WHERE id = OLD.file_id;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER file_links_count AFTER INSERT OR DELETE ON file_links
            FOR EACH ROW EXECUTE FUNCTION meetingfs_count_links();
        CREATE TRIGGER file_links_names AFTER INSERT OR DELETE OR UPDATE OF parent_ino, name ON file_links
            FOR EACH ROW EXECUTE FUNCTION meetingfs_names_changed();

        -- The first name of a file with more names goes: the oldest further name becomes its first. Only the
        -- directory that lost a name changes its times; the heir's directory lists what it listed before, so the
        -- name triggers are quiet for the move (a setting of this transaction).
        CREATE FUNCTION meetingfs_promote_heir(file bigint) RETURNS boolean LANGUAGE plpgsql AS $$
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


        -- Other mounts hear of a link's name as of a change of its file (SchemaV7's announcement).
        CREATE FUNCTION meetingfs_announce_link() RETURNS trigger LANGUAGE plpgsql AS $$
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
        CREATE TRIGGER file_links_announce AFTER INSERT OR UPDATE OR DELETE ON file_links
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce_link();
        """
}
