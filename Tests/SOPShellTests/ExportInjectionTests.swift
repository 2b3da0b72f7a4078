import Foundation
import Testing

/// What sopsh exports is read by other programs; SOP text must not become their commands.
@Suite struct ExportInjection {
    /// The seed SOP with its first activity replaced by `activity`.
    func seed(with activity: String, in folder: TemporaryFolder) throws -> String {
        let text = try String(contentsOf: Sopsh.root.appendingPathComponent(Examples.seedYAML), encoding: .utf8)
        let changed = text.replacingOccurrences(
            of: "uraian_kegiatan: Memberikan arahan untuk menyusun kebijakan mutu dan layanan UKPBJ",
            with: "uraian_kegiatan: '\(activity.replacingOccurrences(of: "'", with: "''"))'")
        #expect(changed != text)
        return try folder.write(changed, to: "sop.yaml")
    }

    @Test(arguments: ["=HYPERLINK(\"http://example.invalid\",\"klik\")", "+1+1", "-2+3", "@SUM(1+1)"])
    func aCellThatASpreadsheetWouldRunIsWrittenAsText(_ activity: String) throws {
        try TemporaryFolder.with { folder in
            let sop = try seed(with: activity, in: folder)
            let run = try Sopsh.run("open \(sop)\nstart kasus1 at 2026-03-02T07:30\nas kepala\ndo\nexport csv \(folder.path("log.csv"))")
            #expect(run.status == 0, "\(run)")
            let rows = try #require(folder.read("log.csv")).split(separator: "\r\n").map(String.init)
            let cell = try #require(rows.dropFirst().first?.split(separator: ",", maxSplits: 2).last)
            // The activity cell starts with a quote mark (inside the CSV quotes when it needs them).
            #expect(cell.hasPrefix("'" + activity.prefix(1)) || cell.hasPrefix("\"'" + activity.prefix(1)), "\(rows)")
        }
    }

    @Test func simulatedEventLogsAreNeutralisedToo() throws {
        try TemporaryFolder.with { folder in
            let sop = try seed(with: "=1+1", in: folder)
            let run = try Sopsh.run("open \(sop)\nsimulate --cases 3 --events \(folder.path("sim.csv"))")
            #expect(run.status == 0, "\(run)")
            let text = try #require(folder.read("sim.csv"))
            #expect(text.contains(",'=1+1,"), "\(text.prefix(400))")
            #expect(!text.contains(",=1+1,"))
        }
    }

    @Test func mermaidsTitleIsEscapedAsItsLabelsAre() throws {
        try TemporaryFolder.with { folder in
            let text = try String(contentsOf: Sopsh.root.appendingPathComponent(Examples.seedYAML), encoding: .utf8)
            let title = "judul_sop: Pengorganisasian Layanan - Kebijakan Mutu dan layanan UKPBJ"
            #expect(text.contains(title))
            let sop = try folder.write(
                text.replacingOccurrences(of: title, with: "judul_sop: '<img src=x onerror=alert(1)> #1'"), to: "sop.yaml")
            let run = try Sopsh.run("open \(sop)\nexport mermaid \(folder.path("flow.mmd"))")
            #expect(run.status == 0, "\(run)")
            let written = try #require(folder.read("flow.mmd"))
            #expect(written.contains("title: \"#lt;img src=x onerror=alert(1)#gt; #35;1"), "\(written.prefix(300))")
            #expect(!written.contains("<img"))
        }
    }
}
