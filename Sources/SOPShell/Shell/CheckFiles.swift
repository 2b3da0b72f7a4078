import CLibEdit
import Foundation
import SOPRuntime

extension Shell {
    /// `sopsh check FILE…`: every file's findings, then exit status 1 if any file has an
    /// error or cannot be read, so that SOP authors can run it in their own CI.
    public func checkFiles(_ files: [String], json: Bool) -> Int32 {
        var failed = false
        var reports: [Value] = []
        for file in files {
            do throws(ShellError) {
                let loaded: LoadedSOP
                do throws(SOPReadError) {
                    (loaded, _) = try SOPFile.open(file)
                } catch {
                    guard let otherKind = error.otherKind else {
                        throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
                    }
                    let (kind, warnings) = try Self.check(file, as: otherKind)
                    if json {
                        reports.append(
                            .record([
                                "file": .string(file), "kind": .string(kind.rawValue), "errors": 0,
                                "diagnostics": Command.checkResult(warnings).value
                            ]))
                    } else {
                        switch kind {
                        case .scenario: terminal.write(localized("\(file): a simulation scenario file; no problems found"))
                        case .office where warnings.isEmpty: terminal.write(localized("\(file): an office file; no problems found"))
                        case .office:
                            terminal.write(localized("\(file): an office file; \(SOPValues.tally(warnings))"))
                            terminal.write(Command.checkResult(warnings).display!.split(separator: "\n").dropLast().joined(separator: "\n"))
                        default: terminal.write(localized("\(file): a work calendar file; no problems found"))
                        }
                    }
                    continue
                }
                let diagnostics = loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)
                failed = failed || diagnostics.hasErrors
                if json {
                    reports.append(
                        .record([
                            "file": .string(file), "errors": .number(Double(diagnostics.count(of: .error))),
                            "diagnostics": Command.checkResult(diagnostics).value
                        ]))
                } else {
                    terminal.write("\(file): " + SOPValues.tally(diagnostics))
                    if !diagnostics.isEmpty {
                        terminal.write(Command.checkResult(diagnostics).display!.split(separator: "\n").dropLast().joined(separator: "\n"))
                    }
                }
            } catch {
                failed = true
                if json {
                    reports.append(
                        .record([
                            "file": .string(file), "errors": 1, "diagnostics": .list([]),
                            "read_error": .string(error.description)
                        ]))
                } else {
                    report(error)
                }
            }
        }
        if json { terminal.write(JSONWriter.write(.list(reports))) }
        return failed ? 1 : 0
    }

    /// A work calendar, a scenario or an office file read as what it is (the SOP reader found
    /// it to be one); throws its first problem, and gives back an office's warnings. A scenario
    /// that names its SOP is compiled against it, so that a step number or role the SOP lacks is
    /// found here rather than at `simulate`; an office is checked against its SOPs as it is read.
    private static func check(_ file: String, as kind: YAMLDocumentKind) throws(ShellError) -> (YAMLDocumentKind, [Diagnostic]) {
        do throws(SOPReadError) {
            switch kind {
            case .sop:
                break
            case .office:
                return (kind, try OfficeFile.open(file).warnings)
            case .workCalendar:
                _ = try WorkCalendar.open(file)
            case .scenario:
                let scenarios = try ScenarioFile.open(file)
                if let path = scenarios.sopFile {
                    guard FileManager.default.fileExists(atPath: path) else {
                        throw SOPReadError(
                            "the scenario's SOP \(path) does not exist",
                            at: scenarios.sopLocation ?? SourceLocation(file: file, line: 1, column: 1),
                            hint: "`sop` names the SOP's file relative to the scenario file's folder")
                    }
                    let (loaded, _) = try SOPFile.open(path)
                    _ = try scenarios.simulations(sop: loaded.sop)
                }
            }
            return (kind, [])
        } catch {
            throw ShellError(rendered: error.message, hint: error.hint, at: error.location)
        }
    }

    /// libedit drops every non-ASCII byte unless the C locale is UTF-8: set it before anything reads input.
    public static func useUTF8Locale() {
        clibedit_use_utf8_locale()
    }
}
