import Foundation
import SOPRuntime
import Testing

/// How sopsh picks its language, and the translator's file format it reads.
@Suite struct Catalogues {
    @Test(arguments: [
        (["SOPSH_LANG": "id"], "id"),
        (["SOPSH_LANG": "en", "LANG": "id_ID.UTF-8"], "en"),
        (["LANG": "id_ID.UTF-8"], "id"),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID"], "id"),
        (["LANG": "id_ID.UTF-8", "LC_ALL": "C.UTF-8"], "en"),
        (["LC_ALL": "", "LANG": "id_ID.UTF-8"], "id"),
        (["LANG": "fr_FR.UTF-8"], "en"),
        ([:], "en")
    ])
    func theEnvironmentChoosesSOPSH_LANGThenTheLocaleThenEnglish(environment: [String: String], language: String) throws {
        #expect(try Catalogue.chosen(in: environment).language == language)
    }

    @Test func aLanguageAskedForByNameMustBeKnown() {
        #expect(throws: Catalogue.Unknown.self) { try Catalogue.chosen(in: ["SOPSH_LANG": "fr"]) }
        #expect(Catalogue.named("ID")?.language == "id")
        #expect(Catalogue.named("id_ID.UTF-8")?.language == "id")
        #expect(Catalogue.named("indonesia") == nil, "a code, not a name")
        #expect(
            Catalogue.Unknown(asked: "--lang fr").description
                == "--lang fr is not a language sopsh speaks; it knows en (English), id (Bahasa Indonesia)")
    }

    @Test func pairsAreReadWithQuotesAndEscapes() throws {
        let text = """
            # a comment
            en: Opened {1}: {2}
            id: Membuka {1}: {2}

            en: " and "
            id: " dan "
            en: first line\\nsecond \\\\ line
            id: baris pertama\\nbaris kedua \\\\
            """
        let pairs = try CatalogueText.pairs(text, language: "id")
        #expect(
            pairs == [
                "Opened {1}: {2}": "Membuka {1}: {2}", " and ": " dan ", "first line\nsecond \\ line": "baris pertama\nbaris kedua \\"
            ])
    }

    @Test(arguments: [
        ("en: a\n\nid: b", 1, "has no `id: ` line after it"),
        ("id: b", 1, "a translation without an `en: ` line before it"),
        ("en: a\nid: b\nen: a\nid: c", 4, "`a` is translated twice"),
        ("en: a\nid: \"b", 2, "a quoted text must end with \""),
        ("en: a\nid: b\\t", 2, "`\\t` is not an escape"),
        ("en: a\nterjemahan: b", 2, "a line must start with")
    ])
    func aDamagedPairIsNamedByItsLine(text: String, line: Int, reason: String) {
        #expect {
            _ = try CatalogueText.pairs(text, language: "id")
        } throws: { error in
            guard let problem = error as? CatalogueText.Problem else { return false }
            return problem.line == line && problem.reason.contains(reason)
        }
    }
}
