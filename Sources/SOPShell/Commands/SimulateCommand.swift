import Foundation
import SOPRuntime
import Synchronization

/// What-if analysis: many cases through the open SOP at once, on the simulator.
extension Command {
    static let simulate = Command(
        name: "simulate", group: .running,
        summary: "simulate many cases: lead times, waiting, workload per role, the bottleneck",
        usage: "simulate [SCENARIO.yaml [--scenario NAME]] [--cases N] [--every DURATION] [--replications N] [--seed N] [--staff ROLE=N,…] [--distribution D] [--spread X] [--calendar office|24h] [--threads N] [--events FILE] [--report FILE.html]",
        details: """
            Runs the open SOP's simulation: cases arrive (Poisson, every DURATION on average), wait for a free \
            member of each step's role, take their step's time (fixed, or drawn from --distribution: uniform, \
            triangular, exponential, lognormal, normal, around the standard time with --spread), and take \
            decisions' answers by the scenario's odds (the forward answer by default). SCENARIO.yaml sets all \
            of this, and named what-if changes (see examples/bench-seed.scenario.yaml); its baseline is run, or \
            the change --scenario names (`compare` runs them all side by side). Prints lead time (mean, p50, \
            p90, p95, max, with 95% intervals across replications, in working hours) and a histogram of it, \
            the share finished within the standard time, work in progress, waiting per step, busy hours and \
            utilisation per role, the bottleneck and rework. --events writes every step of every case \
            (CSV: case, step, activity, role, start, end, answer; or XES when FILE ends in .xes); --report \
            writes the whole report as one HTML page. `timeline --simulated N` then draws case N of the \
            first replication. Ctrl-C stops a run cleanly.
            """,
        examples: ["simulate --cases 10000 --every 40h --replications 5",
                   "simulate --cases 10000 --every 8h --staff tim=4 --distribution exponential",
                   "simulate examples/bench-seed.scenario.yaml --scenario \"tambah kepala\" --cases 10000",
                   "simulate --cases 200 --events kasus.csv --report laporan.html",
                   "let r = simulate --cases 1000 --every 1d; r.leadTime.p90.mean"],
        flags: SimulationSettings.sizeFlags + SimulationSettings.scenarioFlags + [
            Flag(name: "scenario", value: "NAME", summary: "which scenario of the file to run (default its baseline)"),
            Flag(name: "events", value: "FILE", summary: "write every step of every case to FILE (.csv or .xes)"),
            Flag(name: "report", value: "FILE", summary: "write the report as one HTML page"),
        ],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let simulation = try simulationToRun(invocation, sop: document.sop, calendar: session.calendar)
        let title = document.sop.identity.title.isEmpty ? document.path : document.sop.identity.title
        let events = try invocation.flags["events"].map { path throws(ShellError) in try eventLogFile(path, invocation, simulation, title: title) }
        let result = SimulationRunner.run(simulation, eventLog: events?.sink)
        var display = SimulationReport.text(result, width: Terminal.current().width)
        if let events, let path = invocation.flags["events"] {
            do {
                try events.finish()
            } catch {
                throw invocation.error("\(error)", hint: "check that the folder exists, that you may write to it and that the disk has room")
            }
            display += localized("\nWrote \(path): every step of every case")
        }
        if let path = try SimulationSettings.writeReport(invocation, title: title, runs: [.init(scenario: simulation.scenario, result: result)]) {
            display += localized("\nWrote \(path): the report as one HTML page")
        }
        session.simulated = SimulatedRun(sop: document.sop, scenario: simulation.scenario)
        return CommandResult(Value(reflecting: result), text: display)
    }

    /// The simulation the arguments describe: a scenario file's baseline or named scenario, or the flags.
    private static func simulationToRun(_ invocation: Invocation, sop: SOP, calendar: WorkCalendar) throws(ShellError) -> Simulation {
        guard !invocation.positionals.isEmpty else {
            if invocation.has("scenario") {
                throw invocation.error("--scenario picks a scenario of a scenario file", hint: "name the file: simulate FILE.yaml --scenario NAME")
            }
            return try SimulationSettings.scenario(fromFlags: invocation, sop: sop, calendar: calendar)
        }
        let simulations = try SimulationSettings.scenarios(inFileAt: 0, invocation, sop: sop)
        guard let name = invocation.flags["scenario"] else { return simulations[0] }
        guard let found = simulations.first(where: { $0.scenario.name == name }) else {
            let names = simulations.map(\.scenario.name)
            let nearest = EditDistance.suggestions(for: name, among: names)
            throw invocation.error("the scenario file has no scenario named “\(name)”",
                                   hint: "\(nearest.first.map { localized("did you mean “\($0)”? ") } ?? "")its scenarios: \(names.joined(separator: ", "))")
        }
        return found
    }

    private static func eventLogFile(_ path: String, _ invocation: Invocation, _ simulation: Simulation, title: String) throws(ShellError) -> SimulationEventLogFile {
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

/// Runs a simulation where Ctrl-C stops it cleanly and a long run shows its progress.
enum SimulationRunner {
    static func run(_ simulation: Simulation, eventLog: SimulationEventSink? = nil) -> SimulationResult {
        final class Finished: Sendable { let flag = Atomic<Bool>(false) }
        let control = SimulationControl()
        let finished = Finished()
        let showsProgress = isatty(STDERR_FILENO) != 0
        let watcher = Thread {
            let started = Date()
            var shown = false
            while !finished.flag.load(ordering: .relaxed) {
                if interruptRequested.load(ordering: .relaxed) { control.stop() }
                if showsProgress, Date().timeIntervalSince(started) > 1 {
                    let percent = Int(control.progress.fraction * 100)
                    FileHandle.standardError.write(Data("\r  simulating… \(percent)%".utf8))
                    shown = true
                }
                usleep(50_000)
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
        watcher.start()
        let result = simulation.run(control: control, eventLog: eventLog)
        finished.flag.store(true, ordering: .relaxed)
        interruptRequested.store(false, ordering: .relaxed)
        return result
    }
}
