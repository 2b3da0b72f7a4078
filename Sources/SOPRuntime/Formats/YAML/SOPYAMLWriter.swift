import Yams

/// Writes an SOP in our YAML format (docs/format.md), keys in the order the standard prints
/// its fields. Reading the result gives back the same `SOP`: only layout may differ from
/// the file it came from, and Indonesian text is written as UTF-8, never escaped.
public enum SOPYAMLWriter {
    public static func write(_ sop: SOP) -> String {
        let document = mapping([
            (key("identitas"), identity(sop.identity)),
            (key("pelaksana"), sequence(sop.roles.map(role))),
            (key("kegiatan"), sequence(sop.steps.map(step)))
        ])
        // Serialising a tree of plain strings cannot fail; a failure would be a bug in Yams.
        let body = (try? Yams.serialize(node: document, indent: 2, width: -1, allowUnicode: true)) ?? ""
        return header + spaced(body)
    }

    static let header = "# SOP in sopsh's YAML format: see docs/format.md\n"

    static func identity(_ identity: Identity) -> Node {
        let approver = mapping([
            (key("jabatan"), text(identity.approver.position)),
            (key("nama"), text(identity.approver.name)),
            (key("nip"), text(identity.approver.nip))
        ])
        return mapping(
            IdentityField.allCases.map { field in
                let value: Node =
                    switch field {
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
            })
    }

    static func role(_ role: Role) -> Node {
        var pairs: [(Node, Node)] = [
            (key("id"), text(role.id)),
            (key("nama"), text(role.name)),
            (key("jumlah"), integer(role.staff))
        ]
        if !role.qualifications.isEmpty { pairs.append((key("kualifikasi"), texts(role.qualifications))) }
        return mapping(pairs)
    }

    static func step(_ step: Step) -> Node {
        // One executor is written bare, unless it is blank: `pelaksana: ""` reads as none.
        let executors: Node =
            step.executors.count == 1 && !step.executors[0].isEmpty
            ? text(step.executors[0])
            : .sequence(Node.Sequence(step.executors.map { text($0) }, Tags.list, .flow))
        var pairs: [(Node, Node)] = [
            (key("nomor"), step.number.map(number) ?? text("")),
            (key("uraian_kegiatan"), text(step.activity)),
            (key("pelaksana"), executors),
            (
                key("mutu_baku"),
                mapping([
                    (key("persyaratan_kelengkapan"), text(step.requirements)),
                    (key("waktu"), text(step.time.text)),
                    (key("output"), text(step.output))
                ])
            )
        ]
        if !step.notes.isEmpty { pairs.append((key("keterangan"), text(step.notes))) }
        if let decision = step.decision {
            pairs.append((key("keputusan"), sequence(decision.answers.map(answer))))
        }
        if let next = step.next { pairs.append((key("lanjut_ke"), target(next))) }
        return mapping(pairs)
    }

    static func answer(_ answer: Answer) -> Node {
        var pairs: [(Node, Node)] = [(key("jawaban"), text(answer.label))]
        pairs.append((key("ke"), answer.target.map(target) ?? text("")))
        return mapping(pairs)
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

    /// Keys are tagged as text, so that the emitter does not run the resolver on each one.
    static func key(_ name: String) -> Node { .scalar(Node.Scalar(name, Tags.text, .plain)) }

    static func integer(_ value: Int) -> Node {
        .scalar(Node.Scalar(String(value), Tags.integer, .plain))
    }

    static func mapping(_ pairs: [(Node, Node)]) -> Node { .mapping(Node.Mapping(pairs, Tags.mapping)) }

    static func texts(_ items: [String]) -> Node { sequence(items.map { text($0) }) }

    static func sequence(_ nodes: [Node]) -> Node { .sequence(Node.Sequence(nodes, Tags.list, .block)) }

    /// Text plain where YAML reads it back as the same text, quoted where it would read
    /// as something else (`19810708`, `true`, `2025-02-21`, ``), as a block where it has lines.
    static func text(_ value: String, forceQuotes: Bool = false) -> Node {
        let style: Node.Scalar.Style
        if value.utf8.contains(UInt8(ascii: "\n")) {
            style = .literal
        } else if forceQuotes || value.isEmpty || readsAsOtherThanText(value) {
            style = .doubleQuoted
        } else {
            style = .any
        }
        return .scalar(Node.Scalar(value, Tags.text, style))
    }

    /// Whether YAML's default resolver would read `value`, written plain, as something other
    /// than text. Its rules (bool, int, float, merge, null, timestamp, value) only match a
    /// value that starts with a digit or one of `-+.<=~`, or is one of the words below, so
    /// most text is answered without running the resolver's regular expressions.
    static func readsAsOtherThanText(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return true }
        let mayBeNumberOrDate = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || "-+.<=~".utf8.contains(first)
        guard mayBeNumberOrDate || reservedWords.contains(value) else { return false }
        // Of the rules, only a timestamp (`2025-02-21 10:00:00`) holds a space or a tab.
        let hasBlank = value.utf8.contains(UInt8(ascii: " ")) || value.utf8.contains(UInt8(ascii: "\t"))
        let startsLikeDate = value.utf8.count > 4 && value.utf8.dropFirst(4).first == UInt8(ascii: "-")
        if hasBlank && !startsLikeDate { return false }
        return Resolver.default.resolveTag(of: .scalar(Node.Scalar(value, Tag(.implicit), .plain))) != .str
    }

    /// The words YAML 1.1 reads as a boolean or as null.
    static let reservedWords: Set<String> = Set(
        ["yes", "no", "true", "false", "on", "off", "null"].flatMap { [$0, $0.capitalized, $0.uppercased()] })

    /// A blank line before each top-level section and each step, so that a person can read
    /// the file. Only lines at column 0 are touched, which block text never has. Works on the
    /// UTF-8 bytes: splitting the text of a big SOP into `Character`s cost more than emitting it.
    static func spaced(_ body: String) -> String {
        let markers = ["pelaksana:", "kegiatan:", "- nomor:", "  - nomor:"].map { Array($0.utf8) }
        var result: [UInt8] = []
        result.reserveCapacity(body.utf8.count + body.utf8.count / 8)
        var previous: ArraySlice<UInt8>? = nil
        let bytes = Array(body.utf8)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if markers.contains(where: { line.starts(with: $0) }), let last = previous, !last.isEmpty,
                !last.reversed().starts(with: "kegiatan:".utf8.reversed())
            {
                result.append(UInt8(ascii: "\n"))
            }
            if previous != nil { result.append(UInt8(ascii: "\n")) }
            result.append(contentsOf: line)
            previous = line
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The tags of the nodes written, made once: each `Tag(…)` builds Yams' constructor
    /// tables anew, which was the largest cost of saving a big SOP. Every tag here names its
    /// type, and Yams only ever changes the name of an implicit tag, so sharing them is safe.
    enum Tags {
        nonisolated(unsafe) static let text = Tag(.str)
        nonisolated(unsafe) static let integer = Tag(.int)
        nonisolated(unsafe) static let list = Tag(.seq)
        nonisolated(unsafe) static let mapping = Tag(.map)
    }
}
