import Foundation
import Yams

/// Reads our YAML format (docs/format.md): the standard's own Indonesian terms as keys.
///
/// A file that is not YAML, or whose top is not a mapping, cannot be an SOP: that throws.
/// Anything else that is wrong (an unknown key, a list where text belongs) is a located
/// diagnostic, and the rest of the document is still read, so that a draft opens.
public enum SOPYAMLReader {
    public static func read(_ text: String, file: String?) throws(SOPReadError) -> LoadedSOP {
        let root = try YAMLNodeReader.compose(
            text, file: file, whenEmpty: "the file is empty",
            hint: "start from examples/kebijakan-mutu-ukpbj.yaml or docs/format.md")
        switch YAMLDocumentKind.of(root) {
        case .sop: break
        case .workCalendar:
            throw SOPReadError(
                "this is a work calendar file, not an SOP", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "load it with `calendar load FILE`; `sopsh check FILE` checks it", otherKind: .workCalendar)
        case .scenario:
            throw SOPReadError(
                "this is a simulation scenario file, not an SOP", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "open its SOP, then `simulate FILE`; `sopsh check FILE` checks it", otherKind: .scenario)
        case .office:
            throw SOPReadError(
                "this is an office file, not an SOP", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "`sopsh check FILE` checks it and the SOPs it names", otherKind: .office)
        }
        var reader = YAMLNodeReader(file: file)
        reader.refuseTags(in: root)
        reader.record(.document, at: root)
        let sop = reader.sop(from: root)
        guard let sop else {
            let location = reader.diagnostics.first?.location ?? SourceLocation(file: file, line: 1, column: 1)
            throw SOPReadError(
                "the file is YAML but not an SOP: its top level must be a mapping with `identitas`, `pelaksana` and `kegiatan`",
                at: location,
                hint: "see docs/format.md for the layout")
        }
        return LoadedSOP(
            sop: sop, sourceMap: reader.sourceMap, diagnostics: reader.diagnostics,
            schema: SchemaLine.find(in: text, file: file))
    }

    static func readError(_ error: YamlError, file: String?, text: String) -> SOPReadError {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // A construct still open at the end of the file (an unclosed quote) is fixed where
            // it starts, not on the last line.
            if let context, !context.text.isEmpty, problem.contains("end of stream") {
                return SOPReadError(
                    "invalid YAML: \(context.text) that starts here never ends: \(problem)",
                    at: place(context.mark.line, context.mark.column, file: file, in: text),
                    hint: "close the quote or bracket that starts here")
            }
            if problem.hasPrefix("Maximum nesting level reached") {
                return SOPReadError(
                    "the YAML is nested too deeply: lists or mappings more than 1000 levels inside one another",
                    at: place(context?.mark.line ?? mark.line, context?.mark.column ?? mark.column, file: file, in: text),
                    hint: "an SOP nests only a few levels: look for brackets or `- ` repeated here")
            }
            if problem == "but found another document" {
                return SOPReadError(
                    "the file holds more than one YAML document: a second one starts here",
                    at: place(mark.line, mark.column, file: file, in: text),
                    hint: "an SOP file is one document: remove the `---` here, or split the file")
            }
            var what = problem
            if let context, !context.text.isEmpty {
                what = "\(context.text) (which starts at line \(context.mark.line), column \(context.mark.column)): \(problem)"
            }
            return SOPReadError(
                "invalid YAML: \(what)", at: place(mark.line, mark.column, file: file, in: text),
                hint: "check the indentation and quoting here and where the construct starts")
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams refuses a repeated key before our reader sees the mapping; its context holds
            // the whole file, so only the key and its place are told.
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = repeatedKey(key, after: first, in: text)
            return SOPReadError(
                "`\(key)` appears twice in the same mapping (first at line \(first.line), column \(first.column))",
                at: place(second?.line ?? first.line, second?.column ?? first.column, file: file, in: text),
                hint: "keep one of them")
        case .reader(let problem, _, _, _):
            return SOPReadError(
                "cannot read the file as text: \(problem)", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "save it as UTF-8 text")
        default:
            return SOPReadError("invalid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// `line` and `column` as libyaml gives them, moved inside `text`: at the end of a text
    /// without a final line break, libyaml places the end of the stream on a line after the last.
    static func place(_ line: Int, _ column: Int, file: String?, in text: String) -> SourceLocation {
        var lengths = [0]
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous == "\r" {
                // the second half of a Windows line break
            } else if scalar == "\n" || scalar == "\r" {
                lengths.append(0)
            } else {
                lengths[lengths.count - 1] += 1
            }
            previous = scalar
        }
        guard line <= lengths.count else {
            return SourceLocation(file: file, line: lengths.count, column: lengths[lengths.count - 1] + 1)
        }
        let atLine = max(line, 1)
        return SourceLocation(file: file, line: atLine, column: min(max(column, 1), lengths[atLine - 1] + 1))
    }

    /// Where `key` is written again in the block mapping whose first occurrence of it is at
    /// `first`: the next line that has it at the same column, before the mapping ends.
    static func repeatedKey(_ key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line < lines.count else { return nil }
        for (offset, line) in lines[first.line...].enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            // Text left of the key's column (a `- ` or a parent key) means the mapping has ended.
            if indent + 1 < first.column, indent < scalars.count, scalars[indent] != "#" { return nil }
            guard scalars.count >= first.column, indent + 1 == first.column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(first.column - 1)...]))
            if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return (first.line + 1 + offset, first.column)
            }
        }
        return nil
    }
}

