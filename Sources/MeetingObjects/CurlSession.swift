import CCurl
import Foundation

/// One HTTP exchange on libcurl, run on a pooled easy handle so keep-alive connections are reused.
struct HTTPRequest {
    package var method: String
    package var url: String
    package var headers: [String: String]
    package var body: Data?
    /// Bound on this exchange, connection included.
    package var timeout: TimeInterval
    /// Size of the body expected back, so it is received into one allocation.
    var expectedBytes = 0
    /// Where the body goes instead, when the caller has a buffer for it; a longer body fails the exchange.
    var destination: UnsafeMutableRawBufferPointer? = nil
}

struct HTTPResponse {
    package var status: Int
    package var headers: [String: String]  // lowercased names
    package var body: Data
    /// Bytes of the body placed in the request's destination.
    package var received = 0
}

/// Collects the response while curl runs; curl's C callbacks reach it through an unretained pointer.
private final class ResponseSink {
    var body = Data()
    var destination: UnsafeMutableRawBufferPointer?
    var received = 0
    var headers: [String: String] = [:]
}

private let writeBody: ccurl_data_fn = { pointer, size, count, userdata in
    let sink = Unmanaged<ResponseSink>.fromOpaque(userdata!).takeUnretainedValue()
    let total = size * count
    guard let pointer else { return total }
    if let destination = sink.destination {
        guard sink.received + total <= destination.count else { return 0 }  // curl fails with a write error
        (destination.baseAddress! + sink.received).copyMemory(from: pointer, byteCount: total)
        sink.received += total
    } else {
        sink.body.append(UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: total)
    }
    return total
}

private let writeHeader: ccurl_data_fn = { pointer, size, count, userdata in
    let sink = Unmanaged<ResponseSink>.fromOpaque(userdata!).takeUnretainedValue()
    let total = size * count
    guard let pointer else { return total }
    let line = String(decoding: UnsafeRawBufferPointer(start: pointer, count: total), as: UTF8.self)
    if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
        sink.headers[name] = value
    }
    return total
}

// @unchecked: holds libcurl easy handles (CURL pointers), each used by one thread at a time, under `lock`.
final class CurlSession: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [UnsafeMutableRawPointer] = []
    private let connectTimeoutMs: Int
    private let caFile: String?

    private static let globalInit: Void = { curl_global_init(Int(CURL_GLOBAL_ALL)) }()
    /// libcurl's receive buffer: a chunk arrives in recv calls of this size rather than its 16 KiB default. Under
    /// the daemon's 256 KiB mmap threshold, so the buffer libcurl allocates per transfer comes from the heap.
    private static let receiveBuffer = 240 << 10

    package init(connectTimeout: TimeInterval, caFile: String? = nil) {
        _ = Self.globalInit
        connectTimeoutMs = Int(connectTimeout * 1000)
        self.caFile = caFile
    }

    deinit {
        for handle in idle { curl_easy_cleanup(handle) }
    }

    func perform(_ request: HTTPRequest) throws -> HTTPResponse {
        let handle = checkout()
        var healthy = false
        defer { checkin(handle, reuse: healthy) }

        let sink = ResponseSink()
        sink.destination = request.destination
        sink.body.reserveCapacity(request.expectedBytes)
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }
        for (name, value) in request.headers { headerList = curl_slist_append(headerList, "\(name): \(value)") }
        // libcurl would otherwise add these to bodies it sends.
        headerList = curl_slist_append(headerList, "Expect:")
        headerList = curl_slist_append(headerList, "Content-Type:")

        curl_easy_reset(handle)
        ccurl_setopt_string(handle, CURLOPT_URL, request.url)
        ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        let timeoutMs = max(1, Int(request.timeout * 1000))
        ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, min(connectTimeoutMs, timeoutMs))
        ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeoutMs)
        ccurl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
        ccurl_setopt_long(handle, CURLOPT_BUFFERSIZE, Self.receiveBuffer)
        // HTTP/1.1 even where the server offers h2: libcurl's HTTP/2 upload of 1 GiB to SeaweedFS took 8.1 s and
        // 6.3 s of CPU, against 5.3 s and 1.3 s over HTTP/1.1 (docs/performance.md); S3 clients speak 1.1 anyway.
        ccurl_setopt_long(handle, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1)
        if let caFile { ccurl_setopt_string(handle, CURLOPT_CAINFO, caFile) }
        ccurl_setopt_data_fn(handle, CURLOPT_WRITEFUNCTION, writeBody)
        ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
        ccurl_setopt_data_fn(handle, CURLOPT_HEADERFUNCTION, writeHeader)
        ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)
        ccurl_setopt_list(handle, CURLOPT_HTTPHEADER, headerList)
        if request.method == "HEAD" {
            ccurl_setopt_long(handle, CURLOPT_NOBODY, 1)
        } else if request.method != "GET" {
            ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
        }

        let code: CURLcode = withBody(request.body) { pointer, count in
            if let pointer {
                ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, pointer)
                ccurl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(count))
            }
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK else {
            throw ObjectStoreError.transport(String(cString: curl_easy_strerror(code)))
        }
        var status = 0
        ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        healthy = true
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body, received: sink.received)
    }

    /// Methods with a body send it as POSTFIELDS under a custom method; an empty body still needs a pointer.
    /// curl only reads the body, so it is lent as it is (asking for mutable bytes would copy a shared buffer).
    private func withBody(
        _ body: Data?, _ run: (UnsafeMutableRawPointer?, Int) -> CURLcode
    ) -> CURLcode {
        guard let body else { return run(nil, 0) }
        if body.isEmpty {
            var placeholder: UInt8 = 0
            return run(&placeholder, 0)
        }
        return body.withUnsafeBytes { run(UnsafeMutableRawPointer(mutating: $0.baseAddress), $0.count) }
    }

    private func checkout() -> UnsafeMutableRawPointer {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? curl_easy_init()
    }

    private func checkin(_ handle: UnsafeMutableRawPointer, reuse: Bool) {
        guard reuse else { curl_easy_cleanup(handle); return }
        lock.lock()
        idle.append(handle)
        lock.unlock()
    }
}
