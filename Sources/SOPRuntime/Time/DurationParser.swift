/// Reads durations in the forms SOP documents use (`15 menit`, `1 jam 30 menit`, `1-2 jam`,
/// `1 hari`, `3 hari kerja`, `1 minggu`, `2 bulan`, `Sesuai kebutuhan`) and the short forms
/// scripts use (`90m`, `1.5h`, `2d`, `1h30m`, `1w`). Decimal commas (`1,5 jam`) are
/// Indonesian usage and read like points. Reading is case-insensitive and a single pass over
/// the text; whatever does not read throws a `DurationError` naming the character at fault.
public enum DurationParser {
    /// Reads a single duration such as `1 jam 30 menit` or `1h30m`.
    public static func parse(_ text: String) throws(DurationError) -> WorkDuration {
        var reader = DurationReader(text, examples: localized("30 menit, 1 jam 30 menit or 1h30m"))
        let duration = try reader.duration().value
        try reader.expectEnd()
        return duration
    }

    /// Reads a Waktu cell: a duration, a range, "Sesuai kebutuhan" or blank.
    ///
    /// A range whose low end is a bare number (`1-2 jam`) takes the unit of the high end. A
    /// range that ends before it starts (`3-1 jam`) is kept as written, so that the checker can
    /// show the document's own text when it reports it.
    static func parseStandardTime(_ text: String) throws(DurationError) -> StandardTime.Amount {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if words.isEmpty || blankMarks.contains(words) { return .unspecified }
        if asNeededPhrases.contains(words) { return .asNeeded }
        var reader = DurationReader(text, examples: localized("30 menit, 1 jam, 1-2 jam or Sesuai kebutuhan"))
        if let low = try reader.bareNumberOpeningRange() {
            let high = try reader.rangeEnd()
            return .range(high.largestUnit.amount(low), high.value)
        }
        let low = try reader.duration().value
        guard reader.skipRangeSeparator() else {
            try reader.expectEnd()
            return .fixed(low)
        }
        return .range(low, try reader.rangeEnd().value)
    }

    /// What a cell holds when the author left the time out on purpose.
    static let blankMarks: Set<String> = ["-", "–", "—"]

    static let asNeededPhrases: Set<String> = [
        "sesuai kebutuhan", "sesuai keperluan", "as needed", "menyesuaikan", "tentatif"
    ]
}

/// The units a duration may be written in, smallest first, with every spelling the parser accepts.
enum DurationUnit: Int, Comparable {
    case minute, hour, day, week, month

    static let spellings: [String: DurationUnit] = [
        "menit": .minute, "mnt": .minute, "min": .minute, "m": .minute,
        "jam": .hour, "j": .hour, "h": .hour,
        "hari": .day, "hr": .day, "hk": .day, "d": .day,
        "minggu": .week, "mgg": .week, "mg": .week, "w": .week,
        "bulan": .month, "bln": .month, "mo": .month
    ]

    /// The word documents use, for messages.
    var name: String {
        switch self {
        case .minute: "menit"
        case .hour: "jam"
        case .day: "hari"
        case .week: "minggu"
        case .month: "bulan"
        }
    }

    func amount(_ number: Double) -> WorkDuration {
        switch self {
        case .minute: .minutes(number)
        case .hour: .hours(number)
        case .day: .days(number)
        case .week: .days(number * WorkDuration.daysPerWeek)
        case .month: .days(number * WorkDuration.daysPerMonth)
        }
    }

    static func < (lhs: DurationUnit, rhs: DurationUnit) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A cursor over the characters of a duration. Columns count characters as a reader sees
/// them (grapheme clusters), from 1.
private struct DurationReader {
    /// The text with ASCII letters lowered, one element per character of the original, so
    /// that positions stay the user's columns.
    let characters: [Character]
    /// Forms to suggest when the text does not start like a duration.
    let examples: String
    var position = 0

    /// Numbers above this are slips of the keyboard, not standard times; refusing them keeps
    /// every sum and every printed value exact.
    static let largestNumber = 999_999.0

    init(_ text: String, examples: String) {
        characters = text.map { $0.isASCII ? Character($0.lowercased()) : $0 }
        self.examples = examples
    }

    var current: Character? { position < characters.count ? characters[position] : nil }

