import Foundation
import SOPRuntime

/// Writes a value as JSON for scripts (`--json`): objects keep their key order, text is
/// UTF-8 (not \u-escaped), durations are their minutes on the default calendar.
enum JSONWriter {
    /// Indentation stops growing past this level, so that a value nested thousands deep is
    /// written in a size proportional to it, not to the square of its depth.
    static let deepestIndent = 64

    static func write(_ value: Value, indent: String = "  ") -> String {
        var output = ""
        write(value, into: &output, level: 0, indent: indent)
        return output
    }

    private static func write(_ value: Value, into output: inout String, level: Int, indent: String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += number.isFinite ? Value.format(number) : "null"
        case .string(let text): output += quoted(text)
        case .duration(let duration): output += Value.format(duration.totalMinutes())
        case .dateTime(let dateTime): output += quoted(dateTime.description)
        case .list(let items): writeList(items, into: &output, level: level, indent: indent)
        case .table(let table): writeList(table.rows.map(Value.record), into: &output, level: level, indent: indent)
        case .record(let record):
            guard !record.isEmpty else {
                output += "{}"
                return
            }
            output += "{\n"
            for (offset, entry) in record.enumerated() {
                output += String(repeating: indent, count: min(level + 1, deepestIndent)) + quoted(entry.key) + ": "
                write(entry.value, into: &output, level: level + 1, indent: indent)
                output += offset == record.count - 1 ? "\n" : ",\n"
            }
            output += String(repeating: indent, count: min(level, deepestIndent)) + "}"
        }
    }

    private static func writeList(_ items: [Value], into output: inout String, level: Int, indent: String) {
        guard !items.isEmpty else {
            output += "[]"
            return
        }
        output += "[\n"
        for (offset, item) in items.enumerated() {
            output += String(repeating: indent, count: min(level + 1, deepestIndent))
            write(item, into: &output, level: level + 1, indent: indent)
            output += offset == items.count - 1 ? "\n" : ",\n"
        }
        output += String(repeating: indent, count: min(level, deepestIndent)) + "]"
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let control where control.value < 0x20 || control.value == 0x7F:
                result += String(format: "\\u%04x", control.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
