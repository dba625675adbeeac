import Foundation
import MeetingCore
import MeetingCatalog

/// Extended attributes (design: sha256, status, version, key, url) in the `user.meetingfs.` namespace, read only.
/// Names are known from the inode alone and every other namespace is absent, so `ls -l`, `cp -a` and the kernel's
/// security.capability check on write cost no database round trip. A name outside `user.` answers ENOTSUP, not
/// ENODATA: `ls -l` then stops asking for SELinux labels and ACLs on this file system after its first file,
/// where ENODATA would cost two FUSE round trips per listed file. `url` mints a download link, so it is not
/// listed: only a caller who asks for it by name gets one, never `getfattr -d`, `cp -a`, `rsync -X` or `tar`.
extension FileSystem {
    public static let attributePrefix = "user.meetingfs."

    public func extendedAttributeNames(ino: UInt64) throws -> [String] {
        let names: [String]
        switch try node(ino) {
        case .file: names = ["sha256", "status", "version", "s3_key"]
        case .meeting: names = ["status"]
        default: names = []
        }
        return names.map { Self.attributePrefix + $0 }
    }

    struct LinkKey: Hashable {
        package let ino: UInt64
        package let uid: UInt32
    }

    public func extendedAttribute(ino: UInt64, name: String, caller: Caller) throws -> String {
        guard name.hasPrefix("user.") else { throw FSError(ENOTSUP) }
        guard name.hasPrefix(Self.attributePrefix) else { throw FSError(ENODATA) }
        let key = String(name.dropFirst(Self.attributePrefix.count))
        let target = try node(ino)
        if case .file = target, key == "url" {
            return try superblock.recentLinks.value(LinkKey(ino: ino, uid: caller.uid)) {
                try downloadLink(ino: ino, lifetime: LinkSigner.defaultLifetime, caller: caller)
            }
        }
        return try observed("getxattr", caller, path: { path(of: target) }) { who in
            switch target {
            case .file(let id):
                let file = try fileRow(id)
                try requireRead(file, for: who, caller)
                let values: [String: String?] = ["sha256": file.sha256, "status": file.statusNote ?? file.status, "version": String(file.version),
                                                 "s3_key": file.s3Key]
                guard let value = values[key] ?? nil else { throw FSError(ENODATA) }
                return value
            case .meeting(let id) where key == "status":
                try require(.read, on: target, for: who)
                guard let status = try superblock.database({ try catalog.meetingStatus(id: id) }) else { throw FSError.notFound }
                return status
            default:
                throw FSError(ENODATA)
            }
        }
    }
}

/// Download links for the API gateway and the bot: minted here, for a caller allowed to read the file, and audited.
extension FileSystem {
    /// A link to the current version of the file at `path` (relative to the mount's root), valid for `lifetime`.
    public func downloadLink(path: String, lifetime: TimeInterval, caller: Caller) throws -> String {
        let ino = try resolve(path: path, caller: caller)
        return try downloadLink(ino: ino, lifetime: lifetime, caller: caller)
    }

    /// The same for a file by inode (the url extended attribute).
    public func downloadLink(ino: UInt64, lifetime: TimeInterval, caller: Caller) throws -> String {
        let lifetime = try LinkSigner.validLifetime(lifetime)
        let expires = Int64(Date().timeIntervalSince1970 + lifetime)
        let expiry = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(expires)))
        return try audited("url", caller, path: { path(of: (try? node(ino)) ?? .root) }, detail: "expires \(expiry)") { who in
            guard case .file(let id) = try node(ino) else { throw FSError(EISDIR, "links are for files") }
            let file = try fileRow(id)
            try requireRead(file, for: who, caller)
            guard file.isReady, let key = file.s3Key else { throw FSError(EBUSY, "the file is still being written") }
            // With a link server every link goes to it: it checks at each download that the minter may still
            // read the file, which a presigned S3 URL cannot (it is good until it expires). An SSE-C object needs
            // the server anyway: a presigned URL cannot carry the key.
            guard let links = config.links else {
                guard file.keyFingerprint == nil else {
                    throw FSError(EOPNOTSUPP, "this file is stored under an SSE-C key: links need `meetingfs serve` and --link-base-url")
                }
                return objects.presignedGetURL(key: key, expires: Int(lifetime))
            }
            let claim = LinkClaim(fileId: file.id, version: Int64(file.version), expires: expires, mintedBy: caller.uid, name: file.name)
            return links.baseURL.trimmingSuffix("/") + links.signer.path(for: claim)
        }
    }

    /// The inode at `path`, walked name by name as the kernel would, with the same checks.
    package func resolve(path: String, caller: Caller) throws -> UInt64 {
        var ino = Node.root.ino
        for name in path.split(separator: "/") where name != "." {
            ino = try lookup(parent: ino, name: String(name), caller: caller).ino
        }
        return ino
    }
}


