import SOPRuntime
import Testing

/// Standard times as documents write them, the short forms scripts use, how computed durations
/// are written back, and what a user is told when a time does not read.
@Suite struct Durations {
    // MARK: - Reading

    @Test(
        arguments: [
            ("15 menit", .fixed(.minutes(15))),
            ("1 jam", .fixed(.hours(1))),
            ("8 jam", .fixed(.hours(8))),
            ("1 jam 30 menit", .fixed(.minutes(90))),
            ("1-2 jam", .range(.hours(1), .hours(2))),
            ("1 hari", .fixed(.days(1))),
            ("3 hari kerja", .fixed(.days(3))),
            ("1 minggu", .fixed(.days(WorkDuration.daysPerWeek))),
            ("2 bulan", .fixed(.days(2 * WorkDuration.daysPerMonth))),
            ("Sesuai kebutuhan", .asNeeded),
            ("", .unspecified),
            ("   ", .unspecified),
            ("-", .unspecified)
        ] as [(String, StandardTime.Amount)])
    func everyFormOfTheDomainReads(cell: String, amount: StandardTime.Amount) {
        #expect(StandardTime(cell).amount == amount)
    }

    @Test(
        arguments: [
            ("1,5 jam", .fixed(.minutes(90))),
            ("1 Jam", .fixed(.hours(1))),
            ("SESUAI KEBUTUHAN", .asNeeded),
            ("sesuai  Kebutuhan", .asNeeded),
            ("1–2 jam", .range(.hours(1), .hours(2))),
            ("1 — 2 jam", .range(.hours(1), .hours(2))),
            ("1 s.d. 2 jam", .range(.hours(1), .hours(2))),
            ("1 S/D 2 jam", .range(.hours(1), .hours(2))),
            ("1 sd 2 jam", .range(.hours(1), .hours(2))),
            ("1 sampai 2 hari", .range(.days(1), .days(2))),
            ("1 sampai dengan 2 hari kerja", .range(.days(1), .days(2))),
            ("1 hingga 2 minggu", .range(.days(5), .days(10))),
            ("1 jam - 2 jam", .range(.hours(1), .hours(2))),
            ("30 menit - 1 jam", .range(.minutes(30), .hours(1))),
            ("1-2 jam 30 menit", .range(.hours(1), .minutes(150))),
            ("2 hari 4 jam", .fixed(WorkDuration(minutes: 240, days: 2))),
            ("8 jam kerja", .fixed(.hours(8))),
            ("1 jam\n30 menit", .fixed(.minutes(90))),
            ("1\u{00A0}jam", .fixed(.hours(1))),
            ("0 menit", .fixed(.zero))
        ] as [(String, StandardTime.Amount)])
    func realDocumentsVariationsRead(cell: String, amount: StandardTime.Amount) {
        #expect(StandardTime(cell).amount == amount)
    }

    @Test(
        arguments: [
            ("90m", .minutes(90)),
            ("1.5h", .minutes(90)),
            ("1,5h", .minutes(90)),
            ("2d", .days(2)),
            ("1h30m", .minutes(90)),
            ("1H30M", .minutes(90)),
            ("1w", .days(WorkDuration.daysPerWeek)),
            ("2mo", .days(2 * WorkDuration.daysPerMonth)),
            ("45min", .minutes(45)),
            ("3hk", .days(3)),
            ("1d4h", WorkDuration(minutes: 240, days: 1)),
            ("1 jam 30 menit", .minutes(90))
        ] as [(String, WorkDuration)])
    func scriptsShortFormsRead(text: String, duration: WorkDuration) throws {
        #expect(try DurationParser.parse(text) == duration)
    }

    @Test func aCellKeepsItsTextAsWrittenOnlyTrimmed() {
        let time = StandardTime("  1 Jam 30 Menit \n")
        #expect(time.text == "1 Jam 30 Menit")
        #expect(time.description == "1 Jam 30 Menit")
    }

    @Test(arguments: ["Sesuai kebutuhan", "", "-"])
    func anUnknownTimeIsNeverZero(cell: String) {
        let time = StandardTime(cell)
        #expect(time.upperBound == nil)
        #expect(time.lowerBound == nil)
    }

    @Test func aRangeKeepsBothEnds() {
        let time = StandardTime("1-2 jam")
        #expect(time.lowerBound == .hours(1))
        #expect(time.upperBound == .hours(2))
    }

