import Foundation

/// The processing stages of a meeting's recordings (the config file's `pipeline:`): what queues each, how often it
/// may be tried and how long a worker holds it. A stage with nothing to wait for is queued by each final raw
/// version; any other when every stage it waits for is done for that version.
public struct Pipeline: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public let name: String
        /// The stages that must be done first; empty: queued by a final raw version.
        public let after: [String]
        public let maxAttempts: Int
        /// How long a claim holds the job unless its worker heartbeats.
        public let lease: TimeInterval
        /// The wait before the first retry of a failed attempt; it doubles with each attempt, up to an hour.
        public let backoff: TimeInterval

        public init(name: String, after: [String] = [], maxAttempts: Int = 3, lease: TimeInterval = 600,
                    backoff: TimeInterval = 30) {
            self.name = name
            self.after = after
            self.maxAttempts = maxAttempts
            self.lease = lease
            self.backoff = backoff
        }
    }

    public let stages: [Stage]

    /// Transcribe each final raw version, then diarize, then summarize.
    public static let standard = try! Pipeline([
        Stage(name: "transcribe"), Stage(name: "diarize", after: ["transcribe"]), Stage(name: "summarize", after: ["diarize"]),
    ])

    /// Stage names: what a job's kind may be (the jobs table checks the same).
    public static func isValidName(_ name: String) -> Bool {
        name.range(of: "^[a-z][a-z0-9_-]{0,62}$", options: .regularExpression) != nil
    }

    /// Checks the stages: valid unique names, each waiting only for stages listed before it (so there is no cycle),
    /// at least one queued by raw versions, attempts and lease above zero.
    public init(_ stages: [Stage]) throws {
        var seen: Set<String> = []
        for stage in stages {
            guard Self.isValidName(stage.name) else {
                throw PipelineError("stage '\(stage.name)' must be 1 to 63 lowercase letters, digits, - or _, starting with a letter")
            }
            guard seen.insert(stage.name).inserted else { throw PipelineError("stage '\(stage.name)' is named twice") }
            for earlier in stage.after where !seen.contains(earlier) || earlier == stage.name {
                throw PipelineError("stage '\(stage.name)' waits for '\(earlier)', which is not a stage listed before it")
            }
            guard stage.maxAttempts >= 1 else { throw PipelineError("stage '\(stage.name)': max_attempts must be 1 or more") }
            guard stage.lease >= 1 else { throw PipelineError("stage '\(stage.name)': lease must be 1s or more") }
        }
        guard stages.contains(where: { $0.after.isEmpty }) else {
            throw PipelineError("no stage is queued by raw versions (one needs `after: raw`)")
        }
        self.stages = stages
    }

    public func stage(_ name: String) -> Stage? { stages.first { $0.name == name } }

    /// The stages a final raw version queues.
    public var firstStages: [Stage] { stages.filter { $0.after.isEmpty } }

    /// The stages that wait for `name`: each is queued once all it waits for are done.
    public func stages(after name: String) -> [Stage] { stages.filter { $0.after.contains(name) } }

    /// Stages as JSON records for SQL (jsonb_to_recordset): kind, after, max_attempts, lease_seconds, backoff_seconds.
    public static func records(_ stages: [Stage]) -> String {
        let objects: [[String: Any]] = stages.map {
            ["kind": $0.name, "after": $0.after, "max_attempts": $0.maxAttempts, "lease_seconds": Int($0.lease.rounded(.up)),
             "backoff_seconds": Int($0.backoff.rounded(.up))]
        }
        let data = try! JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// A pipeline definition that cannot be used, in one line.
public struct PipelineError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
