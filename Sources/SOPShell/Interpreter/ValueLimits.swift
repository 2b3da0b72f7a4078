import SOPRuntime

/// How large and how far from zero a value may grow. Past these bounds a script stops with a
/// located error that the shell survives, instead of doubling a text until the machine runs out
/// of memory and the process aborts, or going on with `inf`, `nan` or a whole number that is no
/// longer exact. docs/language.md lists the same bounds under "Limits".
enum ValueLimits {
    /// A text's size in UTF-8 bytes: 64 MiB, far beyond any SOP's text or a report's.
    static let textBytes = 64 << 20
    /// A list's items: the same bound as a range made into a list.
    static let listItems = 10_000_000
    /// The magnitude below which a double holds every whole number exactly: numbers and
    /// durations (in minutes) stay inside it, so counting and adding never silently rounds.
    static let magnitude = 1e15
    /// The years a date-time may fall in: what ISO 8601 writes with four digits.
    static let years = 1...9999
    /// How deep lists and records may nest for the value to be written out (printed, made
    /// into text or JSON): the same bound as the syntax's nesting.
    static let writtenNesting = Parser.maximumNesting

    /// `value` when it is within the bounds, else an error at `location` naming the bound.
    static func checked(_ value: Value, at location: SourceLocation) throws(ShellError) -> Value {
        switch value {
        case .number(let number): try check(number: number, at: location)
        case .duration(let duration): try check(duration: duration, at: location)
        case .dateTime(let moment): try check(dateTime: moment, at: location)
        case .string(let text): try check(textBytes: text.utf8.count, at: location)
        case .list(let items): try check(listItems: items.count, at: location)
        default: break
        }
        return value
    }

    static func check(number: Double, at location: SourceLocation) throws(ShellError) {
        guard number.isFinite else {
            throw ShellError(
                "the result is not a number that sopsh can compute with (\(number.isNaN ? Message("undefined") : "infinite"))",
                hint: "numbers stay between -10¹⁵ and 10¹⁵; check the values that went into it", at: location)
        }
        guard abs(number) < magnitude else {
            throw ShellError(
                "\(Value.format(number)) is beyond the range sopsh computes exactly (-10¹⁵ to 10¹⁵)",
                hint: "scale the figures down, for example count in thousands", at: location)
        }
    }

    static func check(duration: WorkDuration, at location: SourceLocation) throws(ShellError) {
        let minutes = duration.totalMinutes()
        guard minutes.isFinite, abs(minutes) < magnitude else {
            throw ShellError(
                "the duration is beyond what sopsh computes with (10¹⁵ minutes)",
                hint: "check the values that went into it; a duration is a working time, such as 3d or 1h30m", at: location)
        }
    }

    static func check(dateTime: CivilDateTime, at location: SourceLocation) throws(ShellError) {
        // The magnitude first: far enough out, the calendar arithmetic of `components` overflows.
        let year = abs(dateTime.minutes) < magnitude ? dateTime.components.year : nil
        guard let year, years.contains(year) else {
            throw ShellError(
                "the date falls \(year.map { Message("in the year \($0)") } ?? "millions of years away"), outside the years 1 to 9999",
                hint: "check the duration added to it", at: location)
        }
    }

    static func check(textBytes count: Int, at location: SourceLocation) throws(ShellError) {
        guard count <= textBytes else {
            throw ShellError(
                "the text would be \(count >> 20) MiB long, more than sopsh holds in one value (64 MiB)",
                hint: "a loop probably grows it without end; build it in pieces and print or export each", at: location)
        }
    }

    static func check(listItems count: Int, at location: SourceLocation) throws(ShellError) {
        guard count <= listItems else {
            throw ShellError(
                "the list would have \(count) items, more than sopsh holds in one value (10 000 000)",
                hint: "a loop probably grows it without end; loop over the items instead of collecting them", at: location)
        }
    }

    /// Refuses to write out a value whose written form would pass the bounds above. A list that
    /// holds itself twice, forty times over, is small in memory (its items are shared) but 2⁴⁰
    /// items long in print; a list nested a million deep takes that many lines of brackets.
    /// A shared list is measured once (by its storage), so the forty-fold list costs forty
    /// measurements, not 2⁴⁰; the walk stops at the first bound passed.
    static func checkWritable(_ value: Value, at location: SourceLocation) throws(ShellError) {
        switch value {
        case .list, .record, .table: break
        default: return
        }
        var measured: [UnsafeRawPointer: WrittenSize] = [:]
        _ = try writtenSize(of: value, depth: 1, measured: &measured, at: location)
    }

    /// What a value's written form holds: its items (itself among them), its bytes of text
    /// and record keys, and how deep it nests below itself.
    private struct WrittenSize {
        var items = 1
        var bytes = 0
        var height = 1
    }

    private static func writtenSize(
        of value: Value, depth: Int, measured: inout [UnsafeRawPointer: WrittenSize], at location: SourceLocation
    ) throws(ShellError) -> WrittenSize {
        guard depth <= writtenNesting else { throw tooDeep(at: location) }
        var size = WrittenSize()
        var children: [Value] = []
        switch value {
        case .string(let text): size.bytes = text.utf8.count
        case .list(let list):
            let storage = list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
            if let storage, let known = measured[storage] {
                guard depth + known.height - 1 <= writtenNesting else { throw tooDeep(at: location) }
                return known
            }
            children = list
            size = try measure(children, into: size, depth: depth, measured: &measured, at: location)
            if let storage { measured[storage] = size }
            return size
        case .record(let record):
            size.bytes = record.keys.reduce(0) { $0 + $1.utf8.count }
            children = Array(record.values)
        case .table(let table): children = table.rows.map(Value.record)
        default: break
        }
        return try measure(children, into: size, depth: depth, measured: &measured, at: location)
    }

    /// `size` with `children`'s sizes added, refused as soon as a bound is passed.
    private static func measure(
        _ children: [Value], into size: WrittenSize, depth: Int, measured: inout [UnsafeRawPointer: WrittenSize],
        at location: SourceLocation
    ) throws(ShellError) -> WrittenSize {
        var size = size
        for child in children {
            let childSize = try writtenSize(of: child, depth: depth + 1, measured: &measured, at: location)
            size.items += childSize.items
            size.bytes += childSize.bytes
            size.height = max(size.height, childSize.height + 1)
            guard size.items <= listItems, size.bytes <= textBytes else {
                throw ShellError(
                    "the value holds more than \(size.items <= listItems ? Message("64 MiB of text") : "10 000 000 items"), too much to write out",
                    hint: "a list may hold another many times over; write out a part of it, such as x[0], or count it with len(x)",
                    at: location)
            }
        }
        return size
    }

    private static func tooDeep(at location: SourceLocation) -> ShellError {
        ShellError(
            "the value is nested more than \(writtenNesting) deep, too deep to write out",
            hint: "write out a part of it, such as x[0], or count it with len(x)", at: location)
    }
}
