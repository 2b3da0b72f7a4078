/// An amount of working time.
///
/// Clock time (minutes and hours) and working days (hari, minggu, bulan) are kept apart,
/// because how long a working day is depends on the calendar in use: 7.5 hours on the
/// default office calendar, 24 hours round the clock. A week is five working days and a
/// month twenty-one, as the standard's users count them.
public struct WorkDuration: Hashable, Sendable {
    /// The clock-time part, in minutes.
    public var minutes: Double
    /// The working-days part.
    public var days: Double

    public init(minutes: Double = 0, days: Double = 0) {
        self.minutes = minutes
        self.days = days
    }

    public static let zero = WorkDuration()
    /// Working days in a week (minggu).
    public static let daysPerWeek = 5.0
    /// Working days in a month (bulan).
    public static let daysPerMonth = 21.0
    /// Working hours in a day of the default office calendar (37.5 hours over 5 days).
    public static let defaultHoursPerDay = 7.5

    public static func minutes(_ value: Double) -> WorkDuration { WorkDuration(minutes: value) }
    public static func hours(_ value: Double) -> WorkDuration { WorkDuration(minutes: value * 60) }
    public static func days(_ value: Double) -> WorkDuration { WorkDuration(days: value) }

    /// The whole amount in minutes, given how many working hours a day has.
    public func totalMinutes(hoursPerDay: Double = defaultHoursPerDay) -> Double {
        minutes + days * hoursPerDay * 60
    }

    /// The whole amount in hours, given how many working hours a day has.
    public func totalHours(hoursPerDay: Double = defaultHoursPerDay) -> Double {
        totalMinutes(hoursPerDay: hoursPerDay) / 60
    }

    public static func + (lhs: WorkDuration, rhs: WorkDuration) -> WorkDuration {
        WorkDuration(minutes: lhs.minutes + rhs.minutes, days: lhs.days + rhs.days)
    }

    public static func * (lhs: WorkDuration, factor: Double) -> WorkDuration {
        WorkDuration(minutes: lhs.minutes * factor, days: lhs.days * factor)
    }
}
