import Foundation
import Synchronization
import Testing

/// sopsh started in the background, to be waited for, signalled or killed: as it is, under
/// `prlimit --fsize` (its files may not grow past a size), under strace stopping it with
/// SIGKILL as it enters a given system call, or ignoring SIGINT as a job that a script put in
/// the background does. Its output goes to files when it may be killed, through pipes when its
/// files may not grow (so that only its own files are limited).
final class BackgroundSopsh {
    private let process = Process()
    private let output: (FileHandle, FileHandle)
    private let outputFiles: (String, String)?
    private let finished = DispatchSemaphore(value: 0)
    private final class Collected: Sendable {
        let data = Mutex((Data(), Data()))
    }
    private let collected = Collected()

    /// `killingAt: ("fsync", 3)` kills it as it enters its third fsync.
    init(
        _ arguments: [String], in shell: RunShell, fileSizeLimit: Int? = nil, killingAt call: (String, Int)? = nil,
        ignoringInterrupts: Bool = false
    ) throws {
        let sopsh = [try Sopsh.binaryURL().path, "--norc"] + arguments
        var command = sopsh
        if ignoringInterrupts {
            command = ["/usr/bin/env", "--ignore-signal=INT"] + sopsh
        } else if let (name, number) = call {
            command =
                [
                    "/usr/bin/strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=\(name)",
                    "-e", "inject=\(name):signal=KILL:when=\(number)"
                ] + sopsh
        } else if let fileSizeLimit {
            command = ["/usr/bin/prlimit", "--fsize=\(fileSizeLimit):\(fileSizeLimit)"] + sopsh
        }
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        if fileSizeLimit != nil {
            let pipes = (Pipe(), Pipe())
            process.standardOutput = pipes.0
            process.standardError = pipes.1
            output = (pipes.0.fileHandleForReading, pipes.1.fileHandleForReading)
            outputFiles = nil
        } else {
            let files = (shell.path("stdout-\(UUID().uuidString)"), shell.path("stderr-\(UUID().uuidString)"))
            FileManager.default.createFile(atPath: files.0, contents: nil)
            FileManager.default.createFile(atPath: files.1, contents: nil)
            output = (
                try FileHandle(forWritingTo: URL(fileURLWithPath: files.0)), try FileHandle(forWritingTo: URL(fileURLWithPath: files.1))
            )
            process.standardOutput = output.0
            process.standardError = output.1
            outputFiles = files
        }
        process.currentDirectoryURL = Sopsh.root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "100"
        environment["XDG_STATE_HOME"] = shell.state
        environment["XDG_CONFIG_HOME"] = shell.folder + "/config"
        if fileSizeLimit != nil {
            // The thread sanitizer's runtime maps a scratch file of its own from $TMPDIR as it
            // starts, which the limit would cut short (SIGBUS); with no such folder it does without.
            environment["TMPDIR"] = shell.path("no-such-folder")
        }
        if call != nil, let options = environment["ASAN_OPTIONS"] {
            // LeakSanitizer cannot work under ptrace (it stops with an error of its own).
            environment["ASAN_OPTIONS"] = options + ":detect_leaks=0"
        }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.terminationHandler = { [finished] _ in finished.signal() }
        try process.run()
        if outputFiles == nil {
            // Read both pipes to their end while sopsh runs, so that it never blocks on one.
            let group = DispatchGroup()
            for (index, handle) in [output.0, output.1].enumerated() {
                DispatchQueue.global().async(group: group) { [collected] in
                    let data = handle.readDataToEndOfFile()
                    collected.data.withLock { if index == 0 { $0.0 = data } else { $0.1 = data } }
                }
            }
            reading = group
        }
    }

    private var reading: DispatchGroup?
    var isRunning: Bool { process.isRunning }
    var status: Int32 { process.terminationStatus }
    var exitedNormally: Bool { process.terminationReason == .exit }
    /// The signal that ended sopsh, nil when it exited (as a shell reports it: 128 + signal).
    var endingSignal: Int32? { process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil }
    var processIdentifier: Int32 { process.processIdentifier }

    /// Sends `number` to sopsh, as `kill -NUMBER` would.
    func send(_ number: Int32) {
        _ = Foundation.kill(process.processIdentifier, number)
    }

    /// Waits for sopsh to end (at most 20 s: a hang is a failure, then it is killed). Under
    /// strace, sopsh killed kills strace the same way.
    func wait() {
        if finished.wait(timeout: .now() + 20) == .timedOut {
            Issue.record("sopsh did not finish within 20 s")
            kill()
        }
        reading?.wait()
        finished.signal()
    }

    /// Kills sopsh with SIGKILL and waits until it is gone.
    func kill() {
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
        finished.wait()
        finished.signal()
    }

    var stdout: String { text(0) }
    var stderr: String { text(1) }

    private func text(_ index: Int) -> String {
        let data =
            outputFiles.map { FileManager.default.contents(atPath: index == 0 ? $0.0 : $0.1) ?? Data() }
            ?? collected.data.withLock { index == 0 ? $0.0 : $0.1 }
        return String(decoding: data, as: UTF8.self)
    }

    deinit {
        if process.isRunning { kill() }
        try? output.0.close()
        try? output.1.close()
    }
}
