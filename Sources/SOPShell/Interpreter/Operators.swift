import Foundation
import SOPRuntime

/// What the language's operators do with each kind of value, and the errors they give when
/// the kinds do not fit ("cannot add text and a duration").
enum Operators {
    static func truth(_ value: Value, at location: SourceLocation) throws(ShellError) -> Bool {
        switch value {
        case .bool(let flag): return flag
        case .null: return false
        default:
            throw ShellError(
                "a condition must be true or false, not \(kind(of: value))",
                hint: "compare it, for example `x > 0` or `x != nil`", at: location)
        }
    }

    static func negate(_ value: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch value {
        case .number(let number): return .number(-number)
        case .duration(let duration): return .duration(duration * -1)
        default:
            throw ShellError(
                "cannot negate \(kind(of: value))",
                hint: "only a number or a duration has a minus sign; convert with num(…) or duration(…)", at: location)
        }
    }

    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch op {
        case .equal: return .bool(equal(a, b))
        case .notEqual: return .bool(!equal(a, b))
        case .less: return .bool(try order(a, b, at: location) == .orderedAscending)
        case .lessOrEqual: return .bool(try order(a, b, at: location) != .orderedDescending)
        case .greater: return .bool(try order(a, b, at: location) == .orderedDescending)
        case .greaterOrEqual: return .bool(try order(a, b, at: location) != .orderedAscending)
        case .add: return try ValueLimits.checked(add(a, b, at: location), at: location)
        case .subtract: return try ValueLimits.checked(subtract(a, b, at: location), at: location)
        case .multiply: return try ValueLimits.checked(multiply(a, b, at: location), at: location)
        case .divide: return try ValueLimits.checked(divide(a, b, at: location), at: location)
        case .remainder: return try ValueLimits.checked(remainder(a, b, at: location), at: location)
        }
    }

    /// Equality as people mean it: `1d == 7h30m` on the default calendar.
    static func equal(_ a: Value, _ b: Value) -> Bool {
        if case .duration(let x) = a, case .duration(let y) = b { return abs(x.totalMinutes() - y.totalMinutes()) < 1e-9 }
        return a == b
    }

    private static func add(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x + y)
        case (.string, _), (_, .string):
            // Measured before joining: a text doubled in a loop is refused before it is built.
            try ValueLimits.checkWritable(a, at: location)
            try ValueLimits.checkWritable(b, at: location)
            let (x, y) = (a.plainText, b.plainText)
            try ValueLimits.check(textBytes: x.utf8.count + y.utf8.count, at: location)
            return .string(x + y)
        case (.list(let x), .list(let y)):
            try ValueLimits.check(listItems: x.count + y.count, at: location)
            return .list(x + y)
        case (.duration(let x), .duration(let y)): return .duration(x + y)
        case (.dateTime(let t), .duration(let d)), (.duration(let d), .dateTime(let t)):
            return .dateTime(CivilDateTime(minutes: t.minutes + d.totalMinutes(hoursPerDay: 24)))
        default: throw mismatch("cannot add \(kind(of: a)) and \(kind(of: b))", at: location)
        }
    }

    private static func subtract(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x - y)
        case (.duration(let x), .duration(let y)): return .duration(x + y * -1)
        case (.dateTime(let t), .duration(let d)):
            return .dateTime(CivilDateTime(minutes: t.minutes - d.totalMinutes(hoursPerDay: 24)))
        case (.dateTime(let t), .dateTime(let u)):
            return .duration(.minutes(t.minutes - u.minutes))
        default: throw mismatch("cannot subtract \(kind(of: a)) and \(kind(of: b))", at: location)
        }
    }

    private static func multiply(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)): return .number(x * y)
        case (.duration(let x), .number(let y)), (.number(let y), .duration(let x)): return .duration(x * y)
        default: throw mismatch("cannot multiply \(kind(of: a)) and \(kind(of: b))", at: location)
        }
    }

    private static func divide(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            guard y != 0 else {
                throw ShellError("division by zero", hint: "check that the divisor is not 0 before dividing", at: location)
            }
            return .number(x / y)
        case (.duration(let x), .number(let y)):
            guard y != 0 else {
                throw ShellError("division by zero", hint: "check that the divisor is not 0 before dividing", at: location)
            }
            return .duration(x * (1 / y))
        case (.duration(let x), .duration(let y)):
            guard y.totalMinutes() != 0 else {
                throw ShellError(
                    "division by a zero duration", hint: "check that the duration is not 0m before dividing by it", at: location)
            }
            return .number(x.totalMinutes() / y.totalMinutes())
        default: throw mismatch("cannot divide \(kind(of: a)) and \(kind(of: b))", at: location)
        }
    }

    private static func remainder(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> Value {
        guard case .number(let x) = a, case .number(let y) = b else {
            throw mismatch("cannot take the remainder of \(kind(of: a)) and \(kind(of: b))", at: location)
        }
        guard y != 0 else {
            throw ShellError("remainder of a division by zero", hint: "check that the divisor is not 0 before dividing", at: location)
        }
        return .number(x.truncatingRemainder(dividingBy: y))
    }

    /// Arithmetic on kinds it does not apply to ("cannot add text and a duration").
    private static func mismatch(_ said: Message, at location: SourceLocation) -> ShellError {
        ShellError(said, hint: "convert one side first, with num(…), str(…) or duration(…)", at: location)
    }

    /// How `a` stands to `b` when they are of one kind that has an order.
    private static func order(_ a: Value, _ b: Value, at location: SourceLocation) throws(ShellError) -> ComparisonResult {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
        case (.string(let x), .string(let y)): return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
        case (.duration(let x), .duration(let y)):
            let (m, n) = (x.totalMinutes(), y.totalMinutes())
            return m < n ? .orderedAscending : m > n ? .orderedDescending : .orderedSame
        case (.dateTime(let x), .dateTime(let y)): return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
        default:
            throw ShellError(
                "cannot compare \(kind(of: a)) with \(kind(of: b))",
                hint: "compare values of one kind; convert with num(…), str(…) or duration(…)", at: location)
        }
    }

    static func integer(_ value: Value, at location: SourceLocation) throws(ShellError) -> Int {
        guard case .number(let number) = value, number == number.rounded(), abs(number) < 1e15 else {
            if case .number = value {
                throw ShellError(
                    "expected a whole number, not \(ValueDescription.inline(value))",
                    hint: "round it first, with round(…), floor(…) or ceil(…)", at: location)
            }
            throw ShellError(
                "expected a whole number, not \(kind(of: value))", hint: "convert it with num(…), then round(…) if needed", at: location)
        }
        return Int(number)
    }

    /// `a..b`: the whole numbers from a to b, both included.
    static func range(_ low: Value, _ high: Value, at location: SourceLocation) throws(ShellError) -> Value {
        let from = try integer(low, at: location)
        let to = try integer(high, at: location)
        guard from <= to else { return .list([]) }
        guard to - from < 10_000_000 else {
            throw ShellError(
                "the range \(from)..\(to) is too long to make into a list",
                hint: "loop over it with `for i in a..b`, which does not build it", at: location)
        }
        return .list((from...to).map { .number(Double($0)) })
    }

    /// What `for` walks through: a list's items, a table's rows, a record's keys, a string's characters.
    static func items(of value: Value, at location: SourceLocation) throws(ShellError) -> [Value] {
        switch value {
        case .list(let items): return items
        case .table(let table): return table.rows.map(Value.record)
        case .record(let record): return record.keys.map(Value.string)
        case .string(let text): return text.map { .string(String($0)) }
        case .null: return []
        default:
            throw ShellError(
                "cannot loop over \(kind(of: value))", hint: "loop over a list, a range such as 1..10, or a table", at: location)
        }
    }

    static func member(_ value: Value, _ name: String, at location: SourceLocation) throws(ShellError) -> Value {
        switch value {
        case .record(let record):
            guard let field = record[name] else {
                let nearest = EditDistance.suggestions(for: name, among: Array(record.keys))
                throw ShellError(
                    "the record has no field `\(name)`",
                    hint: nearest.first.map { "did you mean `\($0)`?" } ?? "its fields are: \(record.keys.joined(separator: ", "))",
                    at: location)
            }
            return field
        case .duration(let duration):
            switch name {
            case "minutes": return .number(duration.totalMinutes())
            case "hours": return .number(duration.totalHours())
            case "days": return .number(duration.totalHours() / WorkDuration.defaultHoursPerDay)
            default:
                throw ShellError("a duration has no field `\(name)`", hint: "its fields are: minutes, hours, days", at: location)
            }
        case .dateTime(let dateTime):
            let c = dateTime.components
            let fields: [String: Int] = [
                "year": c.year, "month": c.month, "day": c.day, "hour": c.hour, "minute": c.minute, "weekday": c.weekday
            ]
            if let field = fields[name] { return .number(Double(field)) }
            throw ShellError(
                "a date-time has no field `\(name)`", hint: "its fields are: year, month, day, hour, minute, weekday", at: location)
        case .table(let table):
            if name == "rows" { return .list(table.rows.map(Value.record)) }
        default:
            break
        }
        throw ShellError(
            "\(kind(of: value)) has no field `\(name)`",
            hint: "fields belong to records, durations (minutes, hours, days) and date-times (year … weekday); type(x) says what x is",
            at: location)
    }

    static func index(_ value: Value, _ key: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch (value, key) {
        case (.list(let items), .number):
            return items[try position(key, count: items.count, at: location)]
        case (.table(let table), .number):
            return .record(table.rows[try position(key, count: table.rows.count, at: location)])
        case (.string(let text), .number):
            let characters = Array(text)
            return .string(String(characters[try position(key, count: characters.count, at: location)]))
        case (.record, .string(let name)):
            return try member(value, name, at: location)
        default:
            throw ShellError(
                "cannot index \(kind(of: value)) with \(kind(of: key))",
                hint: "index a list, a table or text with a number (x[0]), a record with text (r[\"name\"])", at: location)
        }
    }

    /// A 0-based position; negative counts from the end.
    private static func position(_ key: Value, count: Int, at location: SourceLocation) throws(ShellError) -> Int {
        let index = try integer(key, at: location)
        let resolved = index < 0 ? count + index : index
        guard (0..<count).contains(resolved) else {
            throw ShellError("index \(index) is out of range: there are \(count) items", hint: "items are numbered from 0", at: location)
        }
        return resolved
    }

    /// Stores `newValue` at a path of keys inside `value` (`r.a[2] = x`).
    static func set(_ value: inout Value, at keys: ArraySlice<Value>, to newValue: Value, location: SourceLocation) throws(ShellError) {
        guard let key = keys.first else {
            value = newValue
            return
        }
        switch (value, key) {
        case (.record(var record), .string(let name)):
            var field = record[name] ?? .null
            try set(&field, at: keys.dropFirst(), to: newValue, location: location)
            record[name] = field
            value = .record(record)
        case (.list(var items), .number):
            let index = try position(key, count: items.count, at: location)
            try set(&items[index], at: keys.dropFirst(), to: newValue, location: location)
            value = .list(items)
        default:
            throw ShellError(
                "cannot set \(ValueDescription.inline(key)) in \(kind(of: value))",
                hint: "set a field of a record (r.a = 1) or an item of a list by its number (l[0] = 1)", at: location)
        }
    }

    /// What `catch e` binds: the error's message and where it happened.
    static func errorRecord(_ error: ShellError) -> Value {
        var record: Record = ["message": .string(error.message)]
        if let hint = error.hint { record["hint"] = .string(hint) }
        if let location = error.location {
            record["file"] = .string(location.file ?? "")
            record["line"] = .number(Double(location.line))
            record["column"] = .number(Double(location.column))
            if let page = location.page { record["page"] = .number(Double(page)) }
        }
        return .record(record)
    }

    static func undefined(_ name: String, at location: SourceLocation) -> ShellError {
        if let command = EditDistance.suggestions(for: name, among: CommandRegistry.names).first {
            return ShellError("`\(name)` is neither a variable nor a command", hint: "did you mean `\(command)`?", at: location)
        }
        return ShellError("`\(name)` is not defined", hint: "declare it with `let \(name) = …`, or check its spelling", at: location)
    }

    /// "a number", "text", "a list": how messages name a value's kind, in the session's
    /// language (it is set into other messages).
    static func kind(of value: Value) -> Message {
        switch value {
        case .null: "nil"
        case .bool: "true or false"
        case .number: "a number"
        case .string: "text"
        case .duration: "a duration"
        case .dateTime: "a date-time"
        case .list: "a list"
        case .record: "a record"
        case .table: "a table"
        }
    }
}
