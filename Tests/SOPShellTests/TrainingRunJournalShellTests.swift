import Foundation
import Testing

// Training runs through the binary, continued: the journal, saved runs and the walk.
// MARK: - The journal: a crash loses no completed action

extension TrainingRunShell {
    /// The statements up to and including the `count`-th action (start, do or decide) of the
    /// seed walk, and what sopsh prints once that action is done.
    static func statements(untilAction count: Int) -> (statements: [String], done: String, times: Int) {
        let all = seedStatements()
        var actions = 0
        for (index, statement) in all.enumerated() where statement.hasPrefix("start") || statement == "do" || statement.hasPrefix("decide")
        {
            actions += 1
            if actions == count {
                return (Array(all[...index]), count == 1 ? "Case kasus1 started" : "kasus1: step", max(1, count - 1))
            }
        }
        return (all, "kasus1: step", seedWalk.count)
    }

    @Test(arguments: [1, 3, 5, 8])
    func aCaseKilledMidwayResumesAsOfItsLastCompletedAction(_ actions: Int) throws {
        let (statements, done, times) = Self.statements(untilAction: actions)
        let crashed = try RunShell()
        let pidFile = crashed.path("sopsh.pid")
        // At a terminal sopsh runs each line as it is typed (piped stdin is read whole first).
        let terminal = try TerminalSession(home: crashed.folder, shellCommand: "echo $$ > '\(pidFile)'; exec SOPSH --norc")
        for statement in statements {
            terminal.type(statement)
            terminal.press(.enter)
        }
        #expect(terminal.waitFor(done, count: times, timeout: 20), "\(terminal.screen)")
        let pid = try #require(
            FileManager.default.contents(atPath: pidFile).flatMap {
                Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            })
        #expect(kill(pid, SIGKILL) == 0)
        _ = terminal.exitStatus()

        let resumed = try crashed.sopsh("resume; status --json; log --json")
        let uninterrupted = try RunShell().sopsh(Self.script(statements + ["status --json", "log --json"]))
        #expect(resumed.status == 0, "\(resumed)")
        #expect(resumed.jsonTexts.count == 2 && resumed.jsonTexts == uninterrupted.jsonTexts, "\(resumed)\n\(uninterrupted)")
    }

    @Test func aTornLastLineIsDroppedWithAWarning() throws {
        let shell = try RunShell()
        _ = try shell.sopsh(Self.script(Self.seedStatements(3)))
        let whole = try shell.sopsh("resume; status --json; log --json")
        let handle = try #require(FileHandle(forWritingAtPath: shell.journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"performed\":{\"caseName\":\"kas".utf8))
        try handle.close()
        let torn = try shell.sopsh("resume; status --json; log --json")
        #expect(torn.status == 0, "\(torn)")
        #expect(torn.stderr.contains("⚠ the last line of \(shell.journal) was cut off"), "\(torn)")
        #expect(torn.jsonTexts == whole.jsonTexts)
    }

    @Test func theRunGoesOnBeingJournaledAfterATornLineWasDropped() throws {
        let shell = try RunShell()
        _ = try shell.sopsh(Self.script(Self.seedStatements(3)))
        let handle = try #require(FileHandle(forWritingAtPath: shell.journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"performed\":{\"caseName\":\"kas".utf8))
        try handle.close()
        let next = try shell.sopsh("resume; as tim; do")
        #expect(next.status == 0, "\(next)")
        // The next action must not be glued to the torn fragment: resumed again, it is there.
        let again = try shell.sopsh("resume; status --json")
        #expect(again.status == 0, "\(again)")
        #expect((try? again.jsonValues().last as? [String: Any])??["steps_done"] as? Double == 4, "\(again)")
    }

    @Test func aDamagedMiddleLineIsAnErrorNamingItsLine() throws {
        let shell = try RunShell()
        _ = try shell.sopsh(Self.script(Self.seedStatements(3)))
        var lines = try String(contentsOfFile: shell.journal, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = "{\"performed\": rusak"
        try (lines.joined(separator: "\n") + "\n").write(toFile: shell.journal, atomically: true, encoding: .utf8)
        let run = try shell.sopsh("resume")
        #expect(run.status == 1)
        #expect(run.errorOutput.hasPrefix("\(shell.journal):3:1: error: line 3 of the run journal cannot be read"), "\(run)")
        #expect(run.stderr.contains("hint: "))
    }
}

// MARK: - Saved runs and the trainer's walk

