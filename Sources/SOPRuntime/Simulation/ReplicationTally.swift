/// The statistics of one replication once it has run: running sums, maxima and a fixed-size
/// histogram, whose size depends on the SOP (steps, roles, case types), never on the number
/// of cases. All times in working minutes.
struct ReplicationTally: Sendable {
    var arrived = 0
    var finished = 0
    var events = 0
    var stopped = false
    /// The run reached the calendar's last day (9999-12-31) and stopped there.
    var outOfCalendar = false
    /// More cases were in progress at once than a run may hold, and it stopped.
    var overloaded = false
    var leadSum = 0.0
    /// For the distribution of all replications together.
    var lead = LogHistogram()
    /// The replication's own lead-time quantiles (see `QuantileSketch`); nil when no case finished.
    var leadP50: Double?
    var leadP90: Double?
    var leadP95: Double?
    var caseWaitSum = 0.0
    var withinStandard = 0
    var reworks = 0
    var capHits = 0
    var casesReworked = 0
    var casesCapped = 0
    /// Per step: how often work on it began, the waiting before it, and the longest wait.
    var visits: [Int] = []
    var waitSum: [Double] = []
    var waitMax: [Double] = []
    /// Per role: working minutes of work begun, and the longest queue seen.
    var busy: [Double] = []
    var longestQueue: [Int] = []
    var typeFinished: [Int] = []
    var typeLeadSum: [Double] = []
    /// Per case type, when there are several: the cases that arrived, those finished within
    /// the type's target, the waiting, and the type's own lead-time quantiles.
    var typeArrived: [Int] = []
    var typeWithinTarget: [Int] = []
    var typeWaitSum: [Double] = []
    var typeP50: [Double?] = []
    var typeP90: [Double?] = []
    var typeP95: [Double?] = []
    var typeMax: [Double?] = []
    /// The simulated period, in working minutes from the start to the last event.
    var periodMinutes = 0.0
}

/// The same statistics while the replication runs: the per-step and per-role counters in raw
/// buffers, updated without reference counting (see `RawStorage`), freed with it.
struct TallyCounters: ~Copyable {
    var arrived = 0
    var finished = 0
    var events = 0
    var leadSum = 0.0
    var lead = QuantileSketch()
    var caseWaitSum = 0.0
    var withinStandard = 0
    var reworks = 0
    var capHits = 0
    var casesReworked = 0
    var casesCapped = 0
    let visits: RawStorage<Int>
    let waitSum: RawStorage<Double>
    let waitMax: RawStorage<Double>
    let busy: RawStorage<Double>
    let longestQueue: RawStorage<Int>
    let typeFinished: RawStorage<Int>
    let typeLeadSum: RawStorage<Double>
    let typeArrived: RawStorage<Int>
    let typeWithinTarget: RawStorage<Int>
    let typeWaitSum: RawStorage<Double>
    let typeTarget: RawStorage<Double>
    /// One sketch per case type when there are several (one type's quantiles are `lead`'s).
    var typeLead: [QuantileSketch]
    private let stepCount: Int
    private let roleCount: Int
    private let typeCount: Int

    init(model: SimulationModel) {
        stepCount = model.steps.count
        roleCount = model.roles.count
        typeCount = model.caseTypeNames.count
        visits = RawStorage(repeating: 0, count: stepCount)
        waitSum = RawStorage(repeating: 0, count: stepCount)
        waitMax = RawStorage(repeating: 0, count: stepCount)
        busy = RawStorage(repeating: 0, count: roleCount)
        longestQueue = RawStorage(repeating: 0, count: roleCount)
        typeFinished = RawStorage(repeating: 0, count: typeCount)
        typeLeadSum = RawStorage(repeating: 0, count: typeCount)
        typeArrived = RawStorage(repeating: 0, count: typeCount)
        typeWithinTarget = RawStorage(repeating: 0, count: typeCount)
        typeWaitSum = RawStorage(repeating: 0, count: typeCount)
        typeTarget = RawStorage(copying: model.typeTargetMinutes)
        typeLead = typeCount > 1 ? Array(repeating: QuantileSketch(), count: typeCount) : []
    }

    @inline(__always)
    mutating func recordFinish(lead minutes: Double, standard: Double, reworks: Int, hitCap: Bool, type: Int, waited: Double) {
        finished += 1
        leadSum += minutes
        lead.record(minutes)
        caseWaitSum += waited
        // A case within a hair of its standard (rounding of the calendar arithmetic) is within it.
        if minutes <= standard + 1e-6 { withinStandard += 1 }
        if reworks > 0 { casesReworked += 1 }
        if hitCap { casesCapped += 1 }
        typeFinished[type] += 1
        typeLeadSum[type] += minutes
        typeWaitSum[type] += waited
        if minutes <= typeTarget[type] + 1e-6 { typeWithinTarget[type] += 1 }
        if !typeLead.isEmpty { typeLead[type].record(minutes) }
    }

    func tally(model: SimulationModel, end: Double, stopped: Bool, outOfCalendar: Bool, overloaded: Bool) -> ReplicationTally {
        return ReplicationTally(
            arrived: arrived, finished: finished, events: events, stopped: stopped, outOfCalendar: outOfCalendar, overloaded: overloaded,
            leadSum: leadSum,
            lead: lead.histogram, leadP50: lead.quantile(0.5), leadP90: lead.quantile(0.9), leadP95: lead.quantile(0.95),
            caseWaitSum: caseWaitSum, withinStandard: withinStandard, reworks: reworks, capHits: capHits,
            casesReworked: casesReworked, casesCapped: casesCapped,
            visits: visits.array(stepCount), waitSum: waitSum.array(stepCount), waitMax: waitMax.array(stepCount),
            busy: busy.array(roleCount), longestQueue: longestQueue.array(roleCount),
            typeFinished: typeFinished.array(typeCount), typeLeadSum: typeLeadSum.array(typeCount),
            typeArrived: typeArrived.array(typeCount), typeWithinTarget: typeWithinTarget.array(typeCount),
            typeWaitSum: typeWaitSum.array(typeCount), typeP50: typeLead.map { $0.quantile(0.5) },
            typeP90: typeLead.map { $0.quantile(0.9) }, typeP95: typeLead.map { $0.quantile(0.95) },
            typeMax: typeLead.map { $0.quantile(1) },
            periodMinutes: model.calendar.workingMinutes(from: CivilDateTime(minutes: model.startMinutes), to: CivilDateTime(minutes: end)))
    }
}
