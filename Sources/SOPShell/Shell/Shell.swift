import Foundation
import SOPRuntime

/// The shell as the executable sees it: runs text (a script, `-c`, piped stdin) or the prompt,
/// and reports errors with their place in the source.
public final class Shell {
    public static let version = "0.2.0"

    /// How sopsh was started.
    public struct Options: Sendable {
        /// Run the rest of a script after a failing statement (the status is still 1).
        public var keepGoing: Bool
        /// Run $XDG_CONFIG_HOME/sopsh/init.sopsh before the prompt (off with --norc).
        public var runStartupFile: Bool
        /// Let `exec` run host programs (--allow-exec).
        public var allowHostPrograms: Bool

        public init(keepGoing: Bool = false, runStartupFile: Bool = true, allowHostPrograms: Bool = false) {
            self.keepGoing = keepGoing
            self.runStartupFile = runStartupFile
            self.allowHostPrograms = allowHostPrograms
        }
    }

    let options: Options
    let terminal: Terminal
    let interpreter: Interpreter

    public init(_ options: Options, arguments: [String] = []) {
        self.options = options
        terminal = Terminal.current()
        interpreter = Interpreter(terminal: terminal, allowsHostPrograms: options.allowHostPrograms, arguments: arguments)
    }

    deinit {
        interpreter.forgetProcedures()
    }

    var session: Session { interpreter.session }

    /// Runs a script file.
    public func runFile(_ path: String) -> Int32 {
        guard let data = FileManager.default.contents(atPath: path) else {
            report(ShellError("cannot read \(path): no such file or not readable", hint: "check the path"))
            return 1
        }
        do throws(ShellError) {
            return runText(try Interpreter.scriptText(data, file: path), file: path)
        } catch {
            report(error)
            return 1
        }
    }

    /// The prompt when stdin is a terminal; otherwise the commands piped in, each run as soon
    /// as it is complete.
    public func runStandardInput() -> Int32 {
        if isatty(STDIN_FILENO) != 0 {
            if options.runStartupFile, let startup = Self.startupFile() {
                _ = runFile(startup)
            }
            return runInteractive()
        }
        return runPipedInput()
    }

    /// $XDG_CONFIG_HOME/sopsh/init.sopsh, else ~/.config/sopsh/init.sopsh, if it exists.
    static func startupFile() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.config" }
        guard let path = base.map({ $0 + "/sopsh/init.sopsh" }), FileManager.default.fileExists(atPath: path) else { return nil }
        return path
    }

    /// Whether the open SOP has changes that were not saved.
    var hasUnsavedChanges: Bool { session.document?.hasUnsavedChanges ?? false }

    /// Runs a whole text and gives the exit status: 0, the status of `exit N`, or 1 at the
    /// first error (or, with `keepGoing`, after running the rest).
    public func runText(_ text: String, file: String?) -> Int32 {
        let block: Block
        do throws(ShellError) {
            block = try interpreter.parse(text, file: file)
        } catch {
            report(error)
            return 1
        }
        var failed = false
        if let status = run(block, failed: &failed) { return status }
        return failed ? 1 : 0
    }

    /// Runs a block's statements, noting in `failed` whether one failed. Gives the exit status
    /// when the text must stop here: that of `exit N`, or 1 at an error unless `keepGoing`.
    func run(_ block: Block, failed: inout Bool) -> Int32? {
        for statement in block.statements {
            do throws(ShellError) {
                try interpreter.run(statement)
            } catch {
                if case .exit(let status) = error.kind { return status }
                report(error)
                failed = true
                if !options.keepGoing { return 1 }
            }
        }
        return nil
    }

    /// Prints an error with the line it points at and a caret under the place.
    func report(_ error: ShellError) {
        guard case .error = error.kind else {
            terminal.writeError(error, sourceLine: nil)
            return
        }
        var line: Substring?
        if let location = error.location, let lines = interpreter.sources[location.file ?? "<input>"],
            location.line >= 1, location.line <= lines.count
        {
            line = lines[location.line - 1]
        }
        terminal.writeError(error, sourceLine: line)
    }
}
