import Foundation
import SOPRuntime
import Testing

/// A run names steps to people by their numbers as the SOP writes them, never by their rows
/// in the table: the two part as soon as a step has sub-steps (3.1, 3.2). A journal edited by
/// hand is where a row without its step shows through, so its refusals are held here to the
/// step's number, or to "row N" where the SOP has no step to name.
@Suite struct TrainingRunStepNames {
    /// Five rows numbered 1, 2, 3.1, 3.2 and 4: row 4 of the table is step 3.2, a decision
    /// that sends the letter back to 3.1 or on to 4.
    static func subStepped() -> SOP {
        var sop = TestSOPs.clean()
        sop.steps = [
            TestSOPs.step(1, "Menerima permohonan", by: "staf", needs: "", time: "30 menit", gives: "berkas permohonan"),
            TestSOPs.step(
                2, "Memeriksa kelengkapan berkas", by: "staf", needs: "berkas permohonan", time: "1 jam", gives: "berkas lengkap"),
            Step(
                number: StepNumber([3, 1]), activity: "Menyusun konsep surat", executors: ["staf"], requirements: "berkas lengkap",
                time: StandardTime("2 jam"), output: "konsep surat"),
            Step(
                number: StepNumber([3, 2]), activity: "Memeriksa konsep surat", executors: ["kepala"], requirements: "konsep surat",
                time: StandardTime("1 jam"), output: "konsep surat yang diperiksa",
                decision: Decision(answers: [
                    Answer(label: "setuju", target: .step(StepNumber(4))),
                    Answer(label: "perbaiki", target: .step(StepNumber([3, 1])))
                ])),
            TestSOPs.step(4, "Menandatangani surat", by: "kepala", needs: "konsep surat yang diperiksa", time: "30 menit", gives: "surat")
        ]
        return sop
    }

    /// A journal of kasus1 done up to step 3.2 (rows 1 to 3 by staf), with `edited` lines
    /// added by hand, read back and replayed: the refusal of the first line that does not fit.
    static func replayRefusal(adding edited: [String]) throws -> String {
        let sop = Self.subStepped()
        var run = try TrainingRun(sop: sop)
        try run.start(name: "kasus1", at: TrainingRuns.moment("2026-03-02T07:30"), now: TrainingRuns.moment("2026-03-01T12:00"))
        for _ in 0..<3 { try run.perform(in: "kasus1", as: "staf") }
        let file = TrainingRuns.JournalFile()
        defer { file.remove() }
        try RunJournal(path: file.path).begin(.init(sop: "subbab.yaml", content: sop, calendar: run.initialCalendar), events: run.events)
        try file.write(try file.lines() + edited)
        let contents = try RunJournal.read(file.path)
        var again = try TrainingRun(sop: sop)
        do throws(TrainingRun.ReplayFailure) {
            try again.replayJournal(contents.events)
        } catch {
            #expect(error.index == run.events.count, "the first edited line is the one refused")
            return error.refusal.reason
        }
        Issue.record("the edited journal was replayed")
        return ""
    }

    @Test func liveActionsNameTheStepsByTheirNumbers() throws {
        var run = try TrainingRun(sop: Self.subStepped())
        try run.start(name: "kasus1", at: TrainingRuns.moment("2026-03-02T07:30"), now: TrainingRuns.moment("2026-03-01T12:00"))
        let early = TrainingRuns.refusal { () throws(Refusal) in try run.perform(in: "kasus1", step: .at(3), as: "staf") }
        #expect(early?.reason == "step 3.2 is not ready: case kasus1 is at step 1")
        for _ in 0..<3 { try run.perform(in: "kasus1", as: "staf") }
        #expect(run.todo(for: "kepala").map { run.sop.steps[$0.step].label } == ["3.2"])
        let decision = TrainingRuns.refusal { () throws(Refusal) in try run.perform(in: "kasus1", as: "kepala") }
        #expect(decision?.reason == "step 3.2 is a decision: answer it with decide")
    }

    /// The journal keeps a step as the plain number it always was: journals on disk read as before.
    @Test func aJournalWritesAStepAsItsPlainRowNumberFromZero() throws {
        let file = TrainingRuns.JournalFile()
        defer { file.remove() }
        let events: [RunEvent] = [
            .performed(caseName: "kasus1", step: .at(2), role: "staf", took: nil),
            .decided(caseName: "kasus1", step: .at(3), role: "kepala", answer: 1, took: .minutes(90))
        ]
        try RunJournal.save(.init(sop: "subbab.yaml", content: Self.subStepped(), calendar: .office), events: events, to: file.path)
        #expect(
            try file.lines().dropFirst() == [
                #"{"performed":{"caseName":"kasus1","role":"staf","step":2}}"#,
                #"{"decided":{"answer":1,"caseName":"kasus1","role":"kepala","step":3,"took":{"days":0,"minutes":90}}}"#
            ])
        #expect(try RunJournal.read(file.path).events == events)
    }

    @Test func aJournalThatCarriesOutADecisionNamesTheDecisionByItsNumber() throws {
        // Row 4 (index 3) is step 3.2, a decision: not "step 4".
        let reason = try Self.replayRefusal(adding: [#"{"performed":{"caseName":"kasus1","role":"kepala","step":3}}"#])
        #expect(reason == "step 3.2 of the run is a decision in this SOP, not a process step")
    }

    @Test func aJournalThatAnswersAtAProcessStepNamesThatStepByItsNumber() throws {
        // Row 3 (index 2) is step 3.1, a process step.
        let reason = try Self.replayRefusal(adding: [#"{"decided":{"answer":0,"caseName":"kasus1","role":"staf","step":2}}"#])
        #expect(reason == "the run answers step 3.1 as a decision, but in this SOP it is a process step")
    }

    @Test func aJournalThatGivesAnAnswerTheDecisionDoesNotHaveNamesTheStepByItsNumber() throws {
        let reason = try Self.replayRefusal(adding: [#"{"decided":{"answer":5,"caseName":"kasus1","role":"kepala","step":3}}"#])
        #expect(reason == "the run gives answer 6 at step 3.2, which has 2 answers")
    }

    @Test func aJournalStepBeyondTheTableIsARowThisSOPDoesNotHave() throws {
        let performed = try Self.replayRefusal(adding: [#"{"performed":{"caseName":"kasus1","role":"kepala","step":7}}"#])
        #expect(performed == "the run names a step this SOP does not have (row 8)")
        let decided = try Self.replayRefusal(adding: [#"{"decided":{"answer":0,"caseName":"kasus1","role":"kepala","step":5}}"#])
        #expect(decided == "the run names a step this SOP does not have (row 6)")
    }

    @Test func aJournalStepBeforeTheFirstRowIsRefusedWhenTheJournalIsRead() throws {
        let file = TrainingRuns.JournalFile()
        defer { file.remove() }
        let sop = Self.subStepped()
        try RunJournal(path: file.path).begin(.init(sop: "subbab.yaml", content: sop, calendar: .office))
        try file.write(try file.lines() + [#"{"performed":{"caseName":"kasus1","role":"staf","step":-3}}"#])
        #expect {
            try RunJournal.read(file.path)
        } throws: { error in
            (error as? SOPReadError)?.message == "line 2 of the run journal: the run names row -2 of the table, and rows count from 1"
        }
    }
}
