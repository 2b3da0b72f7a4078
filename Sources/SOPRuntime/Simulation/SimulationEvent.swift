import Foundation

/// One step of one simulated case, for the event log (a CSV of case, step, role, start, end,
/// answer). Names are left to the reader: `step` indexes `Simulation.steps` (whose `roles`
/// and `answers` give the names), so that logging costs no String work per event.
public struct SimulationEvent: Hashable, Sendable, Codable {
    /// 1 for the first replication.
    public var replication: Int
    /// The case's arrival order in its replication, from 1.
    public var caseNumber: Int
    /// Index into `SimulationResult.caseTypes`.
    public var caseType: Int
    /// Index into `Simulation.steps`.
    public var step: Int
    /// When the case was ready for the step (it waited from here until `start`).
    public var ready: CivilDateTime
    /// When work began: the first working moment once its staff were free.
    public var start: CivilDateTime
    public var end: CivilDateTime
    /// The answer given, for a decision: an index into the step's `answers`.
    public var answer: Int?
    /// True for the case's last step: a log can close the case's trace here.
    public var finishesCase: Bool
}

/// Where the event log goes: called with the events of one replication after another, in
/// replication order and never two calls at once, in batches of a few thousand.
public typealias SimulationEventSink = @Sendable ([SimulationEvent]) -> Void

/// A replication's side of the event log: collects events and hands them on in batches.
struct ReplicationEventBuffer {
    private var buffer: [SimulationEvent] = []
    private let replication: Int
    private let log: EventLogSequencer
    static let batchSize = 4096

    init(replication: Int, log: EventLogSequencer) {
        self.replication = replication
        self.log = log
        buffer.reserveCapacity(Self.batchSize)
    }

    mutating func append(_ event: SimulationEvent) {
        buffer.append(event)
        if buffer.count == Self.batchSize {
            log.deliver(buffer, from: replication, isLast: false)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish() {
        log.deliver(buffer, from: replication, isLast: true)
        buffer = []
    }
}

/// Puts the batches of replications that run at the same time in replication order: the
/// batches of the replication whose turn it is go straight to the sink; those of later ones
/// wait here until every earlier replication has finished (only then does the log hold
/// memory for cases).
final class EventLogSequencer: @unchecked Sendable {
    private let lock = NSLock()
    private let sink: SimulationEventSink
    private var turn = 0
    private var waiting: [Int: [[SimulationEvent]]] = [:]
    private var finished: Set<Int> = []

    init(sink: @escaping SimulationEventSink) {
        self.sink = sink
    }

    func deliver(_ events: [SimulationEvent], from replication: Int, isLast: Bool) {
        lock.lock()
        defer { lock.unlock() }
        if replication == turn {
            if !events.isEmpty { sink(events) }
        } else {
            waiting[replication, default: []].append(events)
        }
        if isLast { finished.insert(replication) }
        while finished.contains(turn) {
            turn += 1
            for batch in waiting.removeValue(forKey: turn) ?? [] where !batch.isEmpty { sink(batch) }
        }
    }
}