extension YAMLNodeReader {
    static let topKeys = ["identitas", "pelaksana", "kegiatan"]
    static let approverKeys = ["jabatan", "nama", "nip"]
    static let mutuBakuKeys = ["persyaratan_kelengkapan", "waktu", "output"]
    static let stepKeys = ["nomor", "uraian_kegiatan", "pelaksana", "mutu_baku", "keterangan", "keputusan", "lanjut_ke"]
    static let answerKeys = ["jawaban", "ke"]

    mutating func sop(from root: Node) -> SOP? {
        guard case .mapping = root,
            let entries = entries(of: root, named: localized("the document"), known: Self.topKeys)
        else { return nil }
        var sop = SOP()
        for (key, value) in entries {
            switch key {
            case "identitas": sop.identity = identity(from: value)
            case "pelaksana": sop.roles = (items(value, named: key) ?? []).enumerated().compactMap { role(from: $1, index: $0) }
            default: sop.steps = (items(value, named: key) ?? []).enumerated().map { step(from: $1, index: StepIndex(offset: $0)) }
            }
        }
        return sop
    }

    mutating func identity(from node: Node) -> Identity {
        var identity = Identity()
        let known = IdentityField.allCases.map(\.rawValue)
        for (key, value) in entries(of: node, named: "identitas", known: known) ?? [] {
            let field = IdentityField(rawValue: key)!
            record(.identity(field), at: value)
            switch field {
            case .organisation: identity.organisation = textList(value, named: key) ?? []
            case .number: identity.number = text(value, named: key) ?? ""
            case .createdOn: identity.createdOn = text(value, named: key) ?? ""
            case .revisedOn: identity.revisedOn = text(value, named: key) ?? ""
            case .effectiveOn: identity.effectiveOn = text(value, named: key) ?? ""
            case .approver: identity.approver = approver(from: value)
            case .title: identity.title = text(value, named: key) ?? ""
            case .legalBasis: identity.legalBasis = textList(value, named: key) ?? []
            case .relatedSOPs: identity.relatedSOPs = textList(value, named: key) ?? []
            case .equipment: identity.equipment = textList(value, named: key) ?? []
            case .warnings: identity.warnings = textList(value, named: key) ?? []
            case .records: identity.records = textList(value, named: key) ?? []
            }
        }
        return identity
    }

    mutating func approver(from node: Node) -> Approver {
        var approver = Approver()
        for (key, value) in entries(of: node, named: "disahkan_oleh", known: Self.approverKeys) ?? [] {
            let text = text(value, named: key) ?? ""
            switch key {
            case "jabatan": approver.position = text
            case "nama": approver.name = text
            default: approver.nip = text
            }
        }
        return approver
    }

    mutating func role(from node: Node, index: Int) -> Role? {
        record(.role(index, nil), at: node)
        guard let entries = entries(of: node, named: localized("a role (pelaksana)"), known: RoleField.allCases.map(\.rawValue)) else {
            return nil
        }
        var role = Role(id: "", name: "")
        for (key, value) in entries {
            let field = RoleField(rawValue: key)!
            record(.role(index, field), at: value)
            switch field {
            case .id: role.id = text(value, named: key) ?? ""
            case .name: role.name = text(value, named: key) ?? ""
            case .staff: role.staff = integer(value, named: key) ?? 1
            case .qualifications: role.qualifications = textList(value, named: key) ?? []
            }
        }
        return role
    }

