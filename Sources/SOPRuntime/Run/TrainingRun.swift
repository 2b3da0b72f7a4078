import Foundation

/// Cases of one SOP walked through step by step, as a trainer does in front of a room: who
/// acts, which steps are ready, what each step produced, and the clock on the work calendar.
///
/// Every action is checked (the role must be the step's executor, the step must be ready,
/// the answer must exist) and then recorded as a `RunEvent`; the state is the replay of the
/// events, so `undo` is exact and a journal is enough to resume.
public struct TrainingRun: Sendable {
    public let sop: SOP
    public let flow: FlowGraph
    public internal(set) var calendar: WorkCalendar
    /// The calendar the run began with: replaying starts from it.
    public let initialCalendar: WorkCalendar
    public internal(set) var cases: [Case] = []
    /// Every event, undone ones removed: what the run is.
    public private(set) var events: [RunEvent] = []
    /// Each step's requirement and output as document names (see `missingRequirement`).
    let requirementNames: [DocumentName]
    let outputNames: [DocumentName]

    /// A run of a runnable SOP; a draft with errors cannot be run (the refusal says why).
    public init(sop: SOP, calendar: WorkCalendar = .office) throws(Refusal) {
        let errors = sop.check().filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw Refusal(
                errors.count == 1
                    ? "the SOP is a draft with 1 error (`check` lists them): a case cannot run through it until they are fixed and the SOP saved"
                    : "the SOP is a draft with \(errors.count) errors (`check` lists them): a case cannot run through it until they are fixed and the SOP saved"
            )
        }
        self.sop = sop
        self.flow = FlowGraph(sop)
        self.requirementNames = sop.steps.map { DocumentName($0.requirements) }
        self.outputNames = sop.steps.map { DocumentName($0.output) }
        self.calendar = calendar
        self.initialCalendar = calendar
    }

    public func `case`(named name: String) -> Case? { cases.first { $0.name == name } }

    // MARK: Actions

    /// Starts a case, by default at the next working morning after `now`.
    @discardableResult
    public mutating func start(name: String? = nil, at moment: CivilDateTime? = nil, now: CivilDateTime) throws(Refusal) -> Case {
        let caseName = name ?? nextCaseName()
        if let problem = Self.problem(withCaseName: caseName) { throw Refusal(problem) }
        guard self.case(named: caseName) == nil else {
            throw Refusal("there is already a case named \(caseName)", alternatives: cases.map(\.name))
        }
        let at = moment ?? calendar.nextWorkingMorning(after: now)
        try record(.started(caseName: caseName, at: at))
        return self.case(named: caseName)!
    }

    /// `role` carries out the case's current step (its part of it, for a joint step).
    public mutating func perform(in caseName: String, step: StepIndex? = nil, as role: String, took: WorkDuration? = nil) throws(Refusal) {
        let current = try readyStep(in: caseName, requested: step, for: role)
        if sop.steps[current].isDecision {
            let answers = sop.steps[current].decision!.answers.map(\.label)
            throw Refusal("step \(sop.steps[current].label) is a decision: answer it with decide", alternatives: answers)
        }
        try record(.performed(caseName: caseName, step: current, role: role, took: took))
    }

    /// `role` answers the case's current decision with the answer labelled (or numbered) `answer`.
    public mutating func decide(in caseName: String, answer: String, as role: String, took: WorkDuration? = nil) throws(Refusal) {
        let current = try readyStep(in: caseName, requested: nil, for: role)
        guard let decision = sop.steps[current].decision else {
            throw Refusal("step \(sop.steps[current].label) is not a decision: carry it out with do", alternatives: [])
        }
        let labels = decision.answers.map(\.label)
        let wanted = answer.trimmingCharacters(in: .whitespaces).lowercased()
        let beginning = labels.indices.filter { labels[$0].lowercased().hasPrefix(wanted) }
        guard
            let index = labels.firstIndex(where: { $0.lowercased() == wanted })
                ?? Int(wanted).flatMap({ labels.indices.contains($0 - 1) ? $0 - 1 : nil })
                ?? (beginning.count == 1 && !wanted.isEmpty ? beginning[0] : nil)
        else {
            throw Refusal("step \(sop.steps[current].label) has no answer “\(answer)”", alternatives: labels)
        }
        try record(.decided(caseName: caseName, step: current, role: role, answer: index, took: took))
    }

    public mutating func wait(in caseName: String, for duration: WorkDuration) throws(Refusal) {
        guard let found = self.case(named: caseName) else {
            throw Refusal("there is no case named \(caseName)", alternatives: cases.map(\.name))
        }
        guard !found.isFinished else { throw Refusal("case \(caseName) has finished") }
        try record(.waited(caseName: caseName, duration: duration))
    }

    public mutating func setCalendar(_ calendar: WorkCalendar) {
        try? record(.calendarChanged(calendar))
    }

    /// Takes back the last action; nil when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> RunEvent? {
        guard let last = events.last else { return nil }
        try? replay(Array(events.dropLast()))
        return last
    }

    // MARK: Questions

    /// The steps `role` may carry out now, per case.
    public func todo(for role: String) -> [(caseName: String, step: StepIndex)] {
        cases.compactMap { found in
            guard let position = found.position, sop.steps[position].executors.contains(role),
                !found.jointParticipants.contains(role), missingRequirement(position, in: found) == nil
            else { return nil }
            return (found.name, position)
        }
    }

    /// The roles that have something to do in a case now.
    public func waitingRoles(in caseName: String) -> [String] {
        guard let found = self.case(named: caseName), let position = found.position else { return [] }
        return sop.steps[position].executors.filter { !found.jointParticipants.contains($0) }
    }

    /// The sum of the standard times of the steps a case went through: what its lead time
    /// should not exceed.
    public func standardTotal(of found: Case) -> WorkDuration {
        found.steps.reduce(.zero) { $0 + ($1.standard ?? .zero) }
    }

    /// `standardTotal` in working minutes: for a finished case, as counted when it finished;
    /// else on the calendar now (a working day has its hours).
    public func standardMinutes(of found: Case) -> Double {
        found.finalStandardMinutes ?? standardTotal(of: found).totalMinutes(hoursPerDay: calendar.hoursPerDay)
    }

    /// The case's lead time in working minutes: once finished, as it was when it finished (on
    /// the calendar then in force); until then, so far, on the calendar now.
    public func leadMinutes(of found: Case) -> Double {
        found.finalLeadMinutes ?? calendar.workingMinutes(from: found.startedAt, to: found.finishedAt ?? found.clock)
    }

    /// True when a finished case took longer than the standard times on its path.
    public func exceededStandard(_ found: Case) -> Bool {
        found.isFinished && leadMinutes(of: found) > standardMinutes(of: found) + 1e-6
    }

    // MARK: Replaying

    /// Rebuilds the run from events (a journal): each is checked as if it happened now.
    /// Case names are short labels people type: at most this many characters, no control
    /// characters. A longer one (a hostile journal's 5 MB name) would make every table slow.
    public static let caseNameLimit = 100

    /// What is wrong with a case name, or nil.
    public static func problem(withCaseName name: String) -> Message? {
        if name.isEmpty { return "a case name cannot be empty" }
        if name.count > caseNameLimit { return "a case name is at most \(caseNameLimit) characters; this one has \(name.count)" }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "a case name cannot hold control characters (a tab, a line break)"
        }
        return nil
    }

    /// An event of a journal that could not be replayed: which one, and why.
    public struct ReplayFailure: Error, Sendable {
        public var index: Int
        public var refusal: Refusal
    }

    /// Replays a journal's events, saying which one failed.
    public mutating func replayJournal(_ history: [RunEvent]) throws(ReplayFailure) {
        cases = []
        events = []
        calendar = initialCalendar
        for (index, event) in history.enumerated() {
            do throws(Refusal) {
                try record(event)
            } catch {
                throw ReplayFailure(index: index, refusal: error)
            }
        }
    }

    public mutating func replay(_ history: [RunEvent]) throws(Refusal) {
        cases = []
        events = []
        calendar = initialCalendar
        for event in history { try record(event) }
    }

    /// Applies an event to the state and keeps it; `.undone` takes back the one before.
    mutating func record(_ event: RunEvent) throws(Refusal) {
        if case .undone = event {
            try replay(Array(events.dropLast()))
            return
        }
        try apply(event)
        events.append(event)
    }

    private func nextCaseName() -> String {
        var number = cases.count + 1
        while self.case(named: "kasus\(number)") != nil { number += 1 }
        return "kasus\(number)"
    }
}
