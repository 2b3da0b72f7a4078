import Foundation
import SOPRuntime

/// Where output goes and how it may look: colour only on a terminal and never under
/// NO_COLOR or TERM=dumb; tables as wide as the terminal (COLUMNS, else 100 when piped);
/// at the prompt, output longer than the screen goes through a pager, never when piped.
struct Terminal: Sendable {
    let isTTY: Bool
    let colour: Bool
    private let fixedWidth: Int

    static func current() -> Terminal {
        let environment = ProcessInfo.processInfo.environment
        return Terminal(
            isTTY: isatty(STDOUT_FILENO) != 0, colour: usesColour(on: STDOUT_FILENO),
            fixedWidth: Int(environment["COLUMNS"] ?? "") ?? 100)
    }

    /// Colour only on a terminal, and never under NO_COLOR or TERM=dumb.
    static func usesColour(on descriptor: Int32) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return isatty(descriptor) != 0 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// The terminal's width now (it may have been resized), else COLUMNS or 100.
    var width: Int {
        max(40, size?.columns ?? fixedWidth)
    }

    private var size: (columns: Int, rows: Int)? {
        guard isTTY else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return (Int(size.ws_col), Int(size.ws_row))
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Says what a command did, on stderr: stdout is kept for results.
    func confirm(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Writes text, through $PAGER (else `less -R`) when it is longer than the screen.
    func page(_ text: String) {
        guard let rows = size?.rows, rows > 0, text.reduce(0, { $1 == "\n" ? $0 + 1 : $0 }) >= rows - 1 else {
            write(text)
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let pager = environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var pagerEnvironment = environment
        if pagerEnvironment["LESS"] == nil { pagerEnvironment["LESS"] = "FRX" }
        process.environment = pagerEnvironment
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            write(text)
            return
        }
        input.fileHandleForWriting.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// The line as it can be shown safely: a tab as a space, other control characters (a NUL,
    /// an escape that would drive the terminal) as their visible pictures, ␀ and ␛. Each stays
    /// one character, so the caret still stands under its column.
    static func visible(_ line: Substring) -> String {
        String(
            line.map { character -> Character in
                guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return character }
                switch scalar.value {
                case 0x09: return " "
                case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value)!)
                case 0x7F: return "\u{2421}"
                default: return character
                }
            })
    }

    /// `file:3:7: error: message`, then the line with a caret under column 7, then the hint.
    func writeError(_ error: ShellError, sourceLine: Substring?) {
        let red = Terminal.usesColour(on: STDERR_FILENO)
        var text = error.location.map { "\($0): " } ?? ""
        let label = Diagnostic.Severity.error.label + ":"
        text += red ? "\u{1B}[1;31m\(label)\u{1B}[0m " : label + " "
        text += error.message
        if let sourceLine, let column = error.location?.column {
            var shown = Substring(Self.visible(sourceLine))
            var before = shown.prefix(max(0, column - 1))
            // A long line is shown from a little before the place, so that the caret stays on screen.
            if before.count > 60 {
                let cut = before.count - 40
                shown = "…" + shown.dropFirst(cut)
                before = "…" + before.dropFirst(cut)
            }
            if shown.count > 100 { shown = shown.prefix(100) + "…" }
            text += "\n    " + shown + "\n    " + String(repeating: " ", count: DisplayWidth.of(String(before))) + "^"
        }
        if let hint = error.hint { text += localized("\n  hint: \(hint)") }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
