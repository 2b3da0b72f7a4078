import Foundation
import Testing

/// `export FORMAT FILE` and `flow` through the real binary: files written whole and the same
/// every time, formats and runs refused with what to do instead, and the seed's flowchart in
/// a 100-column terminal with its four lanes, three diamonds and three loops back.
@Suite struct ExportCommands {
    static let formats = ["html", "svg", "dot", "mermaid", "bpmn", "markdown", "csv", "xes"]

    /// A run of the seed: one case through steps 1 and 2, so it stands at the decision, step 3.
    static let seedRun = """
        open \(Examples.seedYAML)
        start kasus1 at 2026-03-02T07:30
        as kepala
        do
        as tim
        do
        """

    @Test(arguments: ["html", "svg", "dot", "mermaid", "bpmn", "markdown"])
    func anSOPIsExportedWholeAndTheSameEveryTime(_ format: String) throws {
        try TemporaryFolder.with { folder in
            let first = folder.path("a." + format)
            let second = folder.path("b." + format)
            let run = try Sopsh.run("open \(Examples.seedYAML); export \(format) \(first); export \(format) \(second) --json")
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("Wrote ") && run.stderr.contains(first), "a confirmation, on stderr")
            let written = try #require(folder.read("a." + format))
            #expect(!written.isEmpty && written == folder.read("b." + format), "the same SOP gives the same bytes")
            let report = try #require(try run.jsonValues().last as? [String: Any])
            #expect(report["format"] as? String == format && report["bytes"] as? Double == Double(written.utf8.count))
            #expect(try folder.names() == ["a." + format, "b." + format], "no temporary file is left beside them")
        }
    }

    @Test func anUnknownFormatIsRefusedWithTheListAndNothingIsWritten() throws {
        try TemporaryFolder.with { folder in
            let run = try Sopsh.run("open \(Examples.seedYAML); export pdf \(folder.path("x.pdf"))")
            #expect(run.status == 1)
            #expect(run.stderr.contains("there is no export format `pdf`"), "\(run)")
            #expect(run.stderr.contains("the formats are: " + Self.formats.joined(separator: ", ")), "\(run)")
            let typo = try Sopsh.run("open \(Examples.seedYAML); export bpnm \(folder.path("x.bpmn"))")
            #expect(typo.stderr.contains("did you mean bpmn?"), "\(typo)")
            #expect(try folder.names().isEmpty)
        }
    }

    @Test func exportingOverAFileReplacesItWholeAndNeverTheOpenSOP() throws {
        try TemporaryFolder.with { folder in
            let target = try folder.write("old content\n", to: "flow.dot")
            let run = try Sopsh.run("open \(Examples.seedYAML); export dot \(target)")
            #expect(run.status == 0, "\(run)")
            #expect(folder.read("flow.dot")?.hasPrefix("digraph sop {") == true)
            let copy = try folder.write(
                try String(contentsOfFile: Sopsh.root.appendingPathComponent(Examples.seedYAML).path, encoding: .utf8), to: "sop.yaml")
            let refused = try Sopsh.run("open \(copy); export markdown \(copy)")
            #expect(refused.status == 1 && refused.stderr.contains("is the open SOP's own file"), "\(refused)")
            #expect(folder.read("sop.yaml")?.contains("kegiatan:") == true)
        }
    }

    @Test func theEventLogsNeedARunAndThenHoldItsCasesSteps() throws {
        try TemporaryFolder.with { folder in
            let none = try Sopsh.run("open \(Examples.seedYAML); export csv \(folder.path("log.csv"))")
            #expect(none.status == 1 && none.stderr.contains("there is no run to export"), "\(none)")
            #expect(none.stderr.contains("hint: start a case first"))

            let run = try Sopsh.run(
                Self.seedRun + "\nexport csv \(folder.path("log.csv")) --zone +07:00\nexport xes \(folder.path("log.xes"))")
            #expect(run.status == 0, "\(run)")
            let csv = try #require(folder.read("log.csv")).split(separator: "\r\n").map(String.init)
            #expect(csv.first == "case,step,activity,role,start,end,answer")
            #expect(csv.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["kasus1,1", "kasus1,2"])
            #expect(csv[1].contains(",2026-03-02T07:30:00+07:00,"))
            let xes = try #require(folder.read("log.xes"))
            #expect(xes.components(separatedBy: "<event>").count - 1 == 4, "a start and a complete event per step")

            let badZone = try Sopsh.run(Self.seedRun + "\nexport xes \(folder.path("z.xes")) --zone WIB")
            #expect(badZone.status == 1 && badZone.stderr.contains("--zone WIB is not an offset from UTC"), "\(badZone)")
            let zoneOnSOP = try Sopsh.run("open \(Examples.seedYAML); export svg \(folder.path("z.svg")) --zone +07:00")
            #expect(zoneOnSOP.status == 1 && zoneOnSOP.stderr.contains("--zone applies to the event logs"), "\(zoneOnSOP)")
        }
    }

    /// The seed at the width the tests run sopsh at (COLUMNS=100).
    @Test func theSeedsFlowchartFitsIn100ColumnsWithItsFourLanesThreeDiamondsAndLoopsBack() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); flow")
        #expect(run.status == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.allSatisfy { $0.count <= 100 }, "every line fits in 100 columns")
        let header = lines.prefix { !$0.hasPrefix("╞") }.joined(separator: " ")
        for role in ["Kepala UKPBJ", "Sekretariat UKPBJ", "Tim Pelaksana Fungsi", "UKPBJ", "Atasan Kepala UKPBJ"] {
            #expect(header.contains(role), "the lane \(role) is drawn")
        }
        #expect(lines.filter { $0.contains("╱─") && $0.contains("─╲") }.count == 3, "three diamonds")
        #expect(lines.filter { $0.contains("< ") && $0.contains(" >") }.count == 3)
        #expect(lines.joined().filter { $0 == "▲" }.count == 3, "three loops back: 3 → 2, 6 → 2, 11 → 10")
        for key in [
            "◇ 3: menyetujui → 5 · perlu perbaikan → 2", "◇ 6: menyetujui → 7 · perlu perbaikan → 2",
            "◇ 11: perlu perbaikan → 10 · melaporkan ke atasan Kepala UKPBJ → 12"
        ] {
            #expect(lines.contains(key))
        }
        #expect(lines.filter { $0.contains("╭") }.count == 2, "the first and last activities are capsules")
        #expect(!run.stdout.contains("━"), "no step is highlighted without a run")
    }

    @Test func theFlowchartFitsANarrowerTerminalAndHighlightsWhereTheCaseIs() throws {
        do {
            let run = try Sopsh.run(Self.seedRun + "\nflow --width 60\nflow --json")
            #expect(run.status == 0, "\(run)")
            let text = run.stdout.components(separatedBy: "\n{\n")[0]
            let chart = try #require(text.range(of: "┌").map { text[$0.lowerBound...] })
            #expect(chart.split(separator: "\n").allSatisfy { $0.count <= 60 }, "the chart and its key fit in 60 columns")
            let highlighted = chart.split(separator: "\n").filter { $0.contains("━") }
            #expect(
                highlighted.count == 2 && highlighted.allSatisfy { $0.contains("╱━") || $0.contains("╲━") },
                "the diamond of step 3 in heavy lines")
            #expect(run.stdout.contains("◀ kasus1") && run.stdout.contains("◀ kasus1 is at step 3"))
            let flow = try #require(try run.jsonValues().last as? [String: Any])
            #expect(
                flow["lanes"] as? [String] == ["Kepala UKPBJ", "Sekretariat UKPBJ", "Tim Pelaksana Fungsi UKPBJ", "Atasan Kepala UKPBJ"])
            #expect(flow["highlighted"] as? String == "3")
            let arrows = try #require(flow["arrows"] as? [[String: Any]])
            #expect(arrows.filter { $0["loop_back"] as? Bool == true }.count == 3)
            let bad = try Sopsh.run("open \(Examples.seedYAML); flow --width 5")
            #expect(bad.status == 1 && bad.stderr.contains("--width 5 is not a width"), "\(bad)")
        }
    }
}
