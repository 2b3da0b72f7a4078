/// One thing that happened in a training run. The run's whole state (each case's step, clock
/// and documents) is what these events add up to, replayed against the SOP and the calendar:
/// so a journal of events is enough to resume a run, to replay it for a later class, and
/// to undo the last action exactly.
public enum RunEvent: Hashable, Sendable, Codable {
    /// A case began at a moment of the calendar.
    case started(caseName: String, at: CivilDateTime)
    /// A role carried out (its part of) the case's current step; `took` is an actual time
    /// given instead of the standard one.
    case performed(caseName: String, step: StepIndex, role: String, took: WorkDuration?)
    /// A role answered the case's current decision.
    case decided(caseName: String, step: StepIndex, role: String, answer: Int, took: WorkDuration?)
    /// The case's clock moved on without work (waiting for a meeting, a signature).
    case waited(caseName: String, duration: WorkDuration)
    /// The calendar changed for every case from here on.
    case calendarChanged(WorkCalendar)
    /// The action before this one was taken back.
    case undone

    /// The case an event belongs to, if any.
    public var caseName: String? {
        switch self {
        case .started(let name, _), .performed(let name, _, _, _), .decided(let name, _, _, _, _), .waited(let name, _):
            name
        case .calendarChanged, .undone:
            nil
        }
    }
}

extension CivilDateTime: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = CivilDateTime(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date-time: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension WorkDuration: Codable {
    private enum CodingKeys: String, CodingKey { case minutes, days }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(minutes: try container.decode(Double.self, forKey: .minutes), days: try container.decode(Double.self, forKey: .days))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(minutes, forKey: .minutes)
        try container.encode(days, forKey: .days)
    }
}

extension WorkCalendar: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try WorkCalendar.read(text, file: nil)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(yaml())
    }
}
