import Foundation
import Logging
import MeetingObjects
import MeetingCatalog

/// Cleans up after mounts that died mid-upload (kill -9, power loss, a lost host): aborts their multipart uploads,
/// trashes their reserved keys and removes their uploading rows. For `meetingfs gc` it also finds what no row
/// knows of: multipart uploads without a reservation, and objects without a row past the grace period.
public final class UploadCollector: Sendable {
    /// Where the file system writes objects; nothing else in the bucket is touched.
    public static let prefixes = ["meetings/", "users/", "temp/", Archive.prefix]

    private let catalog: any Catalog
    private let objects: ObjectStore
    private let log: Logger

    package init(catalog: any Catalog, objects: ObjectStore, logger: Logger) {
        self.catalog = catalog
        self.objects = objects
        log = logger
    }

    public struct Report: Sendable {
        public var deadMounts = 0
        public var abortedUploads = 0
        public var removedRows = 0
        public var orphanObjects = 0
    }

    /// Mounts whose lease expired, or whose process is gone as seen from their own host, lose their uploads.
    @discardableResult
    public func collectDeadMounts() throws -> Report {
        try collect(deadMounts: deadMounts())
    }

    /// Aborts the uploads of these dead mounts, trashes their reservations and removes their uploading rows.
    @discardableResult
    public func collect(deadMounts dead: [UUID]) throws -> Report {
        var report = Report()
        for reservation in try catalog.reservations(ofMounts: dead) {
            if let uploadId = reservation.multipartUploadId {
                try objects.abortMultipartUpload(key: reservation.key, uploadId: uploadId)
                report.abortedUploads += 1
            }
            try catalog.abandonReservation(id: reservation.id, key: reservation.key)
        }
        report.removedRows = try catalog.removeUploadingRows(ofMounts: dead)
        try catalog.forgetMounts(dead)
        report.deadMounts = dead.count
        if report.deadMounts + report.removedRows > 0 {
            log.info("collected dead mounts", metadata: ["mounts": "\(report.deadMounts)", "uploads_aborted": "\(report.abortedUploads)", "rows_removed": "\(report.removedRows)"])
        }
        return report
    }

    /// Mounts whose lease expired, or whose process is gone as seen from their own host.
    public func deadMounts() throws -> [UUID] {
        try catalog.mounts().filter { $0.leaseExpired || $0.process.isGone }.map(\.id)
    }

    public struct Strays: Sendable {
        public var uploads: [MultipartUploadInfo] = []
        public var objects: [String] = []
    }

    /// Multipart uploads no reservation knows (a crash before the upload id was recorded), and objects no row
    /// refers to that are older than `grace`.
    public func findStrays(grace: TimeInterval) throws -> Strays {
        var strays = Strays()
        let cutoff = Date().addingTimeInterval(-grace)
        for prefix in Self.prefixes {
            let uploads = try objects.listMultipartUploads(prefix: prefix)
            let unreserved = Set(try Self.batched(uploads.map(\.key), catalog.unreservedKeys))
            strays.uploads += uploads.filter { unreserved.contains($0.key) }
            let old = try objects.list(prefix: prefix).filter { ($0.lastModified ?? .distantFuture) < cutoff }
            strays.objects += try Self.batched(old.map(\.key), catalog.unreferencedKeys)
        }
        return strays
    }

    /// Aborts and deletes what `findStrays` found.
    @discardableResult
    public func collectStrays(grace: TimeInterval) throws -> Report {
        let strays = try findStrays(grace: grace)
        for upload in strays.uploads { try objects.abortMultipartUpload(key: upload.key, uploadId: upload.uploadId) }
        for key in strays.objects { try objects.delete(key: key) }
        return Report(abortedUploads: strays.uploads.count, orphanObjects: strays.objects.count)
    }

    /// Asks about keys a thousand at a time, so a large bucket never makes one huge query.
    package static func batched(_ keys: [String], _ ask: ([String]) throws -> [String]) rethrows -> [String] {
        try stride(from: 0, to: keys.count, by: 1000).flatMap { try ask(Array(keys[$0..<min($0 + 1000, keys.count)])) }
    }
}
