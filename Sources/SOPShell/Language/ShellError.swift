import SOPRuntime

/// An error in the shell's language or in a command, located where it happened.
public struct ShellError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Most errors are errors; `exit` and Ctrl-C travel the same way but no `catch` stops them.
    public enum Kind: Hashable, Sendable {
        case error
        case exit(Int32)
        case interrupted
    }

    public var kind: Kind = .error
    public var message: String
    public var hint: String?
    public var location: SourceLocation?
    /// True when the text ended in the middle of a statement (an open block, bracket or
    /// quote): at the prompt this asks for another line instead of reporting an error.
    public var isIncomplete: Bool

    public init(_ message: Message, hint: Message? = nil, at location: SourceLocation? = nil, isIncomplete: Bool = false) {
        self.message = message.text
        self.hint = hint?.text
        self.location = location
        self.isIncomplete = isIncomplete
    }

    /// An error whose words were already rendered (a reader's or the simulator's).
    public init(rendered message: String, hint: String? = nil, at location: SourceLocation? = nil) {
        self.init(Message(verbatim: message), hint: hint.map(Message.init(verbatim:)), at: location)
    }

    static func exit(_ status: Int32) -> ShellError {
        var error = ShellError("exit \(status)")
        error.kind = .exit(status)
        return error
    }

    static func interrupted(at location: SourceLocation?) -> ShellError {
        var error = ShellError("interrupted", at: location)
        error.kind = .interrupted
        return error
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + localized("error: \(message)") + (hint.map { localized("\n  hint: \($0)") } ?? "")
    }
}
