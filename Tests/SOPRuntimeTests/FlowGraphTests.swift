import SOPRuntime
import Testing

/// The flow of an SOP, as the checker, training and the simulator all see it: arrows by
/// step index, where the flow can go from the start, and from where it can reach the end.
@Suite("FlowGraph") struct FlowGraphTests {
    /// The destinations of the arrows out of each step.
    func destinations(_ flow: FlowGraph) -> [[FlowGraph.Destination]] {
        flow.edges.map { $0.map(\.to) }
    }

    @Test func aProcessStepGoesToTheStepBelowAndTheLastToTheEnd() {
        let flow = FlowGraph(TestSOPs.chain(3))
        #expect(destinations(flow) == [[.step(.at(1))], [.step(.at(2))], [.end]])
        #expect(flow.edges.flatMap { $0 }.allSatisfy { $0.answer == nil })
        #expect(flow.edges.map { $0.map(\.from) } == [[.at(0)], [.at(1)], [.at(2)]])
        #expect(flow.predecessors == [[], [.at(0)], [.at(1)]])
        #expect(flow.start == .at(0))
    }

    @Test func aDecisionHasOneArrowPerAnswerInWrittenOrder() {
        let flow = FlowGraph(TestSOPs.clean())
        #expect(destinations(flow)[1] == [.step(.at(2)), .step(.at(0))])
        #expect(flow.edges[1].map(\.answer) == [0, 1])
        #expect(flow.destination(from: .at(1), answer: 1) == .step(.at(0)))
        #expect(flow.destination(from: .at(1)) == nil, "a decision has no unlabelled arrow")
        #expect(flow.predecessors[.at(0)] == [.at(1)])
    }

    @Test func lanjutKeOverridesTheStepBelow() {
        var sop = TestSOPs.chain(4)
        sop.steps[0].next = .step(StepNumber(3))
        sop.steps[1].next = .end
        let flow = FlowGraph(sop)
        #expect(destinations(flow) == [[.step(.at(2))], [.end], [.step(.at(3))], [.end]])
        #expect(flow.predecessors[.at(2)] == [.at(0)])
    }

    @Test func anAnswerCanEndTheProcedure() {
        var sop = TestSOPs.clean()
        sop.steps[1].decision!.answers[1].target = .end
        #expect(FlowGraph(sop).destination(from: .at(1), answer: 1) == .end)
    }

    @Test func arrowsThatPointNowhereAreUnresolved() {
        var sop = TestSOPs.clean()
        sop.steps[1].decision!.answers[0].target = nil
        sop.steps[1].decision!.answers[1].target = .step(StepNumber(9))
        sop.steps[0].next = .step(StepNumber([2, 1]))
        let flow = FlowGraph(sop)
        #expect(destinations(flow)[1] == [.unresolved(nil), .unresolved(.step(StepNumber(9)))])
        #expect(destinations(flow)[0] == [.unresolved(.step(StepNumber([2, 1])))])
    }

    @Test func aRepeatedNumberLeadsToItsFirstRow() {
        var sop = TestSOPs.chain(3)
        sop.steps[2].number = StepNumber(1)
        sop.steps[1].next = .step(StepNumber(1))
        #expect(FlowGraph(sop).destination(from: .at(1)) == .step(.at(0)))
    }

    @Test func anSOPWithoutStepsHasNoStart() {
        let flow = FlowGraph(SOP())
        #expect(flow.start == nil)
        #expect(flow.reachableFromStart().isEmpty)
        #expect(flow.stronglyConnectedComponents().isEmpty)
    }

    // MARK: Reachability

    @Test func reachableFromStartFollowsOnlyResolvedArrows() {
        var sop = TestSOPs.chain(5)
        sop.steps[1].next = .end
        sop.steps[3].next = .step(StepNumber(2))
        #expect(FlowGraph(sop).reachableFromStart() == [.at(0), .at(1)])

        sop.steps[1].next = .step(StepNumber(9))
        #expect(FlowGraph(sop).reachableFromStart() == [.at(0), .at(1)], "an unresolved arrow reaches nothing known")
    }

    @Test func reachingEndIsOptimisticAboutUnresolvedArrows() {
        var sop = TestSOPs.chain(4)
        sop.steps[1].next = .step(StepNumber(1))
        sop.steps[3].next = .step(StepNumber(9))
        let flow = FlowGraph(sop)
        // Steps 1 and 2 loop for ever; step 4's arrow is unresolved, so it might yet reach the end.
        #expect(flow.reachingEnd() == [.at(2), .at(3)])
    }

    @Test func aLoopWithAWayOutReachesTheEnd() {
        #expect(FlowGraph(TestSOPs.clean()).reachingEnd() == [.at(0), .at(1), .at(2)])
    }

    @Test func ancestorsAreEveryStepOnAPathBefore() {
        let flow = FlowGraph(TestSOPs.clean())
        #expect(flow.ancestors(of: .at(2)) == [.at(0), .at(1)])
        #expect(flow.ancestors(of: .at(0)) == [.at(0), .at(1)], "rework makes a step its own ancestor")
        #expect(FlowGraph(TestSOPs.chain(3)).ancestors(of: .at(0)) == [])
    }

    // MARK: Strongly connected components

    @Test func aReworkLoopIsOneComponent() {
        let components = FlowGraph(TestSOPs.clean()).stronglyConnectedComponents()
        #expect(components == [[.at(2)], [.at(0), .at(1)]], "reverse topological order: what comes last, first")
    }

    @Test func aSelfLoopIsItsOwnComponent() {
        var sop = TestSOPs.chain(2)
        sop.steps[0].next = .step(StepNumber(1))
        #expect(FlowGraph(sop).stronglyConnectedComponents().sorted { $0[0] < $1[0] } == [[.at(0)], [.at(1)]])
        #expect(FlowGraph(sop).edges[0].map(\.to) == [.step(.at(0))])
    }

    @Test func aChainOf200000StepsIsWalkedWithoutOverflowingTheStack() {
        let count = 200_000
        let flow = FlowGraph(TestSOPs.chain(count))
        let components = flow.stronglyConnectedComponents()
        #expect(components.count == count)
        #expect(components.first == [.at(count - 1)])
        #expect(components.last == [.at(0)])
        #expect(flow.reachableFromStart().count == count)
        #expect(flow.reachingEnd().count == count)
    }

    @Test func aLoopOf200000StepsIsOneComponent() {
        var sop = TestSOPs.chain(200_000)
        sop.steps[sop.steps.count - 1].next = .step(StepNumber(1))
        let flow = FlowGraph(sop)
        #expect(flow.stronglyConnectedComponents().map(\.count) == [200_000])
        #expect(flow.reachingEnd().isEmpty)
        #expect(sop.check().map(\.code) == [.flowEndlessLoop])
    }
}
