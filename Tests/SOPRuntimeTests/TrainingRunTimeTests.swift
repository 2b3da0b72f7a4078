import Foundation
import SOPRuntime
import Testing

// Training runs, continued: time on the calendar, undo and several cases, the journal and replay.
// MARK: - Time

extension TrainingRuns {
    /// When one step of `time` ends, begun at `start` on `calendar`.
    static func end(of time: String, from start: String, on calendar: WorkCalendar = .office) throws -> String {
        var sop = TestSOPs.chain(1)
        sop.steps[0].time = StandardTime(time)
        var run = try TrainingRun(sop: sop, calendar: calendar)
        try run.start(name: "kasus1", at: moment(start), now: moment("2026-03-01T12:00"))
        try run.perform(in: "kasus1", as: "staf")
        return try #require(run.case(named: "kasus1")?.steps.first).end.description
    }

    @Test(arguments: [
        // Lunch: 11:30–12:00 is 0.5 h, the other 0.5 h from 13:00.
        ("1 jam", "2026-03-02T11:30", "2026-03-02T13:30"),
        // Thursday's break starts at 12:00: 11:00 + 1 h ends exactly at 12:00 …
        ("1 jam", "2026-03-05T11:00", "2026-03-05T12:00"),
        // … Friday's at 11:30 and lasts to 13:00: 0.5 h before it, 0.5 h after.
        ("1 jam", "2026-03-06T11:00", "2026-03-06T13:30"),
        // The weekend: Fri 16:00–16:30 0.5 h, then Mon 07:30–08:00.
        ("1 jam", "2026-03-06T16:00", "2026-03-09T08:00"),
        // The evening: Mon 15:30–16:00 0.5 h, then Tue 07:30–08:00.
        ("1 jam", "2026-03-02T15:30", "2026-03-03T08:00"),
        // A case started in the evening starts its work next morning: Tue 07:30–08:30.
        ("1 jam", "2026-03-02T18:00", "2026-03-03T08:30"),
        // A range plans with its upper end: 2 h from 07:30.
        ("1-2 jam", "2026-03-02T07:30", "2026-03-02T09:30"),
        // A working day is 7.5 h: all of Monday; three of them: Mon–Wed.
        ("1 hari", "2026-03-02T07:30", "2026-03-02T16:00"),
        ("3 hari kerja", "2026-03-02T07:30", "2026-03-04T16:00"),
        // 1 jam 30 menit from 10:30 ends at 12:00, not after lunch.
        ("1 jam 30 menit", "2026-03-02T10:30", "2026-03-02T12:00")
    ])
    func workAdvancesOnlyInOfficeHours(_ time: String, _ start: String, _ end: String) throws {
        #expect(try Self.end(of: time, from: start) == end)
    }

    @Test func roundTheClockEveryHourCountsAndADayIs24Hours() throws {
        #expect(try Self.end(of: "8 jam", from: "2026-03-02T15:30", on: .roundTheClock) == "2026-03-02T23:30")
        #expect(try Self.end(of: "1 hari", from: "2026-03-06T16:00", on: .roundTheClock) == "2026-03-07T16:00")
    }

    @Test func aHolidayMovesAStepsEndPastIt() throws {
        var calendar = WorkCalendar.office
        calendar.holidays[try Self.moment("2026-03-03").day] = "Libur"
        // Mon 15:30–16:00 0.5 h; Tuesday is closed; Wed 07:30–08:00.
        #expect(try Self.end(of: "1 jam", from: "2026-03-02T15:30", on: calendar) == "2026-03-04T08:00")
    }

    @Test func aRangesUpperEndIsItsStandardSoTakingItIsNoDeviation() throws {
        var sop = TestSOPs.chain(1)
        sop.steps[0].time = StandardTime("1-2 jam")
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        try run.perform(in: "kasus1", as: "staf", took: .minutes(110))
        let done = try #require(run.case(named: "kasus1")?.steps.first)
        #expect(done.standard == .hours(2) && !done.overran)
    }

