import Foundation
import SOPRuntime

/// What the run commands share: the run and case they act on, the role, the journal.
extension Session {
    func requireRun(_ invocation: Invocation) throws(ShellError) -> TrainingRun {
        guard let run else {
            throw invocation.error("no case has been started", hint: "start one: start, or start kasus1 at 2026-03-02T07:30")
        }
        return run
    }

    /// The current case's name: the one `switch` chose, else the only or the last one started.
    func requireCase(_ invocation: Invocation) throws(ShellError) -> String {
        let run = try requireRun(invocation)
        if let currentCase, run.case(named: currentCase) != nil { return currentCase }
        guard let last = run.cases.last else { throw invocation.error("no case has been started", hint: "start") }
        return last.name
    }

    /// The run and its current case.
    func requireCurrentCase(_ invocation: Invocation) throws(ShellError) -> (TrainingRun, Case) {
        let run = try requireRun(invocation)
        return (run, run.case(named: try requireCase(invocation))!)
    }

    func requireRole(_ invocation: Invocation) throws(ShellError) -> String {
        guard let role else {
            let roles = document?.sop.roles.map(\.id).joined(separator: ", ") ?? ""
            throw invocation.error("you are not acting as any role yet", hint: "choose one with `as ROLE` (\(roles))")
        }
        return role
    }

    /// Records what a command did to the run: its newest events on disk, then the new run.
    /// An action that cannot be written to the journal is not done: the error names the file
    /// and the session keeps the run as it was (the journal too is left as it was).
    mutating func commit(_ run: TrainingRun, invocation: Invocation) throws(ShellError) {
        let before = self.run?.events.count ?? 0
        if let journalPath {
            do {
                try RunJournal(path: journalPath).append(run.events.count < before ? [.undone] : Array(run.events.dropFirst(before)))
            } catch {
                let reason = (error as? AtomicFileError).map { localized("cannot write \($0.path): \($0.reason)") } ?? "\(error)"
                throw invocation.error(
                    "the action was not done: it could not be written to the run journal (\(reason))",
                    hint: "free some disk space and do it again; the run stands as after its last action")
            }
        }
        runCommits += 1
        self.run = run
    }

    /// A statement that fails is undone: the runner puts the session back as it was before it
    /// (`Interpreter.run`). A run's actions done during it are the exception: each was done,
    /// journaled and reported on its own (a walk's steps, shown to the room), and `resume` would
    /// bring them back, so the session keeps the run as it was committed, and `undo` takes such
    /// an action back. Without this the session and its journal would part, and the next action
    /// would be journaled after actions the session no longer has.
    mutating func keepRunActions(of failed: Session) {
        guard failed.runCommits != runCommits else { return }
        if let run = failed.run, document?.savedSOP != run.sop {
            // The statement opened the SOP the run follows (`open`, `resume FILE`): it stays open.
            document = failed.document
        }
        run = failed.run
        journalPath = failed.journalPath
        runCommits = failed.runCommits
        currentCase = failed.currentCase
        calendar = failed.calendar
    }

    /// What to do when another sopsh holds the run journal.
    static let busyHint: Message =
        "finish or quit the run in that sopsh first; for two runs at once, give this one a state folder of its own: XDG_STATE_HOME=DIR sopsh"

    /// Where runs are journaled: $XDG_STATE_HOME/sopsh/run.journal (or ~/.local/state/…).
    static func defaultJournalPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        guard let base else { return nil }
        try? FileManager.default.createDirectory(atPath: base + "/sopsh", withIntermediateDirectories: true)
        return base + "/sopsh/run.journal"
    }
}

extension Invocation {
    /// A refusal from the run engine as a shell error, with the valid alternatives as its hint.
    func refused(_ refusal: Refusal, argument: Int? = nil) -> ShellError {
        let hint: Message? = refusal.alternatives.isEmpty ? nil : "instead: \(refusal.alternatives.joined(separator: " · "))"
        return error(Message(verbatim: refusal.reason), hint: hint, argument: argument)
    }

    /// A `--took`-style duration flag.
    func duration(flag: Command.Flag) throws(ShellError) -> WorkDuration? {
        guard let text = text(flag) else { return nil }
        let name = flag.name
        do throws(DurationError) {
            return try DurationParser.parse(text)
        } catch {
            throw self.error(
                "--\(name) \(text) is not a duration: \(error.message)", hint: "for example --\(name) 90m or --\(name) \"1 jam 30 menit\"")
        }
    }
}

/// A path as an absolute one, so that a journal can be resumed from any folder.
func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// The moment on the office's wall clock now, in the machine's time zone.
enum WallClock {
    static func now() -> CivilDateTime {
        let seconds = Date().timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT())
        return CivilDateTime(minutes: (seconds / 60).rounded(.down))
    }
}
