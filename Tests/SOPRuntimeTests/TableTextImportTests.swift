import Foundation
import SOPRuntime
import Testing

/// The seed as PDF extraction gave it, imported.
private func importSeed() throws -> (LoadedSOP, text: String) {
    let name = "kebijakan-mutu-ukpbj.txt"
    let text = try Examples.text(name)
    return (try TableTextImporter.read(text, file: Examples.path(name)), text)
}

/// A table text with the standard's two-row header for `roles`, under `cover`, then `rows`
/// (each a list of cells, joined by tabs as extraction writes them).
private func tableText(cover: [String] = [], roles: [String] = ["Kepala Bagian", "Staf Pelaksana"], rows: [[String]]) -> String {
    let pelaksana = ["Pelaksana"] + Array(repeating: "", count: roles.count - 1)
    let header = [
        ["No.", "Uraian Kegiatan"] + pelaksana + ["Mutu Baku", "", "", "Keterangan"],
        ["", ""] + roles + ["Persyaratan/ Kelengkapan", "Waktu", "Output", ""]
    ]
    return (cover + (header + rows).map { $0.joined(separator: "\t") }).joined(separator: "\n")
}

/// A data row for the two-role table of `tableText`.
private func row(
    _ number: String, _ activity: String, marks: [String] = ["", ""], needs: String = "",
    time: String = "1 jam", output: String = "hasil", notes: String = ""
) -> [String] {
    [number, activity] + marks + [needs, time, output, notes]
}

private func read(_ text: String) throws -> LoadedSOP {
    try TableTextImporter.read(text, file: "test.txt")
}

/// A fixed sequence of pseudo-random numbers, so that a test's random text is the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 11 ^ state << 29
    }
}

/// The error `read` throws for `text`, or nil when it reads.
private func readError(_ text: String) -> SOPReadError? {
    do {
        _ = try TableTextImporter.read(text, file: "test.txt")
        return nil
    } catch {
        return error
    }
}

@Suite("TableTextImport")
struct TableTextImportTests {
    // MARK: The seed

    @Test func seedKeepsTheStepNumbersAsWrittenWithTheGapAtFour() throws {
        let (loaded, _) = try importSeed()
        #expect(loaded.sop.steps.map(\.label) == ["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"])
    }

    @Test func seedRolesComeInColumnOrderWithShortIDs() throws {
        let (loaded, _) = try importSeed()
        let roles = loaded.sop.roles
        #expect(roles.map(\.name) == ["Kepala UKPBJ", "Sekretariat UKPBJ", "Tim Pelaksana Fungsi UKPBJ", "Atasan Kepala UKPBJ"])
        #expect(roles.map(\.id) == ["kepala", "sekretariat", "tim", "atasan"])
        #expect(roles.allSatisfy { $0.staff == 1 })
    }

    @Test func seedDecisionsAreReadFromTheNumberedAnswersInTheActivity() throws {
        let (loaded, _) = try importSeed()
        let sop = loaded.sop
        #expect(sop.steps.filter(\.isDecision).map(\.label) == ["3", "6", "11"])
        #expect(sop.step(StepNumber(3))?.decision?.answers.map(\.label) == ["menyetujui", "perlu perbaikan"])
        #expect(sop.step(StepNumber(3))?.activity == "")
        #expect(sop.step(StepNumber(11))?.activity == "")
        #expect(sop.step(StepNumber(6))?.activity == "Menerima laporan rancangan standar mutu dan kebijakan layanan")
        #expect(sop.step(StepNumber(6))?.decision?.answers.map(\.label) == ["menyetujui", "perlu perbaikan"])
        #expect(sop.step(StepNumber(11))?.decision?.answers.map(\.label) == ["perlu perbaikan", "melaporkan ke atasan Kepala UKPBJ"])
        #expect(sop.steps.compactMap(\.decision).flatMap(\.answers).allSatisfy { $0.target == nil })
    }

