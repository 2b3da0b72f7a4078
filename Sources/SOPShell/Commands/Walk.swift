import SOPRuntime

/// The trainer's demonstration of one case, played to its end through a `Room`: each step
/// introduced, done as its roles would do it with `do` and `decide`, journaled at once, and
/// told. What the room sees and when it is asked is decided here; how is the room's.
struct Walk {
    /// The `walk` statement: where its errors point, and what its journal writes are for.
    let invocation: Invocation
    var run: TrainingRun
    let caseName: String
    /// The time a step without a standard time takes (`--as-needed`).
    let asNeeded: WorkDuration?

    /// Plays the case from where it stands. A refusal, a step with no time, or the room
    /// stopping the walk ends it early; the steps walked stay done (each was journaled).
    mutating func play(in room: inout some Room, session: inout Session) throws(ShellError) -> CommandResult {
        while let position = run.case(named: caseName)?.position {
            if interruptRequested.exchange(false, ordering: .relaxed) {
                room.say(stopped(at: position, "Ctrl-C"))
                throw ShellError.interrupted(at: invocation.statement.location)
            }
            let step = run.sop.steps[position]
            room.say(Message(verbatim: Self.introduce(position, in: run)))
            var answer: String?
            if step.isDecision {
                switch room.answer(step) {
                case .chosen(let given): answer = given
                case .scripted(let given):
                    answer = given
                    room.say("  answer: \(given)")
                case .stopped(let stop): return try end(by: stop, at: position, in: &room)
                case .noneLeft: return noAnswerLeft(at: step, in: &room)
                }
            }
            try perform(step, at: position, answer: answer, in: &room, session: &session)
            if let done = run.case(named: caseName)?.steps.last {
                room.say(Message(verbatim: "  " + RunValues.sentence(for: done, in: run)))
            }
            if let next = run.case(named: caseName)?.position, let stop = room.pause() {
                return try end(by: stop, at: next, in: &room)
            }
        }
        // The walk's last lines belong with its narration, on stdout, not with confirmations.
        var summary = RunValues.progress(of: caseName, in: run, by: run.case(named: caseName)?.steps.last?.roles.first ?? "")
        summary.confirms = false
        return summary
    }

    /// Who does step `index`, and what it takes, makes and lasts: what the room hears before it.
    static func introduce(_ index: StepIndex, in run: TrainingRun) -> String {
        let step = run.sop.steps[index]
        var lines = [localized("▶ Step \(step.label) — \(run.executorNames(of: index))")]
        if !step.activity.isEmpty { lines.append(localized("  \(step.activity)")) }
        if !step.requirements.isEmpty { lines.append(localized("  needs: \(step.requirements)")) }
        if !step.output.isEmpty { lines.append(localized("  produces: \(step.output)")) }
        if !step.time.text.isEmpty { lines.append(localized("  time: \(step.time.text)")) }
        return lines.joined(separator: "\n")
    }

    /// Each action is journaled as it is done, like `do` and `decide`: a joint step's part by
    /// part. A refused one (or one the journal cannot take) stops the walk there.
    private mutating func perform(
        _ step: Step, at position: StepIndex, answer: String?,
        in room: inout some Room, session: inout Session
    ) throws(ShellError) {
        let took = step.time.upperBound == nil ? asNeeded : nil
        if step.time.upperBound == nil, took == nil {
            room.say(stopped(at: position, "no standard time"))
            throw invocation.error(
                "step \(step.label) has no standard time (“\(step.time.text)”), so the walk cannot say how long it took",
                hint: "walk --as-needed 2h gives such steps a time; or `do --took 2h`, then `walk`")
        }
        for role in answer == nil ? step.executors : [step.executors[0]] {
            do throws(Refusal) {
                if let answer {
                    try run.decide(in: caseName, answer: answer, as: role, took: took)
                } else {
                    try run.perform(in: caseName, as: role, took: took)
                }
            } catch {
                room.say(stopped(at: position, "refused"))
                throw invocation.refused(error)
            }
            try session.commit(run, invocation: invocation)
        }
    }

    /// The room stopped the walk at `position`: Ctrl-C interrupts the statement (a script
    /// stops too), Ctrl-D ends it cleanly with the case as it stands.
    private func end(by stop: RoomStop, at position: StepIndex, in room: inout some Room) throws(ShellError) -> CommandResult {
        switch stop {
        case .interrupted:
            room.say("\n\(stopped(at: position, "Ctrl-C"))")
            throw ShellError.interrupted(at: invocation.statement.location)
        case .ended:
            return CommandResult(RunValues.caseRecord(run.case(named: caseName)!, in: run), display: "\n\(stopped(at: position, "Ctrl-D"))")
        }
    }

    /// Away from a terminal with no answer left: keep what was walked and say where it stopped.
    private func noAnswerLeft(at step: Step, in room: inout some Room) -> CommandResult {
        let labels = step.decision!.answers.map(\.label).joined(separator: ",")
        room.say("  walk stopped at step \(step.label): no scripted answer is left for this decision")
        return CommandResult(
            RunValues.caseRecord(run.case(named: caseName)!, in: run),
            display: "  go on with `decide ANSWER`, or `walk --answers \"\(labels)\"`")
    }

    /// Where the walk stopped short of the end: the steps walked stay done (each was journaled).
    private func stopped(at position: StepIndex, _ why: Message) -> Message {
        "  walk stopped at step \(run.sop.steps[position].label) (\(why)): the steps walked stay done; `walk` goes on from here, `undo` takes back the last"
    }
}
