/// What each event does to the run, and the checks an action must pass first.
extension TrainingRun {
    mutating func apply(_ event: RunEvent) throws(Refusal) {
        switch event {
        case .started(let name, let at):
            if let problem = Self.problem(withCaseName: name) { throw Refusal(problem) }
            guard !cases.contains(where: { $0.name == name }) else { throw Refusal("a case named \(name) was started already") }
            cases.append(Case(name: name, startedAt: at, position: flow.start))
        case .performed(let name, let step, let role, let took):
            // Replayed events pass the same checks as live actions: a journal made on another
            // version of the SOP, or edited by hand, is refused rather than replayed wrongly.
            guard sop.steps.indices.contains(step.offset) else { throw Self.missing(step) }
            guard !sop.steps[step].isDecision else {
                throw Refusal("step \(sop.steps[step].label) of the run is a decision in this SOP, not a process step")
            }
            _ = try readyStep(in: name, requested: step, for: role)
            try update(name) { (run: TrainingRun, found: inout Case) throws(Refusal) in
                try run.carryOut(step, by: role, took: took, answer: nil, in: &found)
            }
        case .decided(let name, let step, let role, let answer, let took):
            guard sop.steps.indices.contains(step.offset) else { throw Self.missing(step) }
            guard let decision = sop.steps[step].decision else {
                throw Refusal("the run answers step \(sop.steps[step].label) as a decision, but in this SOP it is a process step")
            }
            guard decision.answers.indices.contains(answer) else {
                throw Refusal(
                    "the run gives answer \(answer + 1) at step \(sop.steps[step].label), which has \(decision.answers.count) answers")
            }
            _ = try readyStep(in: name, requested: step, for: role)
            try update(name) { (run: TrainingRun, found: inout Case) throws(Refusal) in
                try run.carryOut(step, by: role, took: took, answer: answer, in: &found)
            }
        case .waited(let name, let duration):
            try update(name) { (run: TrainingRun, found: inout Case) throws(Refusal) in
                found.clock = run.calendar.adding(duration, to: found.clock)
            }
        case .calendarChanged(let newCalendar):
            calendar = newCalendar
        case .undone:
            break
        }
    }

    /// A journal's step beyond this SOP's table: there is no step to name, only the row.
    private static func missing(_ step: StepIndex) -> Refusal {
        Refusal("the run names a step this SOP does not have (row \(step.row))")
    }

    private mutating func update(_ name: String, _ change: (TrainingRun, inout Case) throws(Refusal) -> Void) throws(Refusal) {
        guard let index = cases.firstIndex(where: { $0.name == name }) else {
            throw Refusal("there is no case named \(name)", alternatives: cases.map(\.name))
        }
        var found = cases[index]
        try change(self, &found)
        cases[index] = found
    }

    /// The step at which `role` may act now in the case, after every check: the case exists
    /// and runs, the step asked for is the one the case is at, the role is its executor (and
    /// has not done its part of a joint step yet), and its requirements are in hand.
    func readyStep(in caseName: String, requested: StepIndex?, for role: String) throws(Refusal) -> StepIndex {
        guard let found = self.case(named: caseName) else {
            throw Refusal("there is no case named \(caseName)", alternatives: cases.map(\.name))
        }
        guard let position = found.position else {
            throw Refusal("case \(caseName) has reached the end of the procedure", alternatives: [localized("start a new case")])
        }
        let step = sop.steps[position]
        if let requested, requested != position {
            throw Refusal(
                "step \(sop.steps[requested].label) is not ready: case \(caseName) is at step \(step.label)",
                alternatives: [localized("step \(step.label) (\(executorNames(of: position)))")])
        }
        guard step.executors.contains(role) else {
            let who = executorNames(of: position)
            throw Refusal(
                "\(roleName(role)) does not carry out step \(step.label): \(who) does", alternatives: step.executors.map { "as \($0)" })
        }
        if found.jointParticipants.contains(role) {
            let waiting = step.executors.filter { !found.jointParticipants.contains($0) }
            throw Refusal(
                "\(roleName(role)) has already done its part of the joint step \(step.label); it waits for \(waiting.map(roleName).joined(separator: ", "))",
                alternatives: waiting)
        }
        if let missing = missingRequirement(position, in: found) {
            throw missingRequirementRefusal(missing, at: position, in: caseName)
        }
        return position
    }

