import SOPRuntime

/// One lexical unit of the shell language, with where it starts in its source.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A bare word: a command name, a flag such as `--json`, a number, a path.
        case word
        /// A quoted string, escapes resolved; never a flag, even when it starts with `--`.
        case string
        /// The end of a statement: a newline or `;`.
        case separator
        case end
    }

    var kind: Kind
    var text: String
    var location: SourceLocation
}

/// An error in the shell's language or in a command, located at the statement it came from.
public struct ShellError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var hint: String?
    public var location: SourceLocation?
    /// True when the text ended in the middle of a statement (an open quote): at the prompt
    /// this asks for another line instead of reporting an error.
    public var isIncomplete: Bool

    public init(_ message: String, hint: String? = nil, at location: SourceLocation? = nil, isIncomplete: Bool = false) {
        self.message = message
        self.hint = hint
        self.location = location
        self.isIncomplete = isIncomplete
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + "error: " + message + (hint.map { "\n  hint: \($0)" } ?? "")
    }
}
