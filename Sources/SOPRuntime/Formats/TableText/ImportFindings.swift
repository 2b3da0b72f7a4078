/// What the table-text importer had to guess, located in the text. Every code starts with
/// `import.`, so that a reader can tell the importer's guesses from the checker's findings.
struct ImportFindings: Sendable {
    let file: String?
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String?) {
        self.file = file
    }

    mutating func add(
        _ severity: Diagnostic.Severity, _ code: String, _ message: Message, hint: Message?,
        place: Place? = nil, subject: String? = nil, line: Int, column: Int = 1
    ) {
        diagnostics.append(Diagnostic(
            severity, "import." + code, message, hint: hint, place: place, subject: subject,
            location: SourceLocation(file: file, line: line, column: column)))
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
