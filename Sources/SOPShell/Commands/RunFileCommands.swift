import Foundation
import SOPRuntime

/// Keeping runs: bring one back after a crash, keep one for a later class, play it again.
extension Command {
    static let resume = Command(
        name: "resume", group: .running,
        summary: "bring back the run that was going on (after a crash or a closed terminal)",
        synopsis: "[JOURNAL]",
        details:
            "Reads the run journal that sopsh writes as a run happens ($XDG_STATE_HOME/sopsh/run.journal, or JOURNAL: a new run keeps the one before it as run.journal.previous), opens its SOP, and brings every case back exactly as it was after its last completed action. The run goes on being journaled.",
        examples: ["resume", "resume ~/.local/state/sopsh/run.journal.previous"],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        guard let journal = Session.defaultJournalPath() else {
            throw invocation.error("there is no place for a run journal (HOME is not set)")
        }
        let source = invocation.positionals.first?.text ?? journal
        // sopsh's own journals are set aside when damaged, before a new run could replace them.
        let ownJournal = [journal, journal + ".previous"].map(absolutePath).contains(absolutePath(source))
        // A journal another sopsh is writing is not brought back here: both would append to it.
        do throws(RunJournal.Busy) {
            try RunJournal(path: journal).claim()
        } catch {
            throw invocation.error("the run was not resumed: \(error)", hint: Session.busyHint)
        }
        let (result, contents) = try load(journal: source, into: &session, invocation, settingAside: ownJournal)
        if absolutePath(source) != absolutePath(journal) {
            // The run brought back becomes the current journal; the one there is kept as `.previous`.
            try journalAgain(&session, contents, at: journal, invocation) { path, header, events in
                try RunJournal(path: path).begin(header, events: events)
            }
        } else if !contents.warnings.isEmpty {
            // Written again cleanly, so that a line torn by the crash is not followed by new ones.
            try journalAgain(&session, contents, at: journal, invocation) { path, header, events in
                try RunJournal.save(header, events: events, to: path)
            }
        }
        session.journalPath = journal
        return result
    }

    static let saveRun = Command(
        name: "save-run", group: .running,
        summary: "keep the run in a file, to replay it for a later class",
        synopsis: "FILE",
        details:
            "Writes the run (its SOP's file, its calendar and every action, undone ones left out) to FILE, atomically. The SOP's file is kept relative to FILE's folder, so the two can be copied together to another machine. `replay FILE` plays it again.",
        examples: ["save-run latihan-senin.run"],
        arity: 1...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let run = try session.requireRun(invocation)
        let document = try session.requireDocument(invocation)
        let path = invocation.positionals[0].text
        do {
            // Relative to the run file, so that the run can move with its SOP to another machine.
            let sop = RelativePath.of(document.path, fromFolderOf: path)
            try RunJournal.save(.init(sop: sop, content: run.sop, calendar: run.initialCalendar), events: run.events, to: path)
        } catch {
            throw invocation.error("\(error)", argument: 0)
        }
        return CommandResult.confirmation(.string(path), "Saved the run (\(run.events.count) actions) to \(path)")
    }

    static let replay = Command(
        name: "replay", group: .running,
        summary: "play a saved run again: its SOP, its cases, step by step",
        synopsis: "FILE",
        details:
            "Reads a run kept with `save-run`, opens its SOP, plays every action again in order (printing each step as it happens), and leaves the cases where the run left them, to go on from there.",
        examples: ["replay latihan-senin.run"],
        arity: 1...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let (result, contents) = try load(journal: invocation.positionals[0].text, into: &session, invocation, narrate: true)
        // What happens next is journaled like any run, starting from the replayed actions; the
        // run journaled before is kept as `.previous`.
        if let path = Session.defaultJournalPath() {
            try journalAgain(&session, contents, at: path, invocation) { path, header, events in
                try RunJournal(path: path).begin(header, events: events)
            }
            session.journalPath = path
        } else {
            session.journalPath = nil
        }
        return result
    }

    /// Writes the run just brought back as the journal at `path`; refused (the session is put
    /// back as it was) when it cannot be, since the run's next actions could not be kept.
    static func journalAgain(
        _ session: inout Session, _ contents: RunJournal.Contents, at path: String, _ invocation: Invocation,
        _ write: (String, RunJournal.Header, [RunEvent]) throws -> Void
    ) throws(ShellError) {
        guard let run = session.run, let document = session.document else { return }
        do {
            try write(path, .init(sop: absolutePath(document.path), content: run.sop, calendar: run.initialCalendar), run.events)
            session.runCommits += 1
        } catch let busy as RunJournal.Busy {
            throw invocation.error("the run was read but could not be journaled: \(busy)", hint: Session.busyHint)
        } catch {
            let reason = (error as? AtomicFileError).map { localized("cannot write \($0.path): \($0.reason)") } ?? "\(error)"
            throw invocation.error(
                "the run was read but could not be journaled again (\(reason))",
                hint: "free some disk space and try again; \(path) is unchanged")
        }
    }

