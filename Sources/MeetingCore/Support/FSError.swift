#if canImport(Glibc)
import Glibc
#endif

/// A POSIX error as a value: every FileSystem operation fails with one of these, and the FUSE adapter replies with
/// its errno unchanged.
public struct FSError: Error, Equatable, CustomStringConvertible {
    public let errno: Int32
    public let reason: String
    /// Refused by the access policy (and so written to the audit log), not failed for another reason.
    public let isDenial: Bool

    public init(_ errno: Int32, _ reason: String = "", denial: Bool = false) {
        self.errno = errno
        self.reason = reason
        isDenial = denial
    }

    public var description: String {
        let name = String(cString: strerror(errno))
        return reason.isEmpty ? name : "\(name): \(reason)"
    }

    public static func == (a: FSError, b: FSError) -> Bool { a.errno == b.errno }

    public static let notFound = FSError(ENOENT)
    /// An inode the kernel still holds whose file is gone: the kernel looks a path up again and retries once.
    public static let stale = FSError(ESTALE)
    public static let exists = FSError(EEXIST)
    public static let notPermitted = FSError(EPERM)
    public static let accessDenied = FSError(EACCES)
    public static let invalid = FSError(EINVAL)
    public static let nameTooLong = FSError(ENAMETOOLONG)
    public static let notEmpty = FSError(ENOTEMPTY)
    public static let isDirectory = FSError(EISDIR)
    public static let notDirectory = FSError(ENOTDIR)
    public static let crossDevice = FSError(EXDEV)
    public static let notSupported = FSError(ENOTSUP)
    public static let badHandle = FSError(EBADF)
    public static let legalHold = FSError(EPERM, "the meeting is on legal hold")

    package static func io(_ reason: String) -> FSError { FSError(EIO, reason) }
}
