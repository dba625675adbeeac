import ArgumentParser
import Foundation
import Logging
import MeetingObjects
import MeetingOperations

struct ReplicateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replicate", abstract: "Follow the bucket into another S3 endpoint's bucket, one way: a second region's object feed.",
        discussion: """
            Each pass lists both buckets, copies what the target lacks or holds at another size, and deletes what \
            the source no longer has; the same credentials and CA serve both endpoints unless given. Runs until \
            stopped, a pass every --interval seconds (a failed pass is logged and tried again), or one pass with \
            --once. `scripts/dr` runs it for region B (docs/operations.md, "A second region").

            Examples:
              meetingfs replicate --to-s3-endpoint https://s3.region-b.internal:8333
              meetingfs replicate --to-s3-endpoint https://127.0.0.1:9443 --once
            """)

    @OptionGroup var stack: StackOptions
    @Option(help: "The S3 endpoint of the region the objects go to.") var toS3Endpoint: String
    @Option(help: "Its bucket (default: the same name).") var toS3Bucket: String?
    @Option(help: "PEM file of the CAs to trust for it (default: --s3-ca-file's).") var toS3CaFile: String?
    @Option(help: "Seconds between passes.") var interval: Double = 2
    @Flag(help: "One pass, then exit (1 if an object could not be copied).") var once = false

    func validate() throws {
        guard interval > 0 else { throw ValidationError("--interval must be above 0 seconds") }
    }

    func run() throws {
        let settings = try stack.settings()
        var target = settings.s3
        guard let endpoints = try? S3Config.parseEndpoints(toS3Endpoint) else {
            throw ValidationError("--to-s3-endpoint must be an http(s) URL or a comma-separated list of them")
        }
        target.endpoints = endpoints
        target.linkEndpoint = nil
        if let toS3Bucket { target.bucket = toS3Bucket }
        if let toS3CaFile { target.caFile = toS3CaFile }
        var logger = Logger(label: "meetingfs-replicate")
        logger.logLevel = .info
        let replicator = BucketReplicator(source: S3Client(config: settings.s3), target: S3Client(config: target), logger: logger)
        guard once else { return replicator.run(interval: interval) { false } }
        let pass = try replicator.pass()
        for failure in pass.failed { print("not replicated: \(failure)") }
        print("meetingfs replicate: \(pass.copied) copied (\(pass.bytesCopied) bytes), \(pass.deleted) deleted, \(pass.failed.count) failed")
        if !pass.failed.isEmpty { throw ExitCode.failure }
    }
}