extension FileSystem {
    /// The file version a link's path grants: LinkSigner.Refusal for a link altered or expired, ENOENT once the
    /// version is replaced or deleted.
    public func openLink(path: String) throws -> LinkedFile {
        guard let signer = config.links?.signer else { throw FSError(EOPNOTSUPP, "no link key") }
        let claim = try signer.verify(path: path)
        let file = try superblock.database { try catalog.file(id: claim.fileId) }
        guard let file, file.isReady, Int64(file.version) == claim.version, let key = file.s3Key, let etag = file.etag else {
            throw FSError.notFound
        }
        // Whoever minted the link must still be allowed to read the file (not after an unshare, a role change or
        // a chmod). Group bits count only for a group the uid is known to be in: none here.
        let minter = Caller(uid: claim.mintedBy, gid: UInt32.max)
        do {
            try requireRead(file, for: try principal(minter), minter)
        } catch let refused as FSError where refused.errno == EACCES || refused.errno == ENOENT {
            throw FSError(EACCES, "the user who made this link may no longer read the file", denial: true)
        }
        let stream = ReadStream(fileId: file.id, objectKey: key, etag: etag, size: file.size, fetcher: fetcher,
                                maxWindow: config.maxPrefetches)
        return LinkedFile(claim: claim, size: file.size, path: self.path(of: .file(file.id)), stream: stream)
    }

    /// A download's audit row, in the name of the uid that minted the link.
    public func recordDownload(_ file: LinkedFile, bytes: Int64, detail: String, failure: Error?) {
        let caller = Caller(uid: file.claim.mintedBy, gid: 0)
        audit.record("download", caller, try? principal(caller), path: file.path, bytes: bytes, detail: detail, outcome: failure)
    }

    /// A refused link's audit row: who asked is unknown (no user name can contain a space), what they sent is
    /// recorded.
    /// A refused link's audit row, whatever its length: the path it asked for is cut to its first 256 characters,
    /// so a client cannot write a long row per request.
    public func recordRefusedLink(path: String, detail: String, result: Int32) {
        let shown = path.count > 256 ? String(path.prefix(256)) + "… (\(path.utf8.count) bytes)" : path
        audit.record(AuditEvent(uid: 0, userId: nil, userName: "anonymous link", action: "download", path: shown, bytes: nil,
                                detail: String(detail.prefix(256)), result: AuditEvent.resultName(result)))
    }
}

/// Kept versions and the archive, by path, for the command line: the same access checks as the mount, audited.
extension FileSystem {
    /// The kept versions of the file at `path`, newest first; for a caller who may read it.
    public func versions(path: String, caller: Caller) throws -> [FileVersion] {
        try audited("versions", caller, path: { path }) { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.read, on: try node(file.parentIno), for: who)
            return try superblock.database { try catalog.versions(parentIno: file.parentIno, name: file.name) }
        }
    }

    /// Makes kept version `version` of the file at `path` current; for a caller who may write it.
    public func restoreVersion(path: String, version: Int64, caller: Caller) throws {
        try audited("restore-version", caller, path: { path }, detail: "version \(version)") { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.write, on: try node(file.parentIno), for: who)
            try superblock.database { try catalog.restoreVersion(fileId: file.id, version: version) }
            superblock.invalidate(.file(file.id))
        }
    }

    /// Moves the file at `path` into the archive, or with `back` out of it; false if it already was where asked.
    public func archive(path: String, back: Bool, caller: Caller) throws -> Bool {
        try audited(back ? "archive-restore" : "archive", caller, path: { path }) { who in
            let file = try fileAt(path: path, caller: caller)
            try require(.write, on: try node(file.parentIno), for: who)
            guard let key = file.s3Key, let etag = file.etag else { throw FSError(EBUSY, "the file is still being written") }
            let stored = StoredFile(id: file.id, path: path, name: file.name, key: key, etag: etag, size: file.size, sha256: file.sha256)
            let archive = Archive(catalog: catalog, objects: objects)
            defer { superblock.invalidate(.file(file.id)) }
            return try back ? archive.bringBack(stored) : archive.move(stored)
        }
    }

    /// The committed file at `path`, walked as the kernel would.
    private func fileAt(path: String, caller: Caller) throws -> FileRecord {
        guard case .file(let id) = try node(try resolve(path: path, caller: caller)) else { throw FSError.isDirectory }
        let file = try fileRow(id)
        guard file.isReady else { throw FSError(EBUSY, "the file is still being written") }
        return file
    }
}
