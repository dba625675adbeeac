import MeetingCatalog

/// What in a database runs as, or belongs to, a superuser: every SECURITY DEFINER function outside the system
/// schemas that a superuser owns or whose search_path does not end with pg_temp, and anything in schema public
/// (or the database itself) that a superuser owns. Empty is what docs/security.md promises.
public enum SuperuserFindings {
    public static func of(_ pool: PostgresPool) throws -> [String] {
        var findings: [String] = []
        let definers = try pool.read("""
            SELECT p.oid::regprocedure::text AS name, r.rolsuper, coalesce(array_to_string(p.proconfig, ';'), '') AS config
            FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            """).all
        if definers.isEmpty { findings.append("no SECURITY DEFINER function: the audit chain's trigger should be one") }
        for function in definers {
            let name = function.string("name")
            if function.string("rolsuper") == "t" { findings.append("\(name) belongs to a superuser") }
            let searchPath = function.string("config").split(separator: ";").first { $0.hasPrefix("search_path=") }
                .map { $0.dropFirst("search_path=".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
            if searchPath?.last != "pg_temp" { findings.append("\(name) does not search pg_temp last: \(function.string("config"))") }
        }
        findings += try pool.read("""
            SELECT 'table ' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_roles r ON r.oid = c.relowner WHERE n.nspname = 'public' AND r.rolsuper
            UNION ALL SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                JOIN pg_roles r ON r.oid = p.proowner WHERE n.nspname = 'public' AND r.rolsuper
            UNION ALL SELECT 'database ' || d.datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
                WHERE d.datname = current_database() AND r.rolsuper
            """).all.map { "\($0.string("name")) belongs to a superuser" }
        return findings
    }
}
