import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// What the pipeline reads out of committed files (issue 27): speakers.json, voice profiles, transcripts and
/// summaries, written through a real mount by the uids that write them in production.
final class PipelineDocumentTests: EndToEndCase {
    private var worker: UInt32 = 0
    private var users: [String: UInt32] = [:]

    override func setUpWithError() throws {
        chmod(FileManager.default.temporaryDirectory.path, 0o755)  // the users' uids walk to the mount point
        try super.setUpWithError()
        worker = 40000 + UInt32.random(in: 0..<20000)
        try sh("'\(TestStack.binary)' user add \(TestStack.uniqueId("worker")) --uid \(worker) --role worker")
        for (offset, name) in ["alice", "bob", "carol"].enumerated() {
            let user = TestStack.uniqueId(name), uid = worker + 1 + UInt32(offset)
            try sh("'\(TestStack.binary)' user add \(user) --uid \(uid) --role member")
            users[name] = uid
            users[user] = uid
        }
    }

    private func name(_ short: String) -> String { users.first { $0.value == users[short] && $0.key != short }!.key }

    /// Runs `command` (a shell command line) as `uid`, writing `input` to its standard input.
    private func run(_ command: String, as uid: UInt32, input: [UInt8]? = nil) throws -> Shell.Result {
        var redirect = ""
        if let input {
            let file = "/tmp/meetingfs-input-\(UUID().uuidString)"
            FileManager.default.createFile(atPath: file, contents: Data(input), attributes: [.posixPermissions: 0o644])
            redirect = " < '\(file)'; status=$?; rm -f '\(file)'; exit $status"
        }
        return try Shell.run("HOME=/tmp setpriv --reuid \(uid) --regid \(uid) --clear-groups bash -c \"$(cat <<'EOF'\n\(command)\nEOF\n)\"\(redirect)")
    }

    private func write(_ bytes: [UInt8], to path: String, as uid: UInt32) throws {
        let result = try run("cat > '\(path)'", as: uid, input: bytes)
        XCTAssertTrue(result.succeeded, "writing \(path): \(result.error)")
    }

    private func meetingfs(_ arguments: String, as uid: UInt32) throws -> Shell.Result {
        try run("'\(TestStack.binary)' \(arguments)", as: uid)
    }

