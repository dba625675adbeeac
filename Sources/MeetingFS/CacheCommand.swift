import ArgumentParser
import Foundation
import MeetingCore
import MeetingCatalog
import MeetingOperations

/// `meetingfs cache put|get|del`: the cache of intermediate results.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache", abstract: "Store, read and delete intermediate results with a time-to-live (workers and admins).",
        discussion: """
            Entries live in PostgreSQL's cache table; with --redis-url (env MEETINGFS_REDIS_URL) writes go to Redis \
            too and reads are served from it, an entry Redis lost being put back with the time it has left. Expired \
            entries are never returned, and gc deletes them. An entry tied to a meeting goes with the meeting.

            Examples:
              meetingfs cache put diarization/standup-1 --meeting standup-1 --ttl 1h < clusters.json
              meetingfs cache get diarization/standup-1 > clusters.json
              meetingfs cache del diarization/standup-1
            """,
        subcommands: [Put.self, Get.self, Del.self])

    struct Options: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Redis to serve reads from, redis://[:password@]host:port[/db] (env MEETINGFS_REDIS_URL, or redis_url in the config file).")
        var redisURL: String?

        func cache() throws -> ResultCache {
            let url = try database.stack().value(redisURL, "MEETINGFS_REDIS_URL")
            return try ResultCache(metadata: PostgresCatalog(pool: database.pool()), redisURL: url) { warning in
                FileHandle.standardError.write(Data("meetingfs cache: \(warning)\n".utf8))
            }
        }
    }

    struct Put: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store standard input under KEY.",
                                                        discussion: "Example: meetingfs cache put asr/m1 --meeting m1 --ttl 30m < partial.json")
        @OptionGroup var options: Options
        @Argument(help: "The entry's key.") var key: String
        @Option(help: "The meeting the entry belongs to (it is deleted with the meeting).") var meeting: String?
        @Option(help: "How long the entry lives: e.g. 90s, 30m, 1h, 7d.") var ttl = "1h"

        func run() throws {
            guard let seconds = LifecyclePolicy.duration(ttl), seconds > 0 else {
                throw ValidationError("--ttl '\(ttl)' is not a duration such as 90s, 30m, 1h or 7d")
            }
            let value = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            try options.cache().put(key: key, meeting: meeting, ttl: seconds, value: value)
        }
    }

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the value under KEY; exit 1 if there is none or it expired.",
                                                        discussion: "Example: meetingfs cache get asr/m1 > partial.json")
        @OptionGroup var options: Options
        @Argument(help: "The entry's key.") var key: String

        func run() throws {
            guard let value = try options.cache().get(key: key) else {
                FileHandle.standardError.write(Data("meetingfs cache: no entry '\(key)'\n".utf8))
                throw ExitCode.failure
            }
            FileHandle.standardOutput.write(Data(value))
        }
    }

    struct Del: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "del", abstract: "Delete the entry under KEY; exit 1 if there was none.",
                                                        discussion: "Example: meetingfs cache del asr/m1")
        @OptionGroup var options: Options
        @Argument(help: "The entry's key.") var key: String

        func run() throws {
            guard try options.cache().delete(key: key) else {
                FileHandle.standardError.write(Data("meetingfs cache: no entry '\(key)'\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