    @Test func waitingMovesTheCasesClockAndTheNextStepStartsThen() throws {
        var run = try TrainingRun(sop: TestSOPs.chain(2))
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        // 4 h from Mon 07:30: 07:30–11:30.
        try run.wait(in: "kasus1", for: .hours(4))
        #expect(run.case(named: "kasus1")?.clock.description == "2026-03-02T11:30")
        try run.perform(in: "kasus1", as: "staf")
        let done = try #require(run.case(named: "kasus1")?.steps.first)
        // 1 h from 11:30: 0.5 h before lunch, 0.5 h after: 13:30.
        #expect(done.start.description == "2026-03-02T11:30" && done.end.description == "2026-03-02T13:30")
        // Waiting is no work: the step's own time is still its standard.
        #expect(!done.overran)
    }

    @Test func aNewCalendarAppliesFromThenOn() throws {
        var run = try TrainingRun(sop: TestSOPs.chain(2))
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T15:30"), now: Self.moment("2026-03-01T12:00"))
        try run.perform(in: "kasus1", as: "staf")
        run.setCalendar(.roundTheClock)
        try run.perform(in: "kasus1", as: "staf")
        let ends = run.case(named: "kasus1")!.steps.map(\.end.description)
        // On office hours Mon 15:30 + 1 h is Tue 08:00; round the clock, 08:00 + 1 h is 09:00.
        #expect(ends == ["2026-03-03T08:00", "2026-03-03T09:00"])
    }

    @Test func aCaseStartsByDefaultAtTheNextWorkingMorning() throws {
        var run = try TrainingRun(sop: TestSOPs.chain(1))
        // Saturday: the next working morning is Monday 07:30; before 07:30 on a Monday, that Monday.
        let weekend = try run.start(now: Self.moment("2026-03-07T10:00"))
        let early = try run.start(now: Self.moment("2026-03-09T06:45"))
        #expect(weekend.startedAt.description == "2026-03-09T07:30" && early.startedAt.description == "2026-03-09T07:30")
        #expect([weekend.name, early.name] == ["kasus1", "kasus2"])
    }
}

// MARK: - Undo, several cases

extension TrainingRuns {
    @Test func undoAgainAndAgainRestoresEachEarlierStateExactly() throws {
        var run = try TrainingRun(sop: Self.seed())
        var states: [([Case], WorkCalendar)] = []
        func keep() { states.append((run.cases, run.calendar)) }
        keep()
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        for action in Self.seedWalk.prefix(6) {
            keep()
            if let answer = action.answer {
                try run.decide(in: "kasus1", answer: answer, as: action.role)
            } else {
                try run.perform(in: "kasus1", as: action.role)
            }
        }
        keep()
        try run.wait(in: "kasus1", for: .minutes(45))
        keep()
        run.setCalendar(.roundTheClock)
        keep()
        try run.start(name: "kasus2", at: Self.moment("2026-03-03T07:30"), now: Self.moment("2026-03-01T12:00"))
        while let (cases, calendar) = states.popLast() {
            #expect(run.undo() != nil)
            #expect(run.cases == cases && run.calendar == calendar, "after undoing back to \(states.count) actions")
        }
        #expect(run.cases.isEmpty)
        #expect(run.undo() == nil, "nothing is left to undo")
    }

