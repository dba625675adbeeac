import Foundation
import Logging

/// Temp areas live a time-to-live after their last write (design: scratch space with a time-to-live). Expired ones
/// that nothing writes into are removed with everything in them; their objects wait in the trash for the deletion
/// grace, so a reader with a file open keeps its bytes until then.
public final class TempExpiry: @unchecked Sendable {
    private let metadata: MetadataStore
    private let log: Logger

    public init(metadata: MetadataStore, logger: Logger) {
        self.metadata = metadata
        log = logger
    }

    /// Removes the expired temp areas; returns their names.
    public func collect() throws -> [String] {
        var removed: [String] = []
        for area in try metadata.expiredTempAreas() where try metadata.removeExpiredTempArea(id: area.id) {
            removed.append(area.name)
            try metadata.insertAudit([AuditEvent(uid: getuid(), userId: nil, userName: nil, action: "temp-expired",
                                                 path: "temp/\(area.name)", detail: "time-to-live passed since its last write",
                                                 result: "ok")])
        }
        if !removed.isEmpty { log.info("expired temp areas removed: \(removed.joined(separator: ", "))") }
        return removed
    }
}
