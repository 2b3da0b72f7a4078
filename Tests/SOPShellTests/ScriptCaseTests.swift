import Foundation
import Testing

/// The language's specification by example: every `Tests/Scripts/NAME.sopsh` runs through the
/// real binary (`sopsh Tests/Scripts/NAME.sopsh ARGS…` in the package root, NO_COLOR=1,
/// COLUMNS=100) and must print exactly `NAME.out` on stdout, `NAME.err` on stderr (none when
/// the file is absent) and end with the status in `NAME.status` (0 when absent). `NAME.args`,
/// when present, holds the script's arguments, one a line.
///
/// Maintainers who change output on purpose run the suite with SOPSH_UPDATE_EXPECTED=1: it
/// rewrites the expected files from what sopsh now prints, to be read in the diff before
/// committing.
struct ScriptCase: Sendable, CustomTestStringConvertible {
    let name: String

    var testDescription: String { name }

    static let folder = Sopsh.root.appendingPathComponent("Tests/Scripts", isDirectory: true)

    /// Every case on disk, so that a new `.sopsh` file is tested without touching this file.
    /// Scripts in subfolders (such as `support/`, sourced by cases) are not cases.
    static let all: [ScriptCase] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".sopsh") }.sorted().map { ScriptCase(name: String($0.dropLast(6))) }
    }()

    static let updatesExpectedFiles = ProcessInfo.processInfo.environment["SOPSH_UPDATE_EXPECTED"] == "1"

    /// The script's path as sopsh is given it, so that messages name it the same on every machine.
    var scriptPath: String { "Tests/Scripts/\(name).sopsh" }

    func file(_ suffix: String) -> URL { Self.folder.appendingPathComponent("\(name).\(suffix)") }

    func read(_ suffix: String) -> String? {
        FileManager.default.contents(atPath: file(suffix).path).map { String(decoding: $0, as: UTF8.self) }
    }

    var arguments: [String] {
        guard let text = read("args"), !text.isEmpty else { return [] }
        return (text.hasSuffix("\n") ? String(text.dropLast()) : text)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func run() throws -> SopshRun {
        try Sopsh.run([scriptPath] + arguments)
    }

    /// What the expected files say; a missing `.out` is an error, so a case cannot pass by
    /// forgetting its expectations.
    func expected() throws -> SopshRun {
        guard let stdout = read("out") else { throw MissingExpectation(path: file("out").path) }
        let statusText = read("status")?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let status = statusText.map({ Int32($0) }) ?? 0 else {
            throw MissingExpectation(path: file("status").path + " (not a number)")
        }
        return SopshRun(stdout: stdout, stderr: read("err") ?? "", status: status)
    }

    /// Writes what sopsh printed as the new expectations: `.out` always, `.err` and `.status`
    /// only when there is something to say.
    func record(_ run: SopshRun) throws {
        try Data(run.stdout.utf8).write(to: file("out"))
        try replace("err", with: run.stderr.isEmpty ? nil : run.stderr)
        try replace("status", with: run.status == 0 ? nil : "\(run.status)\n")
    }

    private func replace(_ suffix: String, with text: String?) throws {
        if let text {
            try Data(text.utf8).write(to: file(suffix))
        } else if FileManager.default.fileExists(atPath: file(suffix).path) {
            try FileManager.default.removeItem(at: file(suffix))
        }
    }

    struct MissingExpectation: Error, CustomStringConvertible {
        var path: String
        var description: String { "no expected output: \(path) (SOPSH_UPDATE_EXPECTED=1 writes it)" }
    }
}

@Suite("ScriptCases")
struct ScriptCases {
    @Test("each script prints what its expected files say", arguments: ScriptCase.all)
    func scriptPrintsWhatIsExpected(_ scriptCase: ScriptCase) throws {
        let actual = try scriptCase.run()
        if ScriptCase.updatesExpectedFiles {
            try scriptCase.record(actual)
            return
        }
        let expected = try scriptCase.expected()
        for (stream, want, got) in [("stdout", expected.stdout, actual.stdout), ("stderr", expected.stderr, actual.stderr)]
        where want != got {
            Issue.record("\(stream) of \(scriptCase.scriptPath) differs (- expected, + printed):\n\(LineDiff(expected: want, actual: got))")
        }
        #expect(actual.status == expected.status, "exit status of \(scriptCase.scriptPath)")
    }

