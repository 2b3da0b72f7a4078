/// The procedure as the simulator walks it: the SOP's flow graph (the same `FlowGraph` a
/// training run follows), after the scenario's what-if edits: executors reassigned, steps
/// merged, steps removed.
///
/// Nodes are named by the SOP index of the step they began as; a destination is a node or
/// `FlowNode.end`.
struct EditedFlow {
    struct FlowNode {
        static let end = -1
        /// "3", or "9+10" for merged steps.
        var label: String
        var activity: String
        /// Role indices, in the SOP's role order (joint steps take members in that order).
        var roles: [Int]
        /// The SOP steps whose times add up to this node's (two after a merge).
        var parts: [Int]
        /// For a decision: the SOP step whose answers it gives (the second of a merge), and
        /// where each answer leads.
        var decisionStep: Int?
        var answers: [String]
        var destinations: [Int]
        var isRemoved = false
    }

    private(set) var nodes: [FlowNode]
    private(set) var start: Int
    let sop: SOP

    init(sop: SOP, flow: FlowGraph, roleIndex: [String: Int]) throws(ScenarioError) {
        self.sop = sop
        var nodes: [FlowNode] = []
        for (index, step) in sop.steps.enumerated() {
            var destinations: [Int] = []
            for edge in flow.edges[index] {
                switch edge.to {
                case .step(let next): destinations.append(next.offset)
                case .end: destinations.append(FlowNode.end)
                case .unresolved:
                    throw ScenarioError("step \(step.label) has an arrow that leads nowhere", hint: "run `check` and link it")
                }
            }
            nodes.append(
                FlowNode(
                    label: step.label, activity: FlowchartLayout.title(of: step),
                    roles: step.executors.compactMap { roleIndex[$0] }.sorted(), parts: [index],
                    decisionStep: step.isDecision ? index : nil,
                    answers: step.decision?.answers.map(\.label) ?? [], destinations: destinations))
        }
        guard let first = flow.start else { throw ScenarioError("the SOP has no steps", hint: "add the steps of the procedure") }
        self.nodes = nodes
        self.start = first.offset
    }

    /// The node of step `number`, for a scenario key.
    func node(_ number: StepNumber, key: String) throws(ScenarioError) -> Int {
        guard let index = sop.stepIndices(numbered: number).first?.offset else {
            let numbers = sop.steps.compactMap { $0.number?.description }
            throw ScenarioError("the SOP has no step \(number)", hint: "its steps are \(numbers.joined(separator: ", "))", key: key)
        }
        guard !nodes[index].isRemoved else {
            throw ScenarioError("step \(number) was already removed or merged into another step", key: key)
        }
        return index
    }

    mutating func assign(_ roles: [Int], to node: Int) {
        nodes[node].roles = roles.sorted()
    }

    /// `first` takes `second`'s time, its answers and where it leads; arrows into `second`
    /// lead to `first`.
    mutating func merge(_ first: Int, _ second: Int, key: String) throws(ScenarioError) {
        let a = nodes[first]
        let b = nodes[second]
        guard first != second, a.decisionStep == nil, a.destinations == [second] else {
            throw ScenarioError(
                "step \(a.label) does not lead straight to step \(b.label), so they cannot be merged",
                hint: "merge a process step with the step it leads to", key: key)
        }
        nodes[first].label = a.label + "+" + b.label
        nodes[first].activity = [a.activity, b.activity].filter { !$0.isEmpty }.joined(separator: "; ")
        nodes[first].parts += b.parts
        nodes[first].decisionStep = b.decisionStep
        nodes[first].answers = b.answers
        nodes[first].destinations = b.destinations
        nodes[second].isRemoved = true
        redirect(second, to: first)
    }

    /// Takes `node` out: arrows into it lead where it led (a decision: by its answer on the
    /// shortest way to the end).
    mutating func remove(_ node: Int, key: String) throws(ScenarioError) {
        let continuation: Int
        if nodes[node].decisionStep == nil {
            continuation = nodes[node].destinations[0]
        } else {
            let distance = distancesToEnd()
            continuation = nodes[node].destinations.min { distanceOf($0, distance) < distanceOf($1, distance) }!
        }
        guard continuation != node else {
            throw ScenarioError("step \(nodes[node].label) cannot be removed: it leads only to itself", key: key)
        }
        nodes[node].isRemoved = true
        redirect(node, to: continuation)
        guard start != FlowNode.end else {
            throw ScenarioError(
                "removing step \(nodes[node].label) leaves no step for a case to go through",
                hint: "keep at least one step", key: key)
        }
    }

    private mutating func redirect(_ old: Int, to new: Int) {
        for index in nodes.indices where !nodes[index].isRemoved {
            for answer in nodes[index].destinations.indices where nodes[index].destinations[answer] == old {
                nodes[index].destinations[answer] = new
            }
        }
        if start == old { start = new }
    }

    /// Fewest steps from each node to the end (Int.max where it cannot be reached), by a
    /// backward breadth-first search from the end.
    func distancesToEnd() -> [Int] {
        var incoming = [[Int]](repeating: [], count: nodes.count)
        var distance = [Int](repeating: Int.max, count: nodes.count)
        var frontier: [Int] = []
        for (index, node) in nodes.enumerated() where !node.isRemoved {
            for destination in node.destinations {
                if destination == FlowNode.end {
                    if distance[index] == Int.max {
                        distance[index] = 1
                        frontier.append(index)
                    }
                } else {
                    incoming[destination].append(index)
                }
            }
        }
        var cursor = 0
        while cursor < frontier.count {
            let node = frontier[cursor]
            cursor += 1
            for previous in incoming[node] where distance[previous] == Int.max {
                distance[previous] = distance[node] + 1
                frontier.append(previous)
            }
        }
        return distance
    }

    func distanceOf(_ destination: Int, _ distance: [Int]) -> Int {
        destination == FlowNode.end ? 0 : distance[destination]
    }

    /// The nodes from which `target` can be reached (itself excluded unless on a loop).
    func nodesReaching(_ target: Int) -> Set<Int> {
        var incoming = [[Int]](repeating: [], count: nodes.count)
        for (index, node) in nodes.enumerated() where !node.isRemoved {
            for destination in node.destinations where destination != FlowNode.end { incoming[destination].append(index) }
        }
        var seen: Set<Int> = []
        var stack = incoming[target]
        while let node = stack.popLast() {
            if seen.insert(node).inserted { stack.append(contentsOf: incoming[node]) }
        }
        return seen
    }
}
