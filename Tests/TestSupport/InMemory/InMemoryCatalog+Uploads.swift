import Foundation
import MeetingCatalog
import MeetingCore

/// Mount leases, version reservations, the trash and usage, on the in-memory tables.
extension InMemoryCatalog {
    package func registerMount(id: UUID, process: ProcessIdentity) throws {
        try run { $0.mounts[id] = (process, Date()) }
    }

    package func heartbeat(mountId: UUID, process: ProcessIdentity) throws {
        try run { $0.mounts[mountId] = (process, Date()) }
    }

    /// A clean unmount: its leftover reservations and uploading rows lose their mount (ON DELETE SET NULL).
    package func removeMount(id: UUID) throws {
        try run { state in
            state.mounts[id] = nil
            for (key, reservation) in state.reservations where reservation.mountId == id { state.reservations[key]?.mountId = nil }
            for (key, file) in state.files where file.mountId == id { state.files[key]?.mountId = nil }
        }
    }

    package func mounts() throws -> [MountRecord] {
        try run { state in
            let live = state.liveMounts
            return state.mounts.map { MountRecord(id: $0.key, process: $0.value.process, leaseExpired: !live.contains($0.key)) }
        }
    }

    package func forgetMounts(_ ids: [UUID]) throws {
        for id in ids { try removeMount(id: id) }
    }

    package func reserveVersion(fileId: Int64, keyPrefix: String, name: String, mountId: UUID) throws -> Reservation {
        try run { reserve(&$0, fileId: fileId, keyPrefix: keyPrefix, name: name, mountId: mountId) }
    }

    /// The key `<prefix>/<file id>-<version>/<name>` (design §4), the version from one sequence.
    func reserve(_ state: inout InMemoryDatabase.Tables, fileId: Int64, keyPrefix: String, name: String, mountId: UUID) -> Reservation {
        let id = state.nextId()
        let key = "\(keyPrefix)/\(fileId)-\(id)/\(name)"
        state.reservations[id] = InMemoryDatabase.ReservationRow(id: id, fileId: fileId, mountId: mountId, key: key)
        return Reservation(id: id, key: key)
    }

    package func recordMultipartUpload(reservationId: Int64, uploadId: String) throws {
        try run { $0.reservations[reservationId]?.multipartUploadId = uploadId }
    }

    package func abandonReservation(id: Int64, key: String) throws {
        try run { state in
            let existed = state.reservations.removeValue(forKey: id) != nil
            if existed || !state.keyHeld(key, byReservations: false, byFiles: true) { state.trash[key] = state.trash[key] ?? Date() }
        }
    }

    package func reservations(ofMounts ids: [UUID]) throws -> [ReservationRecord] {
        try run { state in
            state.reservations.values.filter { $0.mountId.map(ids.contains) ?? true }.sorted { $0.id < $1.id }
                .map { ReservationRecord(id: $0.id, key: $0.key, multipartUploadId: $0.multipartUploadId) }
        }
    }

    @discardableResult
    package func removeUploadingRows(ofMounts ids: [UUID]) throws -> Int {
        try run { state in
            let gone = state.files.values.filter { $0.status == "uploading" && ($0.mountId.map(ids.contains) ?? true) }
            state.delete(files: gone.map(\.id))
            return gone.count
        }
    }

    package func unreferencedKeys(_ keys: [String]) throws -> [String] {
        try run { state in keys.filter { !state.keyHeld($0, byReservations: true, byFiles: true) } }
    }

    package func unreservedKeys(_ keys: [String]) throws -> [String] {
        try run { state in keys.filter { key in !state.reservations.values.contains { $0.key == key } } }
    }

    // MARK: Reaping and usage

    package func expiredObjects(grace: TimeInterval, limit: Int) throws -> [(fileId: Int64?, key: String?)] {
        try run { state in
            let before = Date().addingTimeInterval(-grace)
            let trashed: [(fileId: Int64?, key: String?)] = state.trash.filter { $0.value < before }.map { (nil, $0.key) }
            let deleted: [(fileId: Int64?, key: String?)] = state.files.values
                .filter { $0.status == "deleting" && $0.ctime < FileTime(nanoseconds: Int64(before.timeIntervalSince1970 * 1e9)) }
                .map { file in
                    let kept = state.versions.values.contains { $0.file.s3Key == file.s3Key }
                    return (file.id, kept ? nil : file.s3Key)
                }
            return Array((trashed + deleted).prefix(limit))
        }
    }

    package func forgetExpired(fileId: Int64?, key: String?) throws {
        try run { state in
            if let fileId {
                if state.files[fileId]?.status == "deleting" { state.delete(files: [fileId]) }
            } else if let key {
                state.trash[key] = nil
            }
        }
    }

    package func usage() throws -> (bytes: Int64, files: Int64) {
        try run { state in
            let ready = state.files.values.filter { $0.status == "ready" }
            return (ready.reduce(0) { $0 + $1.size }, Int64(ready.count))
        }
    }

    package func keptVersionBytes() throws -> Int64 {
        try run { state in state.versions.values.reduce(0) { $0 + $1.file.size } }
    }
}