    private func object(_ result: Shell.Result) throws -> Any {
        XCTAssertTrue(result.succeeded, result.error)
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8))
    }

    /// A NumPy .npy file of one float32 vector, as numpy.save writes it.
    private func npy(_ values: [Float]) -> [UInt8] {
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (\(values.count),), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let length = UInt16(header.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xff), UInt8(length >> 8)] + Array(header.utf8)
            + values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
    }

    /// Random directions in 16 dimensions: profiles other tests left behind are nowhere near them.
    private let voices = (0..<2).map { _ in (0..<16).map { _ in Float.random(in: -1...1) } }

    private func near(_ voice: [Float]) -> [Float] { voice.map { $0 + Float.random(in: -0.05...0.05) } }

    private func list(_ values: [Float]) -> String { "[" + values.map { "\($0)" }.joined(separator: ", ") + "]" }

    private var speakersJSON: String {
        """
        {"speakers": [
          {"label": "SPEAKER_00", "segments": [[0.0, 4.5], [10.0, 12.0]], "embedding": \(list(voices[0]))},
          {"label": "SPEAKER_01", "segments": [[4.5, 10.0]], "embedding": \(list(voices[1]))}
        ]}
        """
    }

    private func statusAttribute(_ path: String) throws -> String {
        try sh("getfattr --only-values -n user.meetingfs.status '\(path)'")
    }

    func testSpeakersMapToTheUsersWhoseVoiceProfilesAreNearestAndBadFilesAreKeptAndExplained() throws {
        let artifacts = "\(meetingPath)/artifacts"
        try write(Array(speakersJSON.utf8), to: "\(artifacts)/speakers.json", as: worker)
        let listed = try XCTUnwrap(try object(try meetingfs("speaker list \(meeting!) --json", as: worker)) as? [[String: Any]])
        XCTAssertEqual(listed.map { $0["label"] as? String }, ["SPEAKER_00", "SPEAKER_01"])
        XCTAssertEqual(listed.map { $0["segments"] as? Int }, [2, 1])
        XCTAssertEqual(listed.map { $0["seconds"] as? Double }, [6.5, 5.5])

        // alice's profile as NumPy writes it, bob's as JSON, both of one model; carol's of another length.
        let model = TestStack.uniqueId("ecapa")
        try write(npy(near(voices[0])), to: mount.at("users/\(name("alice"))/profiles/\(model).npy"), as: users["alice"]!)
        try write(Array(#"{"model": "\#(model)", "embedding": \#(list(near(voices[1])))}"#.utf8),
                  to: mount.at("users/\(name("bob"))/profiles/voice.embedding.json"), as: users["bob"]!)
        let carol = mount.at("users/\(name("carol"))/profiles/\(model).npy")
        try write(npy([1, 0, 0]), to: carol, as: users["carol"]!)
        XCTAssertTrue(try statusAttribute(carol).hasPrefix("invalid: 3 values where other profiles of model \(model) have 16"))
        let pool = try database()
        let profiles = try pool.read("""
            SELECT u.name, p.model, cardinality(p.embedding) AS n FROM user_profiles p JOIN users u ON u.id = p.user_id
            WHERE u.name = ANY($1::text[]) ORDER BY u.name
            """, ["{\(name("alice")),\(name("bob")),\(name("carol"))}"]).all.map { "\($0.string("name")) \($0.string("model")) \($0.int("n"))" }
        XCTAssertEqual(profiles, ["\(name("alice")) \(model) 16", "\(name("bob")) \(model) 16"])

        let suggested = try XCTUnwrap(try object(try meetingfs("speaker suggest \(meeting!) --apply --json", as: worker)) as? [[String: Any]])
        let applied = suggested.map { ($0["applied"] as? [String: Any])?["user"] as? String }
        XCTAssertEqual(applied, [name("alice"), name("bob")])
        let scores = suggested.compactMap { ($0["applied"] as? [String: Any])?["score"] as? Double }
        XCTAssertTrue(scores.count == 2 && scores.allSatisfy { $0 > 0.9 }, "\(scores)")
        let shown = try XCTUnwrap(try object(try meetingfs("meeting show \(meeting!) --json", as: worker)) as? [String: Any])
        let speakers = try XCTUnwrap(shown["speakers"] as? [[String: Any]])
        XCTAssertEqual(speakers.map { $0["user"] as? String }, [name("alice"), name("bob")])

        // A broken speakers.json is stored and explained; the speakers stay as they were, mapped.
        let broken = #"{"speakers": [{"label": "SPEAKER_00", "segments": [[5.0, 1.0]]}]}"#
        try write(Array(broken.utf8), to: "\(artifacts)/speakers.json", as: worker)
        XCTAssertEqual(try sh("cat '\(artifacts)/speakers.json'"), broken, "what the worker wrote is kept")
        XCTAssertTrue(try statusAttribute("\(artifacts)/speakers.json").hasPrefix("invalid: speaker 'SPEAKER_00': each segment"))
        let after = try XCTUnwrap(try object(try meetingfs("speaker list \(meeting!) --json", as: worker)) as? [[String: Any]])
        XCTAssertEqual(after.map { $0["user"] as? String }, [name("alice"), name("bob")])
        let mapped = try meetingfs("speaker map \(meeting!) SPEAKER_00 \(name("bob"))", as: users["alice"]!)
        XCTAssertTrue(mapped.error.contains("no meeting"), "a member who may not read the meeting maps nothing: \(mapped.error)")

        // Deleting a profile file removes the profile.
        try XCTAssertTrue(run("rm '\(mount.at("users/\(name("alice"))/profiles/\(model).npy"))'", as: users["alice"]!).succeeded)
        XCTAssertEqual(try pool.read("SELECT count(*) AS n FROM user_profiles p JOIN users u ON u.id = p.user_id WHERE u.name = $1",
                                     [name("alice")]).first?.int("n"), 0)
    }

    func testTranscriptsAndSummariesAreCachedAndShownWithLinksThatDownloadThem() throws {
        let artifacts = "\(meetingPath)/artifacts"
        let summary = #"{"summary": "ship it", "actions": ["alice: deploy"]}"#
        try write(Array(summary.utf8), to: "\(artifacts)/summary.json", as: worker)
        try write(Array("# Transcript\nalice: hello\n".utf8), to: "\(artifacts)/transcript.md", as: worker)

        // Answered with S3 stopped: the result cache holds the bytes.
        let weed = try TestStack.seaweedPid()
        kill(weed, SIGSTOP)
        let cached = try meetingfs("cache get artifact:\(meeting!):summary_json", as: worker)
        kill(weed, SIGCONT)
        XCTAssertTrue(cached.succeeded, cached.error)
        XCTAssertEqual(cached.output, summary)
        let redis = try Shell.run("'\(TestStack.binary)' cache get artifact:\(meeting!):transcript_md")
        XCTAssertEqual(redis.output, "# Transcript\nalice: hello\n")

        // As the bot runs it, with the host's keys (root here).
        let shown = try XCTUnwrap(try object(try Shell.run("'\(TestStack.binary)' meeting show \(meeting!) --links --json --expires 10m")) as? [String: Any])
        let files = try XCTUnwrap(shown["files"] as? [[String: Any]])
        let links = files.filter { $0["area"] as? String == "artifacts" }
        XCTAssertEqual(links.map { $0["kind"] as? String }, ["summary_json", "transcript_md"])
        let caFile = TestStack.environment["MEETINGFS_S3_CA_FILE"] ?? ""
        for file in links {
            let link = try XCTUnwrap(file["link"] as? String)
            let body = try Shell.run("curl -s --fail --max-time 30 --cacert '\(caFile)' '\(link)'")
            XCTAssertTrue(body.succeeded, body.error)
            XCTAssertEqual(body.output, try sh("cat '\(artifacts)/\(file["name"] as? String ?? "")'"))
        }
        let audit = try Shell.run("'\(TestStack.binary)' audit --path meetings/\(meeting!) --action url --json --postgres-url \"$MEETINGFS_OWNER_POSTGRES_URL\"")
        XCTAssertEqual(audit.output.components(separatedBy: "\"url\"").count - 1, 2, "each link is audited: \(audit.output)")

        // A new version replaces the cached copy; deleting the file removes it.
        try write(Array(#"{"summary": "v2"}"#.utf8), to: "\(artifacts)/summary.json", as: worker)
        XCTAssertEqual(try meetingfs("cache get artifact:\(meeting!):summary_json", as: worker).output, #"{"summary": "v2"}"#)
        try sh("rm '\(artifacts)/summary.json'")
        XCTAssertEqual(try meetingfs("cache get artifact:\(meeting!):summary_json", as: worker).status, 1)
    }
}
