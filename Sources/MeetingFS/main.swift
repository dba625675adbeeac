import ArgumentParser

struct MeetingFSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetingfs",
        abstract: "Meeting storage (PostgreSQL + S3) as a FUSE file system.",
        version: "meetingfs 0.1.0",
        subcommands: [MountCommand.self, MigrateCommand.self, GCCommand.self, UserCommand.self, ShareCommand.self,
                      UnshareCommand.self, AuditCommand.self, RekeyCommand.self,
                      UrlCommand.self, ServeCommand.self, FsckCommand.self, HoldCommand.self, VersionsCommand.self,
                      RestoreVersionCommand.self, ArchiveCommand.self, CacheCommand.self,
                      BackupCommand.self, RestoreCommand.self, HealthCommand.self, StatsCommand.self, ConfigCommand.self])
}

LogfmtHandler.bootstrap(level: .info)
MeetingFSCommand.main()
