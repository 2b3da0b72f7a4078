import CLibEdit
import Foundation
import SOPRuntime
import Synchronization

/// Set by the SIGINT handler; `el_gets` returns early when it is set (no SA_RESTART).
let interruptRequested = Atomic<Bool>(false)

/// libedit at a terminal: line editing, history, Ctrl-R, ~/.editrc. Nothing outside this
/// file knows that libedit is in use.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        case interrupted
        case endOfInput
    }

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// The prompt libedit draws; it must stay valid while `el_gets` runs.
    private var promptStorage: UnsafeMutablePointer<CChar>
    private let historyPath: String?
    /// Where libedit draws: stderr when stdout is a pipe. Completion lists go there too.
    private let display: Int32
    /// Gives the completions for the text before the cursor.
    var completer: ((String) -> Completer.Completion)?

    init(historyPath: String?) {
        self.historyPath = historyPath
        promptStorage = strdup("> ")!
        // With stdout piped (`sopsh | tee log`) the editing UI goes to stderr.
        display = isatty(STDOUT_FILENO) != 0 ? STDOUT_FILENO : STDERR_FILENO
        editLine = (display == STDOUT_FILENO ? clibedit_init("sopsh") : clibedit_init_on_stderr("sopsh"))!
        history = history_init()!
        clibedit_history_setsize(history, 2000)
        clibedit_history_setunique(history, 1)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath),
            clibedit_history_load(history, historyPath) < 0
        {
            Self.setAside(historyPath)
        }
        clibedit_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        clibedit_set_editor(editLine, "emacs")
        clibedit_set_signal(editLine, 1)
        clibedit_set_history(editLine, history)
        clibedit_set_prompt_esc(
            editLine,
            { editLine in
                guard let editLine, let data = clibedit_get_clientdata(editLine) else { return nil }
                return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().promptStorage
            }, 1)
        clibedit_add_function(
            editLine, "sopsh-complete", "Complete the word before the cursor",
            { editLine, _ in
                guard let editLine, let data = clibedit_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
                return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue().complete()
            })
        clibedit_bind(editLine, "^I", "sopsh-complete")
        clibedit_bind(editLine, "^W", "ed-delete-prev-word")
        el_source(editLine, nil)
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptStorage)
    }

    func readLine(prompt: String) -> Input {
        free(promptStorage)
        promptStorage = strdup(prompt)!
        interruptRequested.store(false, ordering: .relaxed)
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count) else {
            if count == -1, errno == EINTR || interruptRequested.load(ordering: .relaxed) { return .interrupted }
            return .endOfInput
        }
        var text = String(cString: raw)
        if text.hasSuffix("\n") { text.removeLast() }
        return .line(text)
    }

    /// Tab: one candidate is inserted whole; several insert what they share, or, when they
    /// share no more than was typed, are listed below the line.
    private func complete() -> UInt8 {
        guard let completer, let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: buffer.distance(to: cursor)), as: UTF8.self)
        let completion = completer(before)
        let candidates = completion.candidates
        guard let first = candidates.first else { return UInt8(CC_ERROR) }
        if candidates.count == 1 {
            // A folder, or a flag value's item that goes on (`5=`, `3:`, `9+`), is not finished.
            let goesOn = first.hasSuffix("/") || first.hasSuffix("=") || first.hasSuffix(":") || first.hasSuffix("+")
            replace(completion.word, with: first + (goesOn ? "" : " "))
            return UInt8(CC_REFRESH)
        }
        let shared = candidates.dropFirst().reduce(first) { common, next in String(common.commonPrefix(with: next)) }
        if shared.count > completion.word.count {
            replace(completion.word, with: shared)
            return UInt8(CC_REFRESH)
        }
        let width = Int(clibedit_terminal_columns(editLine))
        let column = (candidates.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perLine = max(1, width / column)
        var text = "\n"
        for (index, candidate) in candidates.enumerated() {
            text += candidate + String(repeating: " ", count: column - DisplayWidth.of(candidate))
            if (index + 1) % perLine == 0 || index == candidates.count - 1 { text += "\n" }
        }
        _ = text.withCString { write(display, $0, strlen($0)) }
        return UInt8(CC_REDISPLAY)
    }

    private func replace(_ word: String, with replacement: String) {
        if !word.isEmpty { el_deletestr(editLine, Int32(word.unicodeScalars.count)) }
        _ = el_insertstr(editLine, replacement)
    }

    /// Adds a whole (possibly multi-line) entry and saves it. The file on disk is re-read under
    /// a lock and the entry appended to it, so two sopsh running at once lose nothing of each
    /// other's; it is replaced atomically, since libedit's own save truncates first.
    func remember(_ entry: String) {
        guard !entry.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        clibedit_history_enter(history, entry)
        guard let historyPath else { return }
        let lock = open(historyPath + ".lock", O_CREAT | O_RDWR, 0o600)
        guard lock >= 0 else { return }
        defer { close(lock) }
        flock(lock, LOCK_EX)
        defer { flock(lock, LOCK_UN) }
        let onDisk = history_init()!
        defer { history_end(onDisk) }
        clibedit_history_setsize(onDisk, 2000)
        clibedit_history_setunique(onDisk, 1)
        if FileManager.default.fileExists(atPath: historyPath), clibedit_history_load(onDisk, historyPath) < 0 {
            Self.setAside(historyPath)
        }
        clibedit_history_enter(onDisk, entry)
        let temporary = historyPath + ".\(getpid()).tmp"
        let saved = clibedit_history_save(onDisk, temporary)
        if saved >= 0, Self.isComplete(temporary, entries: Int(saved)) { rename(temporary, historyPath) } else { unlink(temporary) }
    }

    /// libedit does not check its writes, so a history saved onto a full disk is cut short: it
    /// replaces the old file only when whole (the cookie line, then one line an entry, ending
    /// with a new line) and flushed to disk.
    private static func isComplete(_ path: String, entries: Int) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.last == UInt8(ascii: "\n"),
            data.count(where: { $0 == UInt8(ascii: "\n") }) == entries + 1
        else { return false }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    /// A history file libedit cannot read is kept beside the new one, never emptied.
    static func setAside(_ path: String) {
        let aside = path + ".unreadable-\(Int(Date().timeIntervalSince1970))"
        if rename(path, aside) == 0 {
            FileHandle.standardError.write(Data(localized("sopsh: the history file could not be read; it was kept as \(aside)\n").utf8))
        }
    }
}
