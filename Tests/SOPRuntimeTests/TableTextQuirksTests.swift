import Foundation
import SOPRuntime
import Testing

/// A table text with the standard's two-row header for `roles`, then `rows` (each a list of
/// cells, joined by tabs as extraction writes them). The header takes lines 1 and 2, so the
/// first row is line 3.
private func tableText(roles: [String], rows: [[String]]) -> String {
    let pelaksana = ["Pelaksana"] + Array(repeating: "", count: roles.count - 1)
    let header = [
        ["No.", "Uraian Kegiatan"] + pelaksana + ["Mutu Baku", "", "", "Keterangan"],
        ["", ""] + roles + ["Persyaratan/ Kelengkapan", "Waktu", "Output", ""]
    ]
    return (header + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n")
}

/// A data row with one mark cell per role.
private func row(_ number: String, _ activity: String, marks: [String]) -> [String] {
    [number, activity] + marks + ["", "1 jam", "hasil", ""]
}

private func read(roles: [String] = ["Kepala Bagian", "Staf Pelaksana"], _ rows: [[String]]) throws -> LoadedSOP {
    try TableTextImporter.read(tableText(roles: roles, rows: rows), file: "test.txt")
}

/// The 1-based column where `part` starts in the line `cells` make.
private func column(of part: String, in cells: [String]) -> Int? {
    let line = cells.joined(separator: "\t")
    return line.range(of: part).map { line.distance(from: line.startIndex, to: $0.lowerBound) + 1 }
}

/// The seed's table text with each data row's role cells marked as `mark(step, role index)` says.
private func markedSeed(_ mark: (String, Int) -> Bool) throws -> String {
    let text = try Examples.text("kebijakan-mutu-ukpbj.txt")
    return text.components(separatedBy: "\n").map { line in
        var cells = line.components(separatedBy: "\t")
        guard cells.count == 10, Int(cells[0]) != nil else { return line }
        for role in 0..<4 where mark(cells[0], role) { cells[2 + role] = "X" }
        return cells.joined(separator: "\t")
    }.joined(separator: "\n")
}

@Suite("TableTextQuirks")
struct TableTextQuirksTests {
    // MARK: The activity names another role than the one marked

    @Test func anActivityNamingARoleOtherThanTheMarkedOneIsWarnedAndTheMarkWins() throws {
        let cells = row("1", "Kepala Bagian menandatangani surat", marks: ["", "X"])
        let loaded = try read([cells])
        #expect(loaded.sop.steps[0].executors == ["staf"], "the mark wins")
        #expect(loaded.sop.steps[0].activity == "Kepala Bagian menandatangani surat", "the text is kept as written")
        #expect(loaded.diagnostics.map(\.code) == [.importActorMismatch])
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.subject == "step 1")
        #expect(warning.location == SourceLocation(file: "test.txt", line: 3, column: try #require(column(of: "Kepala Bagian", in: cells))))
        #expect(warning.message.contains("\"Kepala Bagian\" (kepala)"))
        #expect(warning.message.contains("Staf Pelaksana (staf)"))
        #expect(warning.hint?.contains("`assign 1 kepala`") == true)
    }

    @Test(arguments: [
        ("Kepala Bagian menandatangani surat", ["X", ""]),  // the named role is the marked one
        ("kepala bagian menandatangani surat", ["X", ""]),  // whatever the case
        ("Staf mengetik konsep", ["", "X"]),  // named by its id
        ("Kepala Bagian dan staf rapat", ["X", "X"]),  // a joint step that includes it
        ("Menyerahkan surat kepada Kepala Bagian", ["", "X"]),  // a role as object, not subject
        ("Stafnya mengetik konsep", ["X", ""]),  // not the whole word
        ("Kepala Bagian", ["", "X"]),  // no verb after the name
        ("Kepala Seksi memaraf", ["", "X"]),  // another Kepala: no verb after `kepala`
        ("Staf Keuangan mengetik konsep", ["X", ""]),  // another Staf
        ("Kepala Bagian diberi laporan", ["", "X"])  // a passive verb's subject is not its actor
    ])
    func noDisagreementIsReportedWhereThereIsNone(_ activity: String, _ marks: [String]) throws {
        let loaded = try read([row("1", activity, marks: marks)])
        #expect(loaded.diagnostics.with(code: .importActorMismatch).isEmpty, "\(loaded.diagnostics)")
    }

    @Test func aRoleNamedByItsIdIsADisagreementToo() throws {
        let loaded = try read([row("2", "Staf mengetik konsep", marks: ["X", ""])])
        let warning = try #require(loaded.diagnostics.with(code: .importActorMismatch).first)
        #expect(warning.message.contains("\"Staf\" (staf)"))
        #expect(warning.hint?.contains("`assign 2 staf`") == true)
    }

    @Test func withoutAnyMarkTheTextIsNotComparedWithAnything() throws {
        let loaded = try read([row("1", "Kepala Bagian menandatangani surat", marks: ["", ""])])
        #expect(loaded.diagnostics.map(\.code) == [.importNoExecutorMarks])
    }

    @Test func theLongestRoleNameAtTheStartIsTheOneNamed() throws {
        let roles = ["Kepala Bagian", "Kepala Subbagian", "Staf"]
        let agreeing = try read(roles: roles, [row("1", "Kepala Subbagian memaraf konsep", marks: ["", "X", ""])])
        #expect(agreeing.sop.roles.map(\.id) == ["kepala", "kepala-subbagian", "staf"])
        #expect(agreeing.diagnostics.isEmpty, "\(agreeing.diagnostics)")
        let disagreeing = try read(roles: roles, [row("1", "Kepala Subbagian memaraf konsep", marks: ["X", "", ""])])
        let warning = try #require(disagreeing.diagnostics.with(code: .importActorMismatch).first)
        #expect(warning.message.contains("\"Kepala Subbagian\" (kepala-subbagian)"))
    }

    @Test func anUnnumberedStepsHintSaysToMoveTheMarkWithoutAnAssignCommand() throws {
        let loaded = try read([row("1", "Menyusun", marks: ["", "X"]), row("", "Kepala Bagian memaraf", marks: ["", "X"])])
        let warning = try #require(loaded.diagnostics.with(code: .importActorMismatch).first)
        #expect(warning.subject == "the unnumbered step at row 2")
        #expect(warning.hint?.contains("mark that role's column") == true)
        #expect(warning.hint?.contains("assign") == false)
    }

    /// However the seed's columns are marked, its activities (verb phrases, with Kepala UKPBJ
    /// only as an object in step 11's answer) never name a subject.
    @Test(arguments: 0..<4)
    func theSeedMarkedInAnyOneColumnGainsNoDisagreement(_ role: Int) throws {
        let loaded = try TableTextImporter.read(try markedSeed { _, column in column == role }, file: "seed.txt")
        #expect(loaded.sop.steps.allSatisfy { $0.executors.count == 1 })
        #expect(
            loaded.diagnostics.map(\.code.rawValue).sorted() == [
                "import.decision-targets", "import.decision-without-activity",
                "import.decision-without-activity"
            ])
    }

    @Test func theSeedMarkedAsItsCompletedExampleImportsAsThatExample() throws {
        let example = try Examples.load(Examples.seed).sop
        let roles = example.roles.map(\.id)
        let text = try markedSeed { step, column in
            example.step(StepNumber(Int(step)!))?.executors.contains(roles[column]) == true
        }
        let loaded = try TableTextImporter.read(text, file: "seed.txt")
        #expect(loaded.sop.steps.map(\.executors) == example.steps.map(\.executors))
        #expect(loaded.diagnostics.with(code: .importActorMismatch).isEmpty)
        #expect(loaded.diagnostics.count == 3, "\(loaded.diagnostics)")
    }

    // MARK: A decision with one answer

    @Test func aDecisionWithOneAnswerIsReadAsAProcessStepAndWarned() throws {
        let cells = row("1", "Memeriksa berkas 1. Ya", marks: ["X", ""])
        let loaded = try read([cells])
        let step = loaded.sop.steps[0]
        #expect(!step.isDecision)
        #expect(Array(step.activity.utf8) == Array("Memeriksa berkas 1. Ya".utf8), "the text is kept byte for byte")
        #expect(loaded.diagnostics.map(\.code) == [.importSingleAnswer])
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "test.txt", line: 3, column: try #require(column(of: "1. Ya", in: cells))))
        #expect(warning.message.contains("\"Ya\""))
        #expect(warning.message.contains("at least two answers"))
        #expect(warning.hint?.contains("\"Memeriksa berkas 1. Ya 2. …\"") == true)
    }

    @Test func anActivityThatIsOnlyOneAnswerIsWarnedAtItsStart() throws {
        let loaded = try read([row("3", "1) menyetujui", marks: ["X", ""])])
        let warning = try #require(loaded.diagnostics.with(code: .importSingleAnswer).first)
        #expect(warning.location?.column == "3\t".count + 1)
        #expect(warning.subject == "step 3")
    }

    @Test(arguments: [
        "Memeriksa berkas 1. lengkap 2. tidak lengkap", "Menyusun laporan triwulan 1", "Mengisi formulir 3.1",
        "Memeriksa berkas 1.", "Menyimpan arsip tahun 2024. Selesai"
    ])
    func noSingleAnswerWhereThereIsNotExactlyOne(_ activity: String) throws {
        let loaded = try read([row("1", activity, marks: ["X", ""])])
        #expect(loaded.diagnostics.with(code: .importSingleAnswer).isEmpty, "\(loaded.diagnostics)")
    }

    @Test func aSecondAnswerOnAWrappedLineMakesTheDecisionWithoutAWarning() throws {
        let loaded = try read([row("1", "Memeriksa berkas 1. lengkap", marks: ["X", ""]), ["", "2. tidak lengkap", "", "", "", "", "", ""]])
        #expect(loaded.sop.steps[0].decision?.answers.map(\.label) == ["lengkap", "tidak lengkap"])
        #expect(loaded.diagnostics.with(code: .importSingleAnswer).isEmpty)
    }

    // MARK: Alternatives written A/B

    @Test func alternativesInARoleCellAreNamedAsSuchAndMarkTheColumnsRole() throws {
        let cells = row("1", "Memaraf konsep", marks: ["Kasubag/Kabag", ""])
        let loaded = try read([cells])
        #expect(loaded.sop.steps[0].executors == ["kepala"])
        #expect(loaded.diagnostics.map(\.code) == [.importAlternativeRoles], "not the generic role-cell-text warning")
        let warning = try #require(loaded.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message.contains("\"Kasubag/Kabag\""))
        #expect(warning.hint?.contains("Keterangan") == true)
        #expect(warning.location == SourceLocation(file: "test.txt", line: 3, column: try #require(column(of: "Kasubag/Kabag", in: cells))))
    }

    @Test(arguments: ["Pak Budi", "X/✓", "paraf"])
    func otherTextInARoleCellKeepsTheGenericWarning(_ text: String) throws {
        let loaded = try read([row("1", "Memaraf konsep", marks: [text, ""])])
        #expect(loaded.diagnostics.map(\.code) == [.importRoleCellText])
    }

    @Test func aRoleColumnHeadedWithAlternativesIsOneRoleWithANote() throws {
        let loaded = try read(roles: ["Kasubag/Kabag", "Staf"], [row("1", "Memaraf konsep", marks: ["X", ""])])
        #expect(loaded.sop.roles.map(\.name) == ["Kasubag/Kabag", "Staf"])
        #expect(loaded.sop.roles.map(\.id) == ["kasubag", "staf"])
        #expect(loaded.diagnostics.map(\.code) == [.importAlternativeRoles])
        let note = try #require(loaded.diagnostics.first)
        #expect(note.severity == .note)
        #expect(note.subject == "role kasubag")
        #expect(note.location == SourceLocation(file: "test.txt", line: 2, column: 3))
        #expect(note.hint?.contains("Keterangan") == true)
    }

    @Test func eitherAlternativeOfARoleHeadingNamesThatRoleInTheText() throws {
        let roles = ["Kasubag/Kabag", "Staf"]
        let agreeing = try read(roles: roles, [row("1", "Kabag menandatangani surat", marks: ["X", ""])])
        #expect(agreeing.diagnostics.with(code: .importActorMismatch).isEmpty)
        let disagreeing = try read(roles: roles, [row("1", "Kabag menandatangani surat", marks: ["", "X"])])
        #expect(disagreeing.diagnostics.with(code: .importActorMismatch).first?.message.contains("\"Kabag\" (kasubag)") == true)
    }

    @Test func alternativesAsTheActivitysSubjectDisagreeOnlyWhenNeitherIsMarked() throws {
        let roles = ["Kasubag", "Kabag", "Staf"]
        let neither = try read(roles: roles, [row("1", "Kasubag/Kabag memaraf konsep", marks: ["", "", "X"])])
        let warning = try #require(neither.diagnostics.with(code: .importActorMismatch).first)
        #expect(warning.message.contains("\"Kasubag/Kabag\" (kasubag/kabag)"))
        let one = try read(roles: roles, [row("1", "Kasubag / Kabag memaraf konsep", marks: ["", "X", ""])])
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics)")
        let unknown = try read(roles: roles, [row("1", "Kasubag/Sekretaris memaraf konsep", marks: ["", "", "X"])])
        #expect(unknown.diagnostics.isEmpty, "an alternative that is no role of the table: the text cannot tell who is meant")
    }
}
