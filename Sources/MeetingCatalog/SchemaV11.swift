/// Migration 11 (Migrations.all).
enum SchemaV11 {
    /// Access times of their own (issue 13): utimensat may set atime and mtime apart, and UTIME_OMIT keeps either.
    /// A node's atime is its creation time until utimensat sets it; reads do not move it (as mount -o noatime),
    /// which would cost a database write per read. Meetings and users keep none: their atime is their mtime.
    static let sql = """
        ALTER TABLE files
            ADD COLUMN atime timestamptz,
            ADD COLUMN atime_nsec integer NOT NULL DEFAULT 0 CHECK (atime_nsec BETWEEN 0 AND 999);
        ALTER TABLE temp_areas
            ADD COLUMN atime timestamptz,
            ADD COLUMN atime_nsec integer NOT NULL DEFAULT 0 CHECK (atime_nsec BETWEEN 0 AND 999);
        ALTER TABLE temp_dirs
            ADD COLUMN atime timestamptz,
            ADD COLUMN atime_nsec integer NOT NULL DEFAULT 0 CHECK (atime_nsec BETWEEN 0 AND 999);
        UPDATE files SET atime = mtime, atime_nsec = mtime_nsec;
        UPDATE temp_areas SET atime = updated_at, atime_nsec = mtime_nsec;
        UPDATE temp_dirs SET atime = updated_at, atime_nsec = mtime_nsec;
        ALTER TABLE files ALTER COLUMN atime SET NOT NULL, ALTER COLUMN atime SET DEFAULT now();
        ALTER TABLE temp_areas ALTER COLUMN atime SET NOT NULL, ALTER COLUMN atime SET DEFAULT now();
        ALTER TABLE temp_dirs ALTER COLUMN atime SET NOT NULL, ALTER COLUMN atime SET DEFAULT now();
        """
}
