/// The flowchart table on one page: its columns, found from the header's headings and the
/// vertical rules under them, and its body rows, found from the rules across the No column.
struct PDFTable: Sendable {
    enum ColumnKind: Equatable, Sendable {
        case number, activity
        case role(String)
        case requirements, time, output, notes, other
    }

    struct Column: Sendable {
        var kind: ColumnKind
        var x0: Double
        var x1: Double
    }

    /// One body row: its cells' text by column index, and where it stands.
    struct Row: Sendable {
        var page: Int
        var box: PDFBox
        var cells: [String]

        func text(of kind: ColumnKind, in columns: [Column]) -> String {
            columns.firstIndex { $0.kind == kind }.map { cells[$0] } ?? ""
        }
    }

    /// The columns as the first header names them; rows' cells follow this order.
    var columns: [Column]
    /// Where the header ends: body rows start below it.
    var headerBottom: Double
    var rows: [Row] = []
    /// Where the columns stand on each page (a portrait page has them elsewhere than a
    /// landscape one), named as `columns` names them.
    private(set) var pageColumns: [Int: [Column]] = [:]

    init(columns: [Column], headerBottom: Double) {
        self.columns = columns
        self.headerBottom = headerBottom
    }

    var roleColumns: [Int] { Self.roleIndices(columns) }

    private static func roleIndices(_ columns: [Column]) -> [Int] {
        columns.indices.filter { if case .role = columns[$0].kind { true } else { false } }
    }

    func columns(on page: Int) -> [Column] { pageColumns[page] ?? columns }

    /// For each of `geometry`'s columns, the index of the column of `columns` it is: roles
    /// by their place among the roles, the others by kind.
    private func translation(of geometry: [Column]) -> [Int?] {
        let ownRoles = roleColumns
        let theirRoles = Self.roleIndices(geometry)
        return geometry.indices.map { index in
            if let position = theirRoles.firstIndex(of: index) {
                return position < ownRoles.count ? ownRoles[position] : nil
            }
            return columns.firstIndex { $0.kind == geometry[index].kind }
        }
    }

    /// The header on `page`, if the page has one: the row that says No and Kegiatan (or
    /// Uraian, Aktivitas).
    static func header(on page: PDFPage, grid: RuleGrid, lines: [(cell: PDFBox, line: PlacedLine)]) -> PDFTable? {
        let numberLabels: Set = ["no", "no.", "nomor"]
        for anchor in lines where isActivityHeading(anchor.line.text) {
            guard
                let number = lines.first(where: {
                    numberLabels.contains($0.line.text.matchKey) && $0.line.box.x1 <= anchor.line.box.x0
                        && abs($0.line.box.center.y - anchor.line.box.center.y) < 40
                })
            else { continue }
            let top = min(number.cell.y0, anchor.cell.y0)
            let bottom = max(number.cell.y1, anchor.cell.y1)
            var edges = grid.columnEdges(crossing: bottom + 1, bottom + 6).filter { $0 >= number.cell.x0 - 2 }
            guard edges.count >= 4 else { continue }
            edges = splitUnruled(edges, numbers: lines.filter { $0.line.box.y0 >= bottom - 1 && $0.line.box.y1 <= bottom + 20 }.map(\.line))
            // Headings are read glyph by glyph into the columns: a line of heading text may
            // run across a border that Word left undrawn.
            // "Pelaksana" and "Mutu Baku" span the columns they group; they name no column.
            let groupLines = Set(
                Dictionary(grouping: page.glyphs, by: \.line).filter { _, glyphs in
                    ["pelaksana", "mutu baku"].contains(String(String.UnicodeScalarView(glyphs.map(\.scalar))).matchKey)
                }.keys)
            let headingGlyphs = page.glyphs.filter {
                $0.box.center.y > top && $0.box.center.y < bottom && !groupLines.contains($0.line)
            }
            let headings = PlacedLine.lines(of: headingGlyphs) { point in
                let column = edges.indices.dropLast().first { point.x > edges[$0] && point.x < edges[$0 + 1] } ?? -1
                return PDFBox(x0: Double(column), y0: 0, x1: 0, y1: 0)
            }
            var columns: [Column] = []
            for (index, (left, right)) in zip(edges, edges.dropFirst()).enumerated() {
                let heading = headings.filter { Int($0.cell.x0) == index && !["pelaksana", "mutu baku"].contains($0.line.text.matchKey) }
                columns.append(Column(kind: kind(of: PlacedLine.joined(heading.map { $0.line })), x0: left, x1: right))
            }
            guard columns.contains(where: { $0.kind == .number }), columns.contains(where: { $0.kind == .activity }) else { continue }
            markRoles(&columns)
            return PDFTable(columns: columns, headerBottom: bottom)
        }
        return nil
    }

