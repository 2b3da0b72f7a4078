import Foundation
import SOPRuntime
import Testing

/// The workload analysis (ABK) against a table worked out by hand: volume × standard time ÷
/// effective hours, rework counted at its odds, leave taken off, rounded and rated as the
/// guideline does.
@Suite struct WorkloadAnalysisTests {
    /// A report drafted by staff (2 jam) and checked by the head (30 menit), sent back a
    /// quarter of the time: a case comes to each step 1 ÷ (1 − 0.25) = 4/3 times.
    static func office() -> Office {
        let sop = SOP(
            roles: [Role(id: "staf", name: "Staf"), Role(id: "kepala", name: "Kepala")],
            steps: [
                TestSOPs.step(1, "Menyusun laporan", by: "staf", needs: "", time: "2 jam", gives: "rancangan laporan"),
                TestSOPs.step(
                    2, "Memeriksa laporan", by: "kepala", needs: "rancangan laporan", time: "30 menit", gives: "laporan",
                    answers: [("menyetujui", .end), ("perlu perbaikan", .step(StepNumber(1)))])
            ])
        var settings = Scenario(arrivals: .batch)
        settings.decisions = [StepNumber(2): ["perlu perbaikan": 0.25]]
        settings.reworkCap = 1000
        return Office(
            name: "Subbagian Umum",
            procedures: [
                Office.Procedure(
                    path: "laporan.yaml", sop: sop, demand: .perYear(600),
                    positions: ["staf": "pengadministrasi", "kepala": "kasubbag"], settings: settings)
            ],
            positions: [
                Office.Position(id: "pengadministrasi", name: "Pengadministrasi Umum", headcount: 1, costPerHour: 50_000),
                Office.Position(id: "kasubbag", name: "Kepala Subbagian Umum", headcount: 1, costPerHour: 120_000, leaveDaysPerYear: 10),
                Office.Position(id: "arsiparis", name: "Arsiparis", headcount: 1)
            ])
    }

    @Test func theTableIsTheOneWorkedOutByHand() throws {
        let analysis = try WorkloadAnalysis(office: Self.office())
        try #require(analysis.positions.count == 3)
        let staf = analysis.positions[0]
        let kepala = analysis.positions[1]
        let arsiparis = analysis.positions[2]

        // 600 cases × 4/3 visits × 2 jam = 1,600 hours; ÷ 1,250 = 1.28 → 1 person, rated A.
        let task = try #require(staf.tasks.first)
        #expect(staf.tasks.count == 1 && task.step == "1" && task.activity == "Menyusun laporan")
        #expect(abs(task.volumePerYear - 800) < 1e-6 && task.standardHours == 2)
        #expect(abs(staf.workloadHours - 1600) < 1e-6 && staf.effectiveHours == 1250)
        #expect(abs(staf.staffNeededExactly - 1.28) < 1e-9)
        #expect(staf.staffNeeded == 1 && staf.difference == 0 && staf.rating == .a)

        // 800 × 0.5 jam = 400 hours; 10 days of leave at 7.5 hours take 75 off: 1,175 hours.
        // 400 ÷ 1,175 = 0.34, under a half, but a position with work needs one; EJ 0.34 is E.
        #expect(abs(kepala.workloadHours - 400) < 1e-6 && kepala.effectiveHours == 1175)
        #expect(abs(kepala.staffNeededExactly - 400.0 / 1175) < 1e-9)
        #expect(kepala.staffNeeded == 1 && kepala.rating == .e)

        // A position no SOP asks anything of: no work, no one needed, one to spare.
        #expect(arsiparis.tasks.isEmpty && arsiparis.workloadHours == 0)
        #expect(arsiparis.staffNeeded == 0 && arsiparis.difference == 1 && arsiparis.rating == .e)
    }

    @Test func roundingAndRatingFollowTheGuideline() {
        #expect(WorkloadAnalysis.rounded(0) == 0)
        #expect(WorkloadAnalysis.rounded(0.2) == 1, "any work needs a person")
        #expect(WorkloadAnalysis.rounded(1.49) == 1 && WorkloadAnalysis.rounded(1.5) == 2 && WorkloadAnalysis.rounded(2.51) == 3)
        let bands: [(Double, WorkloadAnalysis.Rating)] = [
            (1.2, .a), (1.0, .b), (0.9, .b), (0.89, .c), (0.7, .c), (0.69, .d), (0.5, .d), (0.49, .e)
        ]
        for (efficiency, rating) in bands {
            #expect(WorkloadAnalysis.Rating(efficiency: efficiency) == rating, "\(efficiency)")
        }
    }

    /// One more pair of hands halves the efficiency and turns the shortfall into a spare.
    @Test func aChangeOfHeadcountIsAnalysedAsTheOfficeWouldBe() throws {
        let change = Office.Change(name: "tambah staf", headcount: ["pengadministrasi": 2])
        let analysis = try WorkloadAnalysis(office: Self.office(), change: change)
        #expect(analysis.positions[0].staffToday == 2 && analysis.positions[0].difference == 1)
        #expect(abs(analysis.positions[0].efficiency - 0.64) < 1e-9 && analysis.positions[0].rating == .d)
    }

    /// The simulation's busy hours agree with the analysis's workload (both count rework at
    /// its odds), and a year's cost is the work's hours at each position's rate.
    @Test func theSimulatedYearAgreesWithTheWorkload() throws {
        var office = Self.office()
        office.replications = 10
        office.horizon = .days(10 * 252)
        let analysis = try WorkloadAnalysis(office: office)
        let result = try OfficeSimulation(office: office).run()
        for (position, simulated) in zip(analysis.positions, result.positions) where position.workloadHours > 0 {
            #expect(
                Simulations.isWithin(simulated.busyHoursPerYear, position.workloadHours, relative: 0.03),
                "\(position.id): \(simulated.busyHoursPerYear) simulated, \(position.workloadHours) analysed")
        }
        let cost = try #require(result.procedures[0].costPerCase)
        // 4/3 × (2 h × 50,000 + 0.5 h × 120,000) = 213,333 rupiah a case.
        let costByHand: Double = 4.0 / 3 * (2 * 50_000 + 0.5 * 120_000)
        #expect(Simulations.isWithin(cost, costByHand, relative: 0.02))
        let yearly = result.positions.compactMap(\.costPerYear).reduce(0, +)
        let yearByHand: Double = 1600 * 50_000 + 400 * 120_000
        #expect(result.costPerYear == yearly, "the arsiparis has no cost and no work: the total stands")
        #expect(Simulations.isWithin(yearly, yearByHand, relative: 0.03))
        var unpriced = office
        unpriced.positions[1].costPerHour = nil
        #expect(try OfficeSimulation(office: unpriced).run().costPerYear == nil, "the kasubbag works at no known cost: no total")
    }
}
