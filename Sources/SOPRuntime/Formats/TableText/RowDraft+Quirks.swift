/// What a row says that the importer reads one way but reports, since the text may mean
/// another: text in a role's column, a decision with one answer, an activity that names a
/// different role from the one marked.
extension RowDraft {
    /// A role column holding more than a mark: its role is still the executor (the cell is not
    /// blank), but the text is reported, specifically when it names alternatives `A/B`.
    func reportRoleCellText(
        _ role: TableLayout.RoleColumn, id: String, index: StepIndex, subject: String, findings: inout ImportFindings
    ) {
        let cell = cells[role.index]
        guard cell.text.count > 1 else { return }
        let place = Place.step(index, .executors)
        guard RoleMentions.alternatives(cell.text) != nil else {
            findings.add(
                .warning, .importRoleCellText,
                "the \(role.name) column holds \"\(cell.text)\", not a mark; it was read as marking \(id) as an executor",
                hint: "put a mark such as X in the role's column, and write names or remarks in Keterangan",
                place: place, subject: subject, line: cellLines[role.index], column: cell.column)
            return
        }
        findings.add(
            .warning, .importAlternativeRoles,
            "the \(role.name) column holds the alternatives \"\(cell.text)\" (A/B) instead of a mark; it was read as marking \(id), the column's role",
            hint:
                "choose the role that usually does the step: put a mark such as X in its column, and note the other of \"\(cell.text)\" in Keterangan",
            place: place, subject: subject, line: cellLines[role.index], column: cell.column)
    }

    /// An activity holding a single numbered answer ("Memeriksa 1. Ya"): the row reads as a
    /// process step, its text as written, since a decision needs two answers at least.
    func reportSingleAnswer(index: StepIndex, layout: TableLayout, subject: String, findings: inout ImportFindings) {
        let cell = cells[layout.activity]
        guard let answer = DecisionText.singleAnswer(in: cell.text) else { return }
        findings.add(
            .warning, .importSingleAnswer,
            "the activity holds one numbered answer, \"\(answer.label)\", but a decision needs at least two answers, so the row was read as a process step with its text as written",
            hint:
                "if the step decides, write its other answer after this one in Uraian Kegiatan: \"\(cell.text) 2. …\"; if the number belongs to the activity's text, leave it",
            place: .step(index, .activity), subject: subject,
            line: cellLines[layout.activity], column: cell.column + answer.offset)
    }

    /// An activity that starts with a role ("Kepala Bagian menandatangani surat") when no role
    /// it names is marked: the marked column wins, and the text is reported as a hint.
    func reportNamedActor(
        of step: Step, index: StepIndex, layout: TableLayout, roleIDs: [String], mentions: RoleMentions,
        subject: String, findings: inout ImportFindings
    ) {
        let cell = cells[layout.activity]
        guard !step.executors.isEmpty, let named = mentions.subject(of: cell.text),
            !named.roles.contains(where: { step.executors.contains(roleIDs[$0]) })
        else { return }
        let namedIDs = named.roles.map { roleIDs[$0] }.joined(separator: "/")
        let marked = layout.roles.indices.filter { step.executors.contains(roleIDs[$0]) }
            .map { "\(layout.roles[$0].name) (\(roleIDs[$0]))" }.joined(separator: ", ")
        let message: Message =
            step.executors.count == 1
            ? "the activity names \"\(named.text)\" (\(namedIDs)) as who does the step, but the column marked is \(marked); the mark was kept"
            : "the activity names \"\(named.text)\" (\(namedIDs)) as who does the step, but the columns marked are \(marked); the marks were kept"
        let ifMarkIsRight: Message = "if the mark is right, start the activity with its verb, as the standard writes it"
        let hint: Message =
            step.number.map { number in
                "if \"\(named.text)\" does the step, mark that role's column instead (or, once opened, `assign \(number) \(roleIDs[named.roles[0]])`); \(ifMarkIsRight)"
            } ?? "if \"\(named.text)\" does the step, mark that role's column instead; \(ifMarkIsRight)"
        findings.add(
            .warning, .importActorMismatch, message, hint: hint, place: .step(index, .executors), subject: subject,
            line: cellLines[layout.activity], column: cell.column)
    }
}
