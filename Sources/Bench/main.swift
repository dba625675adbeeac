import ArgumentParser
import Foundation
import Synchronization
import MeetingObjects
import MeetingCatalog
import MeetingOperations

/// The direct S3 path of scripts/bench: the project's S3 client with no FUSE in between, on the same SeaweedFS
/// (whole-object GETs are measured with curl, which streams them). Each command prints one JSON object.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetingfs-bench", abstract: "Direct S3 workloads for scripts/bench.",
        subcommands: [PutFile.self, SmallObjects.self, RandomReads.self, DeletePrefix.self, CacheGet.self])
}

struct Endpoint: ParsableArguments {
    func client() throws -> S3Client {
        let env = ProcessInfo.processInfo.environment
        guard let endpoint = env["MEETINGFS_S3_ENDPOINT"].flatMap(URL.init(string:)), let bucket = env["MEETINGFS_S3_BUCKET"],
            let access = env["MEETINGFS_S3_ACCESS_KEY"], let secret = env["MEETINGFS_S3_SECRET_KEY"]
        else { throw ValidationError("set the MEETINGFS_S3_* variables (eval \"$(scripts/dev-stack env)\")") }
        var config = S3Config(endpoint: endpoint, bucket: bucket, accessKey: access, secretKey: secret)
        config.requestTimeout = 300
        config.caFile = env["MEETINGFS_S3_CA_FILE"]
        return S3Client(config: config)
    }
}

func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Uploads a local file as one PUT, or as a multipart upload with parallel parts.
struct PutFile: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "put")
    @OptionGroup var endpoint: Endpoint
    @Option var file: String
    @Option var key: String
    @Option(help: "0 for one PUT; otherwise parts uploaded this many at a time.") var parallel = 0
    @Option var partSize = 8 << 20

    func run() throws {
        let s3 = try endpoint.client()
        let body = try Data(contentsOf: URL(fileURLWithPath: file))  // read before the clock starts
        let elapsed = try seconds {
            if parallel == 0 {
                _ = try s3.put(key: key, body: body, contentType: "application/octet-stream")
                return
            }
            let upload = try s3.createMultipartUpload(key: key, contentType: "application/octet-stream")
            let count = (body.count + partSize - 1) / partSize
            let results = Results()
            let queue = OperationQueue()
            queue.maxConcurrentOperationCount = parallel
            for index in 0..<count {
                let piece = body.subdata(in: index * partSize..<min(body.count, (index + 1) * partSize))
                queue.addOperation {
                    results.record(Result { CompletedPart(number: index + 1, etag: try s3.uploadPart(
                        key: key, uploadId: upload, partNumber: index + 1, body: piece)) })
                }
            }
            queue.waitUntilAllOperationsAreFinished()
            _ = try s3.completeMultipartUpload(key: key, uploadId: upload, parts: try results.parts())
        }
        emit(["seconds": elapsed, "bytes": body.count])
    }
}

/// Parts uploaded by concurrent operations.
final class Results: Sendable {
    private let collected = Mutex<[Result<CompletedPart, Error>]>([])

    func record(_ result: Result<CompletedPart, Error>) { collected.withLock { $0.append(result) } }

    func parts() throws -> [CompletedPart] {
        try collected.withLock { try $0.map { try $0.get() } }.sorted { $0.number < $1.number }
    }
}

/// Many small objects one after another: `--phase put` stores them, `--phase get` reads them back (the caller
/// empties the page cache in between, as it does before reading through the mount).
struct SmallObjects: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "small")
    @OptionGroup var endpoint: Endpoint
    @Option var prefix: String
    @Option(help: "put or get") var phase: String
    @Option var count = 1000
    @Option var size = 4096

    func run() throws {
        let s3 = try endpoint.client()
        let body = Data((0..<size).map { UInt8(truncatingIfNeeded: $0) })
        switch phase {
        case "put":
            emit(["seconds": try seconds {
                for i in 0..<count { _ = try s3.put(key: "\(prefix)/f\(i)", body: body, contentType: "application/octet-stream") }
            }])
        case "get":
            emit(["seconds": try seconds {
                for i in 0..<count { _ = try s3.get(key: "\(prefix)/f\(i)", offset: 0, length: size) }
            }])
        default:
            throw ValidationError("--phase is put or get")
        }
    }
}

/// 4 KiB ranged GETs at random offsets, one at a time (iodepth 1).
struct RandomReads: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "random")
    @OptionGroup var endpoint: Endpoint
    @Option var key: String
    @Option var size: Int64
    @Option var count = 2000
    @Option var blockSize = 4096

    func run() throws {
        let s3 = try endpoint.client()
        var generator = SystemRandomNumberGenerator()
        var latencies: [Double] = []
        let total = try seconds {
            for _ in 0..<count {
                let block = Int64.random(in: 0..<(size / Int64(blockSize)), using: &generator)
                latencies.append(try seconds { _ = try s3.get(key: key, offset: block * Int64(blockSize), length: blockSize) })
            }
        }
        latencies.sort()
        emit(["iops": Double(count) / total, "p50_ms": latencies[count / 2] * 1000,
              "p99_ms": latencies[count * 99 / 100] * 1000])
    }
}

/// Deletes what a bench run stored, so runs do not fill the disk.
struct DeletePrefix: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete")
    @OptionGroup var endpoint: Endpoint
    @Option var prefix: String

    func run() throws {
        let s3 = try endpoint.client()
        let objects = try s3.list(prefix: prefix)
        for object in objects { try s3.delete(key: object.key) }
        emit(["deleted": objects.count])
    }
}

BenchCommand.main()

/// W7: `ResultCache.get` of one entry, repeated, from PostgreSQL alone or through Redis (the entry is put first, so
/// every Redis read hits); each get is one round trip on a connection already open, as a worker's would be.
struct CacheGet: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cache-get")
    @Option var count = 2000
    @Option var size = 4096
    @Flag var redis = false

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        guard let url = env["MEETINGFS_POSTGRES_URL"] else { throw ValidationError("set MEETINGFS_POSTGRES_URL") }
        let cache = try ResultCache(metadata: PostgresCatalog(pool: PostgresPool(url: url, capacity: 1)),
                                    redisURL: redis ? env["MEETINGFS_REDIS_URL"] : nil) { print("warning: \($0)") }
        let key = "bench/\(UUID().uuidString)"
        try cache.put(key: key, meeting: nil, ttl: 3600, value: [UInt8](repeating: 7, count: size))
        defer { _ = try? cache.delete(key: key) }
        for _ in 0..<50 { _ = try cache.get(key: key) }  // connections open, statements prepared
        var latencies: [Double] = []
        for _ in 0..<count {
            latencies.append(try seconds { guard try cache.get(key: key)?.count == size else { throw ValidationError("lost the entry") } })
        }
        latencies.sort()
        emit(["p50_ms": latencies[count / 2] * 1000, "p99_ms": latencies[count * 99 / 100] * 1000, "gets": count])
    }
}
