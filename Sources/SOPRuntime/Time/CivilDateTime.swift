/// A wall-clock date and time as an office calendar shows it: no time zone, minute
/// resolution. Cases and simulations run on this clock; calendars decide which of its
/// minutes are working time.
public struct CivilDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes since 1970-01-01 00:00.
    public var minutes: Double

    public init(minutes: Double) {
        self.minutes = minutes
    }

    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (1...9999).contains(year)
        else { return nil }
        minutes = Double(Self.daysSinceEpoch(year: year, month: month, day: day) * 1440 + hour * 60 + minute)
    }

    /// Reads `2026-03-02`, `2026-03-02T08:30` or `2026-03-02 08:30`: a year of four digits, a
    /// month and a day of one or two (as a calendar file's `tanggal`), an hour of one or two
    /// digits and minutes of two (as its working intervals). Nothing else reads, so that a slip
    /// such as `2026-03-02T8:5` (8:05 or 8:50?) or `26-03-02` is refused rather than guessed.
    public init?(_ text: String) {
        func number(_ piece: Substring, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(piece.count), piece.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(piece)
        }
        let separator = text.firstIndex { $0 == "T" || $0 == " " }
        let date = text[..<(separator ?? text.endIndex)].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, let year = number(date[0], digits: 4...4), let month = number(date[1], digits: 1...2),
            let day = number(date[2], digits: 1...2)
        else { return nil }
        var hour = 0
        var minute = 0
        if let separator {
            let time = text[text.index(after: separator)...].split(separator: ":", omittingEmptySubsequences: false)
            guard time.count == 2, let h = number(time[0], digits: 1...2), let m = number(time[1], digits: 2...2) else { return nil }
            hour = h
            minute = m
        }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute)
    }

    public struct Components: Hashable, Sendable {
        public var year, month, day, hour, minute: Int
        /// 1 = Monday … 7 = Sunday (ISO 8601).
        public var weekday: Int
    }

    public var components: Components {
        let totalMinutes = Int(minutes.rounded(.down))
        var days = totalMinutes / 1440
        var minuteOfDay = totalMinutes % 1440
        if minuteOfDay < 0 {
            minuteOfDay += 1440
            days -= 1
        }
        let (year, month, day) = Self.civil(fromDays: days)
        let weekday = ((days % 7) + 7 + 3) % 7 + 1  // 1970-01-01 was a Thursday
        return Components(year: year, month: month, day: day, hour: minuteOfDay / 60, minute: minuteOfDay % 60, weekday: weekday)
    }

    /// The day this moment falls on, as days since 1970-01-01.
    public var day: Int { Int((minutes / 1440).rounded(.down)) }

    /// Minutes since midnight.
    public var minuteOfDay: Double { minutes - Double(day) * 1440 }

    /// `2026-03-02T08:30`.
    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute))"
    }

    /// `Mon 2 Mar 2026 08:30` (`Sen 2 Mar 2026 08:30` in Indonesian), for people to read.
    public var shown: String {
        let c = components
        return "\(shownDate) \(pad(c.hour)):\(pad(c.minute))"
    }

    /// `Mon 2 Mar 2026`: the day alone.
    public var shownDate: String {
        let c = components
        return "\(Self.dayName(c.weekday - 1)) \(c.day) \(Self.monthName(c.month - 1)) \(c.year)"
    }

    /// The short name of a weekday, Monday first (0), in the session's language.
    public static func dayName(_ index: Int) -> String { localized(Message(catalogued: dayNames[index])) }

    /// The short name of a month, January first (0), in the session's language.
    public static func monthName(_ index: Int) -> String { localized(Message(catalogued: monthNames[index])) }

    public static let dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool { lhs.minutes < rhs.minutes }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
