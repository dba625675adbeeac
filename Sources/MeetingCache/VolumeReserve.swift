import Foundation

/// The share of the cache volume the chunk cache leaves free, whatever its budget: the budget counts the cache's
/// own bytes only, and the volume may be smaller than it, or shared with staging files and other programs.
public struct VolumeReserve: Sendable {
    public static let defaultFraction = 0.10

    /// Any directory on the volume.
    package let directory: String
    /// 0 ..< 1.
    package let fraction: Double

    public init(directory: String, fraction: Double = VolumeReserve.defaultFraction) {
        self.directory = directory
        self.fraction = fraction
    }

    /// The volume's free and total bytes (free: what an unprivileged writer may still use); nil if unknown.
    public func space() -> (free: Int64, total: Int64)? {
        var volume = statvfs()
        guard statvfs(directory, &volume) == 0 else { return nil }
        return (Int64(volume.f_bavail) * Int64(volume.f_frsize), Int64(volume.f_blocks) * Int64(volume.f_frsize))
    }

    /// How many bytes must be freed so that writing `bytes` more leaves the reserve free (0: none).
    func shortfall(adding bytes: Int64) -> Int64 {
        guard let (free, total) = space() else { return 0 }
        return max(0, Int64(Double(total) * fraction) - (free - bytes))
    }
}
