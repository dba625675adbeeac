import Foundation

/// One row of audit_log before it is written: who did what to which path, and how it ended.
public struct AuditEvent: Codable, Sendable, Equatable {
    /// Written to audit_log.event_id: a batch replayed after a lost reply inserts nothing twice.
    public let id: UUID
    public let at: Double
    public let uid: UInt32
    public let userId: Int64?
    public let userName: String?
    public let action: String
    public let path: String
    public let bytes: Int64?
    public let detail: String?
    /// "ok", or the errno's name (EACCES, ENOENT, EIO, ...).
    public let result: String

    public init(uid: UInt32, userId: Int64?, userName: String?, action: String, path: String, bytes: Int64? = nil,
                detail: String? = nil, result: String, at: Double = Date().timeIntervalSince1970) {
        id = UUID()
        self.at = at
        self.uid = uid
        self.userId = userId
        self.userName = userName
        self.action = action
        self.path = path
        self.bytes = bytes
        self.detail = detail
        self.result = result
    }

    /// The name audit rows give an errno.
    public static func resultName(_ errno: Int32) -> String {
        let names: [Int32: String] = [
            EPERM: "EPERM", ENOENT: "ENOENT", EIO: "EIO", EBADF: "EBADF", EACCES: "EACCES", EEXIST: "EEXIST",
            EXDEV: "EXDEV", ENOTDIR: "ENOTDIR", EISDIR: "EISDIR", EINVAL: "EINVAL", ENOSPC: "ENOSPC",
            ENAMETOOLONG: "ENAMETOOLONG", ENOTEMPTY: "ENOTEMPTY", ENOTSUP: "ENOTSUP", EFBIG: "EFBIG",
        ]
        return names[errno] ?? "errno \(errno)"
    }
}

/// Where audit events go: the mount's batching log, or a test's recorder.
public protocol AuditSink: Sendable {
    func record(_ event: AuditEvent)
    /// Writes out what is still queued; called once, as the mount ends.
    func close()
}

extension AuditSink {
    /// Records what `caller` (as `who`, where known) did, and how it ended: `outcome` nil for success, else the
    /// error, by its errno.
    package func record(_ action: String, _ caller: Caller, _ who: Principal?, path: String, bytes: Int64? = nil,
                        detail: String? = nil, outcome: Error?) {
        let result = outcome.map { AuditEvent.resultName(($0 as? FSError)?.errno ?? EIO) } ?? "ok"
        record(AuditEvent(uid: caller.uid, userId: who?.userId, userName: who?.name, action: action, path: path,
                          bytes: bytes, detail: detail, result: result))
    }
}
