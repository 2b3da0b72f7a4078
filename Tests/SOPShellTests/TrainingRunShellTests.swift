import Foundation
import Testing

/// Training runs at the shell, through the real sopsh binary: acting as roles, refusals and
/// what to do instead, the clock on the calendar, undo, several cases, the journal that
/// survives a crash, saved runs and the trainer's walk.
///
/// Every sopsh here journals into its own state folder (XDG_STATE_HOME), never the user's.
/// The expected times are worked out by hand in Tests/SOPRuntimeTests/TrainingRunTests.swift
/// (`TrainingRuns.seedWalk`) on the office calendar: Mon–Thu 07:30–12:00 and 13:00–16:00,
/// Fri 07:30–11:30 and 13:00–16:30. 2026-03-02 is a Monday.
@Suite struct TrainingRunShell {
    /// One action of the seed walk: the role, the answer for a decision, the step's start and end.
    struct Action {
        var label: String
        var role: String
        var answer: String?
        var start: String
        var end: String

        /// The statement a trainee types for it (after `as ROLE`).
        var statement: String { answer.map { "decide \"\($0)\"" } ?? "do" }
    }

    /// The seed started Monday 07:30, reworked twice at step 3 and once at step 11.
    static let seedWalk: [Action] = [
        .init(label: "1", role: "kepala", start: "2026-03-02T07:30", end: "2026-03-02T08:30"),
        .init(label: "2", role: "tim", start: "2026-03-02T08:30", end: "2026-03-03T09:00"),
        .init(label: "3", role: "kepala", answer: "perlu perbaikan", start: "2026-03-03T09:00", end: "2026-03-03T10:00"),
        .init(label: "2", role: "tim", start: "2026-03-03T10:00", end: "2026-03-04T10:30"),
        .init(label: "3", role: "kepala", answer: "perlu perbaikan", start: "2026-03-04T10:30", end: "2026-03-04T11:30"),
        .init(label: "2", role: "tim", start: "2026-03-04T11:30", end: "2026-03-05T12:00"),
        .init(label: "3", role: "kepala", answer: "menyetujui", start: "2026-03-05T13:00", end: "2026-03-05T14:00"),
        .init(label: "5", role: "sekretariat", start: "2026-03-05T14:00", end: "2026-03-06T15:00"),
        .init(label: "6", role: "atasan", answer: "menyetujui", start: "2026-03-06T15:00", end: "2026-03-06T16:00"),
        .init(label: "7", role: "atasan", start: "2026-03-06T16:00", end: "2026-03-09T08:00"),
        .init(label: "8", role: "sekretariat", start: "2026-03-09T08:00", end: "2026-03-09T09:00"),
        .init(label: "9", role: "tim", start: "2026-03-09T09:00", end: "2026-03-10T09:30"),
        .init(label: "10", role: "tim", start: "2026-03-10T09:30", end: "2026-03-11T10:00"),
        .init(label: "11", role: "kepala", answer: "perlu perbaikan", start: "2026-03-11T10:00", end: "2026-03-11T11:00"),
        .init(label: "10", role: "tim", start: "2026-03-11T11:00", end: "2026-03-12T11:30"),
        .init(label: "11", role: "kepala", answer: "melaporkan ke atasan Kepala UKPBJ", start: "2026-03-12T11:30", end: "2026-03-12T13:30"),
        .init(label: "12", role: "atasan", start: "2026-03-12T13:30", end: "2026-03-12T14:30"),
    ]

    static let opening = ["open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T07:30"]

    /// The statements that open the seed, start kasus1 and play the first `count` actions of
    /// the walk, each as its role; `took` is added to the action at that position.
    static func seedStatements(_ count: Int = seedWalk.count, took: (Int, String)? = nil) -> [String] {
        opening + seedWalk.prefix(count).enumerated().flatMap { offset, action in
            ["as \(action.role)", action.statement + (took.flatMap { $0.0 == offset ? " --took \($0.1)" : nil } ?? "")]
        }
    }

    static func script(_ statements: [String]) -> String { statements.joined(separator: "; ") }

    /// `log --json` rows as "STEP ROLES START→END ANSWER", to compare with the walk.
    static func rows(of log: [[String: Any]]) -> [String] {
        log.map { row in
            let who = (row["who"] as? [String] ?? []).joined(separator: "+")
            return "\(row["step"] as? String ?? "?") \(who) \(row["start"] as? String ?? "?")→\(row["end"] as? String ?? "?") \(row["answer"] as? String ?? "-")"
        }
    }

