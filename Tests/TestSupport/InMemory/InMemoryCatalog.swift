import Foundation
import Logging
import MeetingCatalog
import MeetingCore

/// One connection to an InMemoryDatabase: a Catalog with PostgresCatalog's rules and no server, for tests that
/// run the file system in-process. Each mount of a test gets its own connection, so it hears the others' changes
/// and not its own.
package final class InMemoryCatalog: Catalog {
    package let database: InMemoryDatabase
    private let connection = UUID()

    package init(_ database: InMemoryDatabase = InMemoryDatabase()) { self.database = database }

    func run<T>(_ body: (inout InMemoryDatabase.Tables) throws -> T) throws -> T {
        try database.run(from: connection, body)
    }

    // MARK: Principals and sharing

    package func principal(uid: UInt32) throws -> Principal? {
        try run { state in
            state.directories[.users]!.values.first { $0.unixUid == uid }
                .map { Principal(uid: uid, userId: $0.id, role: $0.role, name: $0.name) }
        }
    }

    package func sharedAccess(meetingId: Int64, userId: Int64) throws -> Relation? {
        try run { $0.shares[.init(meetingId: meetingId, userId: userId)] }
    }

    package func sharedMeetings(userId: Int64) throws -> [Int64: Relation] {
        try run { state in
            Dictionary(state.shares.filter { $0.key.userId == userId }.map { ($0.key.meetingId, $0.value) },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    // MARK: Directories backed by rows

    package func directory(_ table: DirectoryTable, id: Int64) throws -> DirectoryRecord? {
        try run { state in state.directories[table]![id].map { state.record($0, table) } }
    }

    package func directory(_ table: DirectoryTable, named name: String) throws -> DirectoryRecord? {
        try run { state in state.directories[table]!.values.first { $0.name == name }.map { state.record($0, table) } }
    }

    package func directories(_ table: DirectoryTable) throws -> [DirectoryRecord] {
        try run { state in state.directories[table]!.values.sorted { $0.name < $1.name }.map { state.record($0, table) } }
    }

    package func tempDir(parentIno: UInt64, name: String) throws -> DirectoryRecord? {
        try run { state in
            state.directories[.tempDirs]!.values.first { $0.parentIno == parentIno && $0.name == name }
                .map { state.record($0, .tempDirs) }
        }
    }

    package func tempDirs(parentIno: UInt64) throws -> [DirectoryRecord] {
        try run { state in
            state.directories[.tempDirs]!.values.filter { $0.parentIno == parentIno }.sorted { $0.name < $1.name }
                .map { state.record($0, .tempDirs) }
        }
    }

    package func meetingStatus(id: Int64) throws -> String? {
        try run { $0.directories[.meetings]![id]?.status }
    }

    package func createMeeting(publicId: String, owner: Int64?, mode: UInt32, uid: UInt32, gid: UInt32) throws -> DirectoryRecord {
        try insertDirectory(.meetings, name: publicId) { row in
            row.ownerId = owner
            (row.mode, row.uid, row.gid) = (mode, uid, gid)
        }
    }

    package func createUser(name: String) throws -> DirectoryRecord {
        try insertDirectory(.users, name: name) { _ in }
    }

    package func createTempArea(publicId: String, owner: Int64?, ttl: TimeInterval, mode: UInt32, uid: UInt32,
                                gid: UInt32) throws -> DirectoryRecord {
        try insertDirectory(.tempAreas, name: publicId) { row in
            row.ownerId = owner
            (row.mode, row.uid, row.gid) = (mode, uid, gid)
            row.ttl = ttl
            row.expiresAt = Date().addingTimeInterval(ttl)
        }
    }

    package func createTempDir(areaId: Int64, parentIno: UInt64, name: String, mode: UInt32, uid: UInt32,
                               gid: UInt32) throws -> DirectoryRecord {
        try run { state in
            try state.claimName(parentIno, name)
            let id = state.nextId()
            let row = InMemoryDatabase.DirectoryRow(id: id, name: name, mode: mode, uid: uid, gid: gid, areaId: areaId,
                                                    parentIno: parentIno)
            state.directories[.tempDirs]![id] = row
            state.touch([parentIno])
            state.announce("temp_dirs", id, old: nil, new: (parentIno, name))
            return state.record(row, .tempDirs)
        }
    }

    /// Names of meetings, users and temp areas are unique (their tables' unique indexes).
    private func insertDirectory(_ table: DirectoryTable, name: String,
                                 _ fill: (inout InMemoryDatabase.DirectoryRow) -> Void) throws -> DirectoryRecord {
        try run { state in
            if state.directories[table]!.values.contains(where: { $0.name == name }) { throw FSError.exists }
            var row = InMemoryDatabase.DirectoryRow(id: state.nextId(), name: name)
            fill(&row)
            state.directories[table]![row.id] = row
            state.announce(table.rawValue, row.id, old: nil, new: (nil, name))
            return state.record(row, table)
        }
    }

    package func removeDirectory(_ table: DirectoryTable, id: Int64, childInos: [UInt64]) throws {
        try run { state in
            let inos = Set(childInos)
            try state.ensureEmpty(inos)
            if table == .meetings { try state.refuseHeld(meeting: id) }
            if table == .users, state.directories[.meetings]!.values.contains(where: { $0.ownerId == id }) {
                throw FSError(ENOTEMPTY, "user still owns meetings")
            }
            let listed = state.files.values.filter { inos.contains($0.parentIno) }
            for file in listed where file.status == "deleting" {
                let deletedAt = Date(timeIntervalSince1970: Double(file.ctime.microseconds) / 1e6)
                if let key = file.s3Key { state.trash[key] = state.trash[key] ?? deletedAt }
                for version in state.versions.values where version.file.id == file.id {
                    state.trash[version.file.s3Key!] = state.trash[version.file.s3Key!] ?? deletedAt
                    state.versions[version.id] = nil
                }
            }
            for version in state.versions.values where inos.contains(version.file.parentIno) {
                state.trash[version.file.s3Key!] = state.trash[version.file.s3Key!] ?? Date()
                state.versions[version.id] = nil
            }
            state.delete(files: listed.map(\.id))
            guard let row = state.directories[table]!.removeValue(forKey: id) else { throw FSError.notFound }
            cascade(&state, table, id)
            if table == .tempDirs { state.touch([row.parentIno]) }
            state.announce(table.rawValue, id, old: (row.parentIno, row.name), new: nil)
        }
    }

    /// The foreign keys' ON DELETE CASCADE.
    private func cascade(_ state: inout InMemoryDatabase.Tables, _ table: DirectoryTable, _ id: Int64) {
        let owned: (FilePlacement) -> Bool = { placement in
            switch table {
            case .meetings: placement.meetingId == id
            case .users: placement.userId == id
            case .tempAreas: placement.tempAreaId == id
            case .tempDirs: placement.tempDirId == id
            }
        }
        state.delete(files: state.files.values.filter { owned($0.placement) }.map(\.id))
        state.versions = state.versions.filter { version in
            // file_versions has no temp_dir_id: a temp directory's versions go with their paths (removeDirectory).
            table == .tempDirs || !owned(version.value.file.placement)
        }
        if table == .tempAreas {
            state.directories[.tempDirs] = state.directories[.tempDirs]!.filter { $0.value.areaId != id }
        }
        if table == .meetings { state.shares = state.shares.filter { $0.key.meetingId != id } }
    }

    package func ensureRemovable(meetingArea ino: UInt64, of meetingId: Int64) throws {
        try run { state in
            try state.ensureEmpty([ino])
            try state.refuseHeld(meeting: meetingId)
        }
    }

    package func setDirectoryAttributes(_ table: DirectoryTable, id: Int64, mode: UInt32?, uid: UInt32?, gid: UInt32?,
                                        mtime: FileTime?, atime: FileTime?) throws {
        try run { state in
            guard var row = state.directories[table]![id] else { return }
            row.mode = mode ?? row.mode
            row.uid = uid ?? row.uid
            row.gid = gid ?? row.gid
            // Meetings, users and areas keep whole microseconds, as timestamptz does.
            row.mtime = mtime.map { table.isTemp ? $0 : FileTime(microseconds: $0.microseconds, extraNanoseconds: 0) } ?? row.mtime
            if table.isTemp {
                row.ctime = .now()
                row.atime = atime ?? row.atime
            }
            state.directories[table]![id] = row
            state.announce(table.rawValue, id, old: (row.parentIno, row.name), new: (row.parentIno, row.name))
        }
    }

    package func renameTempDir(id: Int64, parentIno: UInt64, name: String, replacing victim: (id: Int64, ino: UInt64)?) throws {
        try run { state in
            if let victim {
                let busy = state.files.values.contains { $0.parentIno == victim.ino && $0.status != "deleting" }
                    || state.directories[.tempDirs]!.values.contains { $0.parentIno == victim.ino }
                    || state.links.values.contains { $0.parentIno == victim.ino }
                if busy { throw FSError.notEmpty }
                state.delete(files: state.files.values.filter { $0.parentIno == victim.ino }.map(\.id))
                if let gone = state.directories[.tempDirs]!.removeValue(forKey: victim.id) {
                    state.announce("temp_dirs", victim.id, old: (gone.parentIno, gone.name), new: nil)
                }
            }
            if state.directories[.tempDirs]!.values.contains(where: { $0.id != id && $0.parentIno == parentIno && $0.name == name }) {
                throw FSError.exists
            }
            guard let old = state.directories[.tempDirs]![id] else { return }
            state.directories[.tempDirs]![id]?.parentIno = parentIno
            state.directories[.tempDirs]![id]?.name = name
            state.directories[.tempDirs]![id]?.ctime = .now()
            state.touch([old.parentIno, parentIno])
            state.announce("temp_dirs", id, old: (old.parentIno, old.name), new: (parentIno, name))
        }
    }

    // MARK: Announcements

    package func listenForChanges(logger: Logger, apply: @escaping @Sendable ([RowChange]) -> Void,
                                  resync: @escaping @Sendable () -> Void) -> any ChangeFeed {
        let feed = InMemoryFeed(apply: apply, onStop: { [database, connection] in database.unsubscribe(connection) })
        database.subscribe(connection, feed)
        return feed
    }
}
