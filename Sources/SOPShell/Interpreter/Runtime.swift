import SOPRuntime

/// The local variables of one running procedure (or of the top-level code's blocks), by
/// slot: the compiler resolves every local name to a slot once, so running code never
/// looks a name up.
final class Frame {
    var slots: [Value]

    init(size: Int) {
        slots = [Value](repeating: .null, count: size)
    }
}

/// Global variables: those declared by `let` at the top level of a script or the prompt.
/// They outlive each statement; the shell snapshots them to undo a failed statement.
final class Globals {
    private(set) var slots: [String: Int] = [:]
    var values: [Value] = []
    /// Changes whenever slots may have been taken away (a restore), so that code which
    /// remembered a slot knows to look the name up again.
    private(set) var generation = 0

    func slot(of name: String) -> Int? { slots[name] }

    /// A name's slot, remembered between calls while the generation holds.
    final class Reference {
        let name: String
        private var slot = -1
        private var generation = -1

        init(_ name: String) { self.name = name }

        func slot(in globals: Globals) -> Int? {
            if generation == globals.generation { return slot }
            guard let found = globals.slots[name] else { return nil }
            slot = found
            generation = globals.generation
            return found
        }
    }

    func declare(_ name: String, _ value: Value) {
        if let slot = slots[name] {
            values[slot] = value
        } else {
            slots[name] = values.count
            values.append(value)
        }
    }

    struct Snapshot {
        var slots: [String: Int]
        var values: [Value]
    }

    var snapshot: Snapshot { Snapshot(slots: slots, values: values) }

    func restore(_ snapshot: Snapshot) {
        slots = snapshot.slots
        values = snapshot.values
        generation += 1
    }
}

/// How a statement ended: normally, or by `break`, `continue` or `return`.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}

typealias Evaluate = (Frame) throws(ShellError) -> Value
typealias Execute = (Frame) throws(ShellError) -> Flow

/// A procedure ready to run: its parameters are the first slots of its frame. A class, so
/// that a call shares it instead of copying its fields.
final class CompiledProcedure {
    let name: String
    let parameterNames: [String]
    /// Default values, evaluated in the callee's frame after the earlier parameters are set.
    let defaults: [Evaluate?]
    /// How many arguments a call must give: the parameters before the first default.
    let requiredCount: Int
    let frameSize: Int
    let body: Execute
    let location: SourceLocation

    init(name: String, parameterNames: [String], defaults: [Evaluate?], frameSize: Int, body: @escaping Execute, location: SourceLocation) {
        self.name = name
        self.parameterNames = parameterNames
        self.defaults = defaults
        self.requiredCount = defaults.firstIndex { $0 != nil } ?? parameterNames.count
        self.frameSize = frameSize
        self.body = body
        self.location = location
    }
}

/// Where a procedure name points. Calls compiled before a procedure is (re)defined still
/// find it, because they hold the box, not the procedure.
final class ProcedureBox {
    var procedure: CompiledProcedure?
}
