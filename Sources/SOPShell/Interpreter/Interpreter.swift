import Foundation
import SOPRuntime

/// Runs the shell language: parses text, compiles each top-level statement, runs it against
/// the session, and prints what statements produce. One interpreter lives as long as the
/// shell, so variables, procedures and the open SOP carry over from line to line.
final class Interpreter {
    var session = Session()
    let globals = Globals()
    private var procedures: [String: ProcedureBox] = [:]
    private var declaring: Set<String> = []
    let terminal: Terminal
    /// The source text of each file run, for showing the line of an error.
    private(set) var sources: [String: [Substring]] = [:]
    private var callDepth = 0
    private var sourceDepth = 0
    static let maximumCallDepth = 2_000

    init(terminal: Terminal, allowsHostPrograms: Bool = false, arguments: [String] = []) {
        self.terminal = terminal
        session.allowsHostPrograms = allowsHostPrograms
        session.openRoom = TerminalRoom.opened
        globals.declare("args", .strings(arguments))
    }

    // MARK: Running text

    /// Parses all of `text` (a syntax error anywhere stops it before anything runs), then runs
    /// its statements one by one. A failing statement leaves the state as it was before it.
    /// `firstLine` places a text that continues one read before (piped input, read a
    /// statement at a time), so that errors name their line in the whole input.
    func parse(_ text: String, file: String?, firstLine: Int = 1) throws(ShellError) -> Block {
        let key = file ?? "<input>"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if firstLine > 1, var earlier = sources.removeValue(forKey: key) {
            // Added in place: piped input is parsed a statement at a time, and copying every
            // line before it for each statement would cost the input's length squared.
            earlier.removeSubrange(min(firstLine - 1, earlier.count)...)
            earlier.append(contentsOf: lines)
            sources[key] = earlier
        } else {
            sources[key] = lines
        }
        var parser = Parser(text, file: file, names: names, line: firstLine)
        let block = try parser.program()
        declaring.formUnion(parser.declaredProcedures)
        return block
    }

    /// Runs one top-level statement; on error, puts session, variables and procedures back
    /// (all but a run's actions: `Session.keepRunActions(of:)`).
    func run(_ statement: Statement) throws(ShellError) {
        let saved = (session, globals.snapshot, procedures.mapValues(\.procedure))
        do throws(ShellError) {
            var compiler = Compiler(interpreter: self, isTopLevel: true)
            let execute = try compiler.statement(statement, topLevel: true)
            let frame = Frame(size: compiler.frameSize)
            _ = try execute(frame)
        } catch {
            if case .exit = error.kind { throw error }
            let failed = session
            session = saved.0
            // Except a run's actions: each is done (and journaled) on its own.
            session.keepRunActions(of: failed)
            globals.restore(saved.1)
            for (name, box) in procedures { box.procedure = saved.2[name] ?? nil }
            throw error
        }
    }

    var names: Parser.Names {
        Parser.Names(
            isCommand: { CommandRegistry.command(named: $0) != nil },
            isProcedure: { [unowned self] name in procedures[name]?.procedure != nil || declaring.contains(name) },
            isVariable: { [unowned self] name in globals.slot(of: name) != nil })
    }

    // MARK: Procedures

    func procedureBox(_ name: String) -> ProcedureBox {
        if let box = procedures[name] { return box }
        let box = ProcedureBox()
        procedures[name] = box
        return box
    }

    func isDeclaringProcedure(_ name: String) -> Bool { declaring.contains(name) }

    /// A procedure that calls itself holds its own box (and the interpreter): a cycle, so the
    /// shell empties the boxes when it is done, and they and what they hold are freed.
    func forgetProcedures() {
        for box in procedures.values { box.procedure = nil }
        procedures = [:]
    }

    var procedureNames: [String] { procedures.filter { $0.value.procedure != nil }.keys.sorted() }

    func compile(_ procedure: Procedure) throws(ShellError) -> CompiledProcedure {
        declaring.insert(procedure.name)
        var compiler = Compiler(interpreter: self, isTopLevel: false, parameters: procedure.parameters.map(\.name))
        var defaults: [Evaluate?] = []
        for parameter in procedure.parameters {
            defaults.append(
                try parameter.defaultValue.map { (value: Expression) throws(ShellError) -> Evaluate in try compiler.expression(value) })
        }
        let body = try compiler.block(procedure.body)
        return CompiledProcedure(
            name: procedure.name, parameterNames: procedure.parameters.map(\.name), defaults: defaults,
            frameSize: compiler.frameSize, body: body, location: procedure.location)
    }

    func call(_ box: ProcedureBox, _ arguments: [Value], at location: SourceLocation) throws(ShellError) -> Value {
        guard let procedure = box.procedure else { throw ShellError("the procedure is not defined yet", at: location) }
        let frame = try enter(procedure, giving: arguments.count, at: location)
        for (index, argument) in arguments.enumerated() { frame.slots[index] = argument }
        return try finish(procedure, in: frame, given: arguments.count)
    }

