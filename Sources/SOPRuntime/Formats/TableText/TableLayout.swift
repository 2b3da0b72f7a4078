/// Which cell of a row holds which field, found from the table's headings rather than fixed
/// positions, since documents differ in their number of roles and in spelling.
///
/// The standard's header has two rows: the first says `No.`, `Uraian Kegiatan`, `Pelaksana`
/// (spanning the role columns), `Mutu Baku` (spanning three columns) and `Keterangan`; the
/// second names the roles, then `Persyaratan/ Kelengkapan`, `Waktu` and `Output`.
struct TableLayout: Sendable {
    /// A role's column: its index in a row, its name, and where the name stands.
    struct RoleColumn: Sendable {
        var index: Int
        var name: String
        var line: Int
        var column: Int
    }

    var number: Int
    var activity: Int
    var roles: [RoleColumn] = []
    var requirements: Int?
    var time: Int?
    var output: Int?
    var notes: Int?
    /// How many cells a row of this table has.
    var width: Int
    /// The line of the row that names the roles (the first row when there is no second).
    var roleLine: Int

    /// What a heading cell says, folded by `matchKey`.
    enum Heading: Equatable {
        case number, activity, executors, mutuBaku, requirements, time, output, notes
        case other(String)
        case none

        init(_ cell: Cell?) {
            guard let cell, !cell.isEmpty else {
                self = .none
                return
            }
            switch cell.text.matchKey {
            case "no", "nomor": self = .number
            case "uraian kegiatan", "kegiatan", "uraian": self = .activity
            case "pelaksana": self = .executors
            case "mutu baku": self = .mutuBaku
            case "persyaratan/kelengkapan", "kelengkapan/persyaratan", "persyaratan", "kelengkapan",
                "persyaratan/perlengkapan", "kelengkapan/peralatan":
                self = .requirements
            case "waktu": self = .time
            case "output", "keluaran": self = .output
            case "keterangan", "ket": self = .notes
            default: self = .other(cell.text)
            }
        }

        /// The three columns under Mutu Baku.
        var isMutuBakuColumn: Bool { [.requirements, .time, .output].contains(self) }
    }

    /// Whether a line is the table's first header row: its first cell is `No` or `No.` and a
    /// cell says `Uraian Kegiatan`. Looks at the first cell's bytes before anything else, so
    /// that scanning megabytes of other text stays cheap.
    static func isHeaderRow(_ line: TextLine) -> Bool {
        let bytes = line.text.utf8
        let firstCellEnd = bytes.firstIndex(of: 0x09) ?? bytes.endIndex
        guard bytes.distance(from: bytes.startIndex, to: firstCellEnd) <= 16,
            Heading(Cell(text: line.text[..<firstCellEnd].trimmedOfSpaces, column: 1)) == .number,
            bytes.containsCaseInsensitive("uraian") || bytes.containsCaseInsensitive("kegiatan")
        else { return false }
        return line.cells.contains { Heading($0) == .activity }
    }

    /// Whether a row under a header row is the header's second row: its No and Uraian Kegiatan
    /// cells are blank, and either the first row has spanning headings or this row names a
    /// Mutu Baku column.
    static func isSecondHeaderRow(_ cells: [Cell], under first: [Cell]) -> Bool {
        guard let activity = first.firstIndex(where: { Heading($0) == .activity }),
            cells.first?.isEmpty ?? true, cells.count <= activity || cells[activity].isEmpty,
            cells.contains(where: { !$0.isEmpty })
        else { return false }
        return first.contains { [.executors, .mutuBaku].contains(Heading($0)) }
            || cells.contains { Heading($0).isMutuBakuColumn }
    }

    /// The layout of a table whose header is `first` and, when the header has two rows,
    /// `second`. Headings that say nothing known and stand under Pelaksana (or, without that
    /// heading, between Uraian Kegiatan and the Mutu Baku columns) are roles; any other
    /// unknown heading is reported.
    init(first: (cells: [Cell], line: Int), second: (cells: [Cell], line: Int)?, findings: inout ImportFindings) {
        func named(_ row: (cells: [Cell], line: Int)?, _ index: Int) -> (cell: Cell, line: Int)? {
            guard let row, row.cells.indices.contains(index), !row.cells[index].isEmpty else { return nil }
            return (row.cells[index], row.line)
        }
        let width = max(first.cells.count, second?.cells.count ?? 0)
        // The cell that names each column: the second row's where it has one.
        let naming = (0..<width).map { named(second, $0) ?? named(first, $0) }
        let headings = naming.map { Heading($0?.cell) }
        let upper = (0..<width).map { Heading(named(first, $0)?.cell) }
        self.width = width
        self.number = headings.firstIndex(of: .number) ?? 0
        self.activity = headings.firstIndex(of: .activity) ?? 1
        self.roleLine = second?.line ?? first.line
        let roleSpan = Self.roleSpan(upper: upper, merged: headings, activity: activity)
        for (index, heading) in headings.enumerated() {
            switch heading {
            case .requirements: requirements = requirements ?? index
            case .time: time = time ?? index
            case .output: output = output ?? index
            case .notes: notes = notes ?? index
            case .other(let name):
                let (cell, line) = naming[index]!
                guard roleSpan.contains(index) else {
                    findings.add(
                        .warning, .importUnknownColumn,
                        "the table's column \"\(name)\" is not one the standard names; its cells were not imported",
                        hint: "name it No, Uraian Kegiatan, a role under Pelaksana, Persyaratan/Kelengkapan, Waktu, Output or Keterangan",
                        line: line, column: cell.column)
                    continue
                }
                roles.append(RoleColumn(index: index, name: name, line: line, column: cell.column))
            default: break
            }
        }
        reportMissingColumns(findings: &findings)
    }

    /// The columns that can hold roles: under the Pelaksana heading up to the next heading of
    /// the first row, or else between Uraian Kegiatan and the first Mutu Baku or Keterangan column.
    private static func roleSpan(upper: [Heading], merged: [Heading], activity: Int) -> Range<Int> {
        if let start = upper.firstIndex(of: .executors) {
            let end = upper[(start + 1)...].firstIndex { $0 != .none } ?? upper.endIndex
            return start..<end
        }
        let end =
            merged[(activity + 1)...].firstIndex { $0.isMutuBakuColumn || $0 == .notes || $0 == .mutuBaku }
            ?? merged.endIndex
        return min(activity + 1, end)..<end
    }

    private func reportMissingColumns(findings: inout ImportFindings) {
        if roles.isEmpty {
            findings.add(
                .warning, .importNoRoles, "the table names no roles, so no step can say who carries it out",
                hint: "put the role names in the header row below `Pelaksana`, one column each",
                line: roleLine)
        }
        let columns: [(Int?, StepField)] = [(requirements, .requirements), (time, .time), (output, .output), (notes, .notes)]
        for (index, field) in columns where index == nil {
            findings.add(
                .warning, .importMissingColumn, "the table has no `\(field.label)` column, so every step's \(field.label) is blank",
                hint: "name the column `\(field.label)` in the table's header", line: roleLine)
        }
    }
}

extension TableLayout {
    /// The step field a column holds; a role column holds the executors.
    func field(at index: Int) -> StepField? {
        switch index {
        case number: .number
        case activity: .activity
        case requirements: .requirements
        case time: .time
        case output: .output
        case notes: .notes
        default: roles.contains { $0.index == index } ? .executors : nil
        }
    }

    /// How messages name a column: its role's name or its field's heading.
    func columnName(_ index: Int) -> String {
        roles.first { $0.index == index }?.name ?? field(at: index)?.label ?? localized("column \(index + 1)")
    }
}
