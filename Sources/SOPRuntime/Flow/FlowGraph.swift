/// The flow of an SOP: which step follows which, under which answer. Computed here once, so
/// that the checker, a training run and the simulator can never disagree about it.
///
/// Steps are named by their `StepIndex`: a draft's numbers may be missing or repeated.
public struct FlowGraph: Sendable {
    /// Where an arrow of the flowchart points.
    public enum Destination: Hashable, Sendable {
        case step(StepIndex)
        case end
        /// A draft's arrow that points nowhere: an answer with no target (`nil`), or a
        /// target that names no step of the SOP.
        case unresolved(Target?)
    }

    /// One arrow: from a step, under an answer of a decision (nil for a process step).
    public struct Edge: Hashable, Sendable {
        public var from: StepIndex
        /// The index of the answer in the step's decision.
        public var answer: Int?
        public var to: Destination
    }

    /// The arrows out of each step, indexed like `SOP.steps`, answers in their written order.
    public let edges: [[Edge]]
    /// The steps with an arrow into each step, indexed like `SOP.steps`.
    public let predecessors: [[StepIndex]]

    public init(_ sop: SOP) {
        var firstIndex: [StepNumber: StepIndex] = [:]
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            if let number = step.number, firstIndex[number] == nil { firstIndex[number] = index }
        }
        func resolve(_ target: Target?) -> Destination {
            switch target {
            case .end: .end
            case .step(let number): firstIndex[number].map(Destination.step) ?? .unresolved(target)
            case nil: .unresolved(nil)
            }
        }
        edges = zip(sop.stepIndices, sop.steps).map { index, step in
            if let decision = step.decision {
                return decision.answers.enumerated().map { answerIndex, answer in
                    Edge(from: index, answer: answerIndex, to: resolve(answer.target))
                }
            }
            let below: Destination = index.offset + 1 < sop.steps.count ? .step(StepIndex(offset: index.offset + 1)) : .end
            return [Edge(from: index, answer: nil, to: step.next.map { resolve($0) } ?? below)]
        }
        var incoming = [[StepIndex]](repeating: [], count: edges.count)
        for (from, arrows) in zip(sop.stepIndices, edges) {
            for case .step(let next) in arrows.map(\.to) where incoming[next].last != from {
                incoming[next].append(from)
            }
        }
        predecessors = incoming
    }

    public var stepCount: Int { edges.count }

    /// The step a case starts at: the first row of the table.
    public var start: StepIndex? { edges.isEmpty ? nil : StepIndex(offset: 0) }

    /// Where the flow goes from `step`, after answer `answer` of a decision (nil for a process step).
    public func destination(from step: StepIndex, answer: Int? = nil) -> Destination? {
        edges[step].first { $0.answer == answer }?.to
    }

    /// The steps a case can reach from the start.
    /// Unresolved arrows reach nothing: this is what is known to be reachable.
    public func reachableFromStart() -> Set<StepIndex> {
        guard let start else { return [] }
        var seen: Set<StepIndex> = [start]
        var stack = [start]
        while let step = stack.popLast() {
            for case .step(let next) in edges[step].map(\.to) where seen.insert(next).inserted {
                stack.append(next)
            }
        }
        return seen
    }

    /// The steps from which the end can be reached. An unresolved arrow is assumed to reach
    /// it (the draft has yet to say where it goes), so only certain dead ends are left out.
    public func reachingEnd() -> Set<StepIndex> {
        var reaching: Set<StepIndex> = []
        var stack: [StepIndex] = []
        for (offset, arrows) in edges.enumerated() {
            let step = StepIndex(offset: offset)
            for arrow in arrows {
                switch arrow.to {
                case .step: break
                case .end, .unresolved: if reaching.insert(step).inserted { stack.append(step) }
                }
            }
        }
        while let step = stack.popLast() {
            for previous in predecessors[step] where reaching.insert(previous).inserted {
                stack.append(previous)
            }
        }
        return reaching
    }

    /// The steps that come before `step` on some path from the start (its ancestors).
    public func ancestors(of step: StepIndex) -> Set<StepIndex> {
        var seen: Set<StepIndex> = []
        var stack = predecessors[step]
        while let previous = stack.popLast() {
            if seen.insert(previous).inserted { stack.append(contentsOf: predecessors[previous]) }
        }
        return seen
    }

    /// Groups of steps that can each reach one another (strongly connected components), in
    /// reverse topological order. Iterative, so a procedure of a million steps is no risk.
    public func stronglyConnectedComponents() -> [[StepIndex]] {
        var index = [Int](repeating: -1, count: stepCount)
        var lowLink = [Int](repeating: 0, count: stepCount)
        var onStack = [Bool](repeating: false, count: stepCount)
        var stack: [Int] = []
        var components: [[StepIndex]] = []
        var counter = 0
        for root in 0..<stepCount where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter
            lowLink[root] = counter
            counter += 1
            stack.append(root)
            onStack[root] = true
            while let (node, position) = work.last {
                let successors = edges[node].compactMap { edge -> Int? in
                    if case .step(let next) = edge.to { return next.offset } else { return nil }
                }
                if position < successors.count {
                    work[work.count - 1].next += 1
                    let next = successors[position]
                    if index[next] < 0 {
                        index[next] = counter
                        lowLink[next] = counter
                        counter += 1
                        stack.append(next)
                        onStack[next] = true
                        work.append((next, 0))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[node]) }
                if lowLink[node] == index[node] {
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    components.append(component.sorted().map(StepIndex.init(offset:)))
                }
            }
        }
        return components
    }
}
