import Foundation

/// What a simulation found, over all replications. Times are in working hours on the
/// scenario's calendar; shares are fractions (0.8, not 80). Codable: `--json` writes it as it is.
///
/// Every `Estimate` is the mean of the replications' own values with a 95 % confidence
/// interval from their spread (Student's t), so that two scenarios can be told apart from
/// noise; one replication gives no interval.
public struct SimulationResult: Hashable, Sendable, Codable {
    public var scenario: String
    public var replications: Int
    public var seed: UInt64
    /// True when the run was stopped before every case had finished (asked to, or at the
    /// calendar's end, which `warnings` then says).
    public var stopped: Bool
    /// Over all replications.
    public var casesArrived: Int
    public var casesFinished: Int
    /// Events processed (arrivals and step ends), over all replications.
    public var events: Int
    /// From arrival to the end of the last step.
    public var leadTime: LeadTime
    /// How lead times spread, over all replications: the histogram a report draws.
    public var leadTimeDistribution: LeadTimeDistribution
    /// Time a case spent waiting for staff, in all its steps.
    public var waitingTime: Estimate
    /// The share of cases whose lead time was within the sum of the standard times of the
    /// steps they went through (rework included).
    public var withinStandard: Estimate
    /// Cases in progress at a moment, on average over working time (Little's law).
    public var workInProgress: Estimate
    /// The simulated period, from the start to the last case's end.
    public var periodHours: Estimate
    public var steps: [StepStatistics]
    public var roles: [RoleStatistics]
    /// The role with the highest utilisation.
    public var bottleneck: String?
    public var rework: ReworkStatistics
    public var caseTypes: [CaseTypeStatistics]
    /// What the scenario left the simulator to assume (steps without a time), and a run that
    /// reached the calendar's end.
    public var warnings: [String]
    /// The work the scenario offered each role, worked out before the run: a load at or
    /// above 1 means the queues grew for as long as cases arrived.
    public var offeredLoad: OfferedLoad
}

/// A mean over replications and the half-width of its 95 % confidence interval.
public struct Estimate: Hashable, Sendable, Codable {
    public var mean: Double
    /// nil for fewer than two replications.
    public var halfWidth: Double?

    public init(mean: Double, halfWidth: Double?) {
        self.mean = mean
        self.halfWidth = halfWidth
    }

    public var low: Double? { halfWidth.map { mean - $0 } }
    public var high: Double? { halfWidth.map { mean + $0 } }

    /// The estimate from one value per replication (in replication order, so that the sums
    /// are the same whatever thread finished first). No values (no case finished) give 0
    /// without an interval, never NaN, so that the record always encodes as JSON.
    public init(values: [Double]) {
        let count = Double(values.count)
        mean = values.isEmpty ? 0 : values.reduce(0, +) / count
        guard values.count >= 2 else {
            halfWidth = nil
            return
        }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
        halfWidth = Self.studentT975(degrees: values.count - 1) * (variance / count).squareRoot()
    }

    /// The 97.5 % point of Student's t: tabulated to 30 degrees of freedom, then the
    /// Cornish–Fisher expansion (error below 0.001).
    static func studentT975(degrees: Int) -> Double {
        let table = [
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
        ]
        if degrees >= 1, degrees <= table.count { return table[degrees - 1] }
        let z = 1.959964
        let n = Double(degrees)
        let z3 = z * z * z
        let z5 = z3 * z * z
        return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
    }
}

/// Lead times in working hours. A quantile is the mean of the replications' own quantiles,
/// each read from its replication's `QuantileSketch`, with their t-interval.
public struct LeadTime: Hashable, Sendable, Codable {
    public var mean: Estimate
    public var p50: Estimate
    public var p90: Estimate
    public var p95: Estimate
    /// The longest of all replications.
    public var max: Double
}

/// Shares of finished cases in equal bins of working hours from 0, up to a round number
/// just above the 99th percentile; the rest is `beyond`.
public struct LeadTimeDistribution: Hashable, Sendable, Codable {
    /// The width of a bin in working hours (1, 2, 2.5 or 5 times a power of ten).
    public var binHours: Double
    /// A fraction per bin; bin i holds lead times from i·binHours up to (i+1)·binHours.
    public var shares: [Double]
    /// The fraction above the last bin.
    public var beyond: Double

    public static let binCount = 20

