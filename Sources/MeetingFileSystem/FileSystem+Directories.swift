import Foundation
import MeetingCore
import MeetingCatalog

extension FileSystem {
    public func mkdir(parent: UInt64, name: String, permissions: UInt32, caller: Caller) throws -> Attributes {
        try audited("mkdir", caller, path: { path(in: parent, name) }) { who in
            let parentNode = try node(parent)
            try require(.read, on: parentNode, for: who)
            let kind = try Namespace.mkdir(in: parentNode, name: name)
            switch kind {
            case .meeting: try AccessPolicy.check(who, .create, on: .meeting(.own))
            case .user: try AccessPolicy.check(who, .create, on: .userHome(.other))
            case .tempArea: try AccessPolicy.check(who, .create, on: .tempArea(.own))
            case .tempDir:
                try require(.write, on: parentNode, for: who)
                try permitNewName(name, in: parentNode, for: caller, who)
            }
            let mode = permissions & 0o7777
            let node: Node = try superblock.database {
                switch kind {
                case .meeting:
                    return .meeting(try catalog.createMeeting(publicId: name, owner: who.userId, mode: mode,
                                                               uid: caller.uid, gid: caller.gid).id)
                case .user:
                    return .user(try catalog.createUser(name: name).id)
                case .tempArea:
                    return .tempArea(try catalog.createTempArea(publicId: name, owner: who.userId, ttl: config.tempAreaTTL,
                                                                 mode: mode, uid: caller.uid, gid: caller.gid).id)
                case .tempDir:
                    if openFiles.pendingFile(in: parent, named: name) != nil { throw FSError.exists }
                    return .tempDir(try catalog.createTempDir(areaId: try tempAreaId(of: parentNode), parentIno: parent,
                                                               name: name, mode: mode, uid: caller.uid, gid: caller.gid).id)
                }
            }
            superblock.invalidate(.names(in: [parent]))
            return try attributes(of: node)
        }
    }

    public func rmdir(parent: UInt64, name: String, caller: Caller) throws {
        try audited("rmdir", caller, path: { path(in: parent, name) }) { who in
            try Names.validateEntry(name)
            let parentNode = try node(parent)
            try require(.read, on: parentNode, for: who)
            let target = try child(of: parentNode, named: name, for: who).node
            if case .area(let meetingId, _) = target { return try removeArea(target, of: meetingId, for: who, caller) }
            try permitRemoval(of: target, from: parentNode, for: caller)
            try Namespace.checkRemovable(target)
            if case .tempDir = target { try require(.write, on: parentNode, for: who) } else { try require(.remove, on: target, for: who) }
            switch target {
            case .meeting(let id):
                let areas = MeetingArea.allCases.map { Node.area(id, $0).ino }
                try superblock.database { try catalog.removeDirectory(.meetings, id: id, childInos: areas) }
                superblock.invalidate(.row(.meetings, id))
            case .user(let id):
                try superblock.database { try catalog.removeDirectory(.users, id: id, childInos: [Node.profiles(id).ino]) }
                superblock.invalidate(.row(.users, id))
            case .tempArea(let id):
                try ensureNothingPending(in: target)
                try superblock.database { try catalog.removeDirectory(.tempAreas, id: id, childInos: [target.ino]) }
                superblock.invalidate(.row(.tempAreas, id))
            case .tempDir(let id):
                try ensureNothingPending(in: target)
                try superblock.database { try catalog.removeDirectory(.tempDirs, id: id, childInos: [target.ino]) }
                superblock.invalidate(.row(.tempDirs, id))
            default:
                throw FSError(EPERM, "fixed directory")
            }
            superblock.invalidate(.names(in: [parent]))
        }
    }

    /// `rm -rf meetings/M` removes raw/, audio/ and artifacts/ before the meeting: each goes once empty, for
    /// whoever may remove the meeting (it is listed again while the meeting exists); anyone else, and a meeting on
    /// legal hold, get EPERM as for any fixed directory.
    private func removeArea(_ area: Node, of meetingId: Int64, for who: Principal, _ caller: Caller) throws {
        let meeting = Node.meeting(meetingId)
        do {
            try require(.remove, on: meeting, for: who)
            try permitRemoval(of: meeting, from: .meetingsRoot, for: caller)
        } catch let refused as FSError where refused.errno == EACCES || refused.errno == EPERM {
            throw FSError(EPERM, "fixed directory", denial: true)
        }
        try ensureNothingPending(in: area)
        try superblock.database { try catalog.ensureRemovable(meetingArea: area.ino, of: meetingId) }
    }

    private func ensureNothingPending(in directory: Node) throws {
        if !openFiles.pendingFiles(in: directory.ino).isEmpty { throw FSError.notEmpty }
    }

    /// The temp area a temp directory (or the area itself) belongs to.
    package func tempAreaId(of directory: Node) throws -> Int64 {
        switch directory {
        case .tempArea(let id): return id
        case .tempDir(let id):
            guard let area = try superblock.row(.tempDirs, id: id).areaId else { throw FSError.io("temp dir without area") }
            return area
        default: throw FSError.invalid
        }
    }

    /// Where files created in `directory` live, in inode and domain terms, with their object key prefix.
    package func placement(in directory: Node) throws -> FilePlacement {
        switch directory {
        case .area(let id, let area):
            let meeting = try superblock.recentRow(.meetings, id: id)
            return FilePlacement(parentIno: directory.ino, area: area.rawValue, meetingId: id, userId: nil, tempAreaId: nil,
                                 tempDirId: nil, keyPrefix: "meetings/\(meeting.name)/\(area.rawValue)")
        case .profiles(let id):
            let user = try superblock.recentRow(.users, id: id)
            return FilePlacement(parentIno: directory.ino, area: "profiles", meetingId: nil, userId: id, tempAreaId: nil,
                                 tempDirId: nil, keyPrefix: "users/\(user.name)/profiles")
        case .tempArea(let id):
            let area = try superblock.recentRow(.tempAreas, id: id)
            return FilePlacement(parentIno: directory.ino, area: "temp", meetingId: nil, userId: nil, tempAreaId: id,
                                 tempDirId: nil, keyPrefix: "temp/\(area.name)")
        case .tempDir(let id):
            let areaId = try tempAreaId(of: directory)
            let area = try superblock.recentRow(.tempAreas, id: areaId)
            return FilePlacement(parentIno: directory.ino, area: "temp", meetingId: nil, userId: nil, tempAreaId: areaId,
                                 tempDirId: id, keyPrefix: "temp/\(area.name)")
        default:
            throw FSError(EPERM, "this directory holds no files")
        }
    }
}

extension FileSystem {
    /// Refuses to move a directory below itself.
    func ensureNotInside(_ target: Node, directory: Node) throws {
        var current = target
        for _ in 0..<4096 {
            if current == directory { throw FSError(EINVAL, "cannot move a directory into itself") }
            guard case .tempDir(let id) = current, let parent = try superblock.row(.tempDirs, id: id).parentIno,
                let next = Node(ino: parent) else { return }
            current = next
        }
    }
}
