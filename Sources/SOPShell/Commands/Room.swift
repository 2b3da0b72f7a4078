import SOPRuntime

/// Where a walk is seen and answered: the trainer's room. The walk decides what happens and
/// what is said; the room only shows it and gives its answers, so that a terminal, a script
/// (`--answers`, a test) or a browser view can each be the room without a change to the walk.
protocol Room {
    /// Shows a line of narration at once: the room sees each step as it is done and journaled.
    mutating func say(_ text: Message)
    /// Waits between two steps, for the room to take in the one just done: nil when it goes on.
    mutating func pause() -> RoomStop?
    /// The room's answer at the decision `step`.
    mutating func answer(_ step: Step) -> RoomAnswer
}

/// How the room stops a walk short of the end; the steps walked stay done either way.
enum RoomStop: Equatable {
    /// Ctrl-C: the walk is interrupted, like any statement (a script stops there too).
    case interrupted
    /// Ctrl-D: the walk ends quietly where the case stands.
    case ended
}

/// What the room gives at a decision.
enum RoomAnswer: Equatable {
    /// An answer chosen in the room, which saw it given.
    case chosen(String)
    /// An answer written beforehand (`--answers`): the walk says it, since nobody gave it aloud.
    case scripted(String)
    case stopped(RoomStop)
    /// No answer written beforehand is left, and nobody is there to ask.
    case noneLeft
}

/// What a walk asks of the room it is to be played in; the shell opens the room
/// (`Session.openRoom`): a terminal's when people sit at one, else the written answers alone.
struct RoomRequest: Sendable {
    /// The answers given with `--answers`, taken in order before anyone is asked.
    var answers: [String]
    /// Whether the room waits for Enter between steps (not with `--no-pause`).
    var pauses: Bool
    /// Whether the narration goes to stderr, because stdout carries `--json`.
    var narratesOnStandardError: Bool
}
