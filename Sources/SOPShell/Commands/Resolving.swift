import SOPRuntime

/// How commands find what their arguments name: the open SOP, a step by number, a role by
/// id, name or unique prefix, an answer by label or position.
extension Session {
    func requireDocument(_ invocation: Invocation) throws(ShellError) -> OpenDocument {
        guard let document else {
            throw invocation.error("no SOP is open", hint: "open one first: open examples/kebijakan-mutu-ukpbj.yaml")
        }
        return document
    }

    /// The findings on the open SOP, checked once until it is edited.
    mutating func documentFindings(_ invocation: Invocation) throws(ShellError) -> [Diagnostic] {
        var document = try requireDocument(invocation)
        let findings = document.diagnostics()
        self.document = document
        return findings
    }
}

extension OpenDocument {
    /// The step that positional argument `index` names by its number.
    func stepIndex(_ invocation: Invocation, argument index: Int) throws(ShellError) -> StepIndex {
        let text = invocation.positionals[index].text
        guard let number = StepNumber(text) else {
            throw invocation.error(
                "`\(text)` is not a step number", hint: "write a number such as 3, or 3.1 for a sub-step",
                argument: index)
        }
        guard let found = sop.stepIndices(numbered: number).first else {
            let numbers = sop.steps.compactMap(\.number).map(\.description).joined(separator: ", ")
            throw invocation.error("there is no step \(number)", hint: "the steps are: \(numbers)", argument: index)
        }
        return found
    }

    /// The id of the role that positional argument `index` names: its id, its name, or an
    /// unambiguous beginning of either, without regard to case.
    func roleID(_ invocation: Invocation, argument index: Int) throws(ShellError) -> String {
        let wanted = invocation.positionals[index].text.lowercased()
        let roles = sop.roles
        if let exact = roles.first(where: { $0.id.lowercased() == wanted || $0.name.lowercased() == wanted }) {
            return exact.id
        }
        let candidates = roles.filter { $0.id.lowercased().hasPrefix(wanted) || $0.name.lowercased().hasPrefix(wanted) }
        if candidates.count == 1 { return candidates[0].id }
        let list = roles.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
        if candidates.count > 1 {
            throw invocation.error(
                "`\(wanted)` could be any of: \(candidates.map(\.id).joined(separator: ", "))",
                hint: "write more of the role's id or name", argument: index)
        }
        let nearest = EditDistance.suggestions(for: wanted, among: roles.map(\.id))
        throw invocation.error(
            "there is no role `\(invocation.positionals[index].text)`",
            hint: nearest.first.map { "did you mean `\($0)`? The roles are: \(list)" } ?? "the roles are: \(list)",
            argument: index)
    }

    /// The index of the answer that positional argument `index` names in `decision`: its
    /// label, its position (1, 2, …), or an unambiguous beginning of its label.
    func answerIndex(_ invocation: Invocation, argument index: Int, in decision: Decision, step: Step) throws(ShellError) -> Int {
        let text = invocation.positionals[index].text
        let labels = decision.answers.map { $0.label.lowercased() }
        if let exact = labels.firstIndex(of: text.lowercased()) { return exact }
        if let position = Int(text), decision.answers.indices.contains(position - 1) { return position - 1 }
        let candidates = labels.indices.filter { labels[$0].hasPrefix(text.lowercased()) }
        if candidates.count == 1 { return candidates[0] }
        let list = decision.answers.map { "“\($0.label)”" }.joined(separator: ", ")
        throw invocation.error(
            "step \(step.label) has no answer “\(text)”",
            hint: "its answers are \(list); quote an answer that has spaces", argument: index)
    }
}
