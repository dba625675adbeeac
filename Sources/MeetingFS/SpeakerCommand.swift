import ArgumentParser
import Foundation
import MeetingCore
import MeetingOperations

/// `meetingfs speaker list|map|suggest`: a meeting's speakers (from artifacts/speakers.json) and who they are.
struct SpeakerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speaker", abstract: "List a meeting's speakers and map them to users' voice profiles.",
        discussion: """
            A committed artifacts/speakers.json replaces the meeting's speakers; a voice profile in \
            users/U/profiles/ (*.npy or *.embedding.json) registers U's profile for its model (docs/pipeline.md).

            Examples:
              meetingfs speaker list standup-1
              meetingfs speaker map standup-1 SPEAKER_00 alice
              meetingfs speaker suggest standup-1 --min-score 0.7 --apply --json
            """,
        subcommands: [List.self, Map.self, Suggest.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the speakers, with the users they map to.",
                                                        discussion: "Example: meetingfs speaker list standup-1 --json")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id.") var meeting: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let speakers = try Speakers(pool: database.pool()).list(meeting)
            if json { return try printJSON(speakers) }
            print(table(["SPEAKER", "SEGMENTS", "SECONDS", "EMBEDDING", "USER", "SCORE"], speakers.map {
                [TerminalText.escaped($0.label), String($0.segments), String(format: "%.1f", $0.seconds),
                 $0.embedding.map(String.init) ?? "-", TerminalText.escaped($0.user ?? "-"),
                 $0.score.map { String(format: "%.3f", $0) } ?? "-"]
            }))
        }
    }

    struct Map: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Map a speaker to a user (the meeting's owner, workers, admins; audited).",
                                                        discussion: "Example: meetingfs speaker map standup-1 SPEAKER_01 bob")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id.") var meeting: String
        @Argument(help: "The speaker's label in speakers.json.") var label: String
        @Argument(help: "The user (who has a voice profile).") var user: String

        func run() throws { try Speakers(pool: database.pool()).map(meeting, label: label, to: user) }
    }

    struct Suggest: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rank, for each speaker, the users whose voice profiles are most similar; --apply maps the best.",
            discussion: "Example: meetingfs speaker suggest standup-1 --min-score 0.6 --apply")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "The meeting's id.") var meeting: String
        @Option(help: "The lowest cosine similarity that counts (-1 to 1).") var minScore = 0.5
        @Flag(help: "Map each speaker to its best user (each user once, best pairs first).") var apply = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            guard (-1...1).contains(minScore) else { throw ValidationError("--min-score must be between -1 and 1") }
            let suggestions = try Speakers(pool: database.pool()).suggest(meeting, minimumScore: minScore, apply: apply)
            if json { return try printJSON(suggestions) }
            print(table(["SPEAKER", "CANDIDATES", "MAPPED"], suggestions.map { suggestion in
                [TerminalText.escaped(suggestion.label),
                 suggestion.candidates.map { "\(TerminalText.escaped($0.user)) \(String(format: "%.3f", $0.score))" }.joined(separator: ", "),
                 suggestion.applied.map { TerminalText.escaped($0.user) } ?? "-"]
            }))
        }
    }
}
