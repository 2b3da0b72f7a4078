import SOPRuntime

/// Everything a shell remembers between commands. A value: the runner keeps a copy before
/// each command and puts it back when the command fails, so an error never leaves a half-
/// changed state behind.
public struct Session: Sendable {
    /// The SOP being worked on, if any.
    var document: OpenDocument?
    /// Set by `quit`/`exit`: the shell stops with this status after the current statement.
    var exitStatus: Int32?
    /// Whether `exec` may run host programs: only when sopsh was started with --allow-exec.
    var allowsHostPrograms = false
    /// The cases being walked through the open SOP, if any.
    var run: TrainingRun?
    /// The role the user acts as (`as`).
    var role: String?
    /// The case that `do`, `decide`, `status` … act on (`switch`).
    var currentCase: String?
    /// Where the run is journaled as it happens; `resume` reads it back.
    var journalPath: String?
    /// How many times a run's actions were committed (journaled, when there is a journal): a
    /// statement that did some keeps them even if it fails (see `keepRunActions(of:)`).
    var runCommits = 0
    /// The calendar new runs use (`calendar` changes it).
    var calendar: WorkCalendar = .office
    /// The last scenario simulated, for `timeline --simulated`.
    var simulated: SimulatedRun?
    /// Opens the room a walk is played in. The shell gives a terminal's room when people sit
    /// at one; without a shell (a library, a test), the written answers alone, narration kept.
    var openRoom: @Sendable (RoomRequest) -> any Room = { ScriptedRoom(answers: $0.answers, output: nil) }

    public init() {}
}

/// An SOP opened from a file, with what is needed to save it back and to locate findings.
struct OpenDocument: Sendable {
    var sop: SOP {
        didSet {
            isEdited = true
            checkerFindings = nil
        }
    }
    /// The file it was opened from.
    var path: String
    var format: SOPFile.Format
    /// Where its parts stood in the file (for located findings).
    var sourceMap: SourceMap {
        didSet { checkerFindings = nil }
    }
    /// What the reader said when opening it.
    var readDiagnostics: [Diagnostic]
    /// The SOP as last read or saved, to tell whether there are unsaved changes.
    var savedSOP: SOP
    /// Where `save` without a file writes: the opened file if it is ours, else nil.
    var savePath: String?
    /// The editor's schema line the file had, written again by `save`.
    var schema: SchemaLine? = nil

    var hasUnsavedChanges: Bool { sop != savedSOP }

    /// Whether the SOP was changed since it was read (saving does not undo this).
    private(set) var isEdited = false

    /// The checker's findings on `sop`, kept until it changes: opening reports them and
    /// `check` lists them, and a big SOP takes a noticeable time to check.
    private(set) var checkerFindings: [Diagnostic]? = nil

    /// Reading findings and the checker's. The reader's notes describe the file as it was
    /// read ("the executors must be assigned") and are dropped once the SOP is edited.
    mutating func diagnostics() -> [Diagnostic] {
        let reading = isEdited ? readDiagnostics.filter { $0.severity != .note } : readDiagnostics
        let findings = checkerFindings ?? sop.check(sourceMap: sourceMap)
        checkerFindings = findings
        return reading + findings
    }
}

/// A scenario as `simulate` ran it on an SOP: enough to run its first replication again,
/// which gives the same cases, draw for draw.
struct SimulatedRun: Sendable {
    var sop: SOP
    var scenario: Scenario
}
