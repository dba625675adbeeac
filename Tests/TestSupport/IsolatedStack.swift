import Foundation
import MeetingObjects
import MeetingCatalog

/// A database and a bucket of their own on the dev stack's servers, migrated, for tests whose commands act on
/// everything there is (fsck, gc with retention rules): other tests' files must neither disturb nor be touched.
public final class IsolatedStack {
    public let database: String
    public let bucket: String
    /// The mount role's URL of the database.
    public let postgresURL: String
    /// The database owner's URL of it (the audit log is the owner's to read).
    public let ownerURL: String
    /// Flags that point a mount or a command at this stack.
    public let arguments: [String]
    public let objects: S3Client
    private let ownerPool: PostgresPool

    /// `migrated`: false leaves the database without tables, as `meetingfs restore` wants it.
    public init(label: String, migrated: Bool = true) throws {
        let env = TestStack.environment
        let suffix = UUID().uuidString.prefix(8).lowercased()
        database = "meetingfs_\(label)_\(suffix)"
        bucket = "\(label)-\(suffix)"
        guard var owner = env["MEETINGFS_OWNER_POSTGRES_URL"].flatMap(URLComponents.init(string:)),
            var login = env["MEETINGFS_POSTGRES_URL"].flatMap(URLComponents.init(string:))
        else { throw TestStack.Missing() }
        ownerPool = try TestStack.ownerPool()
        try ownerPool.query("CREATE DATABASE \(database)")
        owner.path = "/\(database)"
        login.path = "/\(database)"
        postgresURL = login.string!
        ownerURL = owner.string!
        if migrated {
            let result = try Shell.run("'\(TestStack.binary)' migrate --postgres-url '\(ownerURL)' --grant-to meetingfs_login")
            guard result.succeeded else { throw MountedFS.MountFailed(description: "migrate: \(result.error)") }
        }
        var s3 = try TestStack.settings().s3
        s3.bucket = bucket
        objects = S3Client(config: s3)
        try objects.createBucket()
        arguments = ["--postgres-url", postgresURL, "--s3-bucket", bucket]
    }

    /// `meetingfs ARGS` on this stack, quoted for the shell.
    public func command(_ words: String...) -> String {
        ([TestStack.binary] + words + arguments).map { "'\($0)'" }.joined(separator: " ")
    }

    public func pool() -> PostgresPool { PostgresPool(url: postgresURL, capacity: 1) }

    /// Drops the database and deletes the bucket with its objects: SeaweedFS gives each bucket volumes of its own,
    /// and buckets left behind use up the volume slots of the dev stack.
    public func tearDown() {
        for object in (try? objects.list(prefix: "")) ?? [] { try? objects.delete(key: object.key) }
        for upload in (try? objects.listMultipartUploads(prefix: "")) ?? [] {
            try? objects.abortMultipartUpload(key: upload.key, uploadId: upload.uploadId)
        }
        try? objects.deleteBucket()
        _ = try? ownerPool.query("DROP DATABASE \(database) WITH (FORCE)")
    }
}