    @Test func aReversedRangeIsKeptAsWrittenForTheCheckerToReport() throws {
        let time = StandardTime("3-1 jam")
        let low = try #require(time.lowerBound)
        let high = try #require(time.upperBound)
        #expect(low.totalMinutes() > high.totalMinutes())
    }

    // MARK: - Working days

    @Test(
        arguments: [
            ("1 hari", 7.5, 7.5 * 60),
            ("1 hari", 24, 24 * 60),
            ("3 hari kerja", 7.5, 3 * 7.5 * 60),
            ("1 minggu", 7.5, 5 * 7.5 * 60),
            ("1 minggu", 24, 5 * 24 * 60),
            ("2 bulan", 7.5, 2 * 21 * 7.5 * 60),
            ("2 bulan", 24, 2 * 21 * 24 * 60),
            ("1 hari 2 jam", 7.5, (7.5 + 2) * 60),
            ("1 hari 2 jam", 24, (24 + 2) * 60),
            ("90m", 7.5, 90),
            ("90m", 24, 90)
        ] as [(String, Double, Double)])
    func aDayIsOneWorkingDayOfTheCalendarInUse(text: String, hoursPerDay: Double, minutes: Double) throws {
        let duration = try DurationParser.parse(text)
        #expect(duration.totalMinutes(hoursPerDay: hoursPerDay) == minutes)
        #expect(duration.totalHours(hoursPerDay: hoursPerDay) == minutes / 60)
    }

    @Test func theDefaultWorkingDayIsSevenAndAHalfHours() throws {
        #expect(try DurationParser.parse("1 hari").totalHours() == 7.5)
    }

    // MARK: - Writing

    @Test(
        arguments: [
            (.minutes(90), .indonesian, "1 jam 30 menit"),
            (.minutes(45), .indonesian, "45 menit"),
            (.hours(8), .indonesian, "8 jam"),
            (.days(2), .indonesian, "2 hari"),
            (.days(3), .indonesian(dayWord: "hari kerja"), "3 hari kerja"),
            (.days(1.5), .indonesian, "1,5 hari"),
            (.minutes(7.5), .indonesian, "7,5 menit"),
            (WorkDuration(minutes: 90, days: 2), .indonesian, "2 hari 1 jam 30 menit"),
            (.zero, .indonesian, "0 menit"),
            (.minutes(90), .short, "1h30m"),
            (.days(1.5), .short, "1.5d"),
            (WorkDuration(minutes: 90, days: 2), .short, "2d1h30m"),
            (.zero, .short, "0m"),
            (.minutes(-90), .short, "-1h30m")
        ] as [(WorkDuration, DurationStyle, String)])
    func computedDurationsAreWrittenInTheDocumentsStyle(duration: WorkDuration, style: DurationStyle, text: String) {
        #expect(duration.formatted(style) == text)
    }

    @Test func aComputedStandardTimeIsWrittenInTheGivenStyle() {
        let time = StandardTime(.days(3), style: .indonesian(dayWord: "hari kerja"))
        #expect(time.text == "3 hari kerja")
        #expect(time.amount == .fixed(.days(3)))
    }

    @Test(
        arguments: [
            WorkDuration.minutes(15), .minutes(90), .hours(8), .hours(38), .minutes(7.5), .days(1), .days(1.5),
            .days(42), WorkDuration(minutes: 30, days: 3), .zero
        ], [DurationStyle.indonesian, .indonesian(dayWord: "hari kerja"), .short])
    func whatIsWrittenReadsBackToTheSameAmount(duration: WorkDuration, style: DurationStyle) throws {
        let written = duration.formatted(style)
        #expect(try DurationParser.parse(written) == duration, "written as \(written)")
        #expect(StandardTime(written).amount == .fixed(duration), "written as \(written)")
    }

    @Test(arguments: [1e300, -1e300, 9.3e18, .infinity, -.infinity, .nan])
    func extremeComputedValuesAreWrittenBrieflyWithoutTrapping(value: Double) {
        for duration in [WorkDuration.minutes(value), .days(value), WorkDuration(minutes: value, days: value)] {
            for style in [DurationStyle.indonesian, .short] {
                let written = duration.formatted(style)
                #expect(!written.isEmpty && written.count < 40, "\(written)")
            }
        }
    }

