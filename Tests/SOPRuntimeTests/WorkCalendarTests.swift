import SOPRuntime
import Testing

/// The office work calendar: when work started at some moment is done, how much working time
/// lies between two moments, where a new case starts, and the calendar file. Every expected
/// moment is worked out by hand in the comment beside it (office hours: Mon–Thu 07:30–12:00
/// and 13:00–16:00, Fri 07:30–11:30 and 13:00–16:30). 2026-03-02 is a Monday.
@Suite struct WorkCalendars {
    let office = WorkCalendar.office

    /// Office hours with 18 March (cuti bersama) and 19 March 2026 (Nyepi) closed.
    var officeWithNyepi: WorkCalendar {
        get throws {
            var calendar = WorkCalendar.office
            calendar.holidays = [try moment("2026-03-18").day: "Cuti Bersama Nyepi", try moment("2026-03-19").day: "Hari Suci Nyepi"]
            return calendar
        }
    }

    func moment(_ text: String) throws -> CivilDateTime {
        try #require(CivilDateTime(text), "\(text) is a date-time")
    }

    func adding(_ minutes: Double, to start: String, on calendar: WorkCalendar = .office) throws -> String {
        calendar.adding(workMinutes: minutes, to: try moment(start)).description
    }

    // MARK: - Adding work

    @Test func theIssuesExampleFinishesOneHourAt0830AndEightHoursOnTuesdayAt0900() throws {
        let start = try moment("2026-03-02T07:30")
        let first = office.adding(.hours(1), to: start)
        #expect(first.description == "2026-03-02T08:30")
        // Monday 08:30–12:00 is 210 minutes and 13:00–16:00 is 180: 390 of 480 are done on
        // Monday; the other 90 run from Tuesday 07:30 to 09:00.
        #expect(office.adding(.hours(8), to: first).description == "2026-03-03T09:00")
    }

    @Test(arguments: [
        // 11:00–12:00 is 60 minutes, the other 60 run from 13:00: 14:00.
        ("lunch break", 120.0, "2026-03-02T11:00", "2026-03-02T14:00"),
        // Thursday 11:00–12:00 holds the whole hour.
        ("Thursday before lunch", 60, "2026-03-05T11:00", "2026-03-05T12:00"),
        // Friday's break starts at 11:30: 30 minutes before it, 30 from 13:00.
        ("Friday's longer break", 60, "2026-03-06T11:00", "2026-03-06T13:30"),
        // Friday 15:30–16:30 is 60 minutes; the other 60 from Monday 07:30.
        ("the weekend", 120, "2026-03-06T15:30", "2026-03-09T08:30"),
        // Monday ends at 16:00 (30 minutes); 30 more from Tuesday 07:30.
        ("an evening", 60, "2026-03-02T15:30", "2026-03-03T08:00"),
        // Nothing after 16:00: all 30 minutes from Tuesday 07:30.
        ("starting in the evening", 30, "2026-03-02T18:00", "2026-03-03T08:00"),
        // 12:15 is the break: work starts at 13:00.
        ("starting inside a break", 30, "2026-03-02T12:15", "2026-03-02T13:30"),
        ("starting inside Friday's break", 30, "2026-03-06T11:45", "2026-03-06T13:30"),
        // Sunday night: work starts Monday 07:30.
        ("starting at night", 60, "2026-03-08T02:00", "2026-03-09T08:30"),
        ("starting before the office opens", 60, "2026-03-02T03:00", "2026-03-02T08:30"),
        // 10:30–12:00 is exactly 90 minutes: done at 12:00, not after the break at 13:00.
        ("ending exactly at 12:00", 90, "2026-03-02T10:30", "2026-03-02T12:00"),
        // 13:00–16:00 is exactly 180 minutes: done Monday 16:00, not Tuesday 07:30.
        ("ending exactly at 16:00", 180, "2026-03-02T13:00", "2026-03-02T16:00"),
        // Friday 13:00–16:30 is 210 minutes.
        ("ending exactly at Friday's 16:30", 210, "2026-03-06T13:00", "2026-03-06T16:30"),
        // Starting at the end of an interval is starting after the break.
        ("starting at 12:00", 60, "2026-03-02T12:00", "2026-03-02T14:00")
    ])
    func workAdvancesOnlyInWorkingTime(_ what: String, minutes: Double, start: String, end: String) throws {
        #expect(try adding(minutes, to: start) == end, "\(what)")
    }

