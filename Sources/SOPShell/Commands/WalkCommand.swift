import Foundation
import SOPRuntime

/// The trainer's demonstration: the case played through step by step with narration.
extension Command {
    static let walk = Command(
        name: "walk", group: .running,
        summary: "play the current case through with narration, for a room (pauses, asks at decisions)",
        usage: "walk [--answers A,B,…] [--no-pause]",
        details: """
            Plays the current case (starting one if there is none) to the end: at each step it narrates who \
            does what, with what, producing what, in how long, and waits for Enter; at each decision it asks the \
            room for the answer, or takes the next of --answers (labels or numbers, separated by commas). The \
            actions are the same as `do` and `decide` typed by each role, so the log is the same. Away from a \
            terminal it does not pause, and every decision needs a scripted answer.
            """,
        examples: ["walk", "walk --answers \"perlu perbaikan,menyetujui,menyetujui,melaporkan ke atasan Kepala UKPBJ\"",
                   "walk --no-pause --answers 2,1,1,2"],
        flags: [Flag(name: "answers", value: "A,B,…", summary: "the answers to give at the decisions, in order"),
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
        let narrator = Narrator()
        while let position = run.case(named: caseName)?.position {
            let step = run.sop.steps[position]
            narrator.say(Message(verbatim: Narrator.introduce(position, in: run)))
            if step.isDecision {
                let answer: String
                if let scripted = answers.popFirst() {
                    answer = scripted
                    narrator.say("  jawaban: \(scripted)")
                } else if atTerminal {
                    answer = try narrator.ask(step, invocation)
                } else {
                    // Away from a terminal with no answer left: keep what was walked and say where it stopped.
                    try session.commit(run, invocation: invocation)
                    let labels = step.decision!.answers.map(\.label).joined(separator: ",")
                    narrator.say("  walk stopped at step \(step.label): no scripted answer is left for this decision")
                    return CommandResult(RunValues.caseRecord(run.case(named: caseName)!, in: run),
                                         display: "  go on with `decide ANSWER`, or `walk --answers \"\(labels)\"`")
                }
                do throws(Refusal) {
                    try run.decide(in: caseName, answer: answer, as: step.executors[0])
                } catch {
                    throw invocation.refused(error)
                }
            } else {
                do throws(Refusal) {
                    for role in step.executors { try run.perform(in: caseName, as: role) }
                } catch {
                    throw invocation.refused(error)
                }
            }
            if let done = run.case(named: caseName)?.steps.last { narrator.say(Message(verbatim: "  " + RunValues.sentence(for: done, in: run))) }
            if pauses, run.case(named: caseName)?.position != nil { try narrator.pause(invocation) }
        }
        try session.commit(run, invocation: invocation)
        return RunValues.progress(of: caseName, in: run, by: run.case(named: caseName)?.steps.last?.roles.first ?? "")
    }
}

/// Speaks to the room as the walk goes: prints at once, waits for Enter, asks for answers.
struct Narrator {
    func say(_ text: Message) {
        FileHandle.standardOutput.write(Data((text.text + "\n").utf8))
    }

    static func introduce(_ index: Int, in run: TrainingRun) -> String {
        let step = run.sop.steps[index]
        var lines = [localized("▶ Langkah \(step.label) — \(run.executorNames(of: index))")]
        if !step.activity.isEmpty { lines.append(localized("  \(step.activity)")) }
        if !step.requirements.isEmpty { lines.append(localized("  perlu: \(step.requirements)")) }
        if !step.output.isEmpty { lines.append(localized("  menghasilkan: \(step.output)")) }
        if !step.time.text.isEmpty { lines.append(localized("  waktu: \(step.time.text)")) }
        return lines.joined(separator: "\n")
    }

    func pause(_ invocation: Invocation) throws(ShellError) {
        FileHandle.standardOutput.write(Data(localized("  [Enter] ").utf8))
        let line = readLine()
        if line == nil || interruptRequested.load(ordering: .relaxed) {
            interruptRequested.store(false, ordering: .relaxed)
            throw ShellError.interrupted(at: invocation.statement.location)
        }
    }

    /// Asks the room which answer to take, until one of the answers is given.
    func ask(_ step: Step, _ invocation: Invocation) throws(ShellError) -> String {
        let answers = step.decision!.answers
        while true {
            say(Message(verbatim: answers.enumerated().map { "  \($0 + 1)) \($1.label)" }.joined(separator: "\n")))
            FileHandle.standardOutput.write(Data(localized("  Jawaban ruangan? ").utf8))
            guard let line = readLine(), !interruptRequested.load(ordering: .relaxed) else {
                interruptRequested.store(false, ordering: .relaxed)
                throw ShellError.interrupted(at: invocation.statement.location)
            }
            let typed = line.trimmingCharacters(in: .whitespaces)
            if let number = Int(typed), answers.indices.contains(number - 1) { return answers[number - 1].label }
            if let match = answers.first(where: { $0.label.lowercased() == typed.lowercased() }) { return match.label }
            say("  “\(typed)” is not one of the answers")
        }
    }
}
