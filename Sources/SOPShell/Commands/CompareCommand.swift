import Foundation
import SOPRuntime

/// What-if analysis side by side: the scenarios of a file, each against the baseline.
extension Command {
    static let compare = Command(
        name: "compare", group: .running,
        summary: "simulate a scenario file's scenarios and show them side by side",
        synopsis: "SCENARIO.yaml|OFFICE.yaml [NAME…]",
        details: """
            Simulates the baseline and every named change of SCENARIO.yaml (or only the scenarios NAMEd, \
            the first of them taken as the reference) on the SOP the file names (`sop:`), else on the open \
            SOP, all with the same seed, so that they see the same arrivals and draws where their changes allow. Prints a table: lead time \
            (mean, p50, p90, p95), waiting, the share within the standard time, work in progress, rework \
            and each role's utilisation, with each scenario's change against the reference in per cent; a \
            change is marked * when the two 95% intervals do not overlap (it needs two replications or \
            more). --report writes the comparison and each scenario's full report as one HTML page. With \
            OFFICE.yaml, compares the office's baseline and its changes (`perubahan`), each position's \
            utilisation as a role's.
            """,
        examples: [
            "compare examples/bench-seed.scenario.yaml --cases 20000",
            "compare examples/bench-seed.scenario.yaml appendix \"tambah kepala\" --report banding.html",
            "let c = compare examples/bench-seed.scenario.yaml --cases 5000; c.differences[0].metrics[0].relative"
        ],
        flags: SimulationSettings.sizeFlags + [
            .report.described("write the comparison and the reports as one HTML page")
        ],
        arity: 1...Int.max,
        completes: [.file, .text]
    ) { invocation, session throws(ShellError) in
        if OfficeSettings.isOffice(invocation.positionals[0].text) { return try compareOffice(invocation) }
        let chosen = try ScenarioSOP.chosen(invocation, &session, scenarioArgument: 0)
        var notes = chosen.notes
        let simulations = try chosenScenarios(invocation, sop: chosen.sop)
        var runs: [SimulationReportHTMLWriter.Run] = []
        for simulation in simulations {
            let result = SimulationRunner.run(simulation).result
            runs.append(.init(scenario: simulation.scenario, result: result))
            if result.stopped, result.replications < simulation.scenario.replications { break }
        }
        let comparison = ScenarioComparison(runs.map(\.result))
        if let path = try SimulationSettings.writeReport(invocation, title: chosen.title, runs: runs) {
            notes.append(localized("Wrote \(path): the comparison and each scenario's report as one HTML page"))
        }
        if let first = runs.first { session.simulated = SimulatedRun(sop: chosen.sop, scenario: first.scenario) }
        var shown = CommandResult(
            Value(reflecting: comparison), presentation: .comparison(comparison, notRun: simulations.count - runs.count))
        shown.notes = notes
        return shown
    }

    /// Every scenario of the file, or those named, in the order named.
    private static func chosenScenarios(_ invocation: Invocation, sop: SOP) throws(ShellError) -> [Simulation] {
        let all = try SimulationSettings.scenarios(inFileAt: 0, invocation, sop: sop)
        guard invocation.positionals.count > 1 else {
            guard all.count > 1 else {
                throw invocation.error(
                    "the scenario file has only its baseline: there is nothing to compare it with",
                    hint: "add named changes under `perubahan:` (see examples/bench-seed.scenario.yaml)", argument: 0)
            }
            return all
        }
        var chosen: [Simulation] = []
        for index in 1..<invocation.positionals.count {
            let name = invocation.positionals[index].text
            guard let found = all.first(where: { $0.scenario.name == name }) else {
                let names = all.map(\.scenario.name)
                let nearest = EditDistance.suggestions(for: name, among: names)
                throw invocation.error(
                    "the scenario file has no scenario named “\(name)”",
                    hint: nearest.first.map { "did you mean “\($0)”? its scenarios: \(names.joined(separator: ", "))" }
                        ?? "its scenarios: \(names.joined(separator: ", "))",
                    argument: index)
            }
            chosen.append(found)
        }
        return chosen
    }
}

/// Scenarios side by side in the terminal: a row per metric, a column per scenario.
enum ComparisonTable {
    static func text(_ comparison: ScenarioComparison, width: Int) -> String {
        let reference = comparison.scenarios[0]
        var columns: [Table.Column] = [.init("metric", "Metric", wraps: true)]
        for (index, result) in comparison.scenarios.enumerated() {
            columns.append(.init("s\(index)", Message(verbatim: result.scenario), wraps: true))
        }
        let rows = ScenarioComparison.metrics(of: reference).map { metric -> Record in
            var row: Record = [
                "metric": .string(label(metric.key, roles: reference.roles)),
                "s0": .string(value(metric.key, metric.estimate))
            ]
            for (index, difference) in comparison.differences.enumerated() {
                guard let change = difference.metrics.first(where: { $0.metric == metric.key }) else {
                    row["s\(index + 1)"] = .string("–")
                    continue
                }
                let estimate = ScenarioComparison.metrics(of: comparison.scenarios[index + 1]).first { $0.key == metric.key }!.estimate
                let relative = change.relative.map { String(format: " %+.1f%%", $0 * 100) } ?? ""
                row["s\(index + 1)"] = .string(value(metric.key, estimate) + relative + (change.clear ? " *" : ""))
            }
            return row
        }
        var lines = [
            localized(
                reference.replications == 1
                    ? "Compared with \(comparison.baseline), seed \(reference.seed), 1 replication each:"
                    : "Compared with \(comparison.baseline), seed \(reference.seed), \(reference.replications) replications each:"), ""
        ]
        lines.append(TextRenderer(width: width).render(.table(Table(columns: columns, rows: rows))))
        lines.append("")
        lines.append(
            localized("Times in working hours; ± is the 95% interval across replications; * marks a change whose intervals do not overlap.")
        )
        return lines.joined(separator: "\n")
    }

    private static func value(_ key: String, _ estimate: Estimate) -> String {
        key == "withinStandard" || key.hasSuffix(".utilisation") ? SimulationReport.percent(estimate) : SimulationReport.estimate(estimate)
    }

    private static func label(_ key: String, roles: [RoleStatistics]) -> String {
        localized(labelMessage(key, roles: roles))
    }

    private static func labelMessage(_ key: String, roles: [RoleStatistics]) -> Message {
        switch key {
        case "leadTime.mean": "lead time, mean"
        case "leadTime.p50": "lead time, p50"
        case "leadTime.p90": "lead time, p90"
        case "leadTime.p95": "lead time, p95"
        case "waitingTime": "waiting per case"
        case "withinStandard": "within standard time"
        case "workInProgress": "work in progress"
        case "rework.perCase": "rework per case"
        default: "utilisation, \(roles.first { "roles.\($0.id).utilisation" == key }?.name ?? key)"
        }
    }
}
