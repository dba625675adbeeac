import Foundation
import TestSupport
import XCTest

/// The randomized model test: long random sequences of file operations, applied step by step to a temp area on
/// the mount and to a tmpfs directory. Each step's answer (its error, the bytes it read, the attributes of what it
/// touched) must be the same on both, and every 250 steps the two trees are compared whole. A failure
/// names the seed and the step, so `MEETINGFS_MODEL_SEED=<seed>` replays it.
final class ModelTests: PosixCase {
    static let seeds: [UInt64] = ProcessInfo.processInfo.environment["MEETINGFS_MODEL_SEED"].flatMap(UInt64.init).map { [$0] }
        ?? [1, 2, 3, 4]
    static let steps = 25_000
    /// Steps between comparisons of the whole trees (MEETINGFS_MODEL_PICTURE_EVERY=1 narrows a failure down).
    static let pictureEvery = ProcessInfo.processInfo.environment["MEETINGFS_MODEL_PICTURE_EVERY"].flatMap(Int.init) ?? 250

    func testRandomOperationsMatchALocalDirectory() throws {
        let trees = try Self.trees()
        for seed in Self.seeds {
            let directories = try ["reference", "mount"].enumerated().map { index, side -> String in
                let root = index == 0 ? trees.reference : trees.area
                let directory = "\(root)/model-\(seed)"
                guard Glibc.mkdir(directory, 0o755) == 0 else { throw SetupFailed(description: "mkdir \(directory): \(errno)") }
                return directory
            }
            let worlds = directories.map { ModelWorld(base: $0) }
            var random = SeededGenerator(seed: seed)
            for step in 1...Self.steps {
                let operation = ModelOperation.random(&random)
                let answers = worlds.map { $0.apply(operation) }
                guard answers[0] == answers[1] else {
                    XCTFail("seed \(seed), step \(step), \(operation): tmpfs \"\(answers[0])\" / mount \"\(answers[1])\"")
                    worlds.forEach { $0.closeAll() }
                    return
                }
                if step % Self.pictureEvery == 0 || step == Self.steps {
                    let pictures = worlds.map { $0.picture() }
                    guard pictures[0] == pictures[1] else {
                        XCTFail("seed \(seed), after step \(step): the trees differ\n  tmpfs: \(pictures[0])\n  mount: \(pictures[1])")
                        worlds.forEach { $0.closeAll() }
                        return
                    }
                }
            }
            worlds.forEach { $0.closeAll() }
        }
    }
}

/// One operation on paths drawn from a few names, so that they collide: files, directories and links meet.
enum ModelOperation: CustomStringConvertible {
    case write(String, offset: Int, bytes: Int, truncate: Bool, append: Bool)
    case open(slot: Int, String, create: Bool)
    case pwrite(slot: Int, offset: Int, bytes: Int)
    case pread(slot: Int, offset: Int, count: Int)
    case ftruncate(slot: Int, size: Int)
    case close(slot: Int)
    case read(String)
    case mmapRead(String)
    case truncate(String, size: Int)
    case rename(String, String)
    case link(String, String)
    case symlink(target: String, String)
    case readlink(String)
    case unlink(String)
    case mkdir(String)
    case rmdir(String)
    case chmod(String, mode_t)
    case stat(String)

    static let slots = 4
    private static let names = ["a", "b", "c", "d", "e"]
    private static let directories = ["", "x/", "y/", "x/z/"]

    static func randomPath(_ random: inout SeededGenerator) -> String {
        directories.randomElement(using: &random)! + names.randomElement(using: &random)!
    }

