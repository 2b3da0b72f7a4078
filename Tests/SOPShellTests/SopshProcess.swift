import Foundation

/// What one run of the sopsh binary printed and how it ended.
struct SopshRun: Sendable, CustomStringConvertible {
    var stdout: String
    var stderr: String
    var status: Int32

    /// Shown by a failing `#expect`, so that the failure says what sopsh actually did.
    var description: String {
        "exit status \(status)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)"
    }

    /// stderr from its first error on: the confirmations that commands write there before it
    /// (`Opened …`, `Saved …`) are not part of the error.
    var errorOutput: Substring {
        let first = stderr.split(separator: "\n").first { Self.isDiagnostic($0, severity: "error") }
        return first.map { stderr[$0.startIndex...] } ?? stderr[...]
    }

    /// The lines of stderr that report an error or a warning, not the confirmations beside them.
    var troubles: [Substring] {
        stderr.split(separator: "\n").filter { Self.isDiagnostic($0, severity: "error") || Self.isDiagnostic($0, severity: "warning") }
    }

    /// `error: …`, or `FILE:LINE:COLUMN: error: …`.
    private static func isDiagnostic(_ line: Substring, severity: String) -> Bool {
        line.hasPrefix("\(severity): ") || line.contains(": \(severity): ")
    }

    /// The raw text of every JSON value printed by `--json` statements, in order.
    ///
    /// sopsh prints a JSON value with its opening and closing bracket at the start of a line
    /// and everything inside indented (strings never hold a raw new line), so a value runs
    /// from a line `{` or `[` to the next line `}` or `]`. Text printed by statements without
    /// `--json` stands outside those lines and is skipped.
    var jsonTexts: [String] {
        var values: [String] = []
        var current: [Substring]?
        for line in stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if var open = current {
                open.append(line)
                current = open
                if line == "}" || line == "]" {
                    values.append(open.joined(separator: "\n"))
                    current = nil
                }
            } else if line == "{" || line == "[" {
                current = [line]
            } else if line == "{}" || line == "[]" {
                values.append(String(line))
            }
        }
        return values
    }

    /// The JSON values printed by `--json` statements, parsed; fails if one does not parse.
    func jsonValues() throws -> [Any] {
        try jsonTexts.map { text in
            try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        }
    }
}

/// The sopsh binary that `swift test` built, run as a user runs it.
enum Sopsh {
    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound(searched: [String])
        case timedOut(arguments: [String], seconds: Double)

        var description: String {
            switch self {
            case .binaryNotFound(let searched):
                "no sopsh binary next to the test bundle; looked in: \(searched.joined(separator: ", "))"
            case .timedOut(let arguments, let seconds):
                "sopsh \(arguments.joined(separator: " ")) did not finish within \(seconds) s"
            }
        }
    }

    /// The package's root folder: examples/ paths in the tests are relative to it.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `sopsh arguments…` in the package root with NO_COLOR=1 and COLUMNS=100, feeding
    /// `stdin` (or nothing: /dev/null) and waiting at most `timeout` seconds. Its state and
    /// configuration folders are fresh ones unless `environment` names others, so no test
    /// touches the user's history or run journal.
    static func run(
        _ arguments: [String], stdin: String? = nil, timeout: Double = 20,
        environment extra: [String: String] = [:]
    ) throws -> SopshRun {
        let binary = try binaryURL()
        let capture = FileManager.default.temporaryDirectory
            .appendingPathComponent("sopsh-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: capture) }

        // Files rather than pipes: nothing can block on a full pipe buffer.
        let outFile = capture.appendingPathComponent("stdout")
        let errFile = capture.appendingPathComponent("stderr")
        try Data().write(to: outFile)
        try Data().write(to: errFile)
        let output = try FileHandle(forWritingTo: outFile)
        let errors = try FileHandle(forWritingTo: errFile)
        defer {
            try? output.close()
            try? errors.close()
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment["COLUMNS"] = "100"
        environment["XDG_STATE_HOME"] = capture.appendingPathComponent("state").path
        environment["XDG_CONFIG_HOME"] = capture.appendingPathComponent("config").path
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardOutput = output
        process.standardError = errors
        let input = stdin.map { _ in Pipe() }
        process.standardInput = input ?? FileHandle.nullDevice

        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if let input, let stdin {
            // sopsh reads its input as it runs, so the write waits on sopsh: it goes on beside
            // the timeout. A sopsh that exits without reading all (an error) makes it fail, which is fine.
            _ = ignoreBrokenPipes
            let writer = input.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: Data(stdin.utf8))
                try? writer.close()
            }
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            throw Failure.timedOut(arguments: arguments, seconds: timeout)
        }
        return SopshRun(
            stdout: String(decoding: try Data(contentsOf: outFile), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errFile), as: UTF8.self),
            status: process.terminationStatus)
    }

    /// Writing to a child that has exited must fail with an error, not kill the test runner.
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs shell text as `sopsh -c TEXT` (with `--keep-going` when asked).
    static func run(_ text: String, keepGoing: Bool = false) throws -> SopshRun {
        try run((keepGoing ? ["--keep-going"] : []) + ["-c", text])
    }

    /// The binary sits next to the test bundle in the build folder; where the bundle is
    /// depends on the platform's test runner, so every likely folder is tried.
    static func binaryURL() throws -> URL {
        var folders = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()
        ]
        folders += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        let candidates = folders.map { $0.appendingPathComponent("sopsh").standardizedFileURL }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw Failure.binaryNotFound(searched: candidates.map { $0.deletingLastPathComponent().path })
        }
        return found
    }
}

/// A fresh, empty folder for one test's files, removed when the test's body returns.
struct TemporaryFolder {
    let url: URL

    static func with<Result>(_ body: (TemporaryFolder) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sopsh-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(TemporaryFolder(url: url))
    }

    /// The absolute path of `name` in the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` as `name` and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: path(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every name in the folder, hidden ones included, sorted.
    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// The SOPs shipped in examples/, by path relative to the package root.
enum Examples {
    static let seedYAML = "examples/kebijakan-mutu-ukpbj.yaml"
    static let seedText = "examples/kebijakan-mutu-ukpbj.txt"
    static let informationRequest = "examples/permohonan-informasi-publik.yaml"
    static let leaveRequest = "examples/pengajuan-cuti-pegawai.yaml"

    /// Every .yaml example, found on disk so that a new example is tested too.
    static let yamlFiles: [String] = {
        let folder = Sopsh.root.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        // The SOPs among them: a calendar file is YAML too, but not an SOP.
        return names.filter { $0.hasSuffix(".yaml") }.sorted().filter { name in
            let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
            return ("\n" + text).contains("\nkegiatan:")
        }.map { "examples/" + $0 }
    }()
}

extension String {
    /// The 1-based line and column (in characters, as sopsh counts) where `part` first
    /// occurs, for expecting an error's `-c:LINE:COLUMN` without counting by hand.
    func location(of part: String) -> (line: Int, column: Int)? {
        guard let range = range(of: part) else { return nil }
        let before = self[..<range.lowerBound]
        let lineStart = before.lastIndex(of: "\n").map { index(after: $0) } ?? startIndex
        return (before.filter { $0 == "\n" }.count + 1, distance(from: lineStart, to: range.lowerBound) + 1)
    }
}
