import Foundation
import TestSupport
import XCTest
@testable import MeetingCore
@testable import MeetingFileSystem

/// The randomized model test of the fast tier: random sequences of file operations applied to a temp area of a
/// FileSystem run in-process (in-memory catalog and bucket) and to a local scratch directory, which is the model.
/// Each step's answer (its errno, the bytes read) must be the same, and every 50 steps the two trees are compared
/// whole, read through a second mount that only hears of the changes. A failure names the seed and the step.
final class InProcessModelTests: XCTestCase {
    private let root = Caller(uid: 0, gid: 0)

    func testRandomOperationsMatchALocalDirectory() throws {
        for seed: UInt64 in [11, 12, 13] {
            let stack = InProcessStack()
            defer { stack.removeScratch() }
            let writer = try stack.mount(), reader = try stack.mount()
            defer { writer.shutdown(); reader.shutdown() }
            let area = try writer.mkdir(parent: Node.tempRoot.ino, name: "model-\(seed)", permissions: 0o755, caller: root).ino
            let local = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: local, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: local) }
            let mounted = MountedTree(fs: writer, top: area, caller: root)
            var random = SeededGenerator(seed: seed)
            for step in 1...1500 {
                let operation = TreeOperation.random(&random)
                let expected = LocalTree(base: local).apply(operation), answered = mounted.apply(operation)
                guard expected == answered else {
                    return XCTFail("seed \(seed), step \(step), \(operation): local \"\(expected)\" / in-process \"\(answered)\"")
                }
                if step % 50 == 0 {
                    let picture = MountedTree(fs: reader, top: area, caller: root).picture(), model = LocalTree(base: local).picture()
                    guard picture == model else {
                        return XCTFail("seed \(seed), after step \(step): the trees differ\n  local: \(model)\n  other mount: \(picture)")
                    }
                }
            }
        }
    }
}

/// One operation on paths drawn from a few names, so that files and directories collide.
enum TreeOperation: CustomStringConvertible {
    case write(String, bytes: Int, seed: UInt8)
    case read(String)
    case truncate(String, size: Int)
    case rename(String, String)
    case unlink(String)
    case mkdir(String)
    case rmdir(String)
    case link(String, String)

    static let paths = ["a", "b", "c", "d/a", "d/b", "d/e/a", "e"]

    static func random(_ random: inout SeededGenerator) -> TreeOperation {
        let (first, second) = (paths.randomElement(using: &random)!, paths.randomElement(using: &random)!)
        let directory = ["d", "d/e", "e", "a"].randomElement(using: &random)!
        switch Int.random(in: 0..<16, using: &random) {
        case 0..<4: return .write(first, bytes: [0, 1, 4096, 70_000].randomElement(using: &random)!, seed: .random(in: 0...255, using: &random))
        case 4..<7: return .read(first)
        case 7: return .truncate(first, size: Int.random(in: 0...5000, using: &random))
        case 8..<10: return .rename(first, second)
        case 10: return .unlink(first)
        case 11..<13: return .mkdir(directory)
        case 13: return .rmdir(directory)
        default: return .link(first, second)
        }
    }

    var description: String {
        switch self {
        case .write(let path, let bytes, _): return "write \(path) \(bytes)"
        case .read(let path): return "read \(path)"
        case .truncate(let path, let size): return "truncate \(path) \(size)"
        case .rename(let from, let to): return "rename \(from) \(to)"
        case .unlink(let path): return "unlink \(path)"
        case .mkdir(let path): return "mkdir \(path)"
        case .rmdir(let path): return "rmdir \(path)"
        case .link(let from, let to): return "link \(from) \(to)"
        }
    }

    static func bytes(_ count: Int, _ seed: UInt8) -> Data { Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }) }
}

/// The model: a local directory through syscalls. Answers are "ok", "ok <sha-like summary>" or "errno N".
struct LocalTree {
    let base: String