    /// Word sometimes leaves a border between two role columns undrawn; the row that numbers
    /// the columns ("3", "4", or "(3)", "(4)") still shows both, so a column holding two
    /// numbers is split halfway between them.
    private static func splitUnruled(_ edges: [Double], numbers: [PlacedLine]) -> [Double] {
        let marks = numbers.filter { isColumnNumber($0.text) }
        guard marks.count >= 4 else { return edges }
        var result: [Double] = []
        for (left, right) in zip(edges, edges.dropFirst()) {
            result.append(left)
            let inside = marks.map(\.box.center.x).filter { $0 > left && $0 < right }.sorted()
            for (a, b) in zip(inside, inside.dropFirst()) { result.append((a + b) / 2) }
        }
        return result + [edges[edges.count - 1]]
    }

    /// "Kegiatan", "Uraian Kegiatan", "Aktivitas/Kegiatan", "Uraian Prosedur"…
    private static func isActivityHeading(_ text: String) -> Bool {
        let key = text.matchKey
        return key.count <= 30 && (key.contains("kegiatan") || key.contains("aktivitas") || key.hasPrefix("uraian"))
    }

    private static func kind(of heading: String) -> ColumnKind {
        if isActivityHeading(heading) { return .activity }
        return switch TableLayout.Heading(Cell(text: heading, column: 1)) {
        case .number: .number
        case .activity: .activity
        case .requirements: .requirements
        case .time: .time
        case .output: .output
        case .notes: .notes
        case .other(let text): .role(text)
        case .executors, .mutuBaku, .none: .role(heading)
        }
    }

    /// Only the columns between the activity and the first Mutu Baku column are roles.
    private static func markRoles(_ columns: inout [Column]) {
        let activity = columns.firstIndex { $0.kind == .activity } ?? 0
        let mutuBaku = columns.firstIndex { [.requirements, .time, .output, .notes].contains($0.kind) } ?? columns.count
        for index in columns.indices {
            guard case .role(let name) = columns[index].kind else { continue }
            if index <= activity || index >= mutuBaku || name.isEmpty { columns[index].kind = .other }
        }
    }

