import Foundation
import Synchronization
import Yams
import MeetingCatalog
import MeetingCore

/// The config file (YAML): every setting a flag or a MEETINGFS_* variable can give, and the lifecycle policy.
/// A flag beats the environment, which beats this file, which beats the default. A key the file does not know, or a
/// value of the wrong kind, is one error naming the file and the key. docs/operations.md shows a whole file.
public struct ConfigFile: Sendable {
    public enum Kind: Sendable {
        case text, secret, path, size, seconds, duration, count, flag, list
    }

    /// Every setting the file may hold, by dotted key.
    public static let settings: [String: Kind] = [
        "postgres.url": .text, "postgres.password_file": .path,
        "postgres.failover_timeout": .seconds, "seaweedfs.masters": .text, "seaweedfs.weed_binary": .path, "s3.endpoint": .text, "s3.link_endpoint": .text, "s3.bucket": .text, "s3.access_key": .text, "s3.secret_key": .secret,
        "s3.secret_key_file": .path, "s3.timeout": .seconds, "s3.ca_file": .path, "s3.sse_c_key_file": .path,
        "s3.sse_c_old_key_files": .list, "require_tls": .flag,
        "cache.dir": .path, "cache.size": .size, "cache.keep_free": .text, "cache.key_file": .path, "cache.artifact_ttl": .duration, "state_dir": .path,
        "links.base_url": .text, "links.key_file": .path, "redis_url": .text,
        "mount.attr_timeout": .seconds, "mount.read_buffer_mib": .count, "mount.read_ahead_kb": .count,
        "mount.threads": .count, "mount.log_level": .text, "mount.log_file": .path, "mount.log_max_size": .size,
        "mount.options": .list, "mount.metrics_listen": .text, "mount.capacity": .size, "mount.point": .path,
        "postgres.owner_url": .text, "postgres.owner_password_file": .path, "metrics.textfile_dir": .path,
        "backup.target": .text, "backup.key_file": .path, "backup.keep_last": .count, "backup.keep_daily": .count,
        "backup.keep_weekly": .count, "backup.keep_monthly": .count, "backup.drill_sample": .count,
        "maintain.prune_after": .duration, "maintain.reindex_bloat": .count,
        "schedule.gc": .text, "schedule.backup": .text, "schedule.backup_verify": .text, "schedule.restore_drill": .text,
        "schedule.maintain": .text,
    ]

    public let path: String
    public let values: [String: String]
    public let lists: [String: [String]]
    public let lifecycle: LifecyclePolicy
    /// The processing stages (`pipeline:`), the standard three without one.
    public let pipeline: Pipeline

    private static let readFiles = Mutex<[String: ConfigFile]>([:])

    /// The file at `path`, read once per process (every setting of a command comes from the same reading).
    public static func cached(_ path: String) throws -> ConfigFile {
        if let known = readFiles.withLock({ $0[path] }) { return known }
        let file = try load(path)
        readFiles.withLock { $0[path] = file }
        return file
    }

