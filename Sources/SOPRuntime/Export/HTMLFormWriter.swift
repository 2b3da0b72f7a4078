/// Writes the official form of an SOP (Permen PANRB No. 35/2012) as one self-contained HTML
/// page, printable on A4 landscape: the identity part on the first sheet, then the flowchart
/// table on as many sheets as it needs: No, Uraian Kegiatan, a Pelaksana column per role with
/// the symbols drawn in them, the Mutu Baku (Persyaratan/Kelengkapan, Waktu, Output) and
/// Keterangan. Where the flowchart goes on to another sheet, off-page connectors say where.
///
/// The markup is also well-formed XML (void elements closed, no named entities), so that an
/// XML parser can check it and the inline SVG needs no second syntax.
public enum HTMLFormWriter {
    public static func write(_ sop: SOP) -> String {
        let layout = FlowchartLayout(sop)
        let columns = HTMLFormColumns(roleCount: layout.lanes.count)
        let breaks = HTMLFormColumns.pageBreaks(layout, sop: sop, columns: columns)
        let pages = layout.pages(breakingBefore: breaks)
        let cuts = [0] + breaks + [layout.rowCount]
        let sheets = SheetMap(layout: layout, ranges: zip(cuts, cuts.dropFirst()).map { $0..<$1 })
        let title = sop.identity.title.isEmpty ? "(tanpa judul)" : sop.identity.title
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\" xml:lang=\"id\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<title>\(ExportEscaping.xmlText("SOP " + title))</title>\n"
        out += "<style>\n" + HTMLFormStyle.css + "</style>\n</head>\n<body>\n"
        out += HTMLFormCover.html(sop, sheet: 1, of: pages.count + 1)
        for (index, page) in pages.enumerated() {
            out += flowchartSheet(page, sop: sop, columns: columns, sheet: index + 2, sheets: sheets)
        }
        out += "</body>\n</html>\n"
        return out
    }

