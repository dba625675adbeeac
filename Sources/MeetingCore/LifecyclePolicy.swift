import Foundation

/// How long things live (issue 10), from the `lifecycle:` section of the config file (ConfigFile):
///
///     lifecycle:
///       gc_interval: 1h          # mounts run gc this often, one leader at a time
///       deletion_grace: 10m      # a replaced, deleted or unreferenced object stays readable this long
///       temp:      { ttl: 24h }  # a temp area expires this long after its last write
///       raw:       { archive_after: 30d, delete_after: 365d, keep_versions: 0 }
///       audio:     { archive_after: 30d, delete_after: 180d }
///       artifacts: { keep_versions: 3 } # artifacts are kept until their meeting is deleted
///       profiles:  { keep_versions: 1 }
///
/// Durations are a number with s, m, h or d (or plain seconds). A key this section does not know, or a value it
/// cannot use, is an error naming the key and the file: a typo must not silently keep data forever, or delete it.
public struct LifecyclePolicy: Sendable, Equatable {
    public struct AreaRule: Sendable, Equatable {
        /// Files older than this (since they were first committed) move to the archive prefix.
        public var archiveAfter: TimeInterval?
        /// Files older than this are deleted, archived or not.
        public var deleteAfter: TimeInterval?
        /// Previous versions kept per path; older ones are deleted by gc.
        public var keepVersions = 0
    }

    public var gcInterval: TimeInterval = 3600
    public var deletionGrace: TimeInterval = 600
    public var tempTTL: TimeInterval = 24 * 3600
    /// Rules per area: raw, audio, artifacts, profiles, temp.
    public var areas: [String: AreaRule] = [
        "raw": AreaRule(), "audio": AreaRule(), "artifacts": AreaRule(keepVersions: 3),
        "profiles": AreaRule(), "temp": AreaRule(),
    ]

    public init() {}

    public func rule(_ area: String) -> AreaRule { areas[area] ?? AreaRule() }

    /// "90", "90s", "10m", "24h", "30d": seconds.
    public static func duration(_ text: String) -> TimeInterval? {
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let unit = trimmed.last.flatMap({ units[$0] }), let count = Double(trimmed.dropLast()), count >= 0 {
            return count * unit
        }
        return Double(trimmed).flatMap { $0 >= 0 ? $0 : nil }
    }
}
