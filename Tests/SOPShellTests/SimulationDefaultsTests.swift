import Foundation
import Testing

/// A first `simulate` cannot mislead: an overloaded scenario is warned of before it runs, with
/// the figure and what to change, and the report says which defaults the run took.
@Suite struct SimulationDefaults {
    static let open = "open examples/bench-seed.yaml; "
    static let small = "--cases 200 --replications 2"

    @Test func theDefaultArrivalsOverloadBenchSeedAndSopshSaysSoBeforeTheRun() throws {
        let run = try Sopsh.run(Self.open + "simulate \(Self.small) --json")
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("⚠ overloaded: offered load of Kepala UKPBJ at 1.47, Tim Pelaksana Fungsi UKPBJ at 1.07"), "\(run)")
        let result = try #require(try run.jsonValues().first as? [String: Any], "\(run)")
        let offered = try #require(result["offeredLoad"] as? [String: Any])
        let roles = try #require(offered["roles"] as? [[String: Any]])
        let kepala = try #require(roles.first { $0["id"] as? String == "kepala" })
        #expect(abs((kepala["load"] as? Double ?? 0) - 1.4667) < 0.001, "1 case a 7.5 h office day × 11 h ÷ 1: \(kepala)")
    }

    @Test func theReportGivesTheFigureAndRemediesThatWork() throws {
        let run = try Sopsh.run(Self.open + "simulate \(Self.small)")
        #expect(
            run.stdout.contains("Offered load of Kepala UKPBJ (kepala) at 1.47: 0.13 cases an hour × 11 h of work a case ÷ 1 staff"),
            "\(run)")
        #expect(run.stdout.contains("To change it: more staff (--staff kepala=2,tim=4"), "\(run)")
        #expect(run.stdout.contains("--every 12h or more"), "\(run)")
        for remedy in ["--staff kepala=2,tim=4", "--every 12h"] {
            let fixed = try Sopsh.run(Self.open + "simulate \(Self.small) \(remedy)")
            #expect(
                fixed.status == 0 && !fixed.stdout.contains("overloaded") && !fixed.stderr.contains("overloaded"), "\(remedy): \(fixed)")
        }
    }

    @Test func theReportListsTheDefaultsTheRunTook() throws {
        let run = try Sopsh.run(Self.open + "simulate \(Self.small) --every 13h")
        let report = run.stdout
        #expect(report.contains("Assumed, since not given:"), "\(run)")
        #expect(!report.contains("  arrivals:"), "--every gave the arrivals: \(run)")
        #expect(
            report.contains("  decisions: no odds, so every decision takes its forward answer and no case is reworked (--decide 3:2=30%)"),
            "\(run)")
        #expect(report.contains("  durations: every step takes exactly its standard time"), "\(run)")
        #expect(report.contains("  staff: as many as each role's `jumlah` in the SOP"), "\(run)")
        let json = try Sopsh.run(Self.open + "simulate \(Self.small) --json")
        let result = try #require(try json.jsonValues().first as? [String: Any], "\(json)")
        let assumed = try #require(result["assumed"] as? [String])
        #expect(assumed.map { $0.prefix { $0 != ":" } } == ["arrivals", "decisions", "durations", "staff"], "\(assumed)")
    }

    @Test func theHTMLReportCarriesTheWarningAndTheDefaultsToo() throws {
        try TemporaryFolder.with { folder in
            let page = folder.path("laporan.html")
            let run = try Sopsh.run(Self.open + "simulate \(Self.small) --report \(page)")
            #expect(run.status == 0, "\(run)")
            let html = try #require(folder.read("laporan.html"))
            #expect(html.contains("<p class=\"warning\">⚠ overloaded: work arrives faster than it can be done."), "\(html.prefix(3000))")
            #expect(html.contains("<li>decisions: no odds"), "\(html.prefix(3000))")
        }
    }

    @Test func nothingIsListedWhenFlagsOrTheScenarioFileSayIt() throws {
        let flags = try Sopsh.run(
            Self.open + "simulate \(Self.small) --every 13h --decide 3:2=30% --distribution exponential --staff kepala=2")
        #expect(flags.status == 0 && !flags.stdout.contains("Assumed"), "\(flags)")
        let file = try Sopsh.run("simulate examples/bench-seed.scenario.yaml \(Self.small) --json")
        let result = try #require(try file.jsonValues().first as? [String: Any], "\(file)")
        #expect(result["assumed"] as? [String] == [], "the scenario file sets arrivals, odds, durations and staff: \(file)")
        let change = try Sopsh.run("simulate examples/bench-seed.scenario.yaml --scenario \"tambah kepala\" \(Self.small)")
        #expect(change.status == 0 && !change.stdout.contains("Assumed"), "a change inherits the baseline's settings: \(change)")
    }
}
