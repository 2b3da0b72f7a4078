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
    var steps: [SimulatedStep]
    var warnings: [String]
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
    init(sop: SOP, scenario: Scenario) throws(ScenarioError) {
        let errors = sop.check().filter { $0.severity == .error }
        guard errors.isEmpty else {
            let first = errors[0]
            let finding = (first.subject.map { "\($0): " } ?? "") + first.message
            throw ScenarioError(errors.count == 1 ? "the SOP is a draft with 1 error, so no case can run through it: \(finding)"
                                    : "the SOP is a draft with \(errors.count) errors, so no case can run through it; the first: \(finding)",
                                hint: first.hint.map(Message.init(verbatim:)) ?? "run `check` and fix the errors")
        }
        try ScenarioLimits.validate(scenario)
        let calendar = scenario.calendar
        let hoursPerDay = calendar.hoursPerDay
        guard hoursPerDay > 0 else {
            throw ScenarioError("the calendar has no working time", hint: "give it working hours, or use `sepanjang_waktu`", key: "kalender")
        }

        var roleIndex: [String: Int] = [:]
        for (index, role) in sop.roles.enumerated() { roleIndex[role.id] = index }
        for id in scenario.staff.keys.sorted() where roleIndex[id] == nil {
            throw ScenarioError("the SOP has no role `\(id)`", hint: "its roles are \(sop.roles.map(\.id).joined(separator: ", "))", key: "pegawai.\(id)")
        }
        roles = sop.roles.map { SimulatedRole(id: $0.id, name: $0.name, staff: scenario.staff[$0.id] ?? $0.staff) }
        if let crowded = roles.first(where: { $0.staff > ScenarioLimits.largestCount }) {
            throw ScenarioError("role `\(crowded.id)` has \(crowded.staff) staff in the SOP, more than the simulator counts (at most \(ScenarioLimits.largestCount))",
                                hint: "give a realistic number under `pegawai`", key: "pegawai.\(crowded.id)")
        }
        staff = roles.map { Int32($0.staff) }

        var flow = try EditedFlow(sop: sop, flow: FlowGraph(sop), roleIndex: roleIndex)
        for (number, ids) in scenario.executors.sorted(by: { $0.key < $1.key }) {
            let key = "pelaksana.\(number)"
            let node = try flow.node(number, key: key)
            var assigned: [Int] = []
            for id in ids {
                guard let index = roleIndex[id] else {
                    throw ScenarioError("step \(number) is given the role `\(id)`, which the SOP does not have",
                                        hint: "its roles are \(sop.roles.map(\.id).joined(separator: ", "))", key: key)
                }
                assigned.append(index)
            }
            guard !assigned.isEmpty else { throw ScenarioError("step \(number) is given no role", key: key) }
            flow.assign(assigned, to: node)
        }
        for merge in scenario.mergedSteps {
            let key = "gabung_langkah.\(merge.first)"
            try flow.merge(try flow.node(merge.first, key: key), try flow.node(merge.second, key: key), key: key)
        }
        for number in scenario.removedSteps {
            let key = "hapus_langkah.\(number)"
            try flow.remove(try flow.node(number, key: key), key: key)
        }

        // Dense indices for the steps that remain, in the SOP's order.
        let alive = flow.nodes.indices.filter { !flow.nodes[$0].isRemoved }
        var dense = [Int](repeating: -1, count: flow.nodes.count)
        for (position, node) in alive.enumerated() { dense[node] = position }
        func denseTarget(_ destination: Int) -> Int32 {
            destination == EditedFlow.FlowNode.end ? -1 : Int32(dense[destination])
        }
        let distance = flow.distancesToEnd()
        if let stuck = alive.first(where: { distance[$0] == Int.max }) {
            throw ScenarioError("after the scenario's edits, step \(flow.nodes[stuck].label) can no longer reach the end",
                                hint: "remove or merge other steps", key: "hapus_langkah")
        }
        start = denseTarget(flow.start)

        let compiler = StepCompiler(sop: sop, scenario: scenario, hoursPerDay: hoursPerDay)
        try compiler.checkStepKeys()
        var warnings: [String] = []
        var described: [SimulatedStep] = []
        for node in alive.map({ flow.nodes[$0] }) {
            roleFirst.append(Int32(roleList.count))
            roleCount.append(Int32(node.roles.count))
            roleList += node.roles.map(Int32.init)
            partFirst.append(Int32(samplers.count))
            partCount.append(Int32(node.parts.count))
            var unknown = false
            var standard = 0.0
            for part in node.parts {
                let (sampler, timeUnknown) = compiler.sampler(for: part)
                samplers.append(sampler)
                standard += compiler.standardMinutes(of: part)
                if timeUnknown {
                    unknown = true
                    let step = sop.steps[part]
                    warnings.append(localized(step.time.text.isEmpty
                        ? "step \(step.label) has no time and the scenario gives it none: it counts as zero (give it one: simulate --time \(step.label)=DURATION, or durasi.langkah.\(step.label) in a scenario file)"
                        : "step \(step.label) is “\(step.time.text)” and the scenario gives it none: it counts as zero (give it one: simulate --time \(step.label)=DURATION, or durasi.langkah.\(step.label) in a scenario file)"))
                }
            }
            standardMinutes.append(standard)
            answerFirst.append(0)
            answerCount.append(Int32(node.decisionStep == nil ? 0 : node.destinations.count))
            next.append(node.decisionStep == nil ? denseTarget(node.destinations[0]) : -1)
            forcedAnswer.append(-1)
            described.append(SimulatedStep(label: node.label, activity: node.activity, roles: node.roles.map { sop.roles[$0].id },
                                           answers: node.answers, timeUnknown: unknown))
        }
        for (position, node) in alive.enumerated() {
            guard let decisionStep = flow.nodes[node].decisionStep else { continue }
            let reaching = flow.nodesReaching(node)
            let destinations = flow.nodes[node].destinations
            // A rework leads back into a loop through this decision and no nearer the end:
            // every loop has one, and without them a case only ever nears the end, which is
            // why the cap (taking the shortest way once reached) ends every case.
            let isRework = destinations.map { destination in
                destination != EditedFlow.FlowNode.end && (destination == node || reaching.contains(destination))
                    && distance[destination] >= distance[node]
            }
            let probabilities = try compiler.probabilities(of: decisionStep, isRework: isRework)
            answerFirst[position] = Int32(answerTarget.count)
            var total = 0.0
            let lastPositive = probabilities.lastIndex { $0 > 0 } ?? 0
            for (answer, destination) in destinations.enumerated() {
                total += probabilities[answer]
                cumulative.append(answer >= lastPositive ? 1 : total)
                answerTarget.append(denseTarget(destination))
                answerIsRework.append(isRework[answer])
            }
            let shortest = destinations.indices.min { flow.distanceOf(destinations[$0], distance) < flow.distanceOf(destinations[$1], distance) }!
            forcedAnswer[position] = answerFirst[position] + Int32(shortest)
        }
        steps = described
        self.warnings = warnings

        let types = scenario.caseTypes.isEmpty ? [CaseType(name: "kasus", share: 1)] : scenario.caseTypes
        caseTypeNames = types.map(\.name)
        let priorities = Array(Set(types.map(\.priority))).sorted(by: >)
        levels = priorities.count
        typeLevel = types.map { Int32(priorities.firstIndex(of: $0.priority)!) }
        let shareTotal = types.reduce(0) { $0 + $1.share }
        var running = 0.0
        typeCumulative = types.map { running += $0.share / shareTotal; return running }
        typeCumulative[typeCumulative.count - 1] = 1
        typeStart = Array(repeating: start, count: types.count)
        typeTargetMinutes = Array(repeating: .infinity, count: types.count)

        let firstTime = scenario.arrivals.listedTimes?.min()
        let startTime = scenario.start ?? firstTime ?? Scenario.defaultStart
        if let firstTime, firstTime < startTime {
            throw ScenarioError("an arrival time (\(firstTime)) is before the scenario starts (\(startTime))",
                                hint: "start the scenario earlier, or leave its start out", key: "kedatangan")
        }
        startMinutes = startTime.minutes
        arrivals = ArrivalPlan(scenario: scenario, start: startTime, hoursPerDay: hoursPerDay)
        typeReworkCap = Array(repeating: Int32(scenario.reworkCap), count: types.count)
        self.calendar = calendar
        replications = scenario.replications
        threads = scenario.threads ?? ProcessInfo.processInfo.activeProcessorCount
        seed = scenario.seed
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
