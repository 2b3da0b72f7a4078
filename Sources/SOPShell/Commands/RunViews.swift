import SOPRuntime

/// Looking at a run: its cases, what each role may do, documents, status, log, the flow.
extension Command {
    static let cases = Command(
        name: "cases", group: .running,
        summary: "list the cases of the run",
        details: "Lists every case with the step it is at, its clock, and its lead time so far. The current case is marked with *.",
        examples: ["cases", "cases --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let current = try? session.requireCase(invocation)
        let rows: [Record] = run.cases.map { found in
            guard case .record(var record) = RunValues.caseRecord(found, in: run) else { return [:] }
            record["current"] = .string(found.name == current ? "*" : "")
            return record
        }
        return CommandResult(
            .table(
                Table(
                    columns: [
                        .init("current", ""), .init("name", "Case"), .init("step", "Step"),
                        .init("clock", "Clock"), .init("lead_time", "Lead time")
                    ], rows: rows)))
    }

    static let switchCase = Command(
        name: "switch", group: .running,
        summary: "choose the case that do, decide and status act on",
        synopsis: "CASE",
        details: "Makes CASE the current case.",
        examples: ["switch kasus2"],
        arity: 1...1,
        completes: [.text]
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let name = invocation.positionals[0].text
        guard run.case(named: name) != nil else {
            throw invocation.error(
                "there is no case named \(name)", hint: "the cases are: \(run.cases.map(\.name).joined(separator: ", "))", argument: 0)
        }
        session.currentCase = name
        return CommandResult.confirmation(.string(name), "Current case: \(name)")
    }

    static let todo = Command(
        name: "todo", group: .running,
        summary: "what the current role may do now, in every case",
        details: "Lists the steps the role you act as may carry out now, in every case, with what each needs and produces.",
        examples: ["todo", "todo --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let role = try session.requireRole(invocation)
        let rows: [Record] = run.todo(for: role).map { item in
            let step = run.sop.steps[item.step]
            return [
                "case": .string(item.caseName), "step": .string(step.label),
                "kind": .string(step.isDecision ? "decide" : "do"), "activity": .string(step.activity),
                "answers": .strings(step.decision?.answers.map(\.label) ?? [])
            ]
        }
        if rows.isEmpty {
            return CommandResult(.list([]), display: "\(run.roleName(role)) has nothing to do now")
        }
        return CommandResult(
            .table(
                Table(
                    columns: [
                        .init("case", "Case"), .init("step", "Step"), .init("kind", ""),
                        .init("activity", "Uraian Kegiatan", wraps: true), .init("answers", "Answers", wraps: true)
                    ],
                    rows: rows)))
    }

    static let who = Command(
        name: "who", group: .running,
        summary: "which roles have something to do now",
        details: "Lists, for every case still running, the roles that have something to do now.",
        examples: ["who"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let rows: [Record] = run.cases.filter { !$0.isFinished }.map { found in
            let roles = run.waitingRoles(in: found.name)
            return [
                "case": .string(found.name), "step": .string(run.sop.steps[found.position!].label),
                "roles": .strings(roles), "names": .string(roles.map(run.roleName).joined(separator: ", "))
            ]
        }
        return CommandResult(
            .table(
                Table(
                    columns: [.init("case", "Case"), .init("step", "Step"), .init("names", "Pelaksana", wraps: true)],
                    rows: rows)))
    }

    static let docs = Command(
        name: "docs", group: .running,
        summary: "the documents of the current case, with their versions",
        details:
            "Lists the documents the current case has produced: each step's Output, the version (a step redone after rework makes a new one), who made it and when.",
        examples: ["docs", "docs --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let (run, found) = try session.requireCurrentCase(invocation)
        let rows: [Record] = found.documents.map { document in
            [
                "document": .string(document.name), "version": .number(Double(document.version)),
                "step": .string(run.sop.steps[document.step].label), "by": .strings(document.roles), "at": .dateTime(document.at)
            ]
        }
        return CommandResult(
            .table(
                Table(
                    columns: [
                        .init("document", "Document", wraps: true), .init("version", "Version"),
                        .init("step", "Step"), .init("by", "By"), .init("at", "At")
                    ], rows: rows)))
    }

    static let status = Command(
        name: "status", group: .running,
        summary: "where the current case stands",
        details:
            "Shows the current case: the step it is at and who must act, its clock, its lead time against the sum of the standard times of the steps it went through, and its deviations.",
        examples: ["status", "status --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let (run, found) = try session.requireCurrentCase(invocation)
        return CommandResult(RunValues.caseRecord(found, in: run))
    }

    static let log = Command(
        name: "log", group: .running,
        summary: "every step of the current case: who, when, how long, which answer",
        details:
            "Lists every step the current case went through (with --all, every case's): who did it, when it began and ended on the calendar, how long it took against its Mutu Baku, the answer given, and whether it deviated from the standard.",
        examples: ["log", "log --all", "log --json"],
        flags: [.all],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let chosen = invocation.has(.all) ? run.cases : [try session.requireCurrentCase(invocation).1]
        // Every case undone: the same answer as `log` gives for the current case.
        guard let first = chosen.first else {
            throw invocation.error("no case has been started", hint: "start one: start, or start kasus1 at 2026-03-02T07:30")
        }
        var table = RunValues.log(of: first, in: run)
        table.rows = chosen.flatMap { RunValues.log(of: $0, in: run).rows }
        if invocation.has(.all) { table.columns.insert(.init("case", "Case"), at: 0) }
        return CommandResult(.table(table))
    }

    static let clock = Command(
        name: "clock", group: .running,
        summary: "the current case's time on the calendar",
        details: "Shows the current case's clock: when its last action ended.",
        examples: ["clock"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let (run, found) = try session.requireCurrentCase(invocation)
        return CommandResult(.dateTime(found.clock), text: found.clock.shown)
    }
}
