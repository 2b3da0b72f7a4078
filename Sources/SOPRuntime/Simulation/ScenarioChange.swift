/// A named what-if, applied to a baseline scenario: only what it sets differs, so that
/// `compare` shows the effect of exactly that change.
public struct ScenarioChange: Hashable, Sendable {
    public var name: String
    /// Staff per role id, over the baseline's.
    public var staff: [String: Int]
    public var executors: [StepNumber: [String]]
    /// Decision probabilities; a step named here replaces the baseline's probabilities for
    /// that step as a whole.
    public var decisions: [StepNumber: [String: Double]]
    public var distribution: DurationModel.Distribution?
    public var spread: Double?
    public var rangeDistribution: DurationModel.Distribution?
    /// Per-step durations, over the baseline's (step by step).
    public var stepDurations: [StepNumber: StepDuration]
    /// Another arrival pattern in place of the baseline's.
    public var arrivals: Arrivals?
    /// More (or fewer) arrivals per unit of time: 1.5 is half as many again.
    public var arrivalFactor: Double?
    public var calendar: WorkCalendar?
    public var reworkCap: Int?
    public var caseTypes: [CaseType]?
    /// Steps removed and merged, in addition to the baseline's.
    public var removedSteps: [StepNumber]
    public var mergedSteps: [StepMerge]

    public init(
        name: String, staff: [String: Int] = [:], executors: [StepNumber: [String]] = [:],
        decisions: [StepNumber: [String: Double]] = [:], distribution: DurationModel.Distribution? = nil,
        spread: Double? = nil, rangeDistribution: DurationModel.Distribution? = nil,
        stepDurations: [StepNumber: StepDuration] = [:], arrivals: Arrivals? = nil, arrivalFactor: Double? = nil,
        calendar: WorkCalendar? = nil, reworkCap: Int? = nil, caseTypes: [CaseType]? = nil,
        removedSteps: [StepNumber] = [], mergedSteps: [StepMerge] = []
    ) {
        self.name = name
        self.staff = staff
        self.executors = executors
        self.decisions = decisions
        self.distribution = distribution
        self.spread = spread
        self.rangeDistribution = rangeDistribution
        self.stepDurations = stepDurations
        self.arrivals = arrivals
        self.arrivalFactor = arrivalFactor
        self.calendar = calendar
        self.reworkCap = reworkCap
        self.caseTypes = caseTypes
        self.removedSteps = removedSteps
        self.mergedSteps = mergedSteps
    }
}

extension Scenario {
    /// This scenario with `change` made, named after it.
    public func applying(_ change: ScenarioChange) -> Scenario {
        var changed = self
        changed.name = change.name
        changed.staff.merge(change.staff) { _, new in new }
        changed.executors.merge(change.executors) { _, new in new }
        changed.decisions.merge(change.decisions) { _, new in new }
        if let distribution = change.distribution { changed.durations.distribution = distribution }
        if let spread = change.spread { changed.durations.spread = spread }
        if let range = change.rangeDistribution { changed.durations.rangeDistribution = range }
        for (step, duration) in change.stepDurations {
            let old = changed.durations.steps[step] ?? StepDuration()
            changed.durations.steps[step] = StepDuration(
                distribution: duration.distribution ?? old.distribution, spread: duration.spread ?? old.spread,
                time: duration.time ?? old.time)
        }
        if let arrivals = change.arrivals { changed.arrivals = arrivals }
        if let factor = change.arrivalFactor { changed.arrivals = changed.arrivals.scaled(by: factor) }
        if let calendar = change.calendar { changed.calendar = calendar }
        if let cap = change.reworkCap { changed.reworkCap = cap }
        if let types = change.caseTypes { changed.caseTypes = types }
        changed.removedSteps += change.removedSteps
        changed.mergedSteps += change.mergedSteps
        return changed
    }
}
