import XCTest
@testable import MeetingCore
@testable import MeetingOperations

/// The pipeline's stages as the config file gives them, and what it reads out of committed files.
final class PipelineTests: XCTestCase {
    func testStagesComeFromTheConfigFileInOrderWithTheirSettings() throws {
        let file = try ConfigFile.parse("""
            pipeline:
              - stage: transcribe
                after: raw
                max_attempts: 5
                lease: 20m
              - stage: align
                after: raw
              - stage: diarize
                after: [transcribe, align]
                backoff: 2m
            """, source: "c.yaml")
        XCTAssertEqual(file.pipeline.stages.map(\.name), ["transcribe", "align", "diarize"])
        XCTAssertEqual(file.pipeline.firstStages.map(\.name), ["transcribe", "align"])
        XCTAssertEqual(file.pipeline.stage("transcribe")?.maxAttempts, 5)
        XCTAssertEqual(file.pipeline.stage("transcribe")?.lease, 1200)
        XCTAssertEqual(file.pipeline.stage("diarize")?.after, ["transcribe", "align"])
        XCTAssertEqual(file.pipeline.stage("diarize")?.backoff, 120)
        XCTAssertEqual(file.pipeline.stages(after: "align").map(\.name), ["diarize"])
        XCTAssertEqual(try ConfigFile.parse("s3: { bucket: b }", source: "c.yaml").pipeline, .standard)
    }

    func testABadPipelineIsOneLineNamingTheProblem() {
        let cases = [
            "pipeline: {transcribe: {}}": "c.yaml: pipeline must be a list of stages",
            "pipeline: [{stage: a, after: b}]": "c.yaml: pipeline: stage 'a' waits for 'b', which is not a stage listed before it",
            "pipeline: [{stage: a}, {stage: a}]": "c.yaml: pipeline: stage 'a' is named twice",
            "pipeline: [{stage: Transcribe}]": "c.yaml: pipeline: stage 'Transcribe' must be 1 to 63 lowercase letters, digits, - or _, starting with a letter",
            "pipeline: [{stage: a, retries: 2}]": "c.yaml: pipeline[0].retries is not a known key (known here: stage, after, max_attempts, lease, backoff)",
            "pipeline: [{stage: a, max_attempts: 0}]": "c.yaml: pipeline: stage 'a': max_attempts must be 1 or more",
        ]
        for (text, message) in cases {
            XCTAssertThrowsError(try ConfigFile.parse(text, source: "c.yaml"), text) { XCTAssertEqual("\($0)", message, text) }
        }
    }

    func testTheFilesThePipelineReads() {
        XCTAssertEqual(PipelineDocument.kind(area: "artifacts", name: "speakers.json"), .speakers)
        XCTAssertEqual(PipelineDocument.kind(area: "artifacts", name: "summary.json"), .cachedArtifact("summary_json"))
        XCTAssertEqual(PipelineDocument.kind(area: "artifacts", name: "transcript.vtt"), .cachedArtifact("transcript_vtt"))
        XCTAssertNil(PipelineDocument.kind(area: "artifacts", name: "notes.txt"))
        XCTAssertEqual(PipelineDocument.kind(area: "profiles", name: "ecapa.npy"), .voiceProfile)
        XCTAssertEqual(PipelineDocument.kind(area: "profiles", name: "v.embedding.json"), .voiceProfile)
        XCTAssertNil(PipelineDocument.kind(area: "raw", name: "speakers.json"))
    }

    private func read(_ kind: PipelineDocument.Kind, _ text: String, name: String = "speakers.json") -> PipelineDocument {
        PipelineDocument.read(kind, name: name, bytes: Array(text.utf8))
    }

    func testSpeakersAreAListOrAnObjectWithOneAndEverySegmentIsChecked() {
        let cluster = #"{"label": "S0", "segments": [[0, 1.5], [3, 4]], "embedding": [1, 0]}"#
        let expected = PipelineDocument.speakers([SpeakerCluster(label: "S0", segments: 2, seconds: 2.5, embedding: [1, 0])])
        XCTAssertEqual(read(.speakers, "[\(cluster)]"), expected)
        XCTAssertEqual(read(.speakers, #"{"speakers": [\#(cluster)]}"#), expected)
        let refused = [
            "not json": "not JSON",
            #"[{"label": "a", "segments": [[2, 1]]}]"#: "speaker 'a': each segment must be [start, end] seconds, 0 <= start < end <= 31536000",
            #"[{"label": "a", "segments": [[0, 1e39]]}]"#: "speaker 'a': each segment must be [start, end] seconds, 0 <= start < end <= 31536000",
            #"[{"label": "a\u0000", "segments": []}]"#: "speaker 1 has no label of 1 to 128 bytes without control characters",
            #"[{"label": "a", "segments": []}, {"label": "a", "segments": []}]"#: "label 'a' appears twice",
            #"[{"label": "a", "segments": [], "embedding": [true]}]"#: "[0].embedding[0] must be a number",
            #"[{"segments": []}]"#: "[0].label is missing",
            #"[{"label": "a", "segments": [], "embedding": [1]}, {"label": "b", "segments": [], "embedding": [1, 2]}]"#:
                "embeddings of different lengths ([1, 2])",
            #"{"clusters": []}"#: "speakers is missing",
        ]
        for (text, reason) in refused { XCTAssertEqual(read(.speakers, text), .invalid(reason), text) }
    }

    /// numpy.save's layout: magic, version, header length, a dict padded to 64 bytes, the values.
    private func npy(_ values: [Float], descr: String = "<f4", shape: String? = nil) -> [UInt8] {
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shape ?? "(\(values.count),)"), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(header.utf8.count), 0] + Array(header.utf8)
            + values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
    }

    func testVoiceProfilesAsNumpyVectorsOrJSON() {
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "ecapa.npy", bytes: npy([0.5, -1])),
                       .voiceProfile(model: "ecapa", embedding: [0.5, -1]))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "ecapa.npy", bytes: npy([0.5, -1], shape: "(1, 2)")),
                       .voiceProfile(model: "ecapa", embedding: [0.5, -1]))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "e.npy", bytes: npy([1, 2], descr: "<f8")),
                       .invalid("a voice profile must hold float32 ('<f4') values"))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "e.npy", bytes: npy([1, 2], shape: "(2, 1)")),
                       .invalid("a voice profile must be one vector, shape (N,) or (1, N)"))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "e.npy", bytes: npy([1, .nan])),
                       .invalid("the vector holds NaN or infinity"))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "e.npy", bytes: Array(npy([1, 2]).dropLast())),
                       .invalid("the data does not hold the 2 values the header says"))
        XCTAssertEqual(read(.voiceProfile, #"{"model": "m", "embedding": [1, 2.5]}"#, name: "v.embedding.json"),
                       .voiceProfile(model: "m", embedding: [1, 2.5]))
        XCTAssertEqual(read(.voiceProfile, #"{"embedding": [1]}"#, name: "v.embedding.json"), .invalid("model is missing"))
        XCTAssertEqual(read(.voiceProfile, #"{"model": "m", "embedding": []}"#, name: "v.embedding.json"),
                       .invalid("embedding must hold 1 to 65536 numbers"))
        XCTAssertEqual(PipelineDocument.read(.voiceProfile, name: "big.npy", bytes: [UInt8](repeating: 0, count: (1 << 20) + 1)),
                       .invalid("larger than 1 MiB"))
    }
}
