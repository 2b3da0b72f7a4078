import Foundation
import SOPRuntime
import Testing

/// The office simulation against what it must agree with: one SOP is today's `simulate`
/// exactly, two SOPs on disjoint staff are each their own simulation, and two SOPs sharing
/// one position are one queue M/M/c at the pooled arrival rate.
@Suite struct OfficeSimulations {
    /// A single-step SOP of one role, its time 1 jam; with exponential durations an M/M/c.
    static func counter(_ role: String, named name: String) -> SOP {
        SOP(
            roles: [Role(id: role, name: name, staff: 1)],
            steps: [
                Step(
                    number: StepNumber(1), activity: "Melayani \(name)", executors: [role],
                    time: StandardTime("1 jam"), output: "permohonan terlayani")
            ])
    }

    static let exponential = Scenario(arrivals: .batch, durations: DurationModel(distribution: .exponential))

    /// Each of the seed's roles filled by a position of the same id and staff.
    static func oneSOPOffice(_ sop: SOP, every interval: WorkDuration, settings: Scenario) -> Office {
        Office(
            name: "UKPBJ",
            procedures: [
                Office.Procedure(
                    path: "seed.yaml", sop: sop, demand: .every(interval),
                    positions: Dictionary(uniqueKeysWithValues: sop.roles.map { ($0.id, $0.id) }),
                    settings: settings)
            ],
            positions: sop.roles.map { Office.Position(id: $0.id, name: $0.name, headcount: $0.staff) },
            calendar: .office, horizon: .days(600), replications: 3, seed: 11)
    }

    @Test func oneSOPIsTodaysSimulationExactly() throws {
        let sop = try Simulations.seed()
        var settings = Self.exponential
        settings.decisions = [StepNumber(3): ["perlu perbaikan": 0.3], StepNumber(11): ["perlu perbaikan": 0.2]]
        settings.reworkCap = 4
        let office = Self.oneSOPOffice(sop, every: .hours(40), settings: settings)
        let officeRun = try OfficeSimulation(office: office).run().run

        var scenario = settings
        scenario.arrivals = .poisson(meanInterval: .hours(40))
        scenario.horizon = .days(600)
        scenario.replications = 3
        scenario.seed = 11
        let today = try Simulation.run(sop: sop, scenario: scenario)

        #expect(today.casesFinished > 300, "a run long enough to differ if anything differs")
        #expect(officeRun.casesArrived == today.casesArrived && officeRun.casesFinished == today.casesFinished)
        #expect(officeRun.leadTime == today.leadTime)
        #expect(officeRun.waitingTime == today.waitingTime)
        #expect(officeRun.steps == today.steps)
        #expect(officeRun.roles == today.roles)
        #expect(officeRun.rework.reworks == today.rework.reworks && officeRun.rework.capHits == today.rework.capHits)
    }

    /// Two offices' worth of work under one roof, no one shared: each SOP's lead time is its
    /// own simulation's, within the two runs' intervals (the draws differ, the process does not).
    @Test func twoSOPsOnDisjointStaffAreEachTheirOwnSimulation() throws {
        let a = Self.counter("loket", named: "Loket")
        let b = Self.counter("arsip", named: "Arsip")
        let office = Office(
            name: "dua loket",
            procedures: [
                Office.Procedure(
                    path: "a.yaml", sop: a, demand: .every(.hours(1.25)), positions: ["loket": "loket"], settings: Self.exponential),
                Office.Procedure(
                    path: "b.yaml", sop: b, demand: .every(.hours(2)), positions: ["arsip": "arsip"], settings: Self.exponential)
            ],
            positions: [
                Office.Position(id: "loket", name: "Loket", headcount: 1), Office.Position(id: "arsip", name: "Arsip", headcount: 1)
            ],
            calendar: .roundTheClock, horizon: .hours(100_000), replications: 5, seed: 3)
        let result = try OfficeSimulation(office: office).run()
        for (procedure, interval) in zip(result.procedures, [1.25, 2.0]) {
            var scenario = Self.exponential
            scenario.arrivals = .poisson(meanInterval: .hours(interval))
            scenario.horizon = .hours(100_000)
            scenario.replications = 5
            scenario.calendar = .roundTheClock
            let alone = try Simulation.run(sop: procedure.path == "a.yaml" ? a : b, scenario: scenario)
            let together = try #require(procedure.statistics.leadTime?.mean)
            let apart = abs(together.mean - alone.leadTime.mean.mean)
            #expect(
                apart <= (together.halfWidth ?? 0) + (alone.leadTime.mean.halfWidth ?? 0),
                "\(procedure.path): \(together.mean) together, \(alone.leadTime.mean.mean) alone")
        }
        // M/M/1 at ρ = 0.8 and 0.5: mean times in system 5 h and 2 h.
        #expect(Simulations.isWithin(result.procedures[0].statistics.leadTime!.mean.mean, 5, relative: 0.04))
        #expect(Simulations.isWithin(result.procedures[1].statistics.leadTime!.mean.mean, 2, relative: 0.04))
    }

    /// Two SOPs whose single step is done by one shared position of 3: one M/M/3 queue at the
    /// pooled rate 1.5 + 0.9 = 2.4 an hour, so both SOPs see its mean wait (1.079 h).
    @Test func twoSOPsSharingOnePositionAreOneQueueAtThePooledRate() throws {
        let office = Office(
            name: "layanan terpadu",
            procedures: [
                Office.Procedure(
                    path: "izin.yaml", sop: Self.counter("petugas", named: "Petugas Izin"), demand: .every(.hours(1 / 1.5)),
                    positions: ["petugas": "cs"], settings: Self.exponential),
                Office.Procedure(
                    path: "aduan.yaml", sop: Self.counter("penerima", named: "Penerima Aduan"), demand: .every(.hours(1 / 0.9)),
                    positions: ["penerima": "cs"], settings: Self.exponential)
            ],
            positions: [Office.Position(id: "cs", name: "Customer Service", headcount: 3)],
            calendar: .roundTheClock, horizon: .hours(200_000), replications: 5, seed: 5)
        let result = try OfficeSimulation(office: office).run()
        let wait = Simulations.erlangC(servers: 3, load: 2.4) / (3 - 2.4)
        #expect((wait * 1000).rounded() / 1000 == 1.079)
        for procedure in result.procedures {
            let waited = try #require(procedure.statistics.waitingTime)
            #expect(Simulations.isWithin(waited.mean, wait, relative: 0.05), "\(procedure.path): \(waited.mean)")
        }
        let pooled = try #require(result.positions.first)
        #expect(Simulations.isWithin(pooled.utilisation.mean, 0.8, relative: 0.02))
        #expect(pooled.procedures == ["izin.yaml", "aduan.yaml"], "an SOP without a title is called by its file")
        #expect(Simulations.isWithin(result.procedures[0].casesPerYear / result.procedures[1].casesPerYear, 1.5 / 0.9, relative: 1e-9))
    }
}