    /// Opens a journal's SOP and replays its events into the session.
    /// A journal that cannot be read is reported with its file and line; with `settingAside`,
    /// it is also renamed (`….damaged-N`), so that no new run writes over what it still holds.
    static func load(
        journal path: String, into session: inout Session, _ invocation: Invocation, narrate: Bool = false,
        settingAside: Bool = false
    ) throws(ShellError) -> (CommandResult, RunJournal.Contents) {
        if let current = session.document, current.hasUnsavedChanges {
            throw invocation.error("\(current.path) has unsaved changes", hint: "save them first (`save`)")
        }
        let contents: RunJournal.Contents
        do throws(SOPReadError) {
            contents = try RunJournal.read(path)
        } catch let damage {
            guard settingAside, FileManager.default.fileExists(atPath: path) else {
                throw ShellError(rendered: damage.message, hint: damage.hint, at: damage.location)
            }
            let kept: String
            do {
                kept = try RunJournal.setAside(path)
            } catch {
                throw ShellError(
                    Message(verbatim: damage.message),
                    hint: damage.hint.map { "\($0); it could not be set aside: \(error)" } ?? "it could not be set aside: \(error)",
                    at: damage.location)
            }
            throw ShellError(
                Message(verbatim: damage.message),
                hint:
                    "it was set aside as \(kept), unchanged, so that no new run writes over it; mend or remove the line there, then `resume \(kept)`",
                at: damage.location)
        }
        let sopPath = contents.sopPath
        guard FileManager.default.fileExists(atPath: sopPath) else {
            let kept = contents.header.sop
            throw ShellError(
                kept == sopPath
                    ? "the run's SOP is not at \(sopPath)"
                    : "the run's SOP is not at \(sopPath) (the run keeps it as \(kept), from the run file's folder)",
                hint: kept.hasPrefix("/")
                    ? "put the SOP at that path, or open it and `save-run` again to keep its place relative to the run file"
                    : "copy the SOP along with the run file, in the same place beside it",
                at: SourceLocation(file: path, line: 1, column: 1))
        }
        let (loaded, format) = try openFile(sopPath)
        guard RunJournal.fingerprint(of: loaded.sop) == contents.header.fingerprint else {
            throw invocation.error(
                "\(sopPath) has changed since this run was made, so the run cannot be played on it",
                hint: "open the version of the SOP the run was made on (its steps, roles or times differ)")
        }
        var run: TrainingRun
        do throws(Refusal) {
            run = try TrainingRun(sop: loaded.sop, calendar: contents.header.calendar)
        } catch {
            throw invocation.error(
                "the run cannot be replayed on \(sopPath) as it is now: \(error.reason)",
                hint: "the SOP was changed since the run; open the version the run was made on")
        }
        do throws(TrainingRun.ReplayFailure) {
            try run.replayJournal(contents.events)
        } catch {
            // The SOP is the one the run was made on (its fingerprint matched): the journal is at fault.
            let line = contents.eventLines.indices.contains(error.index) ? contents.eventLines[error.index] : 1
            throw ShellError(
                "line \(line) of the run journal cannot be replayed: \(error.refusal.reason)",
                hint: "the journal was changed by hand or damaged; keep a copy and mend or remove the line to resume",
                at: SourceLocation(file: path, line: line, column: 1))
        }
        session.document = OpenDocument(
            sop: loaded.sop, path: sopPath, format: format, sourceMap: loaded.sourceMap,
            readDiagnostics: loaded.diagnostics, savedSOP: loaded.sop,
            savePath: format == .yaml ? sopPath : nil, schema: loaded.schema)
        session.run = run
        session.calendar = run.calendar
        session.currentCase = run.cases.last?.name
        var lines = contents.warnings.map { "⚠ \($0)" }
        if narrate {
            for found in run.cases {
                lines += found.steps.map { "\(found.name): " + RunValues.sentence(for: $0, in: run) }
            }
        }
        let states = run.cases.map { found in
            localized(
                found.position.map { "\(found.name): at step \(run.sop.steps[$0].label), \(found.clock.shown)" }
                    ?? "\(found.name): finished \(found.finishedAt!.shown)")
        }
        lines.append(
            localized(
                run.cases.count == 1 ? "Run of \(sopPath) brought back: 1 case" : "Run of \(sopPath) brought back: \(run.cases.count) cases"
            ))
        lines += states.map { "  " + $0 }
        let value = Value.list(run.cases.map { RunValues.caseRecord($0, in: run) })
        let text = lines.joined(separator: "\n")
        // `replay` shows the run it was asked to play; `resume` only confirms what it brought back.
        return (narrate ? CommandResult(value, text: text) : .confirmation(value, text: text), contents)
    }
}
