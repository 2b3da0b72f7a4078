import Foundation
import SOPRuntime
import Testing

/// Training runs through the library: cases walked step by step as roles, decisions that
/// branch, documents with versions, the clock on the work calendar, undo and the journal.
///
/// Every expected moment is worked out by hand on the default office calendar: Mon–Thu
/// 07:30–12:00 and 13:00–16:00 (7.5 h), Fri 07:30–11:30 and 13:00–16:30 (7.5 h), closed at
/// the weekend. 2026-03-02 is a Monday.
@Suite struct TrainingRuns {
    /// One action of the seed walk and the step it completes: who, the answer for a decision,
    /// and when the step starts and ends.
    struct Action {
        var label: String
        var role: String
        var answer: String?
        var start: String
        var end: String
    }

    /// The seed (kebijakan-mutu-ukpbj.yaml) started Monday 2026-03-02 07:30, reworked twice at
    /// step 3 and once at step 11. Leadership steps take 1 jam, drafting steps 8 jam.
    static let seedWalk: [Action] = [
        .init(label: "1", role: "kepala", start: "2026-03-02T07:30", end: "2026-03-02T08:30"),
        // 08:30–12:00 is 3.5 h and 13:00–16:00 3 h: 6.5 of 8 on Monday; 1.5 h from Tue 07:30.
        .init(label: "2", role: "tim", start: "2026-03-02T08:30", end: "2026-03-03T09:00"),
        .init(label: "3", role: "kepala", answer: "perlu perbaikan", start: "2026-03-03T09:00", end: "2026-03-03T10:00"),
        // Tue 10:00–12:00 2 h + 13:00–16:00 3 h = 5 h; 3 h from Wed 07:30: 10:30.
        .init(label: "2", role: "tim", start: "2026-03-03T10:00", end: "2026-03-04T10:30"),
        .init(label: "3", role: "kepala", answer: "perlu perbaikan", start: "2026-03-04T10:30", end: "2026-03-04T11:30"),
        // Wed 11:30–12:00 0.5 h + 13:00–16:00 3 h = 3.5 h; 4.5 h from Thu 07:30 end exactly at 12:00.
        .init(label: "2", role: "tim", start: "2026-03-04T11:30", end: "2026-03-05T12:00"),
        // Begun at 12:00, it starts after the break, at 13:00: 14:00.
        .init(label: "3", role: "kepala", answer: "menyetujui", start: "2026-03-05T13:00", end: "2026-03-05T14:00"),
        // Thu 14:00–16:00 2 h + Fri 07:30–11:30 4 h = 6 h; 2 h after Friday's long break: 15:00.
        .init(label: "5", role: "sekretariat", start: "2026-03-05T14:00", end: "2026-03-06T15:00"),
        .init(label: "6", role: "atasan", answer: "menyetujui", start: "2026-03-06T15:00", end: "2026-03-06T16:00"),
        // Fri 16:00–16:30 0.5 h; the weekend is closed; 0.5 h from Mon 07:30.
        .init(label: "7", role: "atasan", start: "2026-03-06T16:00", end: "2026-03-09T08:00"),
        .init(label: "8", role: "sekretariat", start: "2026-03-09T08:00", end: "2026-03-09T09:00"),
        // Mon 09:00–12:00 3 h + 13:00–16:00 3 h = 6 h; 2 h from Tue 07:30.
        .init(label: "9", role: "tim", start: "2026-03-09T09:00", end: "2026-03-10T09:30"),
        // Tue 09:30–12:00 2.5 h + 3 h = 5.5 h; 2.5 h from Wed 07:30.
        .init(label: "10", role: "tim", start: "2026-03-10T09:30", end: "2026-03-11T10:00"),
        .init(label: "11", role: "kepala", answer: "perlu perbaikan", start: "2026-03-11T10:00", end: "2026-03-11T11:00"),
        // Wed 11:00–12:00 1 h + 3 h = 4 h; 4 h from Thu 07:30.
        .init(label: "10", role: "tim", start: "2026-03-11T11:00", end: "2026-03-12T11:30"),
        // 11:30–12:00 0.5 h, then 0.5 h from 13:00.
        .init(label: "11", role: "kepala", answer: "melaporkan ke atasan Kepala UKPBJ", start: "2026-03-12T11:30", end: "2026-03-12T13:30"),
        .init(label: "12", role: "atasan", start: "2026-03-12T13:30", end: "2026-03-12T14:30")
    ]

    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static func example(_ name: String) throws -> SOP {
        try SOPFile.open(examples.appendingPathComponent(name).path).0.sop
    }

    static func seed() throws -> SOP { try example("kebijakan-mutu-ukpbj.yaml") }