    init(_ histogram: LogHistogram, unit: Double) {
        guard histogram.count > 0, let high = histogram.quantile(0.99) else {
            binHours = 1
            shares = []
            beyond = 0
            return
        }
        guard high > 0 else {
            // Every case took no time (steps of zero minutes): all in the first bin.
            binHours = 1
            shares = [1] + [Double](repeating: 0, count: Self.binCount - 1)
            beyond = 0
            return
        }
        binHours = Self.roundWidth(above: high / unit / Double(Self.binCount))
        let (counts, over) = histogram.bins(Self.binCount, upTo: binHours * Double(Self.binCount) * unit)
        let total = Double(histogram.count)
        shares = counts.map { Double($0) / total }
        beyond = Double(over) / total
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^k at or above `width`.
    static func roundWidth(above width: Double) -> Double {
        let power = pow(10, (log10(width)).rounded(.down))
        return [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= width * (1 - 1e-12) } ?? 10 * power
    }
}

public struct StepStatistics: Hashable, Sendable, Codable {
    public var label: String
    public var roles: [String]
    /// How often work on the step began, over all replications.
    public var visits: Int
    /// Visits per finished case: above 1 where rework brings cases back.
    public var visitsPerCase: Double
    /// The wait for staff before the step, in working hours.
    public var meanWait: Estimate
    public var maxWait: Double
    /// An "as needed" or blank step the scenario gave no time: it counted zero.
    public var timeUnknown: Bool
}

public struct RoleStatistics: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var staff: Int
    /// Working hours of work done per replication (all members together).
    public var busyHours: Estimate
    /// Busy hours over the hours the role's staff were available in the simulated period.
    public var utilisation: Estimate
    /// The most cases seen waiting for this role at once.
    public var longestQueue: Int
}

public struct ReworkStatistics: Hashable, Sendable, Codable {
    /// The most rework loops a case may take.
    public var cap: Int
    /// Rework answers taken, over all replications.
    public var reworks: Int
    public var perCase: Estimate
    public var casesReworked: Int
    /// Decisions that would have sent a case round again after its cap, and the cases that hit it.
    public var capHits: Int
    public var casesCapped: Int
}

public struct CaseTypeStatistics: Hashable, Sendable, Codable {
    public var name: String
    public var finished: Int
    /// nil when none finished.
    public var meanLeadTime: Double?
    /// When the run has several case types (an office's SOPs), or a target: the type's own
    /// figures, with their 95 % intervals across replications, in working hours; nil for a
    /// single type without a target, whose figures are the run's.
    public var arrived: Int?
    public var leadTime: LeadTime?
    public var waitingTime: Estimate?
    /// The promised completion in working hours, and the share of finished cases within it.
    public var targetHours: Double?
    public var withinTarget: Estimate?
}