    // MARK: - Errors

    @Test(
        arguments: [
            ("sejam", 1, "write the number in digits: 1 jam instead of 'sejam'"),
            ("dua jam", 1, "write the number in digits: 2 instead of 'dua'"),
            ("setengah hari", 1, "0,5 instead of 'setengah'"),
            ("tidak tentu", 1, "expected a number, not 'tidak'"),
            ("jam", 1, "'jam' needs a number before it, such as 1 jam"),
            ("15", 3, "15 needs a unit: write 15 menit, 15 jam or 15 hari"),
            ("1 jam 30", 9, "30 needs a unit: write 30 menit"),
            ("1-2", 4, "2 needs a unit"),
            ("1 jamm", 3, "did you mean jam?"),
            ("1 jám", 3, "unknown unit 'jám'"),
            ("-1 jam", 1, "cannot be negative"),
            ("1 - -2 jam", 5, "cannot be negative"),
            (".5 jam", 1, "0,5 jam"),
            ("1e999 jam", 2, "plain digits"),
            ("99999999999 jam", 1, "too large"),
            ("NaN jam", 1, "expected a number, not 'nan'"),
            ("inf", 1, "expected a number"),
            ("⏰ 1 jam", 1, "expected a number, not '⏰'"),
            ("1 jam 👍🏽", 7, "unexpected '👍🏽'"),
            ("1 jam per hari", 7, "notes belong in Keterangan"),
            ("3 hari kalender", 8, "unexpected 'kalender'"),
            ("1 jam 2 jam", 9, "jam is written twice"),
            ("1/2 jam", 2, "write a decimal, such as 0,5 jam"),
            ("30 menit 1 jam", 12, "jam cannot follow menit"),
            ("1 jam -", 8, "no upper end"),
            ("1.5.3 jam", 4, "1.5 needs a unit")
        ] as [(String, Int, String)])
    func aCellThatDoesNotReadSaysWhereAndWhatToWrite(cell: String, column: Int, message: String) throws {
        let error = try #require(unreadable(cell))
        #expect(error.column == column)
        #expect(error.message.contains(message), "\(error.message)")
    }

    @Test(
        arguments: [
            ("", 1, "empty"),
            ("1-2 jam", 2, "1 needs a unit"),
            ("Sesuai kebutuhan", 1, "expected a number"),
            ("90x", 3, "unknown unit 'x'"),
            ("1h30", 5, "30 needs a unit: write 30 menit")
        ] as [(String, Int, String)])
    func aScriptDurationThatDoesNotReadSaysWhere(text: String, column: Int, message: String) {
        #expect {
            try DurationParser.parse(text)
        } throws: { error in
            guard let error = error as? DurationError else { return false }
            return error.column == column && error.message.contains(message)
        }
    }

    @Test(
        arguments: [
            ("1" + String(repeating: "0", count: 100_000) + " jam", 1),
            (String(repeating: "a", count: 100_000), 1),
            ("1 " + String(repeating: "a", count: 100_000), 3),
            ("1 jam " + String(repeating: "x", count: 100_000), 7),
            ("1 jam " + String(repeating: "🙂", count: 100_000), 7)
        ] as [(String, Int)])
    func aHugeCellIsRefusedWithAShortMessage(cell: String, column: Int) throws {
        let error = try #require(unreadable(cell))
        #expect(error.column == column)
        #expect(error.message.count < 300)
    }

    /// Very long cells read without a trap (their speed belongs to a benchmark, not a test).
    @Test func veryLongCellsReadWithoutATrap() {
        let spaces = String(repeating: " ", count: 100_000)
        let digits = String(repeating: "5", count: 100_000)
        var spaced: WorkDuration?
        var precise: WorkDuration?
        var repeated: StandardTime?
        do {
            spaced = try? DurationParser.parse("1" + spaces + "jam")
            precise = try? DurationParser.parse("1." + digits + " jam")
            repeated = StandardTime(String(repeating: "sesuai ", count: 20_000))
        }
        #expect(spaced == .hours(1))
        #expect(precise.map { $0.totalHours() > 1.5 } == true)
        #expect(repeated?.upperBound == nil)
    }

    private func unreadable(_ cell: String) -> DurationError? {
        guard case .unreadable(let error) = StandardTime(cell).amount else { return nil }
        return error
    }
}
