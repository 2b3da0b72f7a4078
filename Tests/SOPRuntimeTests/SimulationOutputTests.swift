import Foundation
import SOPRuntime
import Testing

/// What a simulation hands on: its event log as a file, one case of it again, the lead-time
/// histogram, scenarios compared, and the HTML report.
@Suite struct SimulationOutputs {
    /// The appendix model with exponential times, small enough for a test.
    static func appendix(cases: Int = 400, replications: Int = 2, staff: [String: Int] = [:]) throws -> Simulation {
        var scenario = Scenario(
            arrivals: .poisson(meanInterval: .hours(40)), cases: cases, replications: replications, seed: 11,
            calendar: .office, durations: DurationModel(distribution: .exponential),
            decisions: [StepNumber(3): ["perlu perbaikan": 0.3], StepNumber(11): ["perlu perbaikan": 0.25]])
        scenario.staff = staff
        return try Simulation(sop: try Simulations.seed(), scenario: scenario)
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-simulation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    // MARK: Event log files

    @Test func theCSVLogHasARowForEveryStepEveryCaseTookAndEachCaseTogether() throws {
        let simulation = try Self.appendix()
        let path = try Self.folder().appendingPathComponent("kasus.csv").path
        let file = try SimulationEventLogFile(path: path, format: .csv, simulation: simulation, name: "Kebijakan Mutu")
        let result = simulation.run(eventLog: file.sink)
        #expect(!FileManager.default.fileExists(atPath: path), "the file appears only when it is complete")
        try file.finish()

        let rows = try #require(
            try Consumer.python(EventLogExports.csvReader, reading: String(contentsOfFile: path, encoding: .utf8), extension: "csv")
                as? [[String]])
        #expect(rows.first == EventLogCSVWriter.columns)
        #expect(rows.count - 1 == result.steps.reduce(0) { $0 + $1.visits }, "one row per step begun")
        let cases = rows.dropFirst().map(\.[0])
        #expect(Set(cases).count == result.casesFinished)
        // Each case's rows stand together, and end with its last step, 12.
        var seen: Set<String> = []
        for (index, name) in cases.enumerated() where index == 0 || cases[index - 1] != name {
            #expect(seen.insert(name).inserted, "\(name) appears in two places")
        }
        let lastRows = Dictionary(rows.dropFirst().map { ($0[0], $0[1]) }, uniquingKeysWith: { _, last in last })
        #expect(Set(lastRows.values) == ["12"])
        #expect(rows.dropFirst().allSatisfy { $0[4] <= $0[5] }, "no step ends before it starts")
    }

