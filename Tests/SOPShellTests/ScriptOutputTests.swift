import Foundation
import Testing

/// A script's stdout carries only the results it asked for: what a command did (`Opened …`,
/// `Saved …`, a step done) is confirmed on stderr, so `sopsh -c '…; steps --json' | jq`
/// reads a stream of JSON values and nothing else.
@Suite struct ScriptOutput {
    /// Every command of `help`, each with `--json`, in an order in which each can run: the
    /// documents, a training run with a rework loop, the run's files, the simulations.
    static func everyCommand(in folder: TemporaryFolder) throws -> [String] {
        let scenario = try folder.write(
            """
            nama: dasar
            kedatangan: {pola: tetap, selang: 8 jam}
            jumlah_kasus: 20
            replikasi: 2
            perubahan:
              - nama: tambah kepala
                pegawai: {kepala: 2}
            """, to: "skenario.yaml")
        let statements = [
            "open \(Examples.seedYAML)", "info", "roles", "steps", "show 3", "flow", "check",
            "assign 1 kepala", "link 3 menyetujui 5", "set-time 1 1h", "save \(folder.path("salinan.yaml"))",
            "export markdown \(folder.path("sop.md"))", "calendar office",
            "start kasus1 at 2026-03-02T07:30", "cases", "switch kasus1", "as kepala", "todo", "who", "do",
            "as tim", "do", "as kepala", "decide \"perlu perbaikan\"", "docs", "status", "log", "explain 2", "where",
            "clock", "wait 1h", "undo", "walk --answers 2,1,1,1,2", "timeline",
            "save-run \(folder.path("latihan.run"))", "replay \(folder.path("latihan.run"))", "resume",
            "simulate --cases 20 --replications 2", "compare \(scenario)", "workload examples/kantor-ukpbj.yaml --replications 2",
            "help", "language en", "print \"selesai\"", "exec true", "quit"
        ]
        return statements.map { $0 + " --json" }
    }

    /// The names `help` lists, so that a command added later is added here too.
    static func commandsOfHelp() throws -> Set<String> {
        let help = try Sopsh.run(["--norc", "-c", "help"])
        let listed = help.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
        return Set(listed.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    @Test func everyCommandsJSONIsAStreamThatAJSONReaderReads() throws {
        try TemporaryFolder.with { folder in
            let statements = try Self.everyCommand(in: folder)
            let listed = try Self.commandsOfHelp()
            #expect(listed.count >= 40, "help lists the commands: \(listed)")
            let covered = Set(statements.compactMap { $0.split(separator: " ").first.map(String.init) })
            #expect(listed.subtracting(covered).isEmpty, "commands without a --json case: \(listed.subtracting(covered))")
            let script = try folder.write(statements.joined(separator: "\n") + "\n", to: "semua.sopsh")
            let run = try Sopsh.run(["--norc", "--allow-exec", script], environment: ["XDG_STATE_HOME": folder.path("state")])
            #expect(run.status == 0, "\(run)")
            #expect(run.troubles.isEmpty, "\(run)")
            let values = try JSONStream.values(in: run.stdout)
            // `quit` ends the script with no value to give.
            #expect(values.count == statements.count - 1, "one JSON value per statement on stdout:\n\(run.stdout.prefix(2000))")
        }
    }

    @Test func confirmationsGoToStderrAndResultsToStdout() throws {
        try TemporaryFolder.with { folder in
            let copy = folder.path("salinan.yaml")
            let run = try Sopsh.run("open \(Examples.seedYAML); assign 1 kepala; save \(copy); steps --json")
            #expect(run.status == 0, "\(run)")
            #expect(try JSONStream.values(in: run.stdout).count == 1, "\(run)")
            for confirmation in ["Opened \(Examples.seedYAML)", "Step 1: Kepala UKPBJ", "Saved \(copy)"] {
                #expect(run.stderr.contains(confirmation), "\(run)")
            }
        }
    }

    @Test func aWalkUnderJSONNarratesOnStderr() throws {
        let run = try Sopsh.run(
            ["--norc", "-c", "open \(Examples.seedYAML); start kasus1 at 2026-03-02T07:30; walk --answers 1,1,1,2 --json"],
            environment: ["XDG_STATE_HOME": NSTemporaryDirectory() + "/sopsh-walk-json-\(getpid())"])
        #expect(run.status == 0, "\(run)")
        let values = try JSONStream.values(in: run.stdout)
        #expect((values.first as? [String: Any])?["name"] as? String == "kasus1", "\(run)")
        #expect(run.stderr.contains("▶ Step 1"), "the room still sees the narration: \(run)")
    }
}

/// Reads stdout as `jq` would: JSON values one after another, separated by white space, and
/// nothing else; text that is not JSON is an error naming where it stands.
enum JSONStream {
    struct NotJSON: Error, CustomStringConvertible {
        var text: Substring
        var description: String { "not JSON: \(text.prefix(200))" }
    }

    static func values(in text: String) throws -> [Any] {
        var values: [Any] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            let end = valueEnd(in: rest)
            guard let value = try? JSONSerialization.jsonObject(with: Data(rest[..<end].utf8), options: .fragmentsAllowed) else {
                throw NotJSON(text: rest)
            }
            values.append(value)
            rest = rest[end...]
        }
        return values
    }

    /// Where the value at the start of `text` ends: its closing bracket, or the end of a scalar.
    private static func valueEnd(in text: Substring) -> Substring.Index {
        var depth = 0
        var inString = false
        var escaped = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                if !inString && depth == 0 { return text.index(after: index) }
            } else if character == "\"" {
                inString = true
            } else if character == "{" || character == "[" {
                depth += 1
            } else if character == "}" || character == "]" {
                depth -= 1
                if depth == 0 { return text.index(after: index) }
            } else if depth == 0 && character.isWhitespace {
                return index
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}