    /// Checks a call's argument count and depth, and makes the callee's frame for the
    /// caller to fill with the arguments.
    func enter(_ procedure: CompiledProcedure, giving count: Int, at location: SourceLocation) throws(ShellError) -> Frame {
        guard count >= procedure.requiredCount, count <= procedure.parameterNames.count else {
            let list = procedure.parameterNames.joined(separator: ", ")
            let required = procedure.requiredCount
            let most = procedure.parameterNames.count
            let said: Message =
                required == most
                ? (required == 1
                    ? "`\(procedure.name)` takes 1 argument, not \(count)"
                    : "`\(procedure.name)` takes \(required) arguments, not \(count)")
                : "`\(procedure.name)` takes \(required) to \(most) arguments, not \(count)"
            throw ShellError(
                said,
                hint: "it is declared as \(procedure.name)(\(list)) at line \(procedure.location.line)", at: location)
        }
        guard callDepth < Self.maximumCallDepth else {
            throw ShellError(
                "too deep: more than \(Self.maximumCallDepth) procedure calls are running at once",
                hint: "a recursive procedure needs a case that stops it", at: location)
        }
        try checkInterrupt(at: location)
        return Frame(size: procedure.frameSize)
    }

    /// Fills in defaults for the arguments not given, runs the body and gives its result.
    func finish(_ procedure: CompiledProcedure, in frame: Frame, given count: Int) throws(ShellError) -> Value {
        if count < procedure.parameterNames.count {
            for index in count..<procedure.parameterNames.count { frame.slots[index] = try procedure.defaults[index]!(frame) }
        }
        callDepth += 1
        defer { callDepth -= 1 }
        if case .returned(let value) = try procedure.body(frame) { return value }
        return .null
    }

    // MARK: Commands

    /// Runs a command (or a procedure called shell-style) and says whether `--json` was asked.
    func run(_ words: CommandWords) throws(ShellError) -> (CommandResult, Bool) {
        let name = words.name.text
        if let box = procedures[name], box.procedure != nil {
            let arguments = zip(words.arguments, words.values).map { token, value -> Value in
                token.kind == .word ? (Double(token.text).map(Value.number) ?? value) : value
            }
            return (CommandResult(try call(box, arguments, at: words.location)), false)
        }
        guard let command = CommandRegistry.command(named: name) else {
            throw ShellError("unknown command `\(name)`", hint: HelpText.suggestion(for: name), at: words.location)
        }
        let invocation = try Invocation(command, words)
        let result = try command.run(invocation, &session)
        // Notes are said whether or not the result is shown (`let r = simulate …` too).
        for note in result.notes { terminal.confirm(note) }
        if let status = session.exitStatus { throw ShellError.exit(status) }
        return (result, invocation.has(.json))
    }

    // MARK: Output

    /// At the prompt (not in scripts), output longer than the screen goes through a pager.
    var pagesLongOutput = false

    /// Prints a statement's value at the top level; nil prints nothing.
    func show(_ value: Value, labels: Bool = false) {
        if value == .null { return }
        emit(ValueDescription.display(value, width: terminal.width, labels: labels))
    }

    private func emit(_ text: String) {
        if pagesLongOutput { terminal.page(text) } else { terminal.write(text) }
    }

    /// Prints a command's result: JSON with `--json`, else its text for people.
    func show(_ result: CommandResult, json: Bool) {
        if json {
            emit(result.presentation?.json ?? JSONWriter.write(result.value))
        } else if let presentation = result.presentation {
            let text = presentation.render(width: terminal.width, colour: terminal.colour)
            if result.confirms { terminal.confirm(text) } else { emit(text) }
        } else {
            show(result.value, labels: true)
        }
    }

    func checkInterrupt(at location: SourceLocation) throws(ShellError) {
        if interruptRequested.load(ordering: .relaxed) {
            interruptRequested.store(false, ordering: .relaxed)
            throw ShellError.interrupted(at: location)
        }
    }

    // MARK: Files

    /// A script file's text: a byte that is not UTF-8, or a NUL, is refused at its line and column.
    static func scriptText(_ data: Data, file: String) throws(ShellError) -> String {
        do throws(SOPReadError) {
            return try TextFile.decode(
                data, file: file,
                binary: (
                    "this is a binary file, not a script (a NUL byte stands here)",
                    "remove the NUL; a script is UTF-8 text, not UTF-16 or a program"
                ))
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }

    /// `source FILE`: runs a script in this interpreter, so its variables and procedures stay.
    func source(_ path: String, at location: SourceLocation) throws(ShellError) {
        guard sourceDepth < 50 else {
            throw ShellError("`source` is nested more than 50 deep", hint: "a script probably sources itself", at: location)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ShellError("cannot read \(path)", hint: "check the path; it is relative to where sopsh was started", at: location)
        }
        let text = try Self.scriptText(data, file: path)
        sourceDepth += 1
        defer { sourceDepth -= 1 }
        let block = try parse(text, file: path)
        for statement in block.statements { try run(statement) }
    }
}
