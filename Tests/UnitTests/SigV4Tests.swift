import Foundation
import XCTest
@testable import MeetingObjects


/// AWS's published Signature Version 4 examples.
final class SigV4Tests: XCTestCase {
    private let s3Example = SigV4Signer(
        accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    private let may24 = Date(timeIntervalSince1970: 1_369_353_600)  // 2013-05-24T00:00:00Z

    /// S3 API reference, "Example: GET Object" (header authentication, ranged GET).
    func testS3GetObjectExample() {
        let headers = s3Example.signedHeaders(
            method: "GET", path: "/test.txt", query: [],
            headers: ["host": "examplebucket.s3.amazonaws.com", "Range": "bytes=0-9"],
            payloadHash: SigV4Signer.emptyPayloadHash, date: may24)
        XCTAssertEqual(
            headers["Authorization"],
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
        XCTAssertEqual(headers["x-amz-date"], "20130524T000000Z")
    }

    /// The signature of an example GET on the bucket itself.
    private func bucketGetSignature(query: [(String, String)]) -> String? {
        let headers = s3Example.signedHeaders(
            method: "GET", path: "/", query: query, headers: ["host": "examplebucket.s3.amazonaws.com"],
            payloadHash: SigV4Signer.emptyPayloadHash, date: may24)
        return headers["Authorization"]?.components(separatedBy: "Signature=").last
    }

    /// S3 API reference, "Example: GET Bucket Lifecycle" (sub-resource query with an empty value).
    func testS3GetBucketLifecycleExample() {
        XCTAssertEqual(bucketGetSignature(query: [("lifecycle", "")]),
                       "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543")
    }

    /// S3 API reference, "Example: GET Bucket (List Objects)".
    func testS3ListObjectsExample() {
        XCTAssertEqual(bucketGetSignature(query: [("max-keys", "2"), ("prefix", "J")]),
                       "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7")
    }

    /// S3 API reference, "Authenticating Requests: Using Query Parameters" example presigned URL.
    func testS3PresignedURLExample() {
        let url = s3Example.presignedURL(
            method: "GET", scheme: "https", host: "examplebucket.s3.amazonaws.com", path: "/test.txt",
            expires: 86400, date: may24)
        XCTAssertEqual(
            url,
            "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
                + "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
    }

    /// The SigV4 test suite's get-vanilla case (service "service", no payload header).
    func testSuiteGetVanilla() {
        let signer = SigV4Signer(
            accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", service: "service")
        let headers = signer.signedHeaders(
            method: "GET", path: "/", query: [], headers: ["host": "example.amazonaws.com"],
            payloadHash: SigV4Signer.emptyPayloadHash, date: Date(timeIntervalSince1970: 1_440_938_160))
        XCTAssertEqual(
            headers["Authorization"],
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
    }

    func testPathEncodingKeepsSlashesAndEscapesTheRest() {
        XCTAssertEqual(SigV4Signer.encodePath("/b/meetings/a b/ü+x"), "/b/meetings/a%20b/%C3%BC%2Bx")
        XCTAssertEqual(SigV4Signer.uriEncode("A-z_0.9~"), "A-z_0.9~")
    }
}
