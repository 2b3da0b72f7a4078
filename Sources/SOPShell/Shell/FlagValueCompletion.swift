import SOPRuntime

/// Tab after a flag that takes a value: what its `Command.ValueKind` names. A list completes
/// its last item (after the last comma); an item that goes on (`5=`, `3:`, `9+`) is offered
/// without the space that ends a word, and one with a space in it opens a quote around the
/// whole value (`"3:perlu perbaikan=`), for the value is one word to the shell.
extension Completer {
    func candidates(forValueOf flag: Command.Flag, typed: String) -> [String] {
        let quoted = typed.first == "\"" || typed.first == "'"
        let body = quoted ? String(typed.dropFirst()) : typed
        let split = body.lastIndex(of: ",").map { body.index(after: $0) } ?? body.startIndex
        let done = String(body[..<split])
        let item = String(body[split...])
        let items: [String]
        switch flag.completes {
        case .nothing:
            return []
        case .file:
            return files(matching: typed)
        case .words(let words):
            items = words
        case .wordsOrFile(let words):
            return Self.matching(typed, words) + files(matching: typed)
        case .steps(let then):
            // --merge 9+1…: the second step of a pair.
            if then == "+", let plus = item.firstIndex(of: "+") {
                items = stepNumbers.map { String(item[...plus]) + $0 }
            } else {
                items = stepNumbers.map { $0 + then }
            }
        case .roles(let then):
            items = roleIDs.map { $0 + then }
        case .decisions:
            items = decisionItems(typed: item)
        case .stepRoles:
            if let equals = item.lastIndex(where: { $0 == "=" || $0 == "+" }) {
                items = roleIDs.map { String(item[...equals]) + $0 }
            } else {
                items = stepNumbers.map { $0 + "=" }
            }
        }
        let wanted = item.lowercased()
        return items.filter { $0.lowercased().hasPrefix(wanted) }.map { candidate in
            let whole = done + candidate
            return quoted || whole.contains(" ") ? String(typed.first == "'" ? "'" : "\"") + whole : whole
        }
    }

    private var stepNumbers: [String] {
        session.document?.sop.steps.compactMap { $0.number?.description } ?? []
    }

    private var roleIDs: [String] {
        session.document?.sop.roles.map(\.id) ?? []
    }

    /// `3:` for each decision; after `3:`, that decision's answers as `3:perlu perbaikan=`.
    private func decisionItems(typed item: String) -> [String] {
        let decisions = session.document?.sop.steps.filter(\.isDecision) ?? []
        guard let colon = item.firstIndex(of: ":") else {
            return decisions.map { $0.label + ":" }
        }
        let number = StepNumber(String(item[..<colon]))
        guard let step = decisions.first(where: { $0.number == number }), let answers = step.decision?.answers else { return [] }
        return answers.map { String(item[...colon]) + $0.label + "=" }
    }
}
