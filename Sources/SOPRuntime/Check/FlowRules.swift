/// Rules about the arrows: decisions and their answers, steps no path reaches, and parts of
/// the flow from which the end cannot be reached.
extension Checker {
    func decisionFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            if let next = step.next, case .unresolved = flow.destination(from: index) ?? .end {
                findings.append(
                    finding(
                        .error, .stepNextMissing, "`lanjut_ke` leads to step \(next), which does not exist",
                        hint: "point it at an existing step or at `selesai`", at: .step(index, .next)))
            }
            guard let decision = step.decision else { continue }
            if decision.answers.count < 2 {
                findings.append(
                    finding(
                        .error, .decisionTooFewAnswers,
                        "a decision needs at least two answers; this one has \(decision.answers.count)",
                        hint: "add the other answer (such as `perlu perbaikan` or `Tidak`) with where it leads",
                        at: .step(index, .decision)))
            }
            var labels: Set<String> = []
            for (answerIndex, answer) in decision.answers.enumerated() {
                let place = Place.answer(step: index, answer: answerIndex)
                if answer.label.isEmpty {
                    findings.append(
                        finding(
                            .error, .answerNoLabel, "answer \(answerIndex + 1) has no label",
                            hint: "write the answer as the diamond shows it, such as `menyetujui`", at: place))
                } else if !labels.insert(answer.label.lowercased()).inserted {
                    findings.append(
                        finding(
                            .error, .answerDuplicate, "the answer “\(answer.label)” is given twice",
                            hint: "give each answer its own label", at: place))
                }
                switch answer.target {
                case nil:
                    findings.append(
                        finding(
                            .error, .answerNoTarget, "the answer “\(answer.label)” leads nowhere",
                            hint: "link it: `link \(step.label) \(quoted(answer.label)) STEP` (a step number or `selesai`)",
                            at: place))
                case .step(let number) where sop.step(number) == nil:
                    findings.append(
                        finding(
                            .error, .answerMissingStep,
                            "the answer “\(answer.label)” leads to step \(number), which does not exist",
                            hint: "link it to an existing step: `link \(step.label) \(quoted(answer.label)) STEP`",
                            at: place))
                default:
                    break
                }
            }
        }
        return findings
    }

    func reachabilityFindings() -> [Diagnostic] {
        guard !sop.steps.isEmpty else {
            return [
                finding(
                    .error, .sopNoSteps, "the SOP has no steps",
                    hint: "add the flowchart's rows under `kegiatan`", at: .document)
            ]
        }
        var findings: [Diagnostic] = []
        // Until every arrow of the reachable part points somewhere, any step might be reached.
        let reachable = flow.reachableFromStart()
        let drafty = reachable.contains { step in
            flow.edges[step].contains { if case .unresolved = $0.to { true } else { false } }
        }
        if !drafty {
            for index in sop.stepIndices where !reachable.contains(index) {
                findings.append(
                    finding(
                        .warning, .stepUnreachable, "no path from the first step reaches this step",
                        hint: "link an answer to it, or remove it if it is no longer done", at: .step(index, nil)))
            }
        }
        let reaching = flow.reachingEnd()
        for component in flow.stronglyConnectedComponents() where !reaching.contains(component[0]) {
            let members = Set(component)
            let leavesComponent = component.contains { step in
                flow.edges[step].contains { if case .step(let next) = $0.to { !members.contains(next) } else { true } }
            }
            // Steps that are stuck only because they lead into a stuck loop are reported with that loop.
            if leavesComponent { continue }
            let isLoop = component.count > 1 || flow.edges[component[0]].contains { $0.to == .step(component[0]) }
            if isLoop {
                let decisions = component.filter { sop.steps[$0].isDecision }
                let hint: Message =
                    decisions.isEmpty
                    ? "give one of these steps `lanjut_ke` a step after the loop, or `selesai`"
                    : "link an answer of \(stepNames(decisions)) to a step after the loop, or to `selesai`"
                findings.append(
                    finding(
                        .error, .flowEndlessLoop, "\(stepNames(component)) form a loop with no way out: every path leads back into it",
                        hint: hint, at: .step(component.min()!, nil)))
            } else {
                findings.append(
                    finding(
                        .error, .flowDeadEnd, "the flow stops at this step and never reaches the end",
                        hint: "give the decision its answers, each leading to a step or `selesai`", at: .step(component[0], nil)))
            }
        }
        return findings
    }

    func quoted(_ label: String) -> String {
        label.contains(" ") ? "\"\(label)\"" : label
    }
}
