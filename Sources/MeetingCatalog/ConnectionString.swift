import CPostgres
import Foundation
import MeetingCore

/// A PostgreSQL connection string in either form libpq takes (a URL, or `key=value` words), taken apart by libpq
/// itself so that a password is found wherever it is written: in a URL's user part, as its `password=` parameter,
/// or as a word.
package struct ConnectionString {
    /// The keywords set, with their values, in libpq's order.
    package let parameters: [(keyword: String, value: String)]

    package init(_ text: String) throws {
        var error: UnsafeMutablePointer<CChar>? = nil
        guard let options = PQconninfoParse(text, &error) else {
            let message = error.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "out of memory"
            PQfreemem(error)
            throw StartupError("not a PostgreSQL connection string: \(message)")
        }
        defer { PQconninfoFree(options) }
        var found: [(String, String)] = []
        var option = options
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { found.append((String(cString: keyword), String(cString: value))) }
            option += 1
        }
        parameters = found
    }

    package var password: String? { parameters.first { $0.keyword == "password" }?.value }

    /// How many servers it names (`host=h1,h2` or a URL's `h1:5432,h2:5432`): more than one is a primary with
    /// standbys, of which libpq connects to the one `target_session_attrs` asks for.
    package var hostCount: Int {
        parameters.filter { $0.keyword == "host" || $0.keyword == "hostaddr" }.map { $0.value.split(separator: ",").count }.max() ?? 1
    }

    /// The same connection without its password, as `key=value` words: safe on a child's command line.
    package var withoutPassword: String {
        parameters.filter { $0.keyword != "password" }.map { "\($0.keyword)=\(Self.quoted($0.value))" }.joined(separator: " ")
    }

    /// The same connection to another database on the same server(s), as `key=value` words, password included.
    package func on(database: String) -> String {
        (parameters.filter { $0.keyword != "dbname" } + [("dbname", database)])
            .map { "\($0.keyword)=\(Self.quoted($0.value))" }.joined(separator: " ")
    }

    /// libpq's quoting of a word's value: in single quotes, with backslash and quote escaped.
    private static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// For output and logs: the text with any password masked, in whichever form it was written.
    package static func redacted(_ text: String) -> String {
        text.replacingOccurrences(of: #"(://[^:@/]*):[^@/]*@"#, with: "$1:****@", options: .regularExpression)
            .replacingOccurrences(of: #"([?&](?:ssl)?password=)[^&\s]*"#, with: "$1****", options: .regularExpression)
            .replacingOccurrences(of: #"(^|\s)((?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'|\S*)"#, with: "$1$2****", options: .regularExpression)
    }
}
