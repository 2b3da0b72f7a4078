import Foundation
import Testing

/// The trainer's walk, safe in front of a room, through the real sopsh binary: Ctrl-C and
/// Ctrl-D at its pauses, every step journaled as it is shown (SIGKILL loses none), and the
/// session and its journal in agreement after a walk or any statement stops part-way.
/// The seed's walk and its times are `TrainingRunShell.seedWalk`.
@Suite struct WalkSafety {
    static let opening = TrainingRunShell.opening

    /// The narration lines of completed steps: what the walk reported done.
    static func reportedDone(_ text: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix("  step ") && ($0.contains(" done by ") || $0.contains(" decided “")) }.count
    }

    /// The run as a fresh sopsh brings it back: the current case's status and log, in JSON.
    static func resumed(_ shell: RunShell) throws -> SopshRun {
        try shell.sopsh("resume; status --json; log --json")
    }

    /// sopsh at a terminal in `shell`'s folders, with its process id written to `pidFile`.
    static func terminal(_ shell: RunShell, pidFile: String? = nil) throws -> TerminalSession {
        let record = pidFile.map { "echo $$ > '\($0)'; " } ?? ""
        let terminal = try TerminalSession(home: shell.folder, shellCommand: record + "exec SOPSH --norc")
        for statement in opening {
            terminal.type(statement)
            terminal.press(.enter)
        }
        return terminal
    }

    // MARK: - Ctrl-C and Ctrl-D at the pauses

    /// Ctrl-C at the "[Enter]" pause and at the room's question stops the walk and gives the
    /// prompt back, which answers the next command; the two steps walked stay done.
    @Test func ctrlCAtAPauseOrAQuestionStopsTheWalkAndThePromptAnswers() throws {
        let shell = try RunShell()
        let terminal = try Self.terminal(shell)
        terminal.type("walk")
        terminal.press(.enter)
        #expect(terminal.waitFor("[Enter]", count: 1), "\(terminal.screen)")
        terminal.press(.enter)
        #expect(terminal.waitFor("[Enter]", count: 2), "\(terminal.screen)")
        terminal.press(.controlC)
        #expect(terminal.waitFor("walk stopped at step 3 (Ctrl-C): the steps walked stay done"), "\(terminal.screen)")
        // The prompt is back, with the case's clock after step 2; and it answers.
        #expect(terminal.waitFor("Tue 09:00 › "), "\(terminal.screen)")
        terminal.type("status --json")
        terminal.press(.enter)
        #expect(terminal.waitFor("\"steps_done\": 2"), "\(terminal.screen)")

        // Again from step 3, where the room is asked for the answer.
        terminal.type("walk")
        terminal.press(.enter)
        #expect(terminal.waitFor("The room's answer?"), "\(terminal.screen)")
        terminal.press(.controlC)
        #expect(terminal.waitFor("walk stopped at step 3 (Ctrl-C)", count: 2), "\(terminal.screen)")
        terminal.type("print \"masih menjawab\"")
        terminal.press(.enter)
        #expect(terminal.waitFor("\nmasih menjawab\n"), "\(terminal.screen)")
        terminal.press(.controlD)
        #expect(terminal.exitStatus() == 0, "\(terminal.screen)")

        let resumed = try Self.resumed(shell)
        #expect((try resumed.jsonValues().first as? [String: Any])?["steps_done"] as? Double == 2, "\(resumed)")
    }

    /// Ctrl-D at the pause or the question ends the walk cleanly: no error, the prompt again.
    @Test func ctrlDAtAPauseOrAQuestionEndsTheWalkCleanly() throws {
        let shell = try RunShell()
        let terminal = try Self.terminal(shell)
        terminal.type("walk")
        terminal.press(.enter)
        #expect(terminal.waitFor("[Enter]"), "\(terminal.screen)")
        terminal.press(.controlD)
        #expect(terminal.waitFor("walk stopped at step 2 (Ctrl-D): the steps walked stay done"), "\(terminal.screen)")
        terminal.type("walk")
        terminal.press(.enter)
        #expect(terminal.waitFor("[Enter]", count: 2), "\(terminal.screen)")
        terminal.press(.enter)
        #expect(terminal.waitFor("The room's answer?"), "\(terminal.screen)")
        terminal.press(.controlD)
        #expect(terminal.waitFor("walk stopped at step 3 (Ctrl-D)"), "\(terminal.screen)")
        terminal.type("status --json")
        terminal.press(.enter)
        #expect(terminal.waitFor("\"steps_done\": 2"), "\(terminal.screen)")
        #expect(!terminal.screen.contains("error"), "\(terminal.screen)")
        terminal.press(.controlD)
        #expect(terminal.exitStatus() == 0, "\(terminal.screen)")
    }

    // MARK: - SIGKILL in the middle of a walk

    /// The walk paced by the room (Enter at each pause, the answers typed at each question),
    /// killed while it waits after `actions` of the seed walk, at the pause or at the next
    /// question: `resume` shows every step the walk had reported done, with its times.
    @Test(arguments: [(2, true), (4, false), (8, false), (13, true)])
    func killedWhileAPacedWalkWaitsResumeKeepsEveryReportedStep(_ actions: Int, atQuestion: Bool) throws {
        let shell = try RunShell()
        let pidFile = shell.path("sopsh.pid")
        let terminal = try Self.terminal(shell, pidFile: pidFile)
        terminal.type("walk")
        terminal.press(.enter)
        var questions = 0
        for (done, action) in TrainingRunShell.seedWalk.prefix(actions).enumerated() {
            if let answer = action.answer {
                questions += 1
                #expect(terminal.waitFor("The room's answer?", count: questions), "\(terminal.screen)")
                terminal.type(answer)
                terminal.press(.enter)
            }
            #expect(terminal.waitFor("[Enter]", count: done + 1), "\(terminal.screen)")
            if done + 1 < actions { terminal.press(.enter) }
        }
        if atQuestion {
            try #require(TrainingRunShell.seedWalk[actions].answer != nil)
            terminal.press(.enter)
            #expect(terminal.waitFor("The room's answer?", count: questions + 1), "\(terminal.screen)")
        }
        let pid = try #require(
            FileManager.default.contents(atPath: pidFile).flatMap {
                Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            })
        #expect(kill(pid, SIGKILL) == 0)
        _ = terminal.exitStatus()
        #expect(Self.reportedDone(terminal.screen) == actions, "\(terminal.screen)")

        let resumed = try Self.resumed(shell)
        #expect(resumed.status == 0, "\(resumed)")
        let log = try #require(try resumed.jsonValues().last as? [[String: Any]], "\(resumed)")
        #expect(
            TrainingRunShell.rows(of: log)
                == TrainingRunShell.seedWalk.prefix(actions).map { "\($0.label) \($0.role) \($0.start)→\($0.end) \($0.answer ?? "-")" })
    }

    /// An unpaced walk killed as it enters each of its writes in turn (to the terminal or to
    /// the journal): `resume` holds every step it had reported, and at most the one it was
    /// reporting.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "needs strace"))
    func killedAtEachWriteOfAWalkResumeKeepsEveryReportedStep() throws {
        let script = TrainingRunShell.script(Self.opening + ["walk --answers \"menyetujui,menyetujui,melaporkan ke atasan Kepala UKPBJ\""])
        var kills = 0
        while true {
            let shell = try RunShell()
            let killed = try BackgroundSopsh(["-c", script], in: shell, killingAt: ("write", kills + 1))
            killed.wait()
            let reported = Self.reportedDone(killed.stdout)
            if killed.exitedNormally {
                #expect(killed.status == 0 && reported == 11, "\(killed.stdout)\n\(killed.stderr)")
                break
            }
            kills += 1
            let resumed = try Self.resumed(shell)
            var held = 0
            if resumed.status == 0 {
                let status = try #require(try resumed.jsonValues().first as? [String: Any], "\(resumed)")
                held = Int(status["steps_done"] as? Double ?? -1)
            } else {
                #expect(resumed.stderr.contains("no run journal") || resumed.stderr.contains("no case has been started"), "\(resumed)")
            }
            #expect(
                held == reported || held == reported + 1,
                "killed entering write \(kills): reported \(reported), resumed \(held)\n\(killed.stdout)")
        }
        #expect(kills > 11, "the walk was killed at too few points")
    }

    // MARK: - A walk that stops part-way, and the journal

    /// The seed with step 1 made a decision whose “langsung” jumps over the drafting (step 2)
    /// to step 5, which needs the draft: as a file in `shell`'s folder.
    static func shortcutSOP(in shell: RunShell) throws -> String {
        let seed = try String(contentsOfFile: Sopsh.root.appendingPathComponent(Examples.seedYAML).path, encoding: .utf8)
        let outputOfOne = "      output: arahan untuk menyusun kebijakan mutu dan layanan UKPBJ\n"
        try #require(seed.components(separatedBy: outputOfOne).count == 2)
        let decision = "    keputusan:\n      - jawaban: susun\n        ke: 2\n      - jawaban: langsung\n        ke: 5\n"
        return try shell.write(seed.replacingOccurrences(of: outputOfOne, with: outputOfOne + decision), to: "pintas.yaml")
    }

    @Test func doingAStepWhoseDocumentWasSkippedIsRefusedNamingTheDocumentAndItsStep() throws {
        let shell = try RunShell()
        let sop = try Self.shortcutSOP(in: shell)
        let run = try shell.sopsh(
            TrainingRunShell.script([
                "open \(sop)", "start kasus1 at 2026-03-02T07:30", "as kepala", "decide langsung",
                "as sekretariat", "do", "todo --json", "docs --json"
            ]), keepGoing: true)
        #expect(run.status == 1, "\(run)")
        let (message, hint) = TrainingRunShell.split(String(run.errorOutput))
        #expect(
            message.contains(
                "step 5 is not ready: it needs “rancangan kebijakan mutu dan layanan UKPBJ”, which steps 2 and 3 produce, "
                    + "and case kasus1 does not hold it"), "\(run)")
        #expect(hint == "instead: undo, then take a path through step 2", "\(run)")
        let values = try run.jsonValues()
        #expect((values.first as? [Any])?.isEmpty == true, "todo offers nothing: \(run)")
        #expect((values.last as? [[String: Any]])?.map { $0["step"] as? String } == ["1"], "\(run)")
    }

    /// A walk refused part-way fails, and keeps the steps it walked (shown and journaled):
    /// the session and a fresh sopsh's `resume` agree, and the run goes on from there.
    @Test func aWalkRefusedPartWayKeepsItsStepsAndTheJournalAgrees() throws {
        let shell = try RunShell()
        let sop = try Self.shortcutSOP(in: shell)
        let walked = try shell.sopsh(
            TrainingRunShell.script([
                "open \(sop)", "start kasus1 at 2026-03-02T07:30", "walk --answers langsung",
                "status --json", "log --json"
            ]), keepGoing: true)
        #expect(walked.status == 1 && walked.stderr.contains("step 5 is not ready"), "\(walked)")
        #expect(walked.stdout.contains("walk stopped at step 5 (refused): the steps walked stay done"), "\(walked)")
        #expect((try walked.jsonValues().first as? [String: Any])?["steps_done"] as? Double == 1, "\(walked)")
        let resumed = try Self.resumed(shell)
        #expect(resumed.status == 0 && resumed.jsonTexts == walked.jsonTexts, "\(resumed)\n\(walked)")

        let onward = try shell.sopsh("resume; undo; as kepala; decide susun; status --json; log --json")
        #expect(onward.status == 0, "\(onward)")
        #expect(try Self.resumed(shell).jsonTexts == onward.jsonTexts)
    }

    /// Any statement that fails after a run's action keeps the action, which the journal holds:
    /// otherwise the next action would be journaled after one the session no longer has.
    @Test func aFailingStatementKeepsTheRunActionsItJournaled() throws {
        let shell = try RunShell()
        let statements = [
            "if true { as kepala; do; error \"gagal\" }", "status --json", "log --json", "as tim", "do", "status --json", "log --json"
        ]
        let run = try shell.sopsh(TrainingRunShell.script(Self.opening) + "\n" + statements.joined(separator: "\n"), keepGoing: true)
        #expect(run.status == 1 && run.stderr.contains("gagal"), "\(run)")
        let values = try run.jsonValues()
        #expect(values.count == 4, "\(run)")
        #expect((values.first as? [String: Any])?["steps_done"] as? Double == 1, "\(run)")
        #expect((values[2] as? [String: Any])?["steps_done"] as? Double == 2, "\(run)")
        #expect(try Self.resumed(shell).jsonTexts == Array(run.jsonTexts.suffix(2)))
    }

    // MARK: - Lead time

    /// The audit's case: a finished case's lead time stays as measured when it finished.
    @Test func aFinishedCasesLeadTimeDoesNotChangeWithTheCalendar() throws {
        let run = try RunShell().sopsh(
            TrainingRunShell.script(Self.opening + ["walk --answers 1,1,2,2", "status --json", "calendar 24h", "status --json"]))
        #expect(run.status == 0, "\(run)")
        let values = try run.jsonValues()
        let before = try #require(values.first as? [String: Any])
        let after = try #require(values.last as? [String: Any])
        #expect(before["finished"] != nil && before["lead_time"] as? Double == 39 * 60, "\(run)")
        for key in ["lead_time", "standard_time", "exceeds_standard"] {
            #expect("\(before[key] ?? "-")" == "\(after[key] ?? "-")", "\(key): \(run)")
        }
    }
}
