import SOPRuntime

/// Walking cases through the procedure: start them, act as a role, do steps and decide.
extension Command {
    static let start = Command(
        name: "start", group: .running,
        summary: "start a case of the open SOP (at the next working morning, or at a given time)",
        synopsis: "[NAME] [at DATE-TIME]",
        details:
            "Starts a case of the open SOP, named NAME (kasus1, kasus2, … by default), at DATE-TIME (2026-03-02T07:30) or else at the next working morning on the calendar. Several cases may run at once; `cases` lists them and `switch` chooses one. The run is journaled as it happens, so `resume` can bring it back after a crash.",
        examples: ["start", "start kasus1 at 2026-03-02T07:30", "start at 2026-03-02T07:30"],
        arity: 0...4,
        completes: [.text]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        var words = invocation.positionals.map(\.text)
        var moment: CivilDateTime?
        if let at = words.firstIndex(of: "at") {
            let text = words[(at + 1)...].joined(separator: " ")
            guard let parsed = CivilDateTime(text) else {
                throw invocation.error(
                    "“\(text)” is not a date and time", hint: "write it as 2026-03-02T07:30", argument: min(at + 1, words.count - 1))
            }
            moment = parsed
            words = Array(words[..<at])
        }
        guard words.count <= 1 else { throw invocation.error("usage: \(invocation.command.usage)", argument: 1) }
        guard !document.hasUnsavedChanges else {
            throw invocation.error(
                "\(document.path) has unsaved changes; a run follows the SOP as saved",
                hint: "save it first (`save`), then start")
        }
        var run: TrainingRun
        if let existing = session.run {
            guard existing.sop == document.sop else {
                throw invocation.error(
                    "the SOP has changed since this run began; its cases follow the earlier version",
                    hint: "open the SOP again to leave this run (`resume` brings it back), then start")
            }
            run = existing
        } else {
            do throws(Refusal) {
                run = try TrainingRun(sop: document.sop, calendar: session.calendar)
            } catch {
                throw invocation.refused(error)
            }
            if let path = Session.defaultJournalPath() {
                // A run that cannot be journaled is not started: its actions would be lost in a crash.
                do {
                    try RunJournal(path: path).begin(
                        .init(sop: absolutePath(document.path), content: document.sop, calendar: session.calendar))
                    session.journalPath = path
                    session.runCommits += 1
                } catch let busy as RunJournal.Busy {
                    throw invocation.error("the case was not started: \(busy)", hint: Session.busyHint)
                } catch {
                    let reason = (error as? AtomicFileError).map { localized("cannot write \($0.path): \($0.reason)") } ?? "\(error)"
                    throw invocation.error(
                        "the case was not started: its run journal could not be begun (\(reason))",
                        hint: "free some disk space and start again; an earlier run's journal is unchanged (`resume`)")
                }
            }
        }
        let started: Case
        do throws(Refusal) {
            started = try run.start(name: words.first, at: moment, now: WallClock.now())
        } catch {
            throw invocation.refused(error, argument: 0)
        }
        try session.commit(run, invocation: invocation)
        session.currentCase = started.name
        // Whole sentences: "first: step 1 (…)" was glued from an untranslated fragment.
        let message: Message =
            run.flow.start.map {
                "Case \(started.name) started \(started.startedAt.shown); first: step \(run.sop.steps[$0].label) (\(run.executorNames(of: $0)))"
            } ?? "Case \(started.name) started \(started.startedAt.shown); first: the end"
        return CommandResult.confirmation(RunValues.caseRecord(started, in: run), message)
    }

    static let act = Command(
        name: "as", group: .running,
        summary: "act as a role (its id, its name, or the beginning of either)",
        synopsis: "ROLE",
        details:
            "Sets the role you act as: `do` and `decide` act for it, `todo` lists what it may do. ROLE is the role's short id, its name (quoted when it has spaces), or an unambiguous beginning of either.",
        examples: ["as kepala", "as \"Tim Pelaksana Fungsi UKPBJ\"", "as sek"],
        arity: 1...1,
        completes: [.role]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let id = try document.roleID(invocation, argument: 0)
        session.role = id
        let name = document.sop.role(id: id)?.name ?? id
        return CommandResult.confirmation(.string(id), "Acting as \(name) (\(id))")
    }

