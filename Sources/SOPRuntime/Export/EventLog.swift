/// An event log as process-mining tools read one: cases (traces), each a list of the steps it
/// went through, who did them, from when to when, and which answer a decision gave. Names are
/// resolved (role names, step titles), so the writers need nothing else.
///
/// Neutral on purpose: a training run makes one (`init(run:)`), and a simulation makes one the
/// same way from its `SimulationEvent`s (a trace per simulated case, named by replication and
/// case number, with `ready` set to when the case began to wait for the step).
public struct EventLog: Hashable, Sendable {
    /// What the cases are cases of: the SOP's title.
    public var name: String
    public var traces: [Trace]
    /// The wall clock's offset from UTC in minutes (420 for WIB, 480 for WITA, 540 for WIT),
    /// written with every time; nil writes times without a zone, as the calendar shows them.
    public var utcOffsetMinutes: Int?

    public init(name: String, traces: [Trace], utcOffsetMinutes: Int? = nil) {
        self.name = name
        self.traces = traces
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// One case.
    public struct Trace: Hashable, Sendable {
        public var name: String
        /// Further facts about the case, written as string attributes in XES (a simulation's
        /// replication and case type, for instance).
        public var attributes: [Attribute]
        public var events: [Event]

        public init(name: String, attributes: [Attribute] = [], events: [Event]) {
            self.name = name
            self.attributes = attributes
            self.events = events
        }
    }

    public struct Attribute: Hashable, Sendable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// One step carried out in a case.
    public struct Event: Hashable, Sendable {
        /// The step's number as written ("3").
        public var step: String
        /// What the step does (its activity, never blank).
        public var activity: String
        /// The names of the roles that carried it out (several for a joint step).
        public var roles: [String]
        /// When the case was ready for the step, if it waited before `start` (simulations).
        public var ready: CivilDateTime?
        public var start: CivilDateTime
        public var end: CivilDateTime
        /// The answer given, for a decision.
        public var answer: String?

        public init(
            step: String, activity: String, roles: [String], ready: CivilDateTime? = nil,
            start: CivilDateTime, end: CivilDateTime, answer: String? = nil
        ) {
            self.step = step
            self.activity = activity
            self.roles = roles
            self.ready = ready
            self.start = start
            self.end = end
            self.answer = answer
        }
    }

    /// The log of a training run: a trace per case, in the order they were started.
    public init(run: TrainingRun, utcOffsetMinutes: Int? = nil) {
        let sop = run.sop
        self.name = sop.identity.title.isEmpty ? "SOP" : sop.identity.title
        self.utcOffsetMinutes = utcOffsetMinutes
        self.traces = run.cases.map { found in
            Trace(
                name: found.name,
                events: found.steps.map { completed in
                    let step = sop.steps[completed.step]
                    return Event(
                        step: step.label, activity: FlowchartLayout.title(of: step),
                        roles: completed.roles.map(run.roleName), start: completed.start, end: completed.end,
                        answer: completed.answer.map { step.decision!.answers[$0].label })
                })
        }
    }

    /// A moment as ISO 8601 / xs:dateTime: `2026-03-02T08:30:00`, with `+07:00` when the
    /// offset is known.
    public func timestamp(_ moment: CivilDateTime) -> String {
        var text = moment.description + ":00"
        if let offset = utcOffsetMinutes {
            let sign = offset < 0 ? "-" : "+"
            let hours = abs(offset) / 60
            let minutes = abs(offset) % 60
            text += sign + (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
        }
        return text
    }

    /// Reads a UTC offset written `+07:00`, `+0700`, `-03:30`, `+7` or `Z`; nil for anything else.
    public static func utcOffset(_ text: String) -> Int? {
        if text == "Z" || text == "z" { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let number = Int(digits) else { return nil }
        let (hours, minutes) = digits.count <= 2 ? (number, 0) : (number / 100, number % 100)
        guard hours <= 14, minutes < 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}
