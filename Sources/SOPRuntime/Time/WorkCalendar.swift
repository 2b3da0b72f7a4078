/// Which minutes of the wall clock are working time, and so when work started at some moment
/// is done: an SOP's `8 jam` started on Monday afternoon finishes on Tuesday, not at midnight.
///
/// Offices differ (domain.md, "Working time"), so the calendar is data: working intervals per
/// weekday, closed days (national holidays and *cuti bersama*), or round the clock. A
/// simulation asks it millions of times, so the week is laid out once (`Timetable`) and every
/// question costs in proportion to the days it crosses, with whole weeks skipped in one step.
///
/// Two calendars are equal when they give the same working time: intervals listed unsorted,
/// or closed weekdays listed as empty, do not make a difference.
public struct WorkCalendar: Hashable, Sendable {
    /// A working interval of one day, in minutes from midnight (start < end).
    public struct Interval: Hashable, Sendable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }

    /// Working intervals per ISO weekday (1 = Monday … 7 = Sunday), sorted, not overlapping;
    /// a day without intervals is closed. Intervals outside the day are clipped to it and
    /// overlapping ones merged before any arithmetic.
    public var week: [Int: [Interval]] { didSet { timetable = Timetable(week: week, holidays: holidays) } }
    /// Closed days (national holidays, cuti bersama): day number (`CivilDateTime.day`) → name.
    public var holidays: [Int: String] { didSet { timetable = Timetable(week: week, holidays: holidays) } }
    /// Round the clock: every minute is working time and a working day is 24 hours (week and
    /// holidays ignored).
    public var isRoundTheClock: Bool

    /// The week and holidays laid out for arithmetic; rebuilt whenever they change.
    private(set) var timetable: Timetable

    public init(week: [Int: [Interval]], holidays: [Int: String] = [:], isRoundTheClock: Bool = false) {
        self.week = week
        self.holidays = holidays
        self.isRoundTheClock = isRoundTheClock
        self.timetable = Timetable(week: week, holidays: holidays)
    }

    /// The common office calendar of domain.md: Mon–Thu 07:30–16:00 with a break 12:00–13:00,
    /// Fri 07:30–16:30 with a break 11:30–13:00, closed on weekends: 37.5 hours a week.
    public static let office: WorkCalendar = {
        let monToThu = [Interval(start: 7 * 60 + 30, end: 12 * 60), Interval(start: 13 * 60, end: 16 * 60)]
        let friday = [Interval(start: 7 * 60 + 30, end: 11 * 60 + 30), Interval(start: 13 * 60, end: 16 * 60 + 30)]
        return WorkCalendar(week: [1: monToThu, 2: monToThu, 3: monToThu, 4: monToThu, 5: friday])
    }()

    public static let roundTheClock = WorkCalendar(week: [:], isRoundTheClock: true)

    /// The last minute the clock shows (9999-12-31 23:59): when work that can never be done
    /// (a calendar without working time, an endless amount) would be done.
    static let never = CivilDateTime(year: 9999, month: 12, day: 31, hour: 23, minute: 59)!

    /// Working hours in an average working day (weekly hours / working days: 7.5 for
    /// `office`, 24 round the clock): what "1 hari" means. Zero for a calendar without
    /// working days.
    public var hoursPerDay: Double {
        if isRoundTheClock { return 24 }
        let workingDays = timetable.dayMinutes.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        return workingDays == 0 ? 0 : timetable.weekMinutes / Double(workingDays) / 60
    }

    public func isWorking(at time: CivilDateTime) -> Bool {
        if isRoundTheClock { return true }
        let day = time.day
        let minute = time.minuteOfDay
        guard !timetable.isHoliday(day) else { return false }
        let weekday = Timetable.weekdayIndex(of: day)
        for slot in timetable.slots(of: weekday) where timetable.starts[slot] <= minute && minute < timetable.ends[slot] {
            return true
        }
        return false
    }

    /// The first working moment at or after `time` (itself if it is working time; the end of
    /// an interval does not count as working).
    public func nextWorkingMoment(atOrAfter time: CivilDateTime) -> CivilDateTime {
        if isRoundTheClock { return time }
        guard timetable.weekMinutes > 0 else { return Self.never }
        var day = time.day
        var from = time.minuteOfDay
        var holiday = timetable.firstHoliday(atOrAfter: day)
        while true {
            if !timetable.isHoliday(day, cursor: &holiday) {
                for slot in timetable.slots(of: Timetable.weekdayIndex(of: day)) where from < timetable.ends[slot] {
                    if from >= timetable.starts[slot] { return time }
                    return CivilDateTime(minutes: Double(day) * 1440 + timetable.starts[slot])
                }
            }
            day += 1
            from = 0
        }
    }

    /// When `minutes` of work started at `start` are done: work only advances in working time;
    /// work that ends exactly at the end of an interval ends there (12:00, not 13:00); zero
    /// (or negative) minutes gives `start` unchanged.
    public func adding(workMinutes minutes: Double, to start: CivilDateTime) -> CivilDateTime {
        guard minutes > 0 else { return start }
        if isRoundTheClock {
            let end = start.minutes + minutes
            return end < Self.never.minutes ? CivilDateTime(minutes: end) : Self.never
        }
        let table = timetable
        let weekMinutes = table.weekMinutes
        guard weekMinutes > 0 else { return Self.never }
        // Differences below this are rounding, not work: 90 minutes from 10:30 end at 12:00.
        let tolerance = 1e-9
        var remaining = minutes
        var day = start.day
        var from = start.minuteOfDay
        var holiday = table.firstHoliday(atOrAfter: day)
        while true {
            let weekday = Timetable.weekdayIndex(of: day)
            if !table.isHoliday(day, cursor: &holiday) {
                if from == 0, remaining > table.dayMinutes[weekday] + tolerance {
                    remaining -= table.dayMinutes[weekday]
                } else {
                    for slot in table.slots(of: weekday) {
                        let begin = max(table.starts[slot], from)
                        let end = table.ends[slot]
                        guard begin < end else { continue }
                        if remaining <= end - begin + tolerance {
                            return CivilDateTime(minutes: Double(day) * 1440 + begin + min(remaining, end - begin))
                        }
                        remaining -= end - begin
                    }
                }
            }
            day += 1
            from = 0
            // Far from the end: skip all but the last whole week at once, less its holidays.
            if remaining > 2 * weekMinutes {
                let weeks = (remaining / weekMinutes).rounded(.down) - 1
                guard weeks * 7 < Double(Self.never.day - day) else { return Self.never }
                let skipped = Int(weeks) * 7
                remaining -= weeks * weekMinutes - table.lostMinutes(from: day, to: day + skipped)
                day += skipped
                holiday = table.firstHoliday(atOrAfter: day)
            }
        }
    }

    /// The same for a duration: its days count `hoursPerDay` each.
    public func adding(_ duration: WorkDuration, to start: CivilDateTime) -> CivilDateTime {
        adding(workMinutes: duration.totalMinutes(hoursPerDay: hoursPerDay), to: start)
    }

    /// Working minutes between two moments (0 if end <= start).
    public func workingMinutes(from start: CivilDateTime, to end: CivilDateTime) -> Double {
        guard end > start else { return 0 }
        if isRoundTheClock { return end.minutes - start.minutes }
        return timetable.workingMinutes(before: end) - timetable.workingMinutes(before: start)
    }

    /// The start of the first working interval on the next working day strictly after
    /// `time`'s day, or today's first interval if `time` is at or before it and today is a
    /// working day: where a new case starts by default.
    public func nextWorkingMorning(after time: CivilDateTime) -> CivilDateTime {
        if isRoundTheClock {
            return time.minuteOfDay == 0 ? time : CivilDateTime(minutes: Double(time.day + 1) * 1440)
        }
        guard timetable.weekMinutes > 0 else { return Self.never }
        var day = time.day
        var holiday = timetable.firstHoliday(atOrAfter: day)
        if let first = timetable.firstStart(on: day, holidayCursor: &holiday), time.minuteOfDay <= first {
            return CivilDateTime(minutes: Double(day) * 1440 + first)
        }
        while true {
            day += 1
            if let first = timetable.firstStart(on: day, holidayCursor: &holiday) {
                return CivilDateTime(minutes: Double(day) * 1440 + first)
            }
        }
    }

    public static func == (lhs: WorkCalendar, rhs: WorkCalendar) -> Bool {
        lhs.isRoundTheClock == rhs.isRoundTheClock && lhs.holidays == rhs.holidays
            && lhs.timetable.starts == rhs.timetable.starts && lhs.timetable.ends == rhs.timetable.ends
            && lhs.timetable.firstSlot == rhs.timetable.firstSlot
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isRoundTheClock)
        hasher.combine(holidays)
        hasher.combine(timetable.starts)
        hasher.combine(timetable.ends)
        hasher.combine(timetable.firstSlot)
    }
}

