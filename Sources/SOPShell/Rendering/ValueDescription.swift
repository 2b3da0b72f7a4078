import SOPRuntime

/// A value written back the way the language writes it: `[1, 2, "tiga"]`, `{a: 1}`, `1h30m`.
/// The prompt shows results this way when they fit on a line.
enum ValueDescription {
    static func inline(_ value: Value) -> String {
        switch value {
        case .null: "nil"
        case .bool(let flag): flag ? "true" : "false"
        case .string(let text): JSONWriter.quoted(text)
        case .list(let items): "[" + items.map(inline).joined(separator: ", ") + "]"
        case .record(let record): "{" + record.map { "\(key($0.key)): \(inline($0.value))" }.joined(separator: ", ") + "}"
        case .table(let table): "<table of \(table.rows.count) rows>"
        case .dateTime(let moment): moment.description
        default: value.plainText
        }
    }

    private static func key(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !name.isEmpty ? name : JSONWriter.quoted(name)
    }

    /// How the prompt shows a result: text as it is, short values inline, long ones laid out
    /// (with the standard's labels for what a command gave, `labels`).
    static func display(_ value: Value, width: Int, labels: Bool) -> String {
        let renderer = TextRenderer(width: width, usesFieldLabels: labels)
        switch value {
        case .string(let text): return text
        case .table: return renderer.render(value)
        case .list, .record:
            let line = inline(value)
            return DisplayWidth.of(line) <= width ? line : renderer.render(value)
        default: return inline(value)
        }
    }
}
