import Foundation
import TestSupport
import XCTest

/// The CLI a person expects: every command and subcommand answers --help with what it does and an example.
final class CommandLineTests: XCTestCase {
    func testEveryCommandHasHelpWithAnExample() throws {
        var pending = [[String]()]
        var seen: [String] = []
        while let command = pending.popLast() {
            let result = try Shell.run(([TestStack.binary] + command + ["--help"]).map { "'\($0)'" }.joined(separator: " "))
            let name = (["meetingfs"] + command).joined(separator: " ")
            XCTAssertEqual(result.status, 0, name)
            XCTAssertTrue(result.output.hasPrefix("OVERVIEW: "), "\(name): \(result.output)")
            XCTAssertTrue(result.output.split(separator: "\n").contains { $0.hasPrefix("Example") }, "\(name) --help shows no example")
            seen.append(name)
            pending += Self.subcommands(in: result.output).filter { $0 != "help" }.map { command + [$0] }
        }
        XCTAssertGreaterThanOrEqual(seen.count, 30, "\(seen)")
        XCTAssertTrue(seen.contains("meetingfs user set-role") && seen.contains("meetingfs backup verify"), "\(seen)")
    }

    /// The names listed under SUBCOMMANDS: (a name starts its line two spaces in; wrapped abstracts start further).
    static func subcommands(in help: String) -> [String] {
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [] }
        return section.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map { String($0) } }
    }
}
