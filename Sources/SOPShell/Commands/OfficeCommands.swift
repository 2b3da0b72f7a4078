import Foundation
import SOPRuntime

/// The whole office: several SOPs over shared staff (`simulate OFFICE.yaml`, `compare
/// OFFICE.yaml`) and the civil service's workload analysis of it (`workload OFFICE.yaml`).
extension Command {
    static let workload = Command(
        name: "workload", group: .running,
        summary: "the workload analysis (ABK) of an office file: staff needed per position, beside the simulated office",
        synopsis: "OFFICE.yaml",
        details: """
            Reads OFFICE.yaml (its SOPs, their cases a year, the positions (jabatan) that fill their roles: \
            see docs/simulation.md) and prints the workload analysis per position as Permen PANRB No. 1 Tahun \
            2020 computes it: each task (a step of an SOP the position does) has its standard time and its \
            volume a year (the SOP's cases × how often a case comes to the step, rework at the decisions' \
            odds); the workload is their product summed; staff needed = workload ÷ the effective hours of one \
            person a year (1250 by default, less the position's leave), rounded (half or more up, at least \
            one for any work); the difference is staff today less staff needed; the efficiency is workload ÷ \
            (staff today × effective hours), rated A to E. Beside it: the office simulated at today's \
            staffing (utilisation and the mean wait for each position), and, when SOPs have targets, the \
            fewest staff found at which every SOP finishes --level (default 0.9) of its cases within its \
            target. --scenario applies a named change of the file; --no-simulation prints the analysis \
            alone; --tasks lists each position's tasks; --csv and --tasks-csv write them for a spreadsheet; \
            --report writes the whole as one HTML page.
            """,
        examples: [
            "workload examples/kantor-ukpbj.yaml",
            "workload examples/kantor-ukpbj.yaml --tasks --csv abk.csv --report abk.html",
            "let w = workload examples/kantor-ukpbj.yaml --no-simulation; w.positions[0].staffNeeded"
        ],
        flags: [
            .scenario.described("a named change of the office file (default its baseline)"),
            .effectiveHours,
            .level,
            .noSimulation,
            .tasks,
            .csv,
            .tasksCSV,
            .report.described("write the analysis and the simulated office as one HTML page"),
            .replications.described("independent runs (default the file's, or 5)"),
            .seed.described("the random seed (default the file's, or 1)")
        ],
        arity: 1...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let (file, change) = try OfficeSettings.office(invocation)
        var office = file.office
        if let text = invocation.text(.effectiveHours) {
            guard let hours = Double(text.replacingOccurrences(of: ",", with: ".")), hours > 0, hours <= 8760 else {
                throw invocation.flagError(
                    "--effective-hours is a number of hours from 1 to 8760, not \(text)",
                    hint: "agencies use 1200 to 1300, for example --effective-hours 1250", flag: .effectiveHours)
            }
            office.effectiveHoursPerYear = hours
        }
        let level = try OfficeSettings.level(invocation)
        // One model of the office, for the analysis and for the simulation beside it.
        let simulation = try OfficeSettings.running(file) { () throws(ScenarioError) in
            try OfficeSimulation(office: office, change: change)
        }
        let analysis = WorkloadAnalysis(of: simulation)
        var simulated: OfficeResult?
        var staffing: TargetStaffing?
        if !invocation.has(.noSimulation) {
            let (result, interrupted) = SimulationRunner.run(warning: simulation.offeredLoad.shortWarning) { control in
                simulation.run(control: control)
            }
            simulated = result
            if interrupted { throw ShellError.interrupted(at: invocation.statement.location) }
            staffing = try OfficeSettings.running(file) { () throws(ScenarioError) in
                try TargetStaffing.search(office.applying(change), level: level)
            }
        }
        var notes = file.warnings.map(\.description)
        if let path = invocation.text(.csv) {
            try invocation.write(WorkloadAnalysisWriter.positionsCSV(analysis, simulated: simulated, staffing: staffing), to: path)
            notes.append(localized("Wrote \(path): a row per position"))
        }
        if let path = invocation.text(.tasksCSV) {
            try invocation.write(WorkloadAnalysisWriter.tasksCSV(analysis), to: path)
            notes.append(localized("Wrote \(path): a row per task"))
        }
        if let path = invocation.text(.report) {
            guard path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") else {
                throw invocation.error("--report writes an HTML page: name a file ending in .html, not \(path)")
            }
            try invocation.write(
                WorkloadAnalysisWriter.html(analysis, office: office, simulated: simulated ?? simulation.run(), staffing: staffing),
                to: path)
            notes.append(localized("Wrote \(path): the report as one HTML page"))
        }
        var value = Value(reflecting: analysis)
        if case .record(var record) = value {
            if let simulated { record["simulated"] = Value(reflecting: simulated) }
            if let staffing { record["forTargets"] = Value(reflecting: staffing) }
            value = .record(record)
        }
        var shown = CommandResult(
            value, presentation: .workload(analysis, office, simulated: simulated, staffing: staffing, tasks: invocation.has(.tasks)))
        shown.notes = notes
        return shown
    }

    /// `simulate OFFICE.yaml`: the office's SOPs at once over shared pools.
    static func simulateOffice(_ invocation: Invocation) throws(ShellError) -> CommandResult {
        try OfficeSettings.refuseScenarioFlags(invocation)
        let (file, change) = try OfficeSettings.office(invocation)
        let simulation = try OfficeSettings.running(file) { () throws(ScenarioError) in
            try OfficeSimulation(office: file.office, change: change)
        }
        let (result, interrupted) = SimulationRunner.run(warning: simulation.offeredLoad.shortWarning) { control in
            simulation.run(control: control)
        }
        var shown = CommandResult(Value(reflecting: result), presentation: .office(result, file.office))
        shown.notes = file.warnings.map(\.description)
        if interrupted { shown.notes.append(localized("Ctrl-C stopped the run: the figures are of the cases that finished")) }
        return shown
    }

    /// `compare OFFICE.yaml [NAME…]`: the office's baseline and its changes side by side.
    static func compareOffice(_ invocation: Invocation) throws(ShellError) -> CommandResult {
        try OfficeSettings.refuseScenarioFlags(invocation)
        let file = try OfficeSettings.sized(invocation)
        let all: [Office.Change?] = [nil] + file.office.changes
        let names = invocation.positionals.dropFirst().map(\.text)
        var chosen: [Office.Change?] = []
        for (offset, name) in names.enumerated() {
            guard let found = all.first(where: { ($0?.name ?? "baseline") == name }) else {
                let known = all.map { $0?.name ?? "baseline" }.joined(separator: ", ")
                throw invocation.error(
                    "the office file has no change named “\(name)”", hint: "its scenarios: \(known)", argument: offset + 1)
            }
            chosen.append(found)
        }
        if chosen.isEmpty {
            guard all.count > 1 else {
                throw invocation.error(
                    "the office file has only its baseline: there is nothing to compare it with",
                    hint: "add named changes under `perubahan:`", argument: 0)
            }
            chosen = all
        }
        var results: [OfficeResult] = []
        for change in chosen {
            let simulation = try OfficeSettings.running(file) { () throws(ScenarioError) in
                try OfficeSimulation(office: file.office, change: change)
            }
            let (result, interrupted) = SimulationRunner.run(warning: simulation.offeredLoad.shortWarning) { control in
                simulation.run(control: control)
            }
            results.append(result)
            if interrupted { break }
        }
        let comparison = ScenarioComparison(results.map(\.run))
        var shown = CommandResult(
            Value(reflecting: comparison), presentation: .comparison(comparison, notRun: chosen.count - results.count))
        shown.notes = file.warnings.map(\.description)
        return shown
    }
}
