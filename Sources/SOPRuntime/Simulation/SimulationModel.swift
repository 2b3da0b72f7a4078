import Foundation

/// A step as the simulator runs it (after the scenario's edits): for reports and event logs.
public struct SimulatedStep: Hashable, Sendable, Codable {
    /// "3", or "9+10" for two merged steps.
    public var label: String
    /// What the step does, never blank (a decision without words: its answers and “?”).
    public var activity: String
    /// Role ids; more than one for a joint step.
    public var roles: [String]
    /// The answer labels of a decision, in the SOP's order; empty for a process step.
    public var answers: [String]
    /// True for a step "as needed" or blank that the scenario gave no time: it counted zero.
    public var timeUnknown: Bool
}

/// A role as the simulator staffs it.
public struct SimulatedRole: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var staff: Int
}

/// Everything a replication needs, laid out as flat tables indexed by step (role indices,
/// duration samplers, cumulative answer probabilities, successors), so that the event loop
/// does no lookups by name, no hashing and no String work.
struct SimulationModel: Sendable {
    var roles: [SimulatedRole]
    var steps: [SimulatedStep] = []
    var warnings: [String] = []
    var caseTypeNames: [String]

    var start: Int32
    /// Step s is done by `roleList[roleFirst[s] ..< roleFirst[s] + roleCount[s]]`, ascending.
    var roleFirst: [Int32] = []
    var roleCount: [Int32] = []
    var roleList: [Int32] = []
    /// Its time is the sum of draws of `samplers[partFirst[s] ..< partFirst[s] + partCount[s]]`.
    var partFirst: [Int32] = []
    var partCount: [Int32] = []
    var samplers: [DurationSampler] = []
    /// A decision's answers are `answerFirst[s] ..< answerFirst[s] + answerCount[s]` (count 0
    /// for a process step, which goes to `next[s]`); −1 is the end.
    var answerFirst: [Int32] = []
    var answerCount: [Int32] = []
    var cumulative: [Double] = []
    var answerTarget: [Int32] = []
    var answerIsRework: [Bool] = []
    /// The answer (flat index) on the shortest way to the end, taken when the cap is hit.
    var forcedAnswer: [Int32] = []
    var next: [Int32] = []
    /// The SOP's standard time of the step, in working minutes (zero where it has none).
    var standardMinutes: [Double] = []
    var staff: [Int32]

    /// Case types: drawn by `typeCumulative`, queued at priority level `typeLevel` (0 first),
    /// entering the procedure at `typeStart` (an office's SOPs are its case types, each
    /// starting at its own first step) and promised completion within `typeTargetMinutes`
    /// (infinity: no promise).
    var typeCumulative: [Double]
    var typeLevel: [Int32]
    var typeStart: [Int32]
    var typeTargetMinutes: [Double]
    /// The most reworks a case of the type may take (an office's SOPs each have their own).
    var typeReworkCap: [Int32]
    var levels: Int

    var arrivals: ArrivalPlan
    var calendar: WorkCalendar
    var startMinutes: Double
    var replications: Int
    var threads: Int
    var seed: UInt64
}

/// When cases arrive, in the form the event loop uses.
struct ArrivalPlan: Sendable {
    enum Kind: Sendable { case poisson, regular, times, batch }
    var kind: Kind
    /// Working minutes between arrivals (the mean, for Poisson).
    var intervalMinutes: Double
    /// For `times`: wall-clock minutes, sorted.
    var times: [Double]
    /// At most this many cases (Int.max: no limit but the horizon).
    var limit: Int
    /// No case arrives after this wall-clock minute.
    var horizonEnd: Double
}

extension SimulationModel {
    /// The model of `sop` as `scenario` runs it. Whatever can be wrong is found before a table
    /// is laid out, in the order an author meets it (the SOP, the scenario's figures, its roles
    /// and edits, its step settings and probabilities, its arrivals): the first error reported
    /// is the first to fix.
    init(sop: SOP, scenario: Scenario) throws(ScenarioError) {
        try Self.refuseDraft(sop)
        try ScenarioLimits.validate(scenario)
        let hoursPerDay = scenario.calendar.hoursPerDay
        guard hoursPerDay > 0 else {
            throw ScenarioError(
                "the calendar has no working time", hint: "give it working hours, or use `sepanjang_waktu`", key: "kalender")
        }
        var roleIndex: [String: Int] = [:]
        for (index, role) in sop.roles.enumerated() { roleIndex[role.id] = index }
        roles = try Self.staffedRoles(of: sop, in: scenario, roleIndex: roleIndex)
        staff = roles.map { Int32($0.staff) }
        let flow = try EditedFlow(sop: sop, editedBy: scenario, roleIndex: roleIndex)
        let remaining = try RemainingSteps(of: flow)
        start = remaining.index(of: flow.start)
        let compiler = StepCompiler(sop: sop, scenario: scenario, hoursPerDay: hoursPerDay)
        try compiler.checkStepKeys()
        let decisions = try remaining.decisions(of: flow, compiler: compiler)

        let types = scenario.caseTypes.isEmpty ? [CaseType(name: "kasus", share: 1)] : scenario.caseTypes
        caseTypeNames = types.map(\.name)
        let priorities = Array(Set(types.map(\.priority))).sorted(by: >)
        levels = priorities.count
        typeLevel = types.map { Int32(priorities.firstIndex(of: $0.priority)!) }
        let shareTotal = types.reduce(0) { $0 + $1.share }
        var running = 0.0
        typeCumulative = types.map {
            running += $0.share / shareTotal
            return running
        }
        typeCumulative[typeCumulative.count - 1] = 1
        typeStart = Array(repeating: start, count: types.count)
        typeTargetMinutes = Array(repeating: .infinity, count: types.count)
        typeReworkCap = Array(repeating: Int32(scenario.reworkCap), count: types.count)

        let startTime = try Self.startTime(of: scenario)
        startMinutes = startTime.minutes
        arrivals = ArrivalPlan(scenario: scenario, start: startTime, hoursPerDay: hoursPerDay)
        calendar = scenario.calendar
        replications = scenario.replications
        threads = scenario.threads ?? ProcessInfo.processInfo.activeProcessorCount
        seed = scenario.seed
        layOutSteps(remaining, of: flow, compiler: compiler)
        layOutAnswers(decisions)
    }

