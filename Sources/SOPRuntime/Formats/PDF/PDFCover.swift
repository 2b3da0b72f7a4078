/// Reads a PDF's cover by turning its cells into the lines the table-text cover reader knows.
///
/// The cover is a grid: a label's value stands in the cell to its right, a list stands in the
/// label's cell or the one under it, and two lists often sit side by side. Reading cell by
/// cell, and going down from a list's label to its items before going right, gives the lines
/// in the order a person reads them; CoverReader then does the rest as it does for text.
struct PDFCover {
    var identity: Identity
    var groups: [QualificationGroup]
    var sharedQualifications: [CoverItem]
    var sourceMap: SourceMap
    var findings: ImportFindings

    /// The e-signature's notice, printed on every page of a signed document.
    static func isSignatureNotice(_ text: String) -> Bool {
        let key = text.lowercased()
        return key.contains("ditandatangani secara elektronik") || key.contains("pindai kode qr")
            || key.contains("sertifikat elektronik") || key.contains("(bsre)")
    }

    init(lines: [(cell: PDFBox, line: PlacedLine)], page: Int, file: String?) {
        let text = Self.orderedLines(lines).joined(separator: "\n")
        var reader = CoverReader(sourceMap: SourceMap(file: file), findings: ImportFindings(file: file))
        reader.read(TextLine.split(text)[...])
        identity = reader.identity
        groups = reader.groups
        sharedQualifications = reader.sharedQualifications
        let onPage = SourceLocation(file: file, page: page)
        var map = SourceMap(file: file)
        for place in reader.sourceMap.locations.keys { map.record(place, at: onPage) }
        map.record(.document, at: SourceLocation(file: file, page: 1))
        sourceMap = map
        // A wrapped line is plain to see on the page; the text reader's notes about it are not news.
        findings = reader.findings.relocated { _ in onPage }
            .filter { ![.importWrappedItem, .importWrappedValue].contains($0.code) }
        // Where a qualification stood: its page (the importer turns line-only locations into pages).
        for index in groups.indices {
            groups[index].line = page
            groups[index].column = 1
        }
        sharedQualifications = sharedQualifications.map { CoverItem(text: $0.text, line: page, column: 1) }
    }

    /// A cell's lines in reading order, those on one baseline joined: Word often writes a
    /// list's number ("1.") apart from its text.
    private static func rows(of lines: [PlacedLine]) -> [PlacedLine] {
        var rows: [PlacedLine] = []
        for line in PlacedLine.readingOrder(lines) {
            if let last = rows.last, !line.isVertical,
                abs(last.box.center.y - line.box.center.y) < min(last.box.height, line.box.height) / 2,
                line.box.x0 >= last.box.x1 - 1
            {
                rows[rows.count - 1] = PlacedLine(text: last.text + " " + line.text, box: last.box.union(line.box), isVertical: false)
            } else {
                rows.append(line)
            }
        }
        return rows
    }

    private static func orderedLines(_ lines: [(cell: PDFBox, line: PlacedLine)]) -> [String] {
        var cells: [PDFBox] = []
        var content: [PDFBox: [PlacedLine]] = [:]
        for (cell, line) in lines where !isSignatureNotice(line.text) {
            if content[cell] == nil { cells.append(cell) }
            content[cell, default: []].append(line)
        }
        cells.sort { abs($0.y0 - $1.y0) > 1.5 ? $0.y0 < $1.y0 : $0.x0 < $1.x0 }
        var visited: Set<PDFBox> = []
        var result: [String] = []
        func emit(_ cell: PDFBox) {
            guard visited.insert(cell).inserted else { return }
            // Word covers often put the colon in a cell of its own, or before the value.
            let cellLines = Self.rows(of: content[cell] ?? []).map { line in
                line.text.hasPrefix(":") ? String(line.text.dropFirst()).trimmingCharacters(in: .whitespaces) : line.text
            }.filter { !$0.isEmpty }
            result += cellLines
            // A list's label that ends its cell: its items are in the cell below.
            if let last = cellLines.last, case .label(let field, value: "") = CoverLine(TextLine.split(last)[0]), field.isList,
                let below = cells.first(where: { abs($0.y0 - cell.y1) < 2.5 && $0.x0 <= cell.center.x && $0.x1 >= cell.center.x })
            {
                emit(below)
            }
        }
        for cell in cells { emit(cell) }
        return result
    }
}
