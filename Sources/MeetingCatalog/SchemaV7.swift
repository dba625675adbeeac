/// Migration 7 (Migrations.all).
enum SchemaV7 {
    /// Coherence between mounts (issue 12): every committed change to a row that names something in the tree is
    /// announced on the channel `meetingfs_changes`. PostgreSQL delivers a NOTIFY only when its transaction
    /// commits, so a mount never hears of a change it could not yet read.
    static let sql = """
        CREATE FUNCTION meetingfs_announce() RETURNS trigger LANGUAGE plpgsql AS $$
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

        -- Only files other mounts can see: a row is visible once 'ready' (while uploading only its writer lists
        -- it, and once 'deleting' nobody does), so a create announces its commit, not its insert.
        CREATE TRIGGER files_insert_announce AFTER INSERT ON files
            FOR EACH ROW WHEN (NEW.status = 'ready') EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER files_update_announce AFTER UPDATE ON files
            FOR EACH ROW WHEN (OLD.status = 'ready' OR NEW.status = 'ready') EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER files_delete_announce AFTER DELETE ON files
            FOR EACH ROW WHEN (OLD.status = 'ready') EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER temp_dirs_announce AFTER INSERT OR UPDATE OR DELETE ON temp_dirs
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER meetings_announce AFTER INSERT OR UPDATE OR DELETE ON meetings
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER temp_areas_announce AFTER INSERT OR UPDATE OR DELETE ON temp_areas
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce();
        CREATE TRIGGER users_announce AFTER INSERT OR UPDATE OR DELETE ON users
            FOR EACH ROW EXECUTE FUNCTION meetingfs_announce();
        """
}
