import Foundation
import Testing

/// Commands return values and presentations; the shell shows them. No file of
/// Sources/SOPShell/Commands reads the terminal, prints, or reads stdin: the terminal's
/// width and colour are the shell's when it shows a result (`Presentation`), a walk's room
/// is opened by the shell (`Session.openRoom`), a long run's progress is the shell's
/// (`SimulationRunner`).
@Suite struct HandlersStayOffTheTerminal {
    static let commands = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SOPShell/Commands")

    /// What reaching for the terminal looks like in Swift here.
    static let reaches = [
        "Terminal.current", "Terminal(", "isatty(", "FileHandle.standard", "readLine(", "STDIN_FILENO",
        "STDOUT_FILENO", "STDERR_FILENO", "print(", "fputs(", "putchar("
    ]

    /// The lines of `source` (comments aside) that reach for the terminal: one of `reaches`
    /// as a name of its own (`fingerprint(` is not `print(`).
    static func reaching(_ source: String) -> [String] {
        source.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("//") }
            .filter { line in
                reaches.contains { name in
                    line.range(of: "(^|[^A-Za-z0-9_])" + NSRegularExpression.escapedPattern(for: name), options: .regularExpression) != nil
                }
            }
    }

    @Test func noCommandReadsTheTerminalPrintsOrReadsStdin() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.commands.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 20, "the Commands folder is where \(Self.commands.path) says")
        for file in files {
            let source = try String(contentsOf: Self.commands.appendingPathComponent(file), encoding: .utf8)
            #expect(Self.reaching(source).isEmpty, "\(file) reaches for the terminal: \(Self.reaching(source))")
        }
    }

    @Test func theScanFindsAHandlerThatReachesForTheTerminal() {
        #expect(
            Self.reaching("let width = Terminal.current().width\n// isatty(STDIN_FILENO) in a comment") == [
                "let width = Terminal.current().width"
            ])
        #expect(Self.reaching("FileHandle.standardOutput.write(data)\nprint(\"x\")").count == 2)
        #expect(Self.reaching("static let print = Command(").isEmpty)
        #expect(Self.reaching("guard RunJournal.fingerprint(of: sop) == header.fingerprint").isEmpty)
    }
}
