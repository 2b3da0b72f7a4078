import Foundation
import SOPRuntime
import Testing

/// The Indonesian catalogue reads whole, keeps every placeholder of its patterns, and says
/// each glossary word with the glossary's term (docs/glossary.md), so that a trainer's room
/// hears one word for one thing.
@Suite struct IndonesianCatalogueTests {
    /// docs/glossary.md's rows: an English term and the Indonesian forms accepted for it.
    static let glossary: [(english: String, indonesian: [String])] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/glossary.md")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| English") && !$0.hasPrefix("| ---") }.map {
            row in
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            return (cells[0].lowercased(), cells[1].lowercased().split(separator: "/").map(String.init))
        }
    }()

    /// `{1}`, `{2}`… of a pattern, in order of number (`{{` is a brace, not a placeholder).
    static func placeholders(_ pattern: String) -> [String] {
        let braces = pattern.replacingOccurrences(of: "{{", with: "").replacingOccurrences(of: "}}", with: "")
        let regex = try! NSRegularExpression(pattern: "\\{[0-9]+\\}")
        return regex.matches(in: braces, range: NSRange(braces.startIndex..., in: braces))
            .map { String(braces[Range($0.range, in: braces)!]) }.sorted()
    }

    /// Whether `phrase` stands in `text` as whole words (a plural `s` allowed on the last).
    static func contains(_ text: String, phrase: String) -> Bool {
        let escaped = NSRegularExpression.escapedPattern(for: phrase)
        return text.range(of: "(?i)(^|[^\\p{L}])\(escaped)s?($|[^\\p{L}])", options: .regularExpression) != nil
    }

    @Test func theCatalogueReadsWithoutAProblem() {
        #expect(
            Catalogue.indonesian.problem == nil,
            "IndonesianCatalogue.swift, \(Catalogue.indonesian.problem.map(String.init(describing:)) ?? "")")
        #expect(!Catalogue.indonesian.patterns.isEmpty)
    }

    @Test func theGlossaryHasTheStandardsTerms() {
        let terms = Dictionary(Self.glossary.map { ($0.english, $0.indonesian) }, uniquingKeysWith: { $1 })
        #expect(terms["step"] == ["langkah"] && terms["role"] == ["pelaksana"] && terms["decision"] == ["keputusan"], "\(terms)")
    }

    @Test func everyTranslationKeepsItsPlaceholders() {
        for (english, indonesian) in Catalogue.indonesian.patterns {
            #expect(Self.placeholders(english) == Self.placeholders(indonesian), "“\(english)” → “\(indonesian)”")
        }
    }

    @Test func everyTranslationUsesTheGlossarysTerms() {
        for (english, indonesian) in Catalogue.indonesian.patterns {
            for term in Self.glossary where Self.contains(english, phrase: term.english) {
                #expect(
                    term.indonesian.contains { Self.contains(indonesian, phrase: $0) },
                    "“\(english)” has “\(term.english)”: its translation “\(indonesian)” should say “\(term.indonesian.joined(separator: "” or “"))”"
                )
            }
        }
    }

    @Test func theChecksCatchADroppedPlaceholderAndAnotherTerm() {
        #expect(Self.placeholders("step {1} of {2}") != Self.placeholders("langkah {1}"))
        #expect(Self.contains("3 steps done", phrase: "step") && !Self.contains("stepping", phrase: "step"))
        #expect(!Self.contains("tahap 3 selesai", phrase: "langkah"))
    }

    /// `scripts/test` runs the suite with `SOPSH_CATALOGUE_LOG`, then this test on what it
    /// logged: every pattern any test made sopsh show, in any language, has its Indonesian.
    /// Patterns without a word (`{1}: {2}`, `  {1}`) are layout and need none.
    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["SOPSH_SUITE_PATTERNS"] != nil,
            "run by scripts/test after the suite, on the patterns the suite showed"))
    func everyPatternTheSuiteShowedIsTranslated() throws {
        let path = ProcessInfo.processInfo.environment["SOPSH_SUITE_PATTERNS"]!
        let shown = Set(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(Self.unescapedLogLine))
        #expect(!shown.isEmpty, "the log at \(path) holds the suite's patterns")
        let untranslated = shown.filter(Self.hasWords).filter { Catalogue.indonesian.patterns[$0] == nil }.sorted()
        #expect(
            untranslated.isEmpty,
            "no Indonesian in Sources/SOPRuntime/Text/IndonesianCatalogue*.swift for \(untranslated.count) patterns:\n\(untranslated.joined(separator: "\n"))"
        )
    }

    /// A line of the pattern log as the pattern it stands for (`\n` a line break, `\\` a backslash).
    static func unescapedLogLine(_ line: Substring) -> String {
        var out = ""
        var escaping = false
        for character in line {
            if escaping {
                out.append(character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func hasWords(_ pattern: String) -> Bool {
        pattern.replacingOccurrences(of: "\\{[0-9]+\\}", with: "", options: .regularExpression).contains { $0.isLetter }
    }

    @Test func theLogsLinesReadBackAsTheirPatterns() {
        #expect(Self.unescapedLogLine(#"a\nb \\n"#) == "a\nb \\n")
        #expect(!Self.hasWords("  {1}: {2}") && Self.hasWords("step {1}"))
    }
}
