import Foundation
import SOPRuntime

/// Runs shell text (a script file, `-c` text, piped stdin, or lines typed at the prompt)
/// against one session, and prints each command's result.
public final class Shell {
    var session = Session()
    let terminal: Terminal

    public init() {
        terminal = Terminal.current()
    }

    /// Whether the open SOP has changes that were not saved.
    var hasUnsavedChanges: Bool { session.document?.hasUnsavedChanges ?? false }

    /// Runs a whole text. Stops at the first error (exit status 1) unless `keepGoing`;
    /// a syntax error anywhere stops it before anything runs.
    public func run(_ text: String, file: String?, keepGoing: Bool = false) -> Int32 {
        let statements: [Statement]
        do throws(ShellError) {
            statements = try Statement.parse(text, file: file)
        } catch {
            terminal.writeError(error)
            return 1
        }
        var failed = false
        for statement in statements {
            if !execute(statement) {
                failed = true
                if !keepGoing { return 1 }
            }
            if let status = session.exitStatus { return status }
        }
        return failed ? 1 : 0
    }

    /// Runs one statement and prints its result or its error. On error the session is put
    /// back as it was before the statement.
    @discardableResult
    func execute(_ statement: Statement) -> Bool {
        let before = session
        do throws(ShellError) {
            let result = try perform(statement)
            terminal.write(render(result, json: statement.arguments.contains { $0.kind == .word && $0.text == "--json" }))
            return true
        } catch {
            session = before
            terminal.writeError(error)
            return false
        }
    }

    private func perform(_ statement: Statement) throws(ShellError) -> CommandResult {
        let name = statement.name.text
        guard statement.name.kind == .word, let command = CommandRegistry.command(named: name) else {
            throw ShellError("unknown command `\(name)`", hint: HelpText.suggestion(for: name), at: statement.location)
        }
        let invocation = try Invocation(command, statement)
        return try command.run(invocation, &session)
    }

    func render(_ result: CommandResult, json: Bool) -> String {
        if json { return JSONWriter.write(result.value) }
        return result.display ?? TextRenderer(width: terminal.width).render(result.value)
    }
}
