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
