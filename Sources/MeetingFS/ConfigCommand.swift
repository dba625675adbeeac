import ArgumentParser
import Foundation
import MeetingOperations

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Show the settings in effect.",
        discussion: "Example: meetingfs config show --json", subcommands: [Show.self, Get.self])

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one setting's value in effect (its default if nothing sets it); secrets masked.",
            discussion: "Example: meetingfs config get schedule.backup --config /etc/meetingfs/config.yaml")

        @Argument(help: "The setting's key, as in the config file (e.g. schedule.gc).") var key: String
        @OptionGroup var stack: StackOptions

        func run() throws {
            guard let line = try Show.lines(stack).first(where: { $0.setting == key }) else {
                throw ValidationError("'\(key)' is not a setting (see meetingfs config show)")
            }
            guard line.from != "unset" else { throw CommandError("\(key) is not set and has no default") }
            print(line.value)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print every setting's value in effect and where it came from (flag, env, file, default); secrets masked.",
            discussion: "Example: meetingfs config show --config /etc/meetingfs/config.yaml")

        @OptionGroup var stack: StackOptions
        @Flag(help: "Print the settings as JSON.") var json = false

        struct Line: Codable {
            let setting: String
            let value: String
            let from: String
        }

        func run() throws {
            let lines = try Self.lines(stack)
            if json { return try printJSON(lines) }
            print(table(["SETTING", "FROM", "VALUE"], lines.map { [$0.setting, $0.from, $0.value] }))
        }

        /// Every setting in effect, with where it came from.
        static func lines(_ stack: StackOptions) throws -> [Line] {
            var lines: [Line] = []
            for (variable, key) in StackOptions.fileKeys.sorted(by: { $0.value < $1.value }) {
                let flag = Self.flag(for: variable, stack)
                let value = try stack.value(flag, variable)
                lines.append(Line(setting: key, value: value.map { Self.masked(key, $0) } ?? Self.defaults[key] ?? "-",
                                  from: value == nil ? (Self.defaults[key] == nil ? "unset" : "default") : try stack.source(flag, variable)))
            }
            let file = try stack.configFile()
            for key in ConfigFile.settings.keys.filter({ $0.hasPrefix("mount.") || $0 == "s3.sse_c_old_key_files" }).sorted() {
                let value = file?.values[key] ?? file?.lists[key]?.joined(separator: ",")
                lines.append(Line(setting: key, value: value ?? Self.defaults[key] ?? "-", from: value == nil ? "default" : "file \(file!.path)"))
            }
            let policy = try stack.policy()
            let from = file.map { "file \($0.path)" } ?? "default"
            lines.append(Line(setting: "lifecycle.gc_interval", value: "\(Int(policy.gcInterval))s", from: from))
            lines.append(Line(setting: "lifecycle.deletion_grace", value: "\(Int(policy.deletionGrace))s", from: from))
            lines.append(Line(setting: "lifecycle.temp.ttl", value: "\(Int(policy.tempTTL))s", from: from))
            for area in ["raw", "audio", "artifacts", "profiles", "temp"] {
                let rule = policy.rule(area)
                let retention = [rule.archiveAfter.map { "archive_after \(Int($0))s" }, rule.deleteAfter.map { "delete_after \(Int($0))s" }]
                    .compactMap { $0 } + ["keep_versions \(rule.keepVersions)"]
                lines.append(Line(setting: "lifecycle.\(area)", value: retention.joined(separator: ", "), from: from))
            }
            return lines
        }

        /// What applies when nothing sets a key.
        static let defaults = [
            "cache.dir": "~/.cache/meetingfs", "cache.size": "10G", "cache.key_file": "<state_dir>/cache.key",
            "links.key_file": "<state_dir>/link.key", "state_dir": "~/.local/state/meetingfs", "s3.timeout": "30",
            "require_tls": "false", "mount.attr_timeout": "60", "mount.read_buffer_mib": "256", "mount.read_ahead_kb": "4096",
            "mount.threads": "16", "mount.log_level": "info", "mount.log_file": "<cache.dir>/meetingfs.log", "mount.log_max_size": "16M",
            "backup.key_file": "<state_dir>/backup.key", "maintain.prune_after": "30d", "maintain.reindex_bloat": "50",
            "schedule.gc": "hourly", "schedule.backup": "*-*-* 02:00:00", "schedule.backup_verify": "*-*-* 05:00:00",
            "schedule.restore_drill": "Sun *-*-* 06:00:00", "schedule.maintain": "*-*-* 03:30:00",
        ].merging(BackupRetention.standard.settings) { first, _ in first }

        /// The flag given for a variable, if any.
        private static func flag(for variable: String, _ stack: StackOptions) -> String? {
            switch variable {
            case "MEETINGFS_POSTGRES_URL": return stack.postgresURL
            case "MEETINGFS_POSTGRES_PASSWORD_FILE": return stack.postgresPasswordFile
            case "MEETINGFS_S3_ENDPOINT": return stack.s3Endpoint
            case "MEETINGFS_S3_BUCKET": return stack.s3Bucket
            case "MEETINGFS_S3_ACCESS_KEY": return stack.s3AccessKey
            case "MEETINGFS_S3_SECRET_KEY": return stack.s3SecretKey
            case "MEETINGFS_S3_SECRET_KEY_FILE": return stack.s3SecretKeyFile
            case "MEETINGFS_S3_TIMEOUT": return stack.s3Timeout.map { String($0) }
            case "MEETINGFS_S3_CA_FILE": return stack.s3CAFile
            case "MEETINGFS_SSE_C_KEY_FILE": return stack.sseCKeyFile
            case "MEETINGFS_REQUIRE_TLS": return stack.requireTLS ? "true" : nil
            case "MEETINGFS_CACHE_DIR": return stack.cacheDir
            case "MEETINGFS_CACHE_SIZE": return stack.cacheSize
            case "MEETINGFS_CACHE_KEY_FILE": return stack.cacheKeyFile
            case "MEETINGFS_STATE_DIR": return stack.stateDir
            case "MEETINGFS_LINK_BASE_URL": return stack.linkBaseURL
            case "MEETINGFS_LINK_KEY_FILE": return stack.linkKeyFile
            default: return nil
            }
        }

        /// Secrets never printed: the S3 secret key, and the password of a URL.
        static func masked(_ key: String, _ value: String) -> String {
            if key == "s3.secret_key" { return "********" }
            return key.hasSuffix("url") ? Settings.redacted(value) : value
        }
    }
}
