/// Reads the standard's table text: the cover's fields, then the flowchart table with its cells
/// separated by tabs, as text extraction from an SOP's PDF gives it (see
/// examples/kebijakan-mutu-ukpbj.txt).
///
/// Extraction loses what the PDF drew (the symbols that say who does each step, the arrows
/// that say where a decision's answers lead) and scrambles some layout; the importer reads
/// what is there, repairs what it can and reports each guess as an `import.` diagnostic. What
/// the model itself shows (a step without executors, a numbering gap) is left to `Checker`.
public enum TableTextImporter {
    /// Reads the standard's table text (cover fields then the flowchart table, tab-separated,
    /// as PDF extraction gives it). Throws only when the text holds no flowchart table.
    public static func read(_ text: String, file: String?) throws(SOPReadError) -> LoadedSOP {
        let lines = TextLine.split(text)
        guard let headerIndex = lines.firstIndex(where: TableLayout.isHeaderRow) else {
            throw missingTable(in: lines, file: file)
        }
        var sourceMap = SourceMap(file: file)
        sourceMap.record(.document, line: 1, column: 1)

        var cover = CoverReader(sourceMap: sourceMap, findings: ImportFindings(file: file))
        cover.read(lines[..<headerIndex])
        sourceMap = cover.sourceMap
        var findings = cover.findings

        let (layout, bodyStart) = layout(of: lines, headerIndex: headerIndex, findings: &findings)
        var table = TableReader(layout: layout, findings: findings)
        table.read(lines[bodyStart...])
        findings = table.findings

        var roles: [Role] = []
        for (index, column) in layout.roles.enumerated() {
            let id = Role.suggestedID(for: column.name, avoiding: Set(roles.map(\.id)))
            roles.append(Role(id: id, name: column.name))
            sourceMap.record(.role(index, nil), line: column.line, column: column.column)
            sourceMap.record(.role(index, .name), line: column.line, column: column.column)
            reportAlternatives(in: column, id: id, index: index, findings: &findings)
        }
        roles.attach(cover.groups, shared: cover.sharedQualifications, sourceMap: &sourceMap, findings: &findings)

        let mentions = RoleMentions(names: roles.map(\.name), ids: roles.map(\.id))
        let steps = table.drafts.enumerated().map { index, draft in
            draft.step(
                index: StepIndex(offset: index), layout: layout, roleIDs: roles.map(\.id), mentions: mentions,
                sourceMap: &sourceMap, findings: &findings)
        }
        let sop = SOP(identity: cover.identity, roles: roles, steps: steps)
        reportLostDrawing(of: sop, layout: layout, sourceMap: sourceMap, findings: &findings)
        return LoadedSOP(sop: sop, sourceMap: sourceMap, diagnostics: findings.inDocumentOrder)
    }

    /// The table's layout from its one or two header rows, and the index of the first line below them.
    private static func layout(
        of lines: [TextLine], headerIndex: Int, findings: inout ImportFindings
    ) -> (TableLayout, Int) {
        let first = (cells: lines[headerIndex].cells, line: lines[headerIndex].number)
        guard let nextIndex = lines[(headerIndex + 1)...].firstIndex(where: { !$0.isBlank }),
            TableLayout.isSecondHeaderRow(lines[nextIndex].cells, under: first.cells)
        else {
            return (TableLayout(first: first, second: nil, findings: &findings), headerIndex + 1)
        }
        let second = (cells: lines[nextIndex].cells, line: lines[nextIndex].number)
        return (TableLayout(first: first, second: second, findings: &findings), nextIndex + 1)
    }

    /// A role column headed with alternatives `A/B` ("Kasubag/Kabag"): one role, whichever of
    /// them does a step, named as written.
    private static func reportAlternatives(
        in column: TableLayout.RoleColumn, id: String, index: Int, findings: inout ImportFindings
    ) {
        guard RoleMentions.alternatives(column.name) != nil else { return }
        findings.add(
            .note, .importAlternativeRoles,
            "the role column \"\(column.name)\" names alternatives (A/B); it was read as one role, \(id), whichever of them does a step",
            hint: "if one of them usually does the steps, name the column after that role and note the other in Keterangan",
            place: .role(index, .name), subject: localized("role \(id)"), line: column.line, column: column.column)
    }

    /// One note for each thing the PDF drew that text extraction always loses, instead of the
    /// checker's one finding per step: the executors' marks, and the decisions' arrows.
    private static func reportLostDrawing(
        of sop: SOP, layout: TableLayout, sourceMap: SourceMap, findings: inout ImportFindings
    ) {
        if let firstRole = layout.roles.first, let firstStep = sop.steps.first,
            sop.steps.allSatisfy(\.executors.isEmpty)
        {
            findings.add(
                .note, .importNoExecutorMarks,
                "no role column is marked in any row (the drawn symbols were lost from the text), so the executors must be assigned",
                hint: "assign STEP ROLE… for each step, e.g. `assign \(firstStep.label) \(sop.roles[0].id)`",
                line: firstRole.line, column: firstRole.column)
        }
        let decisions = sop.stepIndices.filter { sop.steps[$0].isDecision }
        guard let first = decisions.first else { return }
        let labels = decisions.map { sop.steps[$0].label }
        // The whole sentence is one pattern for one, two, and three or more decisions (PUEBI
        // puts a comma before the last "dan" of three), the numbers its arguments.
        let message: Message =
            switch labels.count {
            case 1:
                "step \(labels[0]) was read as a decision, but the text does not say where its answers lead, so their targets must be linked"
            case 2:
                "steps \(labels[0]) and \(labels[1]) were read as decisions, but the text does not say where their answers lead, so their targets must be linked"
            default:
                "steps \(labels.dropLast(2).joined(separator: ", ")), \(labels[labels.count - 2]) and \(labels.last!) were read as decisions, but the text does not say where their answers lead, so their targets must be linked"
            }
        let location = sourceMap.location(of: .step(first, .decision))
        findings.add(
            .note, .importDecisionTargets, message,
            hint: "link STEP ANSWER TARGET for each answer, TARGET being a step number or `selesai`",
            line: location?.line ?? 1, column: location?.column ?? 1)
    }

    /// The error for a text without a flowchart table: at a line that names Uraian Kegiatan
    /// but is not a header row, if there is one, since that is probably the table gone wrong.
    private static func missingTable(in lines: [TextLine], file: String?) -> SOPReadError {
        let layoutHint: Message = "the table's header row starts with `No` and names `Uraian Kegiatan`, its cells separated by tabs"
        guard lines.contains(where: { !$0.isBlank }) else {
            return SOPReadError(
                "the text is empty: there is no SOP to import", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "give the SOP's table text: the cover's fields, then the flowchart table; \(layoutHint)")
        }
        if let nearMiss = lines.first(where: { $0.text.utf8.containsCaseInsensitive("uraian kegiatan") }) {
            return SOPReadError(
                "this line names Uraian Kegiatan but is not the flowchart table's header row",
                at: SourceLocation(file: file, line: nearMiss.number, column: nearMiss.firstTextColumn),
                hint: layoutHint)
        }
        return SOPReadError(
            "the text has no flowchart table: no header row starting with `No` and naming `Uraian Kegiatan`",
            at: SourceLocation(file: file, line: 1, column: 1), hint: layoutHint)
    }
}
