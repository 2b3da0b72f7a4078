/// Something a reader or the checker has to say about an SOP: what is wrong, where, and how
/// to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable, CaseIterable {
        /// The SOP cannot be run as written: it is a draft until this is fixed.
        case error
        /// Probably a mistake in the document, but the SOP can still be run.
        case warning
        /// Worth knowing; nothing to fix.
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

        /// The word before a finding: `error`, `warning`, `note` in the catalogue's language.
        public var label: String {
            switch self {
            case .error: localized("error")
            case .warning: localized("warning")
            case .note: localized("note")
            }
        }

        /// "1 error", "3 warnings".
        public func counted(_ count: Int) -> String {
            switch (self, count == 1) {
            case (.error, true): localized("1 error")
            case (.error, false): localized("\(count) errors")
            case (.warning, true): localized("1 warning")
            case (.warning, false): localized("\(count) warnings")
            case (.note, true): localized("1 note")
            case (.note, false): localized("\(count) notes")
            }
        }
    }

    public var severity: Severity
    /// The kind of finding, for scripts and tests: its raw value, such as `step.no-executor`,
    /// is the stable id they see.
    public var code: Code
    /// What is wrong, in one sentence.
    public var message: String
    /// How to fix it, or nil where there is nothing to do.
    public var hint: String?
    /// Which part of the SOP the finding is about.
    public var place: Place?
    /// "step 3", "role kepala", "identity": the place as a reader names it.
    public var subject: String?
    /// Where in the source file, when the SOP was read from one.
    public var location: SourceLocation?

    public init(
        _ severity: Severity, _ code: Code, _ message: Message, hint: Message? = nil,
        place: Place? = nil, subject: String? = nil, location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message.text
        self.hint = hint?.text
        self.place = place
        self.subject = subject
        self.location = location
    }

    /// `file:3:5: error: step 3: message (hint)`, the form compilers use, so that editors
    /// can jump to it.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.label): "
        if let subject { text += "\(subject): " }
        text += message
        if let hint { text += localized("\n  hint: \(hint)") }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    public func count(of severity: Diagnostic.Severity) -> Int {
        filter { $0.severity == severity }.count
    }
}
