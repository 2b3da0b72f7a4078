import Foundation

/// How an SOP becomes a flowchart: which symbol each step gets and which arrows it draws.
extension FlowchartLayout {
    /// The standard draws the first activity and the last ones as capsules, with no separate
    /// start and end rows: so the first step (when it is a process) and every process step
    /// that ends the procedure are capsules. A separate capsule is added only where a symbol
    /// cannot be one: before a first step that is a decision, and after a decision's answer
    /// that ends the procedure.
    public init(_ sop: SOP) {
        let flow = FlowGraph(sop)
        var lanes = sop.roles.map { Lane(roleID: $0.id, name: $0.name) }
        var laneOf: [String: Int] = [:]
        for (index, role) in sop.roles.enumerated() where laneOf[role.id] == nil { laneOf[role.id] = index }
        let executorLanes = sop.steps.map { step -> [Int] in
            var seen: [Int] = []
            for id in step.executors { if let lane = laneOf[id], !seen.contains(lane) { seen.append(lane) } }
            return seen
        }
        if executorLanes.contains(where: \.isEmpty) {
            lanes.append(Lane(roleID: nil, name: Self.unassignedLaneName))
        }
        func lane(ofStep index: Int) -> Int { executorLanes[index].first ?? lanes.count - 1 }

        let startsWithDecision = sop.steps.first?.isDecision ?? false
        let offset = startsWithDecision ? 1 : 0
        var nodes: [Node] = []
        if startsWithDecision {
            nodes.append(
                Node(element: .start, symbol: .terminator, lane: lane(ofStep: 0), jointLanes: [], number: "", text: Self.startText))
        }
        var arrows: [Arrow] = startsWithDecision ? [Arrow(from: 0, to: 1)] : []
        var endSources: [(from: Int, answer: String?)] = []
        for (index, step) in sop.steps.enumerated() {
            let endsHere = !step.isDecision && flow.edges[index].allSatisfy { $0.to == .end }
            let symbol: Symbol = step.isDecision ? .decision : (index == 0 || endsHere ? .terminator : .process)
            nodes.append(
                Node(
                    element: .step(StepIndex(offset: index)), symbol: symbol, lane: lane(ofStep: index),
                    jointLanes: Array(executorLanes[index].dropFirst()), number: step.label, text: Self.title(of: step)))
            for edge in flow.edges[index] {
                let answer = edge.answer.map { step.decision!.answers[$0].label }
                switch edge.to {
                case .step(let next): arrows.append(Arrow(from: index + offset, to: next.offset + offset, answer: answer))
                case .end where step.isDecision: endSources.append((index + offset, answer))
                case .end: break
                case .unresolved(let target):
                    arrows.append(Arrow(from: index + offset, to: nil, answer: answer, missingTarget: target?.description ?? "?"))
                }
            }
        }
        if let first = endSources.first {
            let endRow = nodes.count
            nodes.append(
                Node(element: .end, symbol: .terminator, lane: nodes[first.from].lane, jointLanes: [], number: "", text: Self.endText))
            arrows += endSources.map { Arrow(from: $0.from, to: endRow, answer: $0.answer) }
        }
        self.init(lanes: lanes, nodes: nodes, arrows: arrows)
    }

    static let unassignedLaneName = "(tanpa pelaksana)"
    static let startText = "Mulai"
    static let endText = "Selesai"

    /// What a symbol says for a step: its activity; for a decision whose verb was lost (the
    /// seed's step 3 is only its answers), its answers as the question; never blank.
    public static func title(of step: Step) -> String {
        let activity = step.activity.trimmingCharacters(in: .whitespacesAndNewlines)
        if !activity.isEmpty { return activity }
        if let decision = step.decision, !decision.answers.isEmpty {
            return decision.answers.map(\.label).joined(separator: " / ") + "?"
        }
        return "(tanpa uraian)"
    }

    /// The step a row stands for, if it is a step.
    public func stepIndex(ofRow row: Int) -> StepIndex? {
        if case .step(let index) = nodes[row].element { return index }
        return nil
    }

    /// The row of a step.
    public func row(ofStep index: StepIndex) -> Int? {
        nodes.firstIndex { $0.element == .step(index) }
    }
}
