import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An S3 XML answer as a small tree, read by a real XML parser (XMLParser, on libxml2): entity and character
/// references (`&amp;`, `&#34;` …) are decoded wherever they stand, and nested elements are told apart.
final class S3XML {
    package let name: String
    package private(set) var text = ""
    package private(set) var children: [S3XML] = []

    private init(name: String) { self.name = name }

    /// The document's root element, or a malformed-answer error.
    package static func parse(_ data: Data) throws -> S3XML {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        // On Linux parse() may answer true for a document it found broken; the error tells.
        guard parser.parse(), parser.parserError == nil, let root = builder.root else {
            let reason = parser.parserError.map { "\($0)" } ?? "no root element"
            throw ObjectStoreError.malformed("XML: \(reason): \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
        return root
    }

    /// The text of the first direct child named `name`.
    package func value(_ name: String) -> String? { children.first { $0.name == name }?.text }

    /// Direct children named `name`.
    package func all(_ name: String) -> [S3XML] { children.filter { $0.name == name } }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var root: S3XML?
        private var open: [S3XML] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = S3XML(name: elementName)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            open.last?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            _ = open.popLast()
        }
    }
}
