// The simulator's benchmark (scripts/bench-simulation): runs a scenario file's baseline and
// prints cases per second, events per second and the peak resident memory.
//
//   sopsh-bench [SCENARIO] [--cases N] [--replications R] [--threads T] [--office] [--json]
//   sopsh-bench office [--sops 50] [--positions 20] [--cases 10000] [--replications 1] [--threads T]
//
// SCENARIO defaults to examples/bench-seed.scenario.yaml; its `sop` names the SOP.
// --office runs it on the default office calendar instead of the scenario's; --json prints
// the whole SimulationResult after the figures. `office` runs the office benchmark
// (OfficeBenchmark.swift): many SOPs over shared positions, --cases per SOP.
import Foundation
import SOPRuntime

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

var path = "examples/bench-seed.scenario.yaml"
var overrides: [String: Int] = [:]
var office = false
var json = false
var arguments = CommandLine.arguments.dropFirst()
let officeBenchmark = arguments.first == "office"
if officeBenchmark { arguments.removeFirst() }
while let argument = arguments.popFirst() {
    if argument == "--office" {
        office = true
    } else if argument == "--json" {
        json = true
    } else if ["--cases", "--replications", "--threads", "--sops", "--positions"].contains(argument) {
        guard let value = arguments.popFirst().flatMap({ Int($0) }) else { fail("\(argument) needs a whole number") }
        overrides[argument] = value
    } else {
        path = argument
    }
}

func peakMegabytes() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Double(usage.ru_maxrss) / 1024 / 1024  // bytes on macOS
    #endif
}

if officeBenchmark {
    do {
        let (office, result, seconds) = try OfficeBenchmark.run(
            sops: overrides["--sops"] ?? 50, positions: overrides["--positions"] ?? 20, casesPerSOP: overrides["--cases"] ?? 10_000,
            replications: overrides["--replications"] ?? 1, threads: overrides["--threads"])
        let threads = overrides["--threads"] ?? ProcessInfo.processInfo.activeProcessorCount
        print(
            "office        \(office.procedures.count) SOPs, \(office.positions.count) positions (\(office.positions.map(\.headcount).reduce(0, +)) staff), \(office.replications) replication(s), \(threads) thread(s)"
        )
        print("cases         \(result.run.casesFinished) finished in \(String(format: "%.3f", seconds)) s")
        print("cases/s       \(String(format: "%.0f", Double(result.run.casesFinished) / seconds))")
        print("peak RSS      \(String(format: "%.1f", peakMegabytes())) MB")
        let busiest = result.positions.max { $0.utilisation.mean < $1.utilisation.mean }!
        print(
            "busiest       \(busiest.id) at \(String(format: "%.1f", busiest.utilisation.mean * 100)) %; lead time mean \(String(format: "%.2f", result.run.leadTime.mean.mean)) h"
        )
    } catch {
        fail("\(error)")
    }
    exit(0)
}

do {
    let file = try ScenarioFile.open(path)
    guard let sopFile = file.sopFile else { fail("\(path) names no SOP (`sop:`)") }
    let sop = try SOPFile.open(sopFile).0.sop
    var scenario = file.baseline
    if let cases = overrides["--cases"] { scenario.cases = cases }
    if let replications = overrides["--replications"] { scenario.replications = replications }
    if let threads = overrides["--threads"] { scenario.threads = threads }
    if office { scenario.calendar = .office }
    let simulation = try Simulation(sop: sop, scenario: scenario)
    let clock = ContinuousClock()
    var result: SimulationResult?
    let elapsed = clock.measure { result = simulation.run() }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let peakMB = peakMegabytes()
    let outcome = result!
    let threads = scenario.threads ?? ProcessInfo.processInfo.activeProcessorCount
    let calendar = scenario.calendar.isRoundTheClock ? "round the clock" : "a working calendar"
    print(
        "scenario      \(outcome.scenario): \(scenario.replications) replication(s) × \(scenario.cases ?? 0) cases, \(calendar), \(threads) thread(s)"
    )
    print("cases         \(outcome.casesFinished) finished in \(String(format: "%.3f", seconds)) s")
    print("cases/s       \(String(format: "%.0f", Double(outcome.casesFinished) / seconds))")
    print("events/s      \(String(format: "%.0f", Double(outcome.events) / seconds)) (\(outcome.events) events)")
    print("peak RSS      \(String(format: "%.1f", peakMB)) MB")
    print(
        "lead time     mean \(String(format: "%.2f", outcome.leadTime.mean.mean)) h, p95 \(String(format: "%.2f", outcome.leadTime.p95.mean)) h; bottleneck \(outcome.bottleneck ?? "-")"
    )
    if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(String(decoding: try encoder.encode(outcome), as: UTF8.self))
    }
} catch let error as SOPReadError {
    fail(error.description)
} catch let error as ScenarioError {
    fail(error.description)
} catch {
    fail("\(error)")
}