    @Test func theXESLogIsReadByAProcessMiningTool() throws {
        let simulation = try Self.appendix(cases: 30, replications: 1)
        let path = try Self.folder().appendingPathComponent("kasus.xes").path
        let file = try SimulationEventLogFile(
            path: path, format: .xes, simulation: simulation, name: "Kebijakan Mutu", utcOffsetMinutes: 420)
        let result = simulation.run(eventLog: file.sink)
        try file.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try Consumer.xmllint(text).status == 0)
        let traces = try #require(try Consumer.python(EventLogExports.xesReader, reading: text, extension: "xes") as? [[String: Any]])
        #expect(traces.count == result.casesFinished)
        let first = try #require(traces.first)
        #expect((first["attributes"] as? [String: String])?["replication"] == "1")
        let events = try #require(first["events"] as? [[String: Any]])
        #expect(events.first?["activity"] as? String == "1. Memberikan arahan untuk menyusun kebijakan mutu dan layanan UKPBJ")
        #expect(text.contains("<date key=\"time:timestamp\" value=\"2026-01-05T") && text.contains(":00+07:00\"/>"))
    }

    @Test func aLogThatCannotBeWrittenLeavesTheOldFileAsItWas() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("kasus.csv").path
        try Data("the old log\n".utf8).write(to: URL(fileURLWithPath: path))
        let simulation = try Self.appendix(cases: 20, replications: 1)
        do {
            let file = try SimulationEventLogFile(path: path, format: .csv, simulation: simulation, name: "SOP")
            _ = simulation.run(eventLog: file.sink)
            // Dropped without `finish`: the run was abandoned.
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the old log\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["kasus.csv"], "no temporary file is left behind")
        #expect(throws: AtomicFileError.self) {
            try SimulationEventLogFile(
                path: folder.appendingPathComponent("no/such/folder.csv").path, format: .csv, simulation: simulation, name: "SOP")
        }
    }

    // MARK: One case again

    @Test func aSimulatedCaseDrawnAgainIsTheCaseTheRunSimulated() throws {
        let simulation = try Self.appendix(cases: 60, replications: 2)
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("kasus.csv").path
        let file = try SimulationEventLogFile(path: path, format: .csv, simulation: simulation, name: "SOP")
        _ = simulation.run(eventLog: file.sink)
        try file.finish()
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\r\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        for number in [1, 17, 60] {
            let trace = try #require(simulation.trace(ofCase: number))
            #expect(trace.name == "R1-\(number)")
            let logged = rows.filter { $0[0] == "R1-\(number)" }
            #expect(trace.events.map(\.step) == logged.map { String($0[1]) })
            #expect(trace.events.map { $0.start.description + ":00" } == logged.map { String($0[4]) })
            #expect(trace.events.map { $0.end.description + ":00" } == logged.map { String($0[5]) })
        }
        #expect(simulation.trace(ofCase: 61) == nil)
    }

    // MARK: The histogram

    @Test func theLeadTimeHistogramAccountsForEveryCaseInRoundBins() throws {
        let result = try Self.appendix(cases: 2000).run()
        let distribution = result.leadTimeDistribution
        #expect(distribution.shares.count == LeadTimeDistribution.binCount)
        #expect(abs(distribution.shares.reduce(0, +) + distribution.beyond - 1) < 1e-9)
        #expect(distribution.beyond <= 0.011, "the bins reach past the 99th percentile")
        let power = pow(10, log10(distribution.binHours).rounded(.down))
        #expect([1, 2, 2.5, 5].contains(distribution.binHours / power))
        // No case of the appendix takes less than its 38 working hours of fixed work… but
        // times are exponential here, so only the median's bin is certain to be full.
        let median = result.leadTime.p50.mean
        #expect(distribution.shares[min(Int(median / distribution.binHours), LeadTimeDistribution.binCount - 1)] > 0)
    }

    @Test func equalLeadTimesFillOneBin() throws {
        let sop = Simulations.singleStep(staff: 10)
        let result = try Simulation.run(
            sop: sop, scenario: Scenario(arrivals: .regular(interval: .hours(2)), cases: 50, replications: 1, calendar: .roundTheClock))
        #expect(result.leadTimeDistribution.shares.filter { $0 > 0 } == [1])
        #expect(result.leadTimeDistribution.beyond == 0)
    }

    // MARK: Comparison

    @Test func aSecondMemberForTheBottleneckCutsTheWaitClearlyAndTheSameScenarioChangesNothing() throws {
        let baseline = try Self.appendix(cases: 3000, replications: 4).run()
        #expect(baseline.bottleneck == "tim", "the seed's team has one member for four steps")
        let more = try Self.appendix(cases: 3000, replications: 4, staff: ["tim": 2]).run()
        let comparison = ScenarioComparison([baseline, more, baseline])
        #expect(comparison.baseline == baseline.scenario)
        #expect(comparison.differences.count == 2)
        let wait = try #require(comparison.differences[0].metrics.first { $0.metric == "waitingTime" })
        #expect(wait.value < wait.baseline && wait.clear, "\(wait)")
        #expect(try #require(wait.relative) < -0.5)
        let team = try #require(comparison.differences[0].metrics.first { $0.metric == "roles.tim.utilisation" })
        #expect(abs(team.value - team.baseline / 2) < 0.03, "twice the staff, half the utilisation: \(team)")
        #expect(comparison.differences[1].metrics.allSatisfy { $0.relative ?? 0 == 0 && !$0.clear })
    }

    // MARK: The report page

    @Test func theReportIsOneWellFormedPageWithEveryScenarioAndTheComparison() throws {
        let first = try Self.appendix(cases: 300)
        let second = try Self.appendix(cases: 300, staff: ["kepala": 2])
        let runs = [
            SimulationReportHTMLWriter.Run(scenario: first.scenario, result: first.run()),
            SimulationReportHTMLWriter.Run(scenario: second.scenario, result: second.run())
        ]
        let page = SimulationReportHTMLWriter.write(title: "Kebijakan Mutu <UKPBJ> & layanan", runs: runs)
        #expect(try Consumer.xmllint(page).status == 0)
        #expect(page == SimulationReportHTMLWriter.write(title: "Kebijakan Mutu <UKPBJ> & layanan", runs: runs), "the same bytes each time")
        #expect(page.contains("Kebijakan Mutu &lt;UKPBJ&gt; &amp; layanan"))
        #expect(!page.contains("<script"), "self-contained and static")
        let document = try Consumer.xml(page)
        #expect(document.elements(named: "table").filter { $0.value("class") == "comparison" }.count == 1)
        #expect(document.elements(named: "svg").count == 2 * 3, "a histogram, utilisation and waiting per scenario")
        let single = SimulationReportHTMLWriter.write(title: "SOP", runs: [runs[0]])
        #expect(!single.contains("class=\"comparison\""))
    }

    /// Each scenario section's settings table as label and value, in the page's order.
    static func settingsTables(_ page: String) throws -> [[Pair]] {
        try Consumer.xml(page).elements(named: "table").filter { $0.value("class") == "settings" }.map { table in
            table.elements(named: "tr").map {
                Pair($0.elements(named: "th").first?.stringValue ?? "", $0.elements(named: "td").first?.stringValue ?? "")
            }
        }
    }

    struct Pair: Equatable, CustomStringConvertible {
        var label, value: String
        init(_ label: String, _ value: String) { (self.label, self.value) = (label, value) }
        var description: String { "\(label): \(value)" }
    }

    @Test func theFirstScenarioShowsEverySettingAndEachLaterOneEverySettingItChanges() throws {
        let baseline = try Self.appendix(cases: 100, replications: 1)
        let change = ScenarioChange(
            name: "ringkas", executors: [StepNumber(5): ["tim"]], decisions: [StepNumber(3): ["perlu perbaikan": 0.1]],
            stepDurations: [StepNumber(5): StepDuration(time: .hours(4))], arrivalFactor: 1.5, reworkCap: 3,
            caseTypes: [CaseType(name: "biasa", share: 0.7), CaseType(name: "segera", share: 0.3, priority: 1)],
            mergedSteps: [StepMerge(StepNumber(9), StepNumber(10))])
        var copy = baseline.scenario
        copy.name = "salinan"
        let runs = try [baseline.scenario, baseline.scenario.applying(change), copy].map { scenario in
            SimulationReportHTMLWriter.Run(
                scenario: scenario, result: try Simulation(sop: try Simulations.seed(), scenario: scenario).run())
        }
        let page = SimulationReportHTMLWriter.write(title: "Kebijakan Mutu", runs: runs)
        #expect(try Consumer.xmllint(page).status == 0)
        let tables = try Self.settingsTables(page)
        try #require(tables.count == 3)
        for expected in [
            Pair("Arrivals", "Poisson, every 40 jam on average"), Pair("Start", "Mon 5 Jan 2026 00:00"),
            Pair(
                "Calendar", "Mon–Thu 07:30–12:00, 13:00–16:00; Fri 07:30–11:30, 13:00–16:30; Sat–Sun closed; 37 jam 30 menit of work a week"
            ),
            Pair("Holidays", "none"), Pair("Spread of durations", "eksponensial, width 0.5"),
            Pair("Duration per step", "the SOP's standard time with the general spread"), Pair("Staff of Kepala UKPBJ", "1 person"),
            Pair("Pelaksana", "as the SOP says"), Pair("Decision of step 3", "perlu perbaikan 30%"),
            Pair("Decision of step 11", "perlu perbaikan 25%"), Pair("Rework cap", "10 per case"),
            Pair("Kinds of case", "one kind"), Pair("Steps removed", "none"), Pair("Steps merged", "none")
        ] {
            #expect(tables[0].contains(expected), "the first scenario shows \(expected), defaults too")
        }
        #expect(
            tables[1] == [
                Pair("Arrivals", "Poisson, every 26 jam 40 menit on average"), Pair("Duration of step 5", "4 jam"),
                Pair("Pelaksana of step 5", "Tim Pelaksana Fungsi UKPBJ"), Pair("Decision of step 3", "perlu perbaikan 10%"),
                Pair("Rework cap", "3 per case"), Pair("Kinds of case", "biasa 70%, priority 0; segera 30%, priority 1"),
                Pair("Steps merged", "9 with 10")
            ],
            "every change and nothing else")
        #expect(tables[2] == [Pair("All settings", "the same")])
    }

    @Test func theBenchmarkScenariosEachShowTheirChange() throws {
        let file = try ScenarioFile.read(try Examples.text("bench-seed.scenario.yaml"), file: Examples.path("bench-seed.scenario.yaml"))
        let sop = try Examples.load("bench-seed.yaml").sop
        let runs = try file.scenarios.map { scenario in
            var small = scenario
            small.cases = 50
            small.replications = 1
            return SimulationReportHTMLWriter.Run(scenario: small, result: try Simulation(sop: sop, scenario: small).run())
        }
        let tables = try Self.settingsTables(SimulationReportHTMLWriter.write(title: "bench", runs: runs))
        try #require(tables.count == 3, "appendix, tambah kepala, tanpa pengulangan")
        #expect(tables[1] == [Pair("Staff of Kepala UKPBJ", "2 people")])
        #expect(tables[2] == ["3", "6", "11"].map { Pair("Decision of step \($0)", "perlu perbaikan 0%") })
    }
}
