import Foundation
import SOPRuntime

/// A shell command: its name and help, the flags it takes, and what it does. Every command
/// is one value in `CommandRegistry`, so help, completion and the runner read the same facts.
struct Command: Sendable {
    enum Group: String, CaseIterable, Sendable {
        case documents = "Documents"
        case viewing = "Viewing"
        case editing = "Editing"
        case running = "Training runs"
        case shell = "Shell"

        /// The group's heading in `help`, in the catalogue's language.
        var title: Message { Message(catalogued: rawValue) }
    }

    /// A flag, declared once (CommandFlags.swift) and read back by that declaration
    /// (`invocation.text(.width)`), so that the usage line, `help`, the manual page, Tab
    /// completion and the reading all come from one place and cannot name different flags.
    struct Flag: Sendable, Equatable {
        var name: String
        /// The value's placeholder (`FILE`), or nil for a switch such as `--json`.
        var value: String?
        var summary: Message
        /// What Tab offers for the value.
        var completes: ValueKind = .nothing
        /// The flag written out (`--every 40h`), for hints that show how to write it.
        var example: String?

        /// `--width N`: the flag as the usage line writes it.
        var written: String { "--\(name)" + (value.map { " \($0)" } ?? "") }

        /// The same flag described for one command: `--report` writes a different page for each.
        func described(_ summary: Message) -> Flag {
            var copy = self
            copy.summary = summary
            return copy
        }

        /// A flag is its name: `.report` reads `--report` whatever a command says of it.
        static func == (lhs: Flag, rhs: Flag) -> Bool { lhs.name == rhs.name }
    }

    /// What a flag's value names, for Tab completion. Values that are lists (`5=2h,7=1h`)
    /// complete item by item after each comma.
    enum ValueKind: Sendable {
        case nothing, file
        /// One of these words, or also a file.
        case words([String])
        case wordsOrFile([String])
        /// Step numbers, each followed by `then` (`=` for `--time 5=`, `+` for `--merge 9+10`).
        case steps(then: String)
        /// Role ids, each followed by `then`.
        case roles(then: String)
        /// `STEP:ANSWER=`: a decision step, then one of its answers.
        case decisions
        /// `STEP=ROLE+ROLE`: a step, then roles.
        case stepRoles
    }

    var name: String
    var aliases: [String] = []
    var group: Group
    /// One line for the command list.
    var summary: Message
    /// What follows the name, flags aside: `STEP ROLE…` for `assign`. The usage line is made
    /// from it and the declared flags (`usage`).
    var synopsis = ""
    var details: Message
    var examples: [String]
    var flags: [Flag] = []
    /// How many positional arguments it takes.
    var arity: ClosedRange<Int>
    /// What each positional argument names, for Tab completion; the last one repeats.
    var completes: [ArgumentKind] = []
    var run: @Sendable (Invocation, inout Session) throws(ShellError) -> CommandResult

    enum ArgumentKind: Sendable {
        case file, step, role, answer, target, command, text
        /// A step the current role can do now in the current case, never a decision (for `do`).
        case readyStep
        /// An answer of the decision the current case is at (for `decide`).
        case currentAnswer
    }

    /// `do [STEP] [--took DURATION]`: the name, the synopsis and the flags, as many as fit a
    /// line (`help COMMAND` lists them all), made from the declarations so it cannot drift.
    var usage: String {
        var line = synopsis.isEmpty ? name : "\(name) \(synopsis)"
        let more = " [--FLAG VALUE…]"
        for (index, flag) in flags.enumerated() {
            let next = " [\(flag.written)]"
            let last = index == flags.count - 1
            guard line.count + next.count + (last ? 0 : more.count) <= Self.usageWidth else {
                line += more
                break
            }
            line += next
        }
        return line
    }

    /// How long a usage line may grow before the rest of its flags are left to `help`.
    static let usageWidth = 120

    /// Every flag the command takes: its own, then `--json`, which every command takes.
    var allFlags: [Flag] { flags + [.json] }

    /// Whether `flag` is one this command takes.
    func takes(_ flag: Flag) -> Bool { allFlags.contains(flag) }
}

/// What a command gives back: a value for scripts and `--json`, and optionally what a person
/// should see instead of the value's plain rendering, as a `Presentation` that the shell
/// renders when (and if) it shows the result.
struct CommandResult: Sendable {
    var value: Value
    /// For people, when the value's own rendering is not what they should read.
    var presentation: Presentation?
    /// The presentation when it is words already (a confirmation, a summary).
    var display: String? {
        get { if case .words(let text) = presentation { text } else { nil } }
        set { presentation = newValue.map(Presentation.words) }
    }
    /// Whether the text confirms what a command did (`Opened …`, `Saved …`, a step done)
    /// rather than answering a question: confirmations go to stderr, so that a script's
    /// stdout carries only the results it asked for and `--json` output stays pure JSON.
    var confirms = false
    /// Lines a person should read beside the result (a warning, which SOP was simulated):
    /// written to stderr when the command runs, whether the result is shown or kept in a variable.
    var notes: [String] = []

    /// A command that changes something says what it did, on stderr.
    static func confirmation(_ value: Value, _ message: Message) -> CommandResult {
        var result = CommandResult(value, display: message)
        result.confirms = true
        return result
    }

    /// A confirmation whose text is already rendered (the narration of a step done).
    static func confirmation(_ value: Value, text: String) -> CommandResult {
        var result = CommandResult(value, text: text)
        result.confirms = true
        return result
    }

    /// `text` is display text already rendered in the catalogue's language.
    init(_ value: Value, text: String) {
        self.value = value
        self.presentation = .words(text)
    }

