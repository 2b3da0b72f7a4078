import Foundation

/// One row of the flowchart table: an activity done by one or more roles, with its Mutu Baku
/// (requirements, standard time, output) and, for a decision, the answers it can give.
public struct Step: Hashable, Sendable {
    /// The number in the No column; nil for an unnumbered row of a draft.
    public var number: StepNumber?
    /// Uraian Kegiatan: a verb phrase without subject ("Menyusun kebijakan mutu ...").
    public var activity: String
    /// The ids of the roles that carry the step out; more than one for a joint step.
    public var executors: [String]
    /// Mutu Baku, Persyaratan/Kelengkapan: what the step needs in hand.
    public var requirements: String
    /// Mutu Baku, Waktu: the standard time.
    public var time: StandardTime
    /// Mutu Baku, Output: what the step produces.
    public var output: String
    /// Keterangan: notes.
    public var notes: String
    /// The answers of a decision step (a diamond); nil for a process step.
    public var decision: Decision?
    /// Where a process step goes next when it is not simply the step below it.
    public var next: Target?

    public init(
        number: StepNumber?, activity: String = "", executors: [String] = [],
        requirements: String = "", time: StandardTime = .unspecified, output: String = "",
        notes: String = "", decision: Decision? = nil, next: Target? = nil
    ) {
        self.number = number
        self.activity = activity
        self.executors = executors
        self.requirements = requirements
        self.time = time
        self.output = output
        self.notes = notes
        self.decision = decision
        self.next = next
    }

    public var isDecision: Bool { decision != nil }

    /// "3", or "?" for an unnumbered row: how messages name the step.
    public var label: String { number?.description ?? "?" }
}

/// A decision (the standard's diamond) and the answers it may give, in the order written.
public struct Decision: Hashable, Sendable {
    public var answers: [Answer]

    public init(answers: [Answer]) {
        self.answers = answers
    }

    /// The answer with this label, compared without regard to case or surrounding spaces.
    public func answer(_ label: String) -> Answer? {
        let wanted = label.trimmingCharacters(in: .whitespaces).lowercased()
        return answers.first { $0.label.lowercased() == wanted }
    }
}

/// One labelled answer of a decision ("menyetujui", "perlu perbaikan", "Ya") and where it leads.
public struct Answer: Hashable, Sendable {
    public var label: String
    /// nil while a draft has not said where this answer goes.
    public var target: Target?

    public init(label: String, target: Target? = nil) {
        self.label = label
        self.target = target
    }
}

/// Where a flow arrow points: another step, or the end of the procedure.
public enum Target: Hashable, Sendable, CustomStringConvertible {
    case step(StepNumber)
    case end

    /// The word our formats use for the end of the procedure.
    public static let endWord = "selesai"

    /// Reads "5", "3.1" or "selesai" (also "end"); nil for anything else.
    public init?(_ text: String) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        if word == Target.endWord || word == "end" {
            self = .end
        } else if let number = StepNumber(word) {
            self = .step(number)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .step(let number): number.description
        case .end: Target.endWord
        }
    }
}
