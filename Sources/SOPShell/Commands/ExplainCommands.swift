import SOPRuntime

/// Explaining the procedure to a room: one step in full, and the flow with the case's place.
extension Command {
    static let explain = Command(
        name: "explain", group: .running,
        summary: "explain a step: who, what, with what, producing what, how long, the warnings",
        synopsis: "STEP",
        details:
            "Explains STEP as a trainer would: its activity, its executor and the qualification that role needs, its requirements, output and standard time, where the flow goes after it, and the SOP's warnings.",
        examples: ["explain 3"],
        arity: 1...1,
        completes: [.step]
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let sop = document.sop
        let index = try document.stepIndex(invocation, argument: 0)
        let step = sop.steps[index]
        let roles = step.executors.compactMap(sop.role(id:))
        let record: Record = [
            "nomor": .string(step.label),
            "uraian_kegiatan": .string(step.activity.isEmpty ? (step.isDecision ? "(keputusan)" : "") : step.activity),
            "pelaksana": .strings(roles.map { "\($0.name) (\($0.id))" }),
            "kualifikasi": .list(roles.map { .record(["pelaksana": .string($0.name), "kualifikasi": .strings($0.qualifications)]) }),
            "persyaratan_kelengkapan": .string(step.requirements),
            "output": .string(step.output),
            "waktu": .string(step.time.text.isEmpty ? "—" : step.time.text),
            "alur": .string(SOPValues.flow(of: index, in: sop, graph: FlowGraph(sop))),
            "peringatan": .strings(sop.identity.warnings)
        ]
        return CommandResult(.record(record))
    }

    static let whereCase = Command(
        name: "where", group: .running,
        summary: "the flow of the procedure with the current case's place marked",
        details:
            "Shows every step in order with where it leads, marking the steps the current case has done (✓, with how many times) and the one it is at (▶).",
        examples: ["where"],
        arity: 0...0
    ) { invocation, session throws(ShellError) in
        let document = try session.requireDocument(invocation)
        let sop = document.sop
        let graph = FlowGraph(sop)
        let found = (try? session.requireCase(invocation)).flatMap { session.run?.case(named: $0) }
        let rows: [Record] = sop.stepIndices.map { index in
            let times = found?.steps.filter { $0.step == index }.count ?? 0
            var mark = times > 0 ? (times > 1 ? "✓×\(times)" : "✓") : ""
            if found?.position == index { mark = "▶" }
            let step = sop.steps[index]
            return [
                "mark": .string(mark), "nomor": .string(step.label),
                "uraian_kegiatan": .string(step.activity.isEmpty && step.isDecision ? "(keputusan)" : step.activity),
                "pelaksana": .strings(step.executors), "alur": .string(SOPValues.flow(of: index, in: sop, graph: graph))
            ]
        }
        return CommandResult(
            .table(
                Table(
                    columns: [
                        .init("mark", ""), .init("nomor", "No"),
                        .init("uraian_kegiatan", "Uraian Kegiatan", wraps: true),
                        .init("pelaksana", "Pelaksana"), .init("alur", "Flow", wraps: true)
                    ], rows: rows)))
    }
}
