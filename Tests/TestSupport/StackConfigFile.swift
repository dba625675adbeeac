import Foundation

/// The dev stack's settings written as a config file (mode 0600: it holds the S3 secret and a password), as an
/// admin would write /etc/meetingfs/config.yaml.
public enum StackConfigFile {
    /// Variables the file replaces: a command run without them gets its settings from the file alone.
    public static let variables = ["MEETINGFS_POSTGRES_URL", "MEETINGFS_S3_ENDPOINT", "MEETINGFS_S3_BUCKET", "MEETINGFS_S3_ACCESS_KEY",
                                   "MEETINGFS_S3_SECRET_KEY", "MEETINGFS_S3_CA_FILE", "MEETINGFS_CACHE_DIR", "MEETINGFS_STATE_DIR",
                                   "MEETINGFS_REDIS_URL"]

    /// `env -u` for each of `variables`.
    public static var withoutVariables: String { "env " + variables.map { "-u \($0)" }.joined(separator: " ") }

    public static func write(extra: String = "") throws -> String {
        let env = TestStack.environment
        func quoted(_ variable: String) throws -> String {
            guard let value = env[variable] else { throw TestStack.Missing() }
            return "'\(value)'"
        }
        let path = TestStack.scratchDirectory("config").appendingPathComponent("config.yaml").path
        try """
            postgres: { url: \(try quoted("MEETINGFS_POSTGRES_URL")) }
            s3:
              endpoint: \(try quoted("MEETINGFS_S3_ENDPOINT"))
              bucket: \(try quoted("MEETINGFS_S3_BUCKET"))
              access_key: \(try quoted("MEETINGFS_S3_ACCESS_KEY"))
              secret_key: \(try quoted("MEETINGFS_S3_SECRET_KEY"))
              ca_file: \(try quoted("MEETINGFS_S3_CA_FILE"))
            state_dir: \(try quoted("MEETINGFS_STATE_DIR"))
            cache: { dir: '\(TestStack.scratchDirectory("cache").path)' }
            \(extra)
            """.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        return path
    }
}
