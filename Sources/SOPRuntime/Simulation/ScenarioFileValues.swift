import Foundation
import Yams

/// The scalar values of a scenario file: counts, numbers, probabilities, durations, moments,
/// distributions, step numbers and the calendar.
extension ScenarioFileReader {
    /// A whole number from `least` to `most`; one above `most` (even beyond any `Int`) is
    /// refused with `because`, the limit's reason, so that the file, not the simulation, is
    /// where a slip such as `pegawai: {kepala: 1000000000000}` is found.
    mutating func count(_ node: Node, named what: String, least: Int, most: Int = .max, because: Message? = nil) -> Int? {
        let digits = (node.scalar?.string ?? "").replacingOccurrences(of: "_", with: "")
        let value = Int(digits)
        let beyond = value == nil && !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        if beyond || value.map({ $0 > most }) == true {
            nodes.error(
                "`\(what)` is \(digits), more than the simulator takes (at most \(most))", at: node,
                hint: because ?? "for example `\(what): \(max(least, 1) == 1 ? 5 : least)`")
            return nil
        }
        guard let value, value >= least else {
            nodes.error(
                "`\(what)` must be a whole number of at least \(least), not \(nodes.describe(node))", at: node,
                hint: most == .max
                    ? "write it in digits, for example `\(what): \(max(least, 1) == 1 ? 5 : least)`"
                    : "write it in digits, from \(least) to \(most), for example `\(what): \(max(least, 1) == 1 ? 5 : least)`")
            return nil
        }
        return value
    }

    /// A number in plain digits (`1.5`, `1,5`), as `ScenarioValues.decimal` reads it.
    mutating func number(_ node: Node, named what: String, positive: Bool) -> Double? {
        guard let value = ScenarioValues.decimal(node.scalar?.string ?? ""), positive ? value > 0 : value >= 0 else {
            nodes.error(
                positive
                    ? "`\(what)` must be a number above zero, not \(nodes.describe(node))"
                    : "`\(what)` must be a number of zero or more, not \(nodes.describe(node))", at: node,
                hint: "write it in plain digits, for example `\(what): 1.5`")
            return nil
        }
        return value
    }

    /// 0.3 or 30%.
    mutating func probability(_ node: Node, named what: String) -> Double? {
        guard let value = ScenarioValues.probability(node.scalar?.string ?? "") else {
            nodes.error(
                "`\(what)` must be a probability between 0 and 1 (or 0% and 100%), not \(nodes.describe(node))", at: node,
                hint: "for example `0.3` or `30%`")
            return nil
        }
        return value
    }

    mutating func seed(_ node: Node) -> UInt64? {
        guard let text = node.scalar?.string, let value = UInt64(text) else {
            nodes.error("`seed` must be a whole number of zero or more, not \(nodes.describe(node))", at: node, hint: "seed: 42")
            return nil
        }
        return value
    }

    /// A duration written as in the SOP's `waktu`: `40 jam`, `3 hari`, `1 jam 30 menit`.
    mutating func duration(_ node: Node, named what: String) -> WorkDuration? {
        guard let text = nodes.text(node, named: what) else { return nil }
        let time = StandardTime(text)
        switch time.amount {
        case .fixed(let duration):
            return duration
        case .unreadable(let error):
            nodes.error(
                "`\(what)` does not read as a time: \(error.message) (at character \(error.column))", at: node,
                hint: "write it like `40 jam`, `3 hari` or `1 jam 30 menit`")
        case .range, .asNeeded, .unspecified:
            nodes.error("`\(what)` must be one time, not “\(text)”", at: node, hint: "write it like `40 jam`")
        }
        return nil
    }

    /// A duration above zero, for what a simulation divides by or runs for (`selang`, `horizon`).
    mutating func positiveDuration(_ node: Node, named what: String) -> WorkDuration? {
        guard let duration = duration(node, named: what) else { return nil }
        guard duration.totalMinutes(hoursPerDay: 24) > 0 else {
            nodes.error("`\(what)` must be more than zero", at: node, hint: "write it like `\(what): 40 jam`")
            return nil
        }
        return duration
    }

    mutating func moment(_ node: Node, named what: String) -> CivilDateTime? {
        guard let text = nodes.text(node, named: what), let moment = CivilDateTime(text) else {
            nodes.error(
                "`\(what)` must be a date and time, not \(nodes.describe(node))", at: node,
                hint: "write it as YYYY-MM-DDTHH:MM, such as 2026-03-02T07:30")
            return nil
        }
        return moment
    }

    mutating func distribution(_ node: Node, named what: String) -> DurationModel.Distribution? {
        if let found = ScenarioValues.distribution(named: nodes.text(node, named: what) ?? "") { return found }
        nodes.error(
            "`\(what)` must be one of \(Self.distributionNames.keys.sorted().joined(separator: ", ")), not \(nodes.describe(node))",
            at: node, hint: "for example `\(what): eksponensial`")
        return nil
    }

    /// How a range `1-2 jam` is drawn: only over the range, so uniform or triangular.
    mutating func rangeDistribution(_ node: Node) -> DurationModel.Distribution? {
        guard let found = distribution(node, named: "sebaran_rentang") else { return nil }
        guard found == .uniform || found == .triangular else {
            nodes.error(
                "`sebaran_rentang` draws a range uniformly or triangularly, not \(nodes.describe(node))", at: node,
                hint: "write `sebaran_rentang: seragam` or `sebaran_rentang: segitiga`")
            return nil
        }
        return found
    }

    mutating func stepNumber(_ node: Node, named what: String) -> StepNumber? {
        guard let text = node.scalar?.string, let number = StepNumber(text) else {
            nodes.error("\(what) must be a step number, not \(nodes.describe(node))", at: node, hint: "write it like `3` or \"3.1\"")
            return nil
        }
        return number
    }

    /// `kantor`, `sepanjang_waktu`, or a calendar file (relative to the scenario file).
    mutating func calendar(_ node: Node) -> WorkCalendar? {
        guard let text = nodes.text(node, named: "kalender") else { return nil }
        switch text.lowercased() {
        case "kantor", "office": return .office
        case "sepanjang_waktu", "round-the-clock": return .roundTheClock
        default: break
        }
        let directory = file.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? FileManager.default.currentDirectoryPath
        let path = text.hasPrefix("/") ? text : directory + "/" + text
        guard FileManager.default.isReadableFile(atPath: path) else {
            nodes.error(
                "`kalender` names no readable calendar file: \(path)", at: node,
                hint: "write `kantor`, `sepanjang_waktu`, or the path of a calendar file such as kalender-kantor-2026.yaml")
            return nil
        }
        do throws(SOPReadError) {
            return try WorkCalendar.open(path)
        } catch {
            fileErrors.append(error)
            return nil
        }
    }
}
