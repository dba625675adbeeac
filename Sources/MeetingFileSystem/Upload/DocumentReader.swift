import Foundation
import Logging
import Metrics
import MeetingCore
import MeetingCatalog

/// Reads what the pipeline takes out of a version before it commits (PipelineDocument: speakers, a voice profile,
/// an artifact for the result cache), so the rows derived from it commit with it; and, once committed, reports a
/// file the pipeline could not use (log and `meetingfs_pipeline_files_invalid_total`) and drops the cache's Redis
/// copy of a cached artifact that changed.
struct DocumentReader: Sendable {
    let cacheTTL: TimeInterval
    let dropRedisCopy: (@Sendable (String) -> Void)?
    let log: Logger

    init(config: FileSystemConfig, logger: Logger) {
        cacheTTL = config.artifactCacheTTL
        dropRedisCopy = config.artifactChanged
        log = logger
    }

    /// The version with its contents read, if the pipeline reads this file. A read that fails leaves the contents
    /// unread (the rows stay as they were) rather than failing the commit of what the writer wrote.
    func read(_ version: CommittedVersion, of session: UploadSession) -> CommittedVersion {
        guard let kind = PipelineDocument.kind(area: session.area, name: session.name) else { return version }
        var read = version
        read.cacheTTL = cacheTTL
        guard version.size <= kind.maxBytes else {
            read.contents = .invalid("larger than \(kind.maxBytes >> 20) MiB")
            return read
        }
        do {
            let bytes = [UInt8](try session.read(at: 0, count: Int(version.size)))
            read.contents = PipelineDocument.read(kind, name: session.name, bytes: bytes)
        } catch {
            log.error("pipeline file not read back; its rows stay as they were",
                      metadata: ["file_id": "\(session.fileId)", "error": "\(error)"])
        }
        return read
    }

    /// A cached artifact at `path` changed (committed or unlinked): its Redis copy goes (PostgreSQL's changed
    /// with it). Dropping rather than writing it keeps two mounts' commits from landing in Redis out of order.
    func changed(path: String) {
        guard let drop = dropRedisCopy, let key = Self.cacheKey(path: path) else { return }
        drop(PipelineDocument.cacheKey(meeting: key.meeting, kind: key.kind))
    }

    /// The meeting and kind of `meetings/M/artifacts/NAME` when the result cache takes such a file.
    static func cacheKey(path: String) -> (meeting: String, kind: String)? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "meetings", parts[2] == "artifacts",
              case .cachedArtifact(let kind) = PipelineDocument.kind(area: "artifacts", name: String(parts[3])) else { return nil }
        return (String(parts[1]), kind)
    }

    func committed(_ version: CommittedVersion, of session: UploadSession, catalog: any Catalog) {
        var note: String?
        switch version.contents {
        case .invalid(let reason):
            note = "invalid: \(reason)"
        case .voiceProfile:
            // The database finds a length that differs from other profiles of the model.
            note = (try? catalog.file(id: session.fileId))??.statusNote
        case .cachedArtifact:
            if let path = session.writer?.path { changed(path: path) }
        case .speakers, nil:
            break
        }
        guard let note else { return }
        log.warning("pipeline file stored but not used", metadata: ["file_id": "\(session.fileId)", "name": "\(session.name)",
                                                                   "status": "\(note)"])
        Counter(label: "meetingfs_pipeline_files_invalid_total", dimensions: [("area", session.area)]).increment()
    }
}
