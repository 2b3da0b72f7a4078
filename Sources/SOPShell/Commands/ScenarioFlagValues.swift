import Foundation
import SOPRuntime

/// Reads the values of `simulate`'s scenario flags: lists (`5=2h,7=1h`, and a flag given more
/// than once adds to its list), step numbers, durations, the calendar. What does not read is
/// an error located at the flag's value, naming the flag and showing how to write it.
struct FlagReader {
    let invocation: Invocation
    /// The open SOP, for hints that list its steps, roles and answers.
    let sop: SOP?

    func refuse(_ flag: Command.Flag, _ message: Message, hint: Message? = nil) -> ShellError {
        invocation.flagError(message, hint: hint ?? defaultHint(flag), flag: flag)
    }

    /// The flag's example, and the names its values may use.
    private func defaultHint(_ flag: Command.Flag) -> Message? {
        let example: Message? = flag.example.map { "for example \($0)" }
        guard let sop, let example else { return example }
        switch flag {
        case .staff, .assign:
            return "\(example); the roles are \(sop.roles.map(\.id).joined(separator: ", "))"
        case .time, .remove, .merge:
            return "\(example); the steps are \(sop.steps.compactMap { $0.number?.description }.joined(separator: ", "))"
        case .decide:
            return "\(example); \(decisionsHint)"
        default:
            return example
        }
    }

    /// The SOP's decisions with their answers numbered, for --decide.
    var decisionsHint: Message {
        let decisions = (sop?.steps ?? []).filter(\.isDecision).compactMap { step -> String? in
            guard let answers = step.decision?.answers else { return nil }
            return "\(step.label) (" + answers.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: ", ") + ")"
        }
        return decisions.isEmpty ? "the open SOP has no decisions" : "the decisions and their answers: \(decisions.joined(separator: "; "))"
    }

    /// The items of every value given to `flag`, split at commas.
    func items(_ flag: Command.Flag) throws(ShellError) -> [String] {
        var items: [String] = []
        for value in invocation.values(flag) {
            for item in value.text.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else {
                    throw refuse(flag, "--\(flag.name) \(value.text) has an empty item: separate the items by single commas")
                }
                items.append(trimmed)
            }
        }
        return items
    }

    /// The items of `flag` split at the first `separator`, each side written.
    func pairs(_ flag: Command.Flag, _ separator: Character) throws(ShellError) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for item in try items(flag) {
            guard let index = item.firstIndex(of: separator), index != item.startIndex, item.index(after: index) != item.endIndex else {
                throw refuse(flag, "--\(flag.name) is written \(flag.value ?? "VALUE"), not \(item)")
            }
            pairs.append(
                (
                    item[..<index].trimmingCharacters(in: .whitespaces),
                    item[item.index(after: index)...].trimmingCharacters(in: .whitespaces)
                ))
        }
        return pairs
    }

    func step(_ text: String, flag: Command.Flag) throws(ShellError) -> StepNumber {
        guard let number = StepNumber(text) else {
            throw refuse(flag, "--\(flag.name) is written \(flag.value ?? "VALUE"), and “\(text)” is not a step number")
        }
        return number
    }

    /// `2h`, `90m`, `1 jam 30 menit`; `item` is what stands before it in the flag's value.
    func duration(_ text: String, flag: Command.Flag, item: String = "") throws(ShellError) -> WorkDuration {
        do throws(DurationError) {
            return try DurationParser.parse(text)
        } catch {
            throw refuse(flag, "--\(flag.name) \(item)\(text): \(text) is not a duration: \(error.message)")
        }
    }

    func positiveDuration(_ text: String, flag: Command.Flag) throws(ShellError) -> WorkDuration {
        let read = try duration(text, flag: flag)
        guard read.totalMinutes() > 0 else {
            throw refuse(flag, "--\(flag.name) must be more than zero, not \(text)")
        }
        return read
    }

    func positiveNumber(_ text: String, flag: Command.Flag) throws(ShellError) -> Double {
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value > 0, value.isFinite else {
            throw refuse(flag, "--\(flag.name) is a number above zero, not \(text)")
        }
        return value
    }

    /// `mendesak=0.2:1,biasa=0.8`: each kind's name, share (0.2 or 20%) and priority (default 0).
    func caseTypes() throws(ShellError) -> [CaseType] {
        var types: [CaseType] = []
        for (name, value) in try pairs(.caseTypes, "=") {
            let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 2, let share = ScenarioValues.probability(parts[0]), share > 0 else {
                throw refuse(.caseTypes, "--case-types \(name)=\(value): the share is above 0 and at most 1 (or 100%), not \(parts[0])")
            }
            var priority = 0
            if parts.count == 2 {
                guard let read = Int(parts[1]) else {
                    throw refuse(.caseTypes, "--case-types \(name)=\(value): the priority is a whole number, not \(parts[1])")
                }
                priority = read
            }
            guard !types.contains(where: { $0.name == name }) else {
                throw refuse(.caseTypes, "--case-types names \(name) two times", hint: "keep one")
            }
            types.append(CaseType(name: name, share: share, priority: priority))
        }
        return types
    }

    /// `office`, `24h`, or a calendar file.
    func calendar(_ text: String) throws(ShellError) -> WorkCalendar {
        switch text.lowercased() {
        case "office", "kantor": return .office
        case "24h", "24-hour", "sepanjang-waktu", "sepanjang_waktu": return .roundTheClock
        default: break
        }
        guard FileManager.default.isReadableFile(atPath: text) else {
            throw refuse(
                .calendar, "--calendar is office, 24h or a calendar file, and there is no file \(text)",
                hint: "check the path, or write --calendar office or --calendar 24h")
        }
        do throws(SOPReadError) {
            return try WorkCalendar.open(text)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }
}
