import SOPRuntime

/// Runs and cases as values and as the sentences a trainer reads out.
enum RunValues {
    static func caseRecord(_ found: Case, in run: TrainingRun) -> Value {
        var record: Record = [
            "name": .string(found.name),
            "started": .dateTime(found.startedAt),
            "clock": .dateTime(found.clock),
            "step": found.position.map { .string(run.sop.steps[$0].label) } ?? .null,
            "waiting_for": .strings(
                found.position.map { run.sop.steps[$0].executors.filter { !found.jointParticipants.contains($0) } } ?? []),
            "finished": found.finishedAt.map(Value.dateTime) ?? .null,
            "lead_time": .duration(.minutes(run.leadMinutes(of: found))),
            "standard_time": .duration(.minutes(run.standardMinutes(of: found))),
            "steps_done": .number(Double(found.steps.count)),
            "overruns": .number(Double(found.steps.filter(\.overran).count))
        ]
        record["exceeds_standard"] = .bool(run.exceededStandard(found))
        return .record(record)
    }

    /// After `do` or `decide`: what was done, when, and what comes next.
    static func progress(of caseName: String, in run: TrainingRun, by role: String) -> CommandResult {
        let found = run.case(named: caseName)!
        var lines: [String] = []
        if !found.jointParticipants.isEmpty, let position = found.position {
            let waiting = run.waitingRoles(in: caseName).map(run.roleName).joined(separator: ", ")
            lines.append(
                localized(
                    "\(caseName): \(run.roleName(role)) did its part of the joint step \(run.sop.steps[position].label); waiting for \(waiting)"
                ))
            return CommandResult.confirmation(caseRecord(found, in: run), text: lines.joined(separator: "\n"))
        }
        if let done = found.steps.last {
            lines.append("\(caseName): \(sentence(for: done, in: run))")
            if done.overran, let standard = done.standard {
                lines.append(
                    localized(
                        "  ⚠ took \(done.took.formatted(.indonesian)), longer than its Mutu Baku of \(standard.formatted(.indonesian)): a deviation from the standard"
                    ))
            }
        }
        if let position = found.position {
            lines.append(localized("  next: step \(run.sop.steps[position].label) — \(run.executorNames(of: position))"))
        } else {
            let lead = WorkDuration.minutes(run.leadMinutes(of: found))
            let standard = WorkDuration.minutes(run.standardMinutes(of: found))
            lines.append(
                localized(
                    "  the case is finished: lead time \(lead.formatted(.indonesian)) of working time, standard \(standard.formatted(.indonesian))"
                ))
            if run.exceededStandard(found) {
                lines.append(localized("  ⚠ the lead time exceeds the sum of the standard times on its path"))
            }
        }
        return CommandResult.confirmation(caseRecord(found, in: run), text: lines.joined(separator: "\n"))
    }

    /// "step 2 done by Tim Pelaksana Fungsi UKPBJ, Sen 2 Mar 2026 08:30 → Sel 3 Mar 2026 09:00 (8 jam)".
    static func sentence(for done: CompletedStep, in run: TrainingRun) -> String {
        let step = run.sop.steps[done.step]
        let who = done.roles.map(run.roleName).joined(separator: localized(" and "))
        let when = "\(done.start.shown) → \(done.end.shown) (\(done.took.formatted(.indonesian)))"
        guard let answer = done.answer else { return localized("step \(step.label) done by \(who), \(when)") }
        return localized("step \(step.label) decided “\(step.decision!.answers[answer].label)” by \(who), \(when)")
    }

    static func describe(_ event: RunEvent, in run: TrainingRun) -> String {
        localized(description(of: event, in: run))
    }

    private static func description(of event: RunEvent, in run: TrainingRun) -> Message {
        switch event {
        case .started(let name, let at): "the start of case \(name) at \(at.shown)"
        case .performed(let name, let step, let role, _): "\(run.roleName(role)) doing step \(run.sop.steps[step].label) in \(name)"
        case .decided(let name, let step, let role, let answer, _):
            "\(run.roleName(role)) answering “\(run.sop.steps[step].decision?.answers[answer].label ?? "?")” at step \(run.sop.steps[step].label) in \(name)"
        case .waited(let name, let duration): "waiting \(duration.formatted(.indonesian)) in \(name)"
        case .calendarChanged: "the change of calendar"
        case .undone: "an undo"
        }
    }

    /// The log of a case: every completed step as a record.
    static func log(of found: Case, in run: TrainingRun) -> Table {
        let rows: [Record] = found.steps.map { done in
            let step = run.sop.steps[done.step]
            return [
                "case": .string(found.name),
                "step": .string(step.label),
                "who": .strings(done.roles),
                "start": .dateTime(done.start),
                "end": .dateTime(done.end),
                "took": .string(done.took.formatted(.indonesian)),
                "standard": .string(done.standard?.formatted(.indonesian) ?? "—"),
                "answer": done.answer.map { .string(step.decision!.answers[$0].label) } ?? .null,
                "deviation": .bool(done.overran)
            ]
        }
        return Table(
            columns: [
                .init("step", "Step"), .init("who", "Pelaksana"), .init("start", "Start"), .init("end", "End"),
                .init("took", "Took"), .init("standard", "Mutu Baku"), .init("answer", "Answer", wraps: true),
                .init("deviation", "Deviation")
            ],
            rows: rows)
    }
}
