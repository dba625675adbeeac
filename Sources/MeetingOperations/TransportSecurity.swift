import CPostgres
import Foundation
import MeetingCore
import MeetingObjects

/// `--require-tls`: both services must be spoken to over TLS, so nothing (media, metadata, credentials) crosses the
/// network in the clear. Checked on the settings before anything connects: libpq then refuses, on every
/// connection the pool opens, a server that does not speak TLS.
/// TLS that only encrypts, without checking who answers (sslmode=require or verify-ca), is not enough: a machine
/// in the middle would present its own certificate, so only verify-full counts.
public enum TransportSecurity {
    public static func requireTLS(postgresURL: String, s3: S3Config) throws {
        for endpoint in s3.endpoints + [s3.linkEndpoint].compactMap({ $0 }) where endpoint.scheme != "https" {
            throw StartupError("--require-tls: the S3 endpoint \(endpoint.absoluteString) is not https")
        }
        let mode = sslMode(of: postgresURL) ?? "prefer"
        guard mode == "verify-full" else {
            throw StartupError("--require-tls: PostgreSQL sslmode is '\(mode)'; set sslmode=verify-full in the URL or PGSSLMODE (it checks the server's certificate and name)")
        }
    }

    /// An SSE-C key travels in the headers of every request: over http anyone on the way would read it.
    public static func refuseCustomerKeysInTheClear(_ s3: S3Config) throws {
        guard !s3.customerKeys.isEmpty, let clear = s3.endpoints.first(where: { $0.scheme != "https" }) else { return }
        throw StartupError("an SSE-C key is never sent over http: the S3 endpoint \(clear.absoluteString) must be https")
    }

    /// The sslmode a connection string asks for, from the string itself or libpq's PGSSLMODE.
    static func sslMode(of conninfo: String) -> String? {
        var error: UnsafeMutablePointer<CChar>? = nil
        guard let options = PQconninfoParse(conninfo, &error) else {
            PQfreemem(error)
            return nil
        }
        defer { PQconninfoFree(options) }
        var option = options
        while let keyword = option.pointee.keyword {
            if String(cString: keyword) == "sslmode", let value = option.pointee.val { return String(cString: value) }
            option += 1
        }
        return ProcessInfo.processInfo.environment["PGSSLMODE"]
    }
}