    /// A requirement a case should hold and does not: the document, and the earlier steps
    /// that produce it.
    struct MissingRequirement {
        var document: String
        var producers: [StepIndex]
    }

    /// The requirement of a step that the case does not hold although it should, if any. A
    /// requirement must be in hand when an earlier step of the table produces it (a lower
    /// number: the standard lists the work in its order), since the case may have skipped that
    /// step (a decision's answer that jumps over it). A document that only later steps produce
    /// (one that a rework loop brings back) or that no step produces (brought from outside the
    /// procedure, as the first step's application form) is taken as given.
    func missingRequirement(_ step: StepIndex, in found: Case) -> MissingRequirement? {
        let needed = requirementNames[step]
        guard !needed.isEmpty, !found.documents.contains(where: { DocumentName($0.name).matches(needed) }) else { return nil }
        let producers = sop.stepIndices.filter { $0 != step && isEarlier($0, than: step) && outputNames[$0].matches(needed) }
        return producers.isEmpty ? nil : MissingRequirement(document: sop.steps[step].requirements, producers: producers)
    }

    /// Whether step `first` comes before step `second` in the table: by number, else by row.
    func isEarlier(_ first: StepIndex, than second: StepIndex) -> Bool {
        if let a = sop.steps[first].number, let b = sop.steps[second].number, a != b { return a < b }
        return first < second
    }

    /// Why a step is not ready when a requirement is missing: the document and the steps that
    /// produce it, which this case did not go through.
    func missingRequirementRefusal(_ missing: MissingRequirement, at step: StepIndex, in caseName: String) -> Refusal {
        let labels = missing.producers.map { sop.steps[$0].label }
        let producing: Message =
            labels.count == 1
            ? "step \(labels[0]) produces"
            : "steps \(labels.dropLast().joined(separator: ", ")) and \(labels.last!) produce"
        return Refusal(
            "step \(sop.steps[step].label) is not ready: it needs “\(missing.document)”, which \(producing), and case \(caseName) does not hold it",
            alternatives: [localized("undo, then take a path through step \(labels[0])")])
    }

    /// Records `role`'s part of the step; when every executor has taken part, the step is done:
    /// its time passes on the calendar, its output becomes a document, and the case moves on.
    func carryOut(_ index: StepIndex, by role: String, took: WorkDuration?, answer: Int?, in found: inout Case) throws(Refusal) {
        let step = sop.steps[index]
        let standard = step.time.upperBound
        guard let duration = took ?? standard else {
            throw Refusal(
                "step \(step.label) has no standard time (\(step.time.text.isEmpty ? Message("blank") : Message(verbatim: step.time.text))): say how long it took",
                alternatives: ["--took 1h"])
        }
        if found.jointStartedAt == nil { found.jointStartedAt = found.clock }
        found.jointParticipants.append(role)
        guard step.executors.allSatisfy(found.jointParticipants.contains) else { return }
        let start = calendar.nextWorkingMoment(atOrAfter: found.jointStartedAt!)
        let end = calendar.adding(duration, to: found.jointStartedAt!)
        let hoursPerDay = calendar.hoursPerDay
        let overran =
            standard.map { duration.totalMinutes(hoursPerDay: hoursPerDay) > $0.totalMinutes(hoursPerDay: hoursPerDay) + 1e-9 } ?? false
        found.steps.append(
            CompletedStep(
                step: index, roles: found.jointParticipants, start: start, end: end, took: duration,
                standard: standard, answer: answer, overran: overran))
        if !step.output.isEmpty {
            let version = found.documents.filter { $0.name == step.output }.count + 1
            found.documents.append(Document(name: step.output, version: version, step: index, roles: found.jointParticipants, at: end))
        }
        found.clock = end
        found.jointParticipants = []
        found.jointStartedAt = nil
        switch flow.destination(from: index, answer: answer) {
        case .step(let next): found.position = next
        case .end, .none, .unresolved:
            found.position = nil
            found.finishedAt = end
            // Measured now, on the calendar in force as it ends (see `leadMinutes(of:)`).
            found.finalLeadMinutes = calendar.workingMinutes(from: found.startedAt, to: end)
            found.finalStandardMinutes = standardTotal(of: found).totalMinutes(hoursPerDay: hoursPerDay)
        }
    }

    public func roleName(_ id: String) -> String { sop.role(id: id)?.name ?? id }

    public func executorNames(of index: StepIndex) -> String {
        sop.steps[index].executors.map(roleName).joined(separator: localized(" and "))
    }
}
