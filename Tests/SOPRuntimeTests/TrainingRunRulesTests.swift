import Foundation
import SOPRuntime
import Testing

/// Rules of a training run that the seed walk does not reach: a document an earlier step
/// produces must be in hand (a decision may jump over the step that produces it), and a
/// finished case keeps the lead time it finished with, whatever the calendar does later.
@Suite struct TrainingRunRules {
    /// The seed with step 1 made a decision: “susun” goes on to the drafting (step 2),
    /// “langsung” jumps to step 5, which needs the rancangan that step 2 drafts.
    static func seedWithShortcut() throws -> SOP {
        var sop = try TrainingRuns.seed()
        let first = try TrainingRuns.index(of: "1", in: sop)
        sop.steps[first].decision = Decision(answers: [
            Answer(label: "susun", target: .step(StepNumber(2))),
            Answer(label: "langsung", target: .step(StepNumber(5)))
        ])
        return sop
    }

    /// Three steps: the head decides whether a report is drafted (step 2, the only step that
    /// produces “laporan bulanan”) or goes straight to signing it (step 3, which needs it).
    static func reportWithShortcut() -> SOP {
        var sop = TestSOPs.clean()
        sop.steps = [
            TestSOPs.step(
                1, "Menentukan perlu tidaknya laporan", by: "kepala", needs: "", time: "1 jam", gives: "disposisi",
                answers: [("susun", .step(StepNumber(2))), ("langsung", .step(StepNumber(3)))]),
            TestSOPs.step(2, "Menyusun laporan bulanan", by: "staf", needs: "disposisi", time: "8 jam", gives: "laporan bulanan"),
            TestSOPs.step(3, "Menandatangani laporan", by: "kepala", needs: "laporan bulanan", time: "30 menit", gives: "tanda tangan")
        ]
        return sop
    }