    @Test func aFractionOfAMinuteIsKept() throws {
        let start = try moment("2026-03-02T11:59")
        // 11:59 plus 1.5 minutes: one minute to 12:00, half a minute from 13:00.
        #expect(office.adding(workMinutes: 1.5, to: start).minutes == start.minutes + 61 + 0.5)
    }

    @Test func workCrossingHolidaysResumesOnTheNextWorkingDay() throws {
        // Tuesday 17 March 15:00–16:00 is 60 minutes; Wednesday 18 and Thursday 19 are closed;
        // the other 60 run from Friday 20 March 07:30.
        #expect(try adding(120, to: "2026-03-17T15:00", on: officeWithNyepi) == "2026-03-20T08:30")
        // The same work on the plain office calendar finishes on Wednesday.
        #expect(try adding(120, to: "2026-03-17T15:00") == "2026-03-18T08:30")
    }

    @Test(arguments: ["2026-03-02T10:00", "2026-03-07T10:00", "2026-03-02T12:30", "2026-03-02T23:00"])
    func zeroWorkLeavesTheStartUnchanged(_ start: String) throws {
        let moment = try moment(start)
        #expect(office.adding(workMinutes: 0, to: moment) == moment)
        #expect(office.adding(.zero, to: moment) == moment)
        #expect(office.adding(workMinutes: -30, to: moment) == moment, "negative work is no work")
    }

    @Test func oneHariIsSevenAndAHalfHoursOnTheOfficeCalendar() throws {
        // 37.5 hours a week over five working days.
        #expect(office.hoursPerDay == 7.5)
        #expect(office.adding(.days(1), to: try moment("2026-03-02T07:30")).description == "2026-03-02T16:00")
        // From Monday 13:00: 3 hours on Monday, the other 4.5 are Tuesday 07:30–12:00.
        #expect(office.adding(.days(1), to: try moment("2026-03-02T13:00")).description == "2026-03-03T12:00")
        // 1 minggu is five working days: Monday 07:30 to Friday 16:30.
        #expect(office.adding(.days(WorkDuration.daysPerWeek), to: try moment("2026-03-02T07:30")).description == "2026-03-06T16:30")
        // 1 hari 2 jam: 9.5 hours from Monday 07:30 is Monday's 7.5 and Tuesday 07:30–09:30.
        #expect(office.adding(WorkDuration(minutes: 120, days: 1), to: try moment("2026-03-02T07:30")).description == "2026-03-03T09:30")
    }

    @Test func twoMonthsAreFortyTwoWorkingDays() throws {
        // 2 bulan is 42 working days: eight whole weeks from Monday 2 March end on Friday
        // 24 April; two more days are Monday 27 and Tuesday 28 April, which ends at 16:00.
        let start = try moment("2026-03-02T07:30")
        #expect(office.adding(.days(2 * WorkDuration.daysPerMonth), to: start).description == "2026-04-28T16:00")
    }

    @Test func twoMonthsOnThe2026CalendarSkipTheHolidaysInThem() throws {
        let calendar = try WorkCalendar.read(try Examples.text("kalender-kantor-2026.yaml"), file: nil)
        // Six working days between 2 March and 28 April are closed: 18, 19, 20, 23 and 24 March
        // (Nyepi, Idul Fitri) and 3 April (Wafat Yesus Kristus). Six more days after Tuesday
        // 28 April: 29 and 30 April, not 1 May (Hari Buruh), then 4, 5, 6 and 7 May.
        let start = try moment("2026-03-02T07:30")
        #expect(calendar.adding(.days(2 * WorkDuration.daysPerMonth), to: start).description == "2026-05-07T16:00")
    }

    @Test func aCalendarWithoutWorkingTimeNeverFinishesWork() throws {
        let closed = WorkCalendar(week: [:])
        let start = try moment("2026-03-02T07:30")
        let end = closed.adding(.hours(1), to: start)
        #expect(end > start)
        #expect(end.components.year == 9999, "the far end of the clock, not a crash or an endless loop")
        #expect(closed.hoursPerDay == 0)
        #expect(office.adding(workMinutes: .infinity, to: start).components.year == 9999)
    }

    // MARK: - Round the clock

