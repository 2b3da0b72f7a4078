import SOPRuntime
import Testing
import Yams

/// Our YAML format (docs/format.md): what is written reads back the same, text is kept byte
/// for byte, and every malformed input is refused or reported at its line and column.
@Suite struct YAMLFormat {
    func read(_ text: String) throws(SOPReadError) -> LoadedSOP {
        try SOPYAMLReader.read(text, file: "draft.yaml")
    }

    /// The error reading `text` throws, or nil when it reads.
    func readError(_ text: String) -> SOPReadError? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error
        }
    }

    /// Writes `sop`, reads it back, and returns what was read.
    func roundTrip(_ sop: SOP) throws -> LoadedSOP {
        try read(SOPYAMLWriter.write(sop))
    }

    // MARK: Round trips

    @Test(arguments: Examples.sopFiles)
    func everyExampleReadsBackEqualAfterWriting(_ name: String) throws {
        let original = try Examples.load(name)
        let written = SOPYAMLWriter.write(original.sop)
        let reread = try read(written)
        #expect(reread.diagnostics == [])
        #expect(reread.sop == original.sop)
        #expect(SOPYAMLWriter.write(reread.sop) == written, "writing twice gives the same bytes")
    }

    static let awkwardTexts = [
        "Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ", "Surat Keputusan Kepala Biro Keuangan",
        "café, résumé, Ñ", "✓ selesai", "emoji 🙂 dan 👍🏽", "\"kutipan\" dan 'kutip'", "catatan: penting",
        "a # bukan komentar", "#awal", "- mulai dengan strip", "-", "? tanya", "& jangkar", "* alias", "! tanda",
        "| pipa", "> lebih", "@at", "`backtick`", "%persen", "[kurung]", "{kurawal}", "a\\b garis miring",
        "baris satu\nbaris dua", "baris\n\ndengan baris kosong\n", "  menjorok\nbaris dua", "spasi di belakang ",
        " spasi di depan", "tab\tdi tengah", "baris Windows\r\nkedua",
        "19810708", "19810708 200604 1 013", "true", "yes", "no", "off", "null", "~", "2025-02-21", "1.5", "0x1F",
        "1e3", ".inf", "3.10", ""
    ]

    @Test(arguments: awkwardTexts)
    func textSurvivesARoundTripExactly(_ text: String) throws {
        var sop = TestSOPs.clean()
        sop.identity.title = text
        sop.identity.approver.nip = text
        sop.identity.legalBasis.append(text)
        sop.roles[0].qualifications = [text]
        sop.steps[0].activity = text
        sop.steps[0].notes = text
        sop.steps[2].output = text
        sop.steps[1].decision!.answers[1].label = text
        let reread = try roundTrip(sop)
        #expect(reread.diagnostics == [])
        #expect(reread.sop == sop)
        #expect(Array(reread.sop.identity.title.utf8) == Array(text.utf8), "byte for byte")
        // sopsh reads every value as text, but another YAML reader resolves plain `true` or
        // `1.5` as a boolean or a number: what is written must be text to it too.
        let generic = try #require(try Yams.load(yaml: SOPYAMLWriter.write(sop)) as? [String: Any])
        let identity = try #require(generic["identitas"] as? [String: Any])
        #expect(identity["judul_sop"] as? String == text, "a generic YAML reader reads the same text")
    }

    @Test func subStepNumbersSurviveExactly() throws {
        var sop = TestSOPs.clean()
        sop.steps[2].number = StepNumber("3.10")
        sop.steps[1].decision!.answers[0].target = .step(StepNumber([3, 10]))
        sop.steps[0].next = .step(StepNumber([3, 10]))
        let written = SOPYAMLWriter.write(sop)
        #expect(written.contains("nomor: \"3.10\""))
        let reread = try read(written).sop
        #expect(reread == sop)
        #expect(reread.steps[2].number?.description == "3.10")
    }

    @Test func textThatYAMLWouldReadAsSomethingElseIsQuoted() {
        var sop = TestSOPs.clean()
        sop.identity.approver.nip = "19810708"
        sop.identity.createdOn = "2025-02-21"
        sop.identity.title = "true"
        let written = SOPYAMLWriter.write(sop)
        #expect(written.contains("nip: \"19810708\""))
        #expect(written.contains("tanggal_pembuatan: \"2025-02-21\""))
        #expect(written.contains("judul_sop: \"true\""))
        #expect(written.contains("tanggal_revisi: \"\""))
    }

    @Test func numbersAndDatesWrittenPlainReadAsTheTextWritten() throws {
        let sop = try read(
            """
            identitas:
              tanggal_pembuatan: 2025-02-21
              tanggal_revisi:
              judul_sop: yes
              disahkan_oleh: { nip: 19810708 }
            pelaksana: []
            kegiatan: []
            """
        ).sop
        #expect(sop.identity.createdOn == "2025-02-21")
        #expect(sop.identity.revisedOn == "")
        #expect(sop.identity.title == "yes")
        #expect(sop.identity.approver.nip == "19810708")
    }

    @Test func theWriterNamesStepNumbersNomorAndNeverNo() throws {
        let sop = try Examples.load(Examples.seed).sop
        let lines = SOPYAMLWriter.write(sop).split(separator: "\n").map { $0.drop { $0 == " " || $0 == "-" } }
        #expect(lines.filter { $0.hasPrefix("nomor:") }.count == sop.steps.count)
        #expect(!lines.contains { $0.hasPrefix("no:") })
    }

    @Test func jointStepsEndsAndUnlinkedAnswersReadAsWritten() throws {
        let sop = try read(
            """
            kegiatan:
              - nomor: 1
                pelaksana: [kepala, tim]
                keputusan:
                  - jawaban: Ya
                    ke: selesai
                  - jawaban: Tidak
              - nomor: 2
                pelaksana: tim
                lanjut_ke: 1
            """
        ).sop
        #expect(sop.steps[0].executors == ["kepala", "tim"])
        #expect(sop.steps[0].decision?.answers.map(\.target) == [.end, nil])
        #expect(sop.steps[1].executors == ["tim"])
        #expect(sop.steps[1].next == .step(StepNumber(1)))
        #expect(try roundTrip(sop).sop == sop)
    }

    // MARK: Malformed input

    @Test func badIndentationIsRefusedAtItsLine() throws {
        let error = try #require(readError("identitas:\n  nomor_sop: 1/SOP/2025\n judul_sop: Laporan\n"))
        #expect(error.location == SourceLocation(file: "draft.yaml", line: 3, column: 2))
        #expect(error.message.contains("invalid YAML"))
        #expect(error.hint != nil)
    }

    @Test func anUnclosedQuoteIsRefusedWhereTheQuoteOpens() throws {
        let text = "identitas:\n  nomor_sop: 1/SOP/2025\n  judul_sop: \"Laporan Bulanan\n  tanggal_revisi: besok\npelaksana: []\n"
        let error = try #require(readError(text))
        let quote = try #require(position(of: "\"Laporan", in: text))
        #expect(error.location.line == quote.line)
        #expect(error.location.column == quote.column)
        #expect(error.hint?.contains("close the quote") == true)
    }

    @Test func valuesOfTheWrongShapeAreReportedAtTheirLineAndColumn() throws {
        let text = """
            identitas:
              judul_sop:
                bagian: Laporan
            pelaksana:
              - id: staf
                nama: Staf
                jumlah: dua
            kegiatan: Menyusun laporan
            """
        let loaded = try read(text)
        let expected = try ["bagian", "dua", "Menyusun laporan"].map { needle in
            let at = try #require(position(of: needle, in: text))
            return SourceLocation(file: "draft.yaml", line: at.line, column: at.column)
        }
        #expect(loaded.diagnostics.map(\.location) == expected)
        #expect(loaded.diagnostics.allSatisfy { $0.severity == .error && $0.hint != nil })
        #expect(loaded.diagnostics[0].message.contains("`judul_sop` must be text"))
        #expect(loaded.diagnostics[1].message.contains("`jumlah` must be a whole number"))
        #expect(loaded.diagnostics[2].message.contains("`kegiatan` must be a list"))
        #expect(loaded.sop.roles == [Role(id: "staf", name: "Staf")], "the rest of the draft is still read")
    }

    @Test func aMisspelledKeyIsReportedWithTheKeyItProbablyMeant() throws {
        let text = "kegiatan:\n  - nomor: 1\n    uraian_kegaitan: Menyusun laporan\n    pelaksana: staf\n"
        let loaded = try read(text)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.message.contains("uraian_kegaitan"))
        #expect(diagnostic.hint == "did you mean `uraian_kegiatan`?")
        #expect(diagnostic.location == SourceLocation(file: "draft.yaml", line: 3, column: 5))
        #expect(loaded.sop.steps.first?.executors == ["staf"])
    }

    @Test func aKeyWrittenTwiceIsRefusedAtTheSecondOccurrence() throws {
        let text = "kegiatan:\n  - nomor: 1\n    uraian_kegiatan: a\n    pelaksana: staf\n    uraian_kegiatan: b\n  - nomor: 2\n"
        let error = try #require(readError(text))
        #expect(error.location == SourceLocation(file: "draft.yaml", line: 5, column: 5))
        #expect(error.message.contains("`uraian_kegiatan` appears twice"))
        #expect(error.message.contains("line 3"))
        #expect(!error.message.contains("nomor: 2"), "the message does not quote the whole file")
    }

    @Test func aDuplicateTopLevelKeyIsRefusedAtTheSecondOccurrence() throws {
        let error = try #require(readError("pelaksana: []\nkegiatan: []\npelaksana: []\n"))
        #expect(error.location == SourceLocation(file: "draft.yaml", line: 3, column: 1))
    }

    @Test func lanjutKeOnADecisionIsReported() throws {
        let text = "kegiatan:\n  - nomor: 1\n    keputusan:\n      - jawaban: Ya\n        ke: selesai\n    lanjut_ke: 2\n"
        let loaded = try read(text)
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(diagnostic.message.contains("`lanjut_ke` is not allowed on a decision"))
        #expect(diagnostic.location == SourceLocation(file: "draft.yaml", line: 6, column: 16))
    }

    @Test func aSecondDocumentIsRefusedWhereItStarts() throws {
        let error = try #require(readError("pelaksana: []\nkegiatan: []\n---\npelaksana: []\n"))
        #expect(error.location == SourceLocation(file: "draft.yaml", line: 3, column: 1))
        #expect(error.message.contains("more than one YAML document"))
    }

    @Test func aTopLevelListIsNotAnSOP() throws {
        let error = try #require(readError("- nomor: 1\n- nomor: 2\n"))
        #expect(error.message.contains("not an SOP"))
        #expect(error.location.line == 1)
    }

    @Test(arguments: ["", "\n\n", "# hanya komentar\n"])
    func anEmptyTextIsNotAnSOP(_ text: String) throws {
        let error = try #require(readError(text))
        #expect(error.message.contains("empty"))
        #expect(error.hint != nil)
    }
}