    private static func flowchartSheet(_ page: FlowchartLayout, sop: SOP, columns: HTMLFormColumns, sheet: Int, sheets: SheetMap) -> String
    {
        let x = ExportEscaping.xmlText
        var out = "<section class=\"sheet flowchart\">\n"
        out +=
            "<p class=\"sheet-head\"><span>\(x(sop.identity.title))</span><span>\(x(sop.identity.number))</span>"
            + "<span>Halaman \(sheet) dari \(sheets.ranges.count + 1)</span></p>\n"
        out += "<table class=\"steps\">\n<colgroup>"
        for width in columns.widths { out += "<col style=\"width: \(SVGMarkup().n(width))mm\"/>" }
        out += "</colgroup>\n<thead>\n<tr><th rowspan=\"2\">No</th><th rowspan=\"2\">Uraian Kegiatan</th>"
        out +=
            "<th colspan=\"\(page.lanes.count)\">Pelaksana</th><th colspan=\"3\">Mutu Baku</th><th rowspan=\"2\">Keterangan</th></tr>\n<tr>"
        for lane in page.lanes { out += "<th class=\"role\">\(x(lane.name))</th>" }
        out += "<th>Persyaratan/ Kelengkapan</th><th>Waktu</th><th>Output</th></tr>\n</thead>\n<tbody>\n"
        for row in page.nodes.indices {
            let slice = HTMLFlowchartSlice(layout: page, row: row).svg()
            if let index = page.stepIndex(ofRow: row) {
                let step = sop.steps[index]
                out += "<tr class=\"step\"><td class=\"number\">\(x(step.label))</td><td>\(text(step.activity))</td>"
                out += "<td class=\"lanes\" colspan=\"\(page.lanes.count)\">\(slice)</td>"
                out += "<td>\(text(step.requirements))</td><td class=\"time\">\(text(step.time.text))</td>"
                out += "<td>\(text(step.output))</td><td>\(text(step.notes))</td></tr>\n"
            } else {
                out += "<tr class=\"between\"><td></td><td class=\"aside\">\(x(sheets.caption(page, row: row, sheet: sheet)))</td>"
                out += "<td class=\"lanes\" colspan=\"\(page.lanes.count)\">\(slice)</td><td></td><td></td><td></td><td></td></tr>\n"
            }
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// A cell's text with its line breaks kept.
    private static func text(_ value: String) -> String {
        ExportEscaping.xmlText(value).replacingOccurrences(of: "\n", with: "<br/>")
    }
}

/// Which sheet each row of the flowchart is on, to say where an off-page connector leads.
struct SheetMap {
    let layout: FlowchartLayout
    /// The rows of the whole layout on each flowchart sheet; the first is sheet 2.
    let ranges: [Range<Int>]

    func sheet(of row: Int) -> Int {
        2 + (ranges.firstIndex { $0.contains(row) } ?? 0)
    }

    /// The words beside a row that is not a step: a connector says where the flow goes on
    /// to (at the foot of a sheet) or where it comes from (at the head of one).
    func caption(_ page: FlowchartLayout, row: Int, sheet: Int) -> String {
        let node = page.nodes[row]
        switch node.element {
        case .connector(let target):
            let name = layout.nodes[target].element == .end ? FlowchartLayout.endText : "langkah \(layout.nodes[target].number)"
            if page.links(from: row).isEmpty {
                return "Bersambung ke \(name), halaman \(self.sheet(of: target))"
            }
            let range = ranges[sheet - 2]
            let from = Set(layout.links(into: target).map(\.from).filter { !range.contains($0) }.map { self.sheet(of: $0) }).sorted()
            return "Sambungan dari halaman \(from.map(String.init).joined(separator: ", ")) ke \(name)"
        case .start: return FlowchartLayout.startText
        case .end: return FlowchartLayout.endText
        case .step: return ""
        }
    }
}

/// The widths of the form's columns on an A4 landscape sheet (277 mm between 10 mm margins),
/// and how the rows are shared out over sheets.
struct HTMLFormColumns {
    let roleCount: Int
    /// No, Uraian Kegiatan, each role, Persyaratan/Kelengkapan, Waktu, Output, Keterangan.
    let widths: [Double]

    static let usableWidth = 277.0
    /// The room for rows on a sheet, below the sheet's heading and the table's two header rows.
    static let rowsHeight = 160.0
    static let fontMillimetres = 8 * 0.3528
    static let lineMillimetres = 8 * 0.3528 * 1.25

    init(roleCount: Int) {
        self.roleCount = max(1, roleCount)
        let text: [Double] = [8, 50, 36, 15, 36, 24]
        let roleWidth = (Self.usableWidth - text.reduce(0, +)) / Double(self.roleCount)
        widths = [text[0], text[1]] + Array(repeating: roleWidth, count: self.roleCount) + Array(text[2...])
    }

    /// The estimated height of a row, in millimetres: its tallest text cell, or the room its
    /// symbols need.
    func rowHeight(_ step: Step?) -> Double {
        guard let step else { return 12 }
        let cells: [(String, Double)] = [
            (step.activity, widths[1]), (step.requirements, widths[roleCount + 2]),
            (step.time.text, widths[roleCount + 3]), (step.output, widths[roleCount + 4]),
            (step.notes, widths[roleCount + 5])
        ]
        let lines =
            cells.map { text, width in
                TextMeasure.wrap(text, width: (width - 2.5) / Self.fontMillimetres).count
            }.max() ?? 1
        return max(17, Double(lines) * Self.lineMillimetres + 3)
    }

    /// Where to start new sheets so that each sheet's rows fit, counting the connector rows
    /// that each cut adds.
    static func pageBreaks(_ layout: FlowchartLayout, sop: SOP, columns: HTMLFormColumns) -> [Int] {
        let heights = layout.nodes.indices.map { columns.rowHeight(layout.stepIndex(ofRow: $0).map { sop.steps[$0] }) }
        var breaks: [Int] = []
        var pageStart = 0
        for row in layout.nodes.indices where row > pageStart {
            let connectors = layout.page(pageStart..<row + 1).rowCount - (row + 1 - pageStart)
            let total = heights[pageStart...row].reduce(0, +) + Double(connectors) * columns.rowHeight(nil)
            if total > rowsHeight {
                breaks.append(row)
                pageStart = row
            }
        }
        return breaks
    }
}
