import Foundation
import Synchronization
import XCTest
@testable import MeetingObjects

/// The gateway list: a failed gateway is passed over until a probe sees it answer again.
final class S3EndpointsTests: XCTestCase {
    private let gateways = ["https://10.0.0.1:8333", "https://10.0.0.2:8333", "https://10.0.0.3:8333"].map { URL(string: $0)! }

    func testFailedGatewayIsPassedOverUntilItsProbeAnswers() throws {
        let answering = Mutex(false)
        let probed = Mutex(0)
        let first = gateways[0]
        let endpoints = S3Endpoints(gateways, probeInterval: 0.02) { url in
            probed.withLock { $0 += 1 }
            XCTAssertEqual(url, first, "only the gateway that failed is probed")
            return answering.withLock { $0 }
        }
        XCTAssertEqual(endpoints.endpoint(forAttempt: 0, skipping: []), 0, "the first in order while all are up")
        endpoints.failed(0)
        XCTAssertEqual(endpoints.endpoint(forAttempt: 0, skipping: []), 1, "a request starts at the next gateway")
        XCTAssertEqual(endpoints.endpoint(forAttempt: 1, skipping: [1]), 2)
        XCTAssertEqual(endpoints.endpoint(forAttempt: 2, skipping: [1, 2]), 0, "a gateway that is down is the last resort")
        XCTAssertEqual([3, 4].map { endpoints.endpoint(forAttempt: $0, skipping: [0, 1, 2]) }, [2, 1],
                       "every one tried: the healthy ones again, in turn")
        XCTAssertEqual(endpoints.downEndpoints, [gateways[0]])
        XCTAssertTrue(wait { probed.withLock { $0 } >= 3 }, "probed in the background")
        XCTAssertEqual(endpoints.endpoint(forAttempt: 0, skipping: []), 1, "still passed over while its probe fails")
        answering.withLock { $0 = true }
        XCTAssertTrue(wait { endpoints.downEndpoints.isEmpty }, "back once its probe answers")
        XCTAssertEqual(endpoints.endpoint(forAttempt: 0, skipping: []), 0)
    }

    func testOneGatewayIsNeverMarkedDown() {
        let endpoints = S3Endpoints([gateways[0]], probeInterval: 0.02) { _ in false }
        endpoints.failed(0)
        XCTAssertEqual(endpoints.downEndpoints, [])
        XCTAssertEqual(endpoints.endpoint(forAttempt: 1, skipping: [0]), 0)
    }

    func testEndpointListParsing() throws {
        XCTAssertEqual(try S3Config.parseEndpoints(" https://a:1, https://b:2 ,"), [URL(string: "https://a:1")!, URL(string: "https://b:2")!])
        XCTAssertThrowsError(try S3Config.parseEndpoints("https://a:1,ftp://b")) { XCTAssertEqual(($0 as? S3Config.InvalidEndpoint)?.entry, "ftp://b") }
        XCTAssertThrowsError(try S3Config.parseEndpoints(","))
    }

    func testLinksNameTheLinkEndpointOrTheFirstGateway() {
        var config = S3Config(endpoints: gateways, bucket: "b", accessKey: "k", secretKey: "s")
        XCTAssertTrue(S3Client(config: config).presignedGetURL(key: "x", expires: 60).hasPrefix("https://10.0.0.1:8333/b/x?"))
        config.linkEndpoint = URL(string: "https://files.example.com")!
        XCTAssertTrue(S3Client(config: config).presignedGetURL(key: "x", expires: 60).hasPrefix("https://files.example.com/b/x?"))
    }

    private func wait(upTo seconds: TimeInterval = 5, _ condition: () -> Bool) -> Bool {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            if condition() { return true }
            usleep(5_000)
        }
        return condition()
    }
}
