import Foundation
import Yams

/// The calendar file (examples/kalender-kantor-2026.yaml), in Indonesian keys like the SOP
/// format:
///
/// ```yaml
/// jam_kerja:                 # per weekday; a list of "HH:MM-HH:MM"; omitted or [] = closed
///   senin: ["07:30-12:00", "13:00-16:00"]
/// libur:                     # closed days
///   - tanggal: 2026-03-19
///     nama: Hari Suci Nyepi
/// sepanjang_waktu: false     # optional: round the clock
/// ```
///
/// An office copies the example and adjusts it, so every mistake is refused with its line,
/// column and what to write instead; a calendar read with a silent error would misdate every
/// case run on it. schema/calendar.schema.json states the same rules for an editor (all but
/// those that compare values: an interval's start before its end, overlaps, a date twice).
extension WorkCalendar {
    /// The weekday keys in ISO order (senin = 1).
    static let weekdayKeys = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
    static let fileKeys = ["jam_kerja", "libur", "sepanjang_waktu"]
    static let holidayKeys = ["tanggal", "nama"]

    /// The calendar file at `path`, refused like an SOP file when it is binary or not UTF-8:
    /// the one way `calendar load`, `--calendar FILE` and a scenario's `kalender` read one.
    public static func open(_ path: String) throws(SOPReadError) -> WorkCalendar {
        try read(try SOPFile.text(at: path), file: path)
    }

    /// Our YAML calendar file; throws SOPReadError with file:line:column and a hint for
    /// anything wrong.
    public static func read(_ text: String, file: String?) throws(SOPReadError) -> WorkCalendar {
        let root = try YAMLNodeReader.compose(
            text, file: file, whenEmpty: "the calendar file is empty",
            hint: "start from examples/kalender-kantor-2026.yaml")
        var reader = CalendarFileReader(nodes: YAMLNodeReader(file: file))
        reader.nodes.refuseTags(in: root)
        let calendar = reader.calendar(from: root)
        // The reader visits keys before values; the user reads top to bottom.
        if let problem = reader.nodes.firstProblem(in: root, otherwise: "see examples/kalender-kantor-2026.yaml") { throw problem }
        guard let calendar else {
            throw SOPReadError(
                "the file is YAML but not a work calendar", at: SourceLocation(file: file, line: 1, column: 1),
                hint: "its top level is a mapping with `jam_kerja`, `libur` and `sepanjang_waktu`")
        }
        return calendar
    }

    /// The calendar in the file format; `read` gives back an equal calendar.
    public func yaml() -> String {
        let days = Self.weekdayKeys.enumerated().map { index, name in
            let intervals = timetable.slots(of: index).map { slot in
                Node.scalar(Node.Scalar(Self.fileText(timetable.starts[slot], timetable.ends[slot]), Tag(.str), .doubleQuoted))
            }
            return (Node(name), Node.sequence(Node.Sequence(intervals, Tag(.implicit), .flow)))
        }
        let closedDays = holidays.sorted { $0.key < $1.key }.map { day, name in
            Node.mapping(
                Node.Mapping([
                    (Node("tanggal"), Node(Self.dateText(day))),
                    (Node("nama"), SOPYAMLWriter.text(name))
                ]))
        }
        var pairs: [(Node, Node)] = [
            (Node("jam_kerja"), .mapping(Node.Mapping(days))),
            (Node("libur"), .sequence(Node.Sequence(closedDays, Tag(.implicit), closedDays.isEmpty ? .flow : .block)))
        ]
        if isRoundTheClock { pairs.append((Node("sepanjang_waktu"), Node("true"))) }
        // Serialising a tree of plain strings cannot fail; a failure would be a bug in Yams.
        let body = (try? Yams.serialize(node: .mapping(Node.Mapping(pairs)), indent: 2, width: -1, allowUnicode: true)) ?? ""
        return "# Work calendar for sopsh: working hours per weekday (jam_kerja) and closed days (libur)\n" + body
    }