    /// One or more number-unit pairs, largest unit first: `2 hari 3 jam`, `1h30m`.
    mutating func duration() throws(DurationError) -> (value: WorkDuration, largestUnit: DurationUnit) {
        skipSpaces()
        guard let first = try number() else { throw notANumber() }
        var unit = try unit(after: first, following: nil)
        let largest = unit
        var total = unit.amount(first.value)
        skipSpaces()
        while let next = try number() {
            unit = try self.unit(after: next, following: unit)
            total = total + unit.amount(next.value)
            skipSpaces()
        }
        return (total, largest)
    }

    /// The `1` of `1-2 jam`: a number with no unit, followed by a range separator (which is
    /// skipped). Leaves the cursor where it was when the text does not start that way.
    mutating func bareNumberOpeningRange() throws(DurationError) -> Double? {
        let start = position
        skipSpaces()
        if let number = try number() {
            skipSpaces()
            if skipRangeSeparator() { return number.value }
        }
        position = start
        return nil
    }

    /// The upper end of a range, after its separator, up to the end of the text.
    mutating func rangeEnd() throws(DurationError) -> (value: WorkDuration, largestUnit: DurationUnit) {
        skipSpaces()
        guard current != nil else {
            throw DurationError(message: "the range has no upper end: write both ends, such as 1-2 jam", column: position + 1)
        }
        let high = try duration()
        try expectEnd()
        return high
    }

    /// A number in plain digits with an optional decimal point or comma (`1.5`, `1,5`); nil
    /// when the cursor is not at a digit.
    mutating func number() throws(DurationError) -> (value: Double, text: String)? {
        let start = position
        var text = ""
        var sawPoint = false
        while let character = current {
            if character.isDigit {
                text.append(character)
            } else if character == "." || character == ",", !sawPoint, !text.isEmpty,
                position + 1 < characters.count, characters[position + 1].isDigit
            {
                text.append(".")
                sawPoint = true
            } else {
                break
            }
            position += 1
        }
        guard !text.isEmpty else { return nil }
        let written = excerpt(from: start, to: position)
        guard let value = Double(text), value <= Self.largestNumber else {
            throw DurationError(
                message: "\(written) is too large for a standard time: write a larger unit instead, such as hari or bulan",
                column: start + 1)
        }
        return (value, written)
    }

    /// The unit after `number`, smaller than the `previous` unit of the same duration. A
    /// following `kerja` (`3 hari kerja`, `8 jam kerja`) is part of the unit.
    mutating func unit(after number: (value: Double, text: String), following previous: DurationUnit?) throws(DurationError) -> DurationUnit
    {
        skipSpaces()
        let start = position
        let word = letters()
        guard !word.isEmpty else { throw missingUnit(after: number.text, following: previous) }
        guard let unit = DurationUnit.spellings[word] else { throw unknownUnit(word, at: start) }
        if let previous, unit >= previous {
            let problem: Message = unit == previous ? "\(unit.name) is written twice" : "\(unit.name) cannot follow \(previous.name)"
            throw DurationError(
                message: "\(problem): write each unit once, largest first, such as 1 jam 30 menit", column: start + 1)
        }
        let afterUnit = position
        skipSpaces()
        if letters() != "kerja" { position = afterUnit }
        return unit
    }

    /// Skips `-`, `–`, `—`, `s.d.`, `s/d`, `sd`, `sampai (dengan)` or `hingga`, and the spaces
    /// after it; false, with the cursor unmoved, when none stands at the cursor.
    mutating func skipRangeSeparator() -> Bool {
        let start = position
        skipSpaces()
        if let mark = current, "-–—".contains(mark) {
            position += 1
        } else if skip("s.d.") || skip("s.d") || skip("s/d") {
            // symbols end themselves; no word boundary is needed
        } else {
            switch letters() {
            case "sd", "hingga":
                break
            case "sampai":
                let afterSampai = position
                skipSpaces()
                if letters() != "dengan" { position = afterSampai }
            default:
                position = start
                return false
            }
        }
        skipSpaces()
        return true
    }

