import SOPRuntime

/// Completing a draft at the prompt: who does a step, where an answer leads, how long a step takes.
extension Command {
    static let assign = Command(
        name: "assign", group: .editing,
        summary: "set the role(s) that carry out a step",
        synopsis: "STEP ROLE…",
        details:
            "Makes ROLE the executor of STEP; several roles make a joint step. A role may be named by its id, its name (quoted when it has spaces) or an unambiguous beginning of either. Replaces the step's executors.",
        examples: ["assign 2 tim", "assign 5 sekretariat", "assign 9 tim sekretariat", "assign 1 \"Kepala UKPBJ\""],
        arity: 2...Int.max,
        completes: [.step, .role]
    ) { invocation, session throws(ShellError) in
        var document = try session.requireDocument(invocation)
        let index = try document.stepIndex(invocation, argument: 0)
        var ids: [String] = []
        for argument in 1..<invocation.positionals.count {
            let id = try document.roleID(invocation, argument: argument)
            if !ids.contains(id) { ids.append(id) }
        }
        document.sop.steps[index].executors = ids
        session.document = document
        let names = ids.compactMap { document.sop.role(id: $0)?.name }.joined(separator: " + ")
        return CommandResult.confirmation(
            .record(SOPValues.step(document.sop.steps[index])),
            "Step \(document.sop.steps[index].label): \(names)")
    }

    static let link = Command(
        name: "link", group: .editing,
        summary: "say where an answer of a decision (or a step) leads",
        synopsis: "STEP ANSWER TARGET | link STEP TARGET",
        details:
            "For a decision, makes ANSWER (its label, quoted when it has spaces, or its position 1, 2, …) lead to TARGET: a step number or `selesai` for the end. For a process step, `link STEP TARGET` makes the flow go to TARGET instead of the step below.",
        examples: ["link 3 menyetujui 5", "link 3 \"perlu perbaikan\" 2", "link 11 2 12", "link 9 selesai"],
        arity: 2...3,
        completes: [.step, .answer, .target]
    ) { invocation, session throws(ShellError) in
        var document = try session.requireDocument(invocation)
        let index = try document.stepIndex(invocation, argument: 0)
        let step = document.sop.steps[index]
        let targetArgument = invocation.positionals.count - 1
        let targetText = invocation.positionals[targetArgument].text
        guard let target = Target(targetText) else {
            throw invocation.error(
                "`\(targetText)` is neither a step number nor `selesai`",
                hint: "write the number of the step it leads to, or selesai for the end", argument: targetArgument)
        }
        if case .step(let number) = target, document.sop.step(number) == nil {
            throw invocation.error(
                "there is no step \(number) to lead to",
                hint: "the steps are: \(document.sop.steps.map(\.label).joined(separator: ", "))",
                argument: targetArgument)
        }
        if let decision = step.decision {
            guard invocation.positionals.count == 3 else {
                let labels = decision.answers.map { "“\($0.label)”" }.joined(separator: ", ")
                throw invocation.error(
                    "step \(step.label) is a decision: say which answer leads there",
                    hint: "link \(step.label) ANSWER \(targetText), with ANSWER one of \(labels)")
            }
            let answer = try document.answerIndex(invocation, argument: 1, in: decision, step: step)
            document.sop.steps[index].decision!.answers[answer].target = target
        } else {
            guard invocation.positionals.count == 2 else {
                throw invocation.error(
                    "step \(step.label) is not a decision, so it has no answers",
                    hint: "link \(step.label) \(targetText) makes its flow go there", argument: 1)
            }
            document.sop.steps[index].next = target
        }
        session.document = document
        let sop = document.sop
        return CommandResult.confirmation(
            .record(SOPValues.step(sop.steps[index])),
            "Step \(sop.steps[index].label): \(SOPValues.flow(of: index, in: sop, graph: FlowGraph(sop)))")
    }

    static let setTime = Command(
        name: "set-time", group: .editing,
        summary: "set a step's standard time (Waktu)",
        synopsis: "STEP TIME",
        details:
            "Sets the standard time of STEP. TIME is written as SOPs write it (`1 jam`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja`, `Sesuai kebutuhan`) or in short form (`90m`, `1.5h`, `2d`), which is written into the SOP in its own words (`1 jam 30 menit`); the words may follow the step without quotes.",
        examples: ["set-time 12 \"1 jam\"", "set-time 12 1 jam", "set-time 12 90m"],
        arity: 2...Int.max,
        completes: [.step, .text]
    ) { invocation, session throws(ShellError) in
        var document = try session.requireDocument(invocation)
        let index = try document.stepIndex(invocation, argument: 0)
        let text = invocation.positionals.dropFirst().map(\.text).joined(separator: " ")
        let typed = StandardTime(text)
        switch typed.amount {
        case .unreadable(let error):
            throw invocation.error(
                "“\(text)” is not a time: \(error.message)",
                hint: "write it like 30 menit, 1 jam 30 menit, 1-2 jam, 3 hari kerja or Sesuai kebutuhan",
                argument: 1)
        case .unspecified:
            throw invocation.error("give a time", hint: "for example: set-time \(document.sop.steps[index].label) \"1 jam\"", argument: 1)
        default:
            break
        }
        // Words are kept as typed; a short form (`90m`) is written in the document's words.
        let time = typed.inDocumentStyle(document.sop.durationStyle)
        document.sop.steps[index].time = time
        session.document = document
        return CommandResult.confirmation(
            .record(SOPValues.step(document.sop.steps[index])),
            "Step \(document.sop.steps[index].label): \(time.text)")
    }
}
