import Foundation
import SOPRuntime
import Synchronization

/// What-if analysis: many cases through the open SOP at once, on the simulator.
extension Command {
    static let simulate = Command(
        name: "simulate", group: .running,
        summary: "simulate many cases: lead times, waiting, workload per role, the bottleneck",
        synopsis: "[SCENARIO.yaml|OFFICE.yaml]",
        details: """
            Runs the open SOP's simulation: cases arrive, wait for a free member of each step's role, take \
            their step's time, and take decisions' answers by the scenario's odds. Every setting is a flag \
            (below): arrivals (Poisson every DURATION on average, or N per hour, day, week or month; exactly \
            every DURATION; at listed times; or a batch at once), staff per role and who does a step, \
            durations (fixed, or drawn from --distribution around the standard time with --spread; a range \
            1-2 jam drawn --range uniform or triangular; --time for a step's own time, which a step \
            "Sesuai kebutuhan" needs), answer probabilities (--decide 3:2=0.3 or "3:perlu perbaikan=30%": \
            the answer's label or number; the forward answers share the rest) and the rework cap, kinds of \
            case, steps removed or merged, and the calendar (office, 24h or a calendar file). \
            SCENARIO.yaml sets all of this and named what-if changes (see examples/bench-seed.scenario.yaml); \
            when it names its SOP (`sop:`), that SOP is simulated (opened if none is, and a note says so \
            when another is open); \
            its baseline is run, or the change --scenario names, with any flags given over the file's \
            settings (`compare` runs them all side by side). A list flag takes items separated by commas, \
            or is given again. Times are working time on the calendar. Prints lead time (mean, p50, p90, \
            p95, max, with 95% intervals across replications, in working hours) and a histogram of it, the \
            share finished within the standard time, work in progress, waiting per step, busy hours and \
            utilisation per role, the bottleneck and rework. --events writes every step of every case \
            (CSV: case, step, activity, role, start, end, answer; or XES when FILE ends in .xes); --report \
            writes the whole report as one HTML page. `timeline --simulated N` then draws case N of the \
            first replication. Ctrl-C stops a run cleanly: the report shows what ran, and no --events file \
            is written. OFFICE.yaml (an office file: several SOPs sharing the staff of its positions, see \
            docs/simulation.md) simulates every SOP's cases at once over the positions' shared pools, its \
            baseline or the change --scenario names, and prints per SOP the cases a year, the lead time, the \
            share within its target and the cost of a case, and per position across SOPs the utilisation, the \
            hours of work a year, the mean wait and the cost of a year; `workload` gives its workload analysis.
            """,
        examples: [
            "simulate --cases 10000 --every 40h --replications 5",
            "simulate --cases 10000 --rate 20/month --staff tim=4 --distribution exponential",
            "simulate --batch 50 --decide \"3:perlu perbaikan=0.3,11:1=25%\" --rework-cap 3 --calendar 24h",
            "simulate --cases 500 --interval 8h --time 5=2h --remove 8 --merge 9+10 --calendar examples/kalender-kantor-2026.yaml",
            "simulate examples/bench-seed.scenario.yaml --scenario \"tambah kepala\" --cases 10000 --staff tim=4",
            "simulate --cases 200 --events kasus.csv --report laporan.html",
            "simulate examples/kantor-ukpbj.yaml --replications 10",
            "let r = simulate --cases 1000 --every 1d; r.leadTime.p90.mean"
        ],
        flags: [.scenario] + SimulationSettings.sizeFlags + ScenarioOverrides.flags + [.events, .report],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        if let first = invocation.positionals.first, OfficeSettings.isOffice(first.text) { return try simulateOffice(invocation) }
        let chosen = try ScenarioSOP.chosen(invocation, &session, scenarioArgument: 0)
        let (simulation, assumed) = try SimulationSettings.simulation(invocation, sop: chosen.sop, calendar: session.calendar)
        let title = chosen.title
        var notes = chosen.notes
        let events = try invocation.text(.events).map { path throws(ShellError) in
            try eventLogFile(path, invocation, simulation, title: title)
        }
        let (result, interrupted) = SimulationRunner.run(simulation, eventLog: events?.sink)
        if let events, let path = invocation.text(.events) {
            // A log of the cases that happened to be done when Ctrl-C came would pass for the
            // whole run: none is written, and its temporary file goes.
            if interrupted {
                events.discard()
                notes.append(localized("\(path) was not written: Ctrl-C stopped the run, so its log would be incomplete"))
            } else {
                try finish(events, invocation)
                notes.append(localized("Wrote \(path): every step of every case"))
            }
        }
        if let path = try SimulationSettings.writeReport(
            invocation, title: title, runs: [.init(scenario: simulation.scenario, result: result, assumed: assumed)])
        {
            notes.append(localized("Wrote \(path): the report as one HTML page"))
        }
        session.simulated = SimulatedRun(sop: chosen.sop, scenario: simulation.scenario)
        var value = Value(reflecting: result)
        if case .record(var record) = value {
            record["assumed"] = .list(assumed.map(Value.string))
            value = .record(record)
        }
        var shown = CommandResult(value, presentation: .simulation(result, assumed: assumed))
        shown.notes = notes
        return shown
    }

    private static func finish(_ events: SimulationEventLogFile, _ invocation: Invocation) throws(ShellError) {
        do {
            try events.finish()
        } catch {
            throw invocation.error("\(error)", hint: "check that the folder exists, that you may write to it and that the disk has room")
        }
    }

    private static func eventLogFile(_ path: String, _ invocation: Invocation, _ simulation: Simulation, title: String) throws(ShellError)
        -> SimulationEventLogFile
    {
        let format: ExportFormat = path.lowercased().hasSuffix(".xes") ? .xes : .csv
        guard format == .xes || path.lowercased().hasSuffix(".csv") else {
            throw invocation.error("--events writes CSV or XES: name a file ending in .csv or .xes, not \(path)")
        }
        do {
            return try SimulationEventLogFile(path: path, format: format, simulation: simulation, name: title)
        } catch {
            throw invocation.error("\(error)", hint: "check that the folder exists, that you may write to it and that the disk has room")
        }
    }
}
