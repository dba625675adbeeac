/// Migration 4 (Migrations.all).
enum SchemaV4 {
    /// Customer-held keys (issue 9): each file row names the SSE-C key its object was written with, by
    /// fingerprint (NULL: written without SSE-C), so that `meetingfs rekey` knows what is left to re-encrypt.
    static let sql = """
        ALTER TABLE files ADD COLUMN sse_key text;
        CREATE INDEX files_sse_key ON files (sse_key) WHERE status = 'ready';
        -- Linux uids go up to 2^32 - 2: an integer column refused the upper half.
        ALTER TABLE audit_log ALTER COLUMN uid TYPE bigint;
        """
}