    init(_ value: Value, display: Message? = nil) {
        self.value = value
        self.presentation = display.map { .words($0.text) }
    }

    /// What is shown is rendered at show time, at the terminal's width then.
    init(_ value: Value, presentation: Presentation) {
        self.value = value
        self.presentation = presentation
    }
}

/// One call of a command: its positional arguments and flags, checked against the command.
/// Flags are read by their declarations (`has(.force)`, `text(.width)`), never by a string.
struct Invocation: Sendable {
    var command: Command
    var statement: CommandWords
    var positionals: [Token]
    /// Every value given to each flag, by name, in order, with the place it was written: a
    /// flag that takes a list may be given more than once (`--time 5=2h --time 7=1h`). A
    /// switch has one empty value where it was written.
    private var given: [String: [FlagValue]]

    struct FlagValue: Sendable {
        var text: String
        var location: SourceLocation
    }

    /// The values of the positional arguments (a bare word's value is its text).
    var values: [Value]

    /// Splits the arguments into flags and positionals; an unknown flag, a missing flag value
    /// or the wrong number of arguments is an error that shows the usage.
    init(_ command: Command, _ statement: CommandWords) throws(ShellError) {
        self.command = command
        self.statement = statement
        var positionals: [Token] = []
        var values: [Value] = []
        var given: [String: [FlagValue]] = [:]
        var remaining = Array(zip(statement.arguments, statement.values))[...]
        var flagsEnded = false
        let known = command.allFlags
        while let (token, value) = remaining.popFirst() {
            guard !flagsEnded, token.kind == .word, token.text.hasPrefix("--"), token.text.count > 2 else {
                if token.kind == .word, token.text == "--", !flagsEnded {
                    flagsEnded = true
                } else {
                    positionals.append(token)
                    values.append(value)
                }
                continue
            }
            let name = String(token.text.dropFirst(2))
            guard let flag = known.first(where: { $0.name == name }) else {
                let nearest = EditDistance.suggestions(for: name, among: known.map(\.name))
                throw ShellError(
                    "`\(command.name)` has no flag --\(name)",
                    hint: nearest.first.map { "did you mean --\($0)?" } ?? "usage: \(command.usage)",
                    at: token.location)
            }
            if let placeholder = flag.value {
                guard let (value, _) = remaining.popFirst() else {
                    throw ShellError("--\(name) needs a value", hint: "write --\(name) \(placeholder)", at: token.location)
                }
                given[name, default: []].append(FlagValue(text: value.text, location: value.location))
            } else {
                given[name, default: []].append(FlagValue(text: "", location: token.location))
            }
        }
        guard command.arity.contains(positionals.count) else {
            // Named as typed: `exit 1 2` is about `exit`, though `quit` is its name.
            let typed = statement.name.text
            let usage = typed == command.name ? command.usage : typed + command.usage.dropFirst(command.name.count)
            let problem: Message =
                positionals.count < command.arity.lowerBound
                ? "too few arguments for `\(typed)`" : "too many arguments for `\(typed)`"
            throw ShellError(
                problem, hint: "usage: \(usage)",
                at: positionals.count > command.arity.upperBound
                    ? positionals[command.arity.upperBound].location : statement.location)
        }
        self.positionals = positionals
        self.values = values
        self.given = given
    }

    /// Whether `flag` was given.
    func has(_ flag: Command.Flag) -> Bool { !values(flag).isEmpty }

    /// The value given to `flag`, the last one when it was given more than once.
    func text(_ flag: Command.Flag) -> String? {
        assert(flag.value != nil, "--\(flag.name) is a switch: ask has(_:), not its text")
        return values(flag).last?.text
    }

    /// Every value given to `flag`, in order.
    func values(_ flag: Command.Flag) -> [FlagValue] {
        // Reading a flag the command does not declare would always find nothing: a mistake
        // of the code, which the tests' debug builds stop at.
        assert(command.takes(flag), "`\(command.name)` reads --\(flag.name), which it does not declare")
        return given[flag.name] ?? []
    }

    /// The flags given, in the order the command declares them.
    var givenFlags: [Command.Flag] { command.allFlags.filter { given[$0.name] != nil } }

    /// The same call handed to another command, with no arguments (`walk` starting a case).
    func with(command other: Command) -> Invocation {
        var copy = self
        copy.command = other
        copy.positionals = []
        copy.values = []
        copy.given = [:]
        return copy
    }

    /// An error located at `flag`'s value, or at the command.
    func flagError(_ message: Message, hint: Message? = nil, flag: Command.Flag) -> ShellError {
        ShellError(message, hint: hint, at: given[flag.name]?.last?.location ?? statement.location)
    }

    /// Writes `text` to `path` atomically; a failure is an error at argument `index`, saying
    /// what to check.
    func write(_ text: String, to path: String, argument index: Int? = nil) throws(ShellError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw self.error(
                "\(error)", hint: "check that the folder exists, that you may write to it and that the disk has room", argument: index)
        }
    }

    /// An error whose words were already rendered, located like `error`.
    func error(rendered message: String, hint: String?, argument index: Int? = nil) -> ShellError {
        error(Message(verbatim: message), hint: hint.map(Message.init(verbatim:)), argument: index)
    }

    /// An error located at positional argument `index` (or at the command when it is absent).
    func error(_ message: Message, hint: Message? = nil, argument index: Int? = nil) -> ShellError {
        let location = index.flatMap { $0 < positionals.count ? positionals[$0].location : nil } ?? statement.location
        return ShellError(message, hint: hint, at: location)
    }
}
