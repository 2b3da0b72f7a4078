/// Rules about what each row says: its activity, its standard time, its output, and whether
/// the document it needs is one that an earlier step produces.
extension Checker {
    func contentFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            if step.activity.isEmpty {
                let hint: Message =
                    step.isDecision
                    ? "write the decision's own verb, such as `Memeriksa rancangan …`; extraction from a PDF often loses it"
                    : "write what is done, as a verb phrase without subject"
                findings.append(
                    finding(.warning, .stepNoActivity, "the step has no Uraian Kegiatan", hint: hint, at: .step(index, .activity)))
            }
            switch step.time.amount {
            case .unspecified:
                findings.append(
                    finding(
                        .warning, .stepNoTime, "the step has no standard time (Waktu)",
                        hint: "set one: `set-time \(step.label) \"1 jam\"`, or write `Sesuai kebutuhan`", at: .step(index, .time)))
            case .unreadable(let error):
                findings.append(
                    finding(
                        .error, .stepBadTime,
                        "the time “\(step.time.text)” does not read: \(error.message) (at character \(error.column))",
                        hint: "write it like `30 menit`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja` or `Sesuai kebutuhan`",
                        at: .step(index, .time)))
            case .range(let low, let high) where low.totalMinutes() > high.totalMinutes():
                findings.append(
                    finding(
                        .error, .stepBadRange, "the range “\(step.time.text)” ends before it starts",
                        hint: "write the shorter time first, such as `1-2 jam`", at: .step(index, .time)))
            default:
                break
            }
            if step.output.isEmpty {
                findings.append(
                    finding(
                        .warning, .stepNoOutput, "the step has no Output",
                        hint: "write the document or result the step produces", at: .step(index, .output)))
            }
        }
        return findings
    }

    /// A hand-off is broken when a step needs a document that neither the step before it nor
    /// any earlier step on a path to it produces. The first step's needs come from outside the
    /// procedure, even when a rework arrow leads back to it.
    ///
    /// Looking further back than the step before costs the square of the steps, so past
    /// `handOffTraceLimit` steps it is not done: one note counts the requirements left untraced.
    func handOffFindings() -> [Diagnostic] {
        var findings: [Diagnostic] = []
        let outputs = sop.steps.map { DocumentName($0.output) }
        var untraced = 0
        for (index, step) in zip(sop.stepIndices, sop.steps) where index != flow.start {
            let needed = DocumentName(step.requirements)
            let before = flow.predecessors[index]
            guard !needed.isEmpty, !before.isEmpty else { continue }
            // The step just before usually hands the document over; look further back only when it does not.
            let handsOver = { (giver: StepIndex) in outputs[giver].matches(needed) }
            if before.contains(where: handsOver) { continue }
            guard sop.steps.count <= Self.handOffTraceLimit else {
                untraced += 1
                continue
            }
            if flow.ancestors(of: index).contains(where: handsOver) { continue }
            // Name the steps above this one: a rework arrow from below is not where the document comes from.
            let above = before.filter { $0 < index }
            let givers = (above.isEmpty ? before : above).filter { !sop.steps[$0].output.isEmpty }
            let offered = givers.map { localized("\(stepName($0)) produces “\(sop.steps[$0].output)”") }.joined(separator: "; ")
            findings.append(
                finding(
                    .warning, .handOffMismatch,
                    offered.isEmpty
                        ? "the step needs “\(step.requirements)”, which no earlier step produces"
                        : "the step needs “\(step.requirements)”, which no earlier step produces (\(offered))",
                    hint: "make the requirement name the document the step before hands over, or correct that step's output",
                    at: .step(index, .requirements)))
        }
        if untraced > 0 {
            findings.append(
                finding(
                    .note, .handOffUntraced,
                    "requirements that the step before does not produce, not traced further back: \(untraced); the SOP has \(sop.steps.count) steps, more than \(Self.handOffTraceLimit)",
                    hint: "check those hand-offs by hand, or split the SOP", at: .document))
        }
        return findings
    }

    /// The most steps for which every broken hand-off is traced back through all earlier steps.
    static let handOffTraceLimit = 1_000
}
