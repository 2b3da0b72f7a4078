// The simulator's benchmark (scripts/bench-simulation): runs a scenario file's baseline and
// prints cases per second, events per second and the peak resident memory.
//
//   sopsh-bench [SCENARIO] [--cases N] [--replications R] [--threads T]
//
// SCENARIO defaults to examples/bench-seed.scenario.yaml; its `sop` names the SOP.
import Foundation
import SOPRuntime

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}

var path = "examples/bench-seed.scenario.yaml"
var overrides: [String: Int] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if ["--cases", "--replications", "--threads"].contains(argument) {
        guard let value = arguments.popFirst().flatMap({ Int($0) }) else { fail("\(argument) needs a whole number") }
        overrides[argument] = value
    } else {
        path = argument
    }
}

do {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let file = try ScenarioFile.read(text, file: path)
    guard let sopPath = file.sopPath else { fail("\(path) names no SOP (`sop:`)") }
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
    let sop = try SOPFile.open(directory.appendingPathComponent(sopPath).path).0.sop
    var scenario = file.baseline
    if let cases = overrides["--cases"] { scenario.cases = cases }
    if let replications = overrides["--replications"] { scenario.replications = replications }
    if let threads = overrides["--threads"] { scenario.threads = threads }
    let simulation = try Simulation(sop: sop, scenario: scenario)
    let clock = ContinuousClock()
    var result: SimulationResult?
    let elapsed = clock.measure { result = simulation.run() }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024   // kilobytes on Linux
    let outcome = result!
    print("scenario      \(outcome.scenario): \(scenario.replications) replication(s) × \(scenario.cases ?? 0) cases on \(scenario.threads ?? ProcessInfo.processInfo.activeProcessorCount) thread(s)")
    print("cases         \(outcome.casesFinished) finished in \(String(format: "%.3f", seconds)) s")
    print("cases/s       \(String(format: "%.0f", Double(outcome.casesFinished) / seconds))")
    print("events/s      \(String(format: "%.0f", Double(outcome.events) / seconds)) (\(outcome.events) events)")
    print("peak RSS      \(String(format: "%.1f", peakMB)) MB")
    print("lead time     mean \(String(format: "%.2f", outcome.leadTime.mean.mean)) h, p95 \(String(format: "%.2f", outcome.leadTime.p95.mean)) h; bottleneck \(outcome.bottleneck ?? "-")")
} catch let error as SOPReadError {
    fail(error.description)
} catch let error as ScenarioError {
    fail(error.description)
} catch {
    fail("\(error)")
}
