import Foundation
import SOPRuntime
import Testing

/// A trainer's whole session under `SOPSH_LANG=id`, through the real binary
/// (Tests/Catalogue/indonesian-session.sopsh): every pattern it renders has its Indonesian
/// translation, no English is left on screen but commands, flags and codes, and the tables
/// still line up with the longer Indonesian words.
@Suite struct IndonesianSession {
    struct Session {
        var output: String
        var patterns: [String]
    }

    /// The session run once, with the patterns it rendered (`SOPSH_CATALOGUE_LOG`).
    static let session: Result<Session, any Error> = Result(catching: {
        try TemporaryFolder.with { folder in
            let log = folder.path("patterns.txt")
            let run = try Sopsh.run(
                ["--keep-going", "Tests/Catalogue/indonesian-session.sopsh", folder.path("draft.yaml")],
                timeout: 180, environment: ["SOPSH_LANG": "id", "SOPSH_CATALOGUE_LOG": log])
            let logged = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return Session(
                output: run.stdout + run.stderr,
                patterns: logged.split(separator: "\n").map { unescaped(String($0)) })
        }
    })

    /// A logged pattern as sopsh rendered it: the log writes a line break as `\n`, a backslash as `\\`.
    static func unescaped(_ line: String) -> String {
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

    /// Whether a pattern has words to translate: letters outside its placeholders.
    static func hasWords(_ pattern: String) -> Bool {
        pattern.replacingOccurrences(of: "\\{[0-9]+\\}", with: "", options: .regularExpression).contains(where: \.isLetter)
    }

    /// The lines of `output` that hold an English word (CatalogueCoverage's list) outside
    /// `code`, outside the commands a help page shows (its usage line and its examples), and
    /// outside the source line an error quotes.
    static func english(in output: String) -> [String] {
        var found: [String] = []
        var inExamples = false
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() {
            if line == "contoh:" {
                inExamples = true
                continue
            }
            if inExamples, line.hasPrefix("  ") { continue }
            inExamples = false
            if line.hasPrefix("penggunaan: ") { continue }
            // An error quotes its source line, indented four, with a caret under it.
            if index + 1 < lines.count, lines[index + 1].trimmingCharacters(in: .whitespaces) == "^" { continue }
            let text = line.replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
            if text.split(whereSeparator: { !$0.isLetter }).contains(where: { CatalogueCoverage.englishWords.contains($0.lowercased()) }) {
                found.append(line)
            }
        }
        return found
    }

    @Test func everyPatternOfTheSessionIsTranslated() throws {
        let session = try Self.session.get()
        #expect(session.patterns.count > 200, "the session ran to its end: \(session.output.suffix(500))")
        let missing = Set(session.patterns.filter { Self.hasWords($0) && Catalogue.indonesian.patterns[$0] == nil }).sorted()
        #expect(
            missing.isEmpty, "patterns with no Indonesian translation in IndonesianCatalogue.swift:\n\(missing.joined(separator: "\n"))")
    }

    @Test func noEnglishIsLeftOnScreen() throws {
        let session = try Self.session.get()
        #expect(session.output.contains("kesalahan: perintah `opne` tidak dikenal"), "\(session.output.prefix(500))")
        #expect(session.output.contains("Waktu penyelesaian, jam kerja:"), "the simulation report is there")
        #expect(Self.english(in: session.output) == [], "English words left in the Indonesian session")
    }

    /// The column where each cell of `row` starts, given the starts of the separator's runs.
    static func columnsLineUp(_ rows: [String], under separator: String) -> [String] {
        // These rows hold no wide characters, so a character is a column.
        let rule = Array(separator)
        let starts = rule.indices.filter { rule[$0] == "─" && ($0 == 0 || rule[$0 - 1] == " ") }
        return rows.filter { row in
            let cells = Array(row)
            return starts.dropFirst().contains { start in
                start >= cells.count || cells[start - 2] != " " || cells[start - 1] != " " || cells[start] == " "
            }
        }
    }

    @Test func tablesLineUpWithTheLongerIndonesianWords() throws {
        let lines = try Self.session.get().output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The comparison: its first column holds translated labels ("waktu penyelesaian, rata-rata").
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Ukuran ") }, "the comparison's table")
        let rows = lines[(heading + 2)...].prefix { !$0.isEmpty }
        #expect(rows.count == 12 && rows.first?.hasPrefix("waktu penyelesaian, rata-rata ") == true, "\(rows)")
        #expect(
            Self.columnsLineUp([lines[heading]] + rows, under: lines[heading + 1]) == [], "rows whose columns do not start under the rule's"
        )

        // The case's status: every value starts at the same column, after the longest label.
        let first = try #require(lines.firstIndex { $0.hasPrefix("nama ") }, "the status record")
        let record = lines[first...].prefix { !$0.hasPrefix("Langkah ") }.filter { !$0.hasPrefix("  - ") && $0.contains("  ") }
        let valueStarts = Set(
            record.map { line in
                let label = line.range(of: "  ")!.lowerBound
                return line[label...].firstIndex { $0 != " " }.map { line.distance(from: line.startIndex, to: $0) } ?? line.count
            })
        #expect(record.contains { $0.hasPrefix("waktu penyelesaian ") } && valueStarts.count == 1, "\(record)")
    }
}
