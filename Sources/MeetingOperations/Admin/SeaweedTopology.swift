import Foundation
import MeetingCore

/// The SeaweedFS cluster as its masters see it: the raft leader and its peers, the volume servers alive, and the
/// volumes with fewer copies than their replica placement asks for (a volume whose every copy is gone is not
/// listed at all, so it is not seen here: the S3 check's reads are what finds it). Read with `weed shell` (the masters speak
/// gRPC with mutual TLS, configured as for any weed client: security.toml or WEED_GRPC_* variables).
public struct SeaweedTopology: Sendable, Equatable {
    public var leader: String?
    public var peers: [String] = []
    public var volumeServers: [String] = []
    /// Volume id → (copies present, copies wanted), for each volume below its replication.
    public var underReplicated: [Int: Copies] = [:]

    public struct Copies: Sendable, Equatable {
        public let present: Int
        public let wanted: Int
    }

    /// `cluster.raft.ps`: "* 127.0.0.1:9333.19333 127.0.0.1:19333 (Leader)", one line per master.
    static func parseRaft(_ text: String) -> (leader: String?, peers: [String]) {
        var leader: String?
        var peers: [String] = []
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.first == "*", words.count >= 2 else { continue }
            let address = String(words[1])
            peers.append(address)
            if line.contains("(Leader)") { leader = address }
        }
        return (leader, peers)
    }

    /// `volume.list -v 5`: "DataNode ADDRESS hdd(...)" opens each server's volumes, listed as
    /// "volume Id:N, ..., ReplicaPlacement:XYZ, ..."; placement XYZ wants 1 + X + Y + Z copies.
    static func parseVolumes(_ text: String) -> (servers: [String], underReplicated: [Int: Copies]) {
        var servers: [String] = []
        var present: [Int: Int] = [:]
        var wanted: [Int: Int] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("DataNode "), trimmed.contains("("), let address = trimmed.split(separator: " ").dropFirst().first {
                if !servers.contains(String(address)) { servers.append(String(address)) }
            }
            guard trimmed.hasPrefix("volume Id:") else { continue }
            let fields = Dictionary(trimmed.dropFirst("volume ".count).split(separator: ",").compactMap { field -> (String, String)? in
                let parts = field.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            }, uniquingKeysWith: { first, _ in first })
            guard let id = fields["Id"].flatMap({ Int($0) }), let placement = fields["ReplicaPlacement"] else { continue }
            present[id, default: 0] += 1
            wanted[id] = 1 + placement.compactMap { $0.wholeNumberValue }.reduce(0, +)
        }
        let under = present.compactMap { id, count -> (Int, Copies)? in
            let want = wanted[id] ?? 1
            return count < want ? (id, Copies(present: count, wanted: want)) : nil
        }
        return (servers, Dictionary(uniqueKeysWithValues: under))
    }

    /// Asks the masters (comma-separated gRPC addresses) with the `weed` binary given; each command bounded by
    /// `timeout` seconds.
    public static func read(masters: String, weed: String, timeout: TimeInterval = 20) throws -> SeaweedTopology {
        let raft = parseRaft(try shell("cluster.raft.ps", master: masters, weed: weed, timeout: timeout))
        guard let leader = raft.leader else { throw StartupError("no master leader among \(masters)") }
        // Only the leader holds the topology.
        let volumes = parseVolumes(try shell("volume.list -v 5", master: leader, weed: weed, timeout: timeout))
        return SeaweedTopology(leader: leader, peers: raft.peers, volumeServers: volumes.servers,
                               underReplicated: volumes.underReplicated)
    }

    private static func shell(_ command: String, master: String, weed: String, timeout: TimeInterval) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: weed)
        process.arguments = ["shell", "-master=\(master)"]
        let input = Pipe(), output = FileManager.default.temporaryDirectory
            .appendingPathComponent("meetingfs-weed-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardInput = input
        process.standardOutput = handle
        process.standardError = handle
        do { try process.run() } catch { throw StartupError("cannot run \(weed): \(error.localizedDescription)") }
        // A weed that exits before reading its command must not take this process down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        input.fileHandleForWriting.write(Data("\(command)\n".utf8))
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw StartupError("weed shell '\(command)' on \(master) did not answer within \(Int(timeout)) s")
        }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}
