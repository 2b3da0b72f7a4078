import SOPRuntime

/// What a command shows a person, kept as a value until it is shown: rendered then, by the
/// shell, at the terminal's width and colour of that moment. So `let r = simulate …` renders
/// nothing, a report shown later fits the window it is shown in, and no command reads the
/// terminal.
enum Presentation: Sendable {
    /// Words already said, such as a confirmation: shown as they are.
    case words(String)
    /// A value shown for people instead of the result's own (names where scripts get ids).
    case value(Value)
    case simulation(SimulationResult, assumed: [String])
    /// `notRun`: scenarios that Ctrl-C left out.
    case comparison(ScenarioComparison, notRun: Int)
    case office(OfficeResult, Office)
    case workload(WorkloadAnalysis, Office, simulated: OfficeResult?, staffing: TargetStaffing?, tasks: Bool)
    /// A chart drawn for `width` columns when the command was told (`--width`), else the terminal's.
    case flowchart(TerminalFlowchart, width: Int?)
    case timeline(TimelineChart, summary: Table, width: Int?)
    /// `print`'s values: text as it is, other values as the language writes them.
    case printed([Value])

    /// The JSON to show for `--json` when it is not the result's value's: `print --json a b`
    /// prints each value as a JSON document of its own line.
    var json: String? {
        guard case .printed(let values) = self else { return nil }
        return values.map { JSONWriter.write($0) }.joined(separator: "\n")
    }

    func render(width terminalWidth: Int, colour: Bool) -> String {
        switch self {
        case .words(let text):
            return text
        case .value(let value):
            return ValueDescription.display(value, width: terminalWidth, labels: true)
        case .simulation(let result, let assumed):
            return SimulationReport.text(result, assumed: assumed, width: terminalWidth)
        case .comparison(let comparison, let notRun):
            var text = ComparisonTable.text(comparison, width: terminalWidth)
            if notRun > 0 {
                text += localized(notRun == 1 ? "\nStopped: 1 scenario was not run" : "\nStopped: \(notRun) scenarios were not run")
            }
            return text
        case .office(let result, let office):
            return OfficeReport.text(result, office: office, width: terminalWidth)
        case .workload(let analysis, let office, let simulated, let staffing, let tasks):
            return OfficeReport.workload(
                analysis, office: office, simulated: simulated, staffing: staffing, width: terminalWidth, tasks: tasks)
        case .flowchart(var chart, let width):
            chart.width = width ?? terminalWidth
            chart.colour = colour
            return chart.render()
        case .timeline(var chart, let summary, let width):
            chart.width = width ?? terminalWidth
            return chart.render() + "\n\n" + TextRenderer(width: chart.width).render(.table(summary))
        case .printed(let values):
            let text = values.map { value -> String in
                if case .string(let text) = value { return text }
                return ValueDescription.inline(value)
            }.joined(separator: " ")
            return text.isEmpty ? "\n" : text
        }
    }
}
