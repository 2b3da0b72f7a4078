/// What the table-text importer had to guess, located in the text. Every code it is given is
/// an `import.` one, so that a reader can tell the importer's guesses from the checker's
/// findings; a debug build stops at any other.
struct ImportFindings: Sendable {
    let file: String?
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String?) {
        self.file = file
    }

    mutating func add(
        _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: Message, hint: Message?,
        place: Place? = nil, subject: String? = nil, line: Int, column: Int = 1
    ) {
        add(
            severity, code, message, hint: hint, place: place, subject: subject,
            at: SourceLocation(file: file, line: line, column: column))
    }

    mutating func add(
        _ severity: Diagnostic.Severity, _ code: Diagnostic.Code, _ message: Message, hint: Message?,
        place: Place? = nil, subject: String? = nil, at location: SourceLocation
    ) {
        assert(code.rawValue.hasPrefix("import."), "the importer reports its own codes, not the checker's \(code.rawValue)")
        diagnostics.append(
            Diagnostic(
                severity, code, message, hint: hint, place: place, subject: subject, location: location))
    }

    /// The findings that `keep` accepts.
    func filter(_ keep: (Diagnostic) -> Bool) -> ImportFindings {
        var kept = ImportFindings(file: file)
        kept.diagnostics = diagnostics.filter(keep)
        return kept
    }

    /// The same findings placed elsewhere: the PDF importer reads its cover as text and then
    /// moves what the text reader found to the cover's page.
    func relocated(_ move: (SourceLocation) -> SourceLocation) -> ImportFindings {
        var moved = ImportFindings(file: file)
        moved.diagnostics = diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = diagnostic.location.map(move)
            return diagnostic
        }
        return moved
    }

    /// The findings from the top of the text down, as a reader meets the lines they are about
    /// (they are found in another order: the qualifications are matched after the table is read).
    var inDocumentOrder: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = lhs.element.location.map { [$0.line, $0.column] } ?? [0, 0]
            let right = rhs.element.location.map { [$0.line, $0.column] } ?? [0, 0]
            return left != right ? left.lexicographicallyPrecedes(right) : lhs.offset < rhs.offset
        }.map(\.element)
    }
}
