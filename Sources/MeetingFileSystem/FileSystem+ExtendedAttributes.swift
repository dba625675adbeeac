import Foundation
import MeetingCore

/// Extended attributes (design: sha256, status, version, key, url) in the `user.meetingfs.` namespace, read only.
/// Names are known from the inode alone and every other namespace is absent, so `ls -l`, `cp -a` and the kernel's
/// security.capability check on write cost no database round trip. `url` mints a download link, so it is not
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
        guard name.hasPrefix(Self.attributePrefix) else { throw FSError(ENODATA) }
        let key = String(name.dropFirst(Self.attributePrefix.count))
        let target = try node(ino)
        if case .file = target, key == "url" {
            return try recentLinks.value(LinkKey(ino: ino, uid: caller.uid)) {
                try downloadLink(ino: ino, lifetime: LinkSigner.defaultLifetime, caller: caller)
            }
        }
        return try observed("getxattr", caller, path: { path(of: target) }) { who in
            switch target {
            case .file(let id):
                let file = try fileRow(id)
                try requireRead(file, for: who, caller)
                let values: [String: String?] = ["sha256": file.sha256, "status": file.status, "version": String(file.version),
                                                 "s3_key": file.s3Key]
                guard let value = values[key] ?? nil else { throw FSError(ENODATA) }
                return value
            case .meeting(let id) where key == "status":
                try require(.read, on: target, for: who)
                guard let status = try database({ try catalog.meetingStatus(id: id) }) else { throw FSError.notFound }
                return status
            default:
                throw FSError(ENODATA)
            }
        }
    }
}
