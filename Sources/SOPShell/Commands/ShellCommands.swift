import Foundation
import SOPRuntime

/// Help and leaving the shell.
extension Command {
    static let help = Command(
        name: "help", group: .shell,
        summary: "list the commands, or explain one",
        synopsis: "[COMMAND]",
        details:
            "Without an argument, lists every command grouped by purpose. With a command's name, shows its usage, what it does, its flags and examples.",
        examples: ["help", "help link"],
        arity: 0...1,
        completes: [.command]
    ) { invocation, _ throws(ShellError) in
        guard let name = invocation.positionals.first?.text else { return CommandResult(.string(HelpText.overview())) }
        guard let command = CommandRegistry.command(named: name) else {
            throw invocation.error("there is no command `\(name)`", hint: HelpText.suggestion(for: name), argument: 0)
        }
        return CommandResult(.string(HelpText.page(for: command)))
    }

    static let print = Command(
        name: "print", aliases: ["echo"], group: .shell,
        summary: "print values: text as it is, other values as the language writes them",
        synopsis: "VALUE…",
        details:
            "Prints its arguments separated by spaces: bare words and text as they are, numbers, durations, lists and records as the language writes them. With --json, prints each value as JSON.",
        examples: ["print \"Halo, ${name}\"", "print (1 + 2) items", "print --json $record"],
        arity: 0...Int.max
    ) { invocation, _ throws(ShellError) in
        CommandResult(.null, presentation: .printed(invocation.values))
    }

    static let exec = Command(
        name: "exec", group: .shell,
        summary: "run a host program (only with sopsh --allow-exec)",
        synopsis: "PROGRAM [ARGUMENT…]",
        details:
            "Runs PROGRAM (found on PATH) with the arguments and waits for it. Gives a record with its exit status, standard output and standard error. Scripts cannot run host programs unless sopsh was started with --allow-exec, so that opening someone else's script is safe.",
        examples: ["let r = exec date +%F", "print $r.stdout"],
        arity: 1...Int.max,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        guard session.allowsHostPrograms else {
            throw invocation.error("running host programs is off", hint: "start sopsh with --allow-exec to allow `exec`")
        }
        let words = invocation.positionals.map(\.text)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = words
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        // Not sopsh's own input: piped commands still to come are sopsh's, not the program's.
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw invocation.error("cannot run \(words[0]): \(error.localizedDescription)", argument: 0)
        }
        // Read both pipes before waiting, so that a program with much output never blocks.
        let outText = output.fileHandleForReading.readDataToEndOfFile()
        let errText = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let record: Record = [
            "status": .number(Double(process.terminationStatus)),
            "stdout": .string(String(decoding: outText, as: UTF8.self)),
            "stderr": .string(String(decoding: errText, as: UTF8.self))
        ]
        return CommandResult(.record(record), text: String(decoding: outText, as: UTF8.self) + String(decoding: errText, as: UTF8.self))
    }

    static let quit = Command(
        name: "quit", aliases: ["exit"], group: .shell,
        summary: "leave sopsh (with an exit status)",
        synopsis: "[STATUS]",
        details: "Leaves sopsh. In a script, stops it with STATUS (0 by default) as the exit status.",
        examples: ["quit", "exit 1"],
        arity: 0...1
    ) { invocation, session throws(ShellError) in
        var status: Int32 = 0
        if let token = invocation.positionals.first {
            guard let value = Int32(token.text), (0...255).contains(value) else {
                throw invocation.error("`\(token.text)` is not an exit status", hint: "give a number from 0 to 255", argument: 0)
            }
            status = value
        }
        session.exitStatus = status
        return CommandResult(.null)
    }
}

/// The words of `help`, built from the registry so that they never disagree with the commands.
enum HelpText {
    static func overview() -> String {
        var lines = [localized("sopsh: open, check, fix and save Standard Operating Procedures (SOP AP)."), ""]
        let nameWidth = CommandRegistry.all.map { DisplayWidth.of(listedName($0)) }.max() ?? 0
        for group in Command.Group.allCases {
            let commands = CommandRegistry.all.filter { $0.group == group }
            guard !commands.isEmpty else { continue }
            lines.append(localized("\(group.title):"))
            for command in commands {
                lines.append(
                    "  " + listedName(command).padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0) + command.summary.text)
            }
        }
        lines += [
            "", localized("Every command takes --json. `help COMMAND` explains one."),
            localized("Statements are separated by new lines or `;`; `#` starts a comment.")
        ]
        return lines.joined(separator: "\n")
    }

    /// A command as the overview lists it: `buka (open)` when sopsh speaks Indonesian.
    static func listedName(_ command: Command) -> String {
        guard Catalogue.current.language == "id", let indonesian = IndonesianCommandNames.of(command) else { return command.name }
        return "\(indonesian) (\(command.name))"
    }

    static func page(for command: Command) -> String {
        var lines = [localized("usage: \(command.usage)"), ""]
        lines += TextWrap.lines(command.details.text, width: 78)
        if !command.otherNames.isEmpty { lines += ["", localized("aliases: \(command.otherNames.joined(separator: ", "))")] }
        let flags = command.allFlags
        lines += ["", localized("flags:")]
        let names = flags.map(\.written)
        let nameWidth = max(14, names.map(\.count).max() ?? 0) + 2
        for (flag, name) in zip(flags, names) {
            lines.append(localized("  \(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0))\(flag.summary)"))
        }
        lines += ["", localized("examples:")] + command.examples.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }

    static func suggestion(for name: String) -> Message {
        let nearest = EditDistance.suggestions(for: name, among: CommandRegistry.names)
        return nearest.first.map { "did you mean `\($0)`?" } ?? "`help` lists the commands"
    }
}
