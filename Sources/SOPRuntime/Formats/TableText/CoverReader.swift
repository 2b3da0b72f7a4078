/// Reads the cover (the identity part) from the lines above the flowchart table.
///
/// PDF extraction keeps the cover's words but not its layout: a label's value may stand on
/// the label's line or below it, lists are numbered lines under their heading, and a
/// two-column page may interleave headings. The reader therefore goes line by line, keeping
/// which field is open, and recognises qualification groups by their shape wherever they are.
struct CoverReader {
    /// Where each field stood; the importer passes its map in and takes it back.
    var sourceMap: SourceMap
    var findings: ImportFindings
    private(set) var identity = Identity()
    private(set) var groups: [QualificationGroup] = []
    /// Items under Kualifikasi Pelaksana that are not grouped by role.
    private(set) var sharedQualifications: [CoverItem] = []

    private indirect enum State {
        /// Before the first label: the organisation's lines.
        case organisation
        case value(IdentityField)
        case approver
        case list(CoverField)
        /// Inside a qualification group; `resume` is what was open before it.
        case group(resume: State)
        /// After the approver's NIP: nothing more belongs to the signature.
        case closed
    }

    private var state = State.organisation
    private var blankSinceLastLine = false
    private var approverLines: [String] = []
    /// Where the last list item went, so that a wrapped line can be added to it.
    private var lastItem: (field: CoverField, index: Int)?

    init(sourceMap: SourceMap, findings: ImportFindings) {
        self.sourceMap = sourceMap
        self.findings = findings
    }

    /// Reads `lines`, recording each field's line in `sourceMap` and each guess in `findings`.
    mutating func read(_ lines: ArraySlice<TextLine>) {
        let shapes = lines.map(CoverLine.init)
        for (offset, line) in lines.enumerated() {
            let shape = shapes[offset]
            if shape == .blank {
                blankSinceLastLine = true
                continue
            }
            if case .numbered(let text) = shape, text.hasSuffix(":"),
                case .lettered = shapes[(offset + 1)...].first(where: { $0 != .blank })
            {
                finishApprover()
                groups.append(
                    QualificationGroup(
                        name: String(text.dropLast()).trimmedOfSpaces,
                        line: line.number, column: line.firstTextColumn))
                if case .group(let resume) = state { state = .group(resume: resume) } else { state = .group(resume: state) }
            } else if case .label(let field, let value) = shape {
                finishApprover()
                open(field, value: value, at: line)
            } else {
                take(shape, from: line)
            }
            blankSinceLastLine = false
        }
        finishApprover()
    }

    private mutating func open(_ field: CoverField, value: String, at line: TextLine) {
        guard case .identity(let identityField) = field else {
            state = .list(field)
            if !value.isEmpty { addItem(CoverLine.itemText(value), to: field, at: line) }
            return
        }
        sourceMap.record(.identity(identityField), line: line.number, column: line.firstTextColumn)
        if identityField == .approver {
            approverLines = value.isEmpty ? [] : [value]
            state = .approver
        } else if field.isList {
            state = .list(field)
            if !value.isEmpty { addItem(CoverLine.itemText(value), to: field, at: line) }
        } else {
            if let keyPath = Self.valueKeyPath(identityField), !identity[keyPath: keyPath].isEmpty {
                findings.add(
                    .warning, .importRepeatedField,
                    "\(identityField.label) is given twice; the later value is kept",
                    hint: "delete one of the two lines", place: .identity(identityField),
                    subject: identityField.label, line: line.number, column: line.firstTextColumn)
            }
            setValue(value, of: identityField)
            state = .value(identityField)
        }
    }

