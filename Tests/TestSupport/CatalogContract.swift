import Foundation
import Logging
import Synchronization
import MeetingCatalog
import MeetingCore

/// The rules every Catalog keeps (see the protocol), as checks an engine must pass: the unit tier runs them on
/// InMemoryCatalog, the integration tier on PostgresCatalog, so the engine the fast tests trust is held to the one
/// the mounts run on. `first` and `second` are two connections of one database, as two mounts have.
package struct CatalogContract {
    package struct Violation: Error, CustomStringConvertible {
        package let description: String
    }

    let first: any Catalog
    let second: any Catalog
    let mountId = UUID()
    let area: DirectoryRecord

    package init(first: any Catalog, second: any Catalog) throws {
        self.first = first
        self.second = second
        try first.registerMount(id: mountId, process: .current)
        area = try first.createTempArea(publicId: "contract-\(UUID().uuidString.prefix(8))", owner: nil, ttl: 3600,
                                        mode: 0o777, uid: 0, gid: 0)
    }

    private var top: FilePlacement { placement(in: Node.tempArea(area.id).ino, tempDir: nil) }

    private func placement(in parentIno: UInt64, tempDir: Int64?) -> FilePlacement {
        FilePlacement(parentIno: parentIno, area: "temp", meetingId: nil, userId: nil, tempAreaId: area.id,
                      tempDirId: tempDir, keyPrefix: "temp/\(area.name)")
    }

    private func expect(_ condition: Bool, _ what: @autoclosure () -> String) throws {
        if !condition { throw Violation(description: what()) }
    }

    private func expectErrno(_ errno: Int32, _ what: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as FSError where error.errno == errno {
            return
        }
        throw Violation(description: "\(what): no errno \(errno)")
    }

    /// A file written and committed by the first connection under `name`.
    @discardableResult
    private func committed(_ name: String, size: Int64 = 3, keep: Bool = false, in placement: FilePlacement? = nil) throws -> FileRecord {
        let (file, reservation) = try first.insertUploading(placement ?? top, name: name, mode: 0o644, uid: 0, gid: 0,
                                                            createdBy: nil, mountId: mountId)
        try commit(file.id, reservation, size: size, keep: keep)
        return try first.file(id: file.id)!
    }

    @discardableResult
    private func commit(_ fileId: Int64, _ reservation: Reservation, size: Int64 = 3, keep: Bool = false) throws -> CommitOutcome {
        let version = CommittedVersion(reservationId: reservation.id, s3Key: reservation.key, size: size, etag: "e-\(reservation.id)",
                                       sha256: String(repeating: "ab", count: 32), mtime: .now(), keyFingerprint: nil)
        return try first.commit(fileId: fileId, version, queueJob: false, keepReplaced: keep, created: nil)
    }

    // MARK: The rules

    /// A name stands for one thing: directories, nodes, committed files and hard links all claim it.
    package func aNameIsTakenOnce() throws {
        let file = try committed("f")
        _ = try first.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "d", mode: 0o755, uid: 0, gid: 0)
        try expectErrno(EEXIST, "a second directory d") {
            _ = try second.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "d", mode: 0o755, uid: 0, gid: 0)
        }
        try expectErrno(EEXIST, "a symlink over the directory d") {
            _ = try second.insertNode(top, name: "d", kind: .symlink, target: "x", rdev: 0, mode: 0o777, uid: 0, gid: 0, createdBy: nil)
        }
        try expectErrno(EEXIST, "a directory over the file f") {
            _ = try second.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "f", mode: 0o755, uid: 0, gid: 0)
        }
        try expectErrno(EEXIST, "a hard link over the directory d") { _ = try second.link(fileId: file.id, to: top, name: "d") }
    }

    /// A file a live mount is writing holds its name; once that mount is gone, the name is free.
    package func aWritingMountHoldsTheNameUntilItIsGone() throws {
        _ = try first.insertUploading(top, name: "u", mode: 0o644, uid: 0, gid: 0, createdBy: nil, mountId: mountId)
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "u") == nil, "an uploading file is listed")
        try expectErrno(EEXIST, "a directory over a file being written") {
            _ = try second.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "u", mode: 0o755, uid: 0, gid: 0)
        }
        try first.removeMount(id: mountId)
        _ = try second.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "u", mode: 0o755, uid: 0, gid: 0)
    }

    /// The reservation is the commit's proof: a version whose reservation was given up never becomes visible.
    package func aCommitNeedsItsReservation() throws {
        let (file, reservation) = try first.insertUploading(top, name: "r", mode: 0o644, uid: 0, gid: 0, createdBy: nil, mountId: mountId)
        try first.abandonReservation(id: reservation.id, key: reservation.key)
        try expectErrno(EIO, "a commit without its reservation") { try commit(file.id, reservation) }
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "r") == nil, "the collected version is visible")
        try expect(try second.unreferencedKeys([reservation.key]).isEmpty, "the abandoned key is not in the trash")
    }

    /// A version given up after its reservation was lost (a crash took it with the create's rows) still has its
    /// key trashed, so the object it uploaded is not left stray.
    package func aGivenUpKeyNoRowHoldsIsTrashed() throws {
        let (_, reservation) = try first.insertUploading(top, name: "lost", mode: 0o644, uid: 0, gid: 0, createdBy: nil, mountId: mountId)
        try first.abandonReservation(id: reservation.id, key: reservation.key)
        try first.forgetExpired(fileId: nil, key: reservation.key)  // as the reaper does: the reservation and the trash are gone
        try expect(try second.unreferencedKeys([reservation.key]) == [reservation.key], "the key is still held")
        try second.abandonReservation(id: reservation.id, key: reservation.key)
        try expect(try first.unreferencedKeys([reservation.key]).isEmpty, "a key nothing holds was not trashed")
    }

    /// A file unlinked while it was written commits nothing.
    package func anUnlinkedFileCommitsNothing() throws {
        let (file, reservation) = try first.insertUploading(top, name: "gone", mode: 0o644, uid: 0, gid: 0, createdBy: nil, mountId: mountId)
        try second.unlink(fileId: file.id, parentIno: top.parentIno, name: "gone", inTempArea: false)
        try expect(try commit(file.id, reservation) == .unlinked, "the commit of an unlinked file")
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "gone") == nil, "the unlinked file is visible")
    }

    /// A commit replaces the file that had its name: the replaced one goes, its version kept only when asked.
    package func aCommitReplacesItsNamesake() throws {
        let old = try committed("n")
        let new = try committed("n")
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "n")?.id == new.id, "the newer file has the name")
        try expect(try second.file(id: old.id)?.status == "deleting", "the replaced file is not deleting")
        try expect(try second.versions(parentIno: top.parentIno, name: "n").isEmpty, "a version was kept unasked")
        let kept = try committed("n", keep: true)
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "n")?.id == kept.id, "the kept-replacing file has the name")
        try expect(try second.versions(parentIno: top.parentIno, name: "n").map(\.key) == [new.s3Key!], "the replaced version is not kept")
    }

    /// A second version of one file replaces the first; kept, it can be made current again.
    package func aKeptVersionCanBeRestored() throws {
        let file = try committed("v", size: 1)
        let second = try first.reserveVersion(fileId: file.id, keyPrefix: top.keyPrefix, name: "v", mountId: mountId)
        try commit(file.id, second, size: 2, keep: true)
        let versions = try self.second.versions(parentIno: top.parentIno, name: "v")
        try expect(versions.map(\.key) == [file.s3Key!], "the first version is not kept: \(versions)")
        try self.second.restoreVersion(fileId: file.id, version: versions[0].version)
        let restored = try self.second.visibleFile(parentIno: top.parentIno, name: "v")
        try expect(restored?.s3Key == file.s3Key && restored?.size == 1, "the restored version is not current")
        try expect(try self.second.versions(parentIno: top.parentIno, name: "v").map(\.key) == [second.key],
                   "the version it replaced is not kept")
    }

    /// A version's sha256 is 64 lowercase hex digits, or the commit is refused (the schema's CHECK).
    package func aMalformedDigestIsRefused() throws {
        let (file, reservation) = try first.insertUploading(top, name: "bad", mode: 0o644, uid: 0, gid: 0, createdBy: nil, mountId: mountId)
        let version = CommittedVersion(reservationId: reservation.id, s3Key: reservation.key, size: 1, etag: "e",
                                       sha256: "not-a-digest", mtime: .now(), keyFingerprint: nil)
        let refused = (try? first.commit(fileId: file.id, version, queueJob: false, keepReplaced: false, created: nil)) == nil
        try expect(refused, "a commit with a malformed sha256 succeeded")
        try expect(try second.visibleFile(parentIno: top.parentIno, name: "bad") == nil, "the refused version is visible")
    }

    /// A renamed file takes its new name from a namesake, which goes.
    package func aRenameReplacesItsNamesake() throws {
        let moving = try committed("a"), replaced = try committed("b")
        try second.rename(fileId: moving.id, from: (top.parentIno, "a"), to: top, name: "b", keepReplaced: false)
        try expect(try first.visibleFile(parentIno: top.parentIno, name: "b")?.id == moving.id, "the renamed file is not at b")
        try expect(try first.visibleFile(parentIno: top.parentIno, name: "a") == nil, "a is still listed")
        try expect(try first.file(id: replaced.id)?.status == "deleting", "the replaced file is not deleting")
    }

    /// Hard links list a file under each name; unlinking its first name passes that to the oldest link.
    package func hardLinksOutliveTheFirstName() throws {
        let file = try committed("h")
        let linked = try second.link(fileId: file.id, to: top, name: "h2")
        try expect(linked.links == 2 && linked.name == "h2", "the link's row: \(linked.name), \(linked.links) names")
        try expect(try first.visibleFiles(parentIno: top.parentIno).filter { $0.id == file.id }.map(\.name) == ["h", "h2"],
                   "the file is not listed under both names")
        try second.unlink(fileId: file.id, parentIno: top.parentIno, name: "h", inTempArea: true)
        try expect(try first.visibleFile(parentIno: top.parentIno, name: "h") == nil, "the unlinked name is listed")
        let heir = try first.visibleFile(parentIno: top.parentIno, name: "h2")
        try expect(heir?.id == file.id && heir?.links == 1 && heir?.status == "ready", "the link did not become the first name")
    }

    /// A directory with anything listed in it is not removed; a deleted file does not count.
    package func aDirectoryIsRemovedOnlyWhenEmpty() throws {
        let directory = try first.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "full", mode: 0o755, uid: 0, gid: 0)
        let inside = placement(in: Node.tempDir(directory.id).ino, tempDir: directory.id)
        let node = try first.insertNode(inside, name: "s", kind: .symlink, target: "t", rdev: 0, mode: 0o777, uid: 0, gid: 0, createdBy: nil)
        try expectErrno(ENOTEMPTY, "removing a directory that lists a symlink") {
            try second.removeDirectory(.tempDirs, id: directory.id, childInos: [inside.parentIno])
        }
        try second.unlink(fileId: node.id, parentIno: inside.parentIno, name: "s", inTempArea: true)
        try second.removeDirectory(.tempDirs, id: directory.id, childInos: [inside.parentIno])
        try expect(try first.tempDir(parentIno: top.parentIno, name: "full") == nil, "the removed directory is listed")
    }

    /// A removed temp directory takes the versions kept under its paths, their objects to the trash: no version row
    /// is left naming an object the reaper deletes.
    package func aRemovedDirectoryTakesItsKeptVersions() throws {
        let directory = try first.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "kept", mode: 0o755, uid: 0, gid: 0)
        let inside = placement(in: Node.tempDir(directory.id).ino, tempDir: directory.id)
        let old = try committed("n", in: inside)
        let new = try committed("n", keep: true, in: inside)
        try expect(try second.versions(parentIno: inside.parentIno, name: "n").map(\.key) == [old.s3Key!], "no version kept")
        try second.unlink(fileId: new.id, parentIno: inside.parentIno, name: "n", inTempArea: true)
        try second.removeDirectory(.tempDirs, id: directory.id, childInos: [inside.parentIno])
        try expect(try first.versions(parentIno: inside.parentIno, name: "n").isEmpty, "a kept version outlived its directory")
        try expect(try first.unreferencedKeys([old.s3Key!, new.s3Key!]).isEmpty, "an object of the directory was not trashed")
    }

    /// A name added in a temp directory moves the directory's mtime and ctime (SchemaV9's triggers), and that
    /// change of the directory's row is announced too, so other mounts drop the row they cached.
    package func aNewNameTouchesItsDirectory() throws {
        let directory = try first.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "touched", mode: 0o755, uid: 0, gid: 0)
        let inside = placement(in: Node.tempDir(directory.id).ino, tempDir: directory.id)
        let heard = Mutex<[RowChange]>([])
        let feed = second.listenForChanges(logger: Logger(label: "contract"), apply: { changes in heard.withLock { $0 += changes } },
                                           resync: {})
        defer { feed.stop() }
        // The listener may still be connecting: names are added until the directory's change is heard.
        try expect(try waitUntil { () throws -> Bool in
            _ = try first.insertNode(inside, name: "n-\(UUID().uuidString.prefix(6))", kind: .fifo, target: nil, rdev: 0,
                                     mode: 0o644, uid: 0, gid: 0, createdBy: nil)
            return waitUntil(seconds: 1) { heard.withLock { $0.contains { $0.table == "temp_dirs" && $0.id == directory.id } } }
        }, "the directory's change was never announced")
        let now = try unwrapped(try second.directory(.tempDirs, id: directory.id), "the directory")
        try expect(directory.mtime < now.mtime && directory.ctime < now.ctime, "the directory's times did not move")
    }

    private func unwrapped<T>(_ value: T?, _ what: String) throws -> T {
        guard let value else { throw Violation(description: "\(what) is gone") }
        return value
    }

    /// What one connection changes is announced to the others and not to itself.
    package func changesAreAnnouncedToTheOthers() throws {
        let heardByFirst = Mutex<[RowChange]>([]), heardBySecond = Mutex<[RowChange]>([])
        let log = Logger(label: "contract")
        let feeds = [first.listenForChanges(logger: log, apply: { changes in heardByFirst.withLock { $0 += changes } }, resync: {}),
                     second.listenForChanges(logger: log, apply: { changes in heardBySecond.withLock { $0 += changes } }, resync: {})]
        defer { feeds.forEach { $0.stop() } }
        // A listener may still be connecting: changes are made until one is heard.
        var mine: DirectoryRecord?
        try expect(try waitUntil { () throws -> Bool in
            mine = try first.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "heard-\(UUID().uuidString.prefix(6))",
                                           mode: 0o755, uid: 0, gid: 0)
            return waitUntil(seconds: 1) { heardBySecond.withLock { $0.contains { $0.table == "temp_dirs" && $0.id == mine!.id } } }
        }, "the second connection never heard the first's change")
        let theirs = try second.createTempDir(areaId: area.id, parentIno: top.parentIno, name: "reply", mode: 0o755, uid: 0, gid: 0)
        try expect(waitUntil { heardByFirst.withLock { $0.contains { $0.table == "temp_dirs" && $0.id == theirs.id } } },
                   "the first connection never heard the second's change")
        // Announcements arrive in commit order: by now the first would have heard its own.
        try expect(!heardByFirst.withLock { $0.contains { $0.table == "temp_dirs" && $0.id == mine!.id } },
                   "a connection heard its own change")
    }

    private func waitUntil(seconds: TimeInterval = 10, _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if try condition() { return true }
            usleep(10_000)
        } while Date() < deadline
        return try condition()
    }
}
