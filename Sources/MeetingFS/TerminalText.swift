/// Text from the database shown on a terminal: a file name may hold any byte but NUL and `/`, and one with a
/// newline or an escape sequence must not forge a row or move the cursor, nor one with bidirectional or invisible
/// format characters (U+202E, U+2066, U+200B ...) show other text than it holds. Control characters (C0, DEL, C1)
/// and format and line or paragraph separators are shown as escapes, and a backslash as two, so what is printed
/// reads back unambiguously.
enum TerminalText {
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{1B}": out += "\\e"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += "\\x" + String(scalar.value, radix: 16, uppercase: false).leftPadded(to: 2)
            case _ where [.format, .lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory):
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: false) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
