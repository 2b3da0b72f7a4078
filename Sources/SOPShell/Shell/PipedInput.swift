import Foundation
import SOPRuntime

extension Shell {
    /// Runs commands piped on stdin as they arrive: each statement runs as soon as it is
    /// complete, as at the prompt, so that a program writing to sopsh through a pipe sees each
    /// answer before it sends the next command. Errors name their line in the whole input.
    func runPipedInput() -> Int32 {
        var input = InputLines(fileDescriptor: STDIN_FILENO)
        var pending: [String] = []
        var firstLine = 1
        var lineNumber = 0
        var nextTry = 1
        var failed = false
        while true {
            let line = input.next()
            if let line {
                lineNumber += 1
                guard let text = String(validating: line, as: UTF8.self) else {
                    report(
                        ShellError(
                            "this line of the input is not UTF-8 text", hint: "convert it to UTF-8, for example with iconv -t UTF-8",
                            at: SourceLocation(file: "<stdin>", line: lineNumber, column: 1)))
                    return 1
                }
                pending.append(text)
                if pending.count < nextTry, !Self.closesSomething(text) { continue }
            } else if pending.isEmpty {
                break
            }
            let block: Block
            do throws(ShellError) {
                block = try interpreter.parse(pending.joined(separator: "\n"), file: "<stdin>", firstLine: firstLine)
            } catch  where error.isIncomplete && line != nil {
                // Parsing again after every line of a long open block would cost its length
                // squared; past 64 lines, wait for a quarter more (or a closing line).
                nextTry = pending.count < 64 ? pending.count + 1 : pending.count + pending.count / 4
                continue
            } catch {
                report(error)
                if !options.keepGoing { return 1 }
                failed = true
                block = Block(statements: [])
            }
            pending = []
            firstLine = lineNumber + 1
            nextTry = 1
            if let status = run(block, failed: &failed) { return status }
            if line == nil { break }
        }
        return failed ? 1 : 0
    }

    /// A line that starts with a closing bracket (after its indentation) may end an open block or list.
    private static func closesSomething(_ line: String) -> Bool {
        line.first { !$0.isWhitespace }.map { "}])".contains($0) } ?? false
    }
}

/// The lines of a file descriptor, each handed over as soon as its new line arrives (the last
/// one at the end of the input even without a new line). Lines are bytes: a line that is not
/// UTF-8 is the caller's to report, with its number.
struct InputLines {
    let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next new line: the bytes before it have none.
    private var searched = 0
    private var atEnd = false

    init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[searched...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                searched = start
                return line
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            if start > 0 {
                buffer.removeFirst(start)
                searched -= start
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                // A non-blocking input with nothing yet: wait for more rather than end.
                var waiting = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&waiting, 1, -1)
            } else if count == 0 || errno != EINTR {
                atEnd = true
            }
        }
    }
}
