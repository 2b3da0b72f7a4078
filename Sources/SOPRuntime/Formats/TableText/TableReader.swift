/// A data row on its way to becoming a step: one cell per column of the header, after `sda`
/// copies and with its continuation rows merged in.
struct RowDraft: Sendable {
    var line: Int
    var cells: [Cell]
    /// The line each cell's text starts on (a continuation row may give a blank cell its text).
    var cellLines: [Int]
}

/// Reads the rows under the table's header into drafts, undoing what PDF extraction does to
/// a table: a wrapped cell becomes a row of its own, a page break repeats the header, a cell
/// says `sda` ("same as above"), a row loses or gains cells. Every such guess is reported.
struct TableReader {
    let layout: TableLayout
    var findings: ImportFindings
    private(set) var drafts: [RowDraft] = []

    init(layout: TableLayout, findings: ImportFindings) {
        self.layout = layout
        self.findings = findings
    }

    mutating func read(_ lines: ArraySlice<TextLine>) {
        var repeatedHeader: [Cell]?
        for line in lines {
            let cells = line.cells
            guard cells.contains(where: { !$0.isEmpty }) else { continue }
            if TableLayout.isHeaderRow(line) {
                findings.add(
                    .note, .importRepeatedHeader, "the table's header is repeated here (a page break) and was skipped",
                    hint: nil, line: line.number)
                repeatedHeader = cells
                continue
            }
            defer { repeatedHeader = nil }
            if let repeatedHeader, TableLayout.isSecondHeaderRow(cells, under: repeatedHeader) { continue }
            take(cells, from: line)
        }
    }

    private mutating func take(_ cells: [Cell], from line: TextLine) {
        let end = line.text.count + 1
        var padded = Array(cells.prefix(layout.width))
        padded += (padded.count..<layout.width).map { _ in Cell(text: "", column: end) }
        let copies = padded.indices.filter { $0 != layout.number && Self.isSameAsAbove(padded[$0].text) }
        if padded[layout.number].isEmpty, copies.isEmpty, !drafts.isEmpty, isContinuation(padded) {
            merge(padded, from: line)
            return
        }
        var draft = RowDraft(line: line.number, cells: padded, cellLines: padded.map { _ in line.number })
        for index in copies { copyFromAbove(index, into: &draft) }
        checkWidth(cells, of: &draft, line: line)
        drafts.append(draft)
    }

    /// A row without a number, without marks and without a time, holding only text: the
    /// overflow of a wrapped cell of the row above.
    private func isContinuation(_ cells: [Cell]) -> Bool {
        let textColumns = [layout.activity, layout.requirements, layout.output, layout.notes].compactMap { $0 }
        return layout.roles.allSatisfy { cells[$0.index].isEmpty }
            && layout.time.map { cells[$0].isEmpty } ?? true
            && textColumns.contains { !cells[$0].isEmpty }
    }

    private mutating func merge(_ cells: [Cell], from line: TextLine) {
        let index = StepIndex(offset: drafts.count - 1)
        for column in cells.indices where !cells[column].isEmpty {
            if drafts[index].cells[column].isEmpty {
                drafts[index].cells[column] = cells[column]
                drafts[index].cellLines[column] = line.number
            } else {
                drafts[index].cells[column].text += " " + cells[column].text
            }
        }
        let owner = stepName(index)
        findings.add(
            .note, .importContinuationRow,
            "this row has no number and only text, so it was read as the rest of \(owner)'s cells (a wrapped cell)",
            hint: "if it is a step of its own, give it a number in the No column",
            place: .step(index, nil), subject: owner, line: line.number)
    }

    /// "sda", "s.d.a", "S.d.a." (sama dengan atas): the cell above, repeated.
    static func isSameAsAbove(_ text: String) -> Bool {
        text.count <= 8 && text.lowercased().filter { $0 != "." && !$0.isWhitespace } == "sda"
    }

    private mutating func copyFromAbove(_ index: Int, into draft: inout RowDraft) {
        let cell = draft.cells[index]
        let place = Place.step(StepIndex(offset: drafts.count), layout.field(at: index))
        let column = layout.columnName(index)
        guard let above = drafts.last else {
            findings.add(
                .warning, .importSDAWithoutRowAbove,
                "\"\(cell.text)\" (same as above) in \(column) has no row above it, so it was kept as written",
                hint: "write the text out in full", place: place, line: draft.line, column: cell.column)
            return
        }
        draft.cells[index].text = above.cells[index].text
        let copied = above.cells[index].isEmpty ? localized("an empty cell") : "\"\(above.cells[index].text)\""
        findings.add(
            .note, .importSDA, "\"\(cell.text)\" (same as above) in \(column) was read as a copy of the cell above: \(copied)",
            hint: "write the text out in full", place: place, line: draft.line, column: cell.column)
    }

    /// Reports a row whose cells do not match the header's. Text in cells beyond the last
    /// column is kept in Keterangan rather than lost.
    private mutating func checkWidth(_ cells: [Cell], of draft: inout RowDraft, line: TextLine) {
        let index = StepIndex(offset: drafts.count)
        let hint: Message = "check that the row's cells are separated by tabs and line up with the header"
        if cells.count < layout.width {
            let missing = (cells.count..<layout.width).map(layout.columnName).joined(separator: ", ")
            findings.add(
                .warning, .importMissingCells,
                "this row has \(cells.count) cells where the header has \(layout.width), so \(missing) are read as blank",
                hint: hint, place: .step(index, nil), subject: stepName(of: draft, index: index),
                line: line.number, column: line.text.count + 1)
        }
        let extra = cells.dropFirst(layout.width).filter { !$0.isEmpty }
        guard let first = extra.first else { return }
        let text = extra.map(\.text).joined(separator: " ")
        var kept: Message = "were not imported"
        if let notes = layout.notes {
            draft.cells[notes].text += draft.cells[notes].isEmpty ? text : " " + text
            kept = "were added to Keterangan"
        }
        findings.add(
            .warning, .importExtraCells,
            "this row has \(cells.count) cells where the header has \(layout.width); the cells beyond the last column \(kept)",
            hint: hint, place: .step(index, nil), subject: stepName(of: draft, index: index),
            line: line.number, column: first.column)
    }

    private func stepName(_ index: StepIndex) -> String {
        stepName(of: drafts[index], index: index)
    }

    /// "step 3", or "the unnumbered step at row 4", as the checker names steps.
    private func stepName(of draft: RowDraft, index: StepIndex) -> String {
        StepNumber(draft.cells[layout.number].text).map { localized("step \($0)") } ?? localized("the unnumbered step at row \(index.row)")
    }
}
