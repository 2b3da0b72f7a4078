/// What each event does to the run, and the checks an action must pass first.
extension TrainingRun {
    mutating func apply(_ event: RunEvent) throws(Refusal) {
        switch event {
        case .started(let name, let at):
            cases.append(Case(name: name, startedAt: at, position: flow.start))
        case .performed(let name, let step, let role, let took):
            // Replayed events pass the same checks as live actions: a journal made on another
            // version of the SOP, or edited by hand, is refused rather than replayed wrongly.
            guard step < sop.steps.count, !sop.steps[step].isDecision else { throw Refusal("step \(step + 1) of the run is not a process step of this SOP") }
            _ = try readyStep(in: name, requested: step, for: role)
            try update(name) { (run: TrainingRun, found: inout Case) throws(Refusal) in
                try run.carryOut(step, by: role, took: took, answer: nil, in: &found)
            }
        case .decided(let name, let step, let role, let answer, let took):
            guard step < sop.steps.count, let decision = sop.steps[step].decision, decision.answers.indices.contains(answer) else {
                throw Refusal("the run answers a decision this SOP does not have at that step")
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
    func readyStep(in caseName: String, requested: Int?, for role: String) throws(Refusal) -> Int {
        guard let found = self.case(named: caseName) else {
            throw Refusal("there is no case named \(caseName)", alternatives: cases.map(\.name))
        }
        guard let position = found.position else {
            throw Refusal("case \(caseName) has reached the end of the procedure", alternatives: ["start a new case"])
        }
        let step = sop.steps[position]
        if let requested, requested != position {
            throw Refusal("step \(sop.steps[requested].label) is not ready: case \(caseName) is at step \(step.label)",
                          alternatives: ["step \(step.label) (\(executorNames(of: position)))"])
        }
        guard step.executors.contains(role) else {
            let who = executorNames(of: position)
            throw Refusal("\(roleName(role)) does not carry out step \(step.label): \(who) does", alternatives: step.executors.map { "as \($0)" })
        }
        if found.jointParticipants.contains(role) {
            let waiting = step.executors.filter { !found.jointParticipants.contains($0) }
            throw Refusal("\(roleName(role)) has already done its part of the joint step \(step.label); it waits for \(waiting.map(roleName).joined(separator: ", "))",
                          alternatives: waiting)
        }
        if let missing = missingRequirement(position, in: found) {
            throw Refusal("step \(step.label) is not ready: it needs “\(missing)”, which no step of case \(caseName) has produced yet")
        }
        return position
    }

    /// The requirement of a step that the case does not have in hand, if any. A step's
    /// requirement must be in hand only when every path from the start to the step passes a
    /// step that produces it; otherwise (the first step's application form, say) it comes
    /// from outside the procedure and is taken as given.
    func missingRequirement(_ step: Int, in found: Case) -> String? {
        guard producedOnEveryPath[step] else { return nil }
        let needed = DocumentName(sop.steps[step].requirements)
        return found.documents.contains { DocumentName($0.name).matches(needed) } ? nil : sop.steps[step].requirements
    }

    /// For each step, whether its requirement is produced on every path that reaches it.
    /// Finding out costs the square of the steps: in an SOP longer than `Checker`'s
    /// `handOffTraceLimit` every requirement is taken as given, as the first step's is.
    static func requirementsProducedOnEveryPath(_ sop: SOP, _ flow: FlowGraph) -> [Bool] {
        guard sop.steps.count <= Checker.handOffTraceLimit else { return Array(repeating: false, count: sop.steps.count) }
        let outputs = sop.steps.map { DocumentName($0.output) }
        return sop.steps.indices.map { target in
            let needed = DocumentName(sop.steps[target].requirements)
            guard !needed.isEmpty, let start = flow.start else { return false }
            let producers = Set(sop.steps.indices.filter { $0 != target && outputs[$0].matches(needed) })
            guard !producers.isEmpty else { return false }
            if producers.contains(start) { return true }
            // Can the target be reached from the start without passing a producer?
            var seen: Set<Int> = [start]
            var stack = [start]
            while let step = stack.popLast() {
                if step == target { return false }
                for case .step(let next) in flow.edges[step].map(\.to) where !producers.contains(next) && seen.insert(next).inserted {
                    stack.append(next)
                }
            }
            return true
        }
    }

    /// Records `role`'s part of the step; when every executor has taken part, the step is done:
    /// its time passes on the calendar, its output becomes a document, and the case moves on.
    func carryOut(_ index: Int, by role: String, took: WorkDuration?, answer: Int?, in found: inout Case) throws(Refusal) {
        let step = sop.steps[index]
        let standard = step.time.upperBound
        guard let duration = took ?? standard else {
            throw Refusal("step \(step.label) has no standard time (\(step.time.text.isEmpty ? "blank" : step.time.text)): say how long it took",
                          alternatives: ["--took 1h"])
        }
        if found.jointStartedAt == nil { found.jointStartedAt = found.clock }
        found.jointParticipants.append(role)
        guard step.executors.allSatisfy(found.jointParticipants.contains) else { return }
        let start = calendar.nextWorkingMoment(atOrAfter: found.jointStartedAt!)
        let end = calendar.adding(duration, to: found.jointStartedAt!)
        let hoursPerDay = calendar.hoursPerDay
        let overran = standard.map { duration.totalMinutes(hoursPerDay: hoursPerDay) > $0.totalMinutes(hoursPerDay: hoursPerDay) + 1e-9 } ?? false
        found.steps.append(CompletedStep(step: index, roles: found.jointParticipants, start: start, end: end, took: duration,
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
        }
    }

    public func roleName(_ id: String) -> String { sop.role(id: id)?.name ?? id }

    public func executorNames(of index: Int) -> String {
        sop.steps[index].executors.map(roleName).joined(separator: " and ")
    }
}
