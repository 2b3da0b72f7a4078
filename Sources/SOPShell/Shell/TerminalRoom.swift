import Foundation
import SOPRuntime

/// The room at a terminal: the narration printed as it comes, a wait for Enter after each step
/// (unless `--no-pause`), and at each decision the room asked, once the answers given with
/// `--answers` are used up. Ctrl-C or Ctrl-D at a wait stops the walk.
struct TerminalRoom: Room {
    /// The room a walk gets from the shell: people at a terminal (stdin and stdout both
    /// one), else the written answers alone (a script, a pipe), narrated to stdout, or to
    /// stderr under `--json`.
    static let opened: @Sendable (RoomRequest) -> any Room = { request in
        let output: FileHandle = request.narratesOnStandardError ? .standardError : .standardOutput
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { return ScriptedRoom(answers: request.answers, output: output) }
        return TerminalRoom(output: output, script: request.answers[...], pauses: request.pauses)
    }

    /// stdout, where the room reads the walk; stderr under `--json`, whose stdout is the JSON.
    var output: FileHandle
    /// The answers given with `--answers`, taken before the room is asked.
    var script: ArraySlice<String>
    /// Whether it waits for Enter between steps.
    var pauses: Bool

    func say(_ text: Message) {
        output.write(Data((text.text + "\n").utf8))
    }

    /// Waits for Enter; or Ctrl-C, or Ctrl-D.
    func pause() -> RoomStop? {
        guard pauses else { return nil }
        output.write(Data(localized("  [Enter] ").utf8))
        switch RoomInput.readLine() {
        case .line: return nil
        case .interrupted: return .interrupted
        case .end: return .ended
        }
    }

    /// The next scripted answer; else asks the room which answer to take, until one of the
    /// answers is given (its label or number), or Ctrl-C or Ctrl-D is pressed.
    mutating func answer(_ step: Step) -> RoomAnswer {
        if let scripted = script.popFirst() { return .scripted(scripted) }
        let answers = step.decision!.answers
        while true {
            say(Message(verbatim: answers.enumerated().map { "  \($0 + 1)) \($1.label)" }.joined(separator: "\n")))
            output.write(Data(localized("  The room's answer? ").utf8))
            switch RoomInput.readLine() {
            case .line(let text):
                let typed = text.trimmingCharacters(in: .whitespaces)
                if let number = Int(typed), answers.indices.contains(number - 1) { return .chosen(answers[number - 1].label) }
                if let match = answers.first(where: { $0.label.lowercased() == typed.lowercased() }) { return .chosen(match.label) }
                say("  “\(typed)” is not one of the answers")
            case .interrupted: return .stopped(.interrupted)
            case .end: return .stopped(.ended)
            }
        }
    }
}

/// A line typed by the room at the terminal, between statements' output (the walk's pauses).
///
/// Not Swift's `readLine()`: once a Ctrl-C has interrupted its read it never returns again,
/// spinning on the interrupted stream. This reads the terminal itself, in its usual mode
/// (the line editor is not running: the line comes on Enter, Ctrl-D on an empty line is the
/// end of input), a byte at a time so that nothing typed after the line is taken from the
/// prompt that follows.
enum RoomInput {
    enum Line: Equatable {
        case line(String)
        /// Ctrl-C: its SIGINT set `interruptRequested` (the prompt's handler, which lets the
        /// wait return).
        case interrupted
        /// Ctrl-D on an empty line, or no more input.
        case end
    }

    static func readLine() -> Line {
        // SIGINT is held back while the flag is looked at, and let through only inside
        // `pselect`, which unblocks it atomically: a Ctrl-C between the look and the wait
        // ends the wait at once instead of going unnoticed until Enter.
        var interrupt = sigset_t()
        var outside = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupt, &outside)
        defer { pthread_sigmask(SIG_SETMASK, &outside, nil) }
        var waiting = outside
        sigdelset(&waiting, SIGINT)
        var bytes: [UInt8] = []
        while true {
            if interruptRequested.exchange(false, ordering: .relaxed) { return .interrupted }
            var readable = fd_set()
            withUnsafeMutableBytes(of: &readable) { $0[0] = 1 }  // descriptor 0, standard input
            // The signal may go to another thread of the process instead (one that does not
            // block it), which sets the flag without ending this wait: looked at again soon.
            var recheck = timespec(tv_sec: 0, tv_nsec: 250_000_000)
            let ready = pselect(STDIN_FILENO + 1, &readable, nil, nil, &recheck, &waiting)
            if ready < 0, errno != EINTR { return .end }
            guard ready > 0 else { continue }
            var byte: UInt8 = 0
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .end
            }
            if count == 0 { return bytes.isEmpty ? .end : .line(String(decoding: bytes, as: UTF8.self)) }
            if byte == UInt8(ascii: "\n") {
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            bytes.append(byte)
        }
    }
}