    @Test func roundTheClockEveryMinuteWorksAndADayIs24Hours() throws {
        let clock = WorkCalendar.roundTheClock
        #expect(clock.hoursPerDay == 24)
        // Saturday 20:00 plus 8 hours is Sunday 04:00.
        #expect(clock.adding(.hours(8), to: try moment("2026-03-07T20:00")).description == "2026-03-08T04:00")
        // 1 hari from Monday 07:30 is Tuesday 07:30.
        #expect(clock.adding(.days(1), to: try moment("2026-03-02T07:30")).description == "2026-03-03T07:30")
        #expect(clock.isWorking(at: try moment("2026-03-08T03:00")))
        // Friday 22:00 to Monday 01:00 is 2 + 48 + 1 hours.
        #expect(clock.workingMinutes(from: try moment("2026-03-06T22:00"), to: try moment("2026-03-09T01:00")) == 51 * 60)
        // The next morning is the next midnight.
        #expect(clock.nextWorkingMorning(after: try moment("2026-03-06T22:00")).description == "2026-03-07T00:00")
    }

    @Test func roundTheClockIgnoresTheWeekAndTheHolidays() throws {
        var calendar = try officeWithNyepi
        calendar.isRoundTheClock = true
        // 18 March is a holiday on the office calendar; round the clock, 09:00 plus 2 hours is 11:00.
        #expect(try adding(120, to: "2026-03-18T09:00", on: calendar) == "2026-03-18T11:00")
        #expect(calendar.hoursPerDay == 24)
    }

    // MARK: - Working time between moments

    @Test(arguments: [
        // A whole Monday.
        ("2026-03-02T07:30", "2026-03-03T07:30", 450.0),
        // 11:00–12:00 and 13:00–14:00.
        ("2026-03-02T11:00", "2026-03-02T14:00", 120),
        // Friday 16:00–16:30 and Monday 07:30–08:00.
        ("2026-03-06T16:00", "2026-03-09T08:00", 60),
        // Within the break, and within a weekend.
        ("2026-03-02T12:10", "2026-03-02T12:50", 0),
        ("2026-03-07T08:00", "2026-03-08T17:00", 0),
        // A whole week: 4 × 7.5 + 7.5 hours.
        ("2026-03-02T00:00", "2026-03-09T00:00", 2250),
        // Backwards or empty.
        ("2026-03-03T09:00", "2026-03-02T09:00", 0),
        ("2026-03-02T09:00", "2026-03-02T09:00", 0)
    ])
    func workingMinutesCountOnlyWorkingTime(from start: String, to end: String, minutes: Double) throws {
        #expect(office.workingMinutes(from: try moment(start), to: try moment(end)) == minutes)
    }

    @Test func holidaysHoldNoWorkingTime() throws {
        // Tuesday 17 March 15:00 to Friday 20 March 08:30: 60 minutes on Tuesday, 60 on Friday.
        let calendar = try officeWithNyepi
        #expect(calendar.workingMinutes(from: try moment("2026-03-17T15:00"), to: try moment("2026-03-20T08:30")) == 120)
        // On the plain office calendar the two days add 2 × 450 minutes.
        #expect(office.workingMinutes(from: try moment("2026-03-17T15:00"), to: try moment("2026-03-20T08:30")) == 1020)
    }

    /// Night shifts, a Saturday morning, touching intervals and holidays: shapes the office
    /// calendar does not have.
    static var unusualCalendar: WorkCalendar {
        let nights = [WorkCalendar.Interval(start: 0, end: 360), WorkCalendar.Interval(start: 1320, end: 1440)]
        let split = [
            WorkCalendar.Interval(start: 480, end: 600), WorkCalendar.Interval(start: 600, end: 615),
            WorkCalendar.Interval(start: 900, end: 1000)
        ]
        let holidays = Dictionary(uniqueKeysWithValues: stride(from: 20_454, to: 20_900, by: 11).map { ($0, "libur \($0)") })
        return WorkCalendar(week: [1: nights, 2: split, 3: nights, 6: [WorkCalendar.Interval(start: 480, end: 720)]], holidays: holidays)
    }

