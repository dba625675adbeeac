#if canImport(Glibc)
import Glibc
#endif

/// A node's mode, owner and group: what POSIX permission checks read.
public struct Ownership: Sendable, Equatable {
    public let mode: UInt32
    public let uid: UInt32
    public let gid: UInt32
    public let isDirectory: Bool

    public init(mode: UInt32, uid: UInt32, gid: UInt32, isDirectory: Bool) {
        self.mode = mode
        self.uid = uid
        self.gid = gid
        self.isDirectory = isDirectory
    }

    var isSticky: Bool { mode & 0o1000 != 0 }
}

/// POSIX permission checks by mode bits, owner and group, as Linux makes them for a local disk (generic_permission,
/// the sticky bit, chmod, chown and utimes rules). They decide inside temp areas, below the area's own directory,
/// whose door the role keeps (AccessPolicy). Root (uid 0) passes them all, as with CAP_DAC_OVERRIDE and CAP_FOWNER.
public enum ModeBits {
    public struct Mask: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let read = Mask(rawValue: 4)
        public static let write = Mask(rawValue: 2)
        public static let execute = Mask(rawValue: 1)
    }

    /// Whether `caller` may `mask` the node: the owner's bits for its owner, the group's for a member of its group,
    /// the others' for the rest (the first class that fits decides, even when a later one would allow more).
    public static func allows(_ mask: Mask, on node: Ownership, for caller: Caller) -> Bool {
        if caller.uid == 0 { return !mask.contains(.execute) || node.isDirectory || node.mode & 0o111 != 0 }
        let bits: UInt32
        if caller.uid == node.uid {
            bits = node.mode >> 6
        } else if caller.isMember(of: node.gid) {
            bits = node.mode >> 3
        } else {
            bits = node.mode
        }
        return bits & mask.rawValue == mask.rawValue
    }

    /// EACCES unless `allows`.
    public static func check(_ mask: Mask, on node: Ownership, for caller: Caller) throws {
        if !allows(mask, on: node, for: caller) {
            throw FSError(EACCES, "mode \(String(node.mode & 0o7777, radix: 8)) denies uid \(caller.uid)", denial: true)
        }
    }

    /// Whether every caller may search the directory, so that the kernel may reuse the names looked up in it for
    /// all of them.
    public static func everyoneMaySearch(_ directory: Ownership) -> Bool { directory.mode & 0o111 == 0o111 }

    /// The sticky bit: in such a directory only the owner of a name (or of the directory) removes or replaces it.
    public static func checkRemoval(of victimOwner: UInt32, from directory: Ownership, by caller: Caller) throws {
        guard directory.isSticky, caller.uid != 0, caller.uid != victimOwner, caller.uid != directory.uid else { return }
        throw FSError(EPERM, "sticky directory: uid \(caller.uid) owns neither the name nor the directory", denial: true)
    }

    /// chmod, and utimensat with explicit times: the owner's alone (EPERM).
    public static func checkOwner(_ node: Ownership, for caller: Caller, _ what: String) throws {
        if caller.uid != 0 && caller.uid != node.uid {
            throw FSError(EPERM, "only the owner may \(what)", denial: true)
        }
    }

    /// utimensat to the current time (or utimes(NULL)): the owner, or anyone who may write the node (EACCES).
    public static func checkTouch(_ node: Ownership, for caller: Caller) throws {
        if caller.uid != 0 && caller.uid != node.uid { try check(.write, on: node, for: caller) }
    }

    /// chown and chgrp: root changes both; the owner may give the node to a group it belongs to, and "change"
    /// its owner to itself. Anything else is EPERM.
    public static func checkChown(_ node: Ownership, uid: UInt32?, gid: UInt32?, by caller: Caller) throws {
        if caller.uid == 0 { return }
        let ownerStays = uid == nil || uid == node.uid
        let groupAllowed = gid == nil || gid == node.gid || caller.isMember(of: gid!)
        guard caller.uid == node.uid, ownerStays, groupAllowed else {
            throw FSError(EPERM, "only root changes an owner, and an owner gives a node only to its own groups", denial: true)
        }
    }

    /// The mode chmod sets: as asked, but without setgid when a caller other than root is no member of the group.
    public static func modeAfterChmod(_ requested: UInt32, on node: Ownership, by caller: Caller) -> UInt32 {
        guard caller.uid != 0, requested & 0o2000 != 0, !caller.isMember(of: node.gid) else { return requested }
        return requested & ~0o2000
    }
}
