import Foundation
import Testing

/// `assign`, `link` and `set-time`: completing a draft at the prompt, and a failed edit
/// leaving the SOP exactly as it was.
@Suite struct EditingCommands {
    /// What the PDF's text lost, said at the prompt: the executors (the drawn symbols), the
    /// decisions' targets (the arrows) and step 12's time.
    static let completion = """
        assign 1 kepala; assign 2 tim; assign 3 kepala; assign 5 sekretariat
        assign 6 atasan; assign 7 atasan; assign 8 sekretariat
        assign 9 tim; assign 10 tim; assign 11 kepala; assign 12 atasan
        link 3 menyetujui 5
        link 3 "perlu perbaikan" 2
        link 6 menyetujui 7
        link 6 "perlu perbaikan" 2
        link 11 "perlu perbaikan" 10
        link 11 "melaporkan ke atasan Kepala UKPBJ" 12
        set-time 12 "1 jam"
        """

    /// One step's row of `steps --json` in `run`'s `index`th JSON value.
    func row(_ number: String, in run: SopshRun, value index: Int = 0) throws -> [String: Any] {
        let values = try run.jsonValues()
        try #require(index < values.count, "\(run)")
        let steps = try #require(values[index] as? [[String: Any]])
        return try #require(steps.first { $0["nomor"] as? String == number })
    }

    @Test func completingTheSeedsTableTextAtThePromptGivesTheExample() throws {
        try TemporaryFolder.with { folder in
            let saved = folder.path("x.yaml")
            let session = try Sopsh.run("open \(Examples.seedText)\n\(Self.completion)\ncheck --json\nsave \(saved)")
            #expect(session.status == 0, "\(session)")
            let findings = try #require(try session.jsonValues().last as? [[String: Any]], "\(session)")
            let errors = findings.filter { $0["severity"] as? String == "error" }
            #expect(errors.isEmpty, "check still finds: \(errors.map { $0["message"] ?? "" })")

            let views = "steps --json; info --json; roles --json"
            let reopened = try Sopsh.run("open \(saved) --json; \(views)")
            let example = try Sopsh.run("open \(Examples.seedYAML); \(views)")
            let opened = try #require(try reopened.jsonValues().first as? [String: Any], "\(reopened)")
            #expect(opened["errors"] as? Int == 0)
            let names = ["steps", "info", "roles"]
            for (name, (mine, expected)) in zip(names, zip(reopened.jsonTexts.dropFirst(), example.jsonTexts)) {
                #expect(mine == expected, "\(name) --json of the completed seed differs from the example's")
            }
            #expect(reopened.jsonTexts.count == 4)
        }
    }

    @Test func assignReplacesTheExecutorsByIdNameOrPrefixWithoutRepeats() throws {
        let run = try Sopsh.run(
            """
            open \(Examples.seedYAML)
            assign 1 "Tim Pelaksana Fungsi UKPBJ"
            assign 2 kepala TIM kepala
            assign 5 sek
            assign 7 "atasan kepala ukpbj"
            steps --json
            """)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("Step 2: Kepala UKPBJ + Tim Pelaksana Fungsi UKPBJ"))
        #expect(try row("1", in: run)["pelaksana"] as? [String] == ["tim"])
        #expect(try row("2", in: run)["pelaksana"] as? [String] == ["kepala", "tim"])
        #expect(try row("5", in: run)["pelaksana"] as? [String] == ["sekretariat"])
        #expect(try row("7", in: run)["pelaksana"] as? [String] == ["atasan"])
    }

    @Test func linkLeadsAnAnswerNamedByLabelOrPositionToAStepOrTheEnd() throws {
        let run = try Sopsh.run(
            """
            open \(Examples.seedYAML)
            link 3 2 1
            link 3 menyetujui selesai
            link 11 "melaporkan ke atasan kepala ukpbj" 9
            steps --json
            """)
        #expect(run.status == 0, "\(run)")
        #expect(try row("3", in: run)["alur"] as? String == "menyetujui → selesai · perlu perbaikan → 1")
        #expect(try row("11", in: run)["alur"] as? String == "perlu perbaikan → 10 · melaporkan ke atasan Kepala UKPBJ → 9")
    }

    @Test func linkOfAProcessStepSetsWhereItsFlowGoes() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); link 9 12; link 12 selesai; steps --json")
        #expect(run.status == 0, "\(run)")
        let nine = try row("9", in: run)
        #expect(nine["lanjut_ke"] as? String == "12")
        #expect(nine["alur"] as? String == "→ 12")
        #expect(run.stderr.contains("Step 9: → 12"))
    }

    @Test(arguments: [
        ("\"1 jam 30 menit\"", "1 jam 30 menit"), ("2 hari kerja", "2 hari kerja"),
        ("90m", "1 jam 30 menit"), ("\"Sesuai kebutuhan\"", "Sesuai kebutuhan"), ("1-2 jam", "1-2 jam")
    ])
    func setTimeKeepsTheTimeAsWritten(_ typed: String, _ kept: String) throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); set-time 12 \(typed); steps --json")
        #expect(run.status == 0, "\(run)")
        #expect(try row("12", in: run)["waktu"] as? String == kept)
        #expect(run.stderr.contains("Step 12: \(kept)"))
    }

    /// A time in the short form scripts use is written in the SOP's own words, with its days
    /// as the document writes them; a time in words, abbreviated or not, stays as typed.
    @Test(arguments: [
        (Examples.seedYAML, "1h30m", "1 jam 30 menit"), (Examples.seedYAML, "1.5h", "1 jam 30 menit"),
        (Examples.seedYAML, "45m", "45 menit"), (Examples.seedYAML, "2d", "2 hari"), (Examples.seedYAML, "1-2h", "1-2 jam"),
        (Examples.seedYAML, "30m-1h", "30 menit - 1 jam"), (Examples.informationRequest, "2d", "2 hari kerja"),
        (Examples.seedYAML, "15 mnt", "15 mnt"), (Examples.seedYAML, "\"1,5 JAM\"", "1,5 JAM")
    ])
    func setTimeWritesAShortFormInTheDocumentsWords(_ file: String, _ typed: String, _ stored: String) throws {
        let run = try Sopsh.run("open \(file); set-time 2 \(typed); steps --json")
        #expect(run.status == 0, "\(run)")
        #expect(try row("2", in: run)["waktu"] as? String == stored)
        #expect(run.stderr.contains("Step 2: \(stored)"))
    }

    @Test func failedEditsWithKeepGoingLeaveTheStepAsItWas() throws {
        let run = try Sopsh.run(
            """
            open \(Examples.seedYAML)
            steps --json
            assign 3 tim nobody
            link 3 menyetujui 99
            link 3 ditolak 2
            set-time 3 "dua jam"
            assign 99 tim
            steps --json
            """, keepGoing: true)
        #expect(run.status == 1)
        #expect(run.stderr.components(separatedBy: "error:").count - 1 == 5, "\(run)")
        let texts = run.jsonTexts
        try #require(texts.count == 2, "\(run)")
        #expect(texts[0] == texts[1], "the steps changed although every edit failed")
    }

    @Test func anEditThatFailsHalfwayChangesNothing() throws {
        // `tim` is valid and would be assigned before `nobody` is found to be unknown.
        let run = try Sopsh.run(
            "open \(Examples.seedYAML); assign 3 tim nobody; open \(Examples.leaveRequest)",
            keepGoing: true)
        #expect(run.status == 1)
        #expect(!run.stderr.contains("unsaved changes"), "the failed assign left a change behind: \(run)")
        #expect(run.stderr.contains("Opened \(Examples.leaveRequest)"))
    }
}
