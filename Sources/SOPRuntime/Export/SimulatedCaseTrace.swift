import Foundation

extension Simulation {
    /// The steps of case `number` (from 1) of the first replication, as a trace of an event
    /// log: the very case that `run()` simulates, draw for draw, since a replication's random
    /// stream depends only on the seed and its index. Runs the replication only until that
    /// case has finished; nil when the replication has no such case.
    public func trace(ofCase number: Int) -> EventLog.Trace? {
        final class Collected: @unchecked Sendable {
            var trace: EventLog.Trace?
            var finished = false
        }
        let naming = SimulationEventNaming(self)
        let collected = Collected()
        let control = SimulationControl()
        let sequencer = EventLogSequencer { events in
            for event in events where event.caseNumber == number && !collected.finished {
                if collected.trace == nil { collected.trace = naming.trace(of: event) }
                collected.trace!.events.append(naming.event(event))
                if event.finishesCase {
                    collected.finished = true
                    control.stop()
                }
            }
        }
        var replication = Replication(model: model, index: 0, log: ReplicationEventBuffer(replication: 0, log: sequencer))
        _ = replication.run(control: control)
        return collected.trace
    }
}
