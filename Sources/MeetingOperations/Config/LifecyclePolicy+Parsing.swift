import Foundation
import MeetingCore

extension LifecyclePolicy {
    /// The policy of a config file's text (its `lifecycle:` section); the defaults above for what it leaves out.
    public static func parse(_ text: String, source: String) throws -> LifecyclePolicy {
        try ConfigFile.parse(text, source: source).lifecycle
    }

    /// The policy of the `lifecycle:` section (nil: none).
    static func parse(_ lifecycle: ConfigSection?) throws -> LifecyclePolicy {
        var policy = LifecyclePolicy()
        guard let lifecycle else { return policy }
        try lifecycle.only(["gc_interval", "deletion_grace", "temp", "raw", "audio", "artifacts", "profiles"])
        if let interval = try lifecycle.duration("gc_interval") {
            guard interval >= 1 else { throw lifecycle.error("gc_interval", "must be at least 1s") }
            policy.gcInterval = interval
        }
        policy.deletionGrace = try lifecycle.duration("deletion_grace") ?? policy.deletionGrace
        let allowed: [String: [String]] = [
            "temp": ["ttl", "keep_versions"], "raw": ["archive_after", "delete_after", "keep_versions"],
            "audio": ["archive_after", "delete_after", "keep_versions"], "artifacts": ["keep_versions"],
            "profiles": ["keep_versions"],
        ]
        for (area, keys) in allowed {
            guard let section = try lifecycle.section(area) else { continue }
            try section.only(keys)
            var rule = policy.rule(area)
            rule.archiveAfter = try section.duration("archive_after")
            rule.deleteAfter = try section.duration("delete_after")
            if let keep = try section.integer("keep_versions") { rule.keepVersions = keep }
            if let archive = rule.archiveAfter, let delete = rule.deleteAfter, delete <= archive {
                throw section.error("delete_after", "must be longer than archive_after")
            }
            if area == "temp", let ttl = try section.duration("ttl") {
                guard ttl > 0 else { throw section.error("ttl", "must be longer than 0s") }
                policy.tempTTL = ttl
            }
            policy.areas[area] = rule
        }
        return policy
    }
}
