import Foundation

/// Who made a request, as the kernel tells it.
public struct Caller: Sendable {
    public let uid: UInt32
    public let gid: UInt32
    /// The process (thread group) that made the request, read from /proc when first asked; 0 when unknown.
    /// Decides whether a close is the opener's (it commits) or an inheritor's (it does not).
    public var process: Int32 { processOfRequest() }
    private let processOfRequest: @Sendable () -> Int32
    /// The caller's supplementary groups, asked for only by a check that needs them (the FUSE adapter reads them
    /// from /proc, during the request).
    private let supplementaryGroups: @Sendable () -> [UInt32]

    public init(uid: UInt32, gid: UInt32, thread: Int32 = 0, supplementaryGroups: @escaping @Sendable () -> [UInt32] = { [] }) {
        self.uid = uid
        self.gid = gid
        self.supplementaryGroups = supplementaryGroups
        processOfRequest = { ThreadGroup.of(thread) }
    }

    public func isMember(of group: UInt32) -> Bool { group == gid || supplementaryGroups().contains(group) }

    /// This process, for commands that act on the store without a mount.
    public static func thisProcess() -> Caller {
        Caller(uid: getuid(), gid: getgid(), thread: getpid(), supplementaryGroups: {
            var list = [gid_t](repeating: 0, count: Int(max(getgroups(0, nil), 0)))
            let count = getgroups(Int32(list.count), &list)
            return Array(list.prefix(Int(max(count, 0))))
        })
    }
}
