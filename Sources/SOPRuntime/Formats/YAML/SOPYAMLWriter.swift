import Yams

/// Writes an SOP in our YAML format (docs/format.md), keys in the order the standard prints
/// its fields. Reading the result gives back the same `SOP`: only layout may differ from
/// the file it came from, and Indonesian text is written as UTF-8, never escaped.
public enum SOPYAMLWriter {
    public static func write(_ sop: SOP) -> String {
        let document = Node.mapping(Node.Mapping([
            (key("identitas"), identity(sop.identity)),
            (key("pelaksana"), sequence(sop.roles.map(role))),
            (key("kegiatan"), sequence(sop.steps.map(step))),
        ]))
        // Serialising a tree of plain strings cannot fail; a failure would be a bug in Yams.
        let body = (try? Yams.serialize(node: document, indent: 2, width: -1, allowUnicode: true)) ?? ""
        return header + spaced(body)
    }

    static let header = "# SOP in sopsh's YAML format: see docs/format.md\n"

    static func identity(_ identity: Identity) -> Node {
        let approver = Node.mapping(Node.Mapping([
            (key("jabatan"), text(identity.approver.position)),
            (key("nama"), text(identity.approver.name)),
            (key("nip"), text(identity.approver.nip)),
        ]))
        return .mapping(Node.Mapping(IdentityField.allCases.map { field in
            let value: Node = switch field {
            case .organisation: texts(identity.organisation)
            case .number: text(identity.number)
            case .createdOn: text(identity.createdOn)
            case .revisedOn: text(identity.revisedOn)
            case .effectiveOn: text(identity.effectiveOn)
            case .approver: approver
            case .title: text(identity.title)
            case .legalBasis: texts(identity.legalBasis)
            case .relatedSOPs: texts(identity.relatedSOPs)
            case .equipment: texts(identity.equipment)
            case .warnings: texts(identity.warnings)
            case .records: texts(identity.records)
            }
            return (key(field.rawValue), value)
        }))
    }

    static func role(_ role: Role) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(role.id)),
            (key("nama"), text(role.name)),
            (key("jumlah"), integer(role.staff)),
        ]
        if !role.qualifications.isEmpty { pairs.append((key("kualifikasi"), texts(role.qualifications))) }
        return .mapping(Node.Mapping(pairs))
    }

    static func step(_ step: Step) -> Node {
        // One executor is written bare, unless it is blank: `pelaksana: ""` reads as none.
        let executors: Node = step.executors.count == 1 && !step.executors[0].isEmpty
            ? text(step.executors[0])
            : .sequence(Node.Sequence(step.executors.map { text($0) }, Tag(.implicit), .flow))
        var pairs: [(Node, Node)] = [
            (key("nomor"), step.number.map(number) ?? text("")),
            (key("uraian_kegiatan"), text(step.activity)),
            (key("pelaksana"), executors),
            (key("mutu_baku"), .mapping(Node.Mapping([
                (key("persyaratan_kelengkapan"), text(step.requirements)),
                (key("waktu"), text(step.time.text)),
                (key("output"), text(step.output)),
            ]))),
        ]
        if !step.notes.isEmpty { pairs.append((key("keterangan"), text(step.notes))) }
        if let decision = step.decision {
            pairs.append((key("keputusan"), sequence(decision.answers.map(answer))))
        }
        if let next = step.next { pairs.append((key("lanjut_ke"), target(next))) }
        return .mapping(Node.Mapping(pairs))
    }

    static func answer(_ answer: Answer) -> Node {
        var pairs: [(Node, Node)] = [(key("jawaban"), text(answer.label))]
        pairs.append((key("ke"), answer.target.map(target) ?? text("")))
        return .mapping(Node.Mapping(pairs))
    }

    static func target(_ target: Target) -> Node {
        switch target {
        case .step(let stepNumber): number(stepNumber)
        case .end: text(Target.endWord)
        }
    }

    /// A whole step number plain (`nomor: 4`); a sub-step quoted (`nomor: "3.10"`), since YAML
    /// would read 3.10 as the number 3.1.
    static func number(_ number: StepNumber) -> Node {
        number.parts.count == 1 ? integer(number.main) : text(number.description, forceQuotes: true)
    }

    static func key(_ name: String) -> Node { .scalar(Node.Scalar(name)) }

    static func integer(_ value: Int) -> Node {
        .scalar(Node.Scalar(String(value), Tag(.int), .plain))
    }

    static func texts(_ items: [String]) -> Node { sequence(items.map { text($0) }) }

    static func sequence(_ nodes: [Node]) -> Node { .sequence(Node.Sequence(nodes, Tag(.implicit), .block)) }

    /// Text plain where YAML reads it back as the same text, quoted where it would read
    /// as something else (`19810708`, `true`, `2025-02-21`, ``), as a block where it has lines.
    static func text(_ value: String, forceQuotes: Bool = false) -> Node {
        let plain = Node.Scalar(value, Tag(.implicit), .plain)
        let style: Node.Scalar.Style
        if value.contains("\n") {
            style = .literal
        } else if forceQuotes || value.isEmpty || Resolver.default.resolveTag(of: .scalar(plain)) != .str {
            style = .doubleQuoted
        } else {
            style = .any
        }
        return .scalar(Node.Scalar(value, Tag(.str), style))
    }

    /// A blank line before each top-level section and each step, so that a person can read
    /// the file. Only lines at column 0 are touched, which block text never has.
    static func spaced(_ body: String) -> String {
        var lines: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let startsSection = ["pelaksana:", "kegiatan:"].contains(where: { line.hasPrefix($0) })
            let startsStep = line.hasPrefix("- nomor:") || line.hasPrefix("  - nomor:")
            if (startsSection || startsStep), let last = lines.last, !last.isEmpty, !last.hasSuffix("kegiatan:") {
                lines.append("")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