    public static func load(_ path: String) throws -> ConfigFile {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ConfigError("\(path): cannot read the config file")
        }
        let file = try parse(text, source: path)
        var info = stat()
        if file.holdsSecrets, stat(path, &info) == 0, info.st_mode & 0o077 != 0 {
            throw ConfigError("\(path) holds a secret and is readable by group or others (mode \(String(info.st_mode & 0o777, radix: 8))): chmod 600 it")
        }
        return file
    }

    package static func parse(_ text: String, source: String) throws -> ConfigFile {
        let root: Yams.Node?
        do { root = try Yams.compose(yaml: text) } catch { throw ConfigError("\(source): not valid YAML: \(error)") }
        var values: [String: String] = [:], lists: [String: [String]] = [:]
        var lifecycle = LifecyclePolicy()
        var pipeline = Pipeline.standard
        if let root {
            let document = try ConfigSection(root, path: "", source: source)
            for (key, node) in document.pairs {
                if key == "lifecycle" {
                    lifecycle = try LifecyclePolicy.parse(try document.section("lifecycle"))
                } else if key == "pipeline" {
                    pipeline = try Pipeline.parse(node, source: source)
                } else {
                    try collect(node, key: key, in: document, values: &values, lists: &lists)
                }
            }
        }
        return ConfigFile(path: source, values: values, lists: lists, lifecycle: lifecycle, pipeline: pipeline)
    }

    /// Walks a subtree down to its settings, checking each key and value.
    private static func collect(_ node: Yams.Node, key: String, in parent: ConfigSection,
                                values: inout [String: String], lists: inout [String: [String]]) throws {
        let dotted = parent.path.isEmpty ? key : "\(parent.path).\(key)"
        if node.mapping != nil, settings[dotted] == nil, settings.keys.contains(where: { $0.hasPrefix(dotted + ".") }) {
            let section = try ConfigSection(node, path: dotted, source: parent.source)
            for (child, value) in section.pairs { try collect(value, key: child, in: section, values: &values, lists: &lists) }
            return
        }
        guard let kind = settings[dotted] else {
            let known = settings.keys.filter { $0.hasPrefix(parent.path.isEmpty ? "" : parent.path + ".") }.sorted()
            throw parent.error(key, "is not a known key (known: \(known.joined(separator: ", ")), lifecycle, pipeline)")
        }
        if kind == .list {
            guard let items = node.sequence?.map({ $0.scalar?.string }), !items.contains(where: { $0 == nil }) else {
                throw parent.error(key, "must be a list of values")
            }
            lists[dotted] = items.compactMap { $0 }
            return
        }
        guard let text = node.scalar?.string else { throw parent.error(key, "must be a single value") }
        try check(text, kind, key: key, in: parent)
        values[dotted] = text
    }

    private static func check(_ text: String, _ kind: Kind, key: String, in section: ConfigSection) throws {
        switch kind {
        case .size where (Settings.parseSize(text) ?? 0) <= 0:
            throw section.error(key, "must be a size such as 512M or 10G")
        case .seconds where (Double(text) ?? 0) <= 0:
            throw section.error(key, "must be a number of seconds above 0")
        case .duration where (LifecyclePolicy.duration(text) ?? 0) <= 0:
            throw section.error(key, "must be a duration such as 90s, 10m, 24h or 7d")
        case .count where (Int(text) ?? 0) <= 0:
            throw section.error(key, "must be a whole number above 0")
        case .flag where !["true", "false"].contains(text):
            throw section.error(key, "must be true or false")
        case .text, .secret, .path, .list, .size, .seconds, .duration, .count, .flag:
            break
        }
    }

    private static func holdsPassword(_ postgresURL: String) -> Bool {
        guard let parsed = try? ConnectionString(postgresURL) else { return true }
        return parsed.password != nil
    }

    /// A secret in the file itself: the S3 secret key, or a password in a URL.
    var holdsSecrets: Bool {
        // libpq's own parser finds a password in a URL of several hosts (h1:5432,h2:5432), which URLComponents
        // cannot read; one it cannot parse either is taken to hold one.
        values["s3.secret_key"] != nil || values["redis_url"].flatMap(URLComponents.init(string:))?.password != nil
            || values["postgres.url"].map(Self.holdsPassword) ?? false
            || values["postgres.owner_url"].map(Self.holdsPassword) ?? false
    }
}

/// A config file that cannot be used, said in one line naming the file and the key.
public struct ConfigError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// One mapping of the YAML document, with the dotted path of its keys for error messages.
struct ConfigSection {
    let pairs: [(key: String, value: Yams.Node)]
    package let path: String
    package let source: String

    package init(_ node: Yams.Node, path: String, source: String) throws {
        self.path = path
        self.source = source
        guard let mapping = node.mapping else {
            throw ConfigError("\(source): \(path.isEmpty ? "the document" : path) must be a mapping of keys to values")
        }
        pairs = try mapping.map { key, value in
            guard let name = key.string else { throw ConfigError("\(source): \(path) has a key that is not text") }
            return (name, value)
        }
    }

    package func error(_ key: String, _ problem: String) -> ConfigError {
        ConfigError("\(source): \(path.isEmpty ? "" : path + ".")\(key) \(problem)")
    }

    package func only(_ known: [String]) throws {
        for pair in pairs where !known.contains(pair.key) {
            throw error(pair.key, "is not a known key (known here: \(known.joined(separator: ", ")))")
        }
    }

    private func value(_ key: String) -> Yams.Node? { pairs.first { $0.key == key }?.value }

    package func section(_ key: String) throws -> ConfigSection? {
        try value(key).map { try ConfigSection($0, path: path.isEmpty ? key : "\(path).\(key)", source: source) }
    }

    package func duration(_ key: String) throws -> TimeInterval? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let seconds = LifecyclePolicy.duration(text) else {
            throw error(key, "must be a duration such as 90s, 10m, 24h or 30d")
        }
        return seconds
    }

    package func integer(_ key: String) throws -> Int? {
        guard let node = value(key) else { return nil }
        guard let text = node.scalar?.string, let count = Int(text), count >= 0 else {
            throw error(key, "must be a whole number, 0 or more")
        }
        return count
    }
}
