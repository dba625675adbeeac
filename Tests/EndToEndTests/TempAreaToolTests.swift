import Foundation
import TestSupport
import XCTest

/// The tools a worker runs in its scratch area, each round-tripping through a temp area as on a local disk.
final class TempAreaToolTests: EndToEndCase {
    var area: String!

    override func setUpWithError() throws {
        try super.setUpWithError()
        area = mount.at("temp/\(TestStack.uniqueId("tools"))")
        try sh("mkdir '\(area!)'")
    }

    func testANamedPipeCarriesDataBetweenTwoProcesses() throws {
        try sh("mkfifo '\(area!)/pipe'")
        // The writer blocks until the reader opens the pipe, and the reader until the writer has written.
        let output = try sh("(seq 1 20000 > '\(area!)/pipe' &) ; sha256sum < '\(area!)/pipe'", timeout: 60)
        XCTAssertEqual(String(output.prefix(64)), String(try sh("seq 1 20000 | sha256sum").prefix(64)))
        XCTAssertEqual(try sh("stat -c %F '\(area!)/pipe'"), "fifo\n")
    }

    func testSymbolicLinksWithLnAndReadlink() throws {
        try sh("mkdir '\(area!)/models' && echo v2 > '\(area!)/models/v2.yaml'")
        try sh("cd '\(area!)' && ln -s models/v2.yaml latest && ln -s ../latest models/up")
        XCTAssertEqual(try sh("readlink '\(area!)/latest'"), "models/v2.yaml\n")
        XCTAssertEqual(try sh("cat '\(area!)/latest' '\(area!)/models/up'"), "v2\nv2\n")
        XCTAssertEqual(try sh("readlink -f '\(area!)/models/up'"), "\(area!)/models/v2.yaml\n")
        try sh("cd '\(area!)' && ln -sfn models/v3.yaml latest")
        XCTAssertEqual(try sh("readlink '\(area!)/latest'"), "models/v3.yaml\n", "ln -sfn replaces the link")
        XCTAssertFalse(try Shell.run("cat '\(area!)/latest'", timeout: 30).succeeded, "a dangling link reads nothing")
    }

    func testHardLinksWithLnAndStat() throws {
        try sh("echo shared > '\(area!)/a' && ln '\(area!)/a' '\(area!)/b' && mkdir '\(area!)/d' && ln '\(area!)/b' '\(area!)/d/c'")
        XCTAssertEqual(try sh("stat -c %h '\(area!)/a' '\(area!)/b' '\(area!)/d/c'"), "3\n3\n3\n")
        XCTAssertEqual(try sh("stat -c %i '\(area!)/a' '\(area!)/d/c' | uniq | wc -l"), "1\n", "one inode")
        try sh("rm '\(area!)/a'")
        XCTAssertEqual(try sh("stat -c %h '\(area!)/b'; cat '\(area!)/d/c'"), "2\nshared\n")
        let meetingLink = try Shell.run("ln '\(area!)/b' '\(meetingPath)/raw/b'", timeout: 30)
        XCTAssertTrue(meetingLink.error.contains("Invalid cross-device link"), "a link out of the area: \(meetingLink.error)")
    }

    func testGitInitAndCommitInATempArea() throws {
        let repository = "\(area!)/configs"
        try sh("mkdir '\(repository)' && cd '\(repository)' && git init -q && git config user.email w@example.org && git config user.name worker")
        try sh("cd '\(repository)' && printf 'sample_rate: 16000\\n' > asr.yaml && mkdir lang && echo en > lang/default && ln -s asr.yaml current.yaml")
        try sh("cd '\(repository)' && git add -A && git commit -qm 'first configs'")
        try sh("cd '\(repository)' && echo 'beam: 5' >> asr.yaml && git commit -qam 'beam' && git gc -q")
        XCTAssertEqual(try sh("cd '\(repository)' && git log --format=%s"), "beam\nfirst configs\n")
        XCTAssertEqual(try sh("cd '\(repository)' && git fsck --strict 2>&1 && git status --porcelain"), "")
        let clone = TestStack.scratchDirectory("clone").path
        try sh("git clone -q '\(repository)' '\(clone)/c'")
        XCTAssertEqual(try sh("cat '\(clone)/c/asr.yaml'; readlink '\(clone)/c/current.yaml'"), "sample_rate: 16000\nbeam: 5\nasr.yaml\n")
    }

    func testTarExtractsSymlinksAndHardLinksAndRsyncKeepsThem() throws {
        let source = TestStack.scratchDirectory("tree").path
        try sh("""
            cd '\(source)' && mkdir -p tree/sub && head -c 300000 /dev/urandom > tree/blob && ln tree/blob tree/sub/blob-again \
            && ln -s ../blob tree/sub/to-blob && mkfifo tree/pipe && chmod 640 tree/blob && touch -d '2020-02-03 04:05:06.123456789' tree/sub/to-blob -h \
            && tar -cf tree.tar tree
            """)
        try sh("tar -xpf '\(source)/tree.tar' -C '\(area!)'")
        try sh("rsync -aH '\(source)/tree/' '\(area!)/synced/'")
        // Names, types, modes, link counts, link targets, and the sizes of files (a directory's is its file system's).
        let describe = "find . -printf '%P %y %m %n %l\\n' | sort; find . ! -type d -printf '%P %s\\n' | sort"
        let expected = try sh("cd '\(source)/tree' && \(describe)")
        XCTAssertTrue(expected.contains("sub/blob-again f 640 2 \n") && expected.contains("sub/blob-again 300000"), expected)
        XCTAssertEqual(try sh("cd '\(area!)/tree' && \(describe)"), expected, "tar -x")
        XCTAssertEqual(try sh("cd '\(area!)/synced' && \(describe)"), expected, "rsync -aH")
        XCTAssertEqual(try sha256("\(area!)/synced/sub/blob-again"), try sha256("\(source)/tree/blob"))
        // A second run finds every file, link time included, as it left it: nothing to send.
        XCTAssertEqual(try sh("rsync -aHi '\(source)/tree/' '\(area!)/synced/'"), "")
    }
}
