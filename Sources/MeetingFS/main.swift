import ArgumentParser
import MeetingOperations

struct MeetingFSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetingfs",
        abstract: "Meeting storage (PostgreSQL + S3) as a FUSE file system.",
        discussion: """
            Settings come from flags, MEETINGFS_* variables or the YAML file of --config (docs/operations.md). \
            Exit codes: 0 done; 1 could not, or what was checked is not right (one Error: line says why); 64 a \
            wrong command line; 75 no job came (`job claim`).
            Examples:
              meetingfs mount /mnt/meetings --config /etc/meetingfs/config.yaml
              meetingfs health
              meetingfs help stats
            """,
        version: "meetingfs 0.1.0",
        subcommands: [MountCommand.self, MigrateCommand.self, GCCommand.self, MaintainCommand.self, UserCommand.self, ShareCommand.self,
                      UnshareCommand.self, AuditCommand.self, RekeyCommand.self,
                      UrlCommand.self, ServeCommand.self, FsckCommand.self, HoldCommand.self, VersionsCommand.self,
                      RestoreVersionCommand.self, ArchiveCommand.self, CacheCommand.self,
                      BackupCommand.self, RestoreCommand.self, HealthCommand.self, StatsCommand.self, ConfigCommand.self,
                      JobCommand.self, MeetingCommand.self, SpeakerCommand.self, QuotaCommand.self, ReplicateCommand.self])
}

LogfmtHandler.bootstrap(level: .info)
MeetingFSCommand.main()