    // MARK: - The seed walk

    @Test func theSeedWalkLogsEveryStepsStartEndAndAnswerAndFinishesWithinTheStandard() throws {
        let run = try RunShell().sopsh(Self.script(Self.seedStatements() + ["log --json", "docs --json", "status --json"]))
        #expect(run.status == 0, "\(run)")
        let values = try run.jsonValues()
        let log = try #require(values.first as? [[String: Any]], "\(run)")
        #expect(Self.rows(of: log) == Self.seedWalk.map { "\($0.label) \($0.role) \($0.start)→\($0.end) \($0.answer ?? "-")" })
        #expect(log.allSatisfy { $0["deviation"] as? Bool == false })
        let documents = try #require(values.dropFirst().first as? [[String: Any]])
        func versions(_ name: String) -> [String] {
            documents.filter { $0["document"] as? String == name }.map { "v\($0["version"]!) \($0["step"]!) \($0["at"]!)" }
        }
        #expect(versions("rancangan kebijakan mutu dan layanan UKPBJ")
                == ["v1 2 2026-03-03T09:00", "v2 2 2026-03-04T10:30", "v3 2 2026-03-05T12:00"])
        #expect(versions("draft laporan pelaksanaan sosialisasi") == ["v1 10 2026-03-11T10:00", "v2 10 2026-03-12T11:30"])
        let status = try #require(values.last as? [String: Any])
        // 66 h of standard time on the path; Mon 07:30 → Thu next week 14:30 is 66 working hours.
        #expect(status["finished"] as? String == "2026-03-12T14:30")
        #expect(status["lead_time"] as? Double == 66 * 60 && status["standard_time"] as? Double == 66 * 60)
        #expect(status["overruns"] as? Double == 0 && status["exceeds_standard"] as? Bool == false)
        #expect(run.stdout.contains("kasus1: step 2 done by Tim Pelaksana Fungsi UKPBJ, Sen 2 Mar 2026 08:30 → Sel 3 Mar 2026 09:00 (8 jam)"))
        #expect(run.stdout.contains("the case is finished: lead time 66 jam of working time, standard 66 jam"))
    }

    @Test func aStepTakingLongerThanItsStandardIsFlaggedAndTheCaseExceedsTheStandard() throws {
        let nine = try #require(Self.seedWalk.firstIndex { $0.label == "9" })
        let run = try RunShell().sopsh(Self.script(Self.seedStatements(took: (nine, "9h")) + ["log --json", "status --json"]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("⚠ took 9 jam, longer than its Mutu Baku of 8 jam"), "\(run)")
        #expect(run.stdout.contains("⚠ the lead time exceeds"), "\(run)")
        let values = try run.jsonValues()
        let log = try #require(values.first as? [[String: Any]])
        #expect(log.filter { $0["deviation"] as? Bool == true }.map { $0["step"] as? String } == ["9"])
        // Step 9 ends Tue 10 Mar 10:30, one working hour late; so does the case: Thu 15:30, 67 h.
        #expect(log[nine]["end"] as? String == "2026-03-10T10:30")
        let status = try #require(values.last as? [String: Any])
        #expect(status["finished"] as? String == "2026-03-12T15:30")
        #expect(status["lead_time"] as? Double == 67 * 60 && status["exceeds_standard"] as? Bool == true)
        #expect(status["overruns"] as? Double == 1)
    }

    // MARK: - Explaining

    @Test func explainTellsAStepsActivityExecutorQualificationsRequirementsOutputTimeFlowAndWarnings() throws {
        let run = try RunShell().sopsh("open \(Examples.seedYAML); explain 3 --json")
        let step = try #require(try run.jsonValues().first as? [String: Any], "\(run)")
        #expect(step["nomor"] as? String == "3")
        #expect(step["uraian_kegiatan"] as? String == "(keputusan)")
        #expect(step["pelaksana"] as? [String] == ["Kepala UKPBJ (kepala)"])
        let qualifications = try #require(step["kualifikasi"] as? [[String: Any]])
        #expect(qualifications.first?["kualifikasi"] as? [String]
                == ["memahami regulasi PBJ", "memahami tugas dan fungsi UKPBJ", "memahami jenis layanan serta komposisi dari standar layanan"])
        #expect(step["persyaratan_kelengkapan"] as? String == "rancangan kebijakan mutu dan layanan UKPBJ")
        #expect(step["output"] as? String == "arahan atas rancangan kebijakan mutu dan layanan UKPBJ")
        #expect(step["waktu"] as? String == "1 jam")
        #expect(step["alur"] as? String == "menyetujui → 5 · perlu perbaikan → 2")
        let warnings = try #require(step["peringatan"] as? [String])
        #expect(warnings.count == 2 && warnings[1].hasPrefix("Segala bentuk penyimpangan atas mutu baku"))
    }

    @Test func whereMarksDoneStepsWithHowOftenAndTheCurrentOne() throws {
        // After two reworks the case is at step 3 for the third time; then it is approved.
        let run = try RunShell().sopsh(Self.script(Self.seedStatements(6) + ["where --json", "as kepala", "decide menyetujui", "where --json"]))
        let values = try run.jsonValues()
        func marks(_ value: Any) -> [String: String] {
            Dictionary(uniqueKeysWithValues: (value as? [[String: Any]] ?? []).map { ($0["nomor"] as! String, $0["mark"] as! String) })
        }
        #expect(values.count == 2, "\(run)")
        let before = marks(values.first as Any), after = marks(values.last as Any)
        #expect(before["1"] == "✓" && before["2"] == "✓×3" && before["3"] == "▶" && before["5"] == "")
        #expect(after["2"] == "✓×3" && after["3"] == "✓×3" && after["5"] == "▶" && after["12"] == "")
    }
}

