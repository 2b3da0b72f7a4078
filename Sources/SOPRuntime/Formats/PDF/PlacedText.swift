/// A line of text as it stands on the page, within one table cell.
struct PlacedLine: Sendable {
    var text: String
    var box: PDFBox
    var isVertical: Bool
}

extension PlacedLine {
    /// Groups glyphs into lines: the glyphs of one MuPDF line that fall in one cell, in the
    /// order drawn. Splitting at cells matters because MuPDF joins text across a thin border.
    static func lines(of glyphs: [PDFGlyph], cell: (PDFPoint) -> PDFBox) -> [(cell: PDFBox, line: PlacedLine)] {
        struct Key: Hashable {
            var cell: PDFBox
            var line: Int
        }
        var order: [Key] = []
        var grouped: [Key: [PDFGlyph]] = [:]
        for glyph in glyphs {
            let key = Key(cell: cell(glyph.box.center), line: glyph.line)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(glyph)
        }
        return order.compactMap { key in
            let run = grouped[key]!
            let text = collapsedSpaces(String(String.UnicodeScalarView(run.map(\.scalar))))
            guard !text.isEmpty else { return nil }
            let box = run.dropFirst().reduce(run[0].box) { $0.union($1.box) }
            return (key.cell, PlacedLine(text: text, box: box, isVertical: run[0].isVertical))
        }
    }

    /// The text of a cell's lines in reading order, joined with spaces; a line that ends in a
    /// hyphen joins the next without one ("Surat-" + "Masuk").
    static func joined(_ lines: [PlacedLine]) -> String {
        var text = ""
        for line in readingOrder(lines) {
            if !text.isEmpty && !text.hasSuffix("-") { text += " " }
            text += line.text
        }
        return text
    }

    /// Top to bottom, then left to right; vertical lines left to right.
    static func readingOrder(_ lines: [PlacedLine]) -> [PlacedLine] {
        lines.sorted { a, b in
            if a.isVertical && b.isVertical { return a.box.x0 < b.box.x0 }
            let sameRow = abs(a.box.center.y - b.box.center.y) < min(a.box.height, b.box.height) / 2
            return sameRow ? a.box.x0 < b.box.x0 : a.box.y0 < b.box.y0
        }
    }

    static func collapsedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
