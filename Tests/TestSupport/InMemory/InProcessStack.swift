import Foundation
import Logging
import Synchronization
import MeetingCatalog
import MeetingCore
import MeetingFileSystem
import MeetingObjects

/// The file system run in this process on an InMemoryCatalog and a FaultInjectingObjectStore: mounts without
/// FUSE, PostgreSQL or S3, for the fast tier. Every mount of one stack shares its database and bucket, as mounts
/// of one deployment do, and each has a connection of its own, so it hears the others' changes.
package final class InProcessStack: Sendable {
    package let database = InMemoryDatabase()
    package let objects = FaultInjectingObjectStore()
    package let audit = AuditRecorder()
    private let scratch: URL

    package init() {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("in-process-\(UUID().uuidString)")
    }

    /// A new mount: its own catalog connection, lease and staging directory; `listening`: it hears the others'
    /// changes (a mount's listener).
    package func mount(listening: Bool = true, configure: (inout FileSystemConfig) -> Void = { _ in }) throws -> FileSystem {
        let catalog = InMemoryCatalog(database)
        let logger = Logger(label: "in-process")
        let lease = try MountLease(catalog: catalog, logger: logger)
        var config = FileSystemConfig(stagingDirectory: scratch.appendingPathComponent(lease.id.uuidString),
                                      localKey: [UInt8](repeating: 7, count: 32))
        configure(&config)
        let fs = try FileSystem(catalog: catalog, objects: objects, cache: nil, config: config, lease: lease,
                                audit: audit, logger: logger)
        if listening { _ = fs.listenForChanges() }
        return fs
    }

    /// Removes the staging directories (no mount may be left: they are plain directories).
    package func removeScratch() { try? FileManager.default.removeItem(at: scratch) }
}

/// Audit events kept in memory, in the order recorded.
package final class AuditRecorder: AuditSink {
    private let events = Mutex<[AuditEvent]>([])

    package init() {}
    package func record(_ event: AuditEvent) { events.withLock { $0.append(event) } }
    package func close() {}
    package var recorded: [AuditEvent] { events.withLock { $0 } }
}
