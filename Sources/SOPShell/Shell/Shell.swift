import Foundation
import SOPRuntime

/// The shell as the executable sees it: runs text (a script, `-c`, piped stdin) or the prompt,
/// and reports errors with their place in the source.
public final class Shell {
    let terminal: Terminal
    let interpreter: Interpreter

    public init(allowHostPrograms: Bool = false, arguments: [String] = []) {
        terminal = Terminal.current()
        interpreter = Interpreter(terminal: terminal, allowsHostPrograms: allowHostPrograms, arguments: arguments)
    }

    var session: Session { interpreter.session }

    /// Whether the open SOP has changes that were not saved.
    var hasUnsavedChanges: Bool { session.document?.hasUnsavedChanges ?? false }

    /// Runs a whole text and gives the exit status: 0, the status of `exit N`, or 1 at the
    /// first error (or, with `keepGoing`, after running the rest).
    public func run(_ text: String, file: String?, keepGoing: Bool = false) -> Int32 {
        let block: Block
        do throws(ShellError) {
            block = try interpreter.parse(text, file: file)
        } catch {
            report(error)
            return 1
        }
        var failed = false
        for statement in block.statements {
            do throws(ShellError) {
                try interpreter.run(statement)
            } catch {
                if case .exit(let status) = error.kind { return status }
                report(error)
                failed = true
                if !keepGoing { return 1 }
            }
        }
        return failed ? 1 : 0
    }

    /// Prints an error with the line it points at and a caret under the place.
    func report(_ error: ShellError) {
        guard case .error = error.kind else {
            terminal.writeError(error, sourceLine: nil)
            return
        }
        var line: Substring?
        if let location = error.location, let lines = interpreter.sources[location.file ?? "<input>"],
           location.line >= 1, location.line <= lines.count {
            line = lines[location.line - 1]
        }
        terminal.writeError(error, sourceLine: line)
    }
}