    static func random(_ random: inout SeededGenerator) -> ModelOperation {
        let path = randomPath(&random)
        let other = randomPath(&random)
        let slot = Int.random(in: 0..<slots, using: &random)
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<14:
            return .write(path, offset: Int.random(in: 0...70_000, using: &random), bytes: Int.random(in: 0...40_000, using: &random),
                          truncate: Bool.random(using: &random), append: Int.random(in: 0..<4, using: &random) == 0)
        case 14..<20: return .open(slot: slot, path, create: Bool.random(using: &random))
        case 20..<28: return .pwrite(slot: slot, offset: Int.random(in: 0...100_000, using: &random), bytes: Int.random(in: 1...20_000, using: &random))
        case 28..<33: return .pread(slot: slot, offset: Int.random(in: 0...100_000, using: &random), count: Int.random(in: 1...30_000, using: &random))
        case 33..<36: return .ftruncate(slot: slot, size: Int.random(in: 0...120_000, using: &random))
        case 36..<41: return .close(slot: slot)
        case 41..<47: return .read(path)
        case 47..<50: return .mmapRead(path)
        case 50..<53: return .truncate(path, size: Int.random(in: 0...90_000, using: &random))
        case 53..<61: return .rename(path, Bool.random(using: &random) ? other : String(other.split(separator: "/").dropLast().joined(separator: "/")))
        case 61..<66: return .link(path, other)
        case 66..<70: return .symlink(target: Bool.random(using: &random) ? other : "../\(other)", path)
        case 70..<72: return .readlink(path)
        case 72..<80: return .unlink(path)
        // Never the model's own directory: removed, it would leave nothing to compare.
        case 80..<87: return .mkdir(Bool.random(using: &random) ? path : directories.dropFirst().randomElement(using: &random)!)
        case 87..<92: return .rmdir(Bool.random(using: &random) ? path : directories.dropFirst().randomElement(using: &random)!)
        case 92..<95: return .chmod(path, [0o600, 0o644, 0o755, 0o4711, 0o1777].randomElement(using: &random)!)
        default: return .stat(path)
        }
    }

    var description: String {
        switch self {
        case .write(let p, let offset, let bytes, let truncate, let append):
            return "write \(p) at \(offset) \(bytes) bytes\(truncate ? " O_TRUNC" : "")\(append ? " O_APPEND" : "")"
        case .open(let slot, let p, let create): return "open \(p) as \(slot)\(create ? " O_CREAT" : "")"
        case .pwrite(let slot, let offset, let bytes): return "pwrite \(slot) at \(offset) \(bytes) bytes"
        case .pread(let slot, let offset, let count): return "pread \(slot) at \(offset) \(count)"
        case .ftruncate(let slot, let size): return "ftruncate \(slot) \(size)"
        case .close(let slot): return "close \(slot)"
        case .read(let p): return "read \(p)"
        case .mmapRead(let p): return "mmap \(p)"
        case .truncate(let p, let size): return "truncate \(p) \(size)"
        case .rename(let a, let b): return "rename \(a) \(b)"
        case .link(let a, let b): return "link \(a) \(b)"
        case .symlink(let target, let p): return "symlink \(target) \(p)"
        case .readlink(let p): return "readlink \(p)"
        case .unlink(let p): return "unlink \(p)"
        case .mkdir(let p): return "mkdir \(p)"
        case .rmdir(let p): return "rmdir \(p)"
        case .chmod(let p, let mode): return "chmod \(p) \(String(mode, radix: 8))"
        case .stat(let p): return "stat \(p)"
        }
    }
}

/// One side of the model test: a directory, and the descriptors kept open in it between steps.
final class ModelWorld {
    let base: String
    private var open: [Int32?] = Array(repeating: nil, count: ModelOperation.slots)

    init(base: String) { self.base = base }

    private func path(_ p: String) -> String { p.isEmpty ? base : "\(base)/\(p)" }

    private static func error(_ result: Int) -> String { result < 0 ? String(cString: strerror(errno)) : "ok" }

