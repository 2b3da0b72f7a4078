import Foundation
import SOPRuntime
import Testing

/// The docs name the codes that scripts match on: docs/format.md lists the checker's by rule,
/// and the importers' are named where each importer is described. A code the docs name must be
/// one sopsh gives, and every checker code must be in the list, in the row of its rule.
@Suite struct DiagnosticCodeDocs {
    /// The parts of the docs that name codes: (file, heading of the section).
    static let sections = [
        ("docs/format.md", "Checking a file"), ("docs/format.md", "Opening table text"),
        ("docs/import.md", "Reading the findings")
    ]

    /// The text of the section under `## heading` in `file`, up to the next `## ` heading.
    static func section(_ heading: String, of file: String) throws -> Substring {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(text.range(of: "\n## \(heading)\n"), "\(file) has no section \(heading)")
        let rest = text[start.upperBound...]
        return rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)]
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
