/// The statistics of one replication, kept as running sums, maxima and a fixed-size
/// histogram: their size depends on the SOP (steps, roles, case types), never on the number
/// of cases. All times in working minutes.
struct ReplicationTally: Sendable {
    var arrived = 0
    var finished = 0
    var events = 0
    var stopped = false
    var leadSum = 0.0
    var lead = LogHistogram()
    var caseWaitSum = 0.0
    var withinStandard = 0
    var reworks = 0
    var capHits = 0
    var casesReworked = 0
    var casesCapped = 0
    /// Per step: how often work on it began, the waiting before it, and the longest wait.
    var visits: [Int]
    var waitSum: [Double]
    var waitMax: [Double]
    /// Per role: working minutes of work begun, and the longest queue seen.
    var busy: [Double]
    var longestQueue: [Int]
    var typeFinished: [Int]
    var typeLeadSum: [Double]
    /// The simulated period, in working minutes from the start to the last event.
    var periodMinutes = 0.0

    init(model: SimulationModel) {
        visits = [Int](repeating: 0, count: model.steps.count)
        waitSum = [Double](repeating: 0, count: model.steps.count)
        waitMax = [Double](repeating: 0, count: model.steps.count)
        busy = [Double](repeating: 0, count: model.roles.count)
        longestQueue = [Int](repeating: 0, count: model.roles.count)
        typeFinished = [Int](repeating: 0, count: model.caseTypeNames.count)
        typeLeadSum = [Double](repeating: 0, count: model.caseTypeNames.count)
    }

    @inline(__always)
    mutating func recordWait(_ minutes: Double, at step: Int) {
        visits[step] += 1
        waitSum[step] += minutes
        if minutes > waitMax[step] { waitMax[step] = minutes }
    }

    @inline(__always)
    mutating func recordQueue(role: Int, length: Int) {
        if length > longestQueue[role] { longestQueue[role] = length }
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
    }

    mutating func close(at end: Double, model: SimulationModel) {
        periodMinutes = model.calendar.workingMinutes(from: CivilDateTime(minutes: model.startMinutes), to: CivilDateTime(minutes: end))
    }
}
