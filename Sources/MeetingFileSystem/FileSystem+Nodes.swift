import MeetingCore
import MeetingCatalog
import Glibc

#if canImport(Glibc)
#endif

/// Symbolic links, FIFOs, sockets and device nodes: rows without bytes, in temp areas only. The kernel follows
/// the links and carries the data of the others; the file system keeps their names and attributes.
extension FileSystem {
    /// A symlink's target is stored as given, as on a local disk: any text, resolved by the kernel when used.
    public func symlink(parent: UInt64, name: String, target: String, caller: Caller) throws -> Attributes {
        try audited("symlink", caller, path: { path(in: parent, name) }, detail: target) { who in
            let length = target.utf8.count
            if length == 0 { throw FSError(ENOENT, "empty symlink target") }
            if length >= Int(PATH_MAX) { throw FSError(ENAMETOOLONG, "symlink target longer than PATH_MAX") }
            return try makeNode(parent: parent, name: name, kind: .symlink, target: target, rdev: 0,
                                permissions: 0o777, caller: caller, who: who)
        }
    }

    /// mknod(2): a FIFO, socket or device node in a temp area; a regular file anywhere files may be created.
    public func mknod(parent: UInt64, name: String, mode: UInt32, rdev: UInt64, caller: Caller) throws -> Attributes {
        let kinds: [UInt32: FileKind] = [S_IFIFO: .fifo, S_IFSOCK: .socket, S_IFCHR: .characterDevice, S_IFBLK: .blockDevice]
        if mode & S_IFMT == S_IFREG || mode & S_IFMT == 0 {
            let (attributes, opened) = try create(parent: parent, name: name, permissions: mode & 0o7777,
                                                  flags: O_CREAT | O_EXCL | O_WRONLY, caller: caller)
            release(handle: opened.handle)  // the last release of a new file publishes it, empty
            return try getattr(ino: attributes.ino, caller: caller)
        }
        guard let kind = kinds[mode & S_IFMT] else { throw FSError(EINVAL, "mknod of a directory or unknown type") }
        return try audited("mknod", caller, path: { path(in: parent, name) }, detail: kind.rawValue) { who in
            // Only the superuser makes devices, as on a local disk.
            if kind == .characterDevice || kind == .blockDevice, caller.uid != 0 { throw FSError(EPERM, "mknod of a device") }
            return try makeNode(parent: parent, name: name, kind: kind, target: nil,
                                rdev: kind == .fifo || kind == .socket ? 0 : rdev, permissions: mode & 0o7777,
                                caller: caller, who: who)
        }
    }

    public func readlink(ino: UInt64, caller: Caller) throws -> String {
        try observed("readlink", caller, path: { path(of: (try? node(ino)) ?? .root) }) { who in
            guard case .file(let id) = try node(ino) else { throw FSError.invalid }
            let file = try fileRow(id)
            try require(.read, on: try node(file.parentIno), for: who)
            guard file.kind == .symlink, let target = file.target else { throw FSError(EINVAL, "not a symbolic link") }
            return target
        }
    }

    private func makeNode(parent: UInt64, name: String, kind: FileKind, target: String?, rdev: UInt64,
                          permissions: UInt32, caller: Caller, who: Principal) throws -> Attributes {
        try Names.validateEntry(name)
        let directory = try node(parent)
        try require(.read, on: directory, for: who)
        try Namespace.checkHoldsSpecialNodes(directory)
        try require(.write, on: directory, for: who)
        try permitNewName(name, in: directory, for: caller, who)
        if openFiles.pendingFile(in: parent, named: name) != nil { throw FSError.exists }
        let place = try placement(in: directory)
        let record = try superblock.database {
            try catalog.insertNode(place, name: name, kind: kind, target: target, rdev: rdev, mode: permissions,
                                    uid: caller.uid, gid: caller.gid, createdBy: who.userId)
        }
        superblock.invalidate(.names(in: [parent]))
        return fileAttributes(record)
    }
}

#if canImport(Glibc)
#endif

/// link(2): a further name for a file, within its temp area. Every name is the same inode, so a write through one
/// shows through all, and the file goes with its last name.
extension FileSystem {
    public func link(ino: UInt64, newParent: UInt64, newName: String, caller: Caller) throws -> Attributes {
        try audited("link", caller, path: { path(in: newParent, newName) }, detail: path(of: Node(ino: ino) ?? .root)) { who in
            try Names.validateEntry(newName)
            guard case .file(let id) = try node(ino) else { throw FSError(EPERM, "hard links to directories") }
            var file = try fileRow(id)
            let source = try node(file.parentIno)
            let target = try node(newParent)
            try require(.read, on: source, for: who)
            try require(.read, on: target, for: who)
            let sameTempArea = try source.isTemp && target.isTemp && tempAreaId(of: source) == tempAreaId(of: target)
            try Namespace.checkLink(from: source, to: target, sameTempArea: sameTempArea)
            try require(.write, on: target, for: who)
            try permitNewName(newName, in: target, for: caller, who)
            try permitHardLink(to: file, for: caller)
            if openFiles.pendingFile(in: newParent, named: newName) != nil { throw FSError.exists }
            // A file this mount is still writing gets its bytes so far committed first: a second name is a name
            // others see, and only committed files have those.
            if !file.isReady, let session = openFiles.session(of: id) {
                try session.lock.withLock { try carryOut(session.handle(.fsync), on: session) }  // as an fsync would
                file = try fileRow(id)
            }
            let place = try placement(in: target)
            let linked = try superblock.database { try catalog.link(fileId: file.id, to: place, name: newName) }
            superblock.invalidate(.file(id))
            superblock.invalidate(.names(in: [newParent]))
            return fileAttributes(linked)
        }
    }
}