    mutating func expectEnd() throws(DurationError) {
        skipSpaces()
        guard current != nil else { return }
        throw DurationError(
            message:
                "unexpected '\(wordExcerpt())' after the time: a time is only numbers and units, such as 1 jam 30 menit; notes belong in Keterangan",
            column: position + 1)
    }

    // MARK: - Errors that say what to write instead

    func notANumber() -> DurationError {
        let column = position + 1
        guard let character = current else {
            return DurationError(message: "the time is empty: write one such as \(examples)", column: column)
        }
        let next = position + 1 < characters.count ? characters[position + 1] : nil
        if character == "-", next?.isDigit == true {
            return DurationError(message: "a time cannot be negative: write it without the minus sign", column: column)
        }
        if character == "." || character == ",", next?.isDigit == true {
            return DurationError(message: "write a zero before the decimal point, such as 0,5 jam", column: column)
        }
        let word = wordExcerpt()
        if DurationUnit.spellings[word] != nil {
            return DurationError(message: "'\(word)' needs a number before it, such as 1 \(word)", column: column)
        }
        if let digits = Self.numberWords[word] {
            return DurationError(message: "write the number in digits: \(digits) instead of '\(word)'", column: column)
        }
        if word.hasPrefix("se"), let unit = DurationUnit.spellings[String(word.dropFirst(2))] {
            return DurationError(message: "write the number in digits: 1 \(unit.name) instead of '\(word)'", column: column)
        }
        return DurationError(message: "expected a number, not '\(word)': write a time such as \(examples)", column: column)
    }

    func missingUnit(after number: String, following previous: DurationUnit?) -> DurationError {
        if current == "/" {
            return DurationError(message: "fractions are not read: write a decimal, such as 0,5 jam", column: position + 1)
        }
        let suggestion =
            previous.flatMap { DurationUnit(rawValue: $0.rawValue - 1) }
            .map { "\(number) \($0.name)" } ?? localized("\(number) menit, \(number) jam or \(number) hari")
        return DurationError(message: "\(number) needs a unit: write \(suggestion)", column: position + 1)
    }

    func unknownUnit(_ word: String, at start: Int) -> DurationError {
        if word == "e", current?.isDigit == true || current == "+" || current == "-" {
            return DurationError(message: "exponents are not read: write the number in plain digits, such as 1000", column: start + 1)
        }
        let shown = excerpt(from: start, to: position)
        let names = ["menit", "jam", "hari", "minggu", "bulan"]
        let guess = word.count > 20 ? nil : EditDistance.suggestions(for: word, among: names, limit: 1).first
        let message: Message =
            guess.map {
                "unknown unit '\(shown)': did you mean \($0)? write menit, jam, hari, hari kerja, minggu or bulan (short: m, h, d, w)"
            }
            ?? "unknown unit '\(shown)': write menit, jam, hari, hari kerja, minggu or bulan (short: m, h, d, w)"
        return DurationError(message: message, column: start + 1)
    }

    // MARK: - Characters

    mutating func skipSpaces() {
        while current?.isWhitespace == true { position += 1 }
    }

    /// Consumes the run of letters at the cursor.
    mutating func letters() -> String {
        let start = position
        while current?.isLetter == true { position += 1 }
        return String(characters[start..<position])
    }

    mutating func skip(_ literal: String) -> Bool {
        let end = position + literal.count
        guard end <= characters.count, characters[position..<end].elementsEqual(literal) else { return false }
        position = end
        return true
    }

    /// The text from the cursor to the next space, for messages.
    func wordExcerpt() -> String {
        var end = position + 1
        while end < characters.count, !characters[end].isWhitespace, end - position <= Self.excerptLength { end += 1 }
        return excerpt(from: position, to: end)
    }

    /// Characters `start..<end`, shortened so that a message never repeats a huge input.
    func excerpt(from start: Int, to end: Int) -> String {
        let shown = String(characters[start..<min(end, start + Self.excerptLength)])
        return end - start > Self.excerptLength ? shown + "…" : shown
    }

    static let excerptLength = 24

    /// Numbers written as words (`dua jam`), which documents sometimes do, and their digits.
    static let numberWords = [
        "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
        "delapan": "8", "sembilan": "9", "sepuluh": "10", "setengah": "0,5"
    ]
}

extension Character {
    fileprivate var isDigit: Bool { ("0"..."9").contains(self) }
}