    static func moment(_ text: String) throws -> CivilDateTime {
        try #require(CivilDateTime(text), "\(text) is a date-time")
    }

    static func index(of label: String, in sop: SOP) throws -> StepIndex {
        try #require(sop.stepIndices.first { sop.steps[$0].label == label }, "step \(label) exists")
    }

    /// Plays `actions` in case kasus1, taking `took` for the step at position `longer`.
    static func play(_ actions: ArraySlice<Action>, in run: inout TrainingRun, longer: (Int, WorkDuration)? = nil) throws {
        for (offset, action) in zip(actions.indices, actions) {
            let took = longer.flatMap { $0.0 == offset ? $0.1 : nil }
            if let answer = action.answer {
                try run.decide(in: "kasus1", answer: answer, as: action.role, took: took)
            } else {
                try run.perform(in: "kasus1", as: action.role, took: took)
            }
        }
    }

    /// A run of the seed with kasus1 started at Monday 07:30 and the first `count` actions done.
    static func seedRun(after count: Int = 0) throws -> TrainingRun {
        var run = try TrainingRun(sop: seed())
        try run.start(name: "kasus1", at: moment("2026-03-02T07:30"), now: moment("2026-03-01T12:00"))
        try play(seedWalk.prefix(count), in: &run)
        return run
    }

    /// The refusal an action meets; fails the test when it is not refused.
    static func refusal(_ action: () throws(Refusal) -> Void) -> Refusal? {
        do throws(Refusal) {
            try action()
        } catch {
            return error
        }
        Issue.record("the action was not refused")
        return nil
    }

    // MARK: - The seed walk

    @Test func theSeedWalkWithReworksKeepsEveryStepsTimeOnTheOfficeCalendar() throws {
        let run = try Self.seedRun(after: Self.seedWalk.count)
        let found = try #require(run.case(named: "kasus1"))
        let walked = found.steps.map { (run.sop.steps[$0.step].label, $0.roles, $0.start.description, $0.end.description) }
        let expected = Self.seedWalk.map { ($0.label, [$0.role], $0.start, $0.end) }
        #expect(walked.count == expected.count)
        for (done, wanted) in zip(walked, expected) {
            #expect(done.0 == wanted.0 && done.1 == wanted.1 && done.2 == wanted.2 && done.3 == wanted.3, "\(done) ≠ \(wanted)")
        }
        let answers = found.steps.compactMap { done in done.answer.map { run.sop.steps[done.step].decision!.answers[$0].label } }
        #expect(answers == Self.seedWalk.compactMap(\.answer))
    }

    @Test func theSeedCaseFinishesThursdayAt1430WithinItsStandardTotalOf66Hours() throws {
        let run = try Self.seedRun(after: Self.seedWalk.count)
        let found = try #require(run.case(named: "kasus1"))
        #expect(found.isFinished)
        #expect(found.finishedAt?.description == "2026-03-12T14:30")
        #expect(found.clock.description == "2026-03-12T14:30")
        // 1 + 3×(8 + 1) + 8 + 1 + 1 + 1 + 8 + 2×(8 + 1) + 1 = 66 h of standard time; from
        // Mon 2 Mar 07:30 to Thu 12 Mar 14:30 lie 37.5 (first week) + 3 × 7.5 (Mon–Wed)
        // + 4.5 + 1.5 (Thursday) = 66 working hours.
        #expect(run.standardTotal(of: found).totalMinutes(hoursPerDay: 7.5) == 66 * 60)
        #expect(run.leadMinutes(of: found) == 66 * 60)
        #expect(found.steps.filter(\.overran).isEmpty)
        #expect(!run.exceededStandard(found))
    }

