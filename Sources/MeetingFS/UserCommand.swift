import ArgumentParser
import Foundation
import MeetingCore
import MeetingOperations

/// `meetingfs user add|list|set-role|remove`: who may use the mount, mapped by unix uid to a role (admins only).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage MeetingFS users: unix uids and their roles.",
        discussion: """
            Examples:
              meetingfs user add alice --uid 1001 --role member
              meetingfs user list --json
            """,
        subcommands: [Add.self, List.self, SetRole.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user with a unix uid and a role.",
            discussion: "Example: meetingfs user add asr-worker --uid 2001 --role worker")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name ([A-Za-z0-9][A-Za-z0-9._-]{0,127}).") var name: String
        @Option(help: "The unix uid the user's processes run as.") var uid: UInt32
        @Option(help: "admin, worker or member.") var role: Role

        func run() throws {
            try database.administration().addUser(name, uid: uid, role: role)
            print("meetingfs: user \(name) added (uid \(uid), \(role.rawValue))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List users, their uids, roles and meetings owned.", discussion: "Example: meetingfs user list")
        @OptionGroup var database: DatabaseOptions
        @Flag(help: "One JSON array instead of a table.") var json = false

        func run() throws {
            let users = try Administration(pool: database.pool()).users()
            if json { return try printJSON(users) }
            print(table(["NAME", "UID", "ROLE", "MEETINGS"], users.map { [$0.name, $0.uid.map(String.init) ?? "-", $0.role, String($0.meetings)] }))
        }
    }

    struct SetRole: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-role", abstract: "Change a user's role.", discussion: "Example: meetingfs user set-role alice admin")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name.") var name: String
        @Argument(help: "admin, worker or member.") var role: Role

        func run() throws {
            try database.administration().setRole(name, to: role)
            print("meetingfs: user \(name) is now \(role.rawValue) (mounts apply it within seconds)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a user; one who owns meetings only with --reassign-to.",
            discussion: "Example: meetingfs user remove alice --reassign-to bob")
        @OptionGroup var database: DatabaseOptions
        @Argument(help: "User name.") var name: String
        @Option(name: .customLong("reassign-to"), help: "User who takes over the meetings the removed user owns.") var heir: String?

        func run() throws {
            try database.administration().removeUser(name, reassignTo: heir)
            print("meetingfs: user \(name) removed" + (heir.map { "; meetings now owned by \($0)" } ?? ""))
        }
    }
}

extension Role: ExpressibleByArgument {}

/// `meetingfs share` / `unshare`: a meeting's owner (or an admin) lets another user read it, or upload to it too.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share", abstract: "Share a meeting with a user.", discussion: "Example: meetingfs share standup-1 bob --read")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Meeting id.") var meeting: String
    @Argument(help: "User name.") var user: String
    @Flag(help: "read: see and read everything in it; write: also upload to and delete from raw/.") var access: ShareAccess

    enum ShareAccess: String, EnumerableFlag { case read, write }

    func run() throws {
        try database.administration().share(meeting: meeting, with: user, write: access == .write)
        print("meetingfs: meeting \(meeting) shared with \(user) (\(access.rawValue))")
    }
}

struct UnshareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unshare", abstract: "Stop sharing a meeting with a user.", discussion: "Example: meetingfs unshare standup-1 bob")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "Meeting id.") var meeting: String
    @Argument(help: "User name.") var user: String

    func run() throws {
        try database.administration().unshare(meeting: meeting, with: user)
        print("meetingfs: meeting \(meeting) no longer shared with \(user)")
    }
}
