import CLibEdit
import Foundation
import SOPRuntime

extension Shell {
    /// The prompt loop at a terminal. A statement runs as soon as the parser says it is
    /// complete; an open block, bracket or quote continues on the next line. Ctrl-C clears
    /// the line (or stops a running statement, undoing it); Ctrl-D leaves, after one warning
    /// when the open SOP has unsaved changes.
    public func runInteractive() -> Int32 {
        LineEditor.installInterruptHandler()
        interpreter.pagesLongOutput = true
        let editor = LineEditor(historyPath: Self.historyPath())
        editor.completer = { [unowned self] line in
            Completer(
                session: session, variables: interpreter.globals.slots.keys.sorted(),
                procedures: interpreter.procedureNames
            ).complete(line)
        }
        var pending = ""
        var warnedAboutChanges = false
        while true {
            switch editor.readLine(prompt: prompt(continuing: !pending.isEmpty)) {
            case .interrupted:
                pending = ""
                FileHandle.standardError.write(Data("\n".utf8))
            case .endOfInput:
                if hasUnsavedChanges, !warnedAboutChanges, let path = session.document?.path {
                    warnedAboutChanges = true
                    FileHandle.standardError.write(
                        Data(localized("\n\(path) has unsaved changes: `save` keeps them; Ctrl-D again leaves without saving.\n").utf8))
                    continue
                }
                FileHandle.standardError.write(Data("\n".utf8))
                return 0
            case .line(let line):
                pending += pending.isEmpty ? line : "\n" + line
                let block: Block
                do throws(ShellError) {
                    block = try interpreter.parse(pending, file: nil)
                } catch  where error.isIncomplete {
                    continue
                } catch {
                    editor.remember(pending)
                    pending = ""
                    report(error)
                    continue
                }
                editor.remember(pending)
                pending = ""
                for statement in block.statements {
                    do throws(ShellError) {
                        try interpreter.run(statement)
                    } catch {
                        if case .exit(let status) = error.kind { return status }
                        report(error)
                        break
                    }
                }
            }
        }
    }

    /// Where you are: `sopsh ›`, or the open SOP (`*` for unsaved changes), the role you act
    /// as and the current case's clock: `kebijakan-mutu-ukpbj · kepala · Sen 08:30 ›`.
    func prompt(continuing: Bool) -> String {
        var parts = ["sopsh"]
        if let document = session.document {
            parts = [
                ((document.path as NSString).lastPathComponent as NSString).deletingPathExtension
                    + (document.hasUnsavedChanges ? "*" : "")
            ]
        }
        if let role = session.role { parts.append(role) }
        if let run = session.run, let name = session.currentCase ?? run.cases.last?.name, let found = run.case(named: name) {
            let c = found.clock.components
            let time = "\(CivilDateTime.dayName(c.weekday - 1)) \(String(format: "%02d:%02d", c.hour, c.minute))"
            parts.append((run.cases.count > 1 ? name + " " : "") + (found.isFinished ? localized("finished") : time))
        }
        let place = parts.joined(separator: " · ")
        let text = continuing ? String(repeating: " ", count: DisplayWidth.of(place)) + " … " : place + " › "
        guard terminal.colour, let last = text.last else { return text }
        // \u{1} brackets the invisible escape bytes so libedit counts the prompt's width right.
        // libedit draws a bracketed escape together with the visible character after it and
        // drops one that ends the prompt, so the reset goes before the last character (a space).
        return "\u{1}\u{1B}[1;36m\u{1}" + text.dropLast() + "\u{1}\u{1B}[0m\u{1}" + String(last)
    }

    /// $XDG_STATE_HOME/sopsh/history, else ~/.local/state/sopsh/history; nil if it cannot be made.
    static func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["HOME"].map { $0 + "/.local/state" }
        guard let base else { return nil }
        let folder = base + "/sopsh"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/history"
    }
}

extension LineEditor {
    /// A SIGINT handler without SA_RESTART, so that Ctrl-C makes `el_gets` return and stops
    /// a running statement at its next loop step or call.
    static func installInterruptHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptRequested.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
