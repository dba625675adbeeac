import CFuse
import Foundation
import MeetingCore
import MeetingFileSystem

/// The libfuse operation table: each entry decodes its arguments and forwards to FileSystem through the adapter.
enum FuseOperations {
    /// renameat2's flag (linux/fs.h); glibc's header does not export it to Swift.
    static let renameNoReplace: UInt32 = 1

    static func table() -> fuse_lowlevel_ops {
        var ops = fuse_lowlevel_ops()
        ops.`init` = { _, conn in
            guard let conn else { return }
            conn.pointee.max_write = 1 << 20
            conn.pointee.max_readahead = 4 << 20
            // O_TRUNC arrives with the open instead of as a truncate before it: `>` writes one version, not an
            // empty one first.
            if conn.pointee.capable & UInt32(FUSE_CAP_ATOMIC_O_TRUNC) != 0 { conn.pointee.want |= UInt32(FUSE_CAP_ATOMIC_O_TRUNC) }
            // Every listing is READDIRPLUS: in auto mode the kernel asks for attributes with the first batch only,
            // and `ls -l` of a big directory then costs a LOOKUP per name beyond it.
            conn.pointee.want &= ~UInt32(FUSE_CAP_READDIRPLUS_AUTO)
        }
        ops.lookup = { req, parent, name in
            let a = FuseAdapter.from(req)
            a.reply(.lookup, req) {
                let name = try FuseAdapter.name(name)
                var e = a.entry(try a.fs.lookup(parent: parent, name: name, caller: FuseAdapter.caller(req)), in: parent)
                a.handedOut(parent: parent, name: name, e)
                fuse_reply_entry(req, &e)
            }
        }
        ops.forget = { req, _, _ in fuse_reply_none(req) }
        // access(2) and chdir: without it the kernel would answer yes to every caller.
        ops.access = { req, ino, mask in
            let a = FuseAdapter.from(req)
            a.reply(.access, req) {
                try a.fs.access(ino: ino, mask: mask, caller: FuseAdapter.caller(req))
                fuse_reply_err(req, 0)
            }
        }
        ops.getxattr = { req, ino, name, size in
            let a = FuseAdapter.from(req)
            a.reply(.getxattr, req) {
                let value = try a.fs.extendedAttribute(ino: ino, name: String(cString: name!), caller: FuseAdapter.caller(req))
                try a.replyAttribute(req, Array(value.utf8), size: size)
            }
        }
        ops.listxattr = { req, ino, size in
            let a = FuseAdapter.from(req)
            a.reply(.listxattr, req) {
                try a.replyAttribute(req, try a.fs.extendedAttributeNames(ino: ino).flatMap { Array($0.utf8) + [0] }, size: size)
            }
        }
        // The attributes are the file system's own: none can be set or removed (cp -a takes ENOTSUP as "none").
        ops.setxattr = { req, _, _, _, _, _ in FuseAdapter.answer(.setxattr, req, ENOTSUP) }
        ops.removexattr = { req, _, _ in FuseAdapter.answer(.removexattr, req, ENOTSUP) }
        ops.getattr = { req, ino, _ in
            let a = FuseAdapter.from(req)
            a.reply(.getattr, req) {
                let attributes = try a.fs.getattr(ino: ino, caller: FuseAdapter.caller(req))
                var st = a.stat(attributes)
                let timeout = a.attributeTimeout(attributes)
                a.handedOut(ino: ino, attributeTimeout: timeout)
                fuse_reply_attr(req, &st, timeout)
            }
        }
        ops.setattr = { req, ino, attr, toSet, fi in
            let a = FuseAdapter.from(req)
            a.reply(.setattr, req) {
                var changes = try FuseOperations.changes(attr!.pointee, toSet)
                changes.throughHandle = fi != nil
                let attributes = try a.fs.setattr(ino: ino, changes: changes, caller: FuseAdapter.caller(req))
                var st = a.stat(attributes)
                fuse_reply_attr(req, &st, a.attributeTimeout(attributes))
            }
        }
        ops.mkdir = { req, parent, name, mode in
            let a = FuseAdapter.from(req)
            a.reply(.mkdir, req) {
                let name = try FuseAdapter.name(name)
                let made = try a.fs.mkdir(parent: parent, name: name, permissions: mode, caller: FuseAdapter.caller(req))
                var e = a.entry(made, in: parent)
                a.handedOut(parent: parent, name: name, e)
                fuse_reply_entry(req, &e)
            }
        }
        ops.unlink = { req, parent, name in
            let a = FuseAdapter.from(req)
            a.reply(.unlink, req) {
                try a.fs.unlink(parent: parent, name: try FuseAdapter.name(name), caller: FuseAdapter.caller(req))
                fuse_reply_err(req, 0)
            }
        }
        ops.rmdir = { req, parent, name in
            let a = FuseAdapter.from(req)
            a.reply(.rmdir, req) {
                try a.fs.rmdir(parent: parent, name: try FuseAdapter.name(name), caller: FuseAdapter.caller(req))
                fuse_reply_err(req, 0)
            }
        }
        ops.rename = { req, parent, name, newParent, newName, flags in
            let a = FuseAdapter.from(req)
            a.reply(.rename, req) {
                if flags & ~FuseOperations.renameNoReplace != 0 { throw FSError(EINVAL, "RENAME_EXCHANGE is not supported") }
                try a.fs.rename(parent: parent, name: try FuseAdapter.name(name), newParent: newParent,
                                newName: try FuseAdapter.name(newName), noReplace: flags & FuseOperations.renameNoReplace != 0,
                                caller: FuseAdapter.caller(req))
                fuse_reply_err(req, 0)
            }
        }
        ops.symlink = { req, target, parent, name in
            let a = FuseAdapter.from(req)
            a.reply(.symlink, req) {
                let name = try FuseAdapter.name(name)
                var e = a.entry(try a.fs.symlink(parent: parent, name: name, target: try FuseAdapter.name(target),
                                                 caller: FuseAdapter.caller(req)), in: parent)
                a.handedOut(parent: parent, name: name, e)
                fuse_reply_entry(req, &e)
            }
        }
        ops.readlink = { req, ino in
            let a = FuseAdapter.from(req)
            a.reply(.readlink, req) {
                fuse_reply_readlink(req, try a.fs.readlink(ino: ino, caller: FuseAdapter.caller(req)))
            }
        }
        ops.mknod = { req, parent, name, mode, rdev in
            let a = FuseAdapter.from(req)
            a.reply(.mknod, req) {
                let name = try FuseAdapter.name(name)
                var e = a.entry(try a.fs.mknod(parent: parent, name: name, mode: mode, rdev: UInt64(rdev),
                                               caller: FuseAdapter.caller(req)), in: parent)
                a.handedOut(parent: parent, name: name, e)
                fuse_reply_entry(req, &e)
            }
        }
        ops.link = { req, ino, newParent, newName in
            let a = FuseAdapter.from(req)
            a.reply(.link, req) {
                let name = try FuseAdapter.name(newName)
                var e = a.entry(try a.fs.link(ino: ino, newParent: newParent, newName: name, caller: FuseAdapter.caller(req)), in: newParent)
                a.handedOut(parent: newParent, name: name, e)
                fuse_reply_entry(req, &e)
            }
        }
        ops.open = { req, ino, fi in
            let a = FuseAdapter.from(req)
            a.reply(.open, req) {
                let opened = try a.fs.open(ino: ino, flags: cfuse_flags(fi), caller: FuseAdapter.caller(req))
                fi!.pointee.fh = opened.handle
                cfuse_set_keep_cache(fi, opened.keepCache ? 1 : 0)
                cfuse_set_direct_io(fi, opened.wholeVersion ? 1 : 0)
                // The kernel refuses the reply of an interrupted open: no release will come for this handle.
                if fuse_reply_open(req, fi) != 0 { a.fs.release(handle: opened.handle) }
            }
        }
        ops.create = { req, parent, name, mode, fi in
            let a = FuseAdapter.from(req)
            a.reply(.create, req) {
                let name = try FuseAdapter.name(name)
                let (attributes, opened) = try a.fs.create(parent: parent, name: name, permissions: mode,
                                                           flags: cfuse_flags(fi), caller: FuseAdapter.caller(req))
                fi!.pointee.fh = opened.handle
                var e = a.entry(attributes, in: parent)
                a.handedOut(parent: parent, name: name, e)
                if fuse_reply_create(req, &e, fi) != 0 { a.fs.release(handle: opened.handle) }
            }
        }
        ops.read = { req, _, size, offset, fi in
            let a = FuseAdapter.from(req)
            a.reply(.read, req) {
                try a.fs.read(handle: fi!.pointee.fh, offset: Int64(offset), count: size) { bytes in
                    _ = fuse_reply_buf(req, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
                    FuseOp.readBytes.increment(by: bytes.count)
                }
            }
        }
        ops.write = { req, _, buffer, size, offset, fi in
            let a = FuseAdapter.from(req)
            a.reply(.write, req) {
                let written = try a.fs.write(handle: fi!.pointee.fh, offset: Int64(offset),
                                             bytes: UnsafeRawBufferPointer(start: buffer, count: size))
                fuse_reply_write(req, written)
                FuseOp.writtenBytes.increment(by: written)
            }
        }
        ops.flush = { req, _, fi in
            let a = FuseAdapter.from(req)
            a.reply(.flush, req) {
                try a.fs.flush(handle: fi!.pointee.fh, caller: FuseAdapter.caller(req))
                fuse_reply_err(req, 0)
            }
        }
        ops.fsync = { req, _, _, fi in
            let a = FuseAdapter.from(req)
            a.reply(.fsync, req) {
                try a.fs.fsync(handle: fi!.pointee.fh)
                fuse_reply_err(req, 0)
            }
        }
        ops.release = { req, _, fi in
            FuseAdapter.from(req).fs.release(handle: fi!.pointee.fh)
            FuseAdapter.answer(.release, req, 0)
        }
        ops.opendir = { req, ino, fi in
            let a = FuseAdapter.from(req)
            a.reply(.opendir, req) {
                fi!.pointee.fh = a.openListing(try a.fs.readdir(ino: ino, caller: FuseAdapter.caller(req)))
                fuse_reply_open(req, fi)
            }
        }
        ops.readdir = { req, ino, size, offset, fi in FuseAdapter.from(req).listDirectory(req, ino, size, offset, fi, plus: false) }
        // READDIRPLUS: names and attributes in one reply, so `ls -l` costs no lookup per entry.
        ops.readdirplus = { req, ino, size, offset, fi in FuseAdapter.from(req).listDirectory(req, ino, size, offset, fi, plus: true) }
        ops.releasedir = { req, _, fi in
            let (adapter, handle) = (FuseAdapter.from(req), fi!.pointee.fh)
            FuseAdapter.answer(.releasedir, req, 0)
            // After the reply (which frees `req`): giving a big listing's memory back does not hold up the close.
            adapter.closeListing(handle)
        }
        ops.fsyncdir = { req, _, _, _ in FuseAdapter.answer(.fsyncdir, req, 0) }
        ops.statfs = { req, _ in
            let a = FuseAdapter.from(req)
            a.reply(.statfs, req) {
                var st = FuseOperations.statvfs(try a.fs.usage(caller: FuseAdapter.caller(req)))
                fuse_reply_statfs(req, &st)
            }
        }
        return ops
    }

    /// df's view: what the files hold, plus what the chunk cache's volume has free (the bytes a write needs first).
    private static func statvfs(_ usage: FileSystem.Usage) -> Glibc.statvfs {
        let block: UInt = 4096
        var st = Glibc.statvfs()
        st.f_bsize = block
        st.f_frsize = block
        st.f_bfree = UInt(usage.freeBytes) / block
        st.f_bavail = st.f_bfree
        st.f_blocks = (UInt(usage.usedBytes) + block - 1) / block + st.f_bfree
        st.f_ffree = UInt(usage.freeFiles)
        st.f_favail = st.f_ffree
        st.f_files = UInt(usage.files) + st.f_ffree
        st.f_namemax = UInt(Names.maxNameBytes)
        return st
    }

    /// EINVAL for a time no file may have (checked here, before any arithmetic on it).
    private static func changes(_ attr: stat, _ toSet: Int32) throws -> AttributeChanges {
        var changes = AttributeChanges()
        if toSet & FUSE_SET_ATTR_MODE != 0 { changes.permissions = attr.st_mode & 0o7777 }
        if toSet & FUSE_SET_ATTR_UID != 0 { changes.uid = attr.st_uid }
        if toSet & FUSE_SET_ATTR_GID != 0 { changes.gid = attr.st_gid }
        if toSet & FUSE_SET_ATTR_SIZE != 0 { changes.size = Int64(attr.st_size) }
        if toSet & FUSE_SET_ATTR_MTIME_NOW != 0 {
            changes.mtime = .now()
        } else if toSet & FUSE_SET_ATTR_MTIME != 0 {
            changes.mtime = try FileTime(attr.st_mtim)
        }
        if toSet & FUSE_SET_ATTR_ATIME_NOW != 0 {
            changes.atime = .now()
        } else if toSet & FUSE_SET_ATTR_ATIME != 0 {
            changes.atime = try FileTime(attr.st_atim)
        }
        let bothNow = FUSE_SET_ATTR_ATIME_NOW | FUSE_SET_ATTR_MTIME_NOW
        if toSet & (FUSE_SET_ATTR_ATIME | FUSE_SET_ATTR_MTIME) != 0 {
            changes.times = toSet & bothNow == bothNow ? .bothToNow : .explicit
        }
        return changes
    }
}
