/// Migration 8 (Migrations.all).
enum SchemaV8 {
    /// The commit in one round trip (issue 12): the statement that checks a commit may happen refuses it by raising
    /// an error, so PostgreSQL skips the rest of the pipeline, COMMIT included, and nothing of it takes effect.
    static let sql = """
        CREATE FUNCTION meetingfs_refuse(state text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF state IS NOT NULL THEN
                RAISE EXCEPTION USING ERRCODE = state, MESSAGE = 'commit refused (' || state || ')';
            END IF;
        END $$;
        """
}
