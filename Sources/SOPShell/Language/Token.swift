import SOPRuntime

/// One lexical unit of the shell language, with where it starts in its source.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A name: a variable, a procedure, a command or a keyword.
        case name
        case number
        /// A duration literal such as `90m` or `1h30m`.
        case duration
        /// A date or date-time literal such as `2026-03-02T08:30`.
        case dateTime
        /// A double-quoted string's raw text (escapes and interpolation not yet resolved).
        case string
        /// A single-quoted string, taken literally.
        case rawString
        /// An operator or bracket.
        case symbol
        /// A bare word in a command's arguments: `examples/x.yaml`, `--json`, `3`.
        case word
        /// The end of a statement: a newline or `;`.
        case separator
        case end
    }

    var kind: Kind
    var text: String
    var location: SourceLocation

    init(_ kind: Kind, _ text: String, _ location: SourceLocation) {
        self.kind = kind
        self.text = text
        self.location = location
    }

    func `is`(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    func `is`(_ keyword: Keyword) -> Bool { kind == .name && text == keyword.rawValue }

    /// The keyword this name is, if it is one.
    var keyword: Keyword? { kind == .name ? Keyword(rawValue: text) : nil }
}
