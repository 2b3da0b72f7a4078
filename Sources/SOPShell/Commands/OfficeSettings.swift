import Foundation
import SOPRuntime

/// What the office commands share: reading the office file named by the first argument, the
/// change --scenario names, the size flags, and errors placed in the file.
enum OfficeSettings {
    /// Whether the file at `path` is an office file, so that `simulate` and `compare` take it
    /// as one.
    static func isOffice(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".yaml") || path.lowercased().hasSuffix(".yml") ? YAMLDocumentKind.of(fileAt: path) == .office : false
    }

    /// The flags that set a scenario of one SOP mean nothing for an office, which says its
    /// staff, demand and edits in its file: refused, with where to say them instead.
    static func refuseScenarioFlags(_ invocation: Invocation) throws(ShellError) {
        let allowed: [Command.Flag] = [.scenario, .replications, .seed, .json]
        guard let flag = invocation.givenFlags.first(where: { !allowed.contains($0) }) else { return }
        throw invocation.flagError(
            "--\(flag.name) does not apply to an office file",
            hint:
                "an office says its staff, demand and edits in the file (`jabatan`, `sop`, `perubahan`); choose a change with --scenario, or see `help workload`",
            flag: flag)
    }

    /// The office file named by the first argument, as it is written (`check OFFICE.yaml`).
    static func file(_ invocation: Invocation) throws(ShellError) -> OfficeFile {
        let path = invocation.positionals[0].text
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw invocation.error("no such file: \(path)", hint: "check the path", argument: 0)
        }
        do throws(SOPReadError) {
            return try OfficeFile.open(path)
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }

    /// The office file with --replications and --seed over its own (`compare OFFICE.yaml`).
    static func sized(_ invocation: Invocation) throws(ShellError) -> OfficeFile {
        var file = try file(invocation)
        if let replications = try SimulationSettings.number(invocation, .replications) { file.office.replications = replications }
        if let seed = try SimulationSettings.number(invocation, .seed) { file.office.seed = UInt64(seed) }
        return file
    }

    /// The sized office file and the change --scenario names (nil: the baseline).
    static func office(_ invocation: Invocation) throws(ShellError) -> (OfficeFile, Office.Change?) {
        let file = try sized(invocation)
        guard let name = invocation.text(.scenario), name != "baseline" else { return (file, nil) }
        guard let change = file.office.changes.first(where: { $0.name == name }) else {
            let names = ["baseline"] + file.office.changes.map(\.name)
            throw invocation.flagError(
                "the office file has no change named “\(name)”", hint: "its scenarios: \(names.joined(separator: ", "))", flag: .scenario)
        }
        return (file, change)
    }

    static func level(_ invocation: Invocation) throws(ShellError) -> Double {
        guard let text = invocation.text(.level) else { return 0.9 }
        let percent = text.hasSuffix("%")
        guard let number = Double(text.dropLast(percent ? 1 : 0).replacingOccurrences(of: ",", with: ".")),
            case let level = percent ? number / 100 : number, level > 0, level <= 1
        else {
            throw invocation.flagError(
                "--level is a share above 0 and at most 1 (or 100%), not \(text)", hint: "for example --level 0.9 or --level 95%",
                flag: .level)
        }
        return level
    }

    /// Runs `work`, its error placed at the key of the office file it is about (a simulation's
    /// `ScenarioError.key` is written in the office file's dotted form, "sop.2.pelaksana").
    static func running<T>(_ file: OfficeFile, _ work: () throws(ScenarioError) -> T) throws(ShellError) -> T {
        do throws(ScenarioError) {
            return try work()
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: file.location(of: error.key))
        }
    }

}