    /// The example scripts a README shows (`sopsh examples/NAME.sopsh`), found on disk.
    static let exampleScripts: [String] = {
        let folder = Sopsh.root.appendingPathComponent("examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".sopsh") }.sorted().map { "examples/" + $0 }
    }()

    @Test("each example script runs to its end without an error", arguments: exampleScripts)
    func exampleScriptRunsCleanly(_ path: String) throws {
        let run = try Sopsh.run([path])
        #expect(run.status == 0, "\(run)")
        #expect(run.troubles.isEmpty, "\(run)")
        #expect(!run.stdout.isEmpty || !run.stderr.isEmpty, "an example shows what it did")
    }

    @Test("the cases are many, and every expected file belongs to a case")
    func casesAreCompleteAndTidy() throws {
        #expect(ScriptCase.all.count >= 90)
        let names = Set(ScriptCase.all.map(\.name))
        let files = try FileManager.default.contentsOfDirectory(atPath: ScriptCase.folder.path)
        for file in files where !file.hasSuffix(".sopsh") && file != "README.md" {
            let url = URL(fileURLWithPath: file)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: ScriptCase.folder.appendingPathComponent(file).path, isDirectory: &isFolder)
            if isFolder.boolValue { continue }
            #expect(["out", "err", "status", "args"].contains(url.pathExtension), "\(file) is not an expected-output file")
            #expect(names.contains(url.deletingPathExtension().lastPathComponent), "\(file) has no script")
        }
        if !ScriptCase.updatesExpectedFiles {
            for scriptCase in ScriptCase.all {
                #expect(scriptCase.read("out") != nil, "\(scriptCase.name) has no .out file")
            }
        }
    }
}

/// A line-by-line difference for a failure message: `-` lines are expected but missing,
/// `+` lines were printed but not expected, two-space lines agree. Long runs of agreeing
/// lines are shortened to their ends.
struct LineDiff: CustomStringConvertible {
    let expected: String
    let actual: String

    var description: String {
        let old = Self.lines(of: expected)
        let new = Self.lines(of: actual)
        var note: String?
        if !expected.isEmpty, !actual.isEmpty, expected.hasSuffix("\n") != actual.hasSuffix("\n") {
            note =
                actual.hasSuffix("\n")
                ? "(what was printed ends with a new line, the expected text does not)"
                : "(what was printed does not end with a new line)"
        }
        var lines: [String] = []
        var alike: [Substring] = []
        func showAlike(atEnd: Bool) {
            let head = lines.isEmpty ? 0 : 2
            let tail = atEnd ? 0 : 2
            if alike.count > head + tail + 1 {
                lines += alike.prefix(head).map { "  \($0)" }
                lines.append("  … \(alike.count - head - tail) lines alike …")
                lines += alike.suffix(tail).map { "  \($0)" }
            } else {
                lines += alike.map { "  \($0)" }
            }
            alike = []
        }
        for change in Self.changes(old, new) {
            switch change {
            case .same(let line): alike.append(line)
            case .removed(let line):
                showAlike(atEnd: false)
                lines.append("- \(line)")
            case .added(let line):
                showAlike(atEnd: false)
                lines.append("+ \(line)")
            }
        }
        showAlike(atEnd: true)
        if let note { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    /// The lines of a text; a final new line ends the last line rather than starting another.
    static func lines(of text: String) -> [Substring] {
        guard !text.isEmpty else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return text.hasSuffix("\n") ? Array(lines.dropLast()) : lines
    }

    enum Change {
        case same(Substring)
        case removed(Substring)
        case added(Substring)
    }

    /// The longest common subsequence of lines, walked from the start: small outputs only,
    /// which is what a script case prints.
    static func changes(_ old: [Substring], _ new: [Substring]) -> [Change] {
        let rows = old.count
        let columns = new.count
        var common = [[Int]](repeating: [Int](repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Change] = []
        var i = 0
        var j = 0
        while i < rows || j < columns {
            if i < rows, j < columns, old[i] == new[j] {
                result.append(.same(old[i]))
                i += 1
                j += 1
            } else if j < columns, i == rows || common[i][j + 1] >= common[i + 1][j] {
                result.append(.added(new[j]))
                j += 1
            } else {
                result.append(.removed(old[i]))
                i += 1
            }
        }
        return result
    }
}
