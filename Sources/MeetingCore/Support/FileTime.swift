#if canImport(Glibc)
import Glibc
#endif

/// A file time to the nanosecond, as stat(2) and utimensat(2) carry it. PostgreSQL's timestamptz keeps
/// microseconds, so a row stores the microseconds there and the nanoseconds beyond them in a column of its own.
/// Held as those two parts: a time from a caller is range-checked once, and nothing computed from it can overflow.
public struct FileTime: Sendable, Hashable, Comparable {
    /// Whole microseconds since the epoch, rounded down (for timestamptz).
    package let microseconds: Int64
    /// The nanoseconds beyond `microseconds` (0...999).
    package let extraNanoseconds: Int64

    /// The times a caller may set: years 1 to 9999, what tools print and PostgreSQL stores exactly.
    public static let settableSeconds: ClosedRange<Int64> = -62_135_596_800...253_402_300_799

    public init(nanoseconds: Int64) {
        microseconds = nanoseconds.floorDivided(by: 1000)
        extraNanoseconds = nanoseconds - microseconds * 1000
    }

    /// A time a caller asked for; EINVAL outside `settableSeconds` or with nanoseconds outside 0..<10⁹.
    public init(_ spec: Glibc.timespec) throws {
        let seconds = Int64(spec.tv_sec), nanoseconds = Int64(spec.tv_nsec)
        guard Self.settableSeconds.contains(seconds), (0..<1_000_000_000).contains(nanoseconds) else {
            throw FSError(EINVAL, "time \(seconds).\(nanoseconds) is outside years 1 to 9999")
        }
        microseconds = seconds * 1_000_000 + nanoseconds / 1000
        extraNanoseconds = nanoseconds % 1000
    }

    public static func now() -> FileTime {
        var spec = Glibc.timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return FileTime(microseconds: Int64(spec.tv_sec) * 1_000_000 + Int64(spec.tv_nsec) / 1000,
                        extraNanoseconds: Int64(spec.tv_nsec) % 1000)
    }

    /// From a row's microseconds since the epoch and its nanoseconds beyond them.
    package init(microseconds: Int64, extraNanoseconds: Int64) {
        self.microseconds = microseconds
        self.extraNanoseconds = min(max(extraNanoseconds, 0), 999)
    }

    public var seconds: Double { Double(microseconds) / 1_000_000 + Double(extraNanoseconds) / 1_000_000_000 }

    public var timespec: Glibc.timespec {
        let seconds = microseconds.floorDivided(by: 1_000_000)
        let nanoseconds = (microseconds - seconds * 1_000_000) * 1000 + extraNanoseconds
        return Glibc.timespec(tv_sec: Int(seconds), tv_nsec: Int(nanoseconds))
    }

    public static func < (a: FileTime, b: FileTime) -> Bool {
        (a.microseconds, a.extraNanoseconds) < (b.microseconds, b.extraNanoseconds)
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return self % divisor < 0 ? quotient - 1 : quotient
    }
}
