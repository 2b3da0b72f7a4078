import Foundation
import SOPRuntime

/// The work calendar that runs count time on.
extension Command {
    static let calendar = Command(
        name: "calendar", group: .running,
        summary: "show or change the work calendar (hours, breaks, days, holidays, 24-hour mode)",
        synopsis: "[office | 24h | load FILE | save FILE | hours DAY [HH:MM-HH:MM…] | holiday DATE [NAME]]",
        details: """
            Without arguments, shows the calendar that runs count working time on: the working hours of each \
            day with their breaks, and the holidays. `office` is the common office calendar (Mon–Thu 07:30–16:00, \
            Fri 07:30–16:30, breaks at noon); `24h` counts every hour; `load FILE` reads a calendar file \
            (examples/kalender-kantor-2026.yaml); `save FILE` writes one; `hours DAY …` sets a day's working \
            intervals (none closes it); `holiday DATE NAME` closes a date. A change applies to the cases from then on.
            """,
        examples: [
            "calendar", "calendar 24h", "calendar load examples/kalender-kantor-2026.yaml",
            "calendar hours jumat 07:30-11:30 13:00-16:30", "calendar holiday 2026-03-19 \"Hari Suci Nyepi\""
        ],
        arity: 0...Int.max,
        completes: [.text, .file]
    ) { invocation, session throws(ShellError) in
        let words = invocation.positionals.map(\.text)
        var calendar = session.run?.calendar ?? session.calendar
        switch words.first {
        case nil:
            return CommandResult(.string(calendar.yaml()), text: calendar.summary)
        case "office", "kantor":
            calendar = .office
        case "24h", "24-hour", "sepanjang-waktu":
            calendar = .roundTheClock
        case "load":
            guard words.count == 2 else { throw invocation.error("give the calendar file", hint: "calendar load FILE") }
            calendar = try readCalendar(words[1], invocation)
        case "save":
            guard words.count == 2 else { throw invocation.error("give the file to write", hint: "calendar save FILE") }
            do {
                try AtomicFile.write(Data(calendar.yaml().utf8), to: words[1])
            } catch {
                throw invocation.error("\(error)", argument: 1)
            }
            return CommandResult.confirmation(.string(words[1]), "Saved the calendar to \(words[1])")
        case "hours":
            guard words.count >= 2, let weekday = Weekday.number(of: words[1]) else {
                throw invocation.error("name a day: senin … minggu (or mon … sun)", hint: "calendar hours jumat 07:30-11:30 13:00-16:30")
            }
            var intervals: [WorkCalendar.Interval] = []
            for (offset, text) in words.dropFirst(2).enumerated() {
                guard let interval = Weekday.interval(text), intervals.last.map({ $0.end <= interval.start }) ?? true else {
                    throw invocation.error(
                        "“\(text)” is not a working interval after the ones before it",
                        hint: "write intervals in order as HH:MM-HH:MM, such as 07:30-12:00 13:00-16:00", argument: offset + 2)
                }
                intervals.append(interval)
            }
            calendar.week[weekday] = intervals
            calendar.isRoundTheClock = false
        case "holiday", "libur":
            guard words.count >= 2, let date = CivilDateTime(words[1]) else {
                throw invocation.error("give the date of the holiday", hint: "calendar holiday 2026-03-19 \"Hari Suci Nyepi\"")
            }
            calendar.holidays[date.day] = words.dropFirst(2).joined(separator: " ")
        default:
            throw invocation.error("`calendar` has no action `\(words[0])`", hint: "usage: \(invocation.command.usage)", argument: 0)
        }
        session.calendar = calendar
        if var run = session.run {
            run.setCalendar(calendar)
            try session.commit(run, invocation: invocation)
        }
        return CommandResult.confirmation(.string(calendar.yaml()), text: calendar.summary)
    }

    static func readCalendar(_ path: String, _ invocation: Invocation) throws(ShellError) -> WorkCalendar {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw invocation.error("cannot read \(path)", hint: "check the path", argument: 1)
        }
        do throws(SOPReadError) {
            return try WorkCalendar.open(path)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }
}

/// Day names as people type them, and working intervals.
enum Weekday {
    static let names = [
        ["senin", "mon", "monday"], ["selasa", "tue", "tuesday"], ["rabu", "wed", "wednesday"],
        ["kamis", "thu", "thursday"], ["jumat", "fri", "friday", "jum'at"], ["sabtu", "sat", "saturday"],
        ["minggu", "sun", "sunday", "ahad"]
    ]

    static func number(of name: String) -> Int? {
        names.firstIndex { $0.contains(name.lowercased()) }.map { $0 + 1 }
    }

    /// "07:30-12:00" → minutes from midnight.
    static func interval(_ text: String) -> WorkCalendar.Interval? {
        let ends = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
        guard ends.count == 2, let start = minutes(ends[0]), let end = minutes(ends[1]), start < end else { return nil }
        return WorkCalendar.Interval(start: start, end: end)
    }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard parts.count == 2, let hour = parts[0], let minute = parts[1], (0...24).contains(hour), (0...59).contains(minute),
            hour * 60 + minute <= 1440
        else { return nil }
        return hour * 60 + minute
    }
}
