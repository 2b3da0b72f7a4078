// The simulator's benchmark (scripts/bench-simulation): runs a scenario file's baseline and
// prints cases per second, events per second and the peak resident memory.
//
//   sopsh-bench [SCENARIO] [--cases N] [--replications R] [--threads T] [--office] [--json]
//
// SCENARIO defaults to examples/bench-seed.scenario.yaml; its `sop` names the SOP.
// --office runs it on the default office calendar instead of the scenario's; --json prints
// the whole SimulationResult after the figures.
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
while let argument = arguments.popFirst() {
    if argument == "--office" {
        office = true
    } else if argument == "--json" {
        json = true
    } else if ["--cases", "--replications", "--threads"].contains(argument) {
        guard let value = arguments.popFirst().flatMap({ Int($0) }) else { fail("\(argument) needs a whole number") }
        overrides[argument] = value
    } else {
        path = argument
    }
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
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024   // kilobytes on Linux
    #else
    getrusage(RUSAGE_SELF, &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024 / 1024   // bytes on macOS
    #endif
    let outcome = result!
    let threads = scenario.threads ?? ProcessInfo.processInfo.activeProcessorCount
    let calendar = scenario.calendar.isRoundTheClock ? "round the clock" : "a working calendar"
    print("scenario      \(outcome.scenario): \(scenario.replications) replication(s) × \(scenario.cases ?? 0) cases, \(calendar), \(threads) thread(s)")
    print("cases         \(outcome.casesFinished) finished in \(String(format: "%.3f", seconds)) s")
    print("cases/s       \(String(format: "%.0f", Double(outcome.casesFinished) / seconds))")
    print("events/s      \(String(format: "%.0f", Double(outcome.events) / seconds)) (\(outcome.events) events)")
    print("peak RSS      \(String(format: "%.1f", peakMB)) MB")
    print("lead time     mean \(String(format: "%.2f", outcome.leadTime.mean.mean)) h, p95 \(String(format: "%.2f", outcome.leadTime.p95.mean)) h; bottleneck \(outcome.bottleneck ?? "-")")
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
