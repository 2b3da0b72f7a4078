import Foundation
import Testing

/// `compare`, the files `simulate` writes on request, the pictures in its report, and
/// `timeline` for a walked case and for a simulated one.
@Suite struct WhatIfCommands {
    static let open = "open examples/bench-seed.yaml; "
    static let scenarios = "examples/bench-seed.scenario.yaml"

    @Test func compareShowsEveryScenarioOfTheFileBesideTheBaseline() throws {
        let run = try Sopsh.run(Self.open + "compare \(Self.scenarios) --cases 4000 --replications 3")
        #expect(run.status == 0, "\(run)")
        let header = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Metric") })
        for name in ["appendix", "tambah kepala", "tanpa pengulangan"] {
            #expect(header.contains(name), "\(header)")
        }
        // Rework taken away: none left, a clear change of −100 %.
        let rework = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("rework per case") })
        #expect(rework.hasSuffix("0.00 -100.0% *"), "\(rework)")
        #expect(run.stdout.contains("utilisation, Kepala UKPBJ"))
    }

    @Test func compareGivesScriptsEachResultAndEachDifference() throws {
        let run = try Sopsh.run(Self.open + "compare \(Self.scenarios) appendix \"tambah kepala\" --cases 2000 --replications 2 --json")
        #expect(run.status == 0, "\(run)")
        let value = try #require(try run.jsonValues().last as? [String: Any])
        #expect(value["baseline"] as? String == "appendix")
        let scenarios = try #require(value["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["scenario"] as? String } == ["appendix", "tambah kepala"])
        let differences = try #require(value["differences"] as? [[String: Any]])
        let metrics = try #require(differences.first?["metrics"] as? [[String: Any]])
        let kepala = try #require(metrics.first { $0["metric"] as? String == "roles.kepala.utilisation" })
        let relative = try #require(kepala["relative"] as? Double)
        #expect(abs(relative + 0.5) < 0.05, "a second head halves the head's utilisation: \(kepala)")
    }

    @Test(arguments: [
        ("compare \(scenarios) \"tambah kepal\"", "no scenario named “tambah kepal”", "did you mean “tambah kepala”?"),
        ("simulate \(scenarios) --scenario lain", "no scenario named “lain”", "its scenarios: appendix, tambah kepala, tanpa pengulangan"),
        ("simulate --scenario appendix", "--scenario picks a scenario of a scenario file", "simulate FILE.yaml --scenario NAME"),
        ("simulate --events kasus.txt", "--events writes CSV or XES", ".csv or .xes"),
        ("simulate --report laporan.pdf", "--report writes an HTML page", ".html"),
        ("timeline --simulated 3", "nothing has been simulated yet", "run `simulate` first"),
        ("timeline", "no case has been started", "start")
    ])
    func mistakesAreRefusedWithWhatToDoInstead(_ statement: String, _ message: String, _ hint: String) throws {
        let run = try Sopsh.run(Self.open + statement)
        #expect(run.status == 1)
        #expect(run.stderr.contains(message) && run.stderr.contains(hint), "\(run)")
    }

    @Test func aFileWithOnlyABaselineHasNothingToCompare() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("kedatangan: {pola: poisson, selang: 40 jam}\njumlah_kasus: 10\n", to: "satu.yaml")
            let run = try Sopsh.run(Self.open + "compare \(file)")
            #expect(run.status == 1)
            #expect(run.stderr.contains("only its baseline"), "\(run)")
        }
    }

    @Test func simulateWritesTheEventLogAndTheReportItWasAskedFor() throws {
        try TemporaryFolder.with { folder in
            let log = folder.path("kasus.csv")
            let report = folder.path("laporan.html")
            let run = try Sopsh.run(
                Self.open + "simulate --cases 40 --every 10h --replications 2 --events \(log) --report \(report) --json")
            #expect(run.status == 0, "\(run)")
            let result = try #require(try run.jsonValues().last as? [String: Any])
            let steps = try #require(result["steps"] as? [[String: Any]])
            let rows = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\r\n")
            #expect(rows.first == "case,step,activity,role,start,end,answer")
            #expect(rows.count - 1 == steps.compactMap { $0["visits"] as? Double }.reduce(0, +).asInt)
            #expect(Set(rows.dropFirst().map { $0.split(separator: ",")[0] }).count == 80)
            let page = try String(contentsOfFile: report, encoding: .utf8)
            #expect(
                page.hasPrefix("<!DOCTYPE html>") && page.contains("Simulation report") && page.contains("Distribution of the lead time"))
            #expect(page.contains("lang=\"en\"") && !page.contains("Laporan simulasi"))
        }
    }

    /// The report is for the people who decide, so it speaks the session's language; the
    /// SOP's own words (roles, answers) stay as written.
    @Test func theReportSpeaksTheSessionsLanguage() throws {
        try TemporaryFolder.with { folder in
            let report = folder.path("laporan.html")
            let run = try Sopsh.run(["--lang", "id", "--norc", "-c", Self.open + "simulate --cases 20 --every 10h --report \(report)"])
            #expect(run.status == 0, "\(run)")
            let page = try String(contentsOfFile: report, encoding: .utf8)
            for words in [
                "lang=\"id\"", "Laporan simulasi", "Sebaran waktu penyelesaian", "Kedatangan", "Pegawai Kepala UKPBJ", "Hambatan utama",
                "Sen 5 Jan 2026"
            ] {
                #expect(page.contains(words), "\(words)")
            }
            for english in ["Simulation report", "Arrivals", "Staff of", "Bottleneck", "Mon 5 Jan"] {
                #expect(!page.contains(english), "\(english)")
            }
        }
    }

    @Test func theReportDrawsTheLeadTimesAndEachRolesUtilisation() throws {
        let run = try Sopsh.run(Self.open + "simulate --cases 2000 --every 40h --distribution exponential --calendar 24h")
        #expect(run.status == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let histogram = try #require(lines.firstIndex(of: "Lead time, share of finished cases:"))
        let bins = lines[(histogram + 1)...].prefix { $0.hasPrefix("  ") }
        #expect(bins.count >= 10, "\(bins)")
        let shares = bins.compactMap { Double($0.split(separator: " ").last!.dropLast()) }
        #expect(abs(shares.reduce(0, +) - 100) < 1, "the bins hold every case: \(shares)")
        let utilisation = try #require(lines.firstIndex(of: "Utilisation per role:"))
        let kepala = lines[utilisation + 1]
        #expect(kepala.hasPrefix("  Kepala UKPBJ (1)") && kepala.contains("█"), "\(kepala)")
    }

    @Test func timelineDrawsAWalkedCaseByRoleWithItsNightsAsGaps() throws {
        let walk =
            "open examples/kebijakan-mutu-ukpbj.yaml; start kasus1 at 2026-03-02T07:30; as kepala; do 1; as tim; do 2; "
            + "as kepala; decide \"perlu perbaikan\"; as tim; do 2; as kepala; decide menyetujui; "
        let run = try Sopsh.run(walk + "timeline --width 100")
        #expect(run.status == 0, "\(run)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let heading = try #require(lines.first { $0.hasPrefix("Case kasus1: 5 steps") })
        #expect(heading.contains("Mon 2 Mar 2026 07:30 → Wed 4 Mar 2026 11:30") && heading.contains("in progress"), "\(heading)")
        let team = try #require(lines.first { $0.hasPrefix("Tim Pelaksana") })
        #expect(team.contains("2") && team.contains("┄"), "step 2 twice, paused overnight: \(team)")
        #expect(team.count <= 100)
        let json = try Sopsh.run(walk + "timeline --json")
        let rows = try #require(try json.jsonValues().last as? [[String: Any]])
        #expect(rows.compactMap { $0["step"] as? String } == ["1", "2", "3", "2", "3"])
        #expect(rows.compactMap { $0["answer"] as? String } == ["perlu perbaikan", "menyetujui"])
    }

    @Test func timelineDrawsTheSimulatedCaseTheEventLogRecorded() throws {
        try TemporaryFolder.with { folder in
            let log = folder.path("kasus.csv")
            let run = try Sopsh.run(
                Self.open
                    + "simulate --cases 30 --every 8h --replications 1 --distribution exponential --events \(log); timeline --simulated 12 --json"
            )
            #expect(run.status == 0, "\(run)")
            let rows = try #require(try run.jsonValues().last as? [[String: Any]])
            let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\r\n").filter { $0.hasPrefix("R1-12,") }
            #expect(rows.compactMap { $0["step"] as? String } == logged.map { String($0.split(separator: ",")[1]) })
            #expect(!rows.isEmpty)
        }
    }
}

extension Double {
    fileprivate var asInt: Int { Int(self) }
}
