import Foundation
import SOPRuntime
import Testing

/// The offered load, known before a run: arrivals per hour × the hours a case asks of a role
/// ÷ its staff, with rework counted at the scenario's odds.
@Suite struct OfferedLoads {
    /// Two steps of 1 jam by one role; the second a decision that sends `back` of the cases
    /// back to the first.
    static func loop(staff: Int) -> SOP {
        SOP(
            roles: [Role(id: "petugas", name: "Petugas Layanan", staff: staff)],
            steps: [
                Step(
                    number: StepNumber(1), activity: "Memeriksa berkas", executors: ["petugas"],
                    time: StandardTime("1 jam"), output: "berkas diperiksa"),
                Step(
                    number: StepNumber(2), activity: "Menyetujui berkas", executors: ["petugas"],
                    time: StandardTime("1 jam"), output: "berkas disetujui",
                    decision: Decision(answers: [
                        Answer(label: "menyetujui", target: .end),
                        Answer(label: "perlu perbaikan", target: .step(StepNumber(1)))
                    ]))
            ])
    }

    static func load(staff: Int, every hours: Double, back: Double) throws -> OfferedLoad {
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(hours)), cases: 100, replications: 1, seed: 1,
            calendar: .roundTheClock, decisions: [StepNumber(2): ["perlu perbaikan": back]])
        return try Simulation(sop: loop(staff: staff), scenario: scenario).offeredLoad
    }

    @Test("rework at 1/3 makes 2 h of work a case 3 h: 1.5 visits to each step")
    func reworkIsCountedAtItsOdds() throws {
        let offered = try Self.load(staff: 1, every: 4, back: 1.0 / 3)
        let role = try #require(offered.roles.first)
        #expect(abs(role.hoursPerCase - 3) < 1e-6)
        #expect(abs(try #require(role.load) - 0.75) < 1e-6)
        #expect(offered.hasRework)
        #expect(offered.warning == nil && offered.shortWarning == nil, "0.75 keeps up")
    }

    @Test("at a load of 1.5 the warning gives the figure and remedies that bring it below 1")
    func overloadIsWarnedWithRemedies() throws {
        let offered = try Self.load(staff: 1, every: 2, back: 1.0 / 3)
        let warning = try #require(offered.warning)
        #expect(warning.contains("Petugas Layanan (petugas) at 1.50"), "\(warning)")
        #expect(warning.contains("--staff petugas=2"), "\(warning)")
        #expect(warning.contains("--every 4h"), "3 h of work a case, +5 %, rounded up: \(warning)")
        #expect(warning.contains("less rework"), "\(warning)")
        #expect(try Self.load(staff: 2, every: 2, back: 1.0 / 3).warning == nil, "the staff it names is enough")
        #expect(try Self.load(staff: 1, every: 4, back: 1.0 / 3).warning == nil, "so is the interval it names")
    }

    @Test("arrivals at listed times or in one batch have no rate, so no load is claimed")
    func noRateNoLoad() throws {
        let scenario = Scenario(arrivals: .batch, cases: 50, replications: 1, seed: 1, calendar: .roundTheClock)
        let offered = try Simulation(sop: Self.loop(staff: 1), scenario: scenario).offeredLoad
        #expect(offered.arrivalsPerHour == nil)
        #expect(offered.roles.allSatisfy { $0.load == nil })
        #expect(offered.warning == nil)
    }
}
