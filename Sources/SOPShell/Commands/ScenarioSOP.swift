import Foundation
import SOPRuntime

/// The SOP that `simulate` and `compare` run on. A scenario file that names its SOP (`sop:`)
/// runs on that SOP, so that `simulate examples/bench-seed.scenario.yaml` means what the file
/// says whatever is open: with no SOP open, the scenario's SOP is opened as `open` would; when
/// it is the one open, the open document is used, edits and all; when another SOP is open,
/// the scenario's SOP is read beside it (the open one stays, unsaved changes too) and a note
/// on stderr says which one is simulated. Without `sop:`, the open SOP is simulated.
struct ScenarioSOP {
    var sop: SOP
    /// The SOP's title, else its file: how reports name it.
    var title: String
    /// What a person should know about the choice (on stderr, beside the result).
    var notes: [String] = []

    static func chosen(_ invocation: Invocation, _ session: inout Session, scenarioArgument: Int?) throws(ShellError) -> ScenarioSOP {
        guard let scenarioArgument, invocation.positionals.indices.contains(scenarioArgument),
            let named = try namedSOP(at: scenarioArgument, invocation)
        else {
            return Self(try session.requireDocument(invocation))
        }
        if let document = session.document, sameFile(document.path, named) {
            return Self(document)
        }
        let scenarioFile = invocation.positionals[scenarioArgument].text
        let (loaded, format) = try Command.openFile(named, named: invocation, argument: scenarioArgument)
        var document = OpenDocument(
            sop: loaded.sop, path: named, format: format, sourceMap: loaded.sourceMap,
            readDiagnostics: loaded.diagnostics, savedSOP: loaded.sop,
            savePath: format == .yaml ? named : nil, schema: loaded.schema)
        var chosen: ScenarioSOP
        if let open = session.document {
            chosen = Self(document)
            chosen.notes = [
                localized("note: simulating \(named), the SOP that \(scenarioFile) names, not the open \(open.path) (it stays open)")
            ]
        } else {
            // Nothing was open: the scenario's SOP is opened, as `open` would, for what follows.
            let opened = Command.openedSummary(&document)
            session.document = document
            chosen = Self(document)
            chosen.notes = opened.display.map { [$0] } ?? []
        }
        return chosen
    }

    private init(_ document: OpenDocument) {
        sop = document.sop
        title = document.sop.identity.title.isEmpty ? document.path : document.sop.identity.title
    }

    /// The SOP file that the scenario file at positional `argument` names, if it names one; a
    /// scenario file that cannot be read is reported here, before anything else is said.
    private static func namedSOP(at argument: Int, _ invocation: Invocation) throws(ShellError) -> String? {
        let file = try SimulationSettings.scenarioFile(at: argument, invocation)
        guard let sop = file.sopFile else { return nil }
        guard FileManager.default.fileExists(atPath: sop) else {
            throw ShellError(
                "the scenario's SOP \(sop) does not exist", hint: "`sop` names the SOP's file relative to the scenario file's folder",
                at: file.sopLocation ?? SourceLocation(file: invocation.positionals[argument].text, line: 1, column: 1))
        }
        return sop
    }

    private static func sameFile(_ one: String, _ other: String) -> Bool {
        let resolved = [one, other].map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path }
        return resolved[0] == resolved[1]
    }
}
