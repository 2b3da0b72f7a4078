import Foundation
import SOPRuntime
import Testing

/// Document names are compared as a reader of the SOP would: one name contained in the other,
/// without regard to case, punctuation, filler words or a slip of the pen.
@Suite struct DocumentNames {
    func matches(_ a: String, _ b: String) -> Bool {
        DocumentName(a).matches(DocumentName(b))
    }

    /// Words are the runs of letters, marks and digits, exactly as Foundation's
    /// `CharacterSet.alphanumerics` splits them (the rule before words were found by hand).
    /// The texts avoid filler words other than the three filtered here.
    @Test(arguments: [
        "Surat Keputusan Kepala Biro Keuangan", "Nota Dinas/Disposisi (draft) — ke-2", "café, résumé, Ñ",
        "cafe\u{301} decomposed", "emoji 🙂 dan 👍🏽 di tengah", "日本語の文書 と 報告", "١٢٣ angka Arab-Indik",
        "Ⅻ bab, ½ bagian, x²", "tab\tdan\nbaris", "", "   ", "x_b-c.d", "İstanbul ǅ ß", "ٱلسَّلَامُ"
    ])
    func wordsSplitAsFoundationWould(_ text: String) {
        let foundation = text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted)
            .filter { !$0.isEmpty && !["dan", "di", "ke"].contains($0) }
        #expect(DocumentName(text).words == foundation)
    }

    @Test func theSameNameMatches() {
        #expect(matches("rancangan kebijakan mutu", "rancangan kebijakan mutu"))
    }

    @Test func aNameContainedInTheOtherMatchesEitherWay() {
        #expect(matches("draft laporan pelaksanaan sosialisasi", "laporan pelaksanaan sosialisasi"))
        #expect(matches("laporan pelaksanaan sosialisasi", "draft laporan pelaksanaan sosialisasi"))
        #expect(matches("rancangan kebijakan mutu dan layanan UKPBJ terkirim", "rancangan kebijakan mutu dan layanan UKPBJ"))
    }

    @Test func wordsInADifferentOrderStillMatch() {
        #expect(matches("surat izin cuti", "cuti surat izin"))
    }

    @Test func fillerWordsAreIgnored() {
        #expect(DocumentName("laporan untuk atasan dan arsip").words == ["laporan", "atasan", "arsip"])
        #expect(matches("arahan atas rancangan", "arahan rancangan"))
        #expect(matches("laporan kepada atasan yang ditandatangani", "laporan kepada atasan ditandatangani"))
    }

    @Test func caseIsIgnored() {
        #expect(matches("Standar Kebijakan Mutu dan Layanan UKPBJ", "standar kebijakan mutu dan layanan ukpbj"))
        #expect(matches("CAFÉ", "café"))
    }

    @Test func punctuationSeparatesWords() {
        #expect(DocumentName("Komputer/scanner/printer").words == ["komputer", "scanner", "printer"])
        #expect(matches("surat-keputusan (final).", "surat keputusan final"))
        #expect(matches("B278/02.02", "b278 02 02"))
    }

    @Test func aOneLetterTypoIsForgiven() {
        #expect(matches("hasil sosialisai", "hasil sosialisasi"))
        #expect(matches("laporan pelaksnaan", "laporan pelaksanaan"))
    }

    @Test func twoSlipsAreForgivenOnlyInLongWords() {
        #expect(matches("pertimbagnan", "pertimbangan"), "12 letters: two slips allowed")
        #expect(!matches("lpran", "laporan"), "7 letters: one slip only")
    }

    @Test func shortWordsMustBeExact() {
        #expect(!matches("data", "date"))
        #expect(!matches("SK", "SP"))
    }

    @Test func differentDocumentsDoNotMatch() {
        #expect(!matches("surat izin cuti", "surat keputusan"))
        #expect(!matches("formulir permintaan cuti", "formulir permohonan informasi"))
    }

    @Test func theSeedsReportOfStepNineIsNotWhatStepTenNeeds() throws {
        let seed = try Examples.load(Examples.seed).sop
        let nine = try #require(seed.step(StepNumber(9)))
        let ten = try #require(seed.step(StepNumber(10)))
        #expect(!DocumentName(nine.output).matches(DocumentName(ten.requirements)))
        #expect(!DocumentName(ten.requirements).matches(DocumentName(nine.output)))
        // Step 10's own output is what step 11 needs.
        let eleven = try #require(seed.step(StepNumber(11)))
        #expect(DocumentName(ten.output).matches(DocumentName(eleven.requirements)))
    }

    @Test func anEmptyNameMatchesNothing() {
        #expect(DocumentName("").isEmpty)
        #expect(DocumentName("dan untuk, yang").isEmpty, "filler words alone name nothing")
        #expect(!matches("", ""))
        #expect(!matches("", "laporan"))
        #expect(!matches("laporan", "dan"))
    }

    @Test func theTextIsKeptAsWritten() {
        #expect(DocumentName("Laporan  Sosialisasi, UKPBJ").text == "Laporan  Sosialisasi, UKPBJ")
    }
}
