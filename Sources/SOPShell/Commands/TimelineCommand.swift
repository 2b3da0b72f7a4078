import Foundation
import SOPRuntime

/// A case as a Gantt chart: a walked case of the run, or one case of the last simulation.
extension Command {
    static let timeline = Command(
        name: "timeline", group: .running,
        summary: "draw a case as a Gantt chart by role on the calendar",
        synopsis: "[CASE]",
        details: """
            Draws the current case of the run (or CASE) as a Gantt chart: a row per role, time running \
            right on the calendar, each step a bar with its number, and the wait for a free member of the \
            role before it; the line under the chart marks working time, so nights, weekends and holidays \
            show as gaps. A table of the steps follows. --simulated N draws case N of the first \
            replication of the last `simulate` (or `compare`'s reference scenario) instead: the same case, \
            draw for draw, that the simulation counted.
            """,
        examples: ["timeline", "timeline kasus2", "simulate --cases 100 --every 4h; timeline --simulated 17"],
        flags: [
            .simulated,
            .width
        ],
        arity: 0...1,
        completes: [.text]
    ) { invocation, session throws(ShellError) in
        // Drawn when shown, at the terminal's width then, unless --width says otherwise.
        var width: Int?
        if let text = invocation.text(.width) {
            guard let number = Int(text), number >= 40 else {
                throw invocation.error(
                    "--width \(text) is too narrow for a timeline", hint: "give at least 40 columns, such as --width 100")
            }
            width = number
        }
        let chart: TimelineChart
        if let text = invocation.text(.simulated) {
            if !invocation.positionals.isEmpty {
                throw invocation.error("name a case of the run, or --simulated N, not both", argument: 0)
            }
            chart = try simulatedCase(text, invocation, session: session, width: width ?? 100)
        } else {
            let run = try session.requireRun(invocation)
            var name = invocation.positionals.first?.text ?? ""
            if invocation.positionals.isEmpty { name = try session.requireCase(invocation) }
            guard let found = run.case(named: name) else {
                throw invocation.error(
                    "there is no case named \(name)", hint: "the cases are: \(run.cases.map(\.name).joined(separator: ", "))", argument: 0)
            }
            let trace = EventLog(run: run).traces.first { $0.name == found.name }!
            chart = TimelineChart(
                trace: trace, roleOrder: run.sop.roles.map(\.name), calendar: run.calendar,
                width: width ?? 100, now: found.isFinished ? nil : found.clock)
        }
        let table = stepTable(chart.trace)
        return CommandResult(
            .table(table), presentation: .timeline(chart, summary: stepSummary(chart.trace, calendar: chart.calendar), width: width))
    }

    private static func simulatedCase(_ text: String, _ invocation: Invocation, session: Session, width: Int) throws(ShellError)
        -> TimelineChart
    {
        guard let number = Int(text), number >= 1 else {
            throw invocation.error("--simulated takes a case number from 1, not \(text)")
        }
        guard let simulated = session.simulated else {
            throw invocation.error("nothing has been simulated yet", hint: "run `simulate` first, then `timeline --simulated \(number)`")
        }
        let simulation: Simulation
        do throws(ScenarioError) {
            simulation = try Simulation(sop: simulated.sop, scenario: simulated.scenario)
        } catch {
            throw invocation.error(rendered: error.message, hint: error.hint)
        }
        guard let trace = simulation.trace(ofCase: number) else {
            throw invocation.error(
                "the simulation's first replication has no case \(number)",
                hint: simulated.scenario.cases.map { "it had \($0) cases" } ?? "it had fewer cases")
        }
        return TimelineChart(trace: trace, roleOrder: simulation.roles.map(\.name), calendar: simulated.scenario.calendar, width: width)
    }

    /// The table under the chart: short times, and the wait in working time.
    private static func stepSummary(_ trace: EventLog.Trace, calendar: WorkCalendar) -> Table {
        func short(_ moment: CivilDateTime) -> String {
            let c = moment.components
            return "\(CivilDateTime.dayName(c.weekday - 1)) " + String(format: "%02d/%02d %02d:%02d", c.day, c.month, c.hour, c.minute)
        }
        return Table(
            columns: [
                .init("step", "Step"), .init("activity", "Uraian Kegiatan", wraps: true), .init("roles", "Pelaksana", wraps: true),
                .init("start", "Start"), .init("end", "End"), .init("waited", "Waited"), .init("answer", "Answer", wraps: true)
            ],
            rows: trace.events.map { event in
                let waited = event.ready.map { calendar.workingMinutes(from: $0, to: event.start) } ?? 0
                return [
                    "step": .string(event.step), "activity": .string(event.activity), "roles": .strings(event.roles),
                    "start": .string(short(event.start)), "end": .string(short(event.end)),
                    "waited": .string(waited >= 0.5 ? WorkDuration(minutes: waited.rounded()).formatted(.short) : ""),
                    "answer": event.answer.map(Value.string) ?? .null
                ]
            })
    }

    /// The case's steps: when each was ready, began and ended, and what was answered.
    private static func stepTable(_ trace: EventLog.Trace) -> Table {
        Table(
            columns: [
                .init("step", "Step"), .init("activity", "Uraian Kegiatan", wraps: true), .init("roles", "Pelaksana", wraps: true),
                .init("ready", "Ready"), .init("start", "Start"), .init("end", "End"), .init("answer", "Answer", wraps: true)
            ],
            rows: trace.events.map { event in
                [
                    "step": .string(event.step), "activity": .string(event.activity), "roles": .strings(event.roles),
                    "ready": event.ready.map(Value.dateTime) ?? .dateTime(event.start),
                    "start": .dateTime(event.start), "end": .dateTime(event.end),
                    "answer": event.answer.map(Value.string) ?? .null
                ]
            })
    }
}
