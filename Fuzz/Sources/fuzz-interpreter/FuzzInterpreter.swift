import Foundation
import FuzzSupport
// `@testable` (the build passes -enable-testing) for what the public API does not give: the
// command table, to know which commands an input names; the flag Ctrl-C sets, to stop a
// statement that runs too long exactly as a user at the prompt would; and the procedures, to
// undefine them after each input (see below).
@testable import SOPShell
import Synchronization

/// Commands an input may run. Everything else the shell has (`save`, `export`, `save-run`,
/// `exec`, `simulate`, `compare`, `timeline`, and any command added later until someone lists it here) is
/// refused, because it writes files where the input says, runs programs, or runs a long
/// simulation on every core. Refusing by the name in the text is exact: a command runs only
/// when its name is written as the first word of a statement.
private let allowedCommands: Set<String> = [
    "open", "check", "info", "roles", "steps", "show", "assign", "link", "set-time",
    "start", "cases", "switch", "as", "todo", "who", "do", "decide", "docs", "status", "log", "undo",
    "explain", "where", "clock", "wait", "calendar", "walk", "resume", "replay",
    "help", "print", "echo", "quit", "exit", "flow",
]

private let refusedCommands: [String] = CommandRegistry.names.filter { !allowedCommands.contains($0) }.sorted()

/// Whether the interpreter may run `text` here. `calendar save FILE` writes a file, and its
/// action word could be computed (`calendar ("sa" + "ve") …`), so `calendar` runs only with
/// literal words: no `$`, parentheses or strings anywhere in the input.
private func mayRun(_ text: String) -> Bool {
    if refusedCommands.contains(where: text.contains) { return false }
    if text.contains("calendar"), text.contains(where: { "$(\"'".contains($0) }) { return false }
    return true
}

/// Set up once: a scratch folder as the current directory (HOME and the XDG folders in it, so
/// the run journal goes there) with the examples and the scripts' support files, so that seed
/// scripts' `open examples/…` and `source Tests/Scripts/support/…` work as in the repository.
private let setUp: Void = {
    let support = ScratchFolder.files(in: "Tests/Scripts/support", endingWith: [".sopsh"])
    let examples = ScratchFolder.files(in: "examples", endingWith: [".yaml", ".txt", ".sopsh"])
    ScratchFolder.enter(copying: examples + support)
    setenv("NO_COLOR", "1", 1)
    setenv("COLUMNS", "100", 1)
    Watchdog.start()
}()

/// Stops an input that runs longer than its budget by setting the flag Ctrl-C sets: the
/// interpreter checks it at every loop step and procedure call and stops the statement with
/// "interrupted", so `while true {}` costs the budget, not a libFuzzer timeout. Work that
/// never reaches such a check (one huge built-in call) still runs into libFuzzer's -timeout,
/// and that is a finding: a user could not stop it either.
private enum Watchdog {
    /// When the input being run must stop (uptime in nanoseconds); 0 when none is running.
    static let deadline = Atomic<UInt64>(0)
    static let budget: UInt64 = {
        let milliseconds = ProcessInfo.processInfo.environment["SOPSH_FUZZ_BUDGET_MS"].flatMap { UInt64($0) } ?? 250
        return milliseconds * 1_000_000
    }()

    static func start() {
        let thread = Thread {
            while true {
                usleep(10_000)
                let due = deadline.load(ordering: .relaxed)
                if due != 0, DispatchTime.now().uptimeNanoseconds > due {
                    interruptRequested.store(true, ordering: .relaxed)
                }
            }
        }
        thread.start()
    }

    static func begin() { deadline.store(DispatchTime.now().uptimeNanoseconds + budget, ordering: .relaxed) }

    static func end() {
        deadline.store(0, ordering: .relaxed)
        interruptRequested.store(false, ordering: .relaxed)
    }
}

/// The language runs on sopsh's large stack, as `Shell.onLargeStack` gives it in the binary.
private let stack = LargeStackThread()

/// Fuzzes the whole language as `sopsh -c TEXT --keep-going` runs it: lexer, parser, compiler,
/// interpreter, built-ins, and the SOP commands listed above on the example SOPs. A new
/// `Shell` for each input, so that one input's variables or open SOP never change another's.
///
/// Any text must run or stop with an error; a crash, a trap, a sanitizer report or a hang
/// that Ctrl-C could not stop is a finding. Inputs naming a refused command are skipped
/// (returning -1 keeps them out of the corpus).
func fuzzInterpreter(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzInput.text(bytes, count)
    guard mayRun(text) else { return -1 }
    _ = setUp
    Watchdog.begin()
    stack.run {
        let shell = Shell(Shell.Options(keepGoing: true, runStartupFile: false, allowHostPrograms: false))
        _ = shell.runText(text, file: "fuzz.sopsh")
        // A compiled procedure's closures hold the interpreter that holds the procedure: a
        // cycle that costs nothing in sopsh, where one interpreter lives as long as the
        // process, but would keep every input's interpreter alive here. Undefining the
        // procedures breaks it, so that memory stays flat and LeakSanitizer stays quiet.
        for name in shell.interpreter.procedureNames { shell.interpreter.procedureBox(name).procedure = nil }
    }
    Watchdog.end()
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzInterpreter` as the test.
@_cdecl("fuzz_interpreter_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzInterpreter(bytes, count) }
}