    static func started(_ sop: SOP) throws -> TrainingRun {
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: TrainingRuns.moment("2026-03-02T07:30"), now: TrainingRuns.moment("2026-03-01T12:00"))
        return run
    }

    // MARK: - Requirements in hand

    @Test func aStepWhoseEarlierProducerWasSkippedIsRefusedNamingTheDocumentAndTheStep() throws {
        var run = try Self.started(Self.reportWithShortcut())
        try run.decide(in: "kasus1", answer: "langsung", as: "kepala")
        #expect(run.case(named: "kasus1")?.position == .at(2), "the answer jumped to step 3")
        let events = run.events
        let refusal = try #require(TrainingRuns.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "kepala") })
        #expect(
            refusal.reason == "step 3 is not ready: it needs “laporan bulanan”, which step 2 produces, and case kasus1 does not hold it")
        #expect(refusal.alternatives == ["undo, then take a path through step 2"])
        #expect(run.events == events && run.case(named: "kasus1")?.steps.count == 1, "a refused action changes nothing")
        #expect(run.todo(for: "kepala").isEmpty, "todo does not offer a step that is not ready")

        // Through step 2 the document is in hand, and step 3 is done.
        run.undo()
        try run.decide(in: "kasus1", answer: "susun", as: "kepala")
        try run.perform(in: "kasus1", as: "staf")
        #expect(run.todo(for: "kepala").map(\.step) == [.at(2)])
        try run.perform(in: "kasus1", as: "kepala")
        #expect(run.case(named: "kasus1")?.isFinished == true)
    }

    /// The audit's example: the seed's step 5 needs the rancangan that steps 2 (drafting it)
    /// and 3 (whose arahan names it) produce; a case that jumped from step 1 holds neither.
    @Test func theSeedsStepFiveIsRefusedWhenStepOneJumpsOverTheDrafting() throws {
        var run = try Self.started(Self.seedWithShortcut())
        try run.decide(in: "kasus1", answer: "langsung", as: "kepala")
        let refusal = try #require(TrainingRuns.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "sekretariat") })
        #expect(
            refusal.reason == "step 5 is not ready: it needs “rancangan kebijakan mutu dan layanan UKPBJ”, which steps 2 and 3 produce, "
                + "and case kasus1 does not hold it")
        #expect(run.case(named: "kasus1")?.documents.map(\.name) == ["arahan untuk menyusun kebijakan mutu dan layanan UKPBJ"])
        #expect(run.todo(for: "sekretariat").isEmpty)
    }

    /// Only earlier steps' documents are required: one that no step produces comes from
    /// outside the procedure, one that only a later step produces comes back with a rework.
    @Test func documentsThatNoStepOrOnlyALaterStepProducesAreTakenAsGiven() throws {
        var fromOutside = try Self.started(TestSOPs.clean())
        #expect(TestSOPs.clean().steps[0].requirements == "data kegiatan bulan berjalan")
        try fromOutside.perform(in: "kasus1", as: "staf")

        var sop = TestSOPs.clean()
        // Step 1 needs what step 2 (checked, sent back for rework) produces: not there the first time.
        sop.steps[0].requirements = "rancangan laporan bulanan yang diperiksa"
        var fromLater = try Self.started(sop)
        try fromLater.perform(in: "kasus1", as: "staf")
        try fromLater.decide(in: "kasus1", answer: "perlu perbaikan", as: "kepala")
        try fromLater.perform(in: "kasus1", as: "staf")
        #expect(fromLater.case(named: "kasus1")?.steps.map(\.step) == [.at(0), .at(1), .at(0)])
    }

    /// A journal of the shortcut taken under the old rule does not replay: the step it did
    /// without the document is refused, as a live action would be.
    @Test func aReplayedActionIsCheckedForItsRequirementsToo() throws {
        var run = try Self.started(Self.reportWithShortcut())
        try run.decide(in: "kasus1", answer: "langsung", as: "kepala")
        let history = run.events + [.performed(caseName: "kasus1", step: .at(2), role: "kepala", took: nil)]
        #expect(throws: Refusal.self) { try run.replay(history) }
    }

    // MARK: - Lead time of a finished case

    @Test func aFinishedCaseKeepsItsLeadTimeAndStandardWhenTheCalendarChangesAfter() throws {
        var sop = try TrainingRuns.seed()
        // A standard in working days as well as hours: 1 hari is 7.5 h on the office calendar.
        sop.steps[try TrainingRuns.index(of: "1", in: sop)].time = StandardTime("1 hari")
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: TrainingRuns.moment("2026-03-02T07:30"), now: TrainingRuns.moment("2026-03-01T12:00"))
        try TrainingRuns.play(TrainingRuns.seedWalk[...], in: &run)
        let finished = try #require(run.case(named: "kasus1"))
        #expect(finished.isFinished)
        // The path's standard: 66 h with 1 jam for step 1, so 72.5 h with 1 hari; and the lead time too.
        let measured = (run.leadMinutes(of: finished), run.standardMinutes(of: finished), run.exceededStandard(finished))
        #expect(measured.0 == 72.5 * 60 && measured.1 == 72.5 * 60 && measured.2 == false)

        run.setCalendar(.roundTheClock)
        let after = try #require(run.case(named: "kasus1"))
        #expect(run.leadMinutes(of: after) == measured.0, "Mon 2 Mar 07:30 → Fri 13 Mar is far more round the clock")
        #expect(run.standardMinutes(of: after) == measured.1, "1 hari would be 24 h round the clock")
        #expect(run.exceededStandard(after) == false)

        // Brought back from its events (a journal), it is measured the same.
        var resumed = try TrainingRun(sop: sop)
        try resumed.replay(run.events)
        let again = try #require(resumed.case(named: "kasus1"))
        #expect(resumed.leadMinutes(of: again) == measured.0 && resumed.standardMinutes(of: again) == measured.1)
    }

    @Test func aCaseStillRunningIsMeasuredOnTheCalendarNow() throws {
        var run = try TrainingRuns.seedRun(after: 2)
        let found = try #require(run.case(named: "kasus1"))
        // Mon 07:30 → Tue 09:00: 9 working hours; 25.5 hours round the clock.
        #expect(run.leadMinutes(of: found) == 9 * 60)
        run.setCalendar(.roundTheClock)
        #expect(run.leadMinutes(of: try #require(run.case(named: "kasus1"))) == 25.5 * 60)
    }
}
