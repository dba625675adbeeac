import Foundation
import TestSupport
import XCTest
import MeetingCatalog

/// The catalog's rules (CatalogContract) on InMemoryCatalog, the engine of the fast tier; IntegrationTests runs the
/// same checks on PostgresCatalog.
final class InMemoryCatalogContractTests: XCTestCase {
    private func contract() throws -> CatalogContract {
        let database = InMemoryDatabase()
        return try CatalogContract(first: InMemoryCatalog(database), second: InMemoryCatalog(database))
    }

    func testANameIsTakenOnce() throws { try contract().aNameIsTakenOnce() }
    func testAWritingMountHoldsTheNameUntilItIsGone() throws { try contract().aWritingMountHoldsTheNameUntilItIsGone() }
    func testACommitNeedsItsReservation() throws { try contract().aCommitNeedsItsReservation() }
    func testAnUnlinkedFileCommitsNothing() throws { try contract().anUnlinkedFileCommitsNothing() }
    func testACommitReplacesItsNamesake() throws { try contract().aCommitReplacesItsNamesake() }
    func testAKeptVersionCanBeRestored() throws { try contract().aKeptVersionCanBeRestored() }
    func testARenameReplacesItsNamesake() throws { try contract().aRenameReplacesItsNamesake() }
    func testHardLinksOutliveTheFirstName() throws { try contract().hardLinksOutliveTheFirstName() }
    func testADirectoryIsRemovedOnlyWhenEmpty() throws { try contract().aDirectoryIsRemovedOnlyWhenEmpty() }
    func testChangesAreAnnouncedToTheOthers() throws { try contract().changesAreAnnouncedToTheOthers() }
    func testAMalformedDigestIsRefused() throws { try contract().aMalformedDigestIsRefused() }
    func testAGivenUpKeyNoRowHoldsIsTrashed() throws { try contract().aGivenUpKeyNoRowHoldsIsTrashed() }
    func testARemovedDirectoryTakesItsKeptVersions() throws { try contract().aRemovedDirectoryTakesItsKeptVersions() }
    func testANewNameTouchesItsDirectory() throws { try contract().aNewNameTouchesItsDirectory() }
}
