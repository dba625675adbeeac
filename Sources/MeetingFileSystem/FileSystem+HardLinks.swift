#if canImport(Glibc)
import Glibc
import MeetingCore
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
                try session.lock.withLock { try run(session.handle(.fsync), on: session) }  // as an fsync would
                file = try fileRow(id)
            }
            let place = try placement(in: target)
            let linked = try database { try catalog.link(fileId: file.id, to: place, name: newName) }
            listings.invalidate(fileId: id)
            namesChanged(in: [newParent])
            return fileAttributes(linked)
        }
    }
}