    @Test func reworkMakesNewVersionsOfTheDraftsItSendsBack() throws {
        let run = try Self.seedRun(after: Self.seedWalk.count)
        let found = try #require(run.case(named: "kasus1"))
        func versions(_ name: String) -> [String] {
            found.documents.filter { $0.name == name }.map { "v\($0.version) \(run.sop.steps[$0.step].label) \($0.at)" }
        }
        // Step 2 was done three times, step 10 twice; each time at the end of that step.
        #expect(
            versions("rancangan kebijakan mutu dan layanan UKPBJ")
                == ["v1 2 2026-03-03T09:00", "v2 2 2026-03-04T10:30", "v3 2 2026-03-05T12:00"])
        #expect(versions("draft laporan pelaksanaan sosialisasi") == ["v1 10 2026-03-11T10:00", "v2 10 2026-03-12T11:30"])
        let current = found.currentDocuments.filter {
            ["rancangan kebijakan mutu dan layanan UKPBJ", "draft laporan pelaksanaan sosialisasi"].contains($0.name)
        }
        #expect(current.map(\.version) == [3, 2])
        // Step 12 has no output: it makes no document.
        #expect(!found.documents.contains { run.sop.steps[$0.step].label == "12" })
    }

    @Test func aStepTakingLongerThanItsStandardIsADeviationAndTheCaseExceedsTheStandard() throws {
        var run = try TrainingRun(sop: Self.seed())
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        let sosialisasi = try #require(Self.seedWalk.firstIndex { $0.label == "9" })
        try Self.play(Self.seedWalk[...], in: &run, longer: (sosialisasi, .hours(9)))
        let found = try #require(run.case(named: "kasus1"))
        #expect(found.steps.filter(\.overran).map { run.sop.steps[$0.step].label } == ["9"])
        // Step 9 from Mon 9 Mar 09:00: 6 h on Monday, 3 h from Tue 07:30: 10:30 (not 09:30).
        #expect(found.steps[sosialisasi].end.description == "2026-03-10T10:30")
        // One working hour later than the standard walk: Thu 12 Mar 15:30, 67 h against 66.
        #expect(found.finishedAt?.description == "2026-03-12T15:30")
        #expect(run.leadMinutes(of: found) == 67 * 60)
        #expect(run.exceededStandard(found))
    }

    // MARK: - Refusals

    @Test func aRoleThatIsNotTheExecutorIsToldWhoDoesTheStep() throws {
        var run = try Self.seedRun()
        let refused = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "tim") }
        #expect(refused?.reason.contains("Kepala UKPBJ") == true, "\(String(describing: refused))")
        #expect(refused?.alternatives == ["as kepala"])
        #expect(run.case(named: "kasus1")?.steps.isEmpty == true)
    }

    @Test func aStepThatIsNotReadyNamesWhereTheCaseIs() throws {
        var run = try Self.seedRun()
        let three = try Self.index(of: "3", in: run.sop)
        let refused = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", step: three, as: "kepala") }
        #expect(refused?.reason.contains("is at step 1") == true, "\(String(describing: refused))")
        #expect(refused?.alternatives.contains { $0.contains("step 1") } == true)
    }

    @Test func doingADecisionIsRefusedWithItsAnswers() throws {
        var run = try Self.seedRun(after: 2)
        let refused = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "kepala") }
        #expect(refused?.reason.contains("decide") == true)
        #expect(refused?.alternatives == ["menyetujui", "perlu perbaikan"])
    }

    @Test func decidingAProcessStepIsRefused() throws {
        var run = try Self.seedRun()
        let refused = Self.refusal { () throws(Refusal) in try run.decide(in: "kasus1", answer: "menyetujui", as: "kepala") }
        #expect(refused?.reason.contains("not a decision") == true, "\(String(describing: refused))")
    }

    @Test func anAnswerThatDoesNotExistIsRefusedWithTheAnswers() throws {
        var run = try Self.seedRun(after: 2)
        let refused = Self.refusal { () throws(Refusal) in try run.decide(in: "kasus1", answer: "ditolak", as: "kepala") }
        #expect(refused?.reason.contains("ditolak") == true)
        #expect(refused?.alternatives == ["menyetujui", "perlu perbaikan"])
    }

    @Test func answersMayBeGivenByNumberOrCase() throws {
        var run = try Self.seedRun(after: 2)
        try run.decide(in: "kasus1", answer: "2", as: "kepala")
        try run.perform(in: "kasus1", as: "tim")
        try run.decide(in: "kasus1", answer: "MENYETUJUI", as: "kepala")
        let answers = run.case(named: "kasus1")!.steps.compactMap(\.answer)
        #expect(answers == [1, 0])
    }

    @Test func aFinishedCaseRefusesEveryAction() throws {
        var run = try Self.seedRun(after: Self.seedWalk.count)
        let acting = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "atasan") }
        #expect(acting?.reason.contains("end of the procedure") == true, "\(String(describing: acting))")
        let deciding = Self.refusal { () throws(Refusal) in try run.decide(in: "kasus1", answer: "1", as: "kepala") }
        #expect(deciding != nil)
        let waiting = Self.refusal { () throws(Refusal) in try run.wait(in: "kasus1", for: .hours(1)) }
        #expect(waiting?.reason.contains("finished") == true)
    }

    @Test func aCaseThatDoesNotExistIsRefusedWithTheCasesThatDo() throws {
        var run = try Self.seedRun()
        let refused = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus9", as: "kepala") }
        #expect(refused?.alternatives == ["kasus1"])
    }

    /// The errors are what to fix, not alternatives: the refusal counts them and points to `check`.
    @Test func aDraftSOPCannotRunAndTheRefusalCountsItsErrors() throws {
        let draft = try Self.example("kebijakan-mutu-ukpbj.txt")
        let errors = draft.check().filter { $0.severity == .error }
        #expect(!errors.isEmpty)
        let refused = Self.refusal { () throws(Refusal) in _ = try TrainingRun(sop: draft) }
        #expect(refused?.reason.contains("\(errors.count) error") == true, "\(String(describing: refused))")
        #expect(refused?.reason.contains("`check` lists them") == true)
        #expect(refused?.alternatives == [])
    }

    @Test func aStepWithoutStandardTimeNeedsTheTimeItTook() throws {
        var sop = TestSOPs.clean()
        sop.steps[0].time = StandardTime("Sesuai kebutuhan")
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        let refused = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "staf") }
        #expect(refused?.reason.contains("no standard time") == true, "\(String(describing: refused))")
        #expect(refused?.alternatives.contains { $0.contains("--took") } == true)
        try run.perform(in: "kasus1", as: "staf", took: .hours(2))
        let done = try #require(run.case(named: "kasus1")?.steps.first)
        #expect(done.end.description == "2026-03-02T09:30")
        #expect(done.standard == nil && !done.overran)
    }

    @Test(arguments: ["pengajuan-cuti-pegawai.yaml", "permohonan-informasi-publik.yaml", "kebijakan-mutu-ukpbj.yaml"])
    func theFirstStepOfEveryExampleIsReadyWhenACaseStarts(_ name: String) throws {
        // The first step's requirement comes from outside the procedure (a form the applicant
        // brings): a case must be able to begin.
        var run = try TrainingRun(sop: Self.example(name))
        try run.start(name: "kasus1", at: Self.moment("2026-03-02T07:30"), now: Self.moment("2026-03-01T12:00"))
        let first = run.sop.steps[0]
        #expect(run.todo(for: first.executors[0]).map(\.caseName) == ["kasus1"])
        if let answer = first.decision?.answers.first {
            try run.decide(in: "kasus1", answer: answer.label, as: first.executors[0])
        } else {
            for role in first.executors { try run.perform(in: "kasus1", as: role) }
        }
        #expect(run.case(named: "kasus1")?.steps.count == 1)
    }

    // MARK: - A joint step

    /// The clean test SOP with its last step (signing, 30 menit) done by the head and the staff together.
    static func jointRun() throws -> TrainingRun {
        var sop = TestSOPs.clean()
        sop.steps[2].executors = ["kepala", "staf"]
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: moment("2026-03-02T07:30"), now: moment("2026-03-01T12:00"))
        // 8 jam from Mon 07:30: 7.5 h on Monday, 0.5 h from Tue 07:30: 08:00; 1 jam: 09:00.
        try run.perform(in: "kasus1", as: "staf")
        try run.decide(in: "kasus1", answer: "menyetujui", as: "kepala")
        return run
    }

    @Test func aJointStepWaitsForEachRolesPartAndMovesTheClockOnce() throws {
        var run = try Self.jointRun()
        try run.perform(in: "kasus1", as: "kepala")
        let half = try #require(run.case(named: "kasus1"))
        #expect(run.waitingRoles(in: "kasus1") == ["staf"])
        #expect(half.clock.description == "2026-03-03T09:00")
        #expect(half.steps.count == 2 && half.position == .at(2))
        #expect(run.todo(for: "kepala").isEmpty)
        #expect(run.todo(for: "staf").map(\.step) == [.at(2)])

        let twice = Self.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "kepala") }
        #expect(twice?.reason.contains("already done its part") == true, "\(String(describing: twice))")
        #expect(twice?.alternatives == ["staf"])

        try run.perform(in: "kasus1", as: "staf")
        let done = try #require(run.case(named: "kasus1"))
        #expect(done.steps.count == 3)
        #expect(done.steps[2].roles == ["kepala", "staf"])
        // 30 menit once, from Tue 09:00.
        #expect(done.steps[2].start.description == "2026-03-03T09:00")
        #expect(done.steps[2].end.description == "2026-03-03T09:30")
        #expect(done.isFinished && done.finishedAt?.description == "2026-03-03T09:30")
        #expect(done.documents.last.map { ($0.name, $0.roles) } ?? ("", []) == ("laporan bulanan yang ditandatangani", ["kepala", "staf"]))
    }

    @Test func undoTakesBackHalfAJointStep() throws {
        var run = try Self.jointRun()
        let before = run.cases
        try run.perform(in: "kasus1", as: "staf")
        #expect(run.waitingRoles(in: "kasus1") == ["kepala"])
        run.undo()
        #expect(run.cases == before)
        #expect(run.waitingRoles(in: "kasus1") == ["kepala", "staf"])
    }
}
