extension PDFSteps {
    /// The steps, in table order, with the findings about what the drawing left unclear.
    mutating func build() -> [Step] {
        let mentions = RoleMentions(names: roles.map(\.name), ids: roles.map(\.id))
        var steps: [Step] = []
        for (offset, row) in rows.enumerated() {
            let index = StepIndex(offset: offset)
            var step = Step(number: row.number)
            step.activity = cell(.activity, of: row)
            step.requirements = cell(.requirements, of: row)
            step.time = StandardTime(cell(.time, of: row))
            step.output = cell(.output, of: row)
            step.notes = cell(.notes, of: row)
            let location = SourceLocation(file: file, page: row.page)
            sourceMap.record(.step(index, nil), at: location)
            let subject = row.number.map { localized("step \($0)") } ?? localized("the unnumbered step on page \(row.page)")
            if row.number == nil {
                findings.add(
                    .warning, .importBadNumber, "the No cell is not a step number",
                    hint: "write the step's number in the YAML's `nomor`", place: .step(index, .number),
                    subject: subject, at: location)
            }

            let own = nodes.indices.filter { nodes[$0].step == offset && nodes[$0].shape != .connector }
            let columns = Set(own.compactMap { nodes[$0].role }).sorted()
            step.executors = columns.map { roles[$0].id }
            reportStraddling(own, index: index, subject: subject, location: location)
            if step.executors.isEmpty {
                findings.add(
                    .error, .importNoSymbol, "no symbol in any Pelaksana column",
                    hint: "add the step's executors (`pelaksana`) to the saved YAML", place: .step(index, .executors),
                    subject: subject, at: location)
            } else if let named = mentions.subject(of: step.activity), Set(named.roles) != Set(columns),
                named.roles.count == 1
            {
                findings.add(
                    .warning, .importActorMismatch,
                    "the activity names \(roles[named.roles[0]].name) but the symbol stands in \(columns.map { roles[$0].name }.joined(separator: ", ")); the drawing is followed",
                    hint: "check the document; change `pelaksana` in the saved YAML if the text is right",
                    place: .step(index, .executors), subject: subject, at: location)
            }

            // Arrows between a step's own symbols are the step's inside, except an answer that
            // leads back into the step (a rework loop drawn within one row).
            let leaving = edges.filter { edge in
                guard own.contains(edge.from), let target = nodes[edge.to].step else { return false }
                return target != offset || (nodes[edge.from].shape == .decision && nodes[edge.to].shape != .decision)
            }
            if own.contains(where: { nodes[$0].shape == .decision }) {
                step.decision = decision(from: leaving, index: index, subject: subject, location: location)
            } else {
                step.next = next(from: leaving, index: index, subject: subject, location: location)
            }
            let endsHere = offset > 0 && own.contains { nodes[$0].shape == .terminator }
            if leaving.isEmpty, endsHere, offset < rows.count - 1, !step.isDecision {
                // A capsule that no arrow leaves, above the last row: one path ends here.
                step.next = .end
            } else if leaving.isEmpty, !own.isEmpty, offset < rows.count - 1, !endsHere {
                findings.add(
                    .warning, .importNoArrow, "no arrow leaves the step's symbol; the step below is taken to come next",
                    hint: "check the flow in the saved YAML (`lanjut_ke`)", place: .step(index, .next),
                    subject: subject, at: location)
            }
            steps.append(step)
        }
        return steps
    }

    /// A symbol drawn across a column border counts for the column holding its centre; the
    /// importer says so, since a person may read it the other way.
    private mutating func reportStraddling(_ own: [Int], index: StepIndex, subject: String, location: SourceLocation) {
        for node in own.map({ nodes[$0] }) {
            guard let role = node.role else { continue }
            let columns = table.columns(on: node.page).filter { if case .role = $0.kind { true } else { false } }
            let column = columns[role]
            let outside = max(column.x0 - node.box.x0, node.box.x1 - column.x1)
            guard outside > node.box.width / 4 else { continue }
            let other = node.box.center.x < (column.x0 + column.x1) / 2 ? role - 1 : role + 1
            guard roles.indices.contains(other) else { continue }
            findings.add(
                .warning, .importStraddlingSymbol,
                "a symbol stands across the border of \(roles[role].name) and \(roles[other].name); it was counted for \(roles[role].name), where its centre is",
                hint: "check the document; change `pelaksana` in the saved YAML if it is \(roles[other].name)'s",
                place: .step(index, .executors), subject: subject, at: location)
        }
    }

