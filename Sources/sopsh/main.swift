import ArgumentParser
import Foundation
import SOPShell

/// `--lang`, for the prompt and for `sopsh check` and `sopsh import` alike.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            Shell.say("Speak LANG: en (English) or id (Bahasa Indonesia); default SOPSH_LANG, else the locale."), valueName: "LANG"))
    var name: String?

    func validate() throws {
        if let name, let problem = Shell.speak(flag: name) { throw ValidationError(problem) }
    }
}

/// `sopsh` runs a script, `-c` text or piped commands, or the prompt at a terminal.
struct Sopsh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sopsh",
        abstract: Shell.say("A shell for Standard Operating Procedures (SOP AP): open, check, fix and save them."),
        usage: Shell.say(
            """
            sopsh [--norc] [--allow-exec]                 start the prompt (or read commands from stdin)
            sopsh [options] FILE [ARGS…]                  run a script
            sopsh [options] -c TEXT [ARGS…]               run TEXT
            sopsh check [--json] FILE…                    check SOP files; exit 1 on errors
            sopsh import [-o DIR] [--json] FILE…          save SOP PDFs as YAML; exit 1 if any is refused
            """),
        discussion: Shell.say(
            "At the prompt, `help` lists the commands and `help COMMAND` explains one. Exit status: 0 ok, 1 error, 2 usage."),
        version: Shell.version
    )

    @Option(
        name: .customShort("c"),
        help: ArgumentHelp(Shell.say("Run TEXT (statements separated by new lines or ';') and exit."), valueName: "TEXT"))
    var command: String?

    @Flag(name: .long, help: ArgumentHelp(Shell.say("Keep going after a failing statement (the exit status is still 1).")))
    var keepGoing = false

    @Flag(name: .long, help: ArgumentHelp(Shell.say("Do not run the start-up file ($XDG_CONFIG_HOME/sopsh/init.sopsh).")))
    var norc = false

    @Flag(name: .long, help: ArgumentHelp(Shell.say("Allow scripts to run host programs with `exec`.")))
    var allowExec = false

    @OptionGroup var language: LanguageOption

    @Flag(name: .long, help: .hidden)
    var manual = false

    @Argument(help: ArgumentHelp(Shell.say("A script to run, then its arguments (in `args`)."), valueName: "FILE"))
    var script: String?

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp(Shell.say("Arguments for the script."), valueName: "ARGS"))
    var arguments: [String] = []

    func run() throws {
        if manual {
            print(Manual.roff(date: "2026-11-29"), terminator: "")
            return
        }
        let options = Shell.Options(keepGoing: keepGoing, runStartupFile: !norc, allowHostPrograms: allowExec)
        let (command, script, arguments) = (self.command, self.script, self.arguments)
        throw ExitCode(
            Shell.onLargeStack {
                if let command {
                    return Shell(options, arguments: [script].compactMap { $0 } + arguments).runText(command, file: "-c")
                }
                if let script { return Shell(options, arguments: arguments).runFile(script) }
                return Shell(options).runStandardInput()
            })
    }
}

/// `sopsh check FILE…`, for SOP authors' CI.
struct CheckFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sopsh check",
        abstract: Shell.say("Check SOP files (.yaml or table text), work calendar and scenario files; exit 1 if any has errors."))

    @Flag(name: .long, help: ArgumentHelp(Shell.say("Print the findings as JSON.")))
    var json = false

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Shell.say("SOP files."), valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one SOP file to check") }
    }

    func run() throws {
        Shell.useUTF8Locale()
        throw ExitCode(Shell(Shell.Options()).checkFiles(files, json: json))
    }
}

/// `sopsh import FILE.pdf…`: signed PDFs (or folders of them) saved as YAML, for bringing
/// an office's SOPs into sopsh at once.
struct ImportFiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sopsh import",
        abstract: Shell.say(
            "Save SOP PDFs (or any SOP file sopsh opens) as YAML; a folder imports the PDFs in it. Exit 1 if any file is refused."))

    @Option(
        name: .customShort("o"),
        help: ArgumentHelp(Shell.say("Write the YAML files into DIR, made if missing (default: beside each input)."), valueName: "DIR"))
    var directory: String?

    @Flag(name: .long, help: ArgumentHelp(Shell.say("Print the outcome of each file as JSON.")))
    var json = false

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp(Shell.say("SOP PDFs, or folders of them."), valueName: "FILE"))
    var files: [String] = []

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one PDF (or folder of PDFs) to import") }
        if let directory {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("-o \(directory) is a file, not a folder; name a folder for the YAML files")
            }
        }
    }

    func run() throws {
        Shell.useUTF8Locale()
        throw ExitCode(Shell(Shell.Options()).importFiles(files, into: directory, json: json))
    }
}

/// Usage errors exit 2, as command-line tools do (the argument parser's own code is 64).
func main<Command: ParsableCommand>(_ command: Command.Type, _ arguments: [String]) -> Never {
    do {
        var parsed = try command.parseAsRoot(arguments)
        try parsed.run()
        exit(0)
    } catch {
        let code = command.exitCode(for: error)
        if code == .success, case let help = command.fullMessage(for: error), !help.isEmpty, !(error is ExitCode) {
            print(Shell.helpInLanguage(help))
            exit(0)
        }
        if code == .validationFailure {
            FileHandle.standardError.write(Data((command.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
        command.exit(withError: error)
    }
}

// A write past the file-size limit (ulimit -f) fails with EFBIG, which sopsh reports like a
// full disk; the signal that comes with it would otherwise kill sopsh mid-write.
signal(SIGXFSZ, SIG_IGN)
var arguments = Array(CommandLine.arguments.dropFirst())
// A language asked for by name must be one sopsh speaks, before it says anything.
if let problem = Shell.chooseLanguage(from: ProcessInfo.processInfo.environment, arguments: &arguments) {
    FileHandle.standardError.write(Data((problem + "\n").utf8))
    exit(2)
}
Shell.leaveNoTemporaries()
if arguments.first == "check" {
    main(CheckFiles.self, Array(arguments.dropFirst()))
}
if arguments.first == "import" {
    main(ImportFiles.self, Array(arguments.dropFirst()))
}
Shell.useUTF8Locale()
main(Sopsh.self, arguments)
