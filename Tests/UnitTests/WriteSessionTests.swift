import XCTest
@testable import MeetingCore

/// The commit rules of a file being written, without services: every event in every phase, then the write
/// patterns of real tools as event sequences.
final class WriteSessionTests: XCTestCase {
    typealias Event = WriteSession.Event
    typealias Action = WriteSession.Action

    /// Every phase, named, with the events that lead there from a session's start.
    private static let phases: [(name: String, published: Bool, path: [Event])] = [
        ("U", false, []),
        ("C", true, []),
        ("C*", true, [.write, .fsync, .uploadFinished, .commitFinished(visible: true)]),  // clean, job owed
        ("X", true, [.write]),
        ("UpTT", true, [.write, .flushByOpener(othersWriting: false)]),
        ("UpFT", true, [.write, .fsync]),
        ("UpTF", true, [.write, .release(othersWriting: false)]),
        ("CmTT", true, [.write, .flushByOpener(othersWriting: false), .uploadFinished]),
        ("CmFT", true, [.write, .fsync, .uploadFinished]),
        ("CmTF", true, [.write, .release(othersWriting: false), .uploadFinished]),
        ("F", true, [.write, .uploadFailed]),
    ]

    private static func name(of session: WriteSession) -> String {
        switch session.phase {
        case .unpublished: return "U"
        case .clean: return session.jobOwed ? "C*" : "C"
        case .changed: return "X"
        case .uploading(let final, let report): return "Up\(final ? "T" : "F")\(report ? "T" : "F")"
        case .committing(let final, let report): return "Cm\(final ? "T" : "F")\(report ? "T" : "F")"
        case .failed: return "F"
        }
    }

    private static let actions: [String: Action] = [
        "p": .proceed, "s": .succeed, "r": .refuse, "l": .lost, "u": .upload, "cT": .commit(final: true),
        "cF": .commit(final: false), "j": .queueJob,
    ]

    /// Each row: the event, then per phase (in `phases` order) the action and the phase after ("=": unchanged).
    private static let table: [(Event, String)] = [
        (.open, "p= p= p= p= p= p= p= p= p= p= r="),
        (.write, "p>X p>X p>X p>X p>X p>X p>X p>X p>X p>X r="),
        (.truncate, "p>X p>X p>X p>X p>X p>X p>X p>X p>X p>X r="),
        (.flushByOpener(othersWriting: false), "s= s= j= u>UpTT s= s= s= s= s= s= r="),
        (.flushByOpener(othersWriting: true), "s= s= s= u>UpFT s= s= s= s= s= s= r="),
        (.flushByOther, "s= s= s= s= s= s= s= s= s= s= r="),
        (.fsync, "u>UpFT s= s= u>UpFT s= s= s= s= s= s= r="),
        (.release(othersWriting: false), "u>UpTF s= j= u>UpTF s= s= s= s= s= s= s="),
        (.release(othersWriting: true), "s= s= s= s= s= s= s= s= s= s= s="),
        (.uploadFinished, "s= s= s= s= cT>CmTT cF>CmFT cT>CmTF s= s= s= s="),
        (.uploadFailed, "r>F r>F r>F r>F r>F r>F l>F r>F r>F r>F s="),
        (.commitFinished(visible: true), "s= s= s= s= s= s= s= s>C s>C* s>C s="),
        (.commitFinished(visible: false), "s= s= s= s= s= s= s= s>C s>C s>C s="),
        (.commitFailed, "s= s= s= s= s= s= s= r>F r>F l>F s="),
        (.jobQueued, "s= s= s>C s= s= s= s= s= s= s= s="),
    ]

    func testEveryEventInEveryPhase() {
        for (event, row) in Self.table {
            let cells = row.split(separator: " ")
            XCTAssertEqual(cells.count, Self.phases.count)
            for (phase, cell) in zip(Self.phases, cells) {
                var session = WriteSession(published: phase.published)
                for step in phase.path { _ = session.handle(step) }
                XCTAssertEqual(Self.name(of: session), phase.name, "reaching \(phase.name)")
                let parts = cell.split(separator: cell.contains(">") ? ">" : "=", omittingEmptySubsequences: false)
                let expectedAction = Self.actions[String(parts[0])]!
                let expectedPhase = cell.hasSuffix("=") ? phase.name : String(parts[1])
                let action = session.handle(event)
                XCTAssertEqual(action, expectedAction, "\(event) in \(phase.name)")
                XCTAssertEqual(Self.name(of: session), expectedPhase, "\(event) in \(phase.name)")
            }
        }
    }

    // MARK: - Write patterns

