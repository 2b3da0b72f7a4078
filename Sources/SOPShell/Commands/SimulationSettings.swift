import Foundation
import SOPRuntime

/// What `simulate` and `compare` read from their arguments: scenarios from a scenario file,
/// or one scenario from flags, and how big a run to make of them.
enum SimulationSettings {
    /// How big a run is: the same flags for a file's scenarios and for the flags' own.
    static let sizeFlags = [
        Command.Flag(name: "cases", value: "N", summary: "cases per replication (default 1000, or the file's)"),
        Command.Flag(name: "replications", value: "N", summary: "independent runs (default 5, or the file's)"),
        Command.Flag(name: "seed", value: "N", summary: "the random seed (default 1, or the file's)"),
        Command.Flag(name: "threads", value: "N", summary: "threads to spread replications over (default: every core)"),
    ]

    /// What a scenario assumes, when there is no scenario file.
    static let scenarioFlags = [
        Command.Flag(name: "every", value: "DURATION", summary: "mean time between arrivals (default 1d)"),
        Command.Flag(name: "staff", value: "ROLE=N,…", summary: "people per role instead of the SOP's"),
        Command.Flag(name: "distribution", value: "D", summary: "fixed, uniform, triangular, exponential, lognormal or normal"),
        Command.Flag(name: "spread", value: "X", summary: "the width around the standard time (default 0.5)"),
        Command.Flag(name: "calendar", value: "office|24h", summary: "the work calendar (default: the session's)"),
    ]

    /// Every scenario of the file named by positional argument `argument`: the baseline, then
    /// each named change, compiled against `sop`, with the size flags applied to them all.
    static func scenarios(inFileAt argument: Int, _ invocation: Invocation, sop: SOP) throws(ShellError) -> [Simulation] {
        if let flag = scenarioFlags.first(where: { invocation.has($0.name) }) {
            throw invocation.error("--\(flag.name) cannot be given with a scenario file",
                                   hint: "set it in the file (see docs/simulation.md), or leave the file out", argument: argument)
        }
        let path = invocation.positionals[argument].text
        guard let data = FileManager.default.contents(atPath: path) else {
            throw invocation.error("no such file: \(path)", hint: "check the path", argument: argument)
        }
        var file: ScenarioFile
        do throws(SOPReadError) {
            file = try ScenarioFile.read(try SOPFile.decode(data, file: path), file: path)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
        try applySize(invocation, to: &file.baseline)
        do throws(SOPReadError) {
            return try file.simulations(sop: sop)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }

    /// The one scenario the flags describe, on `calendar` unless --calendar says otherwise.
    static func scenario(fromFlags invocation: Invocation, sop: SOP, calendar: WorkCalendar) throws(ShellError) -> Simulation {
        var scenario = Scenario(arrivals: .poisson(meanInterval: try invocation.duration(flag: "every") ?? .days(1)),
                                cases: 1000, replications: 5, seed: 1, calendar: calendar)
        try applySize(invocation, to: &scenario)
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
                                       hint: "the distributions are \(DurationModel.Distribution.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            scenario.durations.distribution = distribution
        }
        if let text = invocation.flags["spread"] {
            guard let spread = Double(text), spread >= 0, spread.isFinite else {
                throw invocation.error("--spread is a number such as 0.5, not \(text)")
            }
            scenario.durations.spread = spread
        }
        for pair in (invocation.flags["staff"] ?? "").split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let count = Int(parts[1]), count >= 1 else {
                throw invocation.error("--staff is written ROLE=N,…, such as tim=4,kepala=1", hint: "roles: \(sop.roles.map(\.id).joined(separator: ", "))")
            }
            scenario.staff[String(parts[0])] = count
        }
        do throws(ScenarioError) {
            return try Simulation(sop: sop, scenario: scenario)
        } catch {
            throw invocation.error(rendered: error.message, hint: error.hint)
        }
    }

    private static func applySize(_ invocation: Invocation, to scenario: inout Scenario) throws(ShellError) {
        if let cases = try number(invocation, "cases") { scenario.cases = cases }
        if let replications = try number(invocation, "replications") { scenario.replications = replications }
        if let seed = try number(invocation, "seed") { scenario.seed = UInt64(seed) }
        if let threads = try number(invocation, "threads") { scenario.threads = threads }
    }

    private static func number(_ invocation: Invocation, _ flag: String) throws(ShellError) -> Int? {
        guard let text = invocation.flags[flag] else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 1 else {
            throw invocation.error("--\(flag) is a whole number of at least 1, not \(text)")
        }
        return value
    }

    /// Writes the report page for `runs` to --report's file, if one was asked for.
    static func writeReport(_ invocation: Invocation, title: String, runs: [SimulationReportHTMLWriter.Run]) throws(ShellError) -> String? {
        guard let path = invocation.flags["report"] else { return nil }
        guard path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") else {
            throw invocation.error("--report writes an HTML page: name a file ending in .html, not \(path)")
        }
        let page = SimulationReportHTMLWriter.write(title: title, runs: runs)
        do {
            try AtomicFile.write(Data(page.utf8), to: path)
        } catch {
            throw invocation.error("\(error)", hint: "check that the folder exists, that you may write to it and that the disk has room")
        }
        return path
    }
}