    mutating func step(from node: Node, index: StepIndex) -> Step {
        record(.step(index, nil), at: node)
        var step = Step(number: nil)
        var nextNode: Node?
        for (key, value) in entries(of: node, named: localized("a step (kegiatan)"), known: Self.stepKeys) ?? [] {
            switch key {
            case "nomor":
                record(.step(index, .number), at: value)
                step.number = stepNumber(value, place: .step(index, .number))
            case "uraian_kegiatan":
                record(.step(index, .activity), at: value)
                step.activity = text(value, named: key) ?? ""
            case "pelaksana":
                record(.step(index, .executors), at: value)
                step.executors = executors(value)
            case "mutu_baku":
                readMutuBaku(value, into: &step, index: index)
            case "keterangan":
                record(.step(index, .notes), at: value)
                step.notes = text(value, named: key) ?? ""
            case "keputusan":
                record(.step(index, .decision), at: value)
                let answers = (items(value, named: key) ?? []).enumerated().compactMap {
                    answer(from: $1, step: index, index: $0)
                }
                step.decision = Decision(answers: answers)
            default:
                record(.step(index, .next), at: value)
                step.next = target(value, place: .step(index, .next))
                nextNode = value
            }
        }
        // Kept, so that nothing the author wrote is lost; the flow follows the answers.
        if step.isDecision, step.next != nil {
            error(
                "`lanjut_ke` is not allowed on a decision: its answers say where the flow goes", at: nextNode,
                hint: "remove `lanjut_ke`, or give the answer that continues there its `ke`", place: .step(index, .next))
        }
        return step
    }

    mutating func readMutuBaku(_ node: Node, into step: inout Step, index: StepIndex) {
        for (key, value) in entries(of: node, named: "mutu_baku", known: Self.mutuBakuKeys) ?? [] {
            let field = StepField(rawValue: key)!
            record(.step(index, field), at: value)
            let text = text(value, named: key) ?? ""
            switch field {
            case .requirements: step.requirements = text
            case .time:
                let time = standardTimes[text] ?? StandardTime(text)
                standardTimes[text] = time
                step.time = time
            default: step.output = text
            }
        }
    }

    mutating func executors(_ node: Node) -> [String] {
        if case .sequence = node { return textList(node, named: "pelaksana") ?? [] }
        guard let single = text(node, named: "pelaksana") else { return [] }
        return single.isEmpty ? [] : [single]
    }

    mutating func answer(from node: Node, step: StepIndex, index: Int) -> Answer? {
        record(.answer(step: step, answer: index), at: node)
        guard let entries = entries(of: node, named: localized("an answer (keputusan)"), known: Self.answerKeys) else { return nil }
        var answer = Answer(label: "")
        for (key, value) in entries {
            if key == "jawaban" {
                answer.label = text(value, named: key) ?? ""
            } else {
                answer.target = target(value, place: .answer(step: step, answer: index))
            }
        }
        return answer
    }

    mutating func stepNumber(_ node: Node, place: Place) -> StepNumber? {
        guard let text = text(node, named: "nomor"), !text.isEmpty else { return nil }
        // As the schema's pattern: digits and dots only, no spaces around them inside quotes.
        guard text.trimmingCharacters(in: .whitespaces) == text, let number = StepNumber(text) else {
            error(
                "`nomor: \(text)` is not a step number", at: node, hint: "write a whole number such as 4, or a sub-step such as \"3.1\"",
                place: place)
            return nil
        }
        return number
    }

    mutating func target(_ node: Node, place: Place) -> Target? {
        guard let text = text(node, named: "ke"), !text.isEmpty else { return nil }
        // The file says `selesai` or `end` exactly, as the schema's enum does; the prompt is freer.
        let isWord = !(text.first?.isNumber ?? false)
        guard text.trimmingCharacters(in: .whitespaces) == text, !isWord || [Target.endWord, "end"].contains(text),
            let target = Target(text)
        else {
            error(
                "`\(text)` is neither a step number nor `selesai`", at: node,
                hint: "write the number of the step it leads to, or `selesai` for the end", place: place)
            return nil
        }
        return target
    }
}
