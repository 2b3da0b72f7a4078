/// The steps that remain after the scenario's edits, numbered densely in the SOP's order: the
/// tables' step indices. Every one must still reach the end, or a case could never finish.
struct RemainingSteps {
    /// The flow node at each table index.
    let nodes: [Int]
    /// The table index of each flow node (−1 for a removed one).
    private let dense: [Int]
    /// Fewest steps from each flow node to the end.
    let distance: [Int]

    init(of flow: EditedFlow) throws(ScenarioError) {
        nodes = flow.nodes.indices.filter { !flow.nodes[$0].isRemoved }
        var dense = [Int](repeating: -1, count: flow.nodes.count)
        for (position, node) in nodes.enumerated() { dense[node] = position }
        self.dense = dense
        distance = flow.distancesToEnd()
        if let stuck = nodes.first(where: { distance[$0] == Int.max }) {
            throw ScenarioError(
                "after the scenario's edits, step \(flow.nodes[stuck].label) can no longer reach the end",
                hint: "remove or merge other steps", key: "hapus_langkah")
        }
    }

    /// The table index of a destination; −1 for the end.
    func index(of destination: Int) -> Int32 {
        destination == EditedFlow.FlowNode.end ? -1 : Int32(dense[destination])
    }

    /// Every decision's answers, worked out (its probabilities checked) before a table is laid out.
    func decisions(of flow: EditedFlow, compiler: StepCompiler) throws(ScenarioError) -> [DecisionAnswers] {
        var decisions: [DecisionAnswers] = []
        for (position, node) in nodes.enumerated() {
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
            let shortest = destinations.indices.min {
                flow.distanceOf(destinations[$0], distance) < flow.distanceOf(destinations[$1], distance)
            }!
            decisions.append(
                DecisionAnswers(
                    position: position, targets: destinations.map(index(of:)), probabilities: probabilities,
                    isRework: isRework, shortest: shortest))
        }
        return decisions
    }
}

/// A decision's answers as the tables hold them, each in the SOP's order.
struct DecisionAnswers {
    /// The decision's table index.
    var position: Int
    /// Where each answer leads: a table index, or −1 for the end.
    var targets: [Int32]
    var probabilities: [Double]
    var isRework: [Bool]
    /// The answer on the shortest way to the end, taken once a case has reworked its cap.
    var shortest: Int
}

extension SimulationModel {
    /// Each remaining step's roles, duration parts (two for a merged step), standard time and
    /// next step. A time the SOP and the scenario leave unknown counts zero, with a warning
    /// that says how to give it one.
    mutating func layOutSteps(_ remaining: RemainingSteps, of flow: EditedFlow, compiler: StepCompiler) {
        for node in remaining.nodes.map({ flow.nodes[$0] }) {
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
                    let step = flow.sop.steps[part]
                    warnings.append(
                        localized(
                            step.time.text.isEmpty
                                ? "step \(step.label) has no time and the scenario gives it none: it counts as zero (give it one: simulate --time \(step.label)=DURATION, or durasi.langkah.\(step.label) in a scenario file)"
                                : "step \(step.label) is “\(step.time.text)” and the scenario gives it none: it counts as zero (give it one: simulate --time \(step.label)=DURATION, or durasi.langkah.\(step.label) in a scenario file)"
                        ))
                }
            }
            standardMinutes.append(standard)
            // A decision's answers are laid out by `layOutAnswers`.
            answerFirst.append(0)
            answerCount.append(Int32(node.decisionStep == nil ? 0 : node.destinations.count))
            next.append(node.decisionStep == nil ? remaining.index(of: node.destinations[0]) : -1)
            forcedAnswer.append(-1)
            steps.append(
                SimulatedStep(
                    label: node.label, activity: node.activity, roles: node.roles.map { flow.sop.roles[$0].id },
                    answers: node.answers, timeUnknown: unknown))
        }
    }

    /// Each decision's answers, after `layOutSteps`: a draw falls on the first answer whose
    /// cumulative probability exceeds it, so the last answer that can be drawn holds exactly 1
    /// (rounding can never leave a draw past it).
    mutating func layOutAnswers(_ decisions: [DecisionAnswers]) {
        for decision in decisions {
            answerFirst[decision.position] = Int32(answerTarget.count)
            var total = 0.0
            let lastPositive = decision.probabilities.lastIndex { $0 > 0 } ?? 0
            for answer in decision.targets.indices {
                total += decision.probabilities[answer]
                cumulative.append(answer >= lastPositive ? 1 : total)
                answerTarget.append(decision.targets[answer])
                answerIsRework.append(decision.isRework[answer])
            }
            forcedAnswer[decision.position] = answerFirst[decision.position] + Int32(decision.shortest)
        }
    }
}
