import Foundation
import SOPRuntime

/// Opening, checking and saving SOP files.
extension Command {
    static let open = Command(
        name: "open", group: .documents,
        summary: "open an SOP file (a signed PDF, our YAML, or the standard's table text)",
        synopsis: "FILE",
        details: """
            Reads FILE as an SOP: a signed PDF in the standard's form (its flowchart gives who does \
            each step and where it leads; docs/import.md), a .yaml file in sopsh's format, or the \
            table text of an SOP (.txt). A draft with problems still opens; `check` lists them. \
            Refuses to replace an SOP with unsaved changes unless --force is given.
            """,
        examples: ["open examples/kebijakan-mutu-ukpbj.yaml", "open examples/kebijakan-mutu-ukpbj.txt"],
        flags: [.force],
        arity: 1...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        if let current = session.document, current.hasUnsavedChanges, !invocation.has(.force) {
            throw invocation.error(
                "\(current.path) has unsaved changes",
                hint: "save them first (`save`), or open with --force to discard them")
        }
        let path = invocation.positionals[0].text
        let (loaded, format) = try openFile(path, named: invocation, argument: 0)
        var document = OpenDocument(
            sop: loaded.sop, path: path, format: format, sourceMap: loaded.sourceMap,
            readDiagnostics: loaded.diagnostics, savedSOP: loaded.sop, savePath: format == .yaml ? path : nil,
            schema: loaded.schema)
        var summary = openedSummary(&document)
        session.document = document
        // A run belongs to the SOP it began on: opening one (even the same file) leaves it.
        if session.run != nil {
            session.run = nil
            session.currentCase = nil
            summary.display = (summary.display ?? "") + localized("\nThe run that was going on is closed; `resume` brings it back.")
        }
        return summary
    }

    /// Reads the SOP file an argument names: a file that is not there is reported at the
    /// argument in the script; a file that does not read, at its own line and column.
    static func openFile(_ path: String, named invocation: Invocation, argument: Int) throws(ShellError) -> (LoadedSOP, SOPFile.Format) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw invocation.error(
                "no such file: \(path)", hint: "check the path; it is relative to where sopsh was started", argument: argument)
        }
        return try openFile(path)
    }

    /// Reads an SOP file, turning a read error into a shell error at the file's position.
    static func openFile(_ path: String) throws(ShellError) -> (LoadedSOP, SOPFile.Format) {
        do throws(SOPReadError) {
            return try SOPFile.open(path)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }

    static func openedSummary(_ document: inout OpenDocument) -> CommandResult {
        let sop = document.sop
        let diagnostics = document.diagnostics()
        let errors = diagnostics.count(of: .error)
        let value: Value = .record([
            "file": .string(document.path),
            "format": .string(document.format.rawValue),
            "judul_sop": .string(sop.identity.title),
            "steps": .number(Double(sop.steps.count)),
            "roles": .number(Double(sop.roles.count)),
            "draft": .bool(errors > 0),
            "errors": .number(Double(errors)),
            "warnings": .number(Double(diagnostics.count(of: .warning)))
        ])
        let title = sop.identity.title.isEmpty ? localized("(untitled)") : sop.identity.title
        let counts: Message =
            "\(sop.steps.count == 1 ? localized("1 step") : localized("\(sop.steps.count) steps")), \(sop.roles.count == 1 ? localized("1 role") : localized("\(sop.roles.count) roles"))"
        let advice: Message = diagnostics.isEmpty ? "" : errors > 0 ? " — a draft: `check` lists what to fix" : " — `check` lists them"
        return CommandResult.confirmation(value, "Opened \(document.path): \(title)\n\(counts); \(SOPValues.tally(diagnostics))\(advice)")
    }

    static let check = Command(
        name: "check", group: .documents,
        summary: "list what is wrong with the open SOP (or FILE), with hints",
        synopsis: "[FILE]",
        details: """
            Checks the open SOP, or FILE without opening it: numbering, executors and roles, decisions \
            and their answers, steps no path reaches, loops with no way out, times and outputs, the \
            identity part, and hand-offs where a step needs a document no earlier step produces. \
            Each finding has a severity (error, warning, note), a place, and a hint. An office file is \
            checked with the SOPs it names.
            """,
        examples: ["check", "check examples/kebijakan-mutu-ukpbj.txt", "check --json"],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let diagnostics: [Diagnostic]
        if let token = invocation.positionals.first, OfficeSettings.isOffice(token.text) {
            // An office is checked as it is read, its SOPs with it: its problems are refused
            // where they stand, its warnings listed.
            diagnostics = try OfficeSettings.file(invocation).warnings
        } else if let token = invocation.positionals.first {
            let (loaded, _) = try openFile(token.text, named: invocation, argument: 0)
            diagnostics = loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)
        } else {
            diagnostics = try session.documentFindings(invocation)
        }
        return checkResult(diagnostics)
    }

    /// Findings shown to a person; a flood (a file of junk) is cut, the JSON keeps them all.
    static let shownFindings = 200

    static func checkResult(_ diagnostics: [Diagnostic]) -> CommandResult {
        var shown = diagnostics.prefix(shownFindings).map(\.description)
        if diagnostics.count > shownFindings {
            shown.append(localized("… and \(diagnostics.count - shownFindings) more (`check --json` lists them all)"))
        }
        let text = (shown + [SOPValues.tally(diagnostics)]).joined(separator: "\n")
        return CommandResult(.list(diagnostics.map(SOPValues.diagnostic)), text: text)
    }

    static let save = Command(
        name: "save", group: .documents,
        summary: "write the open SOP as YAML, atomically",
        synopsis: "[FILE]",
        details: """
            Writes the open SOP in sopsh's YAML format to FILE, or back to the YAML file it was opened \
            from. The file is replaced in one step (a temporary file, then a rename), so a crash never \
            leaves half a file. An SOP opened from table text must be saved under a new .yaml name.
            """,
        examples: ["save", "save examples/my-sop.yaml"],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        var document = try session.requireDocument(invocation)
        let path: String
        if let token = invocation.positionals.first {
            path = token.text
            let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
            guard ext == "yaml" || ext == "yml" else {
                throw invocation.error(
                    "sopsh saves SOPs as YAML; `\(path)` does not end in .yaml",
                    hint: "save \((path as NSString).deletingPathExtension).yaml", argument: 0)
            }
        } else if let savePath = document.savePath {
            path = savePath
        } else {
            let suggestion = (document.path as NSString).deletingPathExtension + ".yaml"
            throw invocation.error(
                "\(document.path) is table text; sopsh saves SOPs as YAML",
                hint: "give a file name: save \(suggestion)")
        }
        do {
            try SOPFile.save(document.sop, to: path, schema: document.schema)
        } catch {
            throw invocation.error("\(error)", hint: "check that the folder exists and is writable")
        }
        document.savedSOP = document.sop
        document.path = path
        document.savePath = path
        document.format = .yaml
        session.document = document
        return CommandResult.confirmation(
            .record(["file": .string(path), "steps": .number(Double(document.sop.steps.count))]),
            "Saved \(path)")
    }
}
