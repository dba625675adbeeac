import Foundation
import Logging
import MeetingCore
import MeetingObjects

/// The object feed of a second region: the bucket of one S3 endpoint followed into a bucket of another, one way.
/// Each pass lists both, copies what the target lacks (or holds at another size) and deletes what the source no
/// longer has. MeetingFS never rewrites an object key (each version has its own), so a key of the same size is the
/// same object. Chosen over `weed filer.sync`, which in SeaweedFS 4.48 cannot read a source whose volume servers
/// demand read JWTs (401) and, through the filer's proxy, copies volume-encrypted chunks undecrypted (size
/// mismatch): docs/operations.md, "A second region". A pass lists the whole bucket: its cost grows with the
/// number of objects, not with the changes.
public final class BucketReplicator: Sendable {
    public struct Pass: Sendable, Equatable {
        public var copied = 0
        public var bytesCopied: Int64 = 0
        public var deleted = 0
        public var failed: [String] = []
    }

    private let source: S3Client
    private let target: S3Client
    private let log: Logger

    public init(source: S3Client, target: S3Client, logger: Logger) {
        self.source = source
        self.target = target
        log = logger
    }

    /// One pass; an object that fails is named in `failed` and tried again at the next pass. Deletions go at
    /// most 1 % of the target's objects (at least 100) per pass, none while the source lists nothing.
    public func pass() throws -> Pass {
        try target.createBucket()
        let wanted = try source.list(prefix: "")
        let held = Dictionary(try target.list(prefix: "").map { ($0.key, $0.size) }, uniquingKeysWith: { first, _ in first })
        var pass = Pass()
        for object in wanted where held[object.key] != object.size {
            do {
                try copy(object)
                pass.copied += 1
                pass.bytesCopied += object.size
            } catch {
                pass.failed.append("\(object.key): \(error)")
            }
        }
        let present = Set(wanted.map(\.key))
        let gone = held.keys.filter { !present.contains($0) }.sorted()
        // A source that lists nothing, or far less than before, is more likely lost or misnamed than emptied: its
        // deletions wait (and are logged), and at most 1 % (at least 100) go per pass, so a mistake costs little.
        guard wanted.isEmpty == false || held.isEmpty else {
            pass.failed.append("the source lists no object while the target holds \(held.count): nothing deleted")
            return pass
        }
        for key in gone.prefix(max(100, held.count / 100)) {
            do {
                try target.delete(key: key)
                pass.deleted += 1
            } catch {
                pass.failed.append("\(key): \(error)")
            }
        }
        return pass
    }

    /// Streams one object across in 8 MiB ranges, checked against the etag listed (a rewrite meanwhile fails it).
    private func copy(_ object: ObjectInfo) throws {
        _ = try StreamingUpload.write(objects: target, key: object.key, contentType: ContentType.of(object.key)) { sink in
            try source.read(key: object.key, size: object.size, ifMatch: object.etag, sink)
        }
    }

    /// Passes every `interval` seconds until `stop` says so; a pass that fails (the source region gone) is logged
    /// and the next one tries again.
    public func run(interval: TimeInterval, stop: () -> Bool) {
        while !stop() {
            let started = Date()
            do {
                let pass = try pass()
                if pass != Pass() {
                    log.info("replicated", metadata: ["copied": "\(pass.copied)", "bytes": "\(pass.bytesCopied)",
                                                      "deleted": "\(pass.deleted)", "failed": "\(pass.failed.count)"])
                }
                for failure in pass.failed { log.warning("object not replicated", metadata: ["error": "\(failure)"]) }
            } catch {
                log.error("replication pass failed", metadata: ["error": "\(error)"])
            }
            let rest = interval - Date().timeIntervalSince(started)
            if rest > 0 { usleep(useconds_t(rest * 1_000_000)) }
        }
    }
}
