/// When the bytes of a file being written become a visible version, who is told how that went, and when the
/// file's processing job is queued: the commit rules of one upload session, as a value. Each event returns the
/// action its caller runs next (uploads and commits report back with the events they end in).
///
/// A version commits at fsync, at a flush from the process that opened the descriptor, and at the release of the
/// last writable handle. A flush from any other process (a child closing its copy of the descriptor, at exit or
/// at exec) commits nothing. Once the session failed, every write, fsync and flush of its handles answers EIO and
/// nothing of it becomes visible; a failure nobody waits for (a commit at release) is `lost`: logged and counted.
/// A job is queued once per final version: the commit of a writer that was the last one writing, or, for bytes an
/// fsync or an earlier flush already published, that writer's close.
public struct WriteSession: Equatable, Sendable {
    public enum Phase: Equatable, Sendable {
        /// A new file nobody wrote yet: a shell's `> f` may close its first descriptor before the command writes,
        /// so only the release of the last writer publishes it empty.
        case unpublished
        /// What was written is the committed version (or the file was unlinked and its version discarded).
        case clean
        /// Written or truncated since the last commit.
        case changed
        case uploading(final: Bool, report: Bool)
        case committing(final: Bool, report: Bool)
        case failed
    }

    public enum Event: Equatable, Sendable {
        /// Another handle opens the session.
        case open
        case write
        case truncate
        /// A close by the process that opened the handle; `othersWriting`: another handle may still write.
        case flushByOpener(othersWriting: Bool)
        /// A close by any other process (one that inherited the descriptor).
        case flushByOther
        case fsync
        /// A writable handle is gone; `othersWriting`: another one may still write.
        case release(othersWriting: Bool)
        case uploadFinished
        /// Sending bytes failed: a part sent while writing, or the upload of a commit.
        case uploadFailed
        /// The version's row is committed; `visible` false: the file was unlinked meanwhile, its version discarded.
        case commitFinished(visible: Bool)
        case commitFailed
        /// The job owed was queued (until then it stays owed, so a failed attempt is made again).
        case jobQueued
    }

    public enum Action: Equatable, Sendable {
        /// Go on with the write, truncation or open.
        case proceed
        /// Answer 0; nothing to do.
        case succeed
        /// Answer EIO: the session failed.
        case refuse
        /// The session failed with nobody to tell: log it and count it.
        case lost
        /// Upload the bytes written so far, then report `uploadFinished` or `uploadFailed`.
        case upload
        /// Commit the uploaded version's row (queueing the job when `final`), then report `commitFinished` or
        /// `commitFailed`.
        case commit(final: Bool)
        /// Queue the job owed since an earlier commit published the bytes (nothing changed since), then report
        /// `jobQueued`.
        case queueJob
    }

    public private(set) var phase: Phase
    /// A commit published bytes of this session that no job was queued for yet.
    public private(set) var jobOwed = false
    /// Some version of the file is visible: it was committed when the session began, or the session committed one.
    public private(set) var published: Bool
    /// The session itself committed a version (its later ones replace it rather than keeping it as an old one).
    public private(set) var committedHere = false

    /// A session on a committed file starts clean; on a new one, unpublished.
    public init(published: Bool) {
        self.published = published
        phase = published ? .clean : .unpublished
    }

    public var isFailed: Bool { phase == .failed }

    public mutating func handle(_ event: Event) -> Action {
        switch (phase, event) {
        case (.failed, .uploadFailed), (.failed, .commitFailed), (.failed, .release), (.failed, .uploadFinished),
             (.failed, .commitFinished), (.failed, .jobQueued):
            return .succeed
        case (.failed, _):
            return .refuse

        case (_, .open):
            return .proceed
        case (_, .write), (_, .truncate):
            phase = .changed
            return .proceed
        case (_, .flushByOther):
            return .succeed

        case (.changed, .flushByOpener(let othersWriting)):
            phase = .uploading(final: !othersWriting, report: true)
            return .upload
        case (.clean, .flushByOpener(othersWriting: false)), (.unpublished, .flushByOpener(othersWriting: false)):
            return takeOwedJob()
        case (_, .flushByOpener):
            return .succeed

        case (.changed, .fsync), (.unpublished, .fsync):
            phase = .uploading(final: false, report: true)
            return .upload
        case (_, .fsync):
            return .succeed

        case (_, .release(othersWriting: true)):
            return .succeed
        case (.changed, .release), (.unpublished, .release):
            phase = .uploading(final: true, report: false)
            return .upload
        case (.clean, .release):
            return takeOwedJob()
        case (_, .release):
            return .succeed

        case (.uploading(let final, let report), .uploadFinished):
            phase = .committing(final: final, report: report)
            return .commit(final: final)
        case (.uploading(_, let report), .uploadFailed), (.committing(_, let report), .commitFailed):
            phase = .failed
            return report ? .refuse : .lost
        case (_, .uploadFailed):
            phase = .failed
            return .refuse

        case (.committing(let final, _), .commitFinished(let visible)):
            phase = .clean
            if visible {
                published = true
                committedHere = true
                jobOwed = !final
            } else {
                jobOwed = false
            }
            return .succeed
        case (_, .jobQueued):
            jobOwed = false
            return .succeed
        case (_, .uploadFinished), (_, .commitFinished), (_, .commitFailed):
            return .succeed  // reports of work this phase did not ask for: nothing to do
        }
    }

    private func takeOwedJob() -> Action { jobOwed ? .queueJob : .succeed }
}
