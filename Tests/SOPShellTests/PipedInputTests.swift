import Foundation
import Testing

/// Commands piped into sopsh run as they arrive, one complete statement at a time, so that a
/// program can drive sopsh through a pipe: send a command, read its answer, send the next.
@Suite struct PipedInput {
    /// sopsh reading a pipe that the test writes to, a line at a time.
    final class Conversation {
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        var received = ""

        init() throws {
            process.executableURL = try Sopsh.binaryURL()
            process.arguments = ["--norc"]
            process.currentDirectoryURL = Sopsh.root
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            environment["XDG_STATE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-piped-\(UUID())").path
            process.environment = environment
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func send(_ line: String) {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// Reads until `text` has come: sopsh answered the commands sent so far. A sopsh that
        /// waited for the end of its input would never answer, and the test fails after 20 s.
        func waitFor(_ text: String) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            let handle = output.fileHandleForReading
            let flags = fcntl(handle.fileDescriptor, F_GETFL)
            _ = fcntl(handle.fileDescriptor, F_SETFL, flags | O_NONBLOCK)
            while !received.contains(text), Date() < deadline {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = read(handle.fileDescriptor, &buffer, buffer.count)
                if count > 0 { received += String(decoding: buffer[..<count], as: UTF8.self) } else { usleep(10_000) }
            }
            return received.contains(text)
        }

        func finish() -> Int32 {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test func eachStatementIsAnsweredBeforeTheNextArrives() throws {
        let sopsh = try Conversation()
        sopsh.send("open \(Examples.seedYAML)")
        sopsh.send("print \"opened\"")
        #expect(sopsh.waitFor("opened"), "sopsh did not answer the first commands while its input stayed open: \(sopsh.received)")
        sopsh.send("let total = 0")
        sopsh.send("for s in steps {")
        sopsh.send("  total = total + 1")
        sopsh.send("}")
        sopsh.send("print ready $total")
        #expect(sopsh.waitFor("ready 11"), "\(sopsh.received)")
        #expect(sopsh.finish() == 0)
    }

    @Test func aSyntaxErrorStopsAtItsLineAfterWhatCameBeforeHasRun() throws {
        let run = try Sopsh.run(["--norc"], stdin: "print satu\nlet x = 1 +\n  2\nprint $x\nprint (1 +)\nprint tidak")
        #expect(run.status == 1)
        #expect(run.stdout == "satu\n3\n")
        #expect(run.stderr.hasPrefix("<stdin>:5:11: error: expected a value, found `)`"), "\(run)")
    }

    @Test func keepGoingRunsWhatFollowsASyntaxError() throws {
        let run = try Sopsh.run(["--norc", "--keep-going"], stdin: "print satu\nprint (1 +)\nprint dua\n")
        #expect(run.status == 1)
        #expect(run.stdout == "satu\ndua\n")
    }

    @Test func aLineThatIsNotUTF8IsNamed() throws {
        let process = Process()
        process.executableURL = try Sopsh.binaryURL()
        process.arguments = ["--norc"]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("print satu\n".utf8) + Data([0x70, 0xFF, 0xFE, 0x0A]))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1)
        #expect(message.hasPrefix("<stdin>:2:1: error: this line of the input is not UTF-8 text"), "\(message)")
    }

    @Test func anOpenBlockAtTheEndIsReportedWhereItOpened() throws {
        let run = try Sopsh.run(["--norc"], stdin: "print satu\nif true {\n  print dua\n")
        #expect(run.status == 1)
        #expect(run.stdout == "satu\n")
        #expect(run.stderr.contains("<stdin>:2:"), "\(run)")
    }

    /// A block longer than the reader parses line by line still runs as soon as its indented
    /// closing bracket arrives, without waiting for more input.
    @Test func aLongBlockRunsWhenItsIndentedEndArrives() throws {
        let sopsh = try Conversation()
        sopsh.send("let n = 0")
        sopsh.send("if true {")
        for _ in 0..<100 { sopsh.send("    n = n + 1") }
        sopsh.send("    print selesai $n")
        sopsh.send("  }")
        #expect(sopsh.waitFor("selesai 100"), "\(sopsh.received)")
        #expect(sopsh.finish() == 0)
    }

    /// A program run with `exec` gets no input of its own: the commands piped after it are
    /// sopsh's, and run.
    @Test func execDoesNotTakeTheCommandsThatFollowIt() throws {
        let run = try Sopsh.run(["--norc", "--allow-exec"], stdin: "let r = exec cat\nprint sesudah\n")
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout == "sesudah\n", "\(run)")
    }
}
