import Foundation
import SOPRuntime

/// What `simulate` and `compare` read from their arguments: scenarios from a scenario file,
/// or one scenario from flags, and how big a run to make of them. The flags for what a
/// scenario assumes are read by `ScenarioOverrides` into the model a scenario file compiles to.
enum SimulationSettings {
    /// How big a run is: the same flags for a file's scenarios and for the flags' own.
    static let sizeFlags: [Command.Flag] = [.cases, .replications, .seed, .threads]

    /// The scenario-file key each size flag sets, for errors the simulator finds in its value.
    static let sizeKeys: [(Command.Flag, String)] = [(.cases, "jumlah_kasus"), (.replications, "replikasi"), (.threads, "utas")]

    /// A scenario file named by positional argument `argument`, read, with the size flags
    /// applied to its baseline (and so to every change).
    static func scenarioFile(at argument: Int, _ invocation: Invocation) throws(ShellError) -> ScenarioFile {
        let path = invocation.positionals[argument].text
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw invocation.error("no such file: \(path)", hint: "check the path", argument: argument)
        }
        var file: ScenarioFile
        do throws(SOPReadError) {
            file = try ScenarioFile.open(path)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
        try applySize(invocation, to: &file.baseline)
        return file
    }

    /// Every scenario of the file named by positional argument `argument`: the baseline, then
    /// each named change, compiled against `sop`, with the size flags applied to them all.
    static func scenarios(inFileAt argument: Int, _ invocation: Invocation, sop: SOP) throws(ShellError) -> [Simulation] {
        let file = try scenarioFile(at: argument, invocation)
        var compiled: [Simulation] = []
        for (index, scenario) in file.scenarios.enumerated() {
            compiled.append(try compile(scenario, sop: sop, invocation, flags: flagsOfSize(invocation), file: file, index: index))
        }
        return compiled
    }

    /// What `simulate` runs: the scenario its flags describe, or a scenario file's baseline (or
    /// the scenario --scenario names) with the flags' settings over the file's; and what it
    /// assumed because neither said (see `SimulationAssumptions`).
    static func simulation(_ invocation: Invocation, sop: SOP, calendar: WorkCalendar) throws(ShellError) -> (
        simulation: Simulation, assumed: [String]
    ) {
        guard !invocation.positionals.isEmpty else {
            if invocation.has(.scenario) {
                throw invocation.error(
                    "--scenario picks a scenario of a scenario file", hint: "name the file: simulate FILE.yaml --scenario NAME")
            }
            return (
                try scenario(fromFlags: invocation, sop: sop, calendar: calendar),
                SimulationAssumptions.of(invocation, sop: sop, file: nil, index: 0)
            )
        }
        let overrides = try ScenarioOverrides(invocation, sop: sop)
        let file = try scenarioFile(at: 0, invocation)
        let scenarios = file.scenarios
        var chosen = 0
        if let name = invocation.text(.scenario) {
            guard let found = scenarios.firstIndex(where: { $0.name == name }) else {
                let names = scenarios.map(\.name)
                let nearest = EditDistance.suggestions(for: name, among: names)
                throw invocation.error(
                    "the scenario file has no scenario named “\(name)”",
                    hint: nearest.first.map { "did you mean “\($0)”? its scenarios: \(names.joined(separator: ", "))" }
                        ?? "its scenarios: \(names.joined(separator: ", "))")
            }
            chosen = found
        }
        // Every scenario of the file must fit the SOP, as for `compare`; the chosen one with the flags over it.
        let sizeFlags = flagsOfSize(invocation)
        for (index, scenario) in scenarios.enumerated() where index != chosen {
            _ = try compile(scenario, sop: sop, invocation, flags: sizeFlags, file: file, index: index)
        }
        var overridden = scenarios[chosen]
        try overrides.apply(to: &overridden, invocation)
        let simulation = try compile(
            overridden, sop: sop, invocation, flags: overrides.flagOfKey.merging(sizeFlags) { $1 },
            file: file, index: chosen)
        return (simulation, SimulationAssumptions.of(invocation, sop: sop, file: file, index: chosen))
    }

