#if canImport(Glibc)
import Glibc
#endif

/// What a name may be. Bad names are refused with a precise errno, never renamed silently.
public enum Names {
    public static let maxNameBytes = 255

    /// Entry names: 1...255 bytes of valid UTF-8, no "/" or NUL, not "." or "..".
    public static func validateEntry(_ name: String) throws {
        let bytes = Array(name.utf8)
        if bytes.count > maxNameBytes { throw FSError(ENAMETOOLONG, "name longer than 255 bytes") }
        if bytes.isEmpty || name == "." || name == ".." { throw FSError(EINVAL, "empty or dot name") }
        if bytes.contains(0) || bytes.contains(UInt8(ascii: "/")) { throw FSError(EINVAL, "name holds / or NUL") }
    }

    /// Meeting, user and temp-area ids: [A-Za-z0-9][A-Za-z0-9._-]{0,127}.
    public static func validateId(_ id: String) throws {
        try validateEntry(id)
        let bytes = Array(id.utf8)
        guard bytes.count <= 128, let first = bytes.first, isAlphanumeric(first),
            bytes.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") })
        else { throw FSError(EINVAL, "id must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}") }
    }

    /// Decodes a name the kernel passed; invalid UTF-8 is EINVAL.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else { throw FSError(EINVAL, "name is not UTF-8") }
        return name
    }

    private static func isAlphanumeric(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
    }

    /// The artifact kinds the names in artifacts/ stand for (lower-cased); any other name is "other".
    static let artifactKinds = ["transcript.md": "transcript_md", "transcript.vtt": "transcript_vtt",
                                "transcript.srt": "transcript_srt", "summary.json": "summary_json"]

    /// The artifact kind a file name in artifacts/ stands for.
    public static func artifactKind(of name: String) -> String {
        artifactKinds[name.lowercased()] ?? "other"
    }

    /// The same mapping as SQL over a name column, for statements that read the name from the row itself.
    package static func artifactKindSQL(of column: String) -> String {
        let cases = artifactKinds.sorted { $0.key < $1.key }.map { "WHEN '\($0.key)' THEN '\($0.value)'" }
        return "CASE lower(\(column)) \(cases.joined(separator: " ")) ELSE 'other' END"
    }
}
