/// Whether a text is a whole program yet (an open block, bracket or string is incomplete), as
/// the library's users and tests ask it. The prompt and piped input decide the same way without
/// it: they parse what was typed and wait for another line on an error marked `isIncomplete`.
public enum SyntaxCheck: Equatable, Sendable {
    case complete
    case incomplete
    /// A syntax error that more lines cannot mend.
    case invalid(String)

    /// Decided by the parser itself, so that it never answers differently from the prompt.
    /// `commands` are the names that start a command (the shell's commands by default).
    public static func of(_ text: String, commands: Set<String>? = nil) -> SyntaxCheck {
        let isCommand: (String) -> Bool =
            commands.map { names in { names.contains($0) } }
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