    private func cell(_ kind: PDFTable.ColumnKind, of row: StepRow) -> String {
        table.columns.firstIndex { $0.kind == kind }.map { row.cells[$0] } ?? ""
    }

    private func target(_ node: Int) -> Target? {
        nodes[node].step.flatMap { rows[$0].number }.map(Target.step)
    }

    private mutating func next(from leaving: [Edge], index: StepIndex, subject: String, location: SourceLocation) -> Target? {
        var targets: [Int] = []
        for edge in leaving where nodes[edge.to].step != index.offset && !targets.contains(nodes[edge.to].step!) {
            targets.append(nodes[edge.to].step!)
        }
        targets.sort()
        guard let first = targets.first else { return nil }
        if targets.count > 1 {
            let names = targets.compactMap { rows[$0].number?.description }.joined(separator: ", ")
            findings.add(
                .warning, .importFork,
                "arrows lead from this step to steps \(names); sopsh follows one path, to step \(rows[first].number?.description ?? "?")",
                hint: "make the step a decision in the saved YAML if each path is taken in some cases",
                place: .step(index, .next), subject: subject, at: location)
        }
        return first == index.offset + 1 && rows[first].number != nil ? nil : rows[first].number.map(Target.step)
    }

    private mutating func decision(from leaving: [Edge], index: StepIndex, subject: String, location: SourceLocation) -> Decision {
        let ordered = leaving.filter { nodes[$0.from].shape == .decision }.sorted { a, b in
            let pa = a.labelPosition ?? nodes[a.to].box.center
            let pb = b.labelPosition ?? nodes[b.to].box.center
            return pa.y != pb.y ? pa.y < pb.y : pa.x < pb.x
        }
        // With two diamonds on one row, an answer is named with its question: "Tidak (R/T)".
        let diamonds = Set(ordered.map(\.from))
        var answers: [Answer] = []
        for edge in ordered {
            let question = nodes[edge.from].text
            var label = edge.label ?? "?"
            if diamonds.count > 1, edge.label != nil, !question.isEmpty { label += " (\(question))" }
            let target = target(edge.to)
            // A split arrow (one label, two heads) or a merge gives the same answer twice.
            if answers.contains(where: { $0.target == target && ($0.label == label || edge.label == nil) }) { continue }
            if edge.label == nil {
                findings.add(
                    .error, .importUnlabelledAnswer,
                    target.map { "an arrow leaves the diamond without a label, to step \($0)" }
                        ?? "an arrow leaves the diamond without a label",
                    hint: "name the answer (`jawaban`) in the saved YAML", place: .step(index, .decision),
                    subject: subject, at: location)
            } else if answers.contains(where: { $0.label.lowercased() == label.lowercased() }) {
                findings.add(
                    .warning, .importRepeatedAnswer,
                    "two arrows from the step's diamonds say \"\(label)\"; both are kept, the second as \"\(label) (2)\"",
                    hint: "rename one answer in the saved YAML", place: .step(index, .decision),
                    subject: subject, at: location)
                answers.append(Answer(label: label + " (2)", target: target))
                continue
            }
            answers.append(Answer(label: label, target: target))
        }
        if answers.isEmpty {
            findings.add(
                .error, .importNoAnswers, "the diamond has no arrows to other steps",
                hint: "write the decision's answers and where each leads in the saved YAML",
                place: .step(index, .decision), subject: subject, at: location)
        }
        return Decision(answers: answers)
    }
}
