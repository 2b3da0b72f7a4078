import Foundation

/// A scenario compiled against an SOP, ready to run: the entry point of the simulator.
///
/// ```swift
/// let scenario = Scenario(arrivals: .poisson(meanInterval: .hours(40)), cases: 100_000,
///                         replications: 5, calendar: .roundTheClock,
///                         durations: DurationModel(distribution: .exponential))
/// let result = try Simulation.run(sop: sop, scenario: scenario)
/// ```
///
/// The flow is the SOP's `FlowGraph`, the same a training run follows. Replications run on
/// `scenario.threads` threads (every core by default), each from its own random stream, and
/// are combined in replication order: the same seed gives the same result, to the last bit,
/// on any number of threads.
public struct Simulation: Sendable {
    public let scenario: Scenario
    let model: SimulationModel

    /// Checks the scenario against the SOP (a draft with errors cannot run, as in a training
    /// run) and lays out the tables the event loop uses.
    public init(sop: SOP, scenario: Scenario) throws(ScenarioError) {
        self.scenario = scenario
        model = try SimulationModel(sop: sop, scenario: scenario)
    }

    /// A model built otherwise (an office's SOPs over shared pools); `scenario` names the run
    /// and gives its seed, replications and rework cap for the report.
    init(model: SimulationModel, scenario: Scenario) {
        self.scenario = scenario
        self.model = model
    }

    /// The steps as simulated (after removals and merges): what `SimulationEvent.step` indexes.
    public var steps: [SimulatedStep] { model.steps }
    public var roles: [SimulatedRole] { model.roles }
    /// The kinds of case, what `SimulationEvent.caseType` indexes (one unnamed kind when the
    /// scenario has none).
    public var caseTypeNames: [String] { model.caseTypeNames }
    /// What the simulator has to assume: steps "as needed" or blank without a time.
    public var warnings: [String] { model.warnings }
    /// The work offered each role, known before running: see `OfferedLoad`.
    public var offeredLoad: OfferedLoad { OfferedLoad(model) }

    /// Runs every replication. `control` can stop the run from another thread and tells how
    /// far it has gone; `eventLog` receives every step of every case (memory then grows with
    /// replications that finish ahead of their turn, and nowhere else).
    public func run(control: SimulationControl = SimulationControl(), eventLog: SimulationEventSink? = nil) -> SimulationResult {
        let count = model.replications
        let plannedCases = model.arrivals.limit == Int.max ? nil : model.arrivals.limit
        control.prepare(replications: count, casesPerReplication: plannedCases)
        let order = eventLog.map(EventLogSequencer.init)
        let board = ReplicationBoard(count: count)
        let model = self.model
        let work: @Sendable (Int) -> Void = { _ in
            while let index = board.take() {
                if control.isStopRequested { break }
                var replication = Replication(
                    model: model, index: index,
                    log: order.map { ReplicationEventBuffer(replication: index, log: $0) })
                board.store(replication.run(control: control), at: index)
                control.recordReplicationFinished()
            }
        }
        let workers = max(1, min(model.threads, count))
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        return SimulationResult(model: model, scenario: scenario, tallies: board.finishedInOrder)
    }

    /// Compiles and runs in one go.
    public static func run(sop: SOP, scenario: Scenario) throws(ScenarioError) -> SimulationResult {
        try Simulation(sop: sop, scenario: scenario).run()
    }
}

/// Hands out replication indices to worker threads and keeps their tallies by index.
private final class ReplicationBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    private var tallies: [ReplicationTally?]

    init(count: Int) {
        self.count = count
        tallies = [ReplicationTally?](repeating: nil, count: count)
    }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ tally: ReplicationTally, at index: Int) {
        lock.lock()
        tallies[index] = tally
        lock.unlock()
    }

    /// The tallies of the replications that finished, in replication order, up to the first
    /// that did not (a stopped run).
    var finishedInOrder: [ReplicationTally] {
        lock.lock()
        defer { lock.unlock() }
        return Array(tallies.prefix { $0 != nil }.map { $0! })
    }
}
