import ArgumentParser
import Store

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Apply the schema migrations PostgreSQL does not have yet.")

    @OptionGroup var stack: StackOptions

    func run() throws {
        let pool = PostgresPool(url: try stack.postgres(), capacity: 1)
        let applied = try Migrations.apply(to: pool) { print("meetingfs: \($0)") }
        print("meetingfs: schema at version \(try Migrations.currentVersion(of: pool))"
              + (applied.isEmpty ? ", nothing to apply" : ", applied \(applied.map(String.init).joined(separator: ", "))"))
    }
}
