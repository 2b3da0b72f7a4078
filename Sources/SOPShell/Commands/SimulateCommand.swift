import Foundation
import SOPRuntime
import Synchronization

/// What-if analysis: many cases through the open SOP at once, on the simulator.
extension Command {
    static let simulate = Command(
        name: "simulate", group: .running,
        summary: "simulate many cases: lead times, waiting, workload per role, the bottleneck",
        usage: "simulate [SCENARIO.yaml] [--cases N] [--every DURATION] [--replications N] [--seed N] [--staff ROLE=N,…] [--distribution D] [--spread X] [--calendar office|24h] [--threads N]",
        details: """
            Runs the open SOP's simulation: cases arrive (Poisson, every DURATION on average), wait for a free \
            member of each step's role, take their step's time (fixed, or drawn from --distribution: uniform, \
            triangular, exponential, lognormal, normal, around the standard time with --spread), and take \
            decisions' answers by the scenario's odds (the forward answer by default). SCENARIO.yaml sets all \
            of this, and named what-if changes (see examples/bench-seed.scenario.yaml); its first scenario is \
            run. Prints lead time (mean, p50, p90, p95, max, with 95% intervals across replications, in \
            working hours), the share finished within the standard time, work in progress, waiting per step, \
            busy hours and utilisation per role, the bottleneck and rework. Ctrl-C stops it cleanly.
            """,
        examples: ["simulate --cases 10000 --every 40h --replications 5",
                   "simulate --cases 10000 --every 8h --staff tim=4 --distribution exponential",
                   "simulate examples/bench-seed.scenario.yaml", "let r = simulate --cases 1000 --every 1d; r.leadTime.p90.mean"],
        flags: [Flag(name: "cases", value: "N", summary: "cases per replication (default 1000)"),
                Flag(name: "every", value: "DURATION", summary: "mean time between arrivals (default 1d)"),
                Flag(name: "replications", value: "N", summary: "independent runs (default 5)"),
                Flag(name: "seed", value: "N", summary: "the random seed (default 1)"),
                Flag(name: "staff", value: "ROLE=N,…", summary: "people per role instead of the SOP's"),
                Flag(name: "distribution", value: "D", summary: "fixed, uniform, triangular, exponential, lognormal or normal"),
                Flag(name: "spread", value: "X", summary: "the width around the standard time (default 0.5)"),
                Flag(name: "calendar", value: "office|24h", summary: "the work calendar (default: the session's)"),
                Flag(name: "threads", value: "N", summary: "threads to spread replications over (default: every core)")],
        arity: 0...1,
        completes: [.file]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let simulation = try simulationToRun(invocation, document: document, calendar: session.calendar)
        let result = SimulationRunner.run(simulation)
        return CommandResult(Value(reflecting: result), display: SimulationReport.text(result))
    }

    /// The simulation the arguments describe: a scenario file's first scenario, or the flags.
    private static func simulationToRun(_ invocation: Invocation, document: OpenDocument, calendar: WorkCalendar) throws(ShellError) -> Simulation {
        if let path = invocation.positionals.first?.text {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw invocation.error("no such file: \(path)", hint: "check the path", argument: 0)
            }
            do throws(SOPReadError) {
                let file = try ScenarioFile.read(try SOPFile.decode(data, file: path), file: path)
                guard let first = try file.simulations(sop: document.sop).first else {
                    throw SOPReadError("the scenario file has no scenario", at: SourceLocation(file: path, line: 1, column: 1))
                }
                return first
            } catch {
                throw ShellError(error.message, hint: error.hint, at: error.location)
            }
        }
        var scenario = Scenario(arrivals: .poisson(meanInterval: try invocation.duration(flag: "every") ?? .days(1)),
                                cases: try number(invocation, "cases") ?? 1000,
                                replications: try number(invocation, "replications") ?? 5,
                                seed: UInt64(try number(invocation, "seed") ?? 1),
                                threads: try number(invocation, "threads"), calendar: calendar)
        if let text = invocation.flags["calendar"] {
            switch text {
            case "office", "kantor": scenario.calendar = .office
            case "24h", "sepanjang-waktu": scenario.calendar = .roundTheClock
            default: throw invocation.error("--calendar is office or 24h, not \(text)")
            }
        }
        if let text = invocation.flags["distribution"] {
            guard let distribution = DurationModel.Distribution(rawValue: text) else {
                throw invocation.error("no distribution named \(text)",
                                       hint: DurationModel.Distribution.allCases.map(\.rawValue).joined(separator: ", "))
            }
            scenario.durations.distribution = distribution
        }
        if let text = invocation.flags["spread"] {
            guard let spread = Double(text), spread >= 0 else { throw invocation.error("--spread is a number such as 0.5, not \(text)") }
            scenario.durations.spread = spread
        }
        for pair in (invocation.flags["staff"] ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let count = Int(parts[1]), count >= 1 else {
                throw invocation.error("--staff is written ROLE=N,…, such as tim=4,kepala=1", hint: "roles: \(document.sop.roles.map(\.id).joined(separator: ", "))")
            }
            scenario.staff[String(parts[0])] = count
        }
        do throws(ScenarioError) {
            return try Simulation(sop: document.sop, scenario: scenario)
        } catch {
            throw invocation.error(error.message, hint: error.hint)
        }
    }

    private static func number(_ invocation: Invocation, _ flag: String) throws(ShellError) -> Int? {
        guard let text = invocation.flags[flag] else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 1 else {
            throw invocation.error("--\(flag) is a whole number of at least 1, not \(text)")
        }
        return value
    }
}

/// Runs a simulation where Ctrl-C stops it cleanly and a long run shows its progress.
enum SimulationRunner {
    static func run(_ simulation: Simulation) -> SimulationResult {
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
        let result = simulation.run(control: control)
        finished.flag.store(true, ordering: .relaxed)
        interruptRequested.store(false, ordering: .relaxed)
        return result
    }
}
