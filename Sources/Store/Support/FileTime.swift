#if canImport(Glibc)
import Glibc
#endif

/// A file time to the nanosecond, as stat(2) and utimensat(2) carry it. PostgreSQL's timestamptz keeps
/// microseconds, so a row stores the microseconds there and the nanoseconds beyond them in a column of its own.
public struct FileTime: Sendable, Hashable, Comparable {
    public let nanoseconds: Int64

    public init(nanoseconds: Int64) { self.nanoseconds = nanoseconds }

    public init(_ spec: Glibc.timespec) { nanoseconds = Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec) }

    public init(seconds: Double) { nanoseconds = Int64((seconds * 1_000_000).rounded(.down)) * 1000 }

    public static func now() -> FileTime {
        var spec = Glibc.timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return FileTime(spec)
    }

    /// From a row's microseconds since the epoch and its nanoseconds beyond them.
    init(microseconds: Int64, extraNanoseconds: Int64) { nanoseconds = microseconds * 1000 + extraNanoseconds }

    /// Whole microseconds since the epoch, rounded down (for timestamptz).
    var microseconds: Int64 { nanoseconds.floorDivided(by: 1000) }
    /// The nanoseconds beyond `microseconds` (0...999).
    var extraNanoseconds: Int64 { nanoseconds - microseconds * 1000 }

    public var seconds: Double { Double(nanoseconds) / 1_000_000_000 }

    public var timespec: Glibc.timespec {
        let seconds = nanoseconds.floorDivided(by: 1_000_000_000)
        return Glibc.timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds - seconds * 1_000_000_000))
    }

    public static func < (a: FileTime, b: FileTime) -> Bool { a.nanoseconds < b.nanoseconds }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