    @Test func seedTimesAreParsedAndTheLastStepHasNoTimeOrOutput() throws {
        let (loaded, _) = try importSeed()
        let sop = loaded.sop
        #expect(sop.step(StepNumber(1))?.time.upperBound == .hours(1))
        #expect(sop.step(StepNumber(2))?.time.upperBound == .hours(8))
        #expect(sop.step(StepNumber(12))?.time.amount == .unspecified)
        #expect(sop.step(StepNumber(12))?.output == "")
        #expect(sop.step(StepNumber(12))?.requirements == "laporan pelaksanaan sosialisasi")
        #expect(sop.step(StepNumber(10))?.requirements == "Hasil pelaksanaan sosialisasi")
        #expect(sop.step(StepNumber(9))?.output == "laporan sosialisasi standar kebijakan mutu dan layanan UKPBJ")
        #expect(sop.steps.allSatisfy { $0.executors.isEmpty && $0.notes.isEmpty })
    }

    @Test func seedCoverFillsEveryIdentityField() throws {
        let (loaded, _) = try importSeed()
        let identity = loaded.sop.identity
        #expect(identity.organisation == ["Kementerian Pelindungan Pekerja Migran Indonesia", "Biro Keuangan dan Umum"])
        #expect(identity.number == "B278/02.02/OT.02.01/II/2025")
        #expect(identity.createdOn == "21 Februari 2025")
        #expect(identity.revisedOn == "")
        #expect(identity.effectiveOn == "21 Februari 2025")
        #expect(
            identity.approver
                == Approver(
                    position: "Kepala Biro Keuangan dan Umum", name: "Dr. Ramadhan NA, M.Si",
                    nip: "19810708 200604 1 013"))
        #expect(identity.title == "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ")
        #expect(identity.legalBasis.count == 5)
        #expect(identity.legalBasis.first == "Undang-Undang Republik Indonesia Nomor 25 Tahun 2009 tentang Pelayanan Publik")
        #expect(
            identity.legalBasis.last
                == "Permen PANRB No. 35 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan.")
        #expect(
            identity.relatedSOPs == [
                "SOP Distribusi personil UKPBJ", "SOP Pengelolaan Kepuasan Pengguna Layanan",
                "SOP Pengelolaan Permasalahan dan Permintaan Layanan"
            ])
        #expect(identity.equipment == ["Komputer/scanner/printer", "Jaringan Internet", "Regulasi terkait PBJ", "Panduan Pengguna SPSE"])
        #expect(identity.warnings.count == 2)
        #expect(identity.warnings.first == "Pelaksana bertanggung jawab atas pelaksanaan aktivitas yang telah dibakukan dan ditetapkan.")
        #expect(identity.records.isEmpty)
    }

    @Test func seedQualificationGroupsGoToTheRolesTheyName() throws {
        let (loaded, _) = try importSeed()
        let sop = loaded.sop
        #expect(
            sop.role(id: "kepala")?.qualifications == [
                "memahami regulasi PBJ", "memahami tugas dan fungsi UKPBJ", "memahami jenis layanan serta komposisi dari standar layanan"
            ])
        #expect(sop.role(id: "sekretariat")?.qualifications == ["mengetahui regulasi PBJ", "memahami tugas dan fungsi UKPBJ"])
        #expect(sop.role(id: "tim")?.qualifications == ["memahami regulasi PBJ", "memahami tugas dan fungsi UKPBJ"])
        #expect(sop.role(id: "atasan")?.qualifications == ["memiliki kemampuan manajemen dalam menjalankan organisasi"])
    }

    @Test func seedStepsAreLocatedAtTheirRowsAndCells() throws {
        let (loaded, text) = try importSeed()
        let lines = text.components(separatedBy: "\n")
        for (index, step) in zip(loaded.sop.stepIndices, loaded.sop.steps) {
            let location = try #require(loaded.sourceMap.location(of: .step(index, nil)))
            #expect(location.column == 1)
            #expect(lines[location.line - 1].hasPrefix(step.label + "\t"))
            let activity = try #require(loaded.sourceMap.location(of: .step(index, .activity)))
            #expect(activity.line == location.line)
            #expect(activity.column == step.label.count + 2)
        }
        let time = try #require(loaded.sourceMap.location(of: .step(.at(1), .time)))
        let timeLine = lines[time.line - 1]
        #expect(timeLine.dropFirst(time.column - 1).hasPrefix("8 jam"))
    }

    @Test func seedIdentityFieldsAndRolesAreLocated() throws {
        let (loaded, text) = try importSeed()
        let map = loaded.sourceMap
        #expect(map.location(of: .identity(.number))?.line == position(of: "Nomor SOP", in: text)?.line)
        #expect(map.location(of: .identity(.approver))?.line == position(of: "Disahkan oleh", in: text)?.line)
        #expect(map.location(of: .identity(.organisation))?.line == position(of: "Kementerian", in: text)?.line)
        let tim = try #require(map.location(of: .role(2, nil)))
        #expect(tim.line == position(of: "Tim Pelaksana Fungsi UKPBJ\t", in: text)?.line)
        #expect(tim.column == position(of: "Tim Pelaksana Fungsi UKPBJ\t", in: text)?.column)
        #expect(map.location(of: .role(3, .qualifications))?.line == position(of: "4. Atasan Kepala UKPBJ:", in: text)?.line)
    }

    @Test func seedGivesOneNoteForTheLostMarksOneForTheLostArrowsAndOneForEachLostQuestion() throws {
        let (loaded, text) = try importSeed()
        let diagnostics = loaded.diagnostics
        #expect(diagnostics.allSatisfy { $0.code.rawValue.hasPrefix("import.") && $0.severity == .note && $0.location != nil })
        let marks = try #require(diagnostics.with(code: .importNoExecutorMarks).first)
        #expect(diagnostics.with(code: .importNoExecutorMarks).count == 1)
        #expect(marks.hint?.contains("assign") == true)
        let targets = diagnostics.with(code: .importDecisionTargets)
        #expect(targets.count == 1)
        #expect(targets.first?.message.contains("3, 6 and 11") == true)
        #expect(targets.first?.hint?.contains("link STEP ANSWER TARGET") == true)
        let lostVerbs = diagnostics.with(code: .importDecisionWithoutActivity)
        #expect(lostVerbs.map(\.subject) == ["step 3", "step 11"])
        #expect(lostVerbs.first?.location?.line == position(of: "3\t1. menyetujui", in: text)?.line)
        #expect(lostVerbs.last?.hint?.contains("1. perlu perbaikan 2. melaporkan ke atasan Kepala UKPBJ") == true)
        #expect(diagnostics.count == 4, "\(diagnostics)")
    }

    // MARK: Cover

    @Test func coverLabelsAreReadWhateverTheirCaseSpacingAndRenaming() throws {
        let cover = [
            "Biro Umum", "NAMA SOP   :Pengelolaan Arsip", "tanggal pengesahan: 2 Januari 2024",
            "Kualifikasi Pelaksanaan:", "1. Kepala Bagian:", "a. memahami kearsipan", "Peralatan / Perlengkapan :  1. Komputer"
        ]
        let loaded = try read(tableText(cover: cover, rows: [row("1", "Mengarsipkan", marks: ["X", ""])]))
        #expect(loaded.sop.identity.organisation == ["Biro Umum"])
        #expect(loaded.sop.identity.title == "Pengelolaan Arsip")
        #expect(loaded.sop.identity.effectiveOn == "2 Januari 2024")
        #expect(loaded.sop.identity.equipment == ["Komputer"])
        #expect(loaded.sop.roles.first?.qualifications == ["memahami kearsipan"])
    }

    @Test func qualificationGroupNamingNoRoleIsAWarningAtItsLine() throws {
        let cover = ["Kualifikasi Pelaksana :", "1. Kepala Bagian:", " - a. memahami kearsipan", "2. Bendahara:", " - a. memahami keuangan"]
        let loaded = try read(tableText(cover: cover, rows: [row("1", "Mengarsipkan", marks: ["X", ""])]))
        let warning = try #require(loaded.diagnostics.with(code: .importUnknownQualificationRole).first)
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 4)
        #expect(warning.message.contains("Bendahara"))
        #expect(loaded.sop.roles.map(\.qualifications) == [["memahami kearsipan"], []])
    }

    @Test func approverRecordsAndStrayLinesAreReadOrReported() throws {
        let cover = [
            "Disahkan oleh :", "Kepala Biro", "Umum", "", "Budi, S.H.", "NIP. 19700101 199003 1 001", "Pembina Utama",
            "Pencatatan dan Pendataan :", "1. Buku agenda", "   disimpan di arsip", "2. Berkas digital"
        ]
        let loaded = try read(tableText(cover: cover, rows: [row("1", "Mengarsipkan", marks: ["X", ""])]))
        #expect(loaded.sop.identity.approver == Approver(position: "Kepala Biro Umum", name: "Budi, S.H.", nip: "19700101 199003 1 001"))
        #expect(loaded.sop.identity.records == ["Buku agenda disimpan di arsip", "Berkas digital"])
        let stray = try #require(loaded.diagnostics.with(code: .importUnreadLine).first)
        #expect(stray.severity == .warning)
        #expect(stray.location?.line == 7)
        #expect(
            loaded.diagnostics.with(code: .importWrappedItem).first?.location == SourceLocation(file: "test.txt", line: 10, column: 4))
    }

    @Test func qualificationsNamingNoRoleGoToEveryRoleWithANote() throws {
        let cover = ["Kualifikasi Pelaksana :", "1. Memahami tata naskah dinas"]
        let loaded = try read(tableText(cover: cover, rows: [row("1", "Mengarsipkan", marks: ["X", ""])]))
        #expect(loaded.sop.roles.map(\.qualifications) == [["Memahami tata naskah dinas"], ["Memahami tata naskah dinas"]])
        #expect(loaded.diagnostics.with(code: .importSharedQualifications).first?.location?.line == 2)
    }

    // MARK: Table quirks

    @Test func sdaCopiesTheCellAboveWithANote() throws {
        let loaded = try read(
            tableText(rows: [
                row("1", "Menyusun draf", marks: ["X", ""], needs: "surat masuk"),
                row("2", "Memeriksa draf", marks: ["X", ""], needs: "s.d.a")
            ]))
        #expect(loaded.sop.steps[1].requirements == "surat masuk")
        let note = try #require(loaded.diagnostics.with(code: .importSDA).first)
        #expect(note.severity == .note)
        #expect(note.location?.line == 4)
        #expect(note.place == .step(.at(1), .requirements))
        #expect(note.hint != nil)
    }

    @Test func rowWithoutNumberHoldingOnlyTextContinuesTheRowAbove() throws {
        let loaded = try read(
            tableText(rows: [
                row("1", "Menyusun rancangan", marks: ["X", ""], output: "rancangan"),
                ["", "kebijakan mutu", "", "", "", "", "yang dikirim", ""],
                row("2", "Memeriksa", marks: ["", "X"])
            ]))
        #expect(loaded.sop.steps.map(\.label) == ["1", "2"])
        #expect(loaded.sop.steps[0].activity == "Menyusun rancangan kebijakan mutu")
        #expect(loaded.sop.steps[0].output == "rancangan yang dikirim")
        let note = try #require(loaded.diagnostics.with(code: .importContinuationRow).first)
        #expect(note.location?.line == 4)
        #expect(note.subject == "step 1")
    }

    @Test func wrappedDecisionAnswersAreJoinedBeforeTheDecisionIsRead() throws {
        let loaded = try read(
            tableText(rows: [
                row("1", "Memeriksa berkas 1. lengkap", marks: ["X", ""]),
                ["", "2. tidak lengkap", "", "", "", "", "", ""]
            ]))
        #expect(loaded.sop.steps.first?.activity == "Memeriksa berkas")
        #expect(loaded.sop.steps.first?.decision?.answers.map(\.label) == ["lengkap", "tidak lengkap"])
    }

    @Test func unnumberedRowWithMarksOrTimeIsAStepWithoutNumber() throws {
        let loaded = try read(
            tableText(rows: [
                row("1", "Menyusun", marks: ["X", ""]),
                row("", "Memaraf", marks: ["", "X"], time: "15 menit")
            ]))
        #expect(loaded.sop.steps.count == 2)
        #expect(loaded.sop.steps[1].number == nil)
        #expect(loaded.sop.steps[1].activity == "Memaraf")
        #expect(loaded.sop.steps[1].executors == ["staf"])
    }

    @Test func subStepsAndDuplicateNumbersAreKeptAsWritten() throws {
        let loaded = try read(
            tableText(rows: [
                row("3", "Menyusun", marks: ["X", ""]), row("3.1", "Memaraf", marks: ["", "X"]),
                row("3", "Mengirim", marks: ["X", ""])
            ]))
        #expect(loaded.sop.steps.map(\.number) == [StepNumber(3), StepNumber([3, 1]), StepNumber(3)])
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func rowsWithFewerOrMoreCellsThanTheHeaderAreWarned() throws {
        let loaded = try read(
            tableText(rows: [
                ["1", "Menyusun", "X", "", "surat"],
                row("2", "Mengirim", marks: ["X", ""], notes: "segera") + ["lewat pos"]
            ]))
        let missing = try #require(loaded.diagnostics.with(code: .importMissingCells).first)
        #expect(missing.severity == .warning)
        #expect(missing.location?.line == 3)
        #expect(missing.message.contains("Waktu"))
        #expect(loaded.sop.steps[0].requirements == "surat")
        #expect(loaded.sop.steps[0].time.amount == .unspecified)
        let extra = try #require(loaded.diagnostics.with(code: .importExtraCells).first)
        #expect(extra.location?.line == 4)
        #expect(loaded.sop.steps[1].notes == "segera lewat pos")
    }

    @Test func anyShortMarkInARoleColumnMakesThatRoleTheExecutor() throws {
        let marks = ["X", "x", "✓", "√", "●", "v", "•"]
        let loaded = try read(tableText(rows: marks.enumerated().map { row("\($0 + 1)", "Kegiatan", marks: ["", $1]) }))
        #expect(loaded.sop.steps.allSatisfy { $0.executors == ["staf"] })
        #expect(loaded.diagnostics.isEmpty)
    }

    @Test func twoMarkedRolesMakeAJointStep() throws {
        let loaded = try read(tableText(rows: [row("1", "Rapat bersama", marks: ["X", "X"])]))
        #expect(loaded.sop.steps[0].executors == ["kepala", "staf"])
    }

    @Test func textInARoleColumnMarksTheRoleButIsWarned() throws {
        let loaded = try read(tableText(rows: [row("1", "Menandatangani", marks: ["Pak Budi", ""])]))
        #expect(loaded.sop.steps[0].executors == ["kepala"])
        let warning = try #require(loaded.diagnostics.with(code: .importRoleCellText).first)
        #expect(warning.severity == .warning)
        #expect(warning.location?.line == 3)
        #expect(warning.location?.column == "1\tMenandatangani\t".count + 1)
    }

    @Test func decisionsMayHaveMoreThanTwoAnswers() throws {
        let loaded = try read(tableText(rows: [row("1", "Menilai usulan 1. diterima 2. ditolak 3. ditunda", marks: ["X", ""])]))
        #expect(loaded.sop.steps[0].activity == "Menilai usulan")
        #expect(
            loaded.sop.steps[0].decision
                == Decision(answers: [Answer(label: "diterima"), Answer(label: "ditolak"), Answer(label: "ditunda")]))
    }

    @Test func everyEmptyRoleColumnGivesOneNoteToAssignExecutors() throws {
        let loaded = try read(tableText(rows: [row("1", "Menyusun"), row("2", "Mengirim")]))
        #expect(loaded.diagnostics.map(\.code) == [.importNoExecutorMarks])
        #expect(loaded.diagnostics.first?.location?.line == 2)
    }

    @Test func headerIsFoundByItsHeadingsWhateverTheirSpelling() throws {
        let text = [
            "no\turaian  kegiatan\tPelaksana\tMUTU BAKU\t\t\tketerangan",
            "\t\tKepala\tKelengkapan\tWaktu\toutput\t",
            "1\tMenyusun\tX\tsurat\t2 jam\tdraf\tsegera"
        ].joined(separator: "\n")
        let step = try #require(try read(text).sop.steps.first)
        #expect(step.executors == ["kepala"])
        #expect(step.requirements == "surat")
        #expect(step.time.upperBound == .hours(2))
        #expect(step.output == "draf")
        #expect(step.notes == "segera")
    }

    @Test func headerRepeatedAfterAPageBreakIsSkipped() throws {
        let table = tableText(rows: [row("1", "Menyusun", marks: ["X", ""])])
        let header = table.components(separatedBy: "\n").prefix(2).joined(separator: "\n")
        let loaded = try read(table + "\n" + header + "\n" + row("2", "Mengirim", marks: ["", "X"]).joined(separator: "\t"))
        #expect(loaded.sop.steps.map(\.label) == ["1", "2"])
        #expect(loaded.diagnostics.with(code: .importRepeatedHeader).first?.location?.line == 4)
    }

    @Test func sdaWithNoRowAboveIsKeptAndWarned() throws {
        let loaded = try read(tableText(rows: [row("1", "Menyusun", marks: ["X", ""], output: "sda")]))
        #expect(loaded.sop.steps[0].output == "sda")
        #expect(loaded.diagnostics.with(code: .importSDAWithoutRowAbove).first?.severity == .warning)
    }

    @Test func textInTheNumberColumnIsKeptBeforeTheActivityAndWarned() throws {
        let loaded = try read(tableText(rows: [row("1", "Menyusun", marks: ["X", ""]), row("Lampiran", "formulir", marks: ["X", ""])]))
        #expect(loaded.sop.steps[1].number == nil)
        #expect(loaded.sop.steps[1].activity == "Lampiran formulir")
        let warning = try #require(loaded.diagnostics.with(code: .importBadNumber).first)
        #expect(warning.location == SourceLocation(file: "test.txt", line: 4, column: 1))
    }

    @Test func singleRowHeaderNamesTheRolesBetweenActivityAndMutuBaku() throws {
        let text = [
            "No\tUraian Kegiatan\tKasubag\tStaf\tPersyaratan/Kelengkapan\tWaktu\tOutput\tKeterangan",
            "1\tMengetik\t\tv\tkonsep\t30 menit\tnaskah\t"
        ].joined(separator: "\n")
        let loaded = try read(text)
        #expect(loaded.sop.roles.map(\.id) == ["kasubag", "staf"])
        #expect(loaded.sop.steps.first?.executors == ["staf"])
        #expect(loaded.sop.steps.first?.time.upperBound == .minutes(30))
        #expect(
            loaded.sourceMap.location(of: .role(1, nil))
                == SourceLocation(file: "test.txt", line: 1, column: "No\tUraian Kegiatan\tKasubag\t".count + 1))
    }

    @Test func unknownHeadingOutsidePelaksanaIsWarnedAndItsCellsIgnored() throws {
        let text = [
            "No.\tUraian Kegiatan\tPelaksana\tMutu Baku\t\t\tKeterangan\tParaf",
            "\t\tKepala\tPersyaratan/ Kelengkapan\tWaktu\tOutput\t\t",
            "1\tMenyusun\tX\t\t1 jam\tdraf\t\tB"
        ].joined(separator: "\n")
        let loaded = try read(text)
        #expect(loaded.sop.roles.map(\.name) == ["Kepala"])
        let warning = try #require(loaded.diagnostics.with(code: .importUnknownColumn).first)
        #expect(warning.message.contains("Paraf"))
        #expect(warning.location?.line == 1)
    }

    @Test func tableShapedGarbageNeverCrashesAndOnlyGivesImportFindings() throws {
        var generator = SeededGenerator(state: 0x5EED)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<max(bound, 1), using: &generator) }
        let pieces = [
            "", "", "1", "3.1", "sda", "X", "Pak Budi", "1. ya 2. tidak", "1 jam", "kira-kira", "No.", "Uraian Kegiatan", " ", "\u{A0}",
            "2."
        ]
        let rows = (0..<400).map { _ in (0..<next(12)).map { _ in pieces[next(pieces.count)] } }
        let loaded = try read(tableText(rows: rows))
        #expect(
            loaded.diagnostics.allSatisfy {
                $0.code.rawValue.hasPrefix("import.") && $0.location != nil && $0.hint != nil || $0.code == .importRepeatedHeader
            })
        #expect(!loaded.sop.steps.isEmpty)
    }

    // MARK: Text encodings

    @Test func crlfBomNonBreakingAndTrailingSpacesAreTrimmedNotKept() throws {
        let text =
            "\u{FEFF}Biro Umum  \r\nNomor SOP :\u{A0}12/2024\u{A0}\r\n"
            + tableText(rows: [row("1", "\u{A0}Menyusun\u{A0}laporan ", marks: [" X ", ""], time: "1 jam ")])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let loaded = try read(text)
        #expect(loaded.sop.identity.organisation == ["Biro Umum"])
        #expect(loaded.sop.identity.number == "12/2024")
        #expect(loaded.sop.steps[0].activity == "Menyusun\u{A0}laporan")
        #expect(loaded.sop.steps[0].executors == ["kepala"])
        #expect(loaded.sop.steps[0].time.upperBound == .hours(1))
        #expect(loaded.sourceMap.location(of: .identity(.number))?.line == 2)
        #expect(loaded.sourceMap.location(of: .step(.at(0), nil))?.line == 5)
        #expect(loaded.sourceMap.location(of: .identity(.organisation))?.column == 1)
    }

    // MARK: Texts that are not SOPs

    @Test func textWithoutATableIsAnErrorSayingWhatTheHeaderLooksLike() throws {
        let error = try #require(readError("Biro Umum\nNomor SOP : 1/2024\nJudul SOP: Arsip\n"))
        #expect(error.location == SourceLocation(file: "test.txt", line: 1, column: 1))
        #expect(error.message.contains("no flowchart table"))
        #expect(error.hint?.contains("Uraian Kegiatan") == true)
    }

    @Test func headerWithoutTabsIsAnErrorAtThatLine() throws {
        let error = try #require(readError("Judul SOP: Arsip\n\n  No. Uraian Kegiatan Pelaksana Mutu Baku\n1 Menyusun"))
        #expect(error.location == SourceLocation(file: "test.txt", line: 3, column: 3))
        #expect(error.hint?.contains("tabs") == true)
    }

    @Test func emptyTextIsAnError() throws {
        for text in ["", "\n \r\n\u{A0}\t", "\u{FEFF}"] {
            let error = try #require(readError(text))
            #expect(error.message.contains("empty"))
            #expect(error.location.line == 1)
        }
    }

    @Test func tenMegabytesOfJunkFailWithOneError() throws {
        var generator = SeededGenerator(state: 42)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz NoUraian\t.:1234567890")
        var line = ""
        for _ in 0..<1_000 { line.append(alphabet.randomElement(using: &generator)!) }
        var junk = String(repeating: line + "\n", count: 10_000_000 / 1_001)
        junk += String(repeating: "x", count: 10_000) + "\tUraian Kegiatan"
        let error = readError(junk)
        #expect(error?.message.contains("Uraian Kegiatan") == true)
        #expect(error?.location.line == 10_000_000 / 1_001 + 1)
    }
}
