import Foundation

/// What the pipeline reads out of a committed file, besides storing it (docs/pipeline.md): a diarization's
/// `artifacts/speakers.json`, a voice profile in `users/U/profiles/` (`*.npy`, `*.embedding.json`), and a small
/// transcript or summary that goes into the result cache. A file it cannot use is still stored; the reason is the
/// file's status (`invalid: <reason>`).
public enum PipelineDocument: Sendable, Equatable {
    case speakers([SpeakerCluster])
    case voiceProfile(model: String, embedding: [Float])
    case cachedArtifact(kind: String, bytes: [UInt8])
    case invalid(String)

    /// The files the pipeline reads, by area and name.
    public enum Kind: Sendable, Equatable {
        case speakers, voiceProfile, cachedArtifact(String)

        /// Larger files are stored and not read (a profile or a summary that large is no such thing).
        public var maxBytes: Int64 {
            switch self {
            case .speakers: return 16 << 20
            case .voiceProfile, .cachedArtifact: return 1 << 20
            }
        }
    }

    /// The result cache's key of a meeting's artifact of `kind` (the commit's SQL builds the same).
    public static func cacheKey(meeting: String, kind: String) -> String { "artifact:\(meeting):\(kind)" }

    public static let cachedKinds: Set<String> = ["transcript_md", "transcript_vtt", "transcript_srt", "summary_json"]

    public static func kind(area: String, name: String) -> Kind? {
        switch area {
        case "artifacts" where name == "speakers.json": return .speakers
        case "artifacts" where cachedKinds.contains(Names.artifactKind(of: name)): return .cachedArtifact(Names.artifactKind(of: name))
        case "profiles" where name.hasSuffix(".npy") || name.hasSuffix(".embedding.json"): return .voiceProfile
        default: return nil
        }
    }

    /// What a file of `kind` named `name` holding `bytes` gives the pipeline.
    public static func read(_ kind: Kind, name: String, bytes: [UInt8]) -> PipelineDocument {
        guard Int64(bytes.count) <= kind.maxBytes else { return .invalid("larger than \(kind.maxBytes >> 20) MiB") }
        do {
            switch kind {
            case .speakers: return .speakers(try SpeakerCluster.parse(bytes))
            case .cachedArtifact(let artifact): return .cachedArtifact(kind: artifact, bytes: bytes)
            case .voiceProfile where name.hasSuffix(".npy"):
                return .voiceProfile(model: String(name.dropLast(".npy".count)), embedding: try NumpyVector.parse(bytes))
            case .voiceProfile:
                return try profileJSON(bytes)
            }
        } catch let error as DocumentError {
            return .invalid(error.reason)
        } catch {
            return .invalid("\(error)")
        }
    }

    /// `{"model": "...", "embedding": [...]}`.
    static func profileJSON(_ bytes: [UInt8]) throws -> PipelineDocument {
        struct Profile: Decodable {
            let model: String
            let embedding: [Double]
        }
        let profile = try DocumentError.decoding(Profile.self, from: bytes)
        guard !profile.model.isEmpty, profile.model.utf8.count <= 128,
              !profile.model.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else {
            throw DocumentError("model must be a name of 1 to 128 bytes without control characters")
        }
        return .voiceProfile(model: profile.model, embedding: try embedding(profile.embedding, what: "embedding"))
    }

    /// A non-empty list of finite numbers, at most 65,536 of them, that fit a float.
    static func embedding(_ numbers: [Double], what: String) throws -> [Float] {
        guard !numbers.isEmpty, numbers.count <= 65_536 else { throw DocumentError("\(what) must hold 1 to 65536 numbers") }
        let values = numbers.map(Float.init)
        guard values.allSatisfy(\.isFinite) else { throw DocumentError("\(what) holds a number too large for a float") }
        return values
    }
}

/// One speaker of a diarization: its label, how often and how long it spoke, and its voice's embedding if given.
public struct SpeakerCluster: Sendable, Equatable {
    public let label: String
    public let segments: Int
    public let seconds: Double
    public let embedding: [Float]?
    /// No segment ends later (a year, in seconds): totals stay far inside what the database's real holds.
    static let longest: Double = 31_536_000

