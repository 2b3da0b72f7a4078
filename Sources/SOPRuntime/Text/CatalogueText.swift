/// A language's translations as a translator writes them: pairs of lines, the English
/// pattern after `en: ` and its translation after the language's code, blank lines and `#`
/// comments between pairs.
///
/// ```text
/// # Opening a file
/// en: Opened {1}: {2}
/// id: Membuka {1}: {2}
/// ```
///
/// A pattern that begins or ends with a space, or begins with `"`, is written in double
/// quotes (an editor would strip the space); `\n` stands for a line break, `\\` for a
/// backslash. Words, not Swift, so that a translator cannot break the build.
public enum CatalogueText {
    /// One pair that could not be read, by its line.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The pairs of `text` in `language`, keyed by the English pattern.
    public static func pairs(_ text: String, language: String) throws(Problem) -> [String: String] {
        var pairs: [String: String] = [:]
        var english: (line: Int, pattern: String)?
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) {
                if let english {
                    throw Problem(line: english.line, reason: "`en: \(english.pattern)` has no `\(language): ` line after it")
                }
                continue
            }
            if line.hasPrefix("en: ") {
                if let english {
                    throw Problem(line: english.line, reason: "`en: \(english.pattern)` has no `\(language): ` line after it")
                }
                english = (number, try value(line.dropFirst(4), line: number))
            } else if line.hasPrefix("\(language): ") {
                guard let pattern = english?.pattern else {
                    throw Problem(line: number, reason: "a translation without an `en: ` line before it")
                }
                guard pairs[pattern] == nil else { throw Problem(line: number, reason: "`\(pattern)` is translated twice") }
                pairs[pattern] = try value(line.dropFirst(language.count + 2), line: number)
                english = nil
            } else {
                throw Problem(line: number, reason: "a line must start with `en: `, `\(language): ` or `#`")
            }
        }
        if let english { throw Problem(line: english.line, reason: "`en: \(english.pattern)` has no `\(language): ` line after it") }
        return pairs
    }

    private static func value(_ written: Substring, line: Int) throws(Problem) -> String {
        var text = written
        if text.first == "\"" {
            guard text.count >= 2, text.last == "\"" else { throw Problem(line: line, reason: "a quoted text must end with \"") }
            text = text.dropFirst().dropLast()
        }
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": out.append("\n")
                case "\\": out.append("\\")
                default: throw Problem(line: line, reason: "`\\\(character)` is not an escape: write \\n or \\\\")
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        if escaping { throw Problem(line: line, reason: "a text cannot end with a lone \\") }
        return out
    }
}
