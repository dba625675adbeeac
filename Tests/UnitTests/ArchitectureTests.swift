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

    /// Every Swift file under Sources/, with its path relative to the project.
    private func sourceFiles() throws -> [(path: String, text: String)] {
        let root = TestStack.projectRoot
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path))
        return try walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }.sorted().map { relative in
            let path = "Sources/" + relative
            return (path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8))
        }
    }

    func testNoSourceFileIsLongerThan450Lines() throws {
        let long = try sourceFiles().map { ($0.path, $0.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1) }
            .filter { $0.1 > 450 }
        XCTAssertEqual(long.map { "\($0.0): \($0.1) lines" }, [])
    }

    func testNoTypeIsSplitOverMoreThanFiveExtensionFiles() throws {
        var files: [String: Set<String>] = [:]
        var declared: [String: String] = [:]
        let declaration = try NSRegularExpression(pattern: #"^(?:public |package )?(?:final )?(?:class|struct|enum|actor|protocol) (\w+)"#,
                                                  options: .anchorsMatchLines)
        for file in try sourceFiles() {
            let text = file.text as NSString
            for match in declaration.matches(in: file.text, range: NSRange(location: 0, length: text.length)) {
                declared[text.substring(with: match.range(at: 1))] = file.path
            }
            for line in file.text.split(separator: "\n") where line.hasPrefix("extension ") {
                let name = line.dropFirst("extension ".count).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                files[String(name), default: []].insert(file.path)
            }
        }
        // An extension in the file that declares its type splits nothing.
        let split = files.filter { name, paths in paths.subtracting([declared[name] ?? ""]).count > 5 }.mapValues(\.count)
        XCTAssertEqual(split, [:])
    }

    /// The compiler checks every Sendable conformance but those of the wrappers of C handles and pointers, each
    /// with its reason on the line above.
    func testUncheckedSendableIsRareAndExplained() throws {
        var unchecked: [String] = []
        for file in try sourceFiles() {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() where line.contains("@unchecked Sendable") {
                unchecked.append(file.path)
                let comments = lines[..<index].reversed().prefix { $0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                XCTAssertTrue(comments.contains { $0.contains("// @unchecked:") }, "\(file.path): no reason above \(line)")
            }
        }
        XCTAssertLessThanOrEqual(unchecked.count, 12, "\(unchecked)")
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
