import Foundation

/// Text made safe for each format an export writes. Every exporter goes through these, so a
/// role named `R&D "<Inti>"`, an activity with a line break, or an emoji comes out as the same
/// text in the reader of each format, never as markup.
enum ExportEscaping {
    /// XML 1.0 character data and attribute values (SVG, HTML as XHTML-compatible markup, BPMN,
    /// XES). Characters XML 1.0 cannot hold at all (control characters other than tab, line
    /// feed and carriage return; U+FFFE and U+FFFF) are dropped: no escape can carry them.
    /// Line breaks and tabs in attributes are written as character references, because a
    /// parser would otherwise turn them into spaces.
    static func xml(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if isXMLCharacter(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML character data where line breaks are meant as line breaks (text content).
    static func xmlText(_ text: String) -> String {
        xml(text).replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&#9;", with: "\t")
    }

    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// A Graphviz DOT double-quoted string. Backslashes are doubled (DOT reads `\n`, `\l`, `\N`
    /// … as escapes), quotes are escaped, and line breaks become DOT's centred `\n`.
    static func dot(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }

    /// The inside of a Mermaid quoted label. Mermaid reads `#name;` as an entity and renders
    /// labels as HTML, so `#`, quotes, angle brackets, ampersands and backticks (which would
    /// start a Markdown string) are written as Mermaid entity codes; line breaks become `<br>`.
    static func mermaid(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "`": out += "#96;"
            case "\n": out += "<br>"
            case "\r", "\t": out += " "
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A cell of a Markdown (GitHub-flavoured) table: pipes and the characters that would
    /// start markup are backslash-escaped, `<` and `&` written as entities so that no HTML
    /// tag or entity comes alive, and line breaks become `<br>`.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "\\", "*", "_", "`", "[", "]", "~": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n": out += "<br>"
            case "\r": break
            case "\t": out += " "
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
    /// break (or starts or ends with a space), with quotes doubled.
    ///
    /// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
    /// return before one) as a formula, so SOP text such as `=HYPERLINK(…)` could act on the
    /// reader's machine; as OWASP advises against CSV injection, such a cell gets a leading
    /// `'`, which spreadsheets show as text.
    static func csv(_ text: String) -> String {
        let text = ["=", "+", "-", "@", "\t", "\r"].contains(where: text.hasPrefix) ? "'" + text : text
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
