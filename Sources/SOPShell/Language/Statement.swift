import SOPRuntime

/// One command with its arguments, as written: `assign 3 kepala`, `steps --json`.
struct Statement: Hashable, Sendable {
    var name: Token
    var arguments: [Token]

    var location: SourceLocation { name.location }

    /// The statements of a text, in order. Fails on the first lexical error; an open quote
    /// at the end is reported as incomplete so that the prompt can ask for more.
    static func parse(_ text: String, file: String?) throws(ShellError) -> [Statement] {
        var statements: [Statement] = []
        var current: [Token] = []
        for token in try Lexer.tokens(of: text, file: file) {
            switch token.kind {
            case .separator, .end:
                if let name = current.first {
                    statements.append(Statement(name: name, arguments: Array(current.dropFirst())))
                }
                current = []
            case .word, .string:
                current.append(token)
            }
        }
        return statements
    }
}
