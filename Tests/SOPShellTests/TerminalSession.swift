import Foundation
import Synchronization

/// sopsh at a real pseudo-terminal, typed into as a person would: util-linux `script` gives
/// it a terminal of its own (with job control, so Ctrl-C is a real SIGINT), keystrokes go in
/// through `script`'s input, and what the terminal shows comes back as a transcript.
final class TerminalSession {
    enum Key: String {
        case enter = "\r"
        case tab = "\t"
        case up = "\u{1B}[A"
        case left = "\u{1B}[D"
        case controlC = "\u{03}"
        case controlD = "\u{04}"
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    /// Everything the terminal has shown; filled from the reading thread.
    private final class Transcript: Sendable {
        let data = Mutex(Data())
    }
    private let received = Transcript()

    /// Starts `sopsh ARGUMENTS` (or `shellCommand`, with `SOPSH` standing for the binary) in
    /// `home`, which also holds the history and configuration folders.
    init(_ arguments: [String] = [], home: String, shellCommand: String? = nil) throws {
        let binary = try Sopsh.binaryURL().path
        let command =
            shellCommand?.replacingOccurrences(of: "SOPSH", with: binary)
            ?? "exec " + ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = Sopsh.root
        var environment = ProcessInfo.processInfo.environment
        // `script` runs the command through $SHELL. Ctrl-C reaches every process in the
        // terminal's foreground group, and a shell waiting there would die of it and report
        // 130 for sopsh; so the shell is a known one and `exec`s sopsh where it can.
        environment["SHELL"] = "/bin/sh"
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = "1"
        environment["HOME"] = home
        environment["XDG_STATE_HOME"] = home + "/state"
        environment["XDG_CONFIG_HOME"] = home + "/config"
        environment["EDITRC"] = home + "/editrc"
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [received] handle in
            let data = handle.availableData
            received.data.withLock { $0.append(data) }
        }
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
        output.fileHandleForReading.readabilityHandler = nil
    }

    /// Types text, one character at a time as a person would.
    func type(_ text: String) {
        for character in text {
            input.fileHandleForWriting.write(Data(String(character).utf8))
            usleep(5_000)
        }
    }

    func press(_ key: Key) {
        input.fileHandleForWriting.write(Data(key.rawValue.utf8))
        usleep(50_000)
    }

    /// Every byte the terminal has been sent so far, escape sequences included.
    var raw: String { String(decoding: received.data.withLock { $0 }, as: UTF8.self) }

    /// What the terminal has shown so far, without escape sequences and carriage returns.
    var screen: String {
        let text = String(decoding: received.data.withLock { $0 }, as: UTF8.self)
        return text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Waits until the screen shows `text` `count` times; false after `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.components(separatedBy: text).count - 1 >= count { return true }
            usleep(20_000)
        }
        return false
    }

    /// Waits for sopsh to leave and gives its exit status (nil if it did not within `timeout`).
    func exitStatus(timeout: Double = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}
