import Foundation
import Synchronization
import MeetingObjects
import MeetingCatalog

/// Where upload sessions reserve their versions and note their multipart uploads, so that a crash leaves
/// nothing that gc cannot find. MountLedger is the real one; unit tests may use a fake.
protocol VersionLedger: Sendable {
    func reserve(fileId: Int64, keyPrefix: String, name: String) throws -> Reservation
    func recordMultipartUpload(_ reservation: Reservation, uploadId: String) throws
    /// Gives up a version that will never commit: its key goes to the trash, for the reaper to delete.
    func abandon(_ reservation: Reservation) throws
}

/// The ledger of one mount, in PostgreSQL.
struct MountLedger: VersionLedger {
    package let catalog: any Catalog
    package let mountId: UUID

    package func reserve(fileId: Int64, keyPrefix: String, name: String) throws -> Reservation {
        try catalog.reserveVersion(fileId: fileId, keyPrefix: keyPrefix, name: name, mountId: mountId)
    }

    package func recordMultipartUpload(_ reservation: Reservation, uploadId: String) throws {
        try catalog.recordMultipartUpload(reservationId: reservation.id, uploadId: uploadId)
    }

    func abandon(_ reservation: Reservation) throws {
        try catalog.abandonReservation(id: reservation.id, key: reservation.key)
    }
}

/// The key a session's next version uploads to, reserved when first needed and given up when that version will
/// never commit.
final class VersionKey: Sendable {
    private let ledger: VersionLedger
    private let fileId: Int64
    private let keyPrefix: String
    private let name: String
    private let reservation: Mutex<Reservation?>

    package init(ledger: VersionLedger, fileId: Int64, keyPrefix: String, name: String, reservation: Reservation?) {
        self.ledger = ledger
        self.fileId = fileId
        self.keyPrefix = keyPrefix
        self.name = name
        self.reservation = Mutex(reservation)
    }

    package func current() throws -> Reservation {
        try reservation.withLock { reservation in
            if let reservation { return reservation }
            let reserved = try ledger.reserve(fileId: fileId, keyPrefix: keyPrefix, name: name)
            reservation = reserved
            return reserved
        }
    }

    /// A multipart upload to the current key, noted in the ledger so that gc finds it after a crash.
    func startMultipartUpload(objects: ObjectStore, contentType: String, concurrency: Int) throws -> PartUploader {
        let reserved = try current()
        let uploader = try PartUploader(objects: objects, key: reserved.key, contentType: contentType, concurrency: concurrency)
        try ledger.recordMultipartUpload(reserved, uploadId: uploader.uploadId)
        return uploader
    }

    /// The version committed: the next one gets a key of its own.
    package func used() { reservation.withLock { $0 = nil } }

    /// Only a key whose reservation still exists is trashed; a commit deletes the reservation in its own
    /// transaction, so a version that did commit (even if its reply was lost) is never trashed.
    func giveUp() {
        guard let reserved = reservation.withLock({ reservation in defer { reservation = nil }; return reservation }) else { return }
        try? ledger.abandon(reserved)
    }
}