// MARK: - Running sopsh with its own state folder

/// sopsh with XDG_STATE_HOME (and XDG_CONFIG_HOME) in a fresh folder of its own, so that
/// runs are journaled apart from the user's and from other tests; removed when dropped.
final class RunShell: Sendable {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "sopsh-runshell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/state", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var state: String { folder + "/state" }
    var journal: String { state + "/sopsh/run.journal" }

    func path(_ name: String) -> String { folder + "/" + name }

    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
        return path(name)
    }

    func sopsh(_ text: String, keepGoing: Bool = false) throws -> SopshRun {
        try sopsh(arguments: (keepGoing ? ["--keep-going"] : []) + ["-c", text])
    }

    /// Runs sopsh with this shell's state and configuration folders, so runs are journaled here.
    func sopsh(arguments: [String], stdin: String? = nil, timeout: Double = 20) throws -> SopshRun {
        try Sopsh.run(arguments, stdin: stdin, timeout: timeout,
                      environment: ["XDG_STATE_HOME": state, "XDG_CONFIG_HOME": folder + "/config"])
    }
}

// MARK: - Refusals

extension TrainingRunShell {
    /// A script whose last statement is refused, and what the refusal must say.
    struct Refused: CustomTestStringConvertible, Sendable {
        var name: String
        var statements: [String]
        var message: [String]
        var hint: [String]
        var testDescription: String { name }
    }

    static let refusals: [Refused] = [
        .init(name: "a role that is not the executor", statements: opening + ["as tim", "do"],
              message: ["Tim Pelaksana Fungsi UKPBJ does not carry out step 1: Kepala UKPBJ does"], hint: ["as kepala"]),
        .init(name: "a step that is not ready", statements: opening + ["as kepala", "do 3"],
              message: ["step 3 is not ready: case kasus1 is at step 1"], hint: ["step 1 (Kepala UKPBJ)"]),
        .init(name: "do on a decision", statements: seedStatements(2) + ["as kepala", "do"],
              message: ["step 3 is a decision: answer it with decide"], hint: ["menyetujui · perlu perbaikan"]),
        .init(name: "decide on a process step", statements: opening + ["as kepala", "decide menyetujui"],
              message: ["step 1 is not a decision: carry it out with do"], hint: []),
        .init(name: "an answer that does not exist", statements: seedStatements(2) + ["as kepala", "decide ditolak"],
              message: ["step 3 has no answer “ditolak”"], hint: ["menyetujui · perlu perbaikan"]),
        .init(name: "acting in a finished case", statements: seedStatements() + ["do"],
              message: ["case kasus1 has reached the end of the procedure"], hint: ["start a new case"]),
        .init(name: "no case started", statements: ["open \(Examples.seedYAML)", "as kepala", "do"],
              message: ["no case has been started"], hint: ["start"]),
        .init(name: "no role chosen", statements: opening + ["do"],
              message: ["you are not acting as any role yet"], hint: ["as ROLE", "kepala, sekretariat, tim, atasan"]),
        .init(name: "a draft SOP", statements: ["open \(Examples.seedText)", "start"],
              // The errors are what to fix, not alternatives; `check` lists all of them.
              message: ["the SOP is a draft with", "errors (`check` lists them): a case cannot run through it"], hint: []),
        .init(name: "unsaved changes", statements: ["open \(Examples.seedYAML)", "set-time 1 2 jam", "start"],
              message: ["has unsaved changes; a run follows the SOP as saved"], hint: ["save"]),
        .init(name: "a case that does not exist", statements: opening + ["switch kasus9"],
              message: ["there is no case named kasus9"], hint: ["kasus1"]),
        .init(name: "nothing to undo", statements: opening + ["undo", "undo"],
              message: ["there is nothing to undo"], hint: []),
    ]