    @Test(arguments: [WorkCalendar.office, unusualCalendar, WorkCalendar.roundTheClock])
    func workingMinutesUndoAdding(on calendar: WorkCalendar) {
        var random = SeededRandom(seed: 2026)
        for _ in 0..<3000 {
            // Starts anywhere from 2025 to 2028, at any fraction of a minute; up to 300,000
            // minutes of work (about three years of office time).
            let start = CivilDateTime(minutes: Double.random(in: 29_000_000...30_600_000, using: &random))
            let minutes = Double.random(in: 0...300, using: &random) * [0.01, 1, 10, 100, 1000].randomElement(using: &random)!
            let end = calendar.adding(workMinutes: minutes, to: start)
            let counted = calendar.workingMinutes(from: start, to: end)
            #expect(abs(counted - minutes) < 1e-6, "\(minutes) minutes from \(start) end at \(end) but count \(counted)")
            if minutes > 0 {
                // The last moment of the work was working time: work never ends in a break.
                #expect(
                    calendar.isWorking(at: CivilDateTime(minutes: end.minutes - 1e-4)), "\(minutes) minutes from \(start) end at \(end)")
            }
        }
    }

    // MARK: - Where work and cases start

    @Test(arguments: [
        ("2026-03-02T07:29", false), ("2026-03-02T07:30", true), ("2026-03-02T11:59", true),
        ("2026-03-02T12:00", false), ("2026-03-02T12:59", false), ("2026-03-02T13:00", true),
        ("2026-03-02T15:59", true), ("2026-03-02T16:00", false), ("2026-03-06T16:15", true),
        ("2026-03-06T11:45", false), ("2026-03-07T10:00", false), ("2026-03-08T10:00", false)
    ])
    func officeHoursAreWorkingTime(_ time: String, working: Bool) throws {
        #expect(office.isWorking(at: try moment(time)) == working)
    }

    @Test(arguments: [
        ("2026-03-02T09:00", "2026-03-02T09:00"),  // working: itself
        ("2026-03-02T12:00", "2026-03-02T13:00"),  // the end of an interval is not working
        ("2026-03-02T12:30", "2026-03-02T13:00"),  // inside the break
        ("2026-03-02T05:00", "2026-03-02T07:30"),  // before the office opens
        ("2026-03-06T16:30", "2026-03-09T07:30"),  // Friday evening: Monday
        ("2026-03-08T12:00", "2026-03-09T07:30")  // Sunday
    ])
    func theNextWorkingMomentSkipsBreaksNightsAndWeekends(_ time: String, next: String) throws {
        #expect(office.nextWorkingMoment(atOrAfter: try moment(time)).description == next)
    }

    @Test(arguments: [
        ("2026-03-02T06:00", "2026-03-02T07:30"),  // Monday before opening: this morning
        ("2026-03-02T07:30", "2026-03-02T07:30"),  // Monday at opening: now
        ("2026-03-02T10:00", "2026-03-03T07:30"),  // Monday, working: tomorrow
        ("2026-03-03T17:00", "2026-03-04T07:30"),  // Tuesday after hours
        ("2026-03-04T12:30", "2026-03-05T07:30"),  // Wednesday in the break
        ("2026-03-05T10:00", "2026-03-06T07:30"),  // Thursday
        ("2026-03-06T10:00", "2026-03-09T07:30"),  // Friday: Monday
        ("2026-03-07T10:00", "2026-03-09T07:30"),  // Saturday: Monday
        ("2026-03-08T06:00", "2026-03-09T07:30")  // Sunday morning: Monday
    ])
    func aNewCaseStartsOnTheNextWorkingMorning(_ now: String, start: String) throws {
        #expect(office.nextWorkingMorning(after: try moment(now)).description == start)
    }

    @Test func theNextWorkingMorningSkipsHolidays() throws {
        let calendar = try officeWithNyepi
        // Tuesday 17 March, working: Wednesday and Thursday are closed, so Friday.
        #expect(calendar.nextWorkingMorning(after: try moment("2026-03-17T10:00")).description == "2026-03-20T07:30")
        // Early on the holiday itself: still Friday.
        #expect(calendar.nextWorkingMorning(after: try moment("2026-03-18T06:00")).description == "2026-03-20T07:30")
        #expect(calendar.nextWorkingMoment(atOrAfter: try moment("2026-03-18T09:00")).description == "2026-03-20T07:30")
        #expect(!calendar.isWorking(at: try moment("2026-03-19T09:00")))
    }

    // MARK: - The calendar as data

    @Test func changingTheWeekChangesTheArithmetic() throws {
        var calendar = WorkCalendar.office
        calendar.week[6] = [WorkCalendar.Interval(start: 8 * 60, end: 12 * 60)]
        // Friday 16:00–16:30 is 30 minutes; the other 30 are Saturday 08:00–08:30.
        #expect(try adding(60, to: "2026-03-06T16:00", on: calendar) == "2026-03-07T08:30")
        // 41.5 hours over six days.
        #expect(abs(calendar.hoursPerDay - 41.5 / 6) < 1e-12)
    }

    @Test func calendarsWithTheSameWorkingTimeAreEqual() {
        let morning = WorkCalendar.Interval(start: 450, end: 720)
        let afternoon = WorkCalendar.Interval(start: 780, end: 960)
        let written = WorkCalendar(week: [1: [morning, afternoon], 6: []])
        let reordered = WorkCalendar(week: [1: [afternoon, morning]])
        #expect(written == reordered)
        #expect(written.hashValue == reordered.hashValue)
        #expect(written != WorkCalendar(week: [2: [morning, afternoon]]))
        #expect(written != WorkCalendar(week: [1: [morning, afternoon]], holidays: [20_514: "Nyepi"]))
    }

    @Test func theSummaryShowsEachWeekdayTheHoursAndTheHolidays() throws {
        let summary = try officeWithNyepi.summary
        let lines = summary.split(separator: "\n").map(String.init)
        #expect(lines.contains("Mon 07:30–12:00, 13:00–16:00"))
        #expect(lines.contains("Fri 07:30–11:30, 13:00–16:30"))
        #expect(lines.contains("Sat closed"))
        #expect(lines.contains("Sun closed"))
        #expect(summary.contains("37.5 working hours a week"))
        #expect(summary.contains("1 hari = 7.5 jam"))
        #expect(lines.contains { $0.contains("Thu 19 Mar 2026") && $0.contains("Hari Suci Nyepi") })
        #expect(WorkCalendar.roundTheClock.summary.contains("24 jam"))
    }
}

