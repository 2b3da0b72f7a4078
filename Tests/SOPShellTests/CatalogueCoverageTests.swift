import Foundation
import Testing

/// Every word sopsh says comes from the message catalogue: run under the `pseudo` language,
/// which accents and brackets every catalogued text, no English is left on screen.
@Suite struct CatalogueCoverage {
    /// English words that Indonesian SOP text and sopsh's own names (commands, flags,
    /// codes) do not use: any of them left unaccented was not looked up.
    static let englishWords: Set<String> = [
        "the", "is", "are", "to", "of", "and", "not", "with", "for", "has", "have", "was", "were", "this", "that",
        "in", "on", "by", "from", "its", "or", "an", "there", "cannot", "what", "which", "lists", "found",
        "error", "warning", "note", "hint", "usage", "flags", "opened", "done", "next", "working",
        "hours", "lead", "waiting", "utilisation", "finished", "compared", "undone"
    ]

    /// The English words in `output` outside the catalogue's brackets and outside `code`.
    static func uncatalogued(_ output: String) -> [String] {
        var text = output
        // Innermost brackets first: a catalogued text may hold another as its argument.
        while let range = text.range(of: "⟦[^⟦⟧]*⟧", options: .regularExpression) {
            text.replaceSubrange(range, with: " ")
        }
        text = text.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
        return text.split(separator: "\n").filter { line in
            line.split(whereSeparator: { !$0.isLetter }).contains { englishWords.contains($0.lowercased()) }
        }.map(String.init)
    }

    @Test func underThePseudoLanguageNoEnglishIsLeft() throws {
        let run = try Sopsh.run(
            ["--keep-going", "Tests/Catalogue/pseudo-sample.sopsh"],
            environment: ["SOPSH_LANG": "pseudo", "COLUMNS": "100"])
        let output = run.stdout + run.stderr
        #expect(output.contains("⟦"), "the pseudo language is in use: \(output.prefix(300))")
        #expect(output.contains("⟦Štép⟧"), "table headings are catalogued")
        #expect(output.contains("⟦\\ñ  ĥíñt: {1}⟧") || output.contains("ĥíñt: "), "hints are catalogued")
        #expect(output.split(separator: "\n").count > 300, "the sample ran to its end")
        #expect(Self.uncatalogued(output) == [], "words that bypass the catalogue")
    }

    @Test func theCheckFindsWordsThatBypassTheCatalogue() {
        #expect(Self.uncatalogued("⟦ñö šüçĥ ƒíļé: {1}⟧ x.yaml\nOpened x.yaml") == ["Opened x.yaml"])
        #expect(Self.uncatalogued("⟦štép ⟦ñéxt⟧ döñé⟧\nLangkah 3 `the code`") == [])
    }

    @Test func englishIsTheDefaultAndUnchanged() throws {
        let run = try Sopsh.run("open examples/kebijakan-mutu-ukpbj.yaml")
        #expect(run.stderr.hasPrefix("Opened examples/kebijakan-mutu-ukpbj.yaml: Pengorganisasian Layanan"), "\(run)")
        #expect(!run.stderr.contains("⟦"))
    }
}
