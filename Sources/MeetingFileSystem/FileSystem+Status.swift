import Foundation

extension FileSystem {
    /// The levels a metrics scrape reports, read at the moment of the scrape (counters count themselves).
    public struct Status: Sendable {
        public let openHandles: Int
        public let writeSessions: Int
        public let cacheBytes: Int64
        public let cacheBudget: Int64
        /// Bytes of the committed files and kept versions: what a capacity is measured against, as in `Stats`.
        public let storedBytes: Int64
        public let storedFiles: Int64
        /// Free bytes of the volume holding the chunk cache and staging files.
        public let cacheVolumeFreeBytes: Int64
        /// Mounts whose lease expired without being given up: a crashed or hung daemon gc has not cleared yet.
        public let staleLeases: Int
    }

    public func status() throws -> Status {
        let (handles, sessions) = openFiles.counts
        let (bytes, files) = try catalog.usage()
        let volume = try cacheVolume()
        return Status(openHandles: handles, writeSessions: sessions, cacheBytes: fetcher.cache?.bytesUsed ?? 0,
                      cacheBudget: fetcher.cache?.budget ?? 0, storedBytes: bytes + (try catalog.keptVersionBytes()),
                      storedFiles: files, cacheVolumeFreeBytes: Int64(volume.f_bavail) * Int64(volume.f_frsize),
                      staleLeases: try catalog.mounts().filter(\.leaseExpired).count)
    }
}
