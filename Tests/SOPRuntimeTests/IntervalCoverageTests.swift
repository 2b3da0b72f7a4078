import Foundation
import SOPRuntime
import Testing

/// The 95 % intervals `simulate` prints, held to what they promise: over many seeds, on an
/// M/M/1 queue whose lead-time distribution is known in closed form, count how often each
/// interval holds the true value.
@Suite struct IntervalCoverage {
    /// One step of mean 1 jam (μ = 1/h) and a case every 2 h on average (λ = 0.5/h): ρ = 0.5,
    /// round the clock so that working time is clock time. The sojourn is then exponential with
    /// rate μ − λ = 0.5/h: mean 2 h, p-quantile −ln(1 − p)/(μ − λ).
    static let rate = 0.5
    static let seeds: ClosedRange<UInt64> = 1...200
    /// From an empty queue, ten replications of 3,000 cases keep the warm-up bias of the mean
    /// under a tenth of its interval, and the whole test at a few seconds in a debug build.
    static let cases = 3_000
    static let replications = 10

    /// The queue, after a fixed step of `offsetHours` (when not 0) that a large pool of staff
    /// does without anyone waiting: the lead time is the offset plus the M/M/1 sojourn. That is
    /// what an SOP's lead time looks like, fixed standard times plus waiting, and with 50 h in
    /// front a quantile sits where the histogram's buckets are 16 minutes wide, wider than the
    /// spread of p50 between replications.
    static func simulation(seed: UInt64, offsetHours: Int) throws -> Simulation {
        var steps = [
            Step(
                number: StepNumber(1), activity: "Melayani permohonan", executors: ["petugas"],
                time: StandardTime("1 jam"), output: "permohonan terlayani")
        ]
        var roles = [Role(id: "petugas", name: "Petugas Layanan", staff: 1)]
        var durations = DurationModel(distribution: .exponential)
        if offsetHours > 0 {
            steps.insert(
                Step(
                    number: StepNumber(1), activity: "Memverifikasi berkas", executors: ["verifikator"],
                    time: StandardTime("\(offsetHours) jam"), output: "berkas terverifikasi"), at: 0)
            steps[1].number = StepNumber(2)
            roles.append(Role(id: "verifikator", name: "Verifikator", staff: 1_000))
            durations.steps[StepNumber(1)] = StepDuration(distribution: .fixed)
        }
        let scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(1 / rate)), cases: cases, replications: replications,
            seed: seed, calendar: .roundTheClock, durations: durations)
        return try Simulation(sop: SOP(roles: roles, steps: steps), scenario: scenario)
    }

    static func quantile(_ p: Double) -> Double { -log(1 - p) / rate }

    @Test(
        "over 200 seeds the intervals for mean, p50, p90 and p95 hold M/M/1's true lead time about 95 % of the time",
        arguments: [0, 50])
    func intervalsCoverTheTrueValues(offsetHours: Int) throws {
        let offset = Double(offsetHours)
        let measures: [(name: String, truth: Double, estimate: (LeadTime) -> Estimate)] = [
            ("mean", offset + 1 / Self.rate, \.mean), ("p50", offset + Self.quantile(0.5), \.p50),
            ("p90", offset + Self.quantile(0.9), \.p90), ("p95", offset + Self.quantile(0.95), \.p95)
        ]
        var covered = [Int](repeating: 0, count: measures.count)
        for seed in Self.seeds {
            let lead = try Self.simulation(seed: seed, offsetHours: offsetHours).run().leadTime
            for (index, measure) in measures.enumerated() {
                let estimate = measure.estimate(lead)
                if let low = estimate.low, let high = estimate.high, low <= measure.truth, measure.truth <= high {
                    covered[index] += 1
                }
            }
        }
        for (index, measure) in measures.enumerated() {
            let coverage = Double(covered[index]) / Double(Self.seeds.count)
            // A correct 95 % interval lands in this band over 200 seeds but about once in 10^4.
            #expect(
                coverage >= 0.88 && coverage <= 0.99,
                "\(measure.name) after \(offsetHours) h: \(covered[index]) of \(Self.seeds.count) intervals hold \(measure.truth)")
        }
    }
}
