import Foundation
import TestSupport
import XCTest
import MeetingObjects

/// The S3 client against the real SeaweedFS of the dev stack.
final class S3ClientIntegrationTests: XCTestCase {
    private var client: S3Client!
    private let prefix = "it/\(UUID().uuidString)"

    override func setUpWithError() throws {
        client = S3Client(config: try TestStack.settings().s3)
    }

    func testPutRangedGetHeadListDelete() throws {
        let body = Data((0..<10_000).map { UInt8($0 % 251) })
        let key = "\(prefix)/dir with space/ü-file.bin"
        let etag = try client.put(key: key, body: body, contentType: "application/octet-stream")
        XCTAssertFalse(etag.isEmpty)
        XCTAssertEqual(try client.get(key: key, offset: 100, length: 50), body[100..<150])
        XCTAssertEqual(try client.get(key: key, offset: 9_990, length: 100), body[9_990...], "a range past the end is cut")
        var buffer = Data(count: 64)
        let received = try buffer.withUnsafeMutableBytes { try client.get(key: key, offset: 9_980, into: $0) }
        XCTAssertEqual(received, 20, "into a buffer: as many bytes as the object still has")
        XCTAssertEqual(buffer.prefix(received), body[9_980...])
        XCTAssertEqual(try client.head(key: key), ObjectInfo(key: key, size: 10_000, etag: etag))
        XCTAssertEqual(try client.list(prefix: prefix).map(\.key), [key])
        try client.delete(key: key)
        XCTAssertNil(try client.head(key: key))
        XCTAssertTrue(try client.list(prefix: prefix).isEmpty)
    }

    func testMultipartUploadAssemblesPartsInOrder() throws {
        let part1 = Data(repeating: 1, count: 5 << 20), part2 = Data(repeating: 2, count: 1000)
        let key = "\(prefix)/multi.bin"
        let upload = try client.createMultipartUpload(key: key, contentType: "application/octet-stream")
        let tag2 = try client.uploadPart(key: key, uploadId: upload, partNumber: 2, body: part2)
        let tag1 = try client.uploadPart(key: key, uploadId: upload, partNumber: 1, body: part1)
        _ = try client.completeMultipartUpload(key: key, uploadId: upload,
                                               parts: [CompletedPart(number: 1, etag: tag1), CompletedPart(number: 2, etag: tag2)])
        XCTAssertEqual(try client.head(key: key)?.size, Int64(part1.count + part2.count))
        XCTAssertEqual(try client.get(key: key, offset: Int64(part1.count) - 2, length: 4), Data([1, 1, 2, 2]))
        try client.delete(key: key)
    }

    func testKeysAndEtagsThatNeedXMLEntitiesComeBackDecoded() throws {
        let key = "\(prefix)/a&b <c> 'd' \"e\".bin"
        let upload = try client.createMultipartUpload(key: key, contentType: "application/octet-stream")
        let part = try client.uploadPart(key: key, uploadId: upload, partNumber: 1, body: Data(repeating: 5, count: 1000))
        let etag = try client.completeMultipartUpload(key: key, uploadId: upload, parts: [CompletedPart(number: 1, etag: part)])
        XCTAssertFalse(etag.contains("&") || etag.contains("\"") || etag.isEmpty, etag)
        XCTAssertEqual(try client.head(key: key)?.etag, etag, "the etag of the completion answer is the object's")
        let listed = try client.list(prefix: prefix)
        XCTAssertEqual(listed.map(\.key), [key])
        XCTAssertEqual(listed.first?.etag, etag)
        XCTAssertNotNil(listed.first?.lastModified)
        let pending = try client.createMultipartUpload(key: key + "2", contentType: "application/octet-stream")
        XCTAssertEqual(try client.listMultipartUploads(prefix: prefix).map(\.key), [key + "2"])
        try client.abortMultipartUpload(key: key + "2", uploadId: pending)
        XCTAssertEqual(try client.listMultipartUploads(prefix: prefix).count, 0)
        try client.delete(key: key)
    }

    func testRangedReadOfAReplacedVersionIsRefused() throws {
        let key = "\(prefix)/replaced.bin"
        let first = try client.put(key: key, body: Data(repeating: 1, count: 100), contentType: "application/octet-stream")
        let second = try client.put(key: key, body: Data(repeating: 2, count: 100), contentType: "application/octet-stream")
        XCTAssertNotEqual(first, second)
        XCTAssertThrowsError(try client.get(key: key, offset: 0, length: 10, ifMatch: first)) { error in
            XCTAssertTrue("\(error)".contains("412"), "\(error)")
        }
        XCTAssertEqual(try client.get(key: key, offset: 10, length: 10, ifMatch: second), Data(repeating: 2, count: 10))
        try client.delete(key: key)
    }

    func testAbortedMultipartLeavesNoObject() throws {
        let key = "\(prefix)/aborted.bin"
        let upload = try client.createMultipartUpload(key: key, contentType: "application/octet-stream")
        _ = try client.uploadPart(key: key, uploadId: upload, partNumber: 1, body: Data(repeating: 3, count: 1024))
        try client.abortMultipartUpload(key: key, uploadId: upload)
        XCTAssertNil(try client.head(key: key))
    }

    func testWrongSecretIsRefused() throws {
        var config = try TestStack.settings().s3
        config.secretKey = "not-the-secret"
        XCTAssertThrowsError(try S3Client(config: config).put(key: "\(prefix)/x", body: Data([1]), contentType: "text/plain")) {
            guard case ObjectStoreError.status(let code, _) = $0 else { return XCTFail("\($0)") }
            XCTAssertEqual(code, 403)
        }
    }

    func testUnreachableEndpointFailsWithinItsBound() throws {
        var config = try TestStack.settings().s3
        config.endpoints = [URL(string: "http://127.0.0.1:1")!]
        let started = Date()
        XCTAssertThrowsError(try S3Client(config: config).get(key: "k", offset: 0, length: 1)) {
            guard case ObjectStoreError.transport = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), config.requestTimeout + 3, "retries end with the request timeout")
    }

    /// A gateway of the list that refuses connections: every request moves on to the next, none fails.
    func testRequestsMoveToTheNextGatewayWhenOneIsDown() throws {
        var config = try TestStack.settings().s3
        let live = config.endpoints[0]
        config.endpoints = [URL(string: "https://127.0.0.1:1")!, live]
        let client = S3Client(config: config)
        let key = "\(prefix)/failover.bin"
        let body = Data((0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        _ = try client.put(key: key, body: body, contentType: "application/octet-stream")
        XCTAssertEqual(client.endpointsDown, [config.endpoints[0]], "the refusing gateway is marked down")
        XCTAssertEqual(try client.get(key: key, offset: 1000, length: 5000, ifMatch: nil), body.subdata(in: 1000..<6000))
        XCTAssertEqual(try client.list(prefix: key).map(\.key), [key])
        try client.delete(key: key)
        XCTAssertNil(try client.head(key: key))
    }

    func testPresignedURLDownloadsWithoutCredentials() throws {
        let key = "\(prefix)/signed.txt"
        _ = try client.put(key: key, body: Data("signed bytes".utf8), contentType: "text/plain")
        let url = client.presignedGetURL(key: key, expires: 300)
        let result = try Shell.run("curl -sf --max-time 10 --cacert \"$MEETINGFS_S3_CA_FILE\" '\(url)'")
        XCTAssertEqual(result.output, "signed bytes", result.error)
        try client.delete(key: key)
    }
}
