/// One walk through the procedure: where it stands, its clock, the documents it produced and
/// every step it took. A value built by replaying the run's events (see `TrainingRun`).
public struct Case: Hashable, Sendable {
    public let name: String
    public let startedAt: CivilDateTime
    /// The case's own time on the calendar: when its last action ended.
    public internal(set) var clock: CivilDateTime
    /// The step the case is at; nil once it has reached the end.
    public internal(set) var position: StepIndex?
    /// For a joint step under way: the roles that have done their part, and when it began.
    public internal(set) var jointParticipants: [String] = []
    public internal(set) var jointStartedAt: CivilDateTime?
    /// Every document the case produced, oldest first; a step redone makes a new version.
    public internal(set) var documents: [Document] = []
    /// Every step the case completed, in order.
    public internal(set) var steps: [CompletedStep] = []
    public internal(set) var finishedAt: CivilDateTime?
    /// Once finished: its lead time and the sum of the standard times on its path, in working
    /// minutes on the calendar in force when it finished. A later change of calendar does not
    /// rewrite them: the case was measured when it ended.
    public internal(set) var finalLeadMinutes: Double?
    public internal(set) var finalStandardMinutes: Double?

    init(name: String, startedAt: CivilDateTime, position: StepIndex?) {
        self.name = name
        self.startedAt = startedAt
        self.clock = startedAt
        self.position = position
    }

    public var isFinished: Bool { position == nil }

    /// The latest version of each document, by name.
    public var currentDocuments: [Document] {
        var latest: [String: Document] = [:]
        for document in documents { latest[document.name] = document }
        return documents.filter { latest[$0.name] == $0 }
    }
}

/// A document a step produced: its Output, in the version this case reached.
public struct Document: Hashable, Sendable {
    public var name: String
    /// 1 the first time, 2 after one rework, …
    public var version: Int
    /// The step that produced it.
    public var step: StepIndex
    public var roles: [String]
    public var at: CivilDateTime
}

/// A step a case went through: who, when, how long against the standard, which answer.
public struct CompletedStep: Hashable, Sendable {
    public var step: StepIndex
    public var roles: [String]
    public var start: CivilDateTime
    public var end: CivilDateTime
    /// The working time it took, and its standard time (nil where the SOP gives none).
    public var took: WorkDuration
    public var standard: WorkDuration?
    /// The answer's index, for a decision.
    public var answer: Int?
    /// True when it took longer than its Mutu Baku allows: the SOP's Peringatan counts any
    /// deviation from the standard as a failure.
    public var overran: Bool
}

/// Why an action cannot be done, and what can be done instead.
public struct Refusal: Error, Hashable, Sendable, CustomStringConvertible {
    public var reason: String
    /// The valid alternatives: the roles who may, the steps that are ready, the answers.
    public var alternatives: [String]

    public init(_ reason: Message, alternatives: [String] = []) {
        self.reason = reason.text
        self.alternatives = alternatives
    }

    public var description: String { reason }
}
