import Foundation
import SOPRuntime
import Testing

/// The docs name the codes that scripts match on: docs/format.md lists the checker's by rule,
/// and the readers' are named where each reader is described. A code the docs name must be
/// one sopsh gives, every code sopsh gives must be named, and every checker code must be in
/// the list, in the row of its rule.
@Suite struct DiagnosticCodeDocs {
    /// The parts of the docs that name codes: (file, heading of the section).
    static let sections = [
        ("docs/format.md", "Checking a file"), ("docs/format.md", "Opening table text"),
        ("docs/format.md", "Writing YAML safely"), ("docs/import.md", "Reading the findings"),
        ("docs/simulation.md", "An office: several SOPs sharing staff")
    ]

    /// The text of the section under `## heading` in `file`, up to the next heading of any
    /// level: the office section's subsections name scenario keys such as `durasi.langkah`.
    static func section(_ heading: String, of file: String) throws -> Substring {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: "\n## \(heading)\n"), "\(file) has no section \(heading)")
        let rest = text[start.upperBound...]
        return rest[..<(rest.firstMatch(of: #/\n#{1,6} /#)?.range.lowerBound ?? rest.endIndex)]
    }

    /// Every `prefix.name` written in backticks, as a code is.
    static func codes(in text: Substring) -> [String] {
        text.matches(of: /`([a-z]+\.[a-z-]+)`/).map { String($0.1) }
    }

    @Test(arguments: sections)
    func everyCodeTheDocsNameIsOneSopshGives(_ file: String, _ heading: String) throws {
        for code in Self.codes(in: try Self.section(heading, of: file)) {
            #expect(Diagnostic.Code(rawValue: code) != nil, "\(file) names `\(code)`, which is no Diagnostic.Code")
        }
    }

    /// A new code fails here until the docs say what it means and what to do about it.
    @Test func everyCodeSopshGivesIsDocumented() throws {
        let documented = Set(try Self.sections.flatMap { file, heading in Self.codes(in: try Self.section(heading, of: file)) })
        let missing = Diagnostic.Code.allCases.map(\.rawValue).filter { !documented.contains($0) }
        #expect(missing == [], "the docs name these nowhere: say what each means and what to do in its reader's section")
    }

    @Test func everyCheckerCodeIsListedInTheRowOfItsRule() throws {
        let rows = try Self.section("Checking a file", of: "docs/format.md").split(separator: "\n")
            .filter { $0.hasPrefix("|") }.map { Self.codes(in: $0).compactMap(Diagnostic.Code.init(rawValue:)) }
            .filter { !$0.isEmpty }
        let listed = rows.flatMap { $0 }
        for code in Diagnostic.Code.allCases where code.rule != nil {
            #expect(listed.filter { $0 == code }.count == 1, "docs/format.md should list `\(code.rawValue)` once")
        }
        for row in rows {
            #expect(Set(row.map(\.rule)).count == 1, "one row, one rule: \(row.map(\.rawValue))")
        }
        #expect(Set(rows.compactMap { $0.first?.rule }).count == rows.count, "one rule, one row")
    }
}
