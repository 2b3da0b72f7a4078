import Foundation

/// Watches and stops a simulation from another thread: the shell polls `progress` to draw
/// a progress line and calls `stop()` on Ctrl-C. A stopped run returns the statistics of
/// the cases finished so far, marked `stopped`.
///
/// Replications look at it every 16,384 events, so a stop takes effect within a millisecond
/// or so and the check costs nothing measurable.
public final class SimulationControl: @unchecked Sendable {
    private let lock = NSLock()
    private var stopRequested = false
    private var casesFinished = 0
    private var replicationsFinished = 0
    private var casesPlanned: Int?
    private var replications = 0

    public init() {}

    /// Asks every replication to stop at its next check.
    public func stop() {
        lock.lock()
        stopRequested = true
        lock.unlock()
    }

    public var isStopRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopRequested
    }

    public var progress: SimulationProgress {
        lock.lock()
        defer { lock.unlock() }
        return SimulationProgress(
            casesFinished: casesFinished, casesPlanned: casesPlanned,
            replicationsFinished: replicationsFinished, replications: replications)
    }

    func prepare(replications: Int, casesPerReplication: Int?) {
        lock.lock()
        self.replications = replications
        casesPlanned = casesPerReplication.map { $0 * replications }
        lock.unlock()
    }

    /// Counts finished cases; true when the run should stop.
    func record(finishedCases: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        casesFinished += finishedCases
        return stopRequested
    }

    func recordReplicationFinished() {
        lock.lock()
        replicationsFinished += 1
        lock.unlock()
    }
}

/// How far a run has gone.
public struct SimulationProgress: Hashable, Sendable {
    public var casesFinished: Int
    /// Cases in all replications; nil when arrivals stop at a horizon instead of a count.
    public var casesPlanned: Int?
    public var replicationsFinished: Int
    public var replications: Int

    /// 0…1, by cases where their number is known, else by replications.
    public var fraction: Double {
        if let casesPlanned, casesPlanned > 0 { return min(1, Double(casesFinished) / Double(casesPlanned)) }
        return replications == 0 ? 0 : Double(replicationsFinished) / Double(replications)
    }
}