    /// speakers.json: a list of clusters, or an object whose `speakers` is that list. Each cluster:
    /// `{"label": "SPEAKER_00", "segments": [[0.0, 3.2], ...], "embedding": [...]}` (embedding optional, the same
    /// length in every cluster that has one).
    static func parse(_ bytes: [UInt8]) throws -> [SpeakerCluster] {
        struct Cluster: Decodable {
            let label: String
            let segments: [[Double]]
            let embedding: [Double]?
        }
        struct Document: Decodable {
            let speakers: [Cluster]
        }
        let bare = bytes.first { ![0x20, 0x09, 0x0a, 0x0d].contains($0) } == UInt8(ascii: "[")
        let list = bare ? try DocumentError.decoding([Cluster].self, from: bytes)
            : try DocumentError.decoding(Document.self, from: bytes).speakers
        var labels: Set<String> = []
        let clusters = try list.enumerated().map { index, cluster -> SpeakerCluster in
            let label = cluster.label
            guard !label.isEmpty, label.utf8.count <= 128, !label.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 }) else {
                throw DocumentError("speaker \(index + 1) has no label of 1 to 128 bytes without control characters")
            }
            guard labels.insert(label).inserted else { throw DocumentError("label '\(label)' appears twice") }
            let seconds = try cluster.segments.reduce(0.0) { total, pair in
                guard pair.count == 2, pair[0] >= 0, pair[1] > pair[0], pair[1] <= SpeakerCluster.longest else {
                    throw DocumentError("speaker '\(label)': each segment must be [start, end] seconds, 0 <= start < end <= \(Int(SpeakerCluster.longest))")
                }
                return total + pair[1] - pair[0]
            }
            let embedding = try cluster.embedding.map { try PipelineDocument.embedding($0, what: "speaker '\(label)' embedding") }
            return SpeakerCluster(label: label, segments: cluster.segments.count, seconds: seconds, embedding: embedding)
        }
        let lengths = Set(clusters.compactMap { $0.embedding?.count })
        guard lengths.count <= 1 else { throw DocumentError("embeddings of different lengths (\(lengths.sorted()))") }
        return clusters
    }
}

/// A NumPy .npy file holding one little-endian float32 vector (shape (N,) or (1, N)).
enum NumpyVector {
    static func parse(_ bytes: [UInt8]) throws -> [Float] {
        let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else { throw DocumentError("not a .npy file") }
        let major = bytes[6]
        let headerLength: Int, start: Int
        switch major {
        case 1: (headerLength, start) = (Int(bytes[8]) | Int(bytes[9]) << 8, 10)
        case 2, 3:
            guard bytes.count >= 12 else { throw DocumentError("truncated .npy header") }
            (headerLength, start) = ((0..<4).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }, 12)
        default: throw DocumentError(".npy version \(major) is not known")
        }
        guard bytes.count >= start + headerLength else { throw DocumentError("truncated .npy header") }
        let header = String(decoding: bytes[start..<start + headerLength], as: UTF8.self).replacingOccurrences(of: " ", with: "")
        guard header.contains("'descr':'<f4'") else { throw DocumentError("a voice profile must hold float32 ('<f4') values") }
        guard header.contains("'fortran_order':False") else { throw DocumentError("Fortran-ordered arrays are not read") }
        guard let shapeStart = header.range(of: "'shape':("), let shapeEnd = header[shapeStart.upperBound...].firstIndex(of: ")") else {
            throw DocumentError("no shape in the .npy header")
        }
        let dimensions = header[shapeStart.upperBound..<shapeEnd].split(separator: ",").map { Int($0) }
        guard !dimensions.contains(where: { $0 == nil }), let count = dimensions.last ?? nil,
              dimensions.count == 1 || (dimensions.count == 2 && dimensions[0] == 1) else {
            throw DocumentError("a voice profile must be one vector, shape (N,) or (1, N)")
        }
        let body = start + headerLength
        guard count > 0, count <= 65_536, bytes.count == body + 4 * count else {
            throw DocumentError("the data does not hold the \(count) values the header says")
        }
        let values = (0..<count).map { index -> Float in
            let offset = body + 4 * index
            let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            return Float(bitPattern: bits)
        }
        guard values.allSatisfy(\.isFinite) else { throw DocumentError("the vector holds NaN or infinity") }
        return values
    }
}

struct DocumentError: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }

    /// Decodes JSON, a failure said in one short line: where in the document, and what was wrong there.
    static func decoding<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            switch error {
            case .keyNotFound(let key, let context):
                throw DocumentError("\(place(context.codingPath + [key])) is missing")
            case .typeMismatch(let expected, let context), .valueNotFound(let expected, let context):
                throw DocumentError("\(place(context.codingPath)) must be \(expected == Double.self ? "a number" : "\(expected)")")
            case .dataCorrupted:
                throw DocumentError("not JSON")
            @unknown default:
                throw DocumentError("not the expected JSON")
            }
        }
    }

    private static func place(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the document" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingPrefix(".").description
    }
}