    static let perform = Command(
        name: "do", group: .running,
        summary: "carry out a step as the current role (by default its one ready step)",
        synopsis: "[STEP]",
        details:
            "Carries out STEP of the current case as the role you act as; without STEP, the step the case is at. It takes the step's standard time on the calendar (the upper end of a range) unless --took gives the actual time. Refused, with the reason and what can be done instead, when the role is not the step's executor, the step is not ready, or it is a decision (use `decide`). A joint step needs each of its roles to do its part.",
        examples: ["do", "do 2", "do --took 9h", "do 5 --took \"1 hari\""],
        flags: [.took],
        arity: 0...1,
        completes: [.readyStep]
    ) { invocation, session throws(ShellError) in
        var run = try session.requireRun(invocation)
        let caseName = try session.requireCase(invocation)
        let role = try session.requireRole(invocation)
        var step: StepIndex?
        if !invocation.positionals.isEmpty { step = try session.requireDocument(invocation).stepIndex(invocation, argument: 0) }
        let took = try invocation.duration(flag: .took)
        do throws(Refusal) {
            try run.perform(in: caseName, step: step, as: role, took: took)
        } catch {
            throw invocation.refused(error, argument: step == nil ? nil : 0)
        }
        try session.commit(run, invocation: invocation)
        return RunValues.progress(of: caseName, in: run, by: role)
    }

    static let decide = Command(
        name: "decide", group: .running,
        summary: "answer the current decision as the current role",
        synopsis: "ANSWER",
        details:
            "Answers the decision the current case is at, as the role you act as: ANSWER is the answer's label (quoted when it has spaces), its number (1, 2, …), or the label's beginning. The case goes where that answer leads; a rework answer makes the steps after it produce new versions of their documents.",
        examples: ["decide menyetujui", "decide \"perlu perbaikan\"", "decide 2"],
        flags: [.took],
        arity: 1...1,
        completes: [.currentAnswer]
    ) { invocation, session throws(ShellError) in
        var run = try session.requireRun(invocation)
        let caseName = try session.requireCase(invocation)
        let role = try session.requireRole(invocation)
        let took = try invocation.duration(flag: .took)
        do throws(Refusal) {
            try run.decide(in: caseName, answer: invocation.positionals[0].text, as: role, took: took)
        } catch {
            throw invocation.refused(error, argument: 0)
        }
        try session.commit(run, invocation: invocation)
        return RunValues.progress(of: caseName, in: run, by: role)
    }

    static let wait = Command(
        name: "wait", group: .running,
        summary: "let working time pass in the current case",
        synopsis: "DURATION",
        details:
            "Moves the current case's clock on by DURATION of working time on the calendar, as when a case waits for a signature or a meeting.",
        examples: ["wait 2h", "wait \"1 hari\""],
        arity: 1...Int.max,
        completes: [.text]
    ) { invocation, session throws(ShellError) in
        var run = try session.requireRun(invocation)
        let caseName = try session.requireCase(invocation)
        let text = invocation.positionals.map(\.text).joined(separator: " ")
        let duration: WorkDuration
        do throws(DurationError) {
            duration = try DurationParser.parse(text)
        } catch {
            throw invocation.error("“\(text)” is not a duration: \(error.message)", hint: "for example: wait 2h", argument: 0)
        }
        do throws(Refusal) {
            try run.wait(in: caseName, for: duration)
        } catch {
            throw invocation.refused(error)
        }
        try session.commit(run, invocation: invocation)
        let clock = run.case(named: caseName)!.clock
        return CommandResult.confirmation(.dateTime(clock), "\(caseName): \(clock.shown)")
    }

    static let undo = Command(
        name: "undo", group: .running,
        summary: "take back the last action of the run (again and again)",
        details:
            "Takes back the last action of the run (a start, a step, a decision, a wait), putting every case exactly as it was before it. Repeat to go further back.",
        examples: ["undo"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        var run = try session.requireRun(invocation)
        guard let undone = run.undo() else { throw invocation.error("there is nothing to undo") }
        try session.commit(run, invocation: invocation)
        return CommandResult.confirmation(.string(RunValues.describe(undone, in: run)), "Undone: \(RunValues.describe(undone, in: run))")
    }
}
