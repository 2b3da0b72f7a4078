import Foundation

/// A simulation's event log written to a file while the simulation runs, as CSV or XES, with
/// the same columns and elements as a training run's log (`EventLog`).
///
/// ```swift
/// let file = try SimulationEventLogFile(path: "kasus.csv", format: .csv, simulation: simulation, name: sop.identity.title)
/// let result = simulation.run(eventLog: file.sink)
/// try file.finish()
/// ```
///
/// A case's steps are held until its last step ends and then written together, so memory
/// grows with the cases in progress, not with the cases simulated. Cases still open when the
/// run stops are written at the end. Each case is named `R<replication>-<number>`. The file
/// appears only when `finish` succeeds (written atomically); a write error stops the writing
/// and is thrown by `finish`; `discard` gives it up.
public final class SimulationEventLogFile: @unchecked Sendable {
    private let format: ExportFormat
    private let naming: SimulationEventNaming
    private let log: EventLog
    private let writer: AtomicFile.Writer
    /// The open cases of the replication being written, by case number.
    private var open: [Int: EventLog.Trace] = [:]
    private var replication = 0
    private var failure: Error?
    private let lock = NSLock()

    /// Opens `path` for a log in `format` (`.csv` or `.xes`); `name` is what the cases are
    /// cases of (the SOP's title).
    public init(path: String, format: ExportFormat, simulation: Simulation, name: String, utcOffsetMinutes: Int? = nil) throws {
        precondition(format.isEventLog, "an event log is CSV or XES")
        self.format = format
        naming = SimulationEventNaming(simulation)
        log = EventLog(name: name, traces: [], utcOffsetMinutes: utcOffsetMinutes)
        writer = try AtomicFile.Writer(replacing: path)
        write(format == .csv ? EventLogCSVWriter.header : XESWriter.prologue(log))
    }

    /// What `Simulation.run(eventLog:)` calls with each batch of events.
    public var sink: SimulationEventSink {
        { [self] events in
            lock.lock()
            defer { lock.unlock() }
            for event in events { take(event) }
        }
    }

    /// Writes the cases left open and the end of the file, and puts the file in place.
    public func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        closeOpenCases()
        if format == .xes { write(XESWriter.epilogue) }
        if let failure { throw failure }
        try writer.commit()
    }

    /// Gives the log up: its temporary file goes, and a file already at the path stays as it was.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        writer.discard()
    }

    private func take(_ event: SimulationEvent) {
        if event.replication != replication {
            closeOpenCases()
            replication = event.replication
        }
        var trace = open.removeValue(forKey: event.caseNumber) ?? naming.trace(of: event)
        trace.events.append(naming.event(event))
        if event.finishesCase {
            write(trace)
        } else {
            open[event.caseNumber] = trace
        }
    }

    private func closeOpenCases() {
        for number in open.keys.sorted() { write(open[number]!) }
        open.removeAll()
    }

    private func write(_ trace: EventLog.Trace) {
        write(format == .csv ? EventLogCSVWriter.rows(of: trace, in: log) : XESWriter.trace(trace, in: log))
    }

    private func write(_ text: String) {
        guard failure == nil else { return }
        do {
            try writer.append(text)
        } catch {
            failure = error
        }
    }
}

/// Simulation events with their names: the step's label and activity, role names, answer
/// labels, the kind of case.
struct SimulationEventNaming {
    private let steps: [SimulatedStep]
    private let roleNames: [String: String]
    private let caseTypeNames: [String]

    init(_ simulation: Simulation) {
        steps = simulation.steps
        roleNames = Dictionary(simulation.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        caseTypeNames = simulation.caseTypeNames
    }

    func event(_ event: SimulationEvent) -> EventLog.Event {
        let step = steps[event.step]
        return EventLog.Event(
            step: step.label, activity: step.activity, roles: step.roles.map { roleNames[$0] ?? $0 },
            ready: event.ready, start: event.start, end: event.end, answer: event.answer.map { step.answers[$0] })
    }

    /// An empty trace for the case of `event`, named `R<replication>-<number>`.
    func trace(of event: SimulationEvent) -> EventLog.Trace {
        var attributes = [
            EventLog.Attribute(key: "replication", value: String(event.replication)),
            EventLog.Attribute(key: "case", value: String(event.caseNumber))
        ]
        if caseTypeNames.count > 1 {
            attributes.append(EventLog.Attribute(key: "type", value: caseTypeNames[event.caseType]))
        }
        return EventLog.Trace(name: "R\(event.replication)-\(event.caseNumber)", attributes: attributes, events: [])
    }
}
