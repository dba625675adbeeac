import Foundation
import MeetingCore
import MeetingCatalog

/// Who asks, where that puts them in the access policy, and the audit trail of what they did.
extension FileSystem {
    /// The caller's user and role (the superblock remembers them).
    package func principal(_ caller: Caller) throws -> Principal {
        caller.uid == 0 ? .superuser() : try superblock.principal(uid: caller.uid)
    }

    /// Throws the policy's answer unless `who` may do `access` to (or in) `directory`.
    package func require(_ access: Access, on directory: Node, for who: Principal) throws {
        try AccessPolicy.check(who, access, on: place(of: directory, for: who))
    }

    /// The one check every way to a file's bytes passes, whatever asks (open for reading, the sha256 and url
    /// attributes, download links): the role on its directory, then the file's own mode bits where they decide.
    func requireRead(_ file: FileRecord, for who: Principal, _ caller: Caller) throws {
        try require(.read, on: try node(file.parentIno), for: who)
        try permit(.read, onFile: file, for: caller)
    }

    /// Where a directory stands in the access policy for `who`.
    package func place(of directory: Node, for who: Principal) throws -> Place {
        switch directory {
        case .root, .meetingsRoot, .usersRoot, .tempRoot: return .fixed
        case .meeting(let id): return .meeting(try meetingRelation(id, for: who))
        case .area(let id, let area): return .meetingArea(area, try meetingRelation(id, for: who))
        case .user(let id): return .userHome(id == who.userId ? .own : .other)
        case .profiles(let id): return .profiles(id == who.userId ? .own : .other)
        case .tempArea, .tempDir:
            guard who.role == .member else { return .tempArea(.other) }  // the relation decides for members only
            let owner = try superblock.recentRow(.tempAreas, id: try tempAreaId(of: directory)).ownerId
            return .tempArea(owner != nil && owner == who.userId ? .own : .other)
        case .file: throw FSError.notDirectory
        }
    }

    /// A member's standing in a meeting: owner, shared with, or neither (other roles' rights do not depend on it).
    func meetingRelation(_ meetingId: Int64, for who: Principal) throws -> Relation {
        guard who.role == .member, let userId = who.userId else { return .other }
        if try superblock.recentRow(.meetings, id: meetingId).ownerId == userId { return .own }
        return try superblock.sharedRelation(meetingId: meetingId, userId: userId)
    }

    /// The rows of a fixed root's listing `who` may see.
    func visibleRows(_ rows: [DirectoryRecord], in root: Node, for who: Principal) throws -> [DirectoryRecord] {
        guard who.role == .member, let userId = who.userId else { return rows }
        let shared = root == .meetingsRoot ? try superblock.database { try catalog.sharedMeetings(userId: userId) } : [:]
        return rows.filter { row in
            let own = row.ownerId == userId
            let place: Place
            switch root {
            case .meetingsRoot: place = .meeting(own ? .own : shared[row.id] ?? .other)
            case .usersRoot: place = .userHome(own ? .own : .other)
            default: place = .tempArea(own ? .own : .other)
            }
            return AccessPolicy.allows(who.role, .read, on: place)
        }
    }

    // MARK: - Audit

    /// Runs an operation on behalf of `caller` and records it in the audit log, however it ends.
    package func audited<T>(_ action: String, _ caller: Caller, path: () -> String, detail: String? = nil,
                    _ body: (Principal) throws -> T) throws -> T {
        var who: Principal?
        do {
            who = try principal(caller)
            let value = try body(who!)
            audit.record(action, caller, who, path: path(), detail: detail, outcome: nil)
            return value
        } catch {
            audit.record(action, caller, who, path: path(), detail: detail, outcome: error)
            throw error
        }
    }

    /// Runs a look-only operation (lookup, getattr, readdir, statfs): recorded only when refused or failed, not
    /// when a name simply does not exist (or an inode the kernel held is gone).
    func observed<T>(_ action: String, _ caller: Caller, path: () -> String, _ body: (Principal) throws -> T) throws -> T {
        var who: Principal?
        do {
            who = try principal(caller)
            return try body(who!)
        } catch let error as FSError where (error.errno == ENOENT || error.errno == ESTALE) && !error.isDenial {
            throw error
        } catch {
            // The kernel asks again at once when a name it had cached is refused: one row for both.
            let key = RepeatedFailure(uid: caller.uid, action: action, path: path())
            if superblock.recentFailures.value(key) == nil {
                superblock.recentFailures.store(key, true, readStart: superblock.recentFailures.beginRead())
                audit.record(action, caller, who, path: key.path, detail: nil, outcome: error)
            }
            throw error
        }
    }

