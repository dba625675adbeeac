/// What a request's Range header asks of a file of `size` bytes (RFC 9110 §14): one range of bytes, or the whole
/// file when there is no header or one this server does not serve (several ranges, another unit, malformed).
public enum ByteRange: Equatable, Sendable {
    case whole
    case partial(start: Int64, length: Int64)
    case unsatisfiable

    public init(header: String?, size: Int64) {
        guard let header, header.hasPrefix("bytes="), !header.contains(",") else { self = .whole; return }
        let spec = header.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard let dash = spec.firstIndex(of: "-") else { self = .whole; return }
        let first = spec[..<dash], last = spec[spec.index(after: dash)...]
        switch (Int64(first), Int64(last)) {
        case (nil, let suffix?) where first.isEmpty:  // the last `suffix` bytes
            guard suffix > 0, size > 0 else { self = .unsatisfiable; return }
            let length = min(suffix, size)
            self = .partial(start: size - length, length: length)
        case (let start?, nil) where last.isEmpty:
            self = start < size ? .partial(start: start, length: size - start) : .unsatisfiable
        case (let start?, let end?) where end >= start:
            self = start < size ? .partial(start: start, length: min(end, size - 1) - start + 1) : .unsatisfiable
        default:
            self = .whole
        }
    }
}