    /// The body rows on `page` below `top`, with their cells' text; the row that numbers the
    /// columns ("(1)", "(2)"…) is left out.
    mutating func readRows(on page: PDFPage, grid: RuleGrid, from top: Double, geometry: [Column]? = nil) {
        let columns = geometry ?? pageColumns[page.number - 1] ?? self.columns
        pageColumns[page.number] = columns
        let index = translation(of: columns)
        guard let numberColumn = columns.first(where: { $0.kind == .number }) else { return }
        let edges = grid.rowEdges(crossing: numberColumn.x0 + 1.5, numberColumn.x1 - 1.5, from: top)
        guard edges.count >= 2 else { return }
        let left = columns[0].x0
        let right = columns[columns.count - 1].x1
        let bands = zip(edges, edges.dropFirst()).filter { $1 - $0 > 3 }
        var rowsHere = bands.map {
            Row(
                page: page.number, box: PDFBox(x0: left, y0: $0, x1: right, y1: $1),
                cells: Array(repeating: "", count: columns.count))
        }
        var cellLines: [[[PlacedLine]]] = rowsHere.map { _ in Array(repeating: [], count: columns.count) }
        let located = PlacedLine.lines(of: page.glyphs) { point in
            guard let row = rowsHere.firstIndex(where: { $0.box.contains(point) && point.y > $0.box.y0 }),
                let column = columns.firstIndex(where: { point.x > $0.x0 && point.x < $0.x1 })
            else {
                return PDFBox(x0: -1, y0: -1, x1: -1, y1: -1)
            }
            return PDFBox(x0: columns[column].x0, y0: rowsHere[row].box.y0, x1: columns[column].x1, y1: rowsHere[row].box.y1)
        }
        for (cell, line) in located where cell.x0 >= 0 {
            guard let row = rowsHere.firstIndex(where: { $0.box.y0 == cell.y0 }),
                let column = columns.firstIndex(where: { $0.x0 == cell.x0 })
            else { continue }
            cellLines[row][column].append(line)
        }
        Self.shareMergedCells(&cellLines, rows: rowsHere.map(\.box), columns: columns, grid: grid)
        for row in rowsHere.indices {
            var cells = Array(repeating: "", count: self.columns.count)
            for (column, lines) in cellLines[row].enumerated() {
                guard let target = index[column] else { continue }
                let text = PlacedLine.joined(lines)
                cells[target] = cells[target].isEmpty ? text : cells[target] + " " + text
            }
            rowsHere[row].cells = cells
        }
        let activity = self.columns.firstIndex { $0.kind == .activity }
        rows += rowsHere.filter { row in
            let filled = row.cells.filter { !$0.isEmpty }
            let numbersColumns = activity.map { Self.isColumnNumber(row.cells[$0]) } ?? false
            return !filled.isEmpty && !numbersColumns && !filled.allSatisfy(Self.isColumnNumber)
        }
    }

    /// A Mutu Baku or Keterangan cell merged over several rows (no rule between them in its
    /// column: "3 menit" for two steps) holds the value of each of them.
    private static func shareMergedCells(_ cellLines: inout [[[PlacedLine]]], rows: [PDFBox], columns: [Column], grid: RuleGrid) {
        for (column, geometry) in columns.enumerated() where [.requirements, .time, .output, .notes].contains(geometry.kind) {
            let x = (geometry.x0 + geometry.x1) / 2
            var start = 0
            for row in rows.indices {
                let ruled =
                    row == rows.count - 1
                    || grid.horizontal.contains {
                        abs($0.position - rows[row].y1) < RuleGrid.thickness && $0.spans(x)
                    }
                guard ruled else { continue }
                if row > start {
                    let shared = (start...row).flatMap { cellLines[$0][column] }
                    for member in start...row { cellLines[member][column] = shared }
                }
                start = row + 1
            }
        }
    }

    private static func isColumnNumber(_ text: String) -> Bool {
        let digits = text.trimmingCharacters(in: ["(", ")", " "])
        return !digits.isEmpty && digits.count <= 2 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// The area of the Pelaksana columns over this page's rows, where the flowchart is drawn.
    func flowchartArea(on page: Int) -> PDFBox? {
        let pageRows = rows.filter { $0.page == page }
        let columns = columns(on: page)
        let roles = Self.roleIndices(columns)
        guard let first = roles.first, let last = roles.last,
            let top = pageRows.first?.box.y0, let bottom = pageRows.last?.box.y1
        else { return nil }
        return PDFBox(x0: columns[first].x0, y0: top, x1: columns[last].x1, y1: bottom)
    }

    /// Which role (counted among the role columns, from 0) the column under `x` on `page` is.
    func role(at x: Double, on page: Int) -> Int? {
        let columns = columns(on: page)
        return Self.roleIndices(columns).firstIndex { x > columns[$0].x0 && x < columns[$0].x1 }
    }
}