extension TrainingRunShell {
    @Test func aSavedRunReplaysInAFreshSopshToTheSameLog() throws {
        let shell = try RunShell()
        let file = shell.path("latihan.run")
        let original = try shell.sopsh(
            Self.script(
                Self.seedStatements(9) + [
                    "start kasus2 at 2026-03-03T07:30", "as kepala", "do",
                    "undo", "wait 1h", "save-run \(file)", "log --all --json"
                ]))
        #expect(original.status == 0, "\(original)")
        let replayed = try RunShell().sopsh("replay \(file); log --all --json")
        #expect(replayed.status == 0, "\(replayed)")
        #expect(replayed.jsonTexts.last == original.jsonTexts.last)
        #expect(replayed.stdout.contains("kasus1: step 3 decided “perlu perbaikan” by Kepala UKPBJ"), "\(replayed)")
    }

    @Test(arguments: [("waktu: 8 jam", "waktu: 9 jam"), ("pelaksana: tim", "pelaksana: sekretariat")])
    func replayingOnAChangedSOPIsRefusedWithAClearMessage(_ original: String, _ changed: String) throws {
        let shell = try RunShell()
        let sop = try shell.write(
            try String(contentsOfFile: Sopsh.root.appendingPathComponent(Examples.seedYAML).path, encoding: .utf8), to: "sop.yaml")
        let file = shell.path("latihan.run")
        let saved = try shell.sopsh(
            Self.script(["open \(sop)", "start kasus1 at 2026-03-02T07:30", "walk --answers 2,1,1,2", "save-run \(file)"]))
        #expect(saved.status == 0, "\(saved)")
        try shell.write(try String(contentsOfFile: sop, encoding: .utf8).replacingOccurrences(of: original, with: changed), to: "sop.yaml")
        let replayed = try RunShell().sopsh("replay \(file)")
        #expect(replayed.status == 1, "\(replayed)")
        #expect(replayed.stderr.contains(sop) && replayed.stderr.contains("changed"), "\(replayed)")
    }

    static let walkAnswers = "perlu perbaikan,perlu perbaikan,menyetujui,menyetujui,perlu perbaikan,melaporkan ke atasan Kepala UKPBJ"

    @Test func walkAScriptAndTypedCommandsGiveTheSameLog() throws {
        let shell = try RunShell()
        let typed = (Self.seedStatements() + ["log --json"]).joined(separator: "\n") + "\n"
        let script = try shell.write(typed, to: "kasus.sopsh")
        let walked = try RunShell().sopsh(Self.script(Self.opening + ["walk --no-pause --answers \"\(Self.walkAnswers)\"", "log --json"]))
        let fromFile = try shell.sopsh(arguments: [script])
        let fromStdin = try RunShell().sopsh(arguments: [], stdin: typed)
        for run in [walked, fromFile, fromStdin] { #expect(run.status == 0, "\(run)") }
        let log = try #require(walked.jsonTexts.last)
        #expect(fromFile.jsonTexts.last == log && fromStdin.jsonTexts.last == log)
        let rows = Self.rows(of: try #require(try walked.jsonValues().last as? [[String: Any]]))
        #expect(rows == Self.seedWalk.map { "\($0.label) \($0.role) \($0.start)→\($0.end) \($0.answer ?? "-")" })
    }

    /// Away from a terminal, a walk with no answer left stops at that decision and keeps
    /// what it walked: what it told the room happened is what the case shows.
    @Test func walkAwayFromATerminalStopsAtADecisionWithoutAnAnswerAndKeepsItsSteps() throws {
        let run = try RunShell().sopsh(Self.script(Self.opening + ["walk --answers \"perlu perbaikan\"", "status --json"]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("walk stopped at step 3: no scripted answer is left for this decision"), "\(run)")
        #expect(run.stdout.contains("--answers \"menyetujui,perlu perbaikan\""), "\(run)")
        let narrated = run.stdout.split(separator: "\n").filter { $0.hasPrefix("  step ") }.count
        let status = try #require(try run.jsonValues().last as? [String: Any])
        #expect(narrated == 4)
        #expect(status["steps_done"] as? Double == Double(narrated), "narrated \(narrated) steps: \(run)")
    }

    /// A step "Sesuai kebutuhan" has no time for the walk to take: it stops there and says how
    /// to give one, and `--as-needed` gives it.
    @Test func walkTakesAsNeededForAStepWithoutAStandardTime() throws {
        let open = "open \(Examples.informationRequest); start at 2026-03-02T07:30"
        let stopped = try RunShell().sopsh("\(open); walk --answers 1,1,1,1")
        #expect(stopped.status == 1)
        #expect(
            stopped.stderr.contains("step 11 has no standard time (“Sesuai kebutuhan”)") && stopped.stderr.contains("--as-needed"),
            "\(stopped)")
        let walked = try RunShell().sopsh("\(open); walk --answers 1,1,1,1 --as-needed 2h; log --json")
        #expect(walked.status == 0, "\(walked)")
        let log = try #require(try walked.jsonValues().last as? [[String: Any]], "\(walked)")
        let eleven = try #require(log.last { "\($0["step"] ?? "")" == "11" }, "\(log)")
        #expect(eleven["took"] as? String == "2 jam", "\(eleven)")
    }
}