    /// The one scenario the flags describe, on `calendar` unless --calendar says otherwise.
    private static func scenario(fromFlags invocation: Invocation, sop: SOP, calendar: WorkCalendar) throws(ShellError) -> Simulation {
        let overrides = try ScenarioOverrides(invocation, sop: sop)
        var scenario = Scenario(
            arrivals: .poisson(meanInterval: .days(1)), cases: invocation.has(.horizon) ? nil : 1000,
            replications: 5, seed: 1, calendar: calendar)
        try applySize(invocation, to: &scenario)
        try overrides.apply(to: &scenario, invocation)
        return try compile(scenario, sop: sop, invocation, flags: overrides.flagOfKey.merging(flagsOfSize(invocation)) { $1 })
    }

    /// `scenario` compiled against `sop`. A problem under a key that `flags` (scenario-file key
    /// to flag name) set is an error naming the flag; else it is located in the file, if
    /// the scenario comes from one.
    static func compile(
        _ scenario: Scenario, sop: SOP, _ invocation: Invocation, flags: [String: Command.Flag],
        file: ScenarioFile? = nil, index: Int = 0
    ) throws(ShellError) -> Simulation {
        do throws(ScenarioError) {
            return try Simulation(sop: sop, scenario: scenario)
        } catch {
            if let flag = flag(setting: error.key, in: flags) {
                throw invocation.flagError(
                    "--\(flag.name): \(Message(verbatim: error.message))",
                    hint: hint(for: error, flag: flag), flag: flag)
            }
            if let file {
                let located = file.readError(error, scenario: index)
                throw ShellError(rendered: located.message, hint: located.hint, at: located.location)
            }
            throw invocation.error(rendered: error.message, hint: error.hint)
        }
    }

    /// The flag that set `key` ("keputusan.3.perlu perbaikan" is under "keputusan.3").
    private static func flag(setting key: String?, in flags: [String: Command.Flag]) -> Command.Flag? {
        guard let key else { return nil }
        if let flag = flags[key] { return flag }
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 2 ? flags[parts.prefix(2).joined(separator: ".")] : nil
    }

    /// The simulator's hint (what the SOP has, how to fix the value), unless it shows a
    /// scenario file's key (`selang: 40 jam`, "leave `utas` out"): then the flag's example.
    private static func hint(for error: ScenarioError, flag: Command.Flag) -> Message? {
        let example: Message? = flag.example.map { "for example \($0)" }
        guard let hint = error.hint else { return example }
        let showsAKey = hint.contains("`") || hint.split(separator: " ").first?.hasSuffix(":") == true
        guard showsAKey else { return Message(verbatim: hint) }
        if error.key == "jumlah_kasus" { return "give --cases N or --horizon DURATION" }
        return example ?? Message(verbatim: hint)
    }

    static func flagsOfSize(_ invocation: Invocation) -> [String: Command.Flag] {
        var flags: [String: Command.Flag] = [:]
        for (flag, key) in sizeKeys where invocation.has(flag) { flags[key] = flag }
        return flags
    }

    private static func applySize(_ invocation: Invocation, to scenario: inout Scenario) throws(ShellError) {
        if let cases = try number(invocation, .cases) { scenario.cases = cases }
        if let replications = try number(invocation, .replications) { scenario.replications = replications }
        if let seed = try number(invocation, .seed) { scenario.seed = UInt64(seed) }
        if let threads = try number(invocation, .threads) { scenario.threads = threads }
    }

    /// A size flag's whole number of at least 1 (`--replications 5`), or nil when not given.
    static func number(_ invocation: Invocation, _ flag: Command.Flag) throws(ShellError) -> Int? {
        guard let text = invocation.text(flag) else { return nil }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 1 else {
            throw invocation.flagError(
                "--\(flag.name) is a whole number of at least 1, not \(text)", hint: "for example --\(flag.name) 5", flag: flag)
        }
        return value
    }

    /// Writes the report page for `runs` to --report's file, if one was asked for.
    static func writeReport(_ invocation: Invocation, title: String, runs: [SimulationReportHTMLWriter.Run]) throws(ShellError) -> String? {
        guard let path = invocation.text(.report) else { return nil }
        guard path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") else {
            throw invocation.error("--report writes an HTML page: name a file ending in .html, not \(path)")
        }
        try invocation.write(SimulationReportHTMLWriter.write(title: title, runs: runs), to: path)
        return path
    }
}