    struct RepeatedFailure: Hashable {
        package let uid: UInt32
        package let action: String
        package let path: String
    }

    /// A node's path below the mount point, for the audit log ("ino N" where its rows are gone).
    package func path(of node: Node) -> String {
        (try? knownPath(of: node, depth: 0)) ?? "ino \(node.ino)"
    }

    package func path(in parent: UInt64, _ name: String) -> String {
        let base = Node(ino: parent).map(path(of:)) ?? ""
        return base.isEmpty ? name : base + "/" + name
    }

    private func knownPath(of node: Node, depth: Int) throws -> String {
        guard depth < 256 else { throw FSError.invalid }
        switch node {
        case .root: return ""
        case .meetingsRoot: return "meetings"
        case .usersRoot: return "users"
        case .tempRoot: return "temp"
        case .meeting(let id): return "meetings/" + (try superblock.recentRow(.meetings, id: id).name)
        case .area(let id, let area): return try knownPath(of: .meeting(id), depth: depth + 1) + "/" + area.rawValue
        case .user(let id): return "users/" + (try superblock.recentRow(.users, id: id).name)
        case .profiles(let id): return try knownPath(of: .user(id), depth: depth + 1) + "/profiles"
        case .tempArea(let id): return "temp/" + (try superblock.recentRow(.tempAreas, id: id).name)
        case .tempDir(let id):
            let row = try superblock.recentRow(.tempDirs, id: id)
            guard let parent = row.parentIno.flatMap(Node.init(ino:)) else { throw FSError.notFound }
            return try knownPath(of: parent, depth: depth + 1) + "/" + row.name
        case .file(let id):
            guard let file = try superblock.listings.recentRow(id) ?? catalog.file(id: id), let parent = Node(ino: file.parentIno)
            else { throw FSError.notFound }
            return try knownPath(of: parent, depth: depth + 1) + "/" + file.name
        }
    }
}

/// Where mode bits decide (ModeBits): below a temp area's own directory, which the role keeps. Directories nested
/// in an area are checked by their bits, and every file of an area by its own; elsewhere these checks pass, and
/// the role alone decides.
extension FileSystem {
    /// The bits that decide what may be done in `directory`: a nested temp directory's; nil elsewhere.
    func modeBits(of directory: Node) throws -> Ownership? {
        guard case .tempDir(let id) = directory else { return nil }
        return try superblock.recentRow(.tempDirs, id: id).ownership
    }

    /// EACCES unless `caller` may `mask` the directory by its bits: search (x) to resolve a name in it, read (r) to
    /// list it, write and search (wx) to add or remove a name.
    func permit(_ mask: ModeBits.Mask, in directory: Node, for caller: Caller) throws {
        guard let bits = try modeBits(of: directory) else { return }
        try ModeBits.check(mask, on: bits, for: caller)
    }

    /// EACCES unless `caller` may `mask` a temp area's file by its own bits.
    func permit(_ mask: ModeBits.Mask, onFile file: FileRecord, for caller: Caller) throws {
        guard file.isTemp else { return }
        try ModeBits.check(mask, on: file.ownership, for: caller)
    }

    /// setattr of a node below a temp area: truncate by path needs write; chown and chgrp follow POSIX; chmod is
    /// the owner's, and drops setgid for a caller outside the group; explicit times are the owner's, the current
    /// time a writer's too. The kernel's own chmod that clears setuid and setgid after a write or truncate comes
    /// from the writer, who may.
    func permit(_ changes: inout AttributeChanges, to node: Ownership, for caller: Caller) throws {
        if changes.size != nil && !changes.throughHandle { try ModeBits.check(.write, on: node, for: caller) }
        if changes.uid != nil || changes.gid != nil {
            try ModeBits.checkChown(node, uid: changes.uid, gid: changes.gid, by: caller)
        }
        if let mode = changes.permissions {
            let clearsPrivilegesOnly = mode & ~0o6000 == node.mode & 0o7777 & ~0o6000 && mode & ~node.mode == 0
            if !clearsPrivilegesOnly || !ModeBits.allows(.write, on: node, for: caller) {
                try ModeBits.checkOwner(node, for: caller, "chmod")
                changes.permissions = ModeBits.modeAfterChmod(mode, on: node, by: caller)
            }
        }
        switch changes.times {
        case .bothToNow?: try ModeBits.checkTouch(node, for: caller)
        case .explicit?: try ModeBits.checkOwner(node, for: caller, "set explicit times")
        case nil: break
        }
    }