    private mutating func take(_ shape: CoverLine, from line: TextLine) {
        switch state {
        case .organisation:
            if identity.organisation.isEmpty {
                sourceMap.record(.identity(.organisation), line: line.number, column: line.firstTextColumn)
            }
            identity.organisation.append(line.trimmed)
        case .value(let field):
            let current = Self.valueKeyPath(field).map { identity[keyPath: $0] } ?? ""
            if current.isEmpty {
                setValue(line.trimmed, of: field)
            } else if !blankSinceLastLine, case .text(let text) = shape {
                setValue(current + " " + text, of: field)
                findings.add(
                    .note, .importWrappedValue,
                    "this line was read as the continuation of \(field.label) (a wrapped line)",
                    hint: "if it is not part of \(field.label), give it a field label of its own",
                    place: .identity(field), subject: field.label, line: line.number, column: line.firstTextColumn)
            } else {
                reportUnread(line)
            }
        case .approver:
            if case .nip(let nip) = shape {
                identity.approver.nip = nip
                finishApprover()
            } else {
                approverLines.append(line.trimmed)
            }
        case .list(let field):
            take(shape, into: field, from: line)
        case .group(let resume):
            if case .lettered(let text) = shape {
                groups[groups.count - 1].items.append(text)
            } else if !blankSinceLastLine, case .text(let text) = shape, !groups[groups.count - 1].items.isEmpty {
                let last = groups[groups.count - 1].items.count - 1
                groups[groups.count - 1].items[last] += " " + text
            } else {
                state = resume
                take(shape, from: line)
            }
        case .closed:
            reportUnread(line)
        }
    }

    /// A line under a list heading: a new item, or the wrapped end of the item above it.
    private mutating func take(_ shape: CoverLine, into field: CoverField, from line: TextLine) {
        switch shape {
        case .numbered(let text), .lettered(let text), .bulleted(let text):
            addItem(text, to: field, at: line)
        case .text(let text) where !blankSinceLastLine && lastItem?.field == field:
            appendToLastItem(text)
            findings.add(
                .note, .importWrappedItem, "this line was read as the continuation of the item above it (a wrapped line)",
                hint: "if it is an item of its own, number it", line: line.number, column: line.firstTextColumn)
        default:
            addItem(line.trimmed, to: field, at: line)
        }
    }

    private mutating func addItem(_ text: String, to field: CoverField, at line: TextLine) {
        switch field {
        case .qualifications:
            sharedQualifications.append(CoverItem(text: text, line: line.number, column: line.firstTextColumn))
            lastItem = (field, sharedQualifications.count - 1)
        case .identity(let identityField):
            guard let keyPath = Self.listKeyPath(identityField) else { return }
            identity[keyPath: keyPath].append(text)
            lastItem = (field, identity[keyPath: keyPath].count - 1)
        }
    }

    private mutating func appendToLastItem(_ text: String) {
        guard let (field, index) = lastItem else { return }
        switch field {
        case .qualifications:
            sharedQualifications[index].text += " " + text
        case .identity(let identityField):
            guard let keyPath = Self.listKeyPath(identityField) else { return }
            identity[keyPath: keyPath][index] += " " + text
        }
    }

    private mutating func setValue(_ value: String, of field: IdentityField) {
        guard let keyPath = Self.valueKeyPath(field) else { return }
        identity[keyPath: keyPath] = value
    }

    /// The signature block: the position (one or more lines), then the name just above the
    /// NIP. A single line above the NIP is the name; without a NIP, the position.
    private mutating func finishApprover() {
        guard case .approver = state else { return }
        state = .closed
        guard let last = approverLines.last else { return }
        if approverLines.count > 1 || !identity.approver.nip.isEmpty {
            identity.approver.name = last
            identity.approver.position = approverLines.dropLast().joined(separator: " ")
        } else {
            identity.approver.position = last
        }
        approverLines = []
    }

    private mutating func reportUnread(_ line: TextLine) {
        findings.add(
            .warning, .importUnreadLine, "this line belongs to no field of the cover and was not imported",
            hint: "put it under a field label such as `Keterkaitan :`, or delete it",
            line: line.number, column: line.firstTextColumn)
    }

    private static func valueKeyPath(_ field: IdentityField) -> WritableKeyPath<Identity, String>? {
        switch field {
        case .number: \.number
        case .createdOn: \.createdOn
        case .revisedOn: \.revisedOn
        case .effectiveOn: \.effectiveOn
        case .title: \.title
        default: nil
        }
    }

    private static func listKeyPath(_ field: IdentityField) -> WritableKeyPath<Identity, [String]>? {
        switch field {
        case .legalBasis: \.legalBasis
        case .relatedSOPs: \.relatedSOPs
        case .equipment: \.equipment
        case .warnings: \.warnings
        case .records: \.records
        default: nil
        }
    }
}
