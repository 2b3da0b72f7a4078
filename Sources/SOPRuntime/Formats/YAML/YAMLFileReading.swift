import Yams

/// What the readers of sopsh's three YAML files share: composing the text into a tree, with
/// YAML's own errors located, and, for the files that must read whole (a scenario, a
/// calendar), the one error that stands for everything a reader found.
extension YAMLNodeReader {
    /// The document in `text`, composed with the basic resolver: every reader interprets its
    /// scalars itself (`jumlah` as a whole number, an empty value as none), so the default
    /// resolver's regular expressions would only cost time, and with every plain scalar text,
    /// `refuseTags` sees only the tags an author wrote (the default would tag `100` `!!int`).
    static func compose(_ text: String, file: String?, whenEmpty empty: Message, hint: Message) throws(SOPReadError) -> Node {
        let start = SourceLocation(file: file, line: 1, column: 1)
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else { throw SOPReadError(empty, at: start, hint: hint) }
            return node
        } catch let error as SOPReadError {
            throw error
        } catch let error as YamlError {
            throw SOPYAMLReader.readError(error, file: file, text: text)
        } catch {
            throw SOPReadError("cannot read YAML: \(error)", at: start)
        }
    }

    /// The error for a file that must read whole: its first problem in the file's order, with
    /// a count of the others; nil when there is none. A problem of the whole document (at
    /// `root`, such as a key it lacks) comes after those at a place, since a key that did not
    /// read is often why it is lacking. A place counts once, with the problem found there first
    /// (a value's refused tag, not the failure to read its bare text), so that the count is of
    /// the places to fix.
    func firstProblem(in root: Node, otherwise fallback: Message) -> SOPReadError? {
        let whole = location(of: root)
        func order(_ item: (offset: Int, element: Diagnostic)) -> (Int, Int, Int, Int) {
            let place = item.element.location
            return (place == whole ? 1 : 0, place?.line ?? 0, place?.column ?? 0, item.offset)
        }
        var places: Set<SourceLocation> = []
        let problems = diagnostics.enumerated()
            .sorted { order($0) < order($1) }
            .map(\.element)
            .filter { problem in problem.location.map { places.insert($0).inserted } ?? true }
        guard let first = problems.first else { return nil }
        let others = problems.count - 1
        let hint = first.hint.map { Message(verbatim: $0) } ?? fallback
        let more: Message = others == 0 ? "" : others == 1 ? " (1 more problem in this file)" : " (\(others) more problems in this file)"
        return SOPReadError(
            Message(verbatim: first.message), at: first.location ?? SourceLocation(file: file, line: 1, column: 1),
            hint: hint + more)
    }
}
