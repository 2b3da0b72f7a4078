import Foundation

/// Where output goes and how it may look: colour only on a terminal and never under
/// NO_COLOR or TERM=dumb; tables as wide as the terminal (COLUMNS, else 100 when piped).
struct Terminal: Sendable {
    var width: Int
    var colour: Bool

    static func current() -> Terminal {
        let environment = ProcessInfo.processInfo.environment
        let isTTY = isatty(STDOUT_FILENO) != 0
        var width = Int(environment["COLUMNS"] ?? "") ?? 100
        if isTTY {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
        }
        let colour = isTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        return Terminal(width: max(width, 40), colour: colour)
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// `file:3:7: error: message`, then the line with a caret under column 7, then the hint.
    func writeError(_ error: ShellError, sourceLine: Substring?) {
        let isTTY = isatty(STDERR_FILENO) != 0
        let environment = ProcessInfo.processInfo.environment
        let red = isTTY && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        var text = error.location.map { "\($0): " } ?? ""
        text += red ? "\u{1B}[1;31merror:\u{1B}[0m " : "error: "
        text += error.message
        if let sourceLine, let column = error.location?.column {
            var shown = Substring(sourceLine.replacingOccurrences(of: "\t", with: " "))
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
        if let hint = error.hint { text += "\n  hint: \(hint)" }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
