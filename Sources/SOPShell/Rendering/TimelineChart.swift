import Foundation
import SOPRuntime

/// A case drawn as a Gantt chart on the calendar: a row per role, time running right, each
/// step a bar (█, with its number where it fits; ┄ where work pauses outside working time)
/// on the rows of the roles that did it, and the wait for a free member before it (░). The
/// axis under the chart is a line in working time and blank outside it, so nights and
/// weekends show as gaps. A table of the steps follows.
struct TimelineChart: Sendable {
    var trace: EventLog.Trace
    /// Role names in the order the SOP lists them; roles not listed follow in order of use.
    var roleOrder: [String]
    var calendar: WorkCalendar
    var width: Int
    /// The case's clock, when it is still in progress.
    var now: CivilDateTime?

    func render() -> String {
        guard let first = trace.events.map({ $0.ready ?? $0.start }).min(),
            let last = (trace.events.map(\.end) + [now].compactMap { $0 }).max()
        else {
            return localized("Case \(trace.name) has no steps done yet.")
        }
        let roles = rolesInOrder()
        let labelWidth = min(roles.map(DisplayWidth.of).max() ?? 0, max(8, width / 4))
        let columns = max(20, width - labelWidth - 2)
        let span = max(last.minutes - first.minutes, 1)
        let scale = Scale(origin: first.minutes, minutesPerColumn: span / Double(columns), columns: columns)

        var lines = [heading(first, last)]
        lines.append(String(repeating: " ", count: labelWidth + 2) + ticks(scale))
        for role in roles {
            let row = bars(for: role, scale: scale)
            lines.append(pad(DisplayWidth.truncate(role, to: labelWidth), labelWidth) + "  " + String(row))
        }
        lines.append(String(repeating: " ", count: labelWidth + 2) + axis(scale))
        lines.append(localized("█ work  ┄ paused outside working time  ░ waiting for staff  ─ working time"))
        return lines.joined(separator: "\n")
    }

    private func heading(_ first: CivilDateTime, _ last: CivilDateTime) -> String {
        let steps = trace.events.count
        let hours = calendar.workingMinutes(from: first, to: last) / 60
        let working = String(format: hours < 100 ? "%.1f" : "%.0f", hours)
        let state = now.map { localized(", in progress, clock \($0.shown)") } ?? ""
        let count = steps == 1 ? localized("1 step") : localized("\(steps) steps")
        return localized("Case \(trace.name): \(count), \(first.shown) → \(last.shown), \(working) working hours\(state)")
    }

    private func rolesInOrder() -> [String] {
        let used = trace.events.flatMap(\.roles)
        return roleOrder.filter(used.contains)
            + used.reduce(into: [String]()) { seen, role in
                if !roleOrder.contains(role), !seen.contains(role) { seen.append(role) }
            }
    }

    private func bars(for role: String, scale: Scale) -> [Character] {
        var row = [Character](repeating: " ", count: scale.columns)
        for event in trace.events where event.roles.contains(role) {
            if let ready = event.ready, ready < event.start {
                for column in scale.columns(from: ready.minutes, to: event.start.minutes) where row[column] == " " {
                    row[column] = "░"
                }
            }
            // Work pauses outside working time: those columns of a bar are drawn thin.
            let work = scale.columns(from: event.start.minutes, to: event.end.minutes)
            for column in work { row[column] = work.count > 1 && !isWorking(column, scale) ? "┄" : "█" }
            if let solid = longestSolidRun(row, in: work), solid.count >= event.step.count + 2 {
                let at = solid.lowerBound + (solid.count - event.step.count) / 2
                for (offset, character) in event.step.enumerated() { row[at + offset] = character }
            }
        }
        return row
    }

    /// The longest stretch of █ within `range`: where a step's number is written.
    private func longestSolidRun(_ row: [Character], in range: Range<Int>) -> Range<Int>? {
        var best: Range<Int>?
        var start: Int?
        for column in range.lowerBound...range.upperBound {
            if column < range.upperBound, row[column] == "█" {
                if start == nil { start = column }
            } else if let first = start {
                if column - first > (best?.count ?? 0) { best = first..<column }
                start = nil
            }
        }
        return best
    }

    /// Day names at midnights, or hours within a day, as many as fit without touching.
    private func ticks(_ scale: Scale) -> String {
        let spanMinutes = scale.minutesPerColumn * Double(scale.columns)
        let steps: [Double] = [60, 120, 180, 240, 360, 720, 1440, 2880, 10080, 20160, 43200]
        let labelWidth = 10.0
        let step = steps.first { spanMinutes / $0 * labelWidth <= Double(scale.columns) } ?? 43200
        var row = [Character](repeating: " ", count: scale.columns)
        // Weeks start on Monday: 1970-01-05, four days after the count of minutes begins.
        let anchor = step >= 10080 ? 4 * 1440.0 : 0
        var tick = ((scale.origin - anchor) / step).rounded(.up) * step + anchor
        var free = 0
        while tick < scale.origin + spanMinutes {
            let column = scale.column(of: tick)
            let moment = CivilDateTime(minutes: tick)
            let c = moment.components
            let label =
                step >= 1440
                ? "\(CivilDateTime.dayName(c.weekday - 1)) \(String(format: "%02d/%02d", c.day, c.month))"
                : String(format: "%02d:%02d", c.hour, c.minute)
            if column >= free, column + label.count <= scale.columns {
                for (offset, character) in label.enumerated() { row[column + offset] = character }
                free = column + label.count + 1
            }
            tick += step
        }
        return String(row)
    }

    /// A line where the calendar is working, blank where it is not.
    private func axis(_ scale: Scale) -> String {
        String((0..<scale.columns).map { isWorking($0, scale) ? "─" : " " })
    }

    /// Whether the middle of a column is working time.
    private func isWorking(_ column: Int, _ scale: Scale) -> Bool {
        calendar.isWorking(at: CivilDateTime(minutes: scale.origin + (Double(column) + 0.5) * scale.minutesPerColumn))
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    /// Minutes on the calendar to columns of the chart.
    struct Scale {
        var origin: Double
        var minutesPerColumn: Double
        var columns: Int

        func column(of minutes: Double) -> Int {
            min(max(Int(((minutes - origin) / minutesPerColumn).rounded(.down)), 0), columns - 1)
        }

        /// The columns a span covers: at least one, so a short step still shows.
        func columns(from start: Double, to end: Double) -> Range<Int> {
            let first = column(of: start)
            let last = max(first + 1, min(Int(((end - origin) / minutesPerColumn).rounded(.up)), columns))
            return first..<last
        }
    }
}
