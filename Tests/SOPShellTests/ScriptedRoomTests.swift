import Foundation
import SOPRuntime
import Testing

@testable import SOPShell

/// The walk played in the library through a `ScriptedRoom`, with no terminal and no binary:
/// any room that says, pauses and answers can drive it (the terminal is one, a browser view
/// could be another). The seed's walk and its answers are `TrainingRunShell.seedWalk`.
@Suite struct ScriptedRoomWalk {
    /// A walk of the seed's kasus1, started Monday 2026-03-02 07:30, and the session it commits to.
    static func seedWalk() throws -> (Walk, Session) {
        let sop = try SOPFile.open(Sopsh.root.appendingPathComponent(Examples.seedYAML).path).0.sop
        var run = try TrainingRun(sop: sop)
        let monday = try #require(CivilDateTime("2026-03-02T07:30"))
        try run.start(name: "kasus1", at: monday, now: monday)
        var session = Session()
        session.run = run
        let statement = CommandWords(name: Token(.word, "walk", SourceLocation(file: nil, line: 1, column: 1)), arguments: [], values: [])
        return (Walk(invocation: try Invocation(.walk, statement), run: run, caseName: "kasus1", asNeeded: nil), session)
    }

    /// The labels of the steps kasus1 has done, in order.
    static func doneLabels(_ session: Session) throws -> [String] {
        let run = try #require(session.run)
        return try #require(run.case(named: "kasus1")).steps.map { run.sop.steps[$0.step].label }
    }

    /// Twice back from step 3 to step 2 and once from 11 to 10, each answer said as it is
    /// taken, every step heard as it is done, and the case finished: the walk never waited.
    @Test func theScriptedRoomDrivesAWalkThroughTheReworkLoops() throws {
        var (walk, session) = try Self.seedWalk()
        let answers = TrainingRunShell.seedWalk.compactMap(\.answer)
        var room = ScriptedRoom(answers: answers, output: nil)
        let result = try walk.play(in: &room, session: &session)

        #expect(try Self.doneLabels(session) == TrainingRunShell.seedWalk.map(\.label))
        #expect(session.run?.case(named: "kasus1")?.position == nil, "the case is finished")
        #expect(room.answers.isEmpty)
        #expect(room.heard.filter { $0.hasPrefix("  answer: ") } == answers.map { "  answer: \($0)" })
        #expect(room.heard.filter { $0.hasPrefix("▶ Step 2 ") }.count == 3, "\(room.heard)")
        #expect(room.heard.filter { $0.hasPrefix("▶ Step 10 ") }.count == 2, "\(room.heard)")
        #expect(room.heard.filter { $0.hasPrefix("  step ") }.count == TrainingRunShell.seedWalk.count, "\(room.heard)")
        #expect(result.display?.contains("the case is finished") == true, "\(result.display ?? "")")
    }

    /// A scripted room whose answers run out stops the walk at the next decision, inside the
    /// loop, keeping the steps walked and saying how to go on.
    @Test func aScriptedRoomWithNoAnswerLeftStopsTheWalkInsideTheLoop() throws {
        var (walk, session) = try Self.seedWalk()
        var room = ScriptedRoom(answers: ["perlu perbaikan"], output: nil)
        let result = try walk.play(in: &room, session: &session)

        #expect(try Self.doneLabels(session) == ["1", "2", "3", "2"])
        #expect(room.heard.last == "  walk stopped at step 3: no scripted answer is left for this decision")
        #expect(
            result.display == "  go on with `decide ANSWER`, or `walk --answers \"menyetujui,perlu perbaikan\"`", "\(result.display ?? "")")
    }
}
