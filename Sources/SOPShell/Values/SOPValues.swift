import SOPRuntime

/// SOP data as values. Keys are those of our YAML format (docs/format.md), so a script reads
/// `step.waktu` under the same name an SOP author writes it.
enum SOPValues {
    static func identity(_ identity: Identity) -> Value {
        var record = Record()
        for field in IdentityField.allCases {
            record[field.rawValue] =
                switch field {
                case .organisation: .strings(identity.organisation)
                case .number: .string(identity.number)
                case .createdOn: .string(identity.createdOn)
                case .revisedOn: .string(identity.revisedOn)
                case .effectiveOn: .string(identity.effectiveOn)
                case .approver:
                    .record([
                        "jabatan": .string(identity.approver.position),
                        "nama": .string(identity.approver.name),
                        "nip": .string(identity.approver.nip)
                    ])
                case .title: .string(identity.title)
                case .legalBasis: .strings(identity.legalBasis)
                case .relatedSOPs: .strings(identity.relatedSOPs)
                case .equipment: .strings(identity.equipment)
                case .warnings: .strings(identity.warnings)
                case .records: .strings(identity.records)
                }
        }
        return .record(record)
    }

    static func role(_ role: Role, in sop: SOP) -> Record {
        let steps = sop.steps.filter { $0.executors.contains(role.id) }.map(\.label)
        return [
            "id": .string(role.id), "nama": .string(role.name), "jumlah": .number(Double(role.staff)),
            "kualifikasi": .strings(role.qualifications), "langkah": .strings(steps)
        ]
    }

    static func step(_ step: Step) -> Record {
        var record: Record = [
            "nomor": .string(step.label),
            "uraian_kegiatan": .string(step.activity),
            "pelaksana": .strings(step.executors),
            "persyaratan_kelengkapan": .string(step.requirements),
            "waktu": .string(step.time.text),
            "output": .string(step.output),
            "keterangan": .string(step.notes)
        ]
        if let decision = step.decision {
            record["keputusan"] = .list(
                decision.answers.map { answer in
                    .record(["jawaban": .string(answer.label), "ke": answer.target.map { .string($0.description) } ?? .null])
                })
        }
        if let next = step.next { record["lanjut_ke"] = .string(next.description) }
        return record
    }

    /// Where the flow goes after a step, in one line: `→ 5`, `menyetujui → 5 · perlu perbaikan → 2`.
    static func flow(of index: StepIndex, in sop: SOP, graph: FlowGraph) -> String {
        let arrows = graph.edges[index].map { edge -> String in
            let target: String =
                switch edge.to {
                case .step(let next): sop.steps[next].label
                case .end: Target.endWord
                case .unresolved(let target): target.map { "\($0)?" } ?? "?"
                }
            guard let answer = edge.answer else { return "→ \(target)" }
            return "\(sop.steps[index].decision!.answers[answer].label) → \(target)"
        }
        return arrows.joined(separator: " · ")
    }

    static func diagnostic(_ diagnostic: Diagnostic) -> Value {
        var record: Record = [
            "severity": .string(diagnostic.severity.rawValue),
            "code": .string(diagnostic.code.rawValue),
            "subject": diagnostic.subject.map(Value.string) ?? .null,
            "message": .string(diagnostic.message),
            "hint": diagnostic.hint.map(Value.string) ?? .null
        ]
        if let location = diagnostic.location {
            record["file"] = location.file.map(Value.string) ?? .null
            record["line"] = .number(Double(location.line))
            record["column"] = .number(Double(location.column))
            if let page = location.page { record["page"] = .number(Double(page)) }
        }
        return .record(record)
    }

    /// "3 errors, 2 warnings, 1 note", or "no problems found".
    static func tally(_ diagnostics: [Diagnostic]) -> String {
        let parts = Diagnostic.Severity.allCases.compactMap { severity -> String? in
            let count = diagnostics.count(of: severity)
            return count == 0 ? nil : severity.counted(count)
        }
        return parts.isEmpty ? localized("no problems found") : parts.joined(separator: ", ")
    }
}
