import Foundation

/// Listing a backup's snapshots and pruning them to a retention policy. Every manifest names all the objects its
/// snapshot needs (a backup is incremental in what it copies, not in what it lists), so a snapshot never depends
/// on another: removing one can break no chain, and an object goes only when no kept manifest names it.
extension Backup {
    public struct SnapshotInfo: Sendable, Encodable {
        public let id: String
        public let time: Date
        public let files: Int
        public let bytes: Int64
        public let databaseBytes: Int64

        enum CodingKeys: String, CodingKey {
            case id, time, files, bytes, databaseBytes = "database_bytes"
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(ISO8601DateFormatter().string(from: time), forKey: .time)
            try container.encode(files, forKey: .files)
            try container.encode(bytes, forKey: .bytes)
            try container.encode(databaseBytes, forKey: .databaseBytes)
        }
    }

    public struct PruneReport: Sendable, Encodable {
        public var kept: [String] = []
        public var removed: [String] = []
        /// Snapshots of runs that never finished (no manifest), older than the newest finished one.
        public var unfinished: [String] = []
        public var objectsRemoved = 0
        public var bytesFreed: Int64 = 0
        public var dryRun = false

        enum CodingKeys: String, CodingKey {
            case kept, removed, unfinished, objectsRemoved = "objects_removed", bytesFreed = "bytes_freed", dryRun = "dry_run"
        }
    }

    /// Every finished snapshot, oldest first, from its manifest.
    public func list() throws -> [SnapshotInfo] {
        try snapshots().map { id in
            let manifest = try self.manifest(id)
            return SnapshotInfo(id: id, time: manifest.created, files: manifest.objects.count,
                                bytes: manifest.objects.reduce(0) { $0 + $1.size }, databaseBytes: manifest.databaseSize)
        }
    }

    /// Removes the snapshots `retention` does not keep, unfinished runs older than the newest snapshot, and the
    /// objects no kept snapshot names. With `dryRun` it only says what it would remove.
    public func prune(_ retention: BackupRetention, dryRun: Bool) throws -> PruneReport {
        guard retention.keepsSomething else {
            throw BackupError("a retention policy that keeps nothing would remove every snapshot: give --keep-last, --keep-daily, --keep-weekly or --keep-monthly")
        }
        return try target.exclusively {
            let manifests = try snapshots().map { try manifest($0) }
            if !target.locks { try refuseWhileABackupRuns(newest: manifests.last?.id) }
            let kept = retention.kept(manifests.map { ($0.id, $0.created) })
            var report = PruneReport(dryRun: dryRun)
            report.kept = manifests.map(\.id).filter { kept.contains($0) }
            report.removed = manifests.map(\.id).filter { !kept.contains($0) }
            let finished = Set(manifests.map(\.id))
            if let newest = manifests.last?.id {
                report.unfinished = try target.list(prefix: "snapshots/").map { String($0.dropFirst("snapshots/".count)) }
                    .filter { !finished.contains($0) && $0 < newest }
            }
            let needed = Set(manifests.filter { kept.contains($0.id) }.flatMap { $0.objects.map(\.file) })
            let sizes = Dictionary(manifests.flatMap { $0.objects.map { ($0.file, $0.size) } }, uniquingKeysWith: { first, _ in first })
            let unneeded = try target.list(prefix: "objects/").filter { !needed.contains($0) }
            report.objectsRemoved = unneeded.count
            report.bytesFreed = unneeded.reduce(0) { $0 + (sizes[$1] ?? 0) }
            guard !dryRun else { return report }
            // Snapshots first: a prune cut short leaves objects nobody names (the next prune takes them), never a
            // manifest naming a removed object.
            for id in report.removed + report.unfinished {
                try target.remove("snapshots/\(id)/manifest")
                try target.remove("snapshots/\(id)")
            }
            for file in unneeded { try target.remove(file) }
            try checkNoBackupFinishedMeanwhile(known: Set(manifests.map(\.id)), removed: Set(unneeded))
            return report
        }
    }

    /// A backup under way has written its snapshot's database but no manifest yet, and may be counting on objects
    /// it found already there: pruning then could remove one it needs (an s3:// backup has no lock to say so).
    /// A run without a manifest more than a day old is a dead one, not one under way.
    private func refuseWhileABackupRuns(newest: String?) throws {
        let dayAgo = Self.snapshotId(at: Date().addingTimeInterval(-86_400))
        let running = try target.list(prefix: "snapshots/").map { String($0.dropFirst("snapshots/".count)) }
            .filter { try $0 > (newest ?? "") && $0 > dayAgo && !target.exists("snapshots/\($0)/manifest") }
        if let id = running.first {
            throw BackupError("a backup is under way in \(target.description) (snapshot \(id) has no manifest yet): prune after it ends")
        }
    }

    /// A backup that finished while this prune removed objects may name one of them: said, so that the
    /// snapshot is taken again rather than trusted.
    private func checkNoBackupFinishedMeanwhile(known: Set<String>, removed: Set<String>) throws {
        for id in try snapshots() where !known.contains(id) {
            let lost = try manifest(id).objects.filter { removed.contains($0.file) }
            if !lost.isEmpty {
                throw BackupError("snapshot \(id) finished during this prune and names \(lost.count) objects it removed (\(lost[0].key), ...): take a backup again")
            }
        }
    }
}