extension SimulationResult {
    /// Combines the replications' tallies, in replication order.
    init(model: SimulationModel, scenario: Scenario, tallies: [ReplicationTally]) {
        let hour = 60.0
        func estimate(_ value: (ReplicationTally) -> Double?) -> Estimate {
            Estimate(values: tallies.compactMap(value))
        }
        func perFinished(_ tally: ReplicationTally, _ total: Double) -> Double? {
            tally.finished > 0 ? total / Double(tally.finished) : nil
        }
        func perPeriod(_ tally: ReplicationTally, _ total: Double) -> Double? {
            tally.periodMinutes > 0 ? total / tally.periodMinutes : nil
        }
        self.scenario = scenario.name
        replications = tallies.count
        seed = scenario.seed
        stopped = tallies.contains { $0.stopped } || tallies.count < scenario.replications
        casesArrived = tallies.reduce(0) { $0 + $1.arrived }
        casesFinished = tallies.reduce(0) { $0 + $1.finished }
        events = tallies.reduce(0) { $0 + $1.events }
        let finishedCases = casesFinished
        leadTime = LeadTime(
            mean: estimate { perFinished($0, $0.leadSum).map { $0 / hour } },
            p50: estimate { $0.leadP50.map { $0 / hour } },
            p90: estimate { $0.leadP90.map { $0 / hour } },
            p95: estimate { $0.leadP95.map { $0 / hour } },
            max: (tallies.map { $0.lead.maximum }.max() ?? 0).clampedToZero / hour)
        leadTimeDistribution = LeadTimeDistribution(tallies.reduce(into: LogHistogram()) { $0.merge($1.lead) }, unit: hour)
        waitingTime = estimate { perFinished($0, $0.caseWaitSum).map { $0 / hour } }
        withinStandard = estimate { perFinished($0, Double($0.withinStandard)) }
        workInProgress = estimate { perPeriod($0, $0.leadSum) }
        periodHours = estimate { $0.periodMinutes / hour }
        steps = model.steps.enumerated().map { index, step in
            let visits = tallies.reduce(0) { $0 + $1.visits[index] }
            return StepStatistics(
                label: step.label, roles: step.roles, visits: visits,
                visitsPerCase: finishedCases > 0 ? Double(visits) / Double(finishedCases) : 0,
                meanWait: estimate { $0.visits[index] > 0 ? $0.waitSum[index] / Double($0.visits[index]) / hour : nil },
                maxWait: (tallies.map { $0.waitMax[index] }.max() ?? 0) / hour,
                timeUnknown: step.timeUnknown)
        }
        roles = model.roles.enumerated().map { index, role in
            RoleStatistics(
                id: role.id, name: role.name, staff: role.staff,
                busyHours: estimate { $0.busy[index] / hour },
                utilisation: estimate { perPeriod($0, $0.busy[index] / Double(role.staff)) },
                longestQueue: tallies.map { $0.longestQueue[index] }.max() ?? 0)
        }
        bottleneck = roles.filter { $0.utilisation.mean > 0 }.max { $0.utilisation.mean < $1.utilisation.mean }?.id
        rework = ReworkStatistics(
            cap: scenario.reworkCap, reworks: tallies.reduce(0) { $0 + $1.reworks },
            perCase: estimate { perFinished($0, Double($0.reworks)) },
            casesReworked: tallies.reduce(0) { $0 + $1.casesReworked },
            capHits: tallies.reduce(0) { $0 + $1.capHits }, casesCapped: tallies.reduce(0) { $0 + $1.casesCapped })
        let overall = leadTime
        caseTypes = model.caseTypeNames.enumerated().map { index, name in
            let finished = tallies.reduce(0) { $0 + $1.typeFinished[index] }
            let total = tallies.reduce(0) { $0 + $1.typeLeadSum[index] }
            var statistics = CaseTypeStatistics(
                name: name, finished: finished, meanLeadTime: finished > 0 ? total / Double(finished) / hour : nil)
            let target = model.typeTargetMinutes[index]
            guard model.caseTypeNames.count > 1 || target.isFinite else { return statistics }
            func ofType(_ tally: ReplicationTally, _ total: Double) -> Double? {
                tally.typeFinished[index] > 0 ? total / Double(tally.typeFinished[index]) : nil
            }
            statistics.arrived = tallies.reduce(0) { $0 + $1.typeArrived[index] }
            // One type's quantiles are the run's (no sketch of its own is kept).
            statistics.leadTime =
                model.caseTypeNames.count == 1
                ? overall
                : LeadTime(
                    mean: estimate { ofType($0, $0.typeLeadSum[index]).map { $0 / hour } },
                    p50: estimate { $0.typeP50[index].map { $0 / hour } },
                    p90: estimate { $0.typeP90[index].map { $0 / hour } },
                    p95: estimate { $0.typeP95[index].map { $0 / hour } },
                    max: (tallies.compactMap { $0.typeMax[index] }.max() ?? 0) / hour)
            statistics.waitingTime = estimate { ofType($0, $0.typeWaitSum[index]).map { $0 / hour } }
            if target.isFinite {
                statistics.targetHours = target / hour
                statistics.withinTarget = estimate { ofType($0, Double($0.typeWithinTarget[index])) }
            }
            return statistics
        }
        warnings = model.warnings
        offeredLoad = OfferedLoad(model)
        if tallies.contains(where: \.overloaded) {
            warnings.append(
                localized(
                    "more than \(Replication.largestWorkInProgress) cases were in progress at once, so the run stopped: the staff cannot keep up with the arrivals; add staff or space the arrivals out"
                ))
        }
        if tallies.contains(where: \.outOfCalendar) {
            warnings.append(
                localized(
                    "the simulated period reached the end of the calendar (9999-12-31) and the run stopped there: simulate fewer cases or a shorter horizon, or start earlier"
                ))
        }
    }
}

extension Double {
    fileprivate var clampedToZero: Double { Swift.max(self, 0) }
}
