import Foundation

/// The Waktu cell of a step's Mutu Baku: how long the step should take.
///
/// Real documents write `1 jam`, `1 jam 30 menit`, `1-2 jam`, `3 hari kerja`, `Sesuai
/// kebutuhan` or nothing at all. The text is kept exactly as written, so that a document
/// prints back in its own style; `amount` is what it means.
public struct StandardTime: Hashable, Sendable, CustomStringConvertible {
    public enum Amount: Hashable, Sendable {
        /// A single standard time.
        case fixed(WorkDuration)
        /// A range such as `1-2 jam`: both ends are kept, in the order written, so that one
        /// that ends before it starts (`3-1 jam`) reaches the checker as the author wrote it.
        case range(WorkDuration, WorkDuration)
        /// "Sesuai kebutuhan": a known unknown, never zero.
        case asNeeded
        /// A blank cell: also a known unknown.
        case unspecified
        /// Text that does not read as a time; the error says where and why.
        case unreadable(DurationError)
    }

    public let amount: Amount
    /// The cell as written, trimmed of surrounding white space.
    public let text: String

    /// Reads a Waktu cell; never fails, since a draft may hold anything (see `Amount.unreadable`).
    public init(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        self.text = trimmed
        do {
            self.amount = try DurationParser.parseStandardTime(trimmed)
        } catch {
            self.amount = .unreadable(error)
        }
    }

    /// A standard time for a computed amount, written in the document's style.
    public init(_ duration: WorkDuration, style: DurationStyle = .indonesian) {
        self.amount = .fixed(duration)
        self.text = duration.formatted(style)
    }

    public static let unspecified = StandardTime("")

    /// Whether the text is in the short form scripts use (`90m`, `1.5h`, `1h30m`, `2d`, `1-2h`)
    /// rather than in words: a time that reads, every unit of it one of the short letters.
    public var isShortForm: Bool {
        switch amount {
        case .fixed, .range: break
        case .asNeeded, .unspecified, .unreadable: return false
        }
        let units = text.lowercased().split { !$0.isLetter }
        return !units.isEmpty && units.allSatisfy { Self.shortUnits.contains(String($0)) }
    }

    private static let shortUnits: Set<String> = ["m", "h", "d", "w", "mo"]

    /// The time as a document writes it: a time in short form (`90m`, `1h30m`, `1-2h`) written
    /// in `style`'s words (`1 jam 30 menit`, `1-2 jam`), with the same amount; any other time
    /// as it is, its text exactly as written.
    public func inDocumentStyle(_ style: DurationStyle) -> StandardTime {
        guard isShortForm else { return self }
        switch amount {
        case .fixed(let duration):
            return StandardTime(duration, style: style)
        case .range(let low, let high):
            let ends = [low.formatted(style), high.formatted(style)]
            let parts = ends.map { $0.split(separator: " ", maxSplits: 1).map(String.init) }
            // `1-2 jam` when both ends are a number of the same unit, else `30 menit - 1 jam`.
            if parts.allSatisfy({ $0.count == 2 && !$0[1].contains(where: \.isNumber) }), parts[0][1] == parts[1][1] {
                return StandardTime("\(parts[0][0])-\(parts[1][0]) \(parts[0][1])")
            }
            return StandardTime("\(ends[0]) - \(ends[1])")
        case .asNeeded, .unspecified, .unreadable:
            return self
        }
    }

    /// The time to plan with: the upper end of a range, nil when the time is not known.
    public var upperBound: WorkDuration? {
        switch amount {
        case .fixed(let duration): duration
        case .range(_, let high): high
        case .asNeeded, .unspecified, .unreadable: nil
        }
    }

    /// The lower end of a range, or the fixed time; nil when the time is not known.
    public var lowerBound: WorkDuration? {
        switch amount {
        case .fixed(let duration): duration
        case .range(let low, _): low
        case .asNeeded, .unspecified, .unreadable: nil
        }
    }

    public var description: String { text }
}

/// Why a duration did not read, and at which character (1-based) of the text.
public struct DurationError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public var column: Int

    public init(message: Message, column: Int) {
        self.message = message.text
        self.column = column
    }

    public var description: String { localized("column \(column): \(message)") }
}
