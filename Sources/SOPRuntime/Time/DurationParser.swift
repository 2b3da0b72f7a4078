import Foundation

/// Reads durations in the forms SOP documents use (`15 menit`, `1 jam 30 menit`, `1-2 jam`,
/// `1 hari`, `3 hari kerja`, `1 minggu`, `2 bulan`, `Sesuai kebutuhan`) and the short forms
/// scripts use (`90m`, `1.5h`, `2d`, `1h30m`, `1w`). Decimal commas (`1,5 jam`) are
/// Indonesian usage and read like points.
public enum DurationParser {
    /// Reads a single duration such as `1 jam 30 menit` or `1h30m`.
    public static func parse(_ text: String) throws(DurationError) -> WorkDuration {
        var scanner = Scanner(text)
        guard let duration = try scanner.duration(allowBareNumber: false) else {
            throw DurationError(message: "expected a duration such as 1 jam, 30 menit or 1h30m", column: scanner.column)
        }
        try scanner.expectEnd()
        return duration.duration
    }

    /// Reads a Waktu cell: a duration, a range, "Sesuai kebutuhan" or blank.
    static func parseStandardTime(_ text: String) throws(DurationError) -> StandardTime.Amount {
        let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if folded.isEmpty || folded == "-" || folded == "–" { return .unspecified }
        if asNeededPhrases.contains(folded) { return .asNeeded }
        var scanner = Scanner(text)
        guard let first = try scanner.duration(allowBareNumber: true) else {
            throw DurationError(
                message: "expected a time such as 1 jam, 1-2 jam or Sesuai kebutuhan", column: scanner.column)
        }
        if scanner.skipRangeSeparator() {
            guard let high = try scanner.duration(allowBareNumber: false) else {
                throw DurationError(message: "expected the upper end of the range, such as 2 jam", column: scanner.column)
            }
            try scanner.expectEnd()
            let low = first.unit.map { _ in first.duration } ?? high.unit!.amount(first.number)
            return .range(low, high.duration)
        }
        guard first.unit != nil else {
            throw DurationError(message: "a number needs a unit: menit, jam, hari, minggu or bulan", column: scanner.column)
        }
        try scanner.expectEnd()
        return .fixed(first.duration)
    }

    static let asNeededPhrases: Set<String> = [
        "sesuai kebutuhan", "sesuai keperluan", "as needed", "menyesuaikan", "tentatif",
    ]
}

/// The units a duration may be written in, with every spelling the parser accepts.
enum DurationUnit: CaseIterable {
    case second, minute, hour, day, week, month

    /// Spellings, longest first so that `hari kerja` wins over `hari` and `mnt` over `m`.
    static let spellings: [(String, DurationUnit)] = [
        ("hari kerja", .day), ("detik", .second), ("menit", .minute), ("minggu", .week),
        ("bulan", .month), ("jam", .hour), ("hari", .day), ("mnt", .minute), ("min", .minute),
        ("bln", .month), ("hk", .day), ("mg", .week), ("mo", .month),
        ("s", .second), ("m", .minute), ("h", .hour), ("j", .hour), ("d", .day), ("w", .week),
    ]

    func amount(_ number: Double) -> WorkDuration {
        switch self {
        case .second: .minutes(number / 60)
        case .minute: .minutes(number)
        case .hour: .hours(number)
        case .day: .days(number)
        case .week: .days(number * WorkDuration.daysPerWeek)
        case .month: .days(number * WorkDuration.daysPerMonth)
        }
    }
}

/// A cursor over the characters of a duration, tracking the column for messages.
private struct Scanner {
    let characters: [Character]
    var position = 0

    init(_ text: String) { characters = Array(text.lowercased()) }

    var column: Int { position + 1 }

    /// A parsed duration: one or more number-unit pairs. A lone number (the `1` of `1-2 jam`)
    /// comes back with no unit when `allowBareNumber` is set.
    struct Parsed {
        var duration: WorkDuration
        var number: Double
        var unit: DurationUnit?
    }

    mutating func duration(allowBareNumber: Bool) throws(DurationError) -> Parsed? {
        skipSpaces()
        guard let firstNumber = number() else { return nil }
        var total = WorkDuration.zero
        var lastNumber = firstNumber
        var sawUnit = false
        while true {
            skipSpaces()
            guard let unit = unit() else {
                if !sawUnit, allowBareNumber, atRangeSeparator() {
                    return Parsed(duration: total, number: lastNumber, unit: nil)
                }
                if position < characters.count, characters[position].isLetter {
                    throw DurationError(
                        message: "unknown unit '\(word())': use menit, jam, hari, hari kerja, minggu or bulan (or m, h, d, w)",
                        column: column)
                }
                throw DurationError(message: "expected a unit after \(format(lastNumber)): menit, jam, hari, minggu or bulan", column: column)
            }
            total = total + unit.amount(lastNumber)
            sawUnit = true
            skipSpaces()
            guard let next = number() else {
                return Parsed(duration: total, number: lastNumber, unit: unit)
            }
            lastNumber = next
        }
    }

    mutating func number() -> Double? {
        let start = position
        var text = ""
        while position < characters.count {
            let character = characters[position]
            if character.isASCII, character.isNumber {
                text.append(character)
            } else if (character == "." || character == ","), !text.isEmpty, !text.contains("."),
                      position + 1 < characters.count, characters[position + 1].isASCII,
                      characters[position + 1].isNumber {
                text.append(".")
            } else {
                break
            }
            position += 1
        }
        guard let value = Double(text), value.isFinite, value < 1e9 else {
            position = start
            return nil
        }
        return value
    }

    mutating func unit() -> DurationUnit? {
        for (spelling, unit) in DurationUnit.spellings where matches(spelling) {
            position += spelling.count
            return unit
        }
        return nil
    }

    /// Whether `spelling` stands at the cursor as a whole word (not the start of a longer one).
    func matches(_ spelling: String) -> Bool {
        let word = Array(spelling)
        guard position + word.count <= characters.count,
              Array(characters[position..<position + word.count]) == word else { return false }
        let after = position + word.count
        return after == characters.count || !characters[after].isLetter
    }

    func atRangeSeparator() -> Bool {
        var copy = self
        return copy.skipRangeSeparator()
    }

    mutating func skipRangeSeparator() -> Bool {
        skipSpaces()
        for separator in ["-", "–", "—", "s.d.", "s.d", "s/d", "sampai", "sd", "to"] where matches(separator) || (separator.count == 1 && position < characters.count && characters[position] == Character(separator)) {
            position += separator.count
            return true
        }
        return false
    }

    mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    mutating func expectEnd() throws(DurationError) {
        skipSpaces()
        if position < characters.count {
            throw DurationError(message: "unexpected '\(word())' after the duration", column: column)
        }
    }

    func word() -> String {
        var end = position
        while end < characters.count, !characters[end].isWhitespace { end += 1 }
        return String(characters[position..<max(end, position + 1)])
    }

    func format(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }
}
