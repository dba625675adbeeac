import ArgumentParser
import MeetingCatalog

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply the schema migrations PostgreSQL does not have yet, and grant the mount role what they need. Run as the database owner.",
        discussion: "Example: meetingfs migrate --postgres-url \"$MEETINGFS_OWNER_POSTGRES_URL\" --grant-to meetingfs_login")

    @OptionGroup var stack: StackOptions

    @Option(name: .customLong("grant-to"), help: "A login role mounts use: made a member of \(Privileges.mountRole) (repeatable).")
    var loginRoles: [String] = []

    func run() throws {
        let pool = PostgresPool(url: try stack.postgres(), capacity: 1)
        let applied = try Migrations.apply(to: pool, grantingTo: loginRoles) { print("meetingfs: \($0)") }
        print("meetingfs: schema at version \(try Migrations.currentVersion(of: pool))"
              + (applied.isEmpty ? ", nothing to apply" : ", applied \(applied.map(String.init).joined(separator: ", "))"))
    }
}
