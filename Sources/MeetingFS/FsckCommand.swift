import ArgumentParser
import Foundation
import Logging
import MeetingObjects
import MeetingCatalog
import MeetingOperations

struct FsckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fsck",
        abstract: "Compare the database with the bucket; exit 0 when they agree, 1 with findings.",
        discussion: """
            Findings: ready files whose object is missing (missing-object) or whose size or etag differ (object-differs), \
            sha256 mismatches with --deep (checksum-differs, reads every object), objects no row refers to \
            (stray-object), rows left uploading by mounts that are gone (stuck-upload), and multipart uploads no \
            reservation records (leftover-multipart-upload). Uploads of live mounts are never findings. \
            --repair deletes stray objects, aborts leftover uploads, collects dead mounts, and removes the rows of \
            files whose object is gone; it leaves differing objects to a person, and says what it did.

            Example: meetingfs fsck --deep --json
            """)

    @OptionGroup var stack: StackOptions

    @Flag(help: "Also read every object and check its sha256.")
    var deep = false

    @Flag(help: "Fix what can be fixed, then check again.")
    var repair = false

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() throws {
        let settings = try stack.settings()
        var logger = Logger(label: "meetingfs-fsck")
        logger.logLevel = .warning
        let pool = settings.makePool(capacity: 2)
        let fsck = Fsck(metadata: PostgresCatalog(pool: pool), objects: S3Client(config: settings.s3), logger: logger)
        var findings = try check(fsck)
        if repair && !findings.isEmpty {
            let done = try fsck.repair(findings)
            for line in done { FileHandle.standardError.write(Data("meetingfs fsck: \(line)\n".utf8)) }
            try Administration(pool: pool).record("fsck-repair", path: "", detail: done.joined(separator: "; "))
            findings = try check(fsck)
        }
        if json {
            try printJSON(findings)
        } else {
            for finding in findings { print("\(finding.kind.rawValue)  \(finding.key)  \(finding.detail)") }
            print("meetingfs fsck: \(findings.isEmpty ? "clean" : "\(findings.count) findings")")
        }
        if !findings.isEmpty { throw ExitCode.failure }
    }

    private func check(_ fsck: Fsck) throws -> [Fsck.Finding] {
        let terminal = isatty(STDERR_FILENO) == 1
        let findings = try fsck.check(deep: deep) { done, total in
            guard terminal, done % 100 == 0 || done == total else { return }
            FileHandle.standardError.write(Data("\rchecked \(done)/\(total) files".utf8))
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        return findings
    }
}
