import Foundation
import Synchronization
import MeetingCore
import MeetingCatalog

/// Who asks, where that puts them in the access policy, and the audit trail of what they did.
extension FileSystem {
    /// The caller's user and role, remembered for `principalTTL`. While PostgreSQL cannot be asked, a role read
    /// within the last `principalStaleLimit` is used: an outage must not turn every caller into a stranger.
    package func principal(_ caller: Caller) throws -> Principal {
        if caller.uid == 0 { return .superuser() }
        let now = Date().timeIntervalSince1970
        let known = principals.withLock { $0[caller.uid] }
        if let known, known.until > now { return known.principal }
        let found: Principal?
        do {
            found = try database { try catalog.principal(uid: caller.uid) }
        } catch let error as FSError where error.errno == EIO {
            guard let known, known.until + config.principalStaleLimit > now else { throw error }
            return known.principal
        }
        guard let found else { throw FSError(EACCES, "uid \(caller.uid) is not a MeetingFS user", denial: true) }
        principals.withLock { $0[caller.uid] = (found, now + config.principalTTL) }
        return found
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
            let owner = try recentRow(.tempAreas, id: try tempAreaId(of: directory)).ownerId
            return .tempArea(owner != nil && owner == who.userId ? .own : .other)
        case .file: throw FSError.notDirectory
        }
    }

    /// A member's standing in a meeting: owner, shared with, or neither (other roles' rights do not depend on it).
    func meetingRelation(_ meetingId: Int64, for who: Principal) throws -> Relation {
        guard who.role == .member, let userId = who.userId else { return .other }
        if try recentRow(.meetings, id: meetingId).ownerId == userId { return .own }
        return try shares.value(ShareKey(meetingId: meetingId, userId: userId)) {
            try database { try catalog.sharedAccess(meetingId: meetingId, userId: userId) } ?? .other
        }
    }

    struct ShareKey: Hashable {
        package let meetingId: Int64
        package let userId: Int64
    }

    /// The rows of a fixed root's listing `who` may see.
    func visibleRows(_ rows: [DirectoryRecord], in root: Node, for who: Principal) throws -> [DirectoryRecord] {
        guard who.role == .member, let userId = who.userId else { return rows }
        let shared = root == .meetingsRoot ? try database { try catalog.sharedMeetings(userId: userId) } : [:]
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
            record(action, caller, who, path: path(), detail: detail, outcome: nil)
            return value
        } catch {
            record(action, caller, who, path: path(), detail: detail, outcome: error)
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
            if recentFailures.value(key) == nil {
                recentFailures.store(key, true, readStart: recentFailures.beginRead())
                record(action, caller, who, path: key.path, detail: nil, outcome: error)
            }
            throw error
        }
    }

    struct RepeatedFailure: Hashable {
        package let uid: UInt32
        package let action: String
        package let path: String
    }

    package func record(_ action: String, _ caller: Caller, _ who: Principal?, path: String, bytes: Int64? = nil,
                detail: String? = nil, outcome: Error?) {
        let result = outcome.map { AuditEvent.resultName(($0 as? FSError)?.errno ?? EIO) } ?? "ok"
        audit.record(AuditEvent(uid: caller.uid, userId: who?.userId, userName: who?.name, action: action, path: path,
                                bytes: bytes, detail: detail, result: result))
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
        case .meeting(let id): return "meetings/" + (try recentRow(.meetings, id: id).name)
        case .area(let id, let area): return try knownPath(of: .meeting(id), depth: depth + 1) + "/" + area.rawValue
        case .user(let id): return "users/" + (try recentRow(.users, id: id).name)
        case .profiles(let id): return try knownPath(of: .user(id), depth: depth + 1) + "/profiles"
        case .tempArea(let id): return "temp/" + (try recentRow(.tempAreas, id: id).name)
        case .tempDir(let id):
            let row = try recentRow(.tempDirs, id: id)
            guard let parent = row.parentIno.flatMap(Node.init(ino:)) else { throw FSError.notFound }
            return try knownPath(of: parent, depth: depth + 1) + "/" + row.name
        case .file(let id):
            guard let file = try listings.recentRow(id) ?? catalog.file(id: id), let parent = Node(ino: file.parentIno)
            else { throw FSError.notFound }
            return try knownPath(of: parent, depth: depth + 1) + "/" + file.name
        }
    }
}