    @Test(arguments: refusals)
    func aRefusedActionSaysWhyWhereAndWhatToDoInstead(_ refused: Refused) throws {
        let text = Self.script(refused.statements)
        let run = try RunShell().sopsh(text)
        #expect(run.status == 1, "\(run)")
        // The error points into the refused statement, the last one.
        let statement = (text.count - refused.statements.last!.count + 1)...text.count
        let column = run.stderr.split(separator: ":").dropFirst(2).first.flatMap { Int($0) }
        #expect(run.stderr.hasPrefix("-c:1:") && column.map(statement.contains) == true, "\(run)")
        let (message, hint) = Self.split(run.stderr)
        for part in refused.message { #expect(message.contains(part), "\(run)") }
        for part in refused.hint { #expect(hint.contains(part), "hint: \(hint)") }
    }

    /// The first line of an error and its hint.
    static func split(_ stderr: String) -> (message: String, hint: String) {
        let lines = stderr.split(separator: "\n").map(String.init)
        let hint = lines.first { $0.hasPrefix("  hint: ") }.map { String($0.dropFirst(8)) } ?? ""
        return (lines.first ?? "", hint)
    }

    @Test func aRefusedActionChangesNothing() throws {
        let shell = try RunShell()
        let run = try shell.sopsh(Self.script(Self.seedStatements(2) + ["status --json", "as tim", "do", "status --json"]), keepGoing: true)
        #expect(run.status == 1)
        #expect(run.jsonTexts.count == 2 && run.jsonTexts.first == run.jsonTexts.last, "\(run)")
    }

    @Test func aStepWithoutStandardTimeIsRefusedWithoutTookAndTakesTheTimeGiven() throws {
        let shell = try RunShell()
        let sop = shell.path("tanpa-waktu.yaml")
        let run = try shell.sopsh(Self.script(["open \(Examples.seedYAML)", "set-time 1 Sesuai kebutuhan", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                                               "as kepala", "do", "do --took 2h", "log --json"]), keepGoing: true)
        let (message, hint) = Self.split(run.stderr)
        #expect(message.contains("step 1 has no standard time (Sesuai kebutuhan): say how long it took"), "\(run)")
        #expect(hint.contains("--took"))
        let log = try #require(try run.jsonValues().last as? [[String: Any]])
        // 2 h from Mon 07:30; no standard, so no deviation.
        #expect(Self.rows(of: log) == ["1 kepala 2026-03-02T07:30→2026-03-02T09:30 -"])
        #expect(log.first?["standard"] as? String == "—" && log.first?["deviation"] as? Bool == false)
    }

    @Test func anAnswersBeginningIsEnoughAsDecideSays() throws {
        // `help decide`: ANSWER is the label, its number, or the label's beginning.
        let run = try RunShell().sopsh(Self.script(Self.seedStatements(2) + ["as kepala", "decide menyet", "status --json"]))
        #expect(run.status == 0, "\(run)")
        #expect((try? run.jsonValues().last as? [String: Any])??["step"] as? String == "5")
    }

    @Test func startWithUnsavedChangesIsRefusedAlsoWhileARunIsGoingOn() throws {
        let run = try RunShell().sopsh(Self.script(Self.opening + ["set-time 1 3 jam", "start kasus2 at 2026-03-02T07:30"]))
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("unsaved changes"), "\(run)")
    }

    @Test func aCaseStartedAfterOpeningAnotherSOPFollowsTheSOPThatIsOpen() throws {
        let run = try RunShell().sopsh(Self.script(Self.opening + ["open \(Examples.leaveRequest)", "start kasus2 at 2026-03-02T07:30", "status --json"]))
        if run.status == 0 {
            let status = try #require(try run.jsonValues().last as? [String: Any])
            // The leave request's first step is the employee's, not the seed's Kepala UKPBJ.
            #expect(status["waiting_for"] as? [String] == ["pegawai"], "\(run)")
        } else {
            #expect(run.stderr.contains("kebijakan-mutu-ukpbj"), "a refusal names the SOP the run follows: \(run)")
        }
    }

    @Test func aJointStepNeedsEachRolesPartAndMovesTheClockOnce() throws {
        // pengajuan-cuti-pegawai.yaml: step 7 (1-2 jam) is done by the employee and the superior.
        // 1: 15 m, 07:30–07:45. 2: 1 hari = 7.5 h from Mon 07:45: 7.25 h on Monday, 0.25 h on
        // Tuesday: 07:45. 3: 30 m → 08:15. 4: 1 h → 09:15. 5: 1 h → 10:15. 6: 30 m → 10:45.
        // 7: 2 h from 10:45: 1.25 h before lunch, 0.75 h after: 13:45.
        let statements = ["open \(Examples.leaveRequest)", "start kasus1 at 2026-03-02T07:30", "as pegawai", "do", "as atasan",
                          "decide disetujui", "as kepegawaian", "decide Ya", "do", "as pejabat", "do", "as kepegawaian", "do",
                          "as pegawai", "do", "who --json", "status --json", "do", "as atasan", "do", "log --json"]
        let run = try RunShell().sopsh(Self.script(statements), keepGoing: true)
        let values = try run.jsonValues()
        #expect(values.count == 3, "\(run)")
        let who = try #require(values.first as? [[String: Any]], "\(run)")
        #expect(who.first?["roles"] as? [String] == ["atasan"])
        let half = try #require(values.dropFirst().first as? [String: Any])
        #expect(half["clock"] as? String == "2026-03-03T10:45" && half["step"] as? String == "7")
        #expect(run.stderr.contains("has already done its part of the joint step 7"), "\(run)")
        let log = try #require(values.last as? [[String: Any]])
        #expect(Self.rows(of: log).last == "7 pegawai+atasan 2026-03-03T10:45→2026-03-03T13:45 -")
        #expect(log.filter { $0["step"] as? String == "7" }.count == 1)
    }
}

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
        #expect(run.stdout.contains("kasus1: Sen 2 Mar 2026 09:30"), "\(run)")
        let log = try #require(try run.jsonValues().last as? [[String: Any]])
        #expect(Self.rows(of: log) == ["1 kepala 2026-03-02T09:30→2026-03-02T10:30 -"])
    }

    @Test func roundTheClockEveryHourIsWorkingTime() throws {
        // Step 1 Mon 15:30–16:30; step 2's 8 jam run on through the evening to Tue 00:30.
        let rows = try Self.loggedRows(["calendar 24h", "open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T15:30",
                                        "as kepala", "do", "as tim", "do"])
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
        let rows = try Self.loggedRows(["calendar load examples/kalender-kantor-2026.yaml", "open \(Examples.seedYAML)",
                                        "start kasus1 at 2026-03-17T13:00", "as kepala", "do", "as tim", "do"])
        #expect(rows == ["1 kepala 2026-03-17T13:00→2026-03-17T14:00 -", "2 tim 2026-03-17T14:00→2026-03-25T14:30 -"])
    }

    @Test func aRangeTimeTakesItsUpperEnd() throws {
        let shell = try RunShell()
        let sop = shell.path("rentang.yaml")
        // 1-2 jam plans 2 h: Mon 08:30–10:30.
        let run = try shell.sopsh(Self.script(["open \(Examples.seedYAML)", "set-time 2 1-2 jam", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                                               "as kepala", "do", "as tim", "do", "log --json"]))
        let log = try #require(try run.jsonValues().last as? [[String: Any]], "\(run)")
        #expect(Self.rows(of: log).last == "2 tim 2026-03-02T08:30→2026-03-02T10:30 -")
        #expect(log.last?["deviation"] as? Bool == false)
    }

    @Test func aFinishedCaseStatesLeadTimeAndStandardInTheSameTerms() throws {
        let shell = try RunShell()
        let sop = shell.path("sehari.yaml")
        // Step 1 takes 1 hari (7.5 h) instead of 1 jam: the path's standard is
        // 7.5 + 8 + 1 + 8 + 1 + 1 + 1 + 8 + 8 + 1 + 8 + 1 + 1 = 54.5 h, and so is the lead time.
        let run = try shell.sopsh(Self.script(["open \(Examples.seedYAML)", "set-time 1 1 hari", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                                               "walk --answers 1,1,1,2", "status"]))
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
        let actions = [["as kepala", "do"], ["as tim", "do"], ["as kepala", "decide \"perlu perbaikan\""], ["wait 30m"],
                       ["calendar 24h"], ["as tim", "do --took 9h"]]
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
        let statements = Self.opening + ["start kasus2 at 2026-03-03T07:30", "cases --json", "as kepala", "todo --json",
                                         "switch kasus1", "do", "todo --json", "who --json", "status --json"]
        let run = try RunShell().sopsh(Self.script(statements))
        #expect(run.status == 0, "\(run)")
        let values = try run.jsonValues()
        let cases = try #require(values.first as? [[String: Any]])
        #expect(cases.map { "\($0["name"]!)\($0["current"]!)" } == ["kasus1", "kasus2*"])
        let before = try #require(values[1] as? [[String: Any]]), after = try #require(values[2] as? [[String: Any]])
        #expect(before.map { $0["case"] as? String } == ["kasus1", "kasus2"] && after.map { $0["case"] as? String } == ["kasus2"])
        let who = try #require(values[3] as? [[String: Any]])
        #expect(who.map { "\($0["case"]!) \($0["step"]!) \($0["names"]!)" } == ["kasus1 2 Tim Pelaksana Fungsi UKPBJ", "kasus2 1 Kepala UKPBJ"])
        let status = try #require(values.last as? [String: Any])
        #expect(status["name"] as? String == "kasus1" && status["clock"] as? String == "2026-03-02T08:30")
    }
}

