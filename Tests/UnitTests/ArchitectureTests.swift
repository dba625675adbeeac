import Foundation
import TestSupport
import XCTest

/// docs/architecture.md's target graph is Package.swift's, and the layering it states holds.
final class ArchitectureTests: XCTestCase {
    /// Every non-test target of Package.swift with the project targets it depends on.
    private func packageGraph() throws -> [String: Set<String>] {
        let text = try String(contentsOf: TestStack.projectRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let layers = Set(quoted(try XCTUnwrap(balanced(in: text, after: "let allLayers: [Target.Dependency] = ["))))
        var graph: [String: Set<String>] = [:]
        for opener in [".target(", ".executableTarget("] {
            var rest = text[...]
            while let start = rest.range(of: opener) {
                let body = try XCTUnwrap(balanced(in: String(rest[start.upperBound...]), after: ""))
                rest = rest[start.upperBound...]
                let name = try XCTUnwrap(quoted(body).first)
                guard let dependencies = body.range(of: "dependencies:") else { graph[name] = []; continue }
                // Products of other packages and a target's path are not project targets.
                let listed = body[dependencies.upperBound...]
                    .replacingOccurrences(of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
                    .replacingOccurrences(of: #"path: "[^"]*""#, with: "", options: .regularExpression)
                var targets = Set(quoted(listed))
                if listed.contains("allLayers") { targets.formUnion(layers) }
                graph[name] = targets
            }
        }
        return graph.filter { name, _ in name != "TestSupport" }
    }

    /// The table under "## Targets" in docs/architecture.md.
    private func documentedGraph() throws -> [String: Set<String>] {
        let text = try String(contentsOf: TestStack.projectRoot.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let section = try XCTUnwrap(text.components(separatedBy: "\n## Targets\n").dropFirst().first)
        let lines = section.components(separatedBy: "\n").drop { !$0.hasPrefix("    target ") }.dropFirst()
            .prefix { $0.hasPrefix("    ") }
        var graph: [String: Set<String>] = [:]
        for line in lines {
            let fields = line.trimmingCharacters(in: .whitespaces).split(separator: " ", maxSplits: 1)
            let dependencies = fields.count > 1 ? String(fields[1]) : "-"
            graph[String(fields[0])] = dependencies.trimmingCharacters(in: .whitespaces) == "-" ? [] :
                Set(dependencies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        return graph
    }

    func testTheDocumentedTargetGraphIsPackageSwifts() throws {
        let package = try packageGraph()
        XCTAssertGreaterThanOrEqual(package.count, 9, "targets read from Package.swift: \(package.keys.sorted())")
        XCTAssertEqual(try documentedGraph(), package)
    }

    func testLowerLayersDoNotDependOnHigherOnes() throws {
        let graph = try packageGraph()
        let project = Set(graph.keys)
        XCTAssertEqual(graph["MeetingCore"].map { $0.intersection(project) }, [], "the core depends on no project target")
        for lower in ["MeetingCatalog", "MeetingObjects"] {
            let reached = reachable(from: lower, in: graph)
            XCTAssertFalse(reached.contains("MeetingFileSystem"), "\(lower) reaches the file system")
            XCTAssertFalse(reached.contains("MeetingOperations"), "\(lower) reaches the operations")
        }
        XCTAssertFalse(reachable(from: "MeetingCatalog", in: graph).contains("MeetingObjects"))
        XCTAssertFalse(reachable(from: "MeetingFileSystem", in: graph).contains("MeetingOperations"))
    }

    private func reachable(from start: String, in graph: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = []
        var next = Array(graph[start] ?? [])
        while let target = next.popLast() {
            if seen.insert(target).inserted { next += graph[target] ?? [] }
        }
        return seen
    }

    /// The text after `prefix` up to the bracket or parenthesis that closes the one `prefix` ends inside.
    private func balanced(in text: String, after prefix: String) -> String? {
        guard let start = prefix.isEmpty ? text.startIndex : text.range(of: prefix)?.upperBound else { return nil }
        var depth = 1
        var index = start
        while index < text.endIndex {
            switch text[index] {
            case "(", "[": depth += 1
            case ")", "]":
                depth -= 1
                if depth == 0 { return String(text[start..<index]) }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    private func quoted<S: StringProtocol>(_ text: S) -> [String] {
        String(text).components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
    }
}
