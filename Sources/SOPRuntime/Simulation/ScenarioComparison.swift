/// Scenarios side by side: each against the first (the baseline), metric by metric.
///
/// Scenarios from one file run with the same seed, so they see the same arrivals and draws
/// where their changes allow (common random numbers), and a difference is more likely the
/// change's than chance's. A change is called `clear` when the two 95 % intervals do not
/// overlap: a cautious test, which needs two replications or more.
public struct ScenarioComparison: Hashable, Sendable, Codable {
    public var baseline: String
    public var scenarios: [SimulationResult]
    /// One entry per scenario after the first.
    public var differences: [Difference]

    public struct Difference: Hashable, Sendable, Codable {
        public var scenario: String
        public var metrics: [Change]
    }

    /// One metric of one scenario against the baseline.
    public struct Change: Hashable, Sendable, Codable {
        /// The result's key: `leadTime.mean`, `withinStandard`, `roles.tim.utilisation`.
        public var metric: String
        public var baseline: Double
        public var value: Double
        /// (value − baseline) / baseline; nil when the baseline is 0.
        public var relative: Double?
        /// True when the two confidence intervals do not overlap.
        public var clear: Bool
    }

    public init(_ results: [SimulationResult]) {
        precondition(!results.isEmpty, "a comparison needs a scenario")
        baseline = results[0].scenario
        scenarios = results
        let reference = Self.metrics(of: results[0])
        differences = results.dropFirst().map { result in
            let values = Dictionary(Self.metrics(of: result).map { ($0.key, $0.estimate) }, uniquingKeysWith: { first, _ in first })
            return Difference(
                scenario: result.scenario,
                metrics: reference.compactMap { key, base in
                    guard let other = values[key] else { return nil }
                    return Change(
                        metric: key, baseline: base.mean, value: other.mean,
                        relative: base.mean == 0 ? nil : (other.mean - base.mean) / base.mean,
                        clear: Self.intervalsApart(base, other))
                })
        }
    }

    /// The metrics compared, in the order a report shows them: lead time, waiting, the share
    /// within standard, work in progress, then each role's utilisation.
    public static func metrics(of result: SimulationResult) -> [(key: String, estimate: Estimate)] {
        let lead = result.leadTime
        var metrics: [(key: String, estimate: Estimate)] = [
            ("leadTime.mean", lead.mean), ("leadTime.p50", lead.p50), ("leadTime.p90", lead.p90),
            ("leadTime.p95", lead.p95), ("waitingTime", result.waitingTime),
            ("withinStandard", result.withinStandard), ("workInProgress", result.workInProgress),
            ("rework.perCase", result.rework.perCase)
        ]
        metrics += result.roles.map { ("roles.\($0.id).utilisation", $0.utilisation) }
        return metrics
    }

    private static func intervalsApart(_ a: Estimate, _ b: Estimate) -> Bool {
        guard let aLow = a.low, let aHigh = a.high, let bLow = b.low, let bHigh = b.high else { return false }
        return aHigh < bLow || bHigh < aLow
    }
}
