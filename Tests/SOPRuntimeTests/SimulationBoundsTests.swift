import Foundation
import SOPRuntime
import Testing

/// Scenarios past what a run can hold are refused before they start, or stop with a warning:
/// never a trap, never a run that fills the memory or goes on for years.
@Suite struct SimulationBounds {
    static func scenario(_ change: (inout Scenario) -> Void) -> Scenario {
        var scenario = Scenario(arrivals: .poisson(meanInterval: .hours(1)), cases: 10, replications: 1, calendar: .roundTheClock)
        change(&scenario)
        return scenario
    }

    enum Absurd: String, CaseIterable, Sendable {
        case cases = "jumlah_kasus"
        case replications = "replikasi"
        case reworkCap = "batas_pengulangan"
        case staff = "pegawai.petugas"

        var scenario: Scenario {
            SimulationBounds.scenario { scenario in
                switch self {
                case .cases: scenario.cases = 1_000_000_000_000_000_000
                case .replications: scenario.replications = 1_000_000_000_000
                case .reworkCap: scenario.reworkCap = 3_000_000_000
                case .staff: scenario.staff = ["petugas": 3_000_000_000]
                }
            }
        }
    }

    @Test(arguments: Absurd.allCases)
    func absurdCountsAreRefusedAtTheirKey(_ absurd: Absurd) {
        #expect {
            try Simulation(sop: Simulations.singleStep(staff: 1), scenario: absurd.scenario)
        } throws: { error in
            (error as? ScenarioError)?.key == absurd.rawValue && (error as? ScenarioError)?.message.contains("at most") == true
        }
    }

    @Test func anSOPsOwnHugeStaffIsRefusedToo() {
        #expect(throws: ScenarioError.self) {
            try Simulation(sop: Simulations.singleStep(staff: 3_000_000_000), scenario: Self.scenario { _ in })
        }
    }

    @Test func arrivalsFarBeyondTheStaffStopTheRunWithAWarning() throws {
        let result = try Simulation.run(
            sop: Simulations.singleStep(staff: 1),
            scenario: Self.scenario {
                $0.arrivals = .poisson(meanInterval: .minutes(0.000001))
                $0.cases = nil
                $0.horizon = .days(30)
            })
        #expect(result.stopped)
        #expect(result.casesArrived > 2_000_000 && result.casesArrived < 2_100_000, "stopped near the bound: \(result.casesArrived)")
        #expect(result.warnings.contains { $0.contains("cannot keep up with the arrivals") })
    }

    @Test func casesThatTakeNoTimeFillTheFirstBin() throws {
        let sop = SOP(
            roles: [Role(id: "petugas", name: "Petugas", staff: 1)],
            steps: [
                Step(number: StepNumber(1), activity: "Mencatat", executors: ["petugas"], time: StandardTime("0 menit"), output: "catatan")
            ])
        let result = try Simulation.run(sop: sop, scenario: Self.scenario { _ in })
        #expect(result.casesFinished == 10)
        #expect(result.leadTimeDistribution.shares.first == 1)
    }
}
