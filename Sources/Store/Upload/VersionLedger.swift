import Foundation

/// A version's number and object key, taken from the database before its first byte is uploaded: two writers of
/// one file, on one mount or two, never upload to the same key.
public struct Reservation: Sendable, Equatable {
    public let id: Int64
    public let key: String

    public init(id: Int64, key: String) {
        self.id = id
        self.key = key
    }
}

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
    let metadata: MetadataStore
    let mountId: UUID

    func reserve(fileId: Int64, keyPrefix: String, name: String) throws -> Reservation {
        try metadata.reserveVersion(fileId: fileId, keyPrefix: keyPrefix, name: name, mountId: mountId)
    }

    func recordMultipartUpload(_ reservation: Reservation, uploadId: String) throws {
        try metadata.recordMultipartUpload(reservationId: reservation.id, uploadId: uploadId)
    }

    func abandon(_ reservation: Reservation) throws {
        try metadata.abandonReservation(id: reservation.id)
    }
}
