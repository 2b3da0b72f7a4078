import Foundation
import SOPRuntime

/// The trainer's demonstration: the case played through step by step with narration.
extension Command {
    static let walk = Command(
        name: "walk", group: .running,
        summary: "play the current case through with narration, for a room (pauses, asks at decisions)",
        usage: "walk [--answers A,B,…] [--as-needed DURATION] [--no-pause]",
        details: """
            Plays the current case (starting one if there is none) to the end: at each step it narrates who \
            does what, with what, producing what, in how long, and waits for Enter; at each decision it asks the \
            room for the answer, or takes the next of --answers (labels or numbers, separated by commas). The \
            actions are the same as `do` and `decide` typed by each role, so the log is the same, and each is \
            journaled as soon as it is done: a crash loses no step the walk has shown. At a pause or a question, \
            Ctrl-C stops the walk and Ctrl-D ends it; either way the steps walked so far stay done (the room saw \
            them; `undo` takes them back one by one), as they do when a step is refused, and `walk` goes on from \
            where the case stands. Away from a terminal it does not pause, and every decision needs a scripted answer. \
            A step with no standard time (“Sesuai kebutuhan”, or blank) takes --as-needed, as `do --took` would.
            """,
        examples: ["walk", "walk --answers \"perlu perbaikan,menyetujui,menyetujui,melaporkan ke atasan Kepala UKPBJ\"",
                   "walk --no-pause --answers 2,1,1,2", "walk --as-needed 2h"],
        flags: [Flag(name: "answers", value: "A,B,…", summary: "the answers to give at the decisions, in order"),
                Flag(name: "as-needed", value: "DURATION", summary: "the time a step without a standard time takes"),
                Flag(name: "no-pause", value: nil, summary: "do not wait for Enter between steps")],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        if session.run == nil || session.run?.cases.isEmpty == true {
            _ = try Command.start.run(invocation.with(command: .start), &session)
        }
        var run = try session.requireRun(invocation)
        let caseName = try session.requireCase(invocation)
        var answers = (invocation.flags["answers"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }[...]
        let atTerminal = isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0
        let pauses = atTerminal && !invocation.has("no-pause")
        let narrator = Narrator(output: invocation.has("json") ? .standardError : .standardOutput)
        let asNeeded = try invocation.duration(flag: "as-needed")
        /// Where the walk stopped short of the end: the steps walked stay done (each was journaled).
        func stopped(at position: Int, _ why: Message) -> Message {
            "  walk stopped at step \(run.sop.steps[position].label) (\(why)): the steps walked stay done; `walk` goes on from here, `undo` takes back the last"
        }
        while let position = run.case(named: caseName)?.position {
            if interruptRequested.exchange(false, ordering: .relaxed) {
                narrator.say(stopped(at: position, "Ctrl-C"))
                throw ShellError.interrupted(at: invocation.statement.location)
            }
            let step = run.sop.steps[position]
            narrator.say(Message(verbatim: Narrator.introduce(position, in: run)))
            var answer: String?
            if step.isDecision {
                if let scripted = answers.popFirst() {
                    answer = scripted
                    narrator.say("  answer: \(scripted)")
                } else if atTerminal {
                    switch narrator.ask(step) {
                    case .line(let given): answer = given
                    case .interrupted:
                        narrator.say("\n\(stopped(at: position, "Ctrl-C"))")
                        throw ShellError.interrupted(at: invocation.statement.location)
                    case .end:
                        return CommandResult(RunValues.caseRecord(run.case(named: caseName)!, in: run), display: "\n\(stopped(at: position, "Ctrl-D"))")
                    }
                } else {
                    // Away from a terminal with no answer left: keep what was walked and say where it stopped.
                    let labels = step.decision!.answers.map(\.label).joined(separator: ",")
                    narrator.say("  walk stopped at step \(step.label): no scripted answer is left for this decision")
                    return CommandResult(RunValues.caseRecord(run.case(named: caseName)!, in: run),
                                         display: "  go on with `decide ANSWER`, or `walk --answers \"\(labels)\"`")
                }
            }
            // Each action is journaled as it is done, like `do` and `decide`: a joint step's part
            // by part. A refused one (or one the journal cannot take) stops the walk there.
            let took = step.time.upperBound == nil ? asNeeded : nil
            if step.time.upperBound == nil, took == nil {
                narrator.say(stopped(at: position, "no standard time"))
                throw invocation.error("step \(step.label) has no standard time (“\(step.time.text)”), so the walk cannot say how long it took",
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
                    narrator.say(stopped(at: position, "refused"))
                    throw invocation.refused(error)
                }
                try session.commit(run, invocation: invocation)
            }
            if let done = run.case(named: caseName)?.steps.last { narrator.say(Message(verbatim: "  " + RunValues.sentence(for: done, in: run))) }
            if pauses, let next = run.case(named: caseName)?.position {
                switch narrator.pause() {
                case .line: break
                case .interrupted:
                    narrator.say("\n\(stopped(at: next, "Ctrl-C"))")
                    throw ShellError.interrupted(at: invocation.statement.location)
                case .end:
                    return CommandResult(RunValues.caseRecord(run.case(named: caseName)!, in: run), display: "\n\(stopped(at: next, "Ctrl-D"))")
                }
            }
        }
        // The walk's last lines belong with its narration, on stdout, not with confirmations.
        var summary = RunValues.progress(of: caseName, in: run, by: run.case(named: caseName)?.steps.last?.roles.first ?? "")
        summary.confirms = false
        return summary
    }
}
