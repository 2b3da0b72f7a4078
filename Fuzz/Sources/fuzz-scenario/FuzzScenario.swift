import FuzzSupport
import Foundation
import SOPRuntime

/// The SOP every scenario is compiled against: the appendix model the benchmark scenario
/// (examples/bench-seed.scenario.yaml) was written for, so that seeds reach the compiler.
private let sop: SOP = {
    ScratchFolder.enter(copying: ScratchFolder.files(in: "examples", endingWith: [".yaml"]))
    guard case (let loaded, _)? = try? SOPFile.open("examples/bench-seed.yaml") else {
        fatalError("cannot open examples/bench-seed.yaml from \(ScratchFolder.repository.path)")
    }
    return loaded.sop
}()

/// Fuzzes `simulate SCENARIO.yaml` up to the point where cases would run: the scenario file
/// read (a calendar file it names is read relative to the scratch folder), then every scenario
/// and what-if change compiled against the SOP. Running the simulation itself is left out: it
/// is long by design and has its own tests.
///
/// Any input must give scenarios or a `SOPReadError`; a crash or a trap is a finding.
func fuzzScenario(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(bytes, count)
    let sop = sop
    do throws(SOPReadError) {
        let text = try SOPFile.decode(data, file: "fuzz.scenario.yaml")
        let file = try ScenarioFile.read(text, file: "fuzz.scenario.yaml")
        _ = try file.simulations(sop: sop)
    } catch {
        _ = error.description
    }
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzScenario` as the test.
@_cdecl("fuzz_scenario_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzScenario(bytes, count) }
}
