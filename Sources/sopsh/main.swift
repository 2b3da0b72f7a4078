import ArgumentParser
import Foundation
import SOPRuntime
import SOPShell

/// `sopsh` runs a script, `-c` text or piped commands, or the prompt at a terminal;
/// `sopsh check FILE…` checks SOP files for CI.
struct SopshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sopsh",
        abstract: "A shell for Standard Operating Procedures (SOP AP): open, check, fix and save them.",
        version: "0.1.0",
        subcommands: [Run.self, CheckFiles.self],
        defaultSubcommand: Run.self
    )
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Run a script, -c text, piped commands, or the prompt (the default).")

    @Option(name: .customShort("c"), help: ArgumentHelp("Run TEXT (statements separated by new lines or ';') and exit.", valueName: "TEXT"))
    var command: String?

    @Flag(name: .long, help: "Keep going after a failing statement (the exit status is still 1).")
    var keepGoing = false

    @Argument(help: ArgumentHelp("A script file to run.", valueName: "FILE"))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Arguments for the script.", valueName: "ARGS"))
    var arguments: [String] = []

    func run() throws {
        Shell.useUTF8Locale()
        let (command, script, arguments, keepGoing) = (self.command, self.script, self.arguments, self.keepGoing)
        let status = Shell.onLargeStack {
            if let command {
                return Shell(arguments: [script].compactMap { $0 } + arguments).run(command, file: "-c", keepGoing: keepGoing)
            }
            if let script {
                guard let data = FileManager.default.contents(atPath: script) else {
                    FileHandle.standardError.write(Data("sopsh: cannot read \(script): no such file or not readable\n".utf8))
                    return 1
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    FileHandle.standardError.write(Data("sopsh: \(script) is not UTF-8 text; save it as UTF-8\n".utf8))
                    return 1
                }
                return Shell(arguments: arguments).run(text, file: script, keepGoing: keepGoing)
            }
            if isatty(STDIN_FILENO) != 0 { return Shell().runInteractive() }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return Shell().run(String(decoding: data, as: UTF8.self), file: "<stdin>", keepGoing: keepGoing)
        }
        throw ExitCode(status)
    }
}

struct CheckFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check SOP files and exit 1 if any has errors (for an author's CI).")

    @Flag(name: .long, help: "Print the findings as JSON.")
    var json = false

    @Argument(help: ArgumentHelp("SOP files (.yaml or table text).", valueName: "FILE"))
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one SOP file to check") }
    }

    func run() throws {
        Shell.useUTF8Locale()
        throw ExitCode(Shell().checkFiles(files, json: json))
    }
}

SopshCommand.main()