    /// Readable text: one line a weekday with its intervals ("Sen 07:30–12:00, 13:00–16:00"),
    /// the hours per week and per day, and the holidays.
    public var summary: String {
        if isRoundTheClock {
            let ignored: Message = holidays.isEmpty ? "" : " (its \(holidays.count) holidays are ignored)"
            return localized("Round the clock: every minute is working time and 1 hari is 24 jam\(ignored)")
        }
        var lines = CivilDateTime.dayNames.indices.map { index in
            let name = CivilDateTime.dayName(index)
            let intervals = timetable.slots(of: index).map { Self.clock(timetable.starts[$0]) + "–" + Self.clock(timetable.ends[$0]) }
            return name + " " + (intervals.isEmpty ? localized("closed") : intervals.joined(separator: ", "))
        }
        lines.append(localized("\(Self.hours(timetable.weekMinutes / 60)) working hours a week; 1 hari = \(Self.hours(hoursPerDay)) jam"))
        lines.append(localized(holidays.isEmpty ? "No holidays" : holidays.count == 1 ? "1 holiday:" : "\(holidays.count) holidays:"))
        for (day, name) in holidays.sorted(by: { $0.key < $1.key }) {
            let date = CivilDateTime(minutes: Double(day) * 1440).components
            let weekday = CivilDateTime.dayName(date.weekday - 1)
            let month = CivilDateTime.monthName(date.month - 1)
            lines.append("  \(weekday) \(date.day) \(month) \(date.year)  \(name)")
        }
        return lines.joined(separator: "\n")
    }

    /// `07:30` for 450 minutes, `24:00` for the end of the day.
    static func clock(_ minutes: Double) -> String {
        let whole = Int(minutes)
        return twoDigits(whole / 60) + ":" + twoDigits(whole % 60)
    }

    static func fileText(_ start: Double, _ end: Double) -> String { clock(start) + "-" + clock(end) }

