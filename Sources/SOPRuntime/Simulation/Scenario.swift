/// What a simulation assumes: how cases arrive, how many, who works on them, how long steps
/// take, how decisions fall, on which calendar, and what the SOP looks like after a what-if
/// change (steps removed or merged).
///
/// A scenario names roles and steps as the SOP does (role ids, step numbers, answer labels);
/// `Simulation.init` checks every name against the SOP and says which is unknown.
///
/// **Time.** Durations and arrival intervals are working time on `calendar`: work in progress
/// pauses outside working hours, and arrivals only fall in working time, so "a request every
/// 40 jam" means every 40 working hours, and "20 a month" 20 in 21 working days. Round the
/// clock, working time is wall-clock time. Results are in working hours.
///
/// **Decisions.** `decisions[step][answer]` is the probability of an answer (the label, or its
/// number from 1). What the given probabilities leave is shared equally by the answers
/// without one that are not reworks (below); reworks get nothing unless given (when every
/// answer without one is a rework, they share it). So an unconfigured SOP runs its main path
/// without rework. The seed's step 11 lists "perlu perbaikan" first: it is still the other
/// answer that gets the rest.
///
/// **Rework.** An answer is a rework when it leads back into a loop through its decision and
/// brings the case no nearer the end (in steps) than the decision itself: the seed's "perlu
/// perbaikan" answers, not its "menyetujui" at step 3, although step 6 can send a case round
/// again from there. A case may take at most `reworkCap` reworks; a decision that would exceed
/// the cap sends the case on its shortest way to the end instead, and counts a cap hit. Every
/// loop holds a rework, so every case ends.
public struct Scenario: Hashable, Sendable {
    /// "baseline", or the name of the change that made it.
    public var name: String
    public var arrivals: Arrivals
    /// Cases per replication; arrivals stop after this many (or at `horizon`, whichever comes
    /// first). A list of times needs neither.
    public var cases: Int?
    /// How long (working time from `start`) cases keep arriving; every case that arrived is
    /// followed to the end.
    public var horizon: WorkDuration?
    public var replications: Int
    public var seed: UInt64
    /// Threads to spread the replications over; nil: every core. The results do not depend on it.
    public var threads: Int?
    /// When the simulated period begins; nil: the first listed arrival time, or Monday
    /// 2026-01-05 00:00 (arrivals wait for the calendar's first working moment).
    public var start: CivilDateTime?
    public var calendar: WorkCalendar
    /// Staff per role id; a role not named keeps its `Role.staff` (the SOP's `jumlah`).
    public var staff: [String: Int]
    /// Who carries out a step, by its number, in place of the SOP's executors.
    public var executors: [StepNumber: [String]]
    public var durations: DurationModel
    /// Probability per answer label (or number from 1), per decision step number.
    public var decisions: [StepNumber: [String: Double]]
    public var reworkCap: Int
    /// Kinds of case with their shares and priorities; empty: one kind.
    public var caseTypes: [CaseType]
    /// Steps taken out of the procedure: arrows into one go where it went (a decision: on
    /// its answer on the shortest way to the end).
    public var removedSteps: [StepNumber]
    /// Pairs of steps done as one.
    public var mergedSteps: [StepMerge]

    public init(
        name: String = "baseline", arrivals: Arrivals, cases: Int? = nil, horizon: WorkDuration? = nil,
        replications: Int = 1, seed: UInt64 = 1, threads: Int? = nil, start: CivilDateTime? = nil,
        calendar: WorkCalendar = .office, staff: [String: Int] = [:], executors: [StepNumber: [String]] = [:],
        durations: DurationModel = DurationModel(), decisions: [StepNumber: [String: Double]] = [:],
        reworkCap: Int = 10, caseTypes: [CaseType] = [], removedSteps: [StepNumber] = [],
        mergedSteps: [StepMerge] = []
    ) {
        self.name = name
        self.arrivals = arrivals
        self.cases = cases
        self.horizon = horizon
        self.replications = replications
        self.seed = seed
        self.threads = threads
        self.start = start
        self.calendar = calendar
        self.staff = staff
        self.executors = executors
        self.durations = durations
        self.decisions = decisions
        self.reworkCap = reworkCap
        self.caseTypes = caseTypes
        self.removedSteps = removedSteps
        self.mergedSteps = mergedSteps
    }

    /// The default start: a Monday.
    public static let defaultStart = CivilDateTime(year: 2026, month: 1, day: 5)!
}

/// How cases arrive. Intervals are working time on the scenario's calendar.
public enum Arrivals: Hashable, Sendable {
    /// A Poisson process: exponential intervals with this mean; the first case arrives one
    /// interval after the start.
    case poisson(meanInterval: WorkDuration)
    /// One case every interval, the first at the start.
    case regular(interval: WorkDuration)
    /// One case at each of these moments.
    case times([CivilDateTime])
    /// Every case at the start at once (`Scenario.cases` of them).
    case batch

    /// `count` cases per `period` on average: `.poisson(20, per: .month)`.
    public static func poisson(_ count: Double, per period: RatePeriod) -> Arrivals {
        .poisson(meanInterval: period.duration * (1 / count))
    }

    /// `count` cases per `period`, evenly spaced.
    public static func regular(_ count: Double, per period: RatePeriod) -> Arrivals {
        .regular(interval: period.duration * (1 / count))
    }

    /// Whether the pattern has a rate that `faktor_kedatangan` can change: a list of times
    /// or a batch has none, and a factor given for one is refused rather than ignored.
    public var hasRate: Bool {
        switch self {
        case .poisson, .regular: true
        case .times, .batch: false
        }
    }

    /// The same pattern with `factor` times as many arrivals per unit of time (intervals
    /// divided by it); a list or a batch (see `hasRate`) is left as it is.
    public func scaled(by factor: Double) -> Arrivals {
        switch self {
        case .poisson(let interval): .poisson(meanInterval: interval * (1 / factor))
        case .regular(let interval): .regular(interval: interval * (1 / factor))
        case .times, .batch: self
        }
    }
}

/// The period of an arrival rate, in working time: a day is a working day of the calendar,
/// a week five of them, a month twenty-one (as `WorkDuration` counts).
public enum RatePeriod: String, Hashable, Sendable, CaseIterable {
    case hour, day, week, month

    public var duration: WorkDuration {
        switch self {
        case .hour: .hours(1)
        case .day: .days(1)
        case .week: .days(WorkDuration.daysPerWeek)
        case .month: .days(WorkDuration.daysPerMonth)
        }
    }
}

/// A kind of case: its share of the arrivals and its priority in every queue (higher first;
/// first come, first served within a priority).
public struct CaseType: Hashable, Sendable {
    public var name: String
    public var share: Double
    public var priority: Int

    public init(name: String, share: Double, priority: Int = 0) {
        self.name = name
        self.share = share
        self.priority = priority
    }
}

/// Two steps done as one: `first` must lead straight to `second` (a process step whose next
/// step it is). The merged step is done by `first`'s roles, takes both times, goes on as
/// `second` did, and arrows into `second` now lead to it.
public struct StepMerge: Hashable, Sendable {
    public var first: StepNumber
    public var second: StepNumber

    public init(_ first: StepNumber, _ second: StepNumber) {
        self.first = first
        self.second = second
    }
}
