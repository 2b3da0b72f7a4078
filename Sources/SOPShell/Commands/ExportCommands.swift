import Foundation
import SOPRuntime

/// Seeing the procedure and handing it to other tools: the flowchart in the terminal, and
/// the SOP (or the run's event log) written in other formats.
extension Command {
    static let export = Command(
        name: "export", group: .documents,
        summary: "write the SOP, or the run's event log, to a file in another format",
        synopsis: "FORMAT FILE",
        details:
            "Writes FILE atomically (a reader sees the old file or the new one, never a part), the same bytes for the same input. FORMAT is one of: \(ExportFormat.allCases.map { "\($0.rawValue) — \(localized($0.summary))" }.joined(separator: "; ")). csv and xes write the cases of the current run; --zone gives the office clock's offset from UTC (+07:00 WIB, +08:00 WITA, +09:00 WIT), which the times otherwise go without.",
        examples: [
            "export html kebijakan-mutu.html", "export bpmn kebijakan-mutu.bpmn", "export mermaid kebijakan-mutu.mmd",
            "export xes latihan.xes --zone +07:00"
        ],
        flags: [.zone],
        arity: 2...2,
        completes: [.text, .file]
    ) { invocation, session throws(ShellError) in
        let name = invocation.positionals[0].text
        guard let format = ExportFormat(name: name) else {
            let nearest = EditDistance.suggestions(for: name.lowercased(), among: ExportFormat.allCases.map(\.rawValue))
            let list = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            throw invocation.error(
                "there is no export format `\(name)`",
                hint: nearest.first.map { "did you mean \($0)? the formats are: \(list)" } ?? "the formats are: \(list)", argument: 0)
        }
        let path = invocation.positionals[1].text
        let text: String
        var value: Record = ["file": .string(path), "format": .string(format.rawValue)]
        if format.isEventLog {
            guard let run = session.run, !run.cases.isEmpty else {
                throw invocation.error(
                    "there is no run to export: `export \(format.rawValue)` writes the event log of the current run's cases",
                    hint: "start a case first (`start`), or bring a run back with `resume` or `replay FILE`")
            }
            var offset: Int?
            if let zone = invocation.text(.zone) {
                guard let minutes = EventLog.utcOffset(zone) else {
                    throw invocation.error(
                        "--zone \(zone) is not an offset from UTC", hint: "write it like +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT)")
                }
                offset = minutes
            }
            let log = EventLog(run: run, utcOffsetMinutes: offset)
            text = format.write(log)!
            value["cases"] = .number(Double(log.traces.count))
            value["steps"] = .number(Double(log.traces.reduce(0) { $0 + $1.events.count }))
        } else {
            if invocation.has(.zone) {
                throw invocation.error("--zone applies to the event logs (csv, xes) only", hint: "leave it out for \(format.rawValue)")
            }
            let document = try session.requireDocument(invocation)
            if absolutePath(path) == absolutePath(document.path) {
                throw invocation.error(
                    "\(path) is the open SOP's own file; exporting over it would lose the SOP",
                    hint: "name another file, such as \(((path as NSString).deletingPathExtension)).\(format.fileExtension)", argument: 1)
            }
            text = format.write(document.sop)!
        }
        try invocation.write(text, to: path, argument: 1)
        value["bytes"] = .number(Double(text.utf8.count))
        return CommandResult.confirmation(.record(value), "Wrote \(path): \(format.summary) (\(text.utf8.count) bytes)")
    }

    static let flow = Command(
        name: "flow", group: .viewing,
        summary: "draw the flowchart: a lane per role, boxes, diamonds, arrows, loops back",
        details:
            "Draws the open SOP's flowchart as the standard does, fitted to the terminal's width: a lane per role, the first and last activities as rounded capsules, process boxes, decisions as diamonds with their answers beside their arrows, arrows (▼) into each step and loops back (▲) for rework along the lanes' margins. Under it, a key gives each decision's answers and where they lead. While a run is going on, the step the current case (or --case NAME) is at is drawn in heavy lines. Narrow lanes show step numbers only, and the key lists the steps.",
        examples: ["flow", "flow --width 80", "flow --case kasus2"],
        flags: [
            .width,
            .caseName
        ],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let sop = try session.requireDocument(invocation).sop
        // Drawn when shown, at the terminal's width then, unless --width says otherwise.
        var width: Int?
        if let text = invocation.text(.width) {
            guard let number = Int(text), number >= 20 else {
                throw invocation.error(
                    "--width \(text) is not a width the flowchart can use",
                    hint: "give a number of columns of at least 20, such as --width 100")
            }
            width = number
        }
        let layout = FlowchartLayout(sop)
        var chart = TerminalFlowchart(layout: layout, width: width ?? 80)
        var highlighted: Value = .null
        if let run = session.run, run.sop == sop {
            let name = invocation.text(.caseName) ?? session.currentCase.flatMap { run.case(named: $0)?.name } ?? run.cases.last?.name
            if let name, let found = run.case(named: name) {
                if let position = found.position {
                    chart.highlightedRow = layout.row(ofStep: position)
                    chart.highlightNote = "◀ " + found.name
                    highlighted = .string(sop.steps[position].label)
                }
            } else if let name = invocation.text(.caseName) {
                throw invocation.error(
                    "there is no case named \(name)", hint: "the cases are: \(run.cases.map(\.name).joined(separator: ", "))")
            }
        } else if invocation.has(.caseName) {
            throw invocation.error("no case has been started", hint: "start one: start")
        }
        return CommandResult(.record(flowValue(layout, highlighted: highlighted)), presentation: .flowchart(chart, width: width))
    }

    /// The flowchart for scripts: the lanes, each row's symbol, and the arrows between rows.
    private static func flowValue(_ layout: FlowchartLayout, highlighted: Value) -> Record {
        let symbols = layout.nodes.enumerated().map { row, node -> Value in
            .record([
                "row": .number(Double(row + 1)), "step": node.number.isEmpty ? .null : .string(node.number),
                "symbol": .string(symbolName(node.symbol, node.element)), "lane": .string(layout.lanes[node.lane].name),
                "joint": .strings(node.jointLanes.map { layout.lanes[$0].name })
            ])
        }
        let arrows = layout.links.map { link -> Value in
            .record([
                "from": .number(Double(link.from + 1)), "to": link.to.map { .number(Double($0 + 1)) } ?? .null,
                "answer": link.answer.map(Value.string) ?? .null, "loop_back": .bool(link.isLoopBack)
            ])
        }
        return ["lanes": .strings(layout.lanes.map(\.name)), "symbols": .list(symbols), "arrows": .list(arrows), "highlighted": highlighted]
    }

    private static func symbolName(_ symbol: FlowchartLayout.Symbol, _ element: FlowchartLayout.Element) -> String {
        switch (symbol, element) {
        case (_, .start): "start"
        case (_, .end): "end"
        case (.terminator, _): "terminator"
        case (.process, _): "process"
        case (.decision, _): "decision"
        case (.connector, _): "connector"
        }
    }
}