    /// Bytes that depend on where they are written, so a misplaced write shows.
    private static func pattern(_ offset: Int, _ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: (offset + $0) &* 31 &+ ($0 >> 8)) }
    }

    private static func digest(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "\(bytes.count):\(String(hash, radix: 16))"
    }

    func apply(_ operation: ModelOperation) -> String {
        switch operation {
        case .write(let p, let offset, let count, let truncate, let append):
            let fd = Glibc.open(path(p), O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0) | (append ? O_APPEND : 0), 0o644)
            guard fd >= 0 else { return Self.error(-1) }
            let bytes = Self.pattern(offset, count)
            let written = bytes.withUnsafeBytes { append ? Glibc.write(fd, $0.baseAddress, count) : pwrite(fd, $0.baseAddress, count, off_t(offset)) }
            let answer = written == count ? "ok" : Self.error(written)
            return "\(answer), close \(Self.error(Int(Glibc.close(fd)))), \(attributes(p))"
        case .open(let slot, let p, let create):
            if let fd = open[slot] { Glibc.close(fd) }
            let fd = Glibc.open(path(p), O_RDWR | (create ? O_CREAT : 0), 0o644)
            open[slot] = fd >= 0 ? fd : nil
            return Self.error(Int(fd))
        case .pwrite(let slot, let offset, let count):
            guard let fd = open[slot] else { return "no descriptor" }
            let written = Self.pattern(offset, count).withUnsafeBytes { Glibc.pwrite(fd, $0.baseAddress, count, off_t(offset)) }
            return written == count ? "ok \(descriptorAttributes(fd))" : Self.error(written)
        case .pread(let slot, let offset, let count):
            guard let fd = open[slot] else { return "no descriptor" }
            var buffer = [UInt8](repeating: 0, count: count)
            let read = Glibc.pread(fd, &buffer, count, off_t(offset))
            return read < 0 ? Self.error(read) : buffer[0..<read].withUnsafeBytes(Self.digest)
        case .ftruncate(let slot, let size):
            guard let fd = open[slot] else { return "no descriptor" }
            return "\(Self.error(Int(Glibc.ftruncate(fd, off_t(size))))) \(descriptorAttributes(fd))"
        case .close(let slot):
            guard let fd = open[slot] else { return "no descriptor" }
            open[slot] = nil
            return Self.error(Int(Glibc.close(fd)))
        case .read(let p):
            return contents(p)
        case .mmapRead(let p):
            return mapped(p)
        case .truncate(let p, let size):
            return "\(Self.error(Int(Glibc.truncate(path(p), off_t(size))))) \(attributes(p))"
        case .rename(let a, let b):
            return "\(Self.error(Int(Glibc.rename(path(a), path(b))))) \(attributes(a)) \(attributes(b))"
        case .link(let a, let b):
            return "\(Self.error(Int(Glibc.link(path(a), path(b))))) \(attributes(a)) \(attributes(b))"
        case .symlink(let target, let p):
            return "\(Self.error(Int(Glibc.symlink(target, path(p))))) \(attributes(p))"
        case .readlink(let p):
            var buffer = [CChar](repeating: 0, count: 4096)
            let count = Glibc.readlink(path(p), &buffer, buffer.count)
            return count < 0 ? Self.error(count) : String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        case .unlink(let p):
            return "\(Self.error(Int(Glibc.unlink(path(p))))) \(attributes(p))"
        case .mkdir(let p):
            return "\(Self.error(Int(Glibc.mkdir(path(p), 0o755)))) \(attributes(p))"
        case .rmdir(let p):
            return "\(Self.error(Int(Glibc.rmdir(path(p))))) \(attributes(p))"
        case .chmod(let p, let mode):
            return "\(Self.error(Int(Glibc.chmod(path(p), mode)))) \(attributes(p))"
        case .stat(let p):
            return attributes(p)
        }
    }

    /// What lstat says of a path, as the two file systems must agree on it.
    private func attributes(_ p: String) -> String {
        var st = Glibc.stat()
        guard lstat(path(p), &st) == 0 else { return Self.error(-1) }
        return Probe.attributes(st)
    }

    private func descriptorAttributes(_ fd: Int32) -> String {
        var st = Glibc.stat()
        guard fstat(fd, &st) == 0 else { return Self.error(-1) }
        return Probe.attributes(st)
    }

    private func contents(_ p: String) -> String {
        let fd = Glibc.open(path(p), O_RDONLY)
        guard fd >= 0 else { return Self.error(-1) }
        defer { Glibc.close(fd) }
        guard let bytes = Probe.readAll(fd) else { return Self.error(-1) }
        return bytes.withUnsafeBytes(Self.digest)
    }

    private func mapped(_ p: String) -> String {
        let fd = Glibc.open(path(p), O_RDONLY)
        guard fd >= 0 else { return Self.error(-1) }
        defer { Glibc.close(fd) }
        var st = Glibc.stat()
        fstat(fd, &st)
        // A directory's size is its file system's own, and so is what mmap of it answers.
        guard st.st_mode & S_IFMT == S_IFREG else { return "not a file" }
        guard st.st_size > 0 else { return "empty" }
        guard let map = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return Self.error(-1) }
        defer { munmap(map, Int(st.st_size)) }
        return Self.digest(UnsafeRawBufferPointer(start: map, count: Int(st.st_size)))
    }

    /// The whole tree: every path with its attributes, a link's target and a file's contents.
    func picture() -> String {
        var lines = [". \(attributes(""))"]
        func walk(_ relative: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path(relative)) else { return }
            for name in names.sorted() {
                let p = relative.isEmpty ? name : "\(relative)/\(name)"
                var st = Glibc.stat()
                lstat(path(p), &st)
                var line = "\(p) \(Probe.attributes(st))"
                switch st.st_mode & S_IFMT {
                case S_IFDIR:
                    lines.append(line)
                    walk(p)
                    continue
                case S_IFLNK: line += " -> \(apply(.readlink(p)))"
                case S_IFREG: line += " \(contents(p))"
                default: break
                }
                lines.append(line)
            }
        }
        walk("")
        return lines.joined(separator: " | ")
    }

    func closeAll() {
        for case let fd? in open { Glibc.close(fd) }
        open = Array(repeating: nil, count: ModelOperation.slots)
    }
}