/// A week's working intervals in flat arrays (Monday's first), with the sums the arithmetic
/// needs, so that the hot paths neither hash nor allocate.
struct Timetable: Sendable {
    /// Interval bounds in minutes from midnight, clipped to the day, sorted and merged.
    let starts: [Double]
    let ends: [Double]
    /// Weekday `w` (0 = Monday) owns the intervals `firstSlot[w]..<firstSlot[w + 1]`.
    let firstSlot: [Int]
    /// Working minutes of each weekday, and of the weekdays before it (index 7: the week).
    let dayMinutes: [Double]
    let minutesBeforeWeekday: [Double]
    /// Holidays that close a working weekday, sorted; `lostBefore[i]` is the working time
    /// the holidays before the i-th one take away.
    let holidayDays: [Int]
    let lostBefore: [Double]

    var weekMinutes: Double { minutesBeforeWeekday[7] }

    init(week: [Int: [WorkCalendar.Interval]], holidays: [Int: String]) {
        var starts: [Double] = []
        var ends: [Double] = []
        var firstSlot: [Int] = []
        var dayMinutes: [Double] = []
        var minutesBeforeWeekday: [Double] = [0]
        for weekday in 1...7 {
            firstSlot.append(starts.count)
            let clipped = (week[weekday] ?? [])
                .map { (max(0, $0.start), min(1440, $0.end)) }
                .filter { $0.0 < $0.1 }
                .sorted { $0.0 < $1.0 }
            var total = 0
            for (start, end) in clipped {
                if let last = ends.last, starts.count > firstSlot[weekday - 1], Double(start) <= last {
                    // Overlapping or touching: one interval.
                    let merged = max(last, Double(end))
                    total += Int(merged - last)
                    ends[ends.count - 1] = merged
                } else {
                    starts.append(Double(start))
                    ends.append(Double(end))
                    total += end - start
                }
            }
            dayMinutes.append(Double(total))
            minutesBeforeWeekday.append(minutesBeforeWeekday[weekday - 1] + Double(total))
        }
        firstSlot.append(starts.count)
        self.starts = starts
        self.ends = ends
        self.firstSlot = firstSlot
        self.dayMinutes = dayMinutes
        self.minutesBeforeWeekday = minutesBeforeWeekday
        holidayDays = holidays.keys.filter { dayMinutes[Self.weekdayIndex(of: $0)] > 0 }.sorted()
        var lost: [Double] = [0]
        for day in holidayDays { lost.append(lost[lost.count - 1] + dayMinutes[Self.weekdayIndex(of: day)]) }
        lostBefore = lost
    }

