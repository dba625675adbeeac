import Foundation
import Logging
import Metrics
import MeetingCore
import MeetingCatalog

/// The only place a version becomes visible: it runs what a session's commit rules ask for (upload, the catalog's
/// commit, the job owed), drops what the commit changed from the superblock, and audits the commit.
final class Committer: Sendable {
    private let catalog: any Catalog
    private let superblock: Superblock
    private let openFiles: OpenFiles
    private let audit: AuditSink
    private let lifecycle: LifecyclePolicy
    let documents: DocumentReader
    private let log: Logger

    init(catalog: any Catalog, superblock: Superblock, openFiles: OpenFiles, audit: AuditSink, lifecycle: LifecyclePolicy,
         documents: DocumentReader, logger: Logger) {
        self.catalog = catalog
        self.superblock = superblock
        self.openFiles = openFiles
        self.audit = audit
        self.lifecycle = lifecycle
        self.documents = documents
        log = logger
    }

    /// Runs what the commit rules asked for, feeding each upload's and commit's end back to them, until they say
    /// what to answer. Caller holds the session lock. `writerMayWrite` checks the writer's access again before an
    /// upload. A failure fails the session for good (the next open starts over) and is audited once, when it
    /// happens; one nobody waits for is logged and counted as lost.
    func run(_ first: WriteSession.Action, on session: UploadSession, writerMayWrite: (Writer) throws -> Void) throws {
        var action = first
        var version: CommittedVersion?
        var failedNow = false
        while true {
            switch action {
            case .proceed, .succeed:
                return
            case .refuse:
                if failedNow { failed(session) }
                throw session.failureError
            case .lost:
                if failedNow { failed(session) }
                log.error("upload lost at release", metadata: ["file_id": "\(session.fileId)", "error": "\(session.failureError)"])
                Counter(label: "meetingfs_uploads_lost_total").increment()
                return
            case .queueJob:
                do {
                    try superblock.database { try catalog.queueJob(fileId: session.fileId) }
                } catch {
                    // Still owed: the next close or the last release asks again.
                    log.error("processing job not queued", metadata: ["file_id": "\(session.fileId)", "error": "\(error)"])
                    throw error
                }
                action = session.handle(.jobQueued)
            case .upload:
                do {
                    if let writer = session.writer { try writerMayWrite(writer) }
                    version = try session.upload()
                    action = session.handle(.uploadFinished)
                } catch {
                    session.record(error)
                    failedNow = true
                    action = session.handle(.uploadFailed)
                }
            case .commit(let final):
                guard let uploaded = version else { return }
                action = try commit(uploaded, of: session, final: final)
                failedNow = action == .refuse || action == .lost
            }
        }
    }

    /// Commits an uploaded version's row and returns the rules' next action.
    private func commit(_ uploaded: CommittedVersion, of session: UploadSession, final: Bool) throws -> WriteSession.Action {
        let version = documents.read(uploaded, of: session)
        let outcome: CommitOutcome
        do {
            // One version per write session: what an earlier commit of this same session made is not kept.
            let keep = !session.committedHere && lifecycle.rule(session.area).keepVersions > 0
            outcome = try catalog.commit(fileId: session.fileId, version, queueJob: final, keepReplaced: keep,
                                          created: session.committedHere ? nil : session.created)
        } catch {
            log.error("commit failed", metadata: ["file_id": "\(session.fileId)", "error": "\(error)"])
            session.record(error)
            return session.handle(.commitFailed)
        }
        superblock.invalidate(.file(session.fileId))
        superblock.invalidate(.names(in: openFiles.pendingParents(of: session.fileId)))
        if outcome == .committed { documents.committed(version, of: session, catalog: catalog) }
        if let writer = session.writer {
            audit.record("commit", writer.caller, writer.principal, path: writer.path, bytes: version.size, detail: version.sha256,
                   outcome: outcome == .committed ? nil : FSError.notFound)
        }
        return outcome == .committed ? session.committed() : session.discarded()
    }

    /// The session failed: it takes no new opens, and its writer's last commit is audited as failed.
    private func failed(_ session: UploadSession) {
        openFiles.detach(session)
        if let writer = session.writer {
            audit.record("commit", writer.caller, writer.principal, path: writer.path, bytes: session.progress.size,
                   outcome: session.failureError)
        }
    }
}
