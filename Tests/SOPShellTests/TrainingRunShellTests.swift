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
        .init(label: "12", role: "atasan", start: "2026-03-12T13:30", end: "2026-03-12T14:30")
    ]

    static let opening = ["open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T07:30"]

    /// The statements that open the seed, start kasus1 and play the first `count` actions of
    /// the walk, each as its role; `took` is added to the action at that position.
    static func seedStatements(_ count: Int = seedWalk.count, took: (Int, String)? = nil) -> [String] {
        opening
            + seedWalk.prefix(count).enumerated().flatMap { offset, action in
                ["as \(action.role)", action.statement + (took.flatMap { $0.0 == offset ? " --took \($0.1)" : nil } ?? "")]
            }
    }

    static func script(_ statements: [String]) -> String { statements.joined(separator: "; ") }

    /// `log --json` rows as "STEP ROLES START→END ANSWER", to compare with the walk.
    static func rows(of log: [[String: Any]]) -> [String] {
        log.map { row in
            let who = (row["who"] as? [String] ?? []).joined(separator: "+")
            return
                "\(row["step"] as? String ?? "?") \(who) \(row["start"] as? String ?? "?")→\(row["end"] as? String ?? "?") \(row["answer"] as? String ?? "-")"
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
        #expect(
            versions("rancangan kebijakan mutu dan layanan UKPBJ")
                == ["v1 2 2026-03-03T09:00", "v2 2 2026-03-04T10:30", "v3 2 2026-03-05T12:00"])
        #expect(versions("draft laporan pelaksanaan sosialisasi") == ["v1 10 2026-03-11T10:00", "v2 10 2026-03-12T11:30"])
        let status = try #require(values.last as? [String: Any])
        // 66 h of standard time on the path; Mon 07:30 → Thu next week 14:30 is 66 working hours.
        #expect(status["finished"] as? String == "2026-03-12T14:30")
        #expect(status["lead_time"] as? Double == 66 * 60 && status["standard_time"] as? Double == 66 * 60)
        #expect(status["overruns"] as? Double == 0 && status["exceeds_standard"] as? Bool == false)
        #expect(
            run.stderr.contains("kasus1: step 2 done by Tim Pelaksana Fungsi UKPBJ, Mon 2 Mar 2026 08:30 → Tue 3 Mar 2026 09:00 (8 jam)"))
        #expect(run.stderr.contains("the case is finished: lead time 66 jam of working time, standard 66 jam"))
    }

    @Test func aStepTakingLongerThanItsStandardIsFlaggedAndTheCaseExceedsTheStandard() throws {
        let nine = try #require(Self.seedWalk.firstIndex { $0.label == "9" })
        let run = try RunShell().sopsh(Self.script(Self.seedStatements(took: (nine, "9h")) + ["log --json", "status --json"]))
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("⚠ took 9 jam, longer than its Mutu Baku of 8 jam"), "\(run)")
        #expect(run.stderr.contains("⚠ the lead time exceeds"), "\(run)")
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
        #expect(
            qualifications.first?["kualifikasi"] as? [String]
                == [
                    "memahami regulasi PBJ", "memahami tugas dan fungsi UKPBJ",
                    "memahami jenis layanan serta komposisi dari standar layanan"
                ])
        #expect(step["persyaratan_kelengkapan"] as? String == "rancangan kebijakan mutu dan layanan UKPBJ")
        #expect(step["output"] as? String == "arahan atas rancangan kebijakan mutu dan layanan UKPBJ")
        #expect(step["waktu"] as? String == "1 jam")
        #expect(step["alur"] as? String == "menyetujui → 5 · perlu perbaikan → 2")
        let warnings = try #require(step["peringatan"] as? [String])
        #expect(warnings.count == 2 && warnings[1].hasPrefix("Segala bentuk penyimpangan atas mutu baku"))
    }

    @Test func whereMarksDoneStepsWithHowOftenAndTheCurrentOne() throws {
        // After two reworks the case is at step 3 for the third time; then it is approved.
        let run = try RunShell().sopsh(
            Self.script(Self.seedStatements(6) + ["where --json", "as kepala", "decide menyetujui", "where --json"]))
        let values = try run.jsonValues()
        func marks(_ value: Any) -> [String: String] {
            Dictionary(uniqueKeysWithValues: (value as? [[String: Any]] ?? []).map { ($0["nomor"] as! String, $0["mark"] as! String) })
        }
        #expect(values.count == 2, "\(run)")
        let before = marks(values.first as Any)
        let after = marks(values.last as Any)
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
        try Sopsh.run(
            arguments, stdin: stdin, timeout: timeout,
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
        .init(
            name: "a role that is not the executor", statements: opening + ["as tim", "do"],
            message: ["Tim Pelaksana Fungsi UKPBJ does not carry out step 1: Kepala UKPBJ does"], hint: ["as kepala"]),
        .init(
            name: "a step that is not ready", statements: opening + ["as kepala", "do 3"],
            message: ["step 3 is not ready: case kasus1 is at step 1"], hint: ["step 1 (Kepala UKPBJ)"]),
        .init(
            name: "do on a decision", statements: seedStatements(2) + ["as kepala", "do"],
            message: ["step 3 is a decision: answer it with decide"], hint: ["menyetujui · perlu perbaikan"]),
        .init(
            name: "decide on a process step", statements: opening + ["as kepala", "decide menyetujui"],
            message: ["step 1 is not a decision: carry it out with do"], hint: []),
        .init(
            name: "an answer that does not exist", statements: seedStatements(2) + ["as kepala", "decide ditolak"],
            message: ["step 3 has no answer “ditolak”"], hint: ["menyetujui · perlu perbaikan"]),
        .init(
            name: "acting in a finished case", statements: seedStatements() + ["do"],
            message: ["case kasus1 has reached the end of the procedure"], hint: ["start a new case"]),
        .init(
            name: "no case started", statements: ["open \(Examples.seedYAML)", "as kepala", "do"],
            message: ["no case has been started"], hint: ["start"]),
        .init(
            name: "no role chosen", statements: opening + ["do"],
            message: ["you are not acting as any role yet"], hint: ["as ROLE", "kepala, sekretariat, tim, atasan"]),
        .init(
            name: "a draft SOP", statements: ["open \(Examples.seedText)", "start"],
            // The errors are what to fix, not alternatives; `check` lists all of them.
            message: ["the SOP is a draft with", "errors (`check` lists them): a case cannot run through it"], hint: []),
        .init(
            name: "unsaved changes", statements: ["open \(Examples.seedYAML)", "set-time 1 2 jam", "start"],
            message: ["has unsaved changes; a run follows the SOP as saved"], hint: ["save"]),
        .init(
            name: "a case that does not exist", statements: opening + ["switch kasus9"],
            message: ["there is no case named kasus9"], hint: ["kasus1"]),
        .init(
            name: "nothing to undo", statements: opening + ["undo", "undo"],
            message: ["there is nothing to undo"], hint: [])
    ]

    @Test(arguments: refusals)
    func aRefusedActionSaysWhyWhereAndWhatToDoInstead(_ refused: Refused) throws {
        let text = Self.script(refused.statements)
        let run = try RunShell().sopsh(text)
        #expect(run.status == 1, "\(run)")
        // The error points into the refused statement, the last one.
        let statement = (text.count - refused.statements.last!.count + 1)...text.count
        let column = run.errorOutput.split(separator: ":").dropFirst(2).first.flatMap { Int($0) }
        #expect(run.errorOutput.hasPrefix("-c:1:") && column.map(statement.contains) == true, "\(run)")
        let (message, hint) = Self.split(String(run.errorOutput))
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
        let run = try shell.sopsh(
            Self.script([
                "open \(Examples.seedYAML)", "set-time 1 Sesuai kebutuhan", "save \(sop)", "start kasus1 at 2026-03-02T07:30",
                "as kepala", "do", "do --took 2h", "log --json"
            ]), keepGoing: true)
        let (message, hint) = Self.split(String(run.errorOutput))
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
        let run = try RunShell().sopsh(
            Self.script(Self.opening + ["open \(Examples.leaveRequest)", "start kasus2 at 2026-03-02T07:30", "status --json"]))
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
        let statements = [
            "open \(Examples.leaveRequest)", "start kasus1 at 2026-03-02T07:30", "as pegawai", "do", "as atasan",
            "decide disetujui", "as kepegawaian", "decide Ya", "do", "as pejabat", "do", "as kepegawaian", "do",
            "as pegawai", "do", "who --json", "status --json", "do", "as atasan", "do", "log --json"
        ]
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
