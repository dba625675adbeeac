import Foundation
import Yams
import MeetingCore

extension Pipeline {
    /// The stages of the `pipeline:` section, a list in order (nil: the standard three):
    ///
    ///     pipeline:
    ///       - stage: transcribe      # queued by each final raw version
    ///         after: raw
    ///         max_attempts: 3
    ///         lease: 10m
    ///         backoff: 30s
    ///       - stage: diarize
    ///         after: transcribe      # or a list: [transcribe, align]
    static func parse(_ node: Yams.Node?, source: String) throws -> Pipeline {
        guard let node else { return .standard }
        guard let items = node.sequence else { throw ConfigError("\(source): pipeline must be a list of stages") }
        let stages = try items.enumerated().map { index, item -> Stage in
            let section = try ConfigSection(item, path: "pipeline[\(index)]", source: source)
            try section.only(["stage", "after", "max_attempts", "lease", "backoff"])
            guard let name = section.text("stage") else { throw section.error("stage", "must name the stage") }
            let after = try section.names("after").filter { $0 != "raw" }
            let defaults = Stage(name: name)
            let attempts = try section.integer("max_attempts") ?? defaults.maxAttempts
            return Stage(name: name, after: after, maxAttempts: attempts, lease: try section.duration("lease") ?? defaults.lease,
                         backoff: try section.duration("backoff") ?? defaults.backoff)
        }
        do { return try Pipeline(stages) } catch let error as PipelineError { throw ConfigError("\(source): pipeline: \(error)") }
    }
}

extension ConfigSection {
    func text(_ key: String) -> String? { pairs.first { $0.key == key }?.value.scalar?.string }

    /// One name or a list of names (none if absent).
    func names(_ key: String) throws -> [String] {
        guard let node = pairs.first(where: { $0.key == key })?.value else { return [] }
        if let one = node.scalar?.string { return [one] }
        guard let items = node.sequence?.map({ $0.scalar?.string }), !items.contains(where: { $0 == nil }) else {
            throw error(key, "must be a name or a list of names")
        }
        return items.compactMap { $0 }
    }
}