    func apply(_ operation: TreeOperation) -> String {
        func answer(_ result: Int32) -> String { result == 0 ? "ok" : "errno \(errno)" }
        switch operation {
        case .write(let path, let bytes, let seed):
            let fd = open("\(base)/\(path)", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { return "errno \(errno)" }
            defer { close(fd) }
            let data = TreeOperation.bytes(bytes, seed)
            let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            return written == bytes ? "ok" : "errno \(errno)"
        case .read(let path):
            guard let data = FileManager.default.contents(atPath: "\(base)/\(path)") else {
                var info = stat()
                return stat("\(base)/\(path)", &info) == 0 ? "errno \(EISDIR)" : "errno \(errno)"
            }
            return "ok \(data.count) \(data.hashValue)"
        case .truncate(let path, let size): return answer(Glibc.truncate("\(base)/\(path)", off_t(size)))
        case .rename(let from, let to): return answer(Glibc.rename("\(base)/\(from)", "\(base)/\(to)"))
        case .unlink(let path): return answer(Glibc.unlink("\(base)/\(path)"))
        case .mkdir(let path): return answer(Glibc.mkdir("\(base)/\(path)", 0o755))
        case .rmdir(let path): return answer(Glibc.rmdir("\(base)/\(path)"))
        case .link(let from, let to): return answer(Glibc.link("\(base)/\(from)", "\(base)/\(to)"))
        }
    }

    /// Every path with its kind, size and link count, sorted.
    func picture(_ relative: String = "") -> [String] {
        let directory = relative.isEmpty ? base : "\(base)/\(relative)"
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted().flatMap { name -> [String] in
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            var info = stat()
            guard lstat("\(base)/\(path)", &info) == 0 else { return ["\(path) gone"] }
            if info.st_mode & S_IFMT == S_IFDIR { return ["\(path)/"] + picture(path) }
            let data = FileManager.default.contents(atPath: "\(base)/\(path)") ?? Data()
            return ["\(path) \(data.count) \(data.hashValue) links \(info.st_nlink)"]
        }
    }
}

/// The same operations on a FileSystem in-process, paths resolved by lookup from the area's inode.
struct MountedTree {
    let fs: FileSystem
    let top: UInt64
    let caller: Caller

    private func resolve(_ path: String) throws -> (parent: UInt64, name: String) {
        var parent = top
        let parts = path.split(separator: "/").map(String.init)
        for part in parts.dropLast() { parent = try fs.lookup(parent: parent, name: part, caller: caller).ino }
        return (parent, parts.last!)
    }

    func apply(_ operation: TreeOperation) -> String {
        do {
            switch operation {
            case .write(let path, let bytes, let seed):
                let (parent, name) = try resolve(path)
                let (_, opened) = try fs.create(parent: parent, name: name, permissions: 0o644, flags: O_WRONLY | O_CREAT | O_TRUNC, caller: caller)
                defer { fs.release(handle: opened.handle) }
                _ = try TreeOperation.bytes(bytes, seed).withUnsafeBytes { try fs.write(handle: opened.handle, offset: 0, bytes: $0) }
                try fs.flush(handle: opened.handle, caller: caller)
                return "ok"
            case .read(let path):
                let data = try read(path)
                return "ok \(data.count) \(data.hashValue)"
            case .truncate(let path, let size):
                let (parent, name) = try resolve(path)
                let ino = try fs.lookup(parent: parent, name: name, caller: caller).ino
                _ = try fs.setattr(ino: ino, changes: AttributeChanges(size: Int64(size)), caller: caller)
            case .rename(let from, let to):
                let (a, b) = (try resolve(from), try resolve(to))
                try fs.rename(parent: a.parent, name: a.name, newParent: b.parent, newName: b.name, noReplace: false, caller: caller)
            case .unlink(let path):
                let (parent, name) = try resolve(path)
                try fs.unlink(parent: parent, name: name, caller: caller)
            case .mkdir(let path):
                let (parent, name) = try resolve(path)
                _ = try fs.mkdir(parent: parent, name: name, permissions: 0o755, caller: caller)
            case .rmdir(let path):
                let (parent, name) = try resolve(path)
                try fs.rmdir(parent: parent, name: name, caller: caller)
            case .link(let from, let to):
                // The kernel's order (do_linkat): the new name must be free, then the source may not be a directory.
                let (a, b) = (try resolve(from), try resolve(to))
                let source = try fs.lookup(parent: a.parent, name: a.name, caller: caller)
                if (try? fs.lookup(parent: b.parent, name: b.name, caller: caller)) != nil { throw FSError.exists }
                if source.type == .directory { throw FSError(EPERM) }
                _ = try fs.link(ino: source.ino, newParent: b.parent, newName: b.name, caller: caller)
            }
            return "ok"
        } catch let error as FSError {
            return "errno \(error.errno)"
        } catch {
            return "error \(error)"
        }
    }

    private func read(_ path: String) throws -> Data {
        let (parent, name) = try resolve(path)
        let attributes = try fs.lookup(parent: parent, name: name, caller: caller)
        guard attributes.type != .directory else { throw FSError(EISDIR) }
        let opened = try fs.open(ino: attributes.ino, flags: O_RDONLY, caller: caller)
        defer { fs.release(handle: opened.handle) }
        return try fs.read(handle: opened.handle, offset: 0, count: Int(attributes.size) + 1)
    }

    func picture(_ directory: UInt64? = nil, _ relative: String = "") -> [String] {
        guard let entries = try? fs.readdir(ino: directory ?? top, caller: caller) else { return ["\(relative) unreadable"] }
        return entries.filter { $0.name != "." && $0.name != ".." }.sorted { $0.name < $1.name }.flatMap { entry -> [String] in
            let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
            if entry.attributes.type == .directory { return ["\(path)/"] + picture(entry.attributes.ino, path) }
            let data = (try? read(path)) ?? Data()
            return ["\(path) \(data.count) \(data.hashValue) links \(entry.attributes.nlink)"]
        }
    }
}