    @Test func undoOfAStartRemovesTheCase() throws {
        var run = try Self.seedRun(after: 1)
        try run.start(name: "kasus2", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        let undone = run.undo()
        #expect(undone == .started(caseName: "kasus2", at: try Self.moment("2026-03-02T07:30")))
        #expect(run.cases.map(\.name) == ["kasus1"] && run.case(named: "kasus2") == nil)
    }

    @Test func severalCasesRunSideBySideAndTodoListsARolesStepsAcrossThem() throws {
        var run = try Self.seedRun()
        try run.start(name: "kasus2", at: Self.moment("2026-03-03T07:30"), now: Self.moment("2026-03-01T12:00"))
        #expect(run.todo(for: "kepala").map(\.caseName) == ["kasus1", "kasus2"])
        try run.perform(in: "kasus2", as: "kepala")
        #expect(run.todo(for: "kepala").map(\.caseName) == ["kasus1"])
        #expect(run.todo(for: "tim").map { "\($0.caseName)@\(run.sop.steps[$0.step].label)" } == ["kasus2@2"])
        #expect(run.waitingRoles(in: "kasus1") == ["kepala"] && run.waitingRoles(in: "kasus2") == ["tim"])
        // Each case keeps its own clock.
        #expect(run.case(named: "kasus1")?.clock.description == "2026-03-02T07:30")
        #expect(run.case(named: "kasus2")?.clock.description == "2026-03-03T08:30")
        let now = try Self.moment("2026-03-01T12:00")
        let twice = Self.refusal { () throws(Refusal) in _ = try run.start(name: "kasus1", now: now) }
        #expect(twice?.reason.contains("already a case named kasus1") == true)
    }
}

// MARK: - Journal and replay

extension TrainingRuns {
    struct JournalFile {
        let path = NSTemporaryDirectory() + "sopsh-trainingruns-\(UUID().uuidString).journal"
        func lines() throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        func write(_ lines: [String], ending: String = "\n") throws {
            try (lines.joined(separator: "\n") + ending).write(toFile: path, atomically: true, encoding: .utf8)
        }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// A journal of the seed walk's first `count` actions, written event by event.
    static func journal(after count: Int) throws -> (JournalFile, TrainingRun) {
        let run = try seedRun(after: count)
        let file = JournalFile()
        let journal = RunJournal(path: file.path)
        try journal.begin(.init(sop: "examples/kebijakan-mutu-ukpbj.yaml", content: run.sop, calendar: run.initialCalendar))
        for event in run.events { try journal.append(event) }
        return (file, run)
    }

    @Test func aJournalReplaysToTheSameCases() throws {
        let (file, run) = try Self.journal(after: 9)
        defer { file.remove() }
        let contents = try RunJournal.read(file.path)
        #expect(contents.header.sop == "examples/kebijakan-mutu-ukpbj.yaml" && contents.header.calendar == .office)
        #expect(contents.events == run.events && contents.warnings.isEmpty)
        var again = try TrainingRun(sop: Self.seed(), calendar: contents.header.calendar)
        try again.replay(contents.events)
        #expect(again.cases == run.cases)
    }

    @Test func aTornLastLineIsDroppedWithAWarning() throws {
        let (file, run) = try Self.journal(after: 4)
        defer { file.remove() }
        var lines = try file.lines()
        lines.append(String(lines[lines.count - 1].prefix(20)))
        try file.write(lines, ending: "")
        let contents = try RunJournal.read(file.path)
        #expect(contents.events == run.events)
        #expect(contents.warnings.count == 1 && contents.warnings.first?.contains("cut off") == true)
    }

    @Test func aDamagedMiddleLineIsAnErrorThatNamesItsLine() throws {
        let (file, _) = try Self.journal(after: 4)
        defer { file.remove() }
        var lines = try file.lines()
        lines[2] = "{\"performed\": garbage"
        try file.write(lines)
        #expect {
            try RunJournal.read(file.path)
        } throws: { error in
            guard let error = error as? SOPReadError else { return false }
            return error.location.line == 3 && error.location.file == file.path && error.message.contains("line 3")
        }
    }

    @Test func replayingOnAChangedSOPIsRefused() throws {
        let run = try Self.seedRun(after: 4)
        var changed = try Self.seed()
        // Step 2 is now the secretariat's: the journal's "tim did step 2" no longer fits.
        changed.steps[try Self.index(of: "2", in: changed)].executors = ["sekretariat"]
        var again = try TrainingRun(sop: changed)
        #expect(throws: Refusal.self) { try again.replay(run.events) }
    }

    @Test func replayingAnEventThatBreaksTheRulesIsRefused() throws {
        var run = try TrainingRun(sop: Self.seed())
        // A hand-edited journal: Tim does step 3 (Kepala's decision) at the start of the case.
        let forged: [RunEvent] = [
            .started(caseName: "kasus1", at: try Self.moment("2026-03-02T07:30")),
            .decided(caseName: "kasus1", step: .at(2), role: "tim", answer: 0, took: nil)
        ]
        #expect(throws: Refusal.self) { try run.replay(forged) }
    }
}
