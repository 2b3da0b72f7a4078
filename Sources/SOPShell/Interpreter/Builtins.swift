import Foundation
import SOPRuntime

/// The built-in functions, called like procedures: `len(steps)`, `hours(8h)`, `str(3)`.
enum Builtins {
    typealias Function = @Sendable ([Value], SourceLocation) throws(ShellError) -> Value

    static func function(named name: String) -> Function? { table[name]?.function }

    static var names: [String] { table.keys.sorted() }

    static func suggestion(for name: String) -> Message {
        let nearest = EditDistance.suggestions(for: name, among: names)
        return nearest.first.map { "did you mean `\($0)`?" } ?? "define it with `proc \(name)(…) { … }`"
    }

    private struct Entry: Sendable {
        var arity: ClosedRange<Int>
        var function: Function
    }

    private static let table: [String: Entry] = {
        var functions: [String: Entry] = [:]
        func define(
            _ name: String, _ arity: ClosedRange<Int>, _ body: @escaping @Sendable ([Value], SourceLocation) throws(ShellError) -> Value
        ) {
            functions[name] = Entry(arity: arity) { arguments, location throws(ShellError) in
                guard arity.contains(arguments.count) else {
                    // A whole sentence for each shape of arity: "to" and the plural "s" are words to translate.
                    let (lower, upper, given) = (arity.lowerBound, arity.upperBound, arguments.count)
                    let message: Message =
                        switch (lower == upper, upper == 1) {
                        case (true, true): "`\(name)` takes 1 argument, not \(given)"
                        case (true, false): "`\(name)` takes \(upper) arguments, not \(given)"
                        case (false, true): "`\(name)` takes \(lower) to 1 argument, not \(given)"
                        case (false, false): "`\(name)` takes \(lower) to \(upper) arguments, not \(given)"
                        }
                    throw ShellError(
                        message,
                        hint: "docs/language.md lists each built-in function with its arguments", at: location)
                }
                return try ValueLimits.checked(body(arguments, location), at: location)
            }
        }
        define("len", 1...1) { a, at throws(ShellError) in
            switch a[0] {
            case .list(let items): return .number(Double(items.count))
            case .string(let text): return .number(Double(text.count))
            case .record(let record): return .number(Double(record.count))
            case .table(let table): return .number(Double(table.rows.count))
            default:
                throw ShellError(
                    "`len` needs a list, text, a record or a table, not \(Operators.kind(of: a[0]))",
                    hint: "for a number of digits, count str(x)", at: at)
            }
        }
        define("str", 1...1) { a, at throws(ShellError) in
            try ValueLimits.checkWritable(a[0], at: at)
            return .string(a[0].plainText)
        }
        define("num", 1...1) { a, at throws(ShellError) in
            if case .number = a[0] { return a[0] }
            let text = a[0].plainText.trimmingCharacters(in: .whitespaces)
            guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
                throw ShellError(
                    "“\(text)” is not a number",
                    hint: "write it with digits, such as 12 or 3.5 (a comma works as the decimal point: 3,5)", at: at)
            }
            guard abs(number) < ValueLimits.magnitude else {
                throw ShellError(
                    "“\(text)” is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)",
                    hint: "scale the figure down, for example count in thousands", at: at)
            }
            return .number(number)
        }
        define("type", 1...1) { a, _ in
            switch a[0] {
            case .null: "nil"
            case .bool: "bool"
            case .number: "number"
            case .string: "string"
            case .duration: "duration"
            case .dateTime: "datetime"
            case .list: "list"
            case .record: "record"
            case .table: "table"
            }
        }
        define("round", 1...2) { a, at throws(ShellError) in
            let places = a.count > 1 ? try Operators.integer(a[1], at: at) : 0
            guard (-15...15).contains(places) else {
                throw ShellError(
                    "`round` keeps -15 to 15 decimal places, not \(places)",
                    hint: "round(x, 2) keeps two decimals; round(x, -3) rounds to thousands", at: at)
            }
            let scale = pow(10, Double(places))
            return .number((try number(a[0], at) * scale).rounded() / scale)
        }
        define("floor", 1...1) { a, at throws(ShellError) in .number(try number(a[0], at).rounded(.down)) }
        define("ceil", 1...1) { a, at throws(ShellError) in .number(try number(a[0], at).rounded(.up)) }
        define("abs", 1...1) { a, at throws(ShellError) in
            if case .duration(let d) = a[0] { return .duration(d.totalMinutes() < 0 ? d * -1 : d) }
            return .number(abs(try number(a[0], at)))
        }
        define("sqrt", 1...1) { a, at throws(ShellError) in
            let value = try number(a[0], at)
            guard value >= 0 else {
                throw ShellError(
                    "cannot take the square root of a negative number (\(Value.format(value)))",
                    hint: "check the sign first (`if x >= 0`), or take sqrt(abs(x))", at: at)
            }
            return .number(sqrt(value))
        }
        define("min", 1...Int.max) { a, at throws(ShellError) in try extreme(a, .less, at) }
        define("max", 1...Int.max) { a, at throws(ShellError) in try extreme(a, .greater, at) }
        define("sum", 1...1) { a, at throws(ShellError) in
            let items = try Operators.items(of: a[0], at: at)
            guard var total = items.first else { return .number(0) }
            for item in items.dropFirst() { total = try Operators.binary(.add, total, item, at: at) }
            return total
        }
        define("keys", 1...1) { a, at throws(ShellError) in
            guard case .record(let record) = a[0] else {
                throw ShellError("`keys` needs a record", hint: "a list's positions are 0..len(l) - 1", at: at)
            }
            return .strings(Array(record.keys))
        }
        define("has", 2...2) { a, at throws(ShellError) in
            switch a[0] {
            case .record(let record): return .bool(record[a[1].plainText] != nil)
            case .list(let items): return .bool(items.contains(a[1]))
            case .string(let text): return .bool(text.contains(a[1].plainText))
            default: throw ShellError("`has` needs a record, a list or text", hint: "compare single values with ==", at: at)
            }
        }
        define("append", 2...2) { a, at throws(ShellError) in
            guard case .list(var items) = a[0] else {
                throw ShellError(
                    "`append` needs a list first", hint: "start from a list: append([], x), or append(l, x) where l is a list", at: at)
            }
            items.append(a[1])
            return .list(items)
        }
        define("join", 1...2) { a, at throws(ShellError) in
            try ValueLimits.checkWritable(a[0], at: at)
            let pieces = try Operators.items(of: a[0], at: at).map(\.plainText)
            let separator = a.count > 1 ? a[1].plainText : " "
            // Measured before joining: a list may hold one large text many times over.
            let bytes = pieces.reduce(0) { $0 + $1.utf8.count } + max(pieces.count - 1, 0) * separator.utf8.count
            try ValueLimits.check(textBytes: bytes, at: at)
            return .string(pieces.joined(separator: separator))
        }
        define("split", 1...2) { a, _ in
            let text = a[0].plainText
            let parts =
                a.count > 1 ? text.components(separatedBy: a[1].plainText) : text.split(whereSeparator: \.isWhitespace).map(String.init)
            return .strings(parts)
        }
        define("upper", 1...1) { a, _ in .string(a[0].plainText.uppercased()) }
        define("lower", 1...1) { a, _ in .string(a[0].plainText.lowercased()) }
        define("trim", 1...1) { a, _ in .string(a[0].plainText.trimmingCharacters(in: .whitespacesAndNewlines)) }
        define("sort", 1...1) { a, at throws(ShellError) in
            var items = try Operators.items(of: a[0], at: at)
            var failure: ShellError?
            items.sort { x, y in
                do throws(ShellError) { return try Operators.truth(Operators.binary(.less, x, y, at: at), at: at) } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            return .list(items)
        }
        define("reverse", 1...1) { a, at throws(ShellError) in .list(try Operators.items(of: a[0], at: at).reversed()) }
        define("duration", 1...1) { a, at throws(ShellError) in
            if case .duration = a[0] { return a[0] }
            switch StandardTime(a[0].plainText).amount {
            case .fixed(let duration): return .duration(duration)
            case .range(_, let high): return .duration(high)
            default:
                throw ShellError("“\(a[0].plainText)” is not a duration", hint: "write it like 1 jam 30 menit, 90m or 1h30m", at: at)
            }
        }
        define("hours", 1...1) { a, at throws(ShellError) in
            if case .number(let n) = a[0] { return .duration(.hours(n)) }
            guard case .duration(let d) = a[0] else {
                throw ShellError(
                    "`hours` needs a duration or a number",
                    hint: "hours(90m) gives 1.5; hours(2) gives 2h; text becomes a duration with duration(…)", at: at)
            }
            return .number(d.totalHours())
        }
        define("minutes", 1...1) { a, at throws(ShellError) in
            if case .number(let n) = a[0] { return .duration(.minutes(n)) }
            guard case .duration(let d) = a[0] else {
                throw ShellError(
                    "`minutes` needs a duration or a number",
                    hint: "minutes(1h) gives 60; minutes(90) gives 90m; text becomes a duration with duration(…)", at: at)
            }
            return .number(d.totalMinutes())
        }
        define("date", 1...1) { a, at throws(ShellError) in
            guard let dateTime = CivilDateTime(a[0].plainText) else {
                throw ShellError("“\(a[0].plainText)” is not a date", hint: "write it as 2026-03-02 or 2026-03-02T08:30", at: at)
            }
            return .dateTime(dateTime)
        }
        return functions
    }()

    private static func number(_ value: Value, _ location: SourceLocation) throws(ShellError) -> Double {
        guard case .number(let number) = value else {
            throw ShellError("expected a number, not \(Operators.kind(of: value))", hint: "convert it with num(…)", at: location)
        }
        return number
    }

    private static func extreme(_ arguments: [Value], _ op: BinaryOperator, _ location: SourceLocation) throws(ShellError) -> Value {
        let items = arguments.count == 1 ? try Operators.items(of: arguments[0], at: location) : arguments
        guard var best = items.first else { return .null }
        for item in items.dropFirst() where try Operators.truth(Operators.binary(op, item, best, at: location), at: location) {
            best = item
        }
        return best
    }
}