    /// 0 = Monday … 6 = Sunday; day 0 (1970-01-01) was a Thursday.
    static func weekdayIndex(of day: Int) -> Int {
        ((day + 3) % 7 + 7) % 7
    }

    func slots(of weekday: Int) -> Range<Int> { firstSlot[weekday]..<firstSlot[weekday + 1] }

    /// The index of the first closing holiday on or after `day`.
    func firstHoliday(atOrAfter day: Int) -> Int {
        var low = 0
        var high = holidayDays.count
        while low < high {
            let middle = (low + high) / 2
            if holidayDays[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func isHoliday(_ day: Int) -> Bool {
        let index = firstHoliday(atOrAfter: day)
        return index < holidayDays.count && holidayDays[index] == day
    }

    /// The same for days visited in increasing order: `cursor` moves along the holidays
    /// instead of searching them again.
    func isHoliday(_ day: Int, cursor: inout Int) -> Bool {
        while cursor < holidayDays.count, holidayDays[cursor] < day { cursor += 1 }
        return cursor < holidayDays.count && holidayDays[cursor] == day
    }

    /// When the first working interval of `day` starts; nil on a closed day.
    func firstStart(on day: Int, holidayCursor: inout Int) -> Double? {
        let slots = slots(of: Self.weekdayIndex(of: day))
        guard !slots.isEmpty, !isHoliday(day, cursor: &holidayCursor) else { return nil }
        return starts[slots.lowerBound]
    }

    /// The working time holidays take away from the days `start..<end`.
    func lostMinutes(from start: Int, to end: Int) -> Double {
        lostBefore[firstHoliday(atOrAfter: end)] - lostBefore[firstHoliday(atOrAfter: start)]
    }

    /// Working minutes from the Monday that began the week of 1970-01-01 up to `time`: the
    /// difference of two of these is the working time between two moments, in a constant
    /// number of steps however far apart they are.
    func workingMinutes(before time: CivilDateTime) -> Double {
        let day = time.day
        let weekday = Self.weekdayIndex(of: day)
        let weeks = (day - weekday + 3) / 7  // exact: day - weekday + 3 is the Monday's offset, a multiple of 7
        let holiday = firstHoliday(atOrAfter: day)
        let total = Double(weeks) * weekMinutes + minutesBeforeWeekday[weekday] - lostBefore[holiday]
        if holiday < holidayDays.count, holidayDays[holiday] == day { return total }
        let minute = time.minuteOfDay
        var today = 0.0
        for slot in slots(of: weekday) {
            guard minute > starts[slot] else { break }
            today += min(minute, ends[slot]) - starts[slot]
        }
        return total + today
    }
}
