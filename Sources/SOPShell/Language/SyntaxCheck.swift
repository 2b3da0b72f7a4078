/// Whether a text is a whole program yet: the prompt asks for another line while it is
/// incomplete (an open block, bracket or string), and runs it once it is complete.
public enum SyntaxCheck: Equatable, Sendable {
    case complete
    case incomplete
    /// A syntax error that more lines cannot mend.
    case invalid(String)

    /// Decided by the parser itself, so that the prompt never guesses differently from it.
    /// `commands` are the names that start a command (the shell's commands by default).
    public static func of(_ text: String, commands: Set<String>? = nil) -> SyntaxCheck {
        let isCommand: (String) -> Bool = commands.map { names in { names.contains($0) } }
            ?? { CommandRegistry.command(named: $0) != nil }
        var parser = Parser(text, file: nil, names: Parser.Names(isCommand: isCommand, isProcedure: { _ in false }))
        do throws(ShellError) {
            _ = try parser.program()
            return .complete
        } catch {
            return error.isIncomplete ? .incomplete : .invalid(error.description)
        }
    }
}
