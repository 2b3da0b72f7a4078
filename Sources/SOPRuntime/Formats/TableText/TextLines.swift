/// One line of the imported text, numbered from 1 as editors count.
struct TextLine: Sendable {
    let number: Int
    /// The line without its line break.
    let text: Substring

    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// The line without surrounding white space (non-breaking spaces included).
    var trimmed: String { text.trimmedOfSpaces }

    /// The 1-based column of the first character that is not white space, 1 for a blank line.
    var firstTextColumn: Int {
        (text.firstIndex { !$0.isWhitespace }.map { text.distance(from: text.startIndex, to: $0) } ?? 0) + 1
    }

    /// The tab-separated cells of a table row, as PDF extraction writes them.
    var cells: [Cell] {
        var cells: [Cell] = []
        var start = 1
        for piece in text.split(separator: "\t", omittingEmptySubsequences: false) {
            let leading = piece.prefix(while: \.isWhitespace).count
            let text = piece.trimmedOfSpaces
            cells.append(Cell(text: text, column: text.isEmpty ? start : start + leading))
            start += piece.count + 1
        }
        return cells
    }

    /// Splits a text into lines in one pass over its bytes, so that a huge text costs linear
    /// time. Accepts `\n`, `\r\n` and `\r` endings and drops a leading UTF-8 byte-order mark.
    /// Each line break falls on a character boundary (a line break always ends a grapheme), so
    /// the lines are exact slices of the text.
    static func split(_ text: String) -> [TextLine] {
        let bytes = text.utf8
        var lines: [TextLine] = []
        var lineStart = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = bytes.index(lineStart, offsetBy: 3) }
        var index = lineStart
        while let breakIndex = bytes[index...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            lines.append(TextLine(number: lines.count + 1, text: text[lineStart..<breakIndex]))
            index = bytes.index(after: breakIndex)
            if bytes[breakIndex] == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A {
                index = bytes.index(after: index)
            }
            lineStart = index
        }
        if lineStart < bytes.endIndex {
            lines.append(TextLine(number: lines.count + 1, text: text[lineStart...]))
        }
        return lines
    }
}

/// One cell of a table row: its text trimmed, and the 1-based column where that text starts
/// (where the cell starts when it is empty).
struct Cell: Sendable {
    var text: String
    var column: Int

    var isEmpty: Bool { text.isEmpty }
}

extension StringProtocol {
    /// The text without surrounding white space; `Character.isWhitespace` counts non-breaking
    /// and other Unicode spaces, which PDF extraction leaves around cell text.
    var trimmedOfSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }

    /// The text folded for comparing headings and labels: lower case, every run of white
    /// space one space, no spaces around a slash, no trailing colon or full stop.
    /// "Persyaratan/ Kelengkapan" and "persyaratan / kelengkapan" fold alike. One pass, since
    /// it runs on every line of the cover.
    var matchKey: String {
        var key = ""
        var pendingSpace = false
        for character in lowercased() {
            if character.isWhitespace {
                pendingSpace = !key.isEmpty
                continue
            }
            if pendingSpace, character != "/", key.last != "/" { key.append(" ") }
            pendingSpace = false
            key.append(character)
        }
        while let last = key.last, last == ":" || last == "." || last == " " { key.removeLast() }
        return key
    }
}

extension Substring.UTF8View {
    /// Whether the bytes contain `needle` (lower-case ASCII), ignoring case: one pass that never
    /// backs up more than the needle's length, so megabytes of text stay cheap.
    func containsCaseInsensitive(_ needle: String) -> Bool {
        let wanted = Array(needle.utf8)
        var matched = 0
        var index = startIndex
        while index < endIndex {
            let byte = self[index] | (self[index] >= 0x41 && self[index] <= 0x5A ? 0x20 : 0)
            if byte == wanted[matched] {
                matched += 1
                if matched == wanted.count { return true }
            } else if matched > 0 {
                index = self.index(index, offsetBy: -matched + 1)
                matched = 0
                continue
            }
            index = self.index(after: index)
        }
        return false
    }
}
