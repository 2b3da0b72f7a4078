import SOPRuntime

/// Turns a value into text for a person at a terminal of `width` columns: tables aligned by
/// display width with long text wrapped, records as labelled lines, lists one item a line.
struct TextRenderer {
    var width: Int
    /// Whether record keys are shown as the standard's labels (`nomor_sop` → "Nomor SOP"):
    /// for what commands give; a record a script built keeps its keys as written.
    var usesFieldLabels = true

    func render(_ value: Value) -> String {
        switch value {
        case .null: ""
        case .table(let table): render(table)
        case .record(let record): render(record, indent: 0)
        case .list(let items): items.map { "- " + indented($0, by: 2) }.joined(separator: "\n")
        default: value.plainText
        }
    }

    private func indented(_ value: Value, by spaces: Int) -> String {
        render(value).split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + String(repeating: " ", count: spaces))
    }

    private func render(_ record: Record, indent: Int) -> String {
        let labels = record.keys.map { usesFieldLabels ? FieldLabel.of($0) : $0 }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (label, entry) in zip(labels, record) {
            let head = pad + label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label)) + "  "
            switch entry.value {
            case .list(let items) where !items.isEmpty:
                lines.append(pad + label)
                lines += items.map { pad + "  - " + indented($0, by: indent + 4) }
            case .record(let nested) where !nested.isEmpty:
                lines.append(pad + label)
                lines.append(render(nested, indent: indent + 2))
            case .table(let table):
                lines.append(pad + label)
                lines.append(render(table))
            default:
                let room = max(20, width - DisplayWidth.of(head))
                let wrapped = TextWrap.lines(entry.value.plainText, width: room)
                lines.append(head + (wrapped.first ?? ""))
                let continuation = String(repeating: " ", count: DisplayWidth.of(head))
                lines += wrapped.dropFirst().map { continuation + $0 }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func render(_ table: Table) -> String {
        let cells = table.rows.map { row in table.columns.map { row[$0.key]?.plainText ?? "" } }
        let headings = table.columns.map(\.heading)
        var widths = table.columns.indices.map { column in
            ([headings[column]] + cells.map { $0[column] }).map { text in
                text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            }.max() ?? 0
        }
        shrink(&widths, to: width - 2 * (widths.count - 1), wrapping: table.columns.map(\.wraps))
        // A heading wider than its narrowed column wraps like the cells under it.
        var lines = [line(headings.enumerated().map { TextWrap.lines($1, width: widths[$0]) }, widths)]
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        for row in cells {
            lines.append(line(row.enumerated().map { TextWrap.lines($1, width: widths[$0]) }, widths))
        }
        return lines.joined(separator: "\n")
    }

    /// Narrows the wrapping columns, widest first, until the row fits (or none can narrow).
    private func shrink(_ widths: inout [Int], to total: Int, wrapping: [Bool]) {
        let minimum = 12
        while widths.reduce(0, +) > total {
            guard
                let widest = widths.indices.filter({ wrapping[$0] && widths[$0] > minimum })
                    .max(by: { widths[$0] < widths[$1] })
            else { return }
            widths[widest] -= 1
        }
    }

    /// One table row of several physical lines, each cell padded to its column's width.
    private func line(_ cells: [[String]], _ widths: [Int]) -> String {
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { lineIndex in
            cells.enumerated().map { column, lines in
                let text = lineIndex < lines.count ? lines[lineIndex] : ""
                return column == cells.count - 1
                    ? text
                    : text + String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }
}

/// Word wrapping by display width; a word longer than the width is cut.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var used = 0
            for word in paragraph.split(separator: " ") {
                var word = word
                while DisplayWidth.of(String(word)) > width {
                    if !current.isEmpty {
                        result.append(current)
                        current = ""
                        used = 0
                    }
                    let head = DisplayWidth.prefix(word, width: width)
                    result.append(String(head))
                    word = word[head.endIndex...]
                }
                let wordWidth = DisplayWidth.of(String(word))
                if word.isEmpty { continue }
                if used > 0, used + 1 + wordWidth > width {
                    result.append(current)
                    current = ""
                    used = 0
                }
                current += (used > 0 ? " " : "") + word
                used += (used > 0 ? 1 : 0) + wordWidth
            }
            result.append(current)
        }
        return result.isEmpty ? [""] : result
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
