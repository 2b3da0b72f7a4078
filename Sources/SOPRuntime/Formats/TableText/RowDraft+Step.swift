extension RowDraft {
    /// The step this row describes, its cells recorded in `sourceMap` under step `index`.
    /// `roleIDs` are the ids of `layout.roles`, in the same order; `mentions` how they are
    /// written in the text.
    func step(
        index: StepIndex, layout: TableLayout, roleIDs: [String], mentions: RoleMentions,
        sourceMap: inout SourceMap, findings: inout ImportFindings
    ) -> Step {
        let numberCell = cells[layout.number]
        var step = Step(number: StepNumber(numberCell.text))
        let subject = step.number.map { localized("step \($0)") } ?? localized("the unnumbered step at row \(index.row)")
        func record(_ field: StepField, _ column: Int) {
            sourceMap.record(.step(index, field), line: cellLines[column], column: cells[column].column)
        }
        sourceMap.record(.step(index, nil), line: line, column: 1)
        record(.number, layout.number)
        record(.activity, layout.activity)

        var activity = cells[layout.activity].text
        if step.number == nil, !numberCell.isEmpty {
            activity = activity.isEmpty ? numberCell.text : numberCell.text + " " + activity
            findings.add(
                .warning, .importBadNumber,
                "the No cell \"\(numberCell.text)\" is not a step number, so the row is an unnumbered step and the text was put before its activity",
                hint: "write a number such as 3 or 3.1 in the No column, or move the text into Uraian Kegiatan",
                place: .step(index, .number), subject: subject, line: line, column: numberCell.column)
        }
        step.activity = activity
        if let decision = DecisionText(activity) {
            step.activity = decision.activity
            step.decision = Decision(answers: decision.answers.map { Answer(label: $0.label) })
            let activityCell = cells[layout.activity]
            let cellLine = cellLines[layout.activity]
            sourceMap.record(.step(index, .decision), line: cellLine, column: activityCell.column + decision.offset)
            for (number, answer) in decision.answers.enumerated() {
                sourceMap.record(.answer(step: index, answer: number), line: cellLine, column: activityCell.column + answer.offset)
            }
            if decision.activity.isEmpty {
                let answers = decision.answers.enumerated().map { "\($0 + 1). \($1.label)" }.joined(separator: " ")
                findings.add(
                    .note, .importDecisionWithoutActivity,
                    "the activity holds only the decision's answers: the question it decides was lost",
                    hint: "write what is decided before the answers in Uraian Kegiatan: \"Memeriksa … \(answers)\"",
                    place: .step(index, .activity), subject: subject, line: cellLine, column: activityCell.column)
            }
        } else {
            reportSingleAnswer(index: index, layout: layout, subject: subject, findings: &findings)
        }

        for (role, id) in zip(layout.roles, roleIDs) where !cells[role.index].isEmpty {
            let cell = cells[role.index]
            if step.executors.isEmpty { record(.executors, role.index) }
            step.executors.append(id)
            reportRoleCellText(role, id: id, index: index, subject: subject, findings: &findings)
        }
        if step.executors.isEmpty, let first = layout.roles.first { record(.executors, first.index) }
        reportNamedActor(
            of: step, index: index, layout: layout, roleIDs: roleIDs, mentions: mentions,
            subject: subject, findings: &findings)

        if let column = layout.requirements {
            step.requirements = cells[column].text
            record(.requirements, column)
        }
        if let column = layout.time {
            step.time = StandardTime(cells[column].text)
            record(.time, column)
        }
        if let column = layout.output {
            step.output = cells[column].text
            record(.output, column)
        }
        if let column = layout.notes {
            step.notes = cells[column].text
            record(.notes, column)
        }
        return step
    }
}
