/// Migration 5 (Migrations.all).
enum SchemaV5 {
    /// Temp areas expire a time-to-live after their last write (issue 10): the area keeps the time-to-live it was
    /// made with, and every commit in it moves expires_at on by that much.
    static let sql = """
        ALTER TABLE temp_areas ADD COLUMN ttl interval NOT NULL DEFAULT interval '24 hours';
        """
}