// MARK: - The calendar file

extension WorkCalendars {
    /// The error reading `text` throws, or nil when it reads.
    func readError(_ text: String) -> SOPReadError? {
        do {
            _ = try WorkCalendar.read(text, file: "kalender.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [WorkCalendar.office, WorkCalendar.roundTheClock, unusualCalendar])
    func whatIsWrittenReadsBackEqual(_ calendar: WorkCalendar) throws {
        let written = calendar.yaml()
        let reread = try WorkCalendar.read(written, file: nil)
        #expect(reread == calendar)
        #expect(reread.yaml() == written, "writing twice gives the same bytes")
    }

    @Test(arguments: [
        "Hari Suci Nyepi (Tahun Baru Saka 1948)", "Isra Mi'raj: \"27 Rajab\"", "# bukan komentar", "true", "2026-03-19", "",
        "Cuti bersama 🙂 é"
    ])
    func holidayNamesSurviveExactly(_ name: String) throws {
        var calendar = WorkCalendar.office
        calendar.holidays = [try moment("2026-03-19").day: name]
        let reread = try WorkCalendar.read(calendar.yaml(), file: nil)
        #expect(Array(reread.holidays[try moment("2026-03-19").day, default: "missing"].utf8) == Array(name.utf8))
    }

    @Test func theExampleIsTheOfficeWeekWith2026sHolidays() throws {
        let calendar = try WorkCalendar.read(
            try Examples.text("kalender-kantor-2026.yaml"), file: Examples.path("kalender-kantor-2026.yaml"))
        #expect(calendar.week == WorkCalendar.office.week)
        #expect(!calendar.isRoundTheClock)
        // 17 national holidays (Idul Fitri counts two days) and 8 days of cuti bersama.
        #expect(calendar.holidays.count == 25)
        #expect(calendar.holidays[try moment("2026-03-19").day] == "Hari Suci Nyepi (Tahun Baru Saka 1948)")
        #expect(!calendar.isWorking(at: try moment("2026-08-17T09:00")), "Proklamasi Kemerdekaan")
    }

    @Test func timesMayBeWrittenTheIndonesianWayAndOneIntervalAlone() throws {
        let calendar = try WorkCalendar.read(
            """
            jam_kerja:
              senin: ["07.30 – 12.00", "13:00-16:00"]
              sabtu: "08:00-12:00"
              minggu:
            sepanjang_waktu: tidak
            """, file: nil)
        #expect(calendar.week[1] == [.init(start: 450, end: 720), .init(start: 780, end: 960)])
        #expect(calendar.week[6] == [.init(start: 480, end: 720)])
        #expect(calendar.week[7] == nil)
        #expect(calendar.holidays.isEmpty)
    }

    @Test(arguments: [
        // (what, file, line, column, words of the message, words of the hint)
        ("a time past 23:59", "jam_kerja:\n  senin: [\"25:00-26:00\"]\n", 2, 11, "`25:00` in `25:00-26:00` is not a time of day", "07:30"),
        ("minutes past 59", "jam_kerja:\n  senin:\n    - \"07:30-12:75\"\n", 3, 7, "minutes run from 00 to 59", "07:30"),
        ("not an interval", "jam_kerja:\n  senin: [\"07:30\"]\n", 2, 11, "`07:30` is not a working interval", "HH:MM-HH:MM"),
        ("an interval ending before it starts", "jam_kerja:\n  senin: [\"16:00-07:30\"]\n", 2, 11, "ends before it starts", "24:00"),
        // The second interval's quote is at column 26: 2 spaces, `senin: [` and a 13-character
        // quoted first interval, `, `.
        (
            "overlapping intervals", "jam_kerja:\n  senin: [\"07:30-12:00\", \"11:00-14:00\"]\n", 2, 26,
            "on senin, `11:00-14:00` overlaps `07:30-12:00`", "break"
        ),
        ("an unknown weekday", "jam_kerja:\n  senen: [\"07:30-12:00\"]\n", 2, 3, "unknown key `senen`", "did you mean `senin`?"),
        ("jum'at", "jam_kerja:\n  senin: [\"07:30-12:00\"]\n  jum'at: [\"07:30-11:30\"]\n", 3, 3, "unknown key `jum'at`", "`jumat`"),
        (
            "an unknown key", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nhari_raya: []\n", 3, 1, "unknown key `hari_raya`",
            "jam_kerja, libur, sepanjang_waktu"
        ),
        (
            "a date that does not exist", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - tanggal: 2026-02-30\n    nama: Salah\n", 4,
            14,
            "`2026-02-30` does not exist: Feb 2026 has 28 days", "SKB"
        ),
        (
            "a thirteenth month", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - tanggal: 2026-13-01\n", 4, 14, "months 01 to 12",
            "YYYY-MM-DD"
        ),
        (
            "a date written the other way", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - tanggal: 19-03-2026\n", 4, 14,
            "`19-03-2026` is not a date", "YYYY-MM-DD"
        ),
        (
            "a date listed twice", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - tanggal: 2026-03-19\n  - tanggal: 2026-03-19\n", 5,
            14,
            "2026-03-19 is listed twice (first at line 4)", "keep one"
        ),
        (
            "a holiday without a date", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nlibur:\n  - nama: Nyepi\n", 4, 5,
            "a holiday needs its date", "tanggal:"
        ),
        ("no working hours", "jam_kerja:\n  sabtu: []\n", 2, 3, "no working hours", "sepanjang_waktu: true"),
        (
            "a flag that is not true or false", "jam_kerja:\n  senin: [\"07:30-12:00\"]\nsepanjang_waktu: kadang\n", 3, 18,
            "must be true or false", "sepanjang_waktu: true"
        ),
        ("an empty file", "", 1, 1, "the calendar file is empty", "kalender-kantor-2026.yaml"),
        ("not a mapping", "- senin\n", 1, 1, "not a work calendar", "jam_kerja"),
        ("broken YAML", "jam_kerja:\n  senin: [\"07:30-12:00\"\n", 3, 1, "invalid YAML", "check")
    ])
    func mistakesAreReportedWhereTheyStandWithAFix(_ what: String, file: String, line: Int, column: Int, message: String, hint: String)
        throws
    {
        let error = try #require(readError(file), "\(what) is refused")
        #expect(error.location == SourceLocation(file: "kalender.yaml", line: line, column: column), "\(what)")
        #expect(error.message.contains(message), "\(what): \(error.message)")
        #expect(error.hint?.contains(hint) == true, "\(what): \(error.hint ?? "no hint")")
    }

    @Test func theFirstMistakeIsReportedWithACountOfTheOthers() throws {
        let error = try #require(readError("jam_kerja:\n  senin: [\"25:00-26:00\"]\n  senen: []\nlibur: x\n"))
        #expect(error.location.line == 2)
        #expect(error.hint?.contains("2 more problems") == true, "\(error.hint ?? "no hint")")
    }
}
