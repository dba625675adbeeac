import Foundation
import Synchronization
import MeetingCatalog
import MeetingCore

/// The tables of the schema, in memory: one database several InMemoryCatalog connections (mounts) share, as
/// mounts share one PostgreSQL. State has one owner, this Mutex; every catalog call is one critical section, as
/// every PostgresCatalog call is one transaction.
package final class InMemoryDatabase: Sendable {
    package struct DirectoryRow: Sendable {
        var id: Int64
        var name: String
        var ownerId: Int64?
        var mode: UInt32 = 0o755
        var uid: UInt32 = 0
        var gid: UInt32 = 0
        var mtime = FileTime.now()
        var ctime = FileTime.now()
        var atime = FileTime.now()
        var areaId: Int64?
        var parentIno: UInt64?
        var unixUid: UInt32?
        var role = Role.member
        var status = "new"
        var legalHold = false
        var ttl: TimeInterval = 0
        var expiresAt = Date.distantFuture
    }

    package struct FileRow: Sendable {
        var id: Int64
        var parentIno: UInt64
        var name: String
        var placement: FilePlacement
        var status: String
        var s3Key: String?
        var version = 0
        var size: Int64 = 0
        var etag: String?
        var sha256: String?
        var mode: UInt32
        var uid: UInt32
        var gid: UInt32
        var mtime = FileTime.now()
        var ctime = FileTime.now()
        var atime = FileTime.now()
        var keyFingerprint: String?
        var kind = FileKind.regular
        var target: String?
        var rdev: UInt64 = 0
        var mountId: UUID?
        var createdAt = Date()
        var archived = false
    }

    package struct LinkRow: Sendable {
        var id: Int64
        var fileId: Int64
        var parentIno: UInt64
        var name: String
        var tempDirId: Int64?
    }

    package struct VersionRow: Sendable {
        var id: Int64
        var file: FileRow
        var replacedAt: Date
    }

    package struct ReservationRow: Sendable {
        var id: Int64
        var fileId: Int64
        var mountId: UUID?
        var key: String
        var multipartUploadId: String?
    }

    package struct Job: Sendable, Equatable {
        package let kind: String
        package let meetingId: Int64
        package let fileId: Int64
    }

    package struct Tables: Sendable {
        var directories: [DirectoryTable: [Int64: DirectoryRow]] = [.meetings: [:], .users: [:], .tempAreas: [:], .tempDirs: [:]]
        var files: [Int64: FileRow] = [:]
        var links: [Int64: LinkRow] = [:]
        var versions: [Int64: VersionRow] = [:]
        var reservations: [Int64: ReservationRow] = [:]
        var trash: [String: Date] = [:]
        var mounts: [UUID: (process: ProcessIdentity, heartbeat: Date)] = [:]
        var shares: [ShareKey: Relation] = [:]
        var artifacts: [Int64: (meetingId: Int64, kind: String)] = [:]
        package var jobs: [Job] = []
        var lastId: Int64 = 0
        /// Changes made in the current call, announced to the other connections when it ends.
        var announced: [RowChange] = []

        mutating func nextId() -> Int64 {
            lastId += 1
            return lastId
        }
    }

    struct ShareKey: Hashable, Sendable {
        let meetingId: Int64
        let userId: Int64
    }

    private let tables = Mutex(Tables())
    private let feeds = Mutex<[UUID: InMemoryFeed]>([:])

    package init() {}

    /// One call's critical section; what it announced goes to every other connection's feed after the lock is
    /// released, as NOTIFY reaches listeners after COMMIT.
    func run<T>(from connection: UUID, _ body: (inout Tables) throws -> T) throws -> T {
        var changes: [RowChange] = []
        let result = try tables.withLock { state -> T in
            state.announced = []
            defer { changes = state.announced; state.announced = [] }
            var working = state
            let value = try body(&working)
            state = working  // a call that throws changes nothing, as a rolled-back transaction
            return value
        }
        if !changes.isEmpty {
            for (id, feed) in feeds.withLock({ $0 }) where id != connection { feed.deliver(changes) }
        }
        return result
    }

    func subscribe(_ connection: UUID, _ feed: InMemoryFeed) { feeds.withLock { $0[connection] = feed } }
    func unsubscribe(_ connection: UUID) { _ = feeds.withLock { $0.removeValue(forKey: connection) } }

    // MARK: What tests set up and look at

    /// A user as `meetingfs user add` makes one.
    @discardableResult
    package func addUser(name: String, uid: UInt32, role: Role) -> Int64 {
        try! run(from: UUID()) { state in
            let id = state.nextId()
            state.directories[.users]![id] = DirectoryRow(id: id, name: name, unixUid: uid, role: role)
            state.announce("users", id, old: nil, new: (nil, name))
            return id
        }
    }

    package func share(meetingId: Int64, with userId: Int64, as relation: Relation) {
        try! run(from: UUID()) { state in
            state.shares[ShareKey(meetingId: meetingId, userId: userId)] = relation
            state.announce("meeting_access", meetingId, old: nil, new: nil)
        }
    }

    package func setLegalHold(meetingId: Int64, _ held: Bool) {
        try! run(from: UUID()) { state in
            guard let row = state.directories[.meetings]![meetingId] else { return }
            state.directories[.meetings]![meetingId]?.legalHold = held
            state.announce("meetings", meetingId, old: (nil, row.name), new: (nil, row.name))
        }
    }

    package var jobs: [Job] { try! run(from: UUID()) { $0.jobs } }
    package var trashedKeys: Set<String> { try! run(from: UUID()) { Set($0.trash.keys) } }
    package var reservationCount: Int { try! run(from: UUID()) { $0.reservations.count } }
    package func fileStatus(_ id: Int64) -> String? { try! run(from: UUID()) { $0.files[id]?.status } }
}

/// A connection's subscription to what the others change.
final class InMemoryFeed: ChangeFeed, Sendable {
    private let apply: @Sendable ([RowChange]) -> Void
    private let onStop: @Sendable () -> Void

    init(apply: @escaping @Sendable ([RowChange]) -> Void, onStop: @escaping @Sendable () -> Void) {
        self.apply = apply
        self.onStop = onStop
    }

    func deliver(_ changes: [RowChange]) { apply(changes) }
    func stop() { onStop() }
}