    /// A draft with errors has no flow a case could follow: the first error is named, with its
    /// hint, so that the author need not run `check` to learn what to fix.
    private static func refuseDraft(_ sop: SOP) throws(ScenarioError) {
        let errors = sop.check().filter { $0.severity == .error }
        guard errors.isEmpty else {
            let first = errors[0]
            let finding = (first.subject.map { "\($0): " } ?? "") + first.message
            throw ScenarioError(
                errors.count == 1
                    ? "the SOP is a draft with 1 error, so no case can run through it: \(finding)"
                    : "the SOP is a draft with \(errors.count) errors, so no case can run through it; the first: \(finding)",
                hint: first.hint.map(Message.init(verbatim:)) ?? "run `check` and fix the errors")
        }
    }

    /// The SOP's roles with the scenario's staff (`pegawai`): only roles the SOP has, and no
    /// more people than the simulator counts.
    private static func staffedRoles(of sop: SOP, in scenario: Scenario, roleIndex: [String: Int]) throws(ScenarioError) -> [SimulatedRole]
    {
        for id in scenario.staff.keys.sorted() where roleIndex[id] == nil {
            throw ScenarioError(
                "the SOP has no role `\(id)`", hint: "its roles are \(sop.roles.map(\.id).joined(separator: ", "))", key: "pegawai.\(id)")
        }
        let roles = sop.roles.map { SimulatedRole(id: $0.id, name: $0.name, staff: scenario.staff[$0.id] ?? $0.staff) }
        if let crowded = roles.first(where: { $0.staff > ScenarioLimits.largestCount }) {
            throw ScenarioError(
                "role `\(crowded.id)` has \(crowded.staff) staff in the SOP, more than the simulator counts (at most \(ScenarioLimits.largestCount))",
                hint: "give a realistic number under `pegawai`", key: "pegawai.\(crowded.id)")
        }
        return roles
    }

    /// When the simulated office opens: the scenario's start, else its first listed arrival;
    /// never after an arrival, which would come before anyone is there.
    private static func startTime(of scenario: Scenario) throws(ScenarioError) -> CivilDateTime {
        let firstTime = scenario.arrivals.listedTimes?.min()
        let startTime = scenario.start ?? firstTime ?? Scenario.defaultStart
        if let firstTime, firstTime < startTime {
            throw ScenarioError(
                "an arrival time (\(firstTime)) is before the scenario starts (\(startTime))",
                hint: "start the scenario earlier, or leave its start out", key: "kedatangan")
        }
        return startTime
    }
}

extension EditedFlow {
    /// The SOP's flow after the scenario's edits, in this order: executors reassigned, steps
    /// merged, steps removed; each edit is checked, and refused at its key.
    init(sop: SOP, editedBy scenario: Scenario, roleIndex: [String: Int]) throws(ScenarioError) {
        self = try EditedFlow(sop: sop, flow: FlowGraph(sop), roleIndex: roleIndex)
        for (number, ids) in scenario.executors.sorted(by: { $0.key < $1.key }) {
            let key = "pelaksana.\(number)"
            let edited = try node(number, key: key)
            var assigned: [Int] = []
            for id in ids {
                guard let index = roleIndex[id] else {
                    throw ScenarioError(
                        "step \(number) is given the role `\(id)`, which the SOP does not have",
                        hint: "its roles are \(sop.roles.map(\.id).joined(separator: ", "))", key: key)
                }
                assigned.append(index)
            }
            guard !assigned.isEmpty else { throw ScenarioError("step \(number) is given no role", key: key) }
            assign(assigned, to: edited)
        }
        for merge in scenario.mergedSteps {
            let key = "gabung_langkah.\(merge.first)"
            try self.merge(try node(merge.first, key: key), try node(merge.second, key: key), key: key)
        }
        for number in scenario.removedSteps {
            let key = "hapus_langkah.\(number)"
            try remove(try node(number, key: key), key: key)
        }
    }
}

extension ArrivalPlan {
    init(scenario: Scenario, start: CivilDateTime, hoursPerDay: Double) {
        limit = scenario.cases ?? Int.max
        horizonEnd = scenario.horizon.map { scenario.calendar.adding($0, to: start).minutes } ?? .infinity
        times = []
        intervalMinutes = 0
        switch scenario.arrivals {
        case .poisson(let interval):
            kind = .poisson
            intervalMinutes = interval.totalMinutes(hoursPerDay: hoursPerDay)
        case .regular(let interval):
            kind = .regular
            intervalMinutes = interval.totalMinutes(hoursPerDay: hoursPerDay)
        case .times(let moments):
            kind = .times
            times = moments.map(\.minutes).sorted()
            limit = min(limit, times.count)
        case .batch:
            kind = .batch
        }
    }
}

extension Arrivals {
    var listedTimes: [CivilDateTime]? {
        if case .times(let moments) = self { moments } else { nil }
    }
}
