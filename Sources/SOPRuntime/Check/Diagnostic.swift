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
    }

    public var severity: Severity
    /// A stable id for the kind of finding, such as `step.no-executor`, for scripts and tests.
    public var code: String
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
        _ severity: Severity, _ code: String, _ message: String, hint: String? = nil,
        place: Place? = nil, subject: String? = nil, location: SourceLocation? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.hint = hint
        self.place = place
        self.subject = subject
        self.location = location
    }

    /// `file:3:5: error: step 3: message (hint)`, the form compilers use, so that editors
    /// can jump to it.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): "
        if let subject { text += "\(subject): " }
        text += message
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    public func count(of severity: Diagnostic.Severity) -> Int {
        filter { $0.severity == severity }.count
    }
}