    /// Adding `name` to `directory` (mkdir, symlink, mknod, link): search, then write. A name that exists is told
    /// before a write refusal, as on a local disk (`mkdir -p` relies on EEXIST).
    func permitNewName(_ name: String, in directory: Node, for caller: Caller, _ who: Principal) throws {
        try permit(.execute, in: directory, for: caller)
        do {
            try permit(.write, in: directory, for: caller)
        } catch let denied as FSError where denied.errno == EACCES {
            if try existingChild(of: directory, named: name, for: who) != nil { throw FSError.exists }
            throw denied
        }
    }

    /// fs.protected_hardlinks, which Linux applies to every file system: a caller other than the owner (or root)
    /// links only a regular file it may read and write, without setuid, or setgid with group execute.
    func permitHardLink(to file: FileRecord, for caller: Caller) throws {
        guard file.isTemp, caller.uid != 0, caller.uid != file.uid, Self.hardLinksProtected else { return }
        let privileged = file.mode & 0o4000 != 0 || file.mode & 0o2010 == 0o2010
        guard file.kind == .regular, !privileged, ModeBits.allows([.read, .write], on: file.ownership, for: caller) else {
            throw FSError(EPERM, "fs.protected_hardlinks: only the owner links this file", denial: true)
        }
    }

    /// Read once: the sysctl is set at boot.
    static let hardLinksProtected: Bool = {
        (try? String(contentsOfFile: "/proc/sys/fs/protected_hardlinks", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }()

    /// The bits an open(2) with `flags` needs: read, write, or both; O_TRUNC writes. An open to execute (execve
    /// opens the file read-only with the kernel's __FMODE_EXEC among the flags) needs execute alone.
    package static func mask(forOpen flags: Int32) -> ModeBits.Mask {
        if flags & openToExecute != 0 { return .execute }
        var mask: ModeBits.Mask = []
        switch flags & O_ACCMODE {
        case O_WRONLY: mask.insert(.write)
        case O_RDWR: mask.formUnion([.read, .write])
        default: mask.insert(.read)
        }
        if flags & O_TRUNC != 0 { mask.insert(.write) }
        return mask
    }

    /// __FMODE_EXEC (linux/fs.h), which no O_ flag shares.
    static let openToExecute: Int32 = 0o40

    /// Removing or replacing the name of `target` in `directory` (unlink, rmdir, rename): wx on the directory, then
    /// its sticky bit (EPERM). Only there is the target's owner read: elsewhere the role alone decides, at no cost.
    func permitRemoval(of target: Node, from directory: Node, for caller: Caller) throws {
        guard let bits = try modeBits(of: directory) else { return }
        try ModeBits.check([.write, .execute], on: bits, for: caller)
        try ModeBits.checkRemoval(of: try owner(of: target), from: bits, by: caller)
    }

    /// The owner of a name's target, for the sticky bit.
    private func owner(of node: Node) throws -> UInt32 {
        switch node {
        case .file(let id): return try fileRow(id).uid
        case .tempDir(let id): return try superblock.recentRow(.tempDirs, id: id).uid
        default: return 0
        }
    }

    /// Whether the kernel may reuse the names it looks up in `parent` for every caller: everywhere but in a nested
    /// temp directory some caller may not search (each walk through it is then asked, and checked, here).
    public func namesSameForEveryCaller(in parent: UInt64) -> Bool {
        guard let directory = Node(ino: parent) else { return false }
        do {
            guard let bits = try modeBits(of: directory) else { return true }
            return ModeBits.everyoneMaySearch(bits)
        } catch {
            return false
        }
    }

    /// access(2) and chdir: the mode bits below a temp area; elsewhere, whether the role lets the caller see the
    /// node (what it may do there is checked by the call that does it).
    public func access(ino: UInt64, mask: Int32, caller: Caller) throws {
        try observed("access", caller, path: { path(of: (try? node(ino)) ?? .root) }) { who in
            let target = try node(ino)
            let asked = ModeBits.Mask(rawValue: UInt32(mask) & 0o7)
            switch target {
            case .file(let id):
                let file = try fileRow(id)
                try require(.read, on: try node(file.parentIno), for: who)
                try permit(asked, onFile: file, for: caller)
            case .tempDir:
                try require(.read, on: target, for: who)
                try permit(asked, in: target, for: caller)
            default:
                try require(.read, on: target, for: who)
            }
        }
    }
}

extension FileRecord {
    var ownership: Ownership { Ownership(mode: mode, uid: uid, gid: gid, isDirectory: false) }
    package var isTemp: Bool { area == "temp" }
}

extension DirectoryRecord {
    var ownership: Ownership { Ownership(mode: mode, uid: uid, gid: gid, isDirectory: true) }
}
