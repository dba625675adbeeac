import Foundation
import Logging
import MeetingObjects
import MeetingCatalog

/// Deletes the objects of unlinked and replaced files once their grace period is over. Open readers on any
/// mount keep reading a version until then; a row is forgotten only after its object is gone, so a failed
/// delete is simply retried on the next round.
public final class Reaper: Sendable {
    private let catalog: any Catalog
    private let objects: ObjectStore
    private let grace: TimeInterval
    private let log: Logger
    /// Objects reclaimed per round at most: a round's deletes stay short, the rest wait for the next.
    private static let batch = 500

    package init(catalog: any Catalog, objects: ObjectStore, grace: TimeInterval, logger: Logger) {
        self.catalog = catalog
        self.objects = objects
        self.grace = grace
        log = logger
    }

    /// One round; returns how many objects it reclaimed.
    @discardableResult
    public func runOnce() throws -> Int {
        try catalog.expiredObjects(grace: grace, limit: Self.batch).filter { reclaim(fileId: $0.fileId, key: $0.key) }.count
    }

    /// Deletes one expired object, then forgets its row; false (logged) if it stays for the next round.
    package func reclaim(fileId: Int64?, key: String?) -> Bool {
        do {
            if let key { try objects.delete(key: key) }
            try catalog.forgetExpired(fileId: fileId, key: key)
            return true
        } catch {
            log.warning("reaper: kept for the next round", metadata: ["object": "\(key ?? "row \(fileId ?? 0)")", "error": "\(error)"])
            return false
        }
    }

    /// Runs a round every `interval` seconds on a background thread for the life of the process; each round also
    /// collects the uploads of mounts that died (the first one at once, so a remount after a crash cleans up).
    public func start(every interval: TimeInterval, collecting collector: UploadCollector) {
        let thread = Thread { [self] in
            while true {
                do { try collector.collectDeadMounts() } catch { log.warning("collecting dead mounts failed", metadata: ["error": "\(error)"]) }
                Thread.sleep(forTimeInterval: interval)
                do { try runOnce() } catch { log.warning("reaper round failed", metadata: ["error": "\(error)"]) }
            }
        }
        thread.name = "meetingfs-reaper"
        thread.start()
    }
}
