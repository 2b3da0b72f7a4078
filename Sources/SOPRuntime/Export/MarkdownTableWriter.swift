/// Writes an SOP as Markdown for wikis and READMEs: the title, the identity part as a small
/// table, and the flowchart table with a column per role (the symbol the role draws on the
/// row: ⬭ first or last activity, ▭ process, ◇ decision), the Mutu Baku, and where the flow
/// goes after each step, since a Markdown table cannot draw arrows.
public enum MarkdownTableWriter {
    public static func write(_ sop: SOP) -> String {
        let identity = sop.identity
        let cell = ExportEscaping.markdownCell
        var lines = ["# " + cell(identity.title.isEmpty ? "(tanpa judul)" : identity.title), ""]
        var facts: [(String, String)] = [
            ("Instansi", identity.organisation.joined(separator: "\n")),
            ("Nomor SOP", identity.number),
            ("Tanggal Pembuatan", identity.createdOn),
            ("Tanggal Revisi", identity.revisedOn),
            ("Tanggal Efektif", identity.effectiveOn),
            (
                "Disahkan oleh",
                [
                    identity.approver.position, identity.approver.name,
                    identity.approver.nip.isEmpty ? "" : "NIP " + identity.approver.nip
                ]
                .filter { !$0.isEmpty }.joined(separator: "\n")
            )
        ]
        facts += [
            ("Dasar Hukum", numbered(identity.legalBasis)),
            (
                "Kualifikasi Pelaksana",
                sop.roles.filter { !$0.qualifications.isEmpty }
                    .map { $0.name + ": " + $0.qualifications.joined(separator: "; ") }.joined(separator: "\n")
            ),
            ("Keterkaitan", numbered(identity.relatedSOPs)),
            ("Peralatan/Perlengkapan", numbered(identity.equipment)),
            ("Peringatan", numbered(identity.warnings)),
            ("Pencatatan dan Pendataan", numbered(identity.records))
        ]
        lines += ["| Identitas | |", "| --- | --- |"]
        lines += facts.map { "| \($0.0) | \(cell($0.1)) |" }
        lines.append("")

        let layout = FlowchartLayout(sop)
        let roleNames = layout.lanes.map(\.name)
        let headings = ["No", "Uraian Kegiatan"] + roleNames + ["Persyaratan/Kelengkapan", "Waktu", "Output", "Keterangan", "Alur"]
        lines.append("| " + headings.map(cell).joined(separator: " | ") + " |")
        lines.append("| " + headings.map { _ in "---" }.joined(separator: " | ") + " |")
        let flow = FlowGraph(sop)
        for (index, step) in zip(sop.stepIndices, sop.steps) {
            let row = layout.row(ofStep: index)!
            let node = layout.nodes[row]
            let marks = layout.lanes.indices.map { lane in
                lane == node.lane || node.jointLanes.contains(lane) ? mark(node.symbol) : ""
            }
            let cells =
                [step.label, step.activity] + marks
                + [step.requirements, step.time.text, step.output, step.notes, flowText(index, sop: sop, flow: flow)]
            lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func numbered(_ items: [String]) -> String {
        items.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n")
    }

    private static func mark(_ symbol: FlowchartLayout.Symbol) -> String {
        switch symbol {
        case .terminator: "⬭"
        case .process: "▭"
        case .decision: "◇"
        case .connector: "⬠"
        }
    }

    /// "→ 3", "selesai", or for a decision "menyetujui → 5; perlu perbaikan → 2".
    static func flowText(_ index: StepIndex, sop: SOP, flow: FlowGraph) -> String {
        func name(_ destination: FlowGraph.Destination) -> String {
            switch destination {
            case .step(let next): "→ " + sop.steps[next].label
            case .end: "→ selesai"
            case .unresolved(let target): "→ ? " + (target?.description ?? "(belum ditentukan)")
            }
        }
        return flow.edges[index].map { edge in
            guard let answer = edge.answer else { return name(edge.to) }
            return sop.steps[index].decision!.answers[answer].label + " " + name(edge.to)
        }.joined(separator: "; ")
    }
}
