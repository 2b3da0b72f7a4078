import CLibEdit
import SOPRuntime

extension Shell {
    /// `sopsh check FILE…`: every file's findings, then exit status 1 if any file has an
    /// error or cannot be read, so that SOP authors can run it in their own CI.
    public func checkFiles(_ files: [String], json: Bool) -> Int32 {
        var failed = false
        var reports: [Value] = []
        for file in files {
            do throws(ShellError) {
                let (loaded, _) = try Command.openFile(file)
                let diagnostics = loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)
                failed = failed || diagnostics.hasErrors
                if json {
                    reports.append(.record(["file": .string(file), "errors": .number(Double(diagnostics.count(of: .error))),
                                            "diagnostics": Command.checkResult(diagnostics).value]))
                } else {
                    terminal.write("\(file): " + SOPValues.tally(diagnostics))
                    if !diagnostics.isEmpty {
                        terminal.write(Command.checkResult(diagnostics).display!.split(separator: "\n").dropLast().joined(separator: "\n"))
                    }
                }
            } catch {
                failed = true
                if json {
                    reports.append(.record(["file": .string(file), "errors": 1, "diagnostics": .list([]),
                                            "read_error": .string(error.description)]))
                } else {
                    report(error)
                }
            }
        }
        if json { terminal.write(JSONWriter.write(.list(reports))) }
        return failed ? 1 : 0
    }

    /// libedit drops every non-ASCII byte unless the C locale is UTF-8: set it before anything reads input.
    public static func useUTF8Locale() {
        clibedit_use_utf8_locale()
    }
}