    static func dateText(_ day: Int) -> String {
        let date = CivilDateTime(minutes: Double(day) * 1440).components
        return String(format: "%04d-%02d-%02d", date.year, date.month, date.day)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `37.5`, `7.5`, `24`: at most two decimals, none when whole.
    private static func hours(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}

extension WorkCalendar.Interval {
    /// `07:30-12:00`, as the file writes it.
    fileprivate var fileText: String { WorkCalendar.fileText(Double(start), Double(end)) }
}

/// Reads a composed calendar file, recording every problem as a located diagnostic so that
/// `WorkCalendar.read` can report the first with a count of the rest.
private struct CalendarFileReader {
    var nodes: YAMLNodeReader

    mutating func calendar(from root: Node) -> WorkCalendar? {
        guard case .mapping = root,
            let entries = nodes.entries(of: root, named: localized("the calendar"), known: WorkCalendar.fileKeys)
        else { return nil }
        var calendar = WorkCalendar(week: [:])
        var hoursNode: Node?
        for (key, value) in entries {
            switch key {
            case "jam_kerja":
                hoursNode = value
                calendar.week = week(from: value)
            case "libur":
                calendar.holidays = holidays(from: value)
            default:
                calendar.isRoundTheClock = flag(value, named: key) ?? false
            }
        }
        if !calendar.isRoundTheClock, calendar.timetable.weekMinutes == 0, nodes.diagnostics.isEmpty {
            nodes.error(
                "the calendar has no working hours, so no work would ever finish", at: hoursNode ?? root,
                hint:
                    "give weekdays their hours under `jam_kerja`, such as `senin: [\"07:30-12:00\", \"13:00-16:00\"]`, or write `sepanjang_waktu: true` for round the clock"
            )
        }
        return calendar
    }

    mutating func week(from node: Node) -> [Int: [WorkCalendar.Interval]] {
        if node.null != nil { return [:] }
        var week: [Int: [WorkCalendar.Interval]] = [:]
        for (key, value) in nodes.entries(of: node, named: "`jam_kerja`", known: WorkCalendar.weekdayKeys) ?? [] {
            let intervals = day(value, named: key)
            if !intervals.isEmpty { week[WorkCalendar.weekdayKeys.firstIndex(of: key)! + 1] = intervals }
        }
        return week
    }

    /// A weekday's intervals, sorted; one written alone (`sabtu: "08:00-12:00"`) is a list of one.
    mutating func day(_ node: Node, named weekday: String) -> [WorkCalendar.Interval] {
        let items: [Node]
        switch node {
        case .sequence(let sequence): items = Array(sequence)
        case .scalar: items = node.null != nil ? [] : [node]
        default:
            nodes.error(
                "`\(weekday)` must be a list of working intervals, not \(nodes.describe(node))", at: node,
                hint: "write `\(weekday): [\"07:30-12:00\", \"13:00-16:00\"]`, or `[]` for a closed day")
            return []
        }
        var read: [(interval: WorkCalendar.Interval, node: Node)] = []
        for item in items {
            guard let text = nodes.text(item, named: localized("an interval of \(weekday)")) else { continue }
            if let interval = interval(text, at: item) { read.append((interval, item)) }
        }
        read.sort { $0.interval.start < $1.interval.start }
        for (earlier, later) in zip(read, read.dropFirst()) where later.interval.start < earlier.interval.end {
            nodes.error(
                "on \(weekday), `\(later.interval.fileText)` overlaps `\(earlier.interval.fileText)`", at: later.node,
                hint: "list each stretch of working time once, with the break between intervals: \"07:30-12:00\", \"13:00-16:00\"")
        }
        return read.map(\.interval)
    }

    /// `07:30-12:00`; an en dash, spaces and the Indonesian `07.30` are read too.
    mutating func interval(_ text: String, at node: Node) -> WorkCalendar.Interval? {
        let example: Message = "write it as \"HH:MM-HH:MM\", such as \"07:30-12:00\""
        let halves = text.split(omittingEmptySubsequences: false, whereSeparator: { "-–—".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard halves.count == 2 else {
            nodes.error("`\(text)` is not a working interval", at: node, hint: example)
            return nil
        }
        guard let start = minuteOfDay(halves[0], in: text, at: node, isEnd: false),
            let end = minuteOfDay(halves[1], in: text, at: node, isEnd: true)
        else { return nil }
        guard start < end else {
            nodes.error(
                "`\(text)` ends before it starts", at: node,
                hint: "an interval lies within one day: split night work into \"22:00-24:00\" and, on the next day, \"00:00-06:00\"")
            return nil
        }
        return WorkCalendar.Interval(start: start, end: end)
    }

    /// `07:30` as 450; `24:00` only as the end of an interval.
    mutating func minuteOfDay(_ text: String, in interval: String, at node: Node, isEnd: Bool) -> Int? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
            let hour = Int(parts[0]), let minute = Int(parts[1])
        else {
            nodes.error(
                "`\(text)` in `\(interval)` is not a time of day", at: node,
                hint: "write hours and minutes as HH:MM, such as \"07:30-12:00\"")
            return nil
        }
        let isMidnightEnd = isEnd && hour == 24 && minute == 0
        guard hour < 24 || isMidnightEnd, minute < 60 else {
            let problem: Message = minute >= 60 ? "minutes run from 00 to 59" : "hours run from 00 to 23 (24:00 only ends a day)"
            nodes.error(
                "`\(text)` in `\(interval)` is not a time of day: \(problem)", at: node,
                hint: "write a time within the day, such as \"07:30-16:00\"")
            return nil
        }
        return hour * 60 + minute
    }

    mutating func holidays(from node: Node) -> [Int: String] {
        var holidays: [Int: String] = [:]
        var lines: [Int: Int] = [:]
        for item in nodes.items(node, named: "libur") ?? [] {
            guard let entries = nodes.entries(of: item, named: localized("a holiday (libur)"), known: WorkCalendar.holidayKeys) else {
                continue
            }
            var day: Int?
            var name = ""
            var dateNode: Node?
            for (key, value) in entries {
                if key == "tanggal" {
                    dateNode = value
                    day = date(value)
                } else {
                    name = nodes.text(value, named: "nama") ?? ""
                }
            }
            guard let dateNode else {
                nodes.error("a holiday needs its date", at: item, hint: "write `tanggal: 2026-03-19` in it")
                continue
            }
            guard let day else { continue }
            if let line = lines[day] {
                nodes.error(
                    "\(WorkCalendar.dateText(day)) is listed twice (first at line \(line))", at: dateNode,
                    hint: "keep one entry for each date")
                continue
            }
            lines[day] = dateNode.mark?.line ?? 0
            holidays[day] = name
        }
        return holidays
    }

    /// `2026-03-19` as its day number.
    mutating func date(_ node: Node) -> Int? {
        guard let text = nodes.text(node, named: "tanggal") else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), year >= 1
        else {
            nodes.error("`\(text)` is not a date", at: node, hint: "write it as YYYY-MM-DD, such as 2026-03-19")
            return nil
        }
        guard (1...12).contains(month) else {
            nodes.error(
                "`\(text)` does not exist: a year has months 01 to 12", at: node, hint: "write it as YYYY-MM-DD, such as 2026-03-19")
            return nil
        }
        let length = CivilDateTime.daysIn(month: month, year: year)
        guard let moment = CivilDateTime(year: year, month: month, day: day) else {
            nodes.error(
                "`\(text)` does not exist: \(CivilDateTime.monthName(month - 1)) \(year) has \(length) days", at: node,
                hint: "check the date against the official list (the SKB on national holidays and cuti bersama)")
            return nil
        }
        return moment.day
    }

    mutating func flag(_ node: Node, named key: String) -> Bool? {
        let text = nodes.text(node, named: key)?.lowercased()
        switch text {
        case "true", "ya", "yes": return true
        case "false", "tidak", "no", "": return false
        case nil: return nil
        default:
            nodes.error(
                "`\(key)` must be true or false, not `\(text!)`", at: node,
                hint: "write `\(key): true` for round the clock, or leave it out")
            return nil
        }
    }
}