// MARK: - The journal: a crash loses no completed action

extension TrainingRunShell {
    /// The statements up to and including the `count`-th action (start, do or decide) of the
    /// seed walk, and what sopsh prints once that action is done.
    static func statements(untilAction count: Int) -> (statements: [String], done: String, times: Int) {
        let all = seedStatements()
        var actions = 0
        for (index, statement) in all.enumerated() where statement.hasPrefix("start") || statement == "do" || statement.hasPrefix("decide") {
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
        let pid = try #require(FileManager.default.contents(atPath: pidFile).flatMap { Int32(String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) })
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
        #expect(torn.stdout.contains("⚠ the last line of \(shell.journal) was cut off"), "\(torn)")
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
        #expect(run.stderr.hasPrefix("\(shell.journal):3:1: error: line 3 of the run journal cannot be read"), "\(run)")
        #expect(run.stderr.contains("hint: "))
    }
}

// MARK: - Saved runs and the trainer's walk

extension TrainingRunShell {
    @Test func aSavedRunReplaysInAFreshSopshToTheSameLog() throws {
        let shell = try RunShell()
        let file = shell.path("latihan.run")
        let original = try shell.sopsh(Self.script(Self.seedStatements(9) + ["start kasus2 at 2026-03-03T07:30", "as kepala", "do",
                                                                             "undo", "wait 1h", "save-run \(file)", "log --all --json"]))
        #expect(original.status == 0, "\(original)")
        let replayed = try RunShell().sopsh("replay \(file); log --all --json")
        #expect(replayed.status == 0, "\(replayed)")
        #expect(replayed.jsonTexts.last == original.jsonTexts.last)
        #expect(replayed.stdout.contains("kasus1: step 3 decided “perlu perbaikan” by Kepala UKPBJ"), "\(replayed)")
    }

    @Test(arguments: [("waktu: 8 jam", "waktu: 9 jam"), ("pelaksana: tim", "pelaksana: sekretariat")])
    func replayingOnAChangedSOPIsRefusedWithAClearMessage(_ original: String, _ changed: String) throws {
        let shell = try RunShell()
        let sop = try shell.write(try String(contentsOfFile: Sopsh.root.appendingPathComponent(Examples.seedYAML).path, encoding: .utf8), to: "sop.yaml")
        let file = shell.path("latihan.run")
        let saved = try shell.sopsh(Self.script(["open \(sop)", "start kasus1 at 2026-03-02T07:30", "walk --answers 2,1,1,2", "save-run \(file)"]))
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
}
