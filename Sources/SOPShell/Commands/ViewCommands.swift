import SOPRuntime

/// Looking at the open SOP: its cover, roles, steps, and one step in full.
extension Command {
    static let info = Command(
        name: "info", group: .viewing,
        summary: "show the identity part (cover) of the open SOP",
        details:
            "Shows the cover of the open SOP: unit, number, dates, who signed it, title, legal basis, related SOPs, equipment, warnings and records.",
        examples: ["info", "info --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        return CommandResult(SOPValues.identity(document.sop.identity))
    }

    static let roles = Command(
        name: "roles", group: .viewing,
        summary: "list the roles (Pelaksana) with their ids, staff and steps",
        details:
            "Lists the roles in the flowchart's column order: the short id to type, the name as written, how many people hold the role, and the steps it carries out.",
        examples: ["roles", "roles --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let sop = try session.requireDocument(invocation).sop
        let table = Table(
            columns: [
                .init("id", "Id"), .init("nama", "Name"), .init("jumlah", "Staff"),
                .init("langkah", "Steps", wraps: true)
            ],
            rows: sop.roles.map { SOPValues.role($0, in: sop) })
        return CommandResult(.table(table))
    }

    static let steps = Command(
        name: "steps", group: .viewing,
        summary: "list the steps: activity, executors, time, output and where each leads",
        details:
            "Lists the steps of the flowchart table in order, with the executors' ids, the standard time, the output and the flow after each step (decisions show each answer and where it leads; `?` where a draft does not say).",
        examples: ["steps", "steps --json"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let sop = try session.requireDocument(invocation).sop
        let graph = FlowGraph(sop)
        let rows = sop.stepIndices.map { index -> Record in
            var record = SOPValues.step(sop.steps[index])
            record["alur"] = .string(SOPValues.flow(of: index, in: sop, graph: graph))
            return record
        }
        let table = Table(
            columns: [
                .init("nomor", "No"), .init("uraian_kegiatan", "Uraian Kegiatan", wraps: true),
                .init("pelaksana", "Pelaksana"), .init("waktu", "Waktu"),
                .init("output", "Output", wraps: true), .init("alur", "Flow", wraps: true)
            ],
            rows: rows)
        return CommandResult(.table(table))
    }

    static let show = Command(
        name: "show", group: .viewing,
        summary: "show one step in full",
        synopsis: "STEP",
        details:
            "Shows everything about one step: activity, executors by name, the Mutu Baku (requirements, time, output), notes, and where the flow goes after it.",
        examples: ["show 3", "show 11 --json"],
        arity: 1...1,
        completes: [.step]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let sop = document.sop
        let index = try document.stepIndex(invocation, argument: 0)
        let step = sop.steps[index]
        var record = SOPValues.step(step)
        record["alur"] = .string(SOPValues.flow(of: index, in: sop, graph: FlowGraph(sop)))
        // People read the executors by name; scripts get the ids, as `steps` gives them.
        var shown = record
        shown["pelaksana"] = .strings(step.executors.map { id in sop.role(id: id).map { "\($0.name) (\(id))" } ?? id })
        if step.notes.isEmpty { shown["keterangan"] = nil }
        return CommandResult(.record(record), presentation: .value(.record(shown)))
    }
}
