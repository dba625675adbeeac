import ArgumentParser
import Foundation
import MeetingCatalog
import MeetingOperations

/// For commands that need only PostgreSQL: its URL and password file, as `mount` takes them.
struct DatabaseOptions: ParsableArguments {
    @Option(help: "PostgreSQL URL (env MEETINGFS_POSTGRES_URL).")
    var postgresURL: String?

    @Option(help: "File holding the PostgreSQL password; must not be readable by group or others (env MEETINGFS_POSTGRES_PASSWORD_FILE).")
    var postgresPasswordFile: String?

    @Option(help: "Config file (YAML) with postgres.url and the other settings (env MEETINGFS_CONFIG).")
    var config: String?

    /// The stack's options with just these set: the rest comes from the environment and the config file.
    func stack() throws -> StackOptions {
        var stack = try StackOptions.parse([])
        stack.postgresURL = postgresURL
        stack.postgresPasswordFile = postgresPasswordFile
        stack.config = config
        return stack
    }

    func pool() throws -> PostgresPool { PostgresPool(url: try stack().postgres(), capacity: 1) }

    /// Users, roles, shares and holds change only through the admin path: the database owner's login, which the
    /// mount role is not (it may read them, never change them). Without --postgres-url that is
    /// MEETINGFS_OWNER_POSTGRES_URL (postgres.owner_url) when set, else the mount's own settings, which the database then refuses.
    func administration() throws -> Administration {
        try Administration(pool: PostgresPool(url: try stack().postgres(asOwner: true), capacity: 1))
    }
}

func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Left-aligned columns, two spaces apart.
func table(_ header: [String], _ rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
        row.enumerated().map { $0.offset == row.count - 1 ? $0.element : $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
            .joined(separator: "  ")
    }.joined(separator: "\n")
}
