import Foundation
import SOPRuntime

/// The trainer's demonstration: the case played through step by step with narration.
extension Command {
    static let walk = Command(
        name: "walk", group: .running,
        summary: "play the current case through with narration, for a room (pauses, asks at decisions)",
        details: """
            Plays the current case (starting one if there is none) to the end: at each step it narrates who \
            does what, with what, producing what, in how long, and waits for Enter; at each decision it asks the \
            room for the answer, or takes the next of --answers (labels or numbers, separated by commas). The \
            actions are the same as `do` and `decide` typed by each role, so the log is the same, and each is \
            journaled as soon as it is done: a crash loses no step the walk has shown. At a pause or a question, \
            Ctrl-C stops the walk and Ctrl-D ends it; either way the steps walked so far stay done (the room saw \
            them; `undo` takes them back one by one), as they do when a step is refused, and `walk` goes on from \
            where the case stands. Away from a terminal it does not pause, and every decision needs a scripted answer. \
            A step with no standard time (“Sesuai kebutuhan”, or blank) takes --as-needed, as `do --took` would.
            """,
        examples: [
            "walk", "walk --answers \"perlu perbaikan,menyetujui,menyetujui,melaporkan ke atasan Kepala UKPBJ\"",
            "walk --no-pause --answers 2,1,1,2", "walk --as-needed 2h"
        ],
        flags: [
            .answers,
            .asNeeded,
            .noPause
        ],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        if session.run == nil || session.run?.cases.isEmpty == true {
            _ = try Command.start.run(invocation.with(command: .start), &session)
        }
        let run = try session.requireRun(invocation)
        let caseName = try session.requireCase(invocation)
        let answers = (invocation.text(.answers) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var walk = Walk(invocation: invocation, run: run, caseName: caseName, asNeeded: try invocation.duration(flag: .asNeeded))
        var room = session.openRoom(
            RoomRequest(
                answers: answers, pauses: !invocation.has(.noPause),
                narratesOnStandardError: invocation.has(.json)))
        return try walk.play(in: &room, session: &session)
    }
}
