import Foundation
import Testing

// Training runs through the binary, continued: the clock, undo and several cases.
// MARK: - Time

extension TrainingRunShell {
    /// The `log --json` rows of kasus1 after `statements`.
    static func loggedRows(_ statements: [String], in shell: RunShell? = nil) throws -> [String] {
        let run = try (shell ?? RunShell()).sopsh(script(statements + ["log --json"]))
        #expect(run.status == 0, "\(run)")
        return rows(of: try #require(try run.jsonValues().last as? [[String: Any]], "\(run)"))
    }

    @Test func waitingMovesTheClockAndTheNextStepStartsThen() throws {
        // 2 h from Mon 07:30: 09:30; step 1 (1 jam) then runs 09:30–10:30.
        let run = try RunShell().sopsh(Self.script(Self.opening + ["as kepala", "wait 2h", "clock", "do", "log --json"]))
        #expect(run.stderr.contains("kasus1: Mon 2 Mar 2026 09:30"), "\(run)")
        let log = try #require(try run.jsonValues().last as? [[String: Any]])
        #expect(Self.rows(of: log) == ["1 kepala 2026-03-02T09:30→2026-03-02T10:30 -"])
    }

    @Test func roundTheClockEveryHourIsWorkingTime() throws {
        // Step 1 Mon 15:30–16:30; step 2's 8 jam run on through the evening to Tue 00:30.
        let rows = try Self.loggedRows([
            "calendar 24h", "open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T15:30",
            "as kepala", "do", "as tim", "do"
        ])
        #expect(rows == ["1 kepala 2026-03-02T15:30→2026-03-02T16:30 -", "2 tim 2026-03-02T16:30→2026-03-03T00:30 -"])
    }

    @Test func aHolidayAddedDuringARunMovesAStepsEndPastIt() throws {
        // Step 2 from Mon 08:30: 6.5 h on Monday; Tuesday is closed; 1.5 h from Wed 07:30.
        let rows = try Self.loggedRows(Self.opening + ["calendar holiday 2026-03-03 Libur", "as kepala", "do", "as tim", "do"])
        #expect(rows == ["1 kepala 2026-03-02T07:30→2026-03-02T08:30 -", "2 tim 2026-03-02T08:30→2026-03-04T09:00 -"])
    }

    @Test func theOfficeCalendarFileClosesNyepiAndIdulFitri() throws {
        // 17 Mar 2026 13:00: step 1 to 14:00, then 2 h of step 2 that Tuesday; 18–24 March
        // are closed (cuti bersama, Nyepi, Idul Fitri, the weekend); 6 h from Wed 25 Mar
        // 07:30: 4.5 h to 12:00 and 1.5 h from 13:00.
        let rows = try Self.loggedRows([
            "calendar load examples/kalender-kantor-2026.yaml", "open \(Examples.seedYAML)",
            "start kasus1 at 2026-03-17T13:00", "as kepala", "do", "as tim", "do"
        ])
        #expect(rows == ["1 kepala 2026-03-17T13:00→2026-03-17T14:00 -", "2 tim 2026-03-17T14:00→2026-03-25T14:30 -"])
    }

    @Test func aRangeTimeTakesItsUpperEnd() throws {
        let shell = try RunShell()
        let sop = shell.path("rentang.yaml")
        // 1-2 jam plans 2 h: Mon 08:30–10:30.
        let run = try shell.sopsh(
            Self.script([
                "open \(Examples.seedYAML)", "set-time 2 1-2 jam", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                "as kepala", "do", "as tim", "do", "log --json"
            ]))
        let log = try #require(try run.jsonValues().last as? [[String: Any]], "\(run)")
        #expect(Self.rows(of: log).last == "2 tim 2026-03-02T08:30→2026-03-02T10:30 -")
        #expect(log.last?["deviation"] as? Bool == false)
    }

    @Test func aFinishedCaseStatesLeadTimeAndStandardInTheSameTerms() throws {
        let shell = try RunShell()
        let sop = shell.path("sehari.yaml")
        // Step 1 takes 1 hari (7.5 h) instead of 1 jam: the path's standard is
        // 7.5 + 8 + 1 + 8 + 1 + 1 + 1 + 8 + 8 + 1 + 8 + 1 + 1 = 54.5 h, and so is the lead time.
        let run = try shell.sopsh(
            Self.script([
                "open \(Examples.seedYAML)", "set-time 1 1 hari", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                "walk --answers 1,1,1,2", "status"
            ]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("the case is finished: lead time 54 jam 30 menit of working time, standard 54 jam 30 menit"), "\(run)")
        let lines = run.stdout.split(separator: "\n")
        let lead = lines.first { $0.hasPrefix("lead time") }?.dropFirst("lead time".count)
        let standard = lines.first { $0.hasPrefix("standard time") }?.dropFirst("standard time".count)
        #expect(lead?.trimmingCharacters(in: .whitespaces) == standard?.trimmingCharacters(in: .whitespaces), "\(run)")
    }
}

// MARK: - Undo and several cases

extension TrainingRunShell {
    @Test func undoAgainAndAgainRestoresTheExactEarlierState() throws {
        let snapshot = ["status --json", "docs --json", "log --json"]
        let actions = [
            ["as kepala", "do"], ["as tim", "do"], ["as kepala", "decide \"perlu perbaikan\""], ["wait 30m"],
            ["calendar 24h"], ["as tim", "do --took 9h"]
        ]
        var statements = Self.opening
        for action in actions { statements += snapshot + action }
        statements += snapshot
        for _ in actions { statements += ["undo"] + snapshot }
        statements += ["undo", "cases --json"]
        let shell = try RunShell()
        let run = try shell.sopsh(Self.script(statements))
        #expect(run.status == 0, "\(run)")
        let snapshots = stride(from: 0, to: run.jsonTexts.count - 1, by: 3).map { run.jsonTexts[$0..<$0 + 3].joined(separator: "\n") }
        #expect(snapshots.count == 2 * actions.count + 1)
        // Forward states 0…6, then backward 5…0.
        for back in 0..<actions.count {
            #expect(snapshots[actions.count + 1 + back] == snapshots[actions.count - 1 - back], "undo \(back + 1)")
        }
        #expect(run.jsonTexts.last == "[]", "undoing the start removes the case")
        // The journal remembers the undos: resumed, the run has no case.
        let nothing = try shell.sopsh("resume; undo")
        #expect(nothing.status == 1 && nothing.stderr.contains("there is nothing to undo"), "\(nothing)")
    }

    @Test func severalCasesEachWithItsOwnStepAndClock() throws {
        let statements =
            Self.opening + [
                "start kasus2 at 2026-03-03T07:30", "cases --json", "as kepala", "todo --json",
                "switch kasus1", "do", "todo --json", "who --json", "status --json"
            ]
        let run = try RunShell().sopsh(Self.script(statements))
        #expect(run.status == 0, "\(run)")
        let values = try run.jsonValues()
        let cases = try #require(values.first as? [[String: Any]])
        #expect(cases.map { "\($0["name"]!)\($0["current"]!)" } == ["kasus1", "kasus2*"])
        let before = try #require(values[1] as? [[String: Any]])
        let after = try #require(values[2] as? [[String: Any]])
        #expect(before.map { $0["case"] as? String } == ["kasus1", "kasus2"] && after.map { $0["case"] as? String } == ["kasus2"])
        let who = try #require(values[3] as? [[String: Any]])
        #expect(
            who.map { "\($0["case"]!) \($0["step"]!) \($0["names"]!)" } == ["kasus1 2 Tim Pelaksana Fungsi UKPBJ", "kasus2 1 Kepala UKPBJ"])
        let status = try #require(values.last as? [String: Any])
        #expect(status["name"] as? String == "kasus1" && status["clock"] as? String == "2026-03-02T08:30")
    }
}