    /// Runs events, completing every upload and commit they start; returns the actions the caller answers with
    /// and the number of jobs queued (by a final commit or an owed job).
    private func drive(_ session: inout WriteSession, _ events: [Event], failUploads: Bool = false) -> (answers: [Action], jobs: Int, commits: Int) {
        var answers: [Action] = [], jobs = 0, commits = 0
        for event in events {
            var action = session.handle(event)
            while true {
                switch action {
                case .upload:
                    action = session.handle(failUploads ? .uploadFailed : .uploadFinished)
                    continue
                case .commit(let final):
                    commits += 1
                    if final { jobs += 1 }
                    action = session.handle(.commitFinished(visible: true))
                    continue
                case .queueJob:
                    jobs += 1
                    action = session.handle(.jobQueued)
                    continue
                default:
                    break
                }
                break
            }
            answers.append(action)
        }
        return (answers, jobs, commits)
    }

    func testAWriterWhoseChildrenCloseInheritedCopiesPublishesOnceAtItsOwnClose() {
        var session = WriteSession(published: false)
        let chunks = Array(repeating: [Event.write, .flushByOther], count: 4).flatMap { $0 }
        let before = drive(&session, chunks)
        XCTAssertEqual(before.commits, 0, "nothing is published before the opener's close")
        XCTAssertEqual(before.jobs, 0)
        let close = drive(&session, [.flushByOpener(othersWriting: false), .release(othersWriting: false)])
        XCTAssertEqual(close.commits, 1)
        XCTAssertEqual(close.jobs, 1)
    }

    func testAShellRedirectionClosesItsFirstDescriptorBeforeTheCommandWrites() {
        var session = WriteSession(published: false)
        let first = drive(&session, [.flushByOpener(othersWriting: false)])
        XCTAssertEqual(first.commits, 0, "an empty new file is not published by the first close")
        let command = drive(&session, [.write, .write, .flushByOpener(othersWriting: false), .release(othersWriting: false)])
        XCTAssertEqual([command.commits, command.jobs], [1, 1])
    }

    func testAnEmptyNewFileIsPublishedAtTheLastRelease() {
        var session = WriteSession(published: false)
        let result = drive(&session, [.flushByOpener(othersWriting: false), .release(othersWriting: false)])
        XCTAssertEqual([result.commits, result.jobs], [1, 1])
    }

    func testEachFsyncPublishesAndTheOneJobComesAtTheOpenersClose() {
        var session = WriteSession(published: false)
        let synced = drive(&session, [.write, .fsync, .write, .fsync, .write, .fsync])
        XCTAssertEqual([synced.commits, synced.jobs], [3, 0])
        let closed = drive(&session, [.flushByOpener(othersWriting: false), .release(othersWriting: false)])
        XCTAssertEqual([closed.commits, closed.jobs], [0, 1])
    }

    func testAChildThatWritesAfterItsParentClosedIsPublishedAtTheLastRelease() {
        var session = WriteSession(published: false)
        let parent = drive(&session, [.write, .flushByOpener(othersWriting: false)])
        XCTAssertEqual([parent.commits, parent.jobs], [1, 1])
        let child = drive(&session, [.write, .flushByOther, .release(othersWriting: false)])
        XCTAssertEqual([child.commits, child.jobs], [1, 1], "the child's bytes are a new final version")
    }

    func testOnceFailedEveryWriteFsyncAndCloseAnswersEIOAndNothingIsPublished() {
        var session = WriteSession(published: true)
        let failed = drive(&session, [.write, .flushByOther, .write, .fsync], failUploads: true)
        XCTAssertEqual(failed.answers.last, .refuse)
        let later = drive(&session, [.write, .fsync, .flushByOther, .flushByOpener(othersWriting: false), .release(othersWriting: false)])
        XCTAssertEqual(later.answers, [.refuse, .refuse, .refuse, .refuse, .succeed])
        XCTAssertEqual(later.commits, 0)
    }

    func testAFailureAtReleaseIsLostNotSwallowedSilently() {
        var session = WriteSession(published: true)
        let result = drive(&session, [.write, .flushByOther, .release(othersWriting: false)], failUploads: true)
        XCTAssertEqual(result.answers.last, .lost)
    }

    func testAJobThatCouldNotBeQueuedStaysOwed() {
        var session = WriteSession(published: true)
        _ = drive(&session, [.write, .fsync])
        XCTAssertEqual(session.handle(.flushByOpener(othersWriting: false)), .queueJob)
        XCTAssertTrue(session.jobOwed, "queueing failed: no jobQueued came")
        XCTAssertEqual(session.handle(.release(othersWriting: false)), .queueJob, "the release asks again")
        XCTAssertEqual(session.handle(.jobQueued), .succeed)
        XCTAssertFalse(session.jobOwed)
    }

    func testAWriterClosingWhileAnotherHandleWritesPublishesWithoutTheJob() {
        var session = WriteSession(published: true)
        let first = drive(&session, [.write, .flushByOpener(othersWriting: true)])
        XCTAssertEqual([first.commits, first.jobs], [1, 0])
        let last = drive(&session, [.flushByOpener(othersWriting: false)])
        XCTAssertEqual([last.commits, last.jobs], [0, 1])
    }
}
