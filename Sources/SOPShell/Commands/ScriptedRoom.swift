import Foundation
import SOPRuntime

/// A room that never waits and answers from a list: `walk --answers` away from a terminal, and
/// tests, which read what the room was told.
struct ScriptedRoom: Room {
    /// The answers to give at the decisions, in order (labels or numbers, as `decide` takes).
    var answers: ArraySlice<String>
    /// Where the narration is written as it is said; nil keeps it in `heard`, for a test.
    var output: FileHandle?
    /// The narration, when there is no `output` to write it to.
    private(set) var heard: [String] = []

    init(answers: some Sequence<String>, output: FileHandle?) {
        self.answers = ArraySlice(answers)
        self.output = output
    }

    mutating func say(_ text: Message) {
        if let output {
            output.write(Data((text.text + "\n").utf8))
        } else {
            heard.append(text.text)
        }
    }

    func pause() -> RoomStop? { nil }

    mutating func answer(_ step: Step) -> RoomAnswer {
        answers.popFirst().map(RoomAnswer.scripted) ?? .noneLeft
    }
}
