import Foundation

/// A simulation report as one self-contained HTML page (no scripts, no files beside it) to
/// hand to the people who decide: the settings (every one for the first scenario, what
/// differs from it for each other), the results table, the lead-time histogram,
/// utilisation per role and waiting per step as inline SVG, and, when several scenarios ran,
/// the comparison with the baseline. In the session's language (the SOP's own text as
/// written); printable on A4. Well-formed XML, like the official form, so an XML parser can check it.
public enum SimulationReportHTMLWriter {
    /// One scenario as it was run: its settings and what came out.
    public struct Run: Sendable {
        public var scenario: Scenario
        public var result: SimulationResult
        /// The defaults the run took because nothing said otherwise, one sentence each.
        public var assumed: [String]

        public init(scenario: Scenario, result: SimulationResult, assumed: [String] = []) {
            self.scenario = scenario
            self.result = result
            self.assumed = assumed
        }
    }

    /// The page for `runs` of the SOP titled `title`; the first run is the baseline.
    public static func write(title: String, runs: [Run]) -> String {
        let x = ExportEscaping.xmlText
        let language = Catalogue.current.language == "id" ? "id" : "en"
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\" xml:lang=\"\(language)\">\n<head>\n"
        out +=
            "<meta charset=\"utf-8\"/>\n<title>\(x(localized("Simulation of \(title)")))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        out += "<h1>\(x(localized("Simulation report")))</h1>\n<p class=\"sop\">\(x(title))</p>\n"
        if runs.count > 1 {
            out += comparison(ScenarioComparison(runs.map(\.result)))
        }
        for (index, run) in runs.enumerated() { out += section(run, reference: index == 0 ? nil : runs[0]) }
        out +=
            "<p class=\"note\">\(x(localized("Times in working hours on the scenario's calendar. ± is half the width of the 95% confidence interval across replications.")))</p>\n"
        out += "</body>\n</html>\n"
        return out
    }

    /// A scenario's section. The first run's settings table shows every setting, defaults
    /// too; a later run's shows only what differs from the first run's.
    private static func section(_ run: Run, reference: Run?) -> String {
        let x = ExportEscaping.xmlText
        let result = run.result
        var out = "<section>\n<h2>\(x(localized("Scenario \(result.scenario)")))</h2>\n"
        // Above the figures, which an overload makes meaningless.
        if let overload = result.offeredLoad.warning {
            out += "<p class=\"warning\">\(x(overload).replacingOccurrences(of: "\n", with: "<br/>"))</p>\n"
        }
        out += "<div class=\"columns\">\n" + settingsTable(run, reference: reference)
        out += "<table class=\"results\">\n<caption>\(x(localized("Results")))</caption>\n"
        let lead = result.leadTime
        let stopped: Message = result.stopped ? " (stopped)" : ""
        let rows: [(Message, String)] = [
            ("Cases finished", localized("\(result.casesFinished) of \(result.casesArrived)\(stopped)")),
            ("Mean lead time", hours(lead.mean)), ("Median (p50)", hours(lead.p50)),
            ("p90", hours(lead.p90)), ("p95", hours(lead.p95)), ("Longest", hours(Estimate(mean: lead.max, halfWidth: nil))),
            ("Waiting per case", hours(result.waitingTime)),
            ("Finished within the standard time", percent(result.withinStandard)),
            ("Cases in progress", number(result.workInProgress)),
            (
                "Rework (loops back)",
                localized(
                    "\(result.rework.reworks), \(number(result.rework.perCase)) per case; cap \(result.rework.cap) reached \(result.rework.capHits) times"
                )
            ),
            ("Bottleneck", result.bottleneck.flatMap { id in result.roles.first { $0.id == id }?.name } ?? "–")
        ]
        for (label, value) in rows { out += "<tr><th>\(x(label.text))</th><td>\(x(value))</td></tr>\n" }
        out += "</table>\n</div>\n"
        out += "<h3>\(x(localized("Distribution of the lead time")))</h3>\n" + SimulationReportCharts.histogram(result.leadTimeDistribution)
        out +=
            "<h3>\(x(localized("Utilisation per role")))</h3>\n"
            + SimulationReportCharts.bars(
                result.roles.map { ("\($0.name) (\($0.staff))", $0.utilisation.mean, percent($0.utilisation)) }, maximum: 1)
        let waits = result.steps.map { (localized("Step \($0.label)"), $0.meanWait.mean, hours($0.meanWait)) }
        out += "<h3>\(x(localized("Mean wait per step")))</h3>\n" + SimulationReportCharts.bars(waits, maximum: waits.map(\.1).max() ?? 0)
        for warning in result.warnings { out += "<p class=\"warning\">⚠ \(x(warning))</p>\n" }
        return out + "</section>\n"
    }

    /// The settings of `run`: all of them, or, after the `reference` run, those that differ.
    private static func settingsTable(_ run: Run, reference: Run?) -> String {
        let x = ExportEscaping.xmlText
        var rows: [Setting]
        var out = "<table class=\"settings\">\n"
        if let reference {
            let both = [reference.scenario, run.scenario]
            let before = settings(reference, listing: both)
            rows = settings(run, listing: both).filter { !before.contains($0) }
            if rows.isEmpty { rows = [Setting("All settings", localized("the same"))] }
            out += "<caption>\(x(localized("Settings that differ from \(reference.result.scenario)")))</caption>\n"
        } else {
            rows = settings(run, listing: [run.scenario])
            out += "<caption>\(x(localized("Settings")))</caption>\n"
        }
        for row in rows { out += "<tr><th>\(x(row.label))</th><td>\(x(row.value))</td></tr>\n" }
        out += "</table>\n"
        guard !run.assumed.isEmpty else { return out }
        // Under the settings, in their column: what the run assumed is a setting too.
        let assumed =
            "<p>\(x(localized("Assumed, since not given:")))</p>\n<ul class=\"assumed\">\n"
            + run.assumed.map { "<li>\(x($0))</li>\n" }.joined() + "</ul>\n"
        return "<div>\n" + out + assumed + "</div>\n"
    }

    private static func comparison(_ comparison: ScenarioComparison) -> String {
        let x = ExportEscaping.xmlText
        var out =
            "<section>\n<h2>\(x(localized("Compared with \(comparison.baseline)")))</h2>\n<table class=\"comparison\">\n<thead><tr><th>\(x(localized("Measure")))</th>"
        for result in comparison.scenarios { out += "<th>\(x(result.scenario))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in ScenarioComparison.metrics(of: comparison.scenarios[0]) {
            out +=
                "<tr><th>\(x(metricLabel(metric.key, roles: comparison.scenarios[0].roles)))</th><td>\(x(format(metric.key, metric.estimate.mean)))</td>"
            for difference in comparison.differences {
                guard let change = difference.metrics.first(where: { $0.metric == metric.key }) else {
                    out += "<td>–</td>"
                    continue
                }
                let relative = change.relative.map { String(format: " (%+.1f%%)", $0 * 100) } ?? ""
                out += "<td class=\"\(change.clear ? "clear" : "")\">\(x(format(metric.key, change.value) + relative))</td>"
            }
            out += "</tr>\n"
        }
        out +=
            "</tbody>\n</table>\n<p class=\"note\">\(x(localized("Bold: the confidence intervals of the two scenarios do not overlap.")))</p>\n</section>\n"
        return out
    }

    /// A line of a settings table.
    struct Setting: Equatable {
        var label: String
        var value: String

        init(_ label: Message, _ value: String) {
            self.label = label.text
            self.value = value
        }
    }

    /// Every setting of `run`'s scenario, in the report's language, defaults included. Per-step
    /// settings (times, who does a step, decision odds) get a line for each step any of
    /// `scenarios` sets, so that the lines of two scenarios listed alike can be compared.
    static func settings(_ run: Run, listing scenarios: [Scenario]) -> [Setting] {
        let scenario = run.scenario
        let roles = run.result.roles
        func roleName(_ id: String) -> String { roles.first { $0.id == id }?.name ?? id }
        let unlimited = localized("no limit")
        var rows = [
            Setting("Arrivals", arrivals(scenario.arrivals)),
            Setting("Start", (scenario.start ?? scenario.arrivals.listedTimes?.min() ?? Scenario.defaultStart).shown),
            Setting(
                "Cases per replication",
                scenario.cases.map(String.init)
                    ?? scenario.arrivals.listedTimes.map { localized("\($0.count), as the list of times gives") } ?? unlimited),
            Setting("Arrival horizon", scenario.horizon?.formatted() ?? unlimited),
            Setting("Replications", String(scenario.replications)), Setting("Seed", String(scenario.seed))
        ]
        rows += calendar(scenario.calendar)
        rows += [
            Setting(
                "Spread of durations",
                localized("\(fileName(scenario.durations.distribution)), width \(decimal(scenario.durations.spread))")),
            Setting("Spread of times written as a range", fileName(scenario.durations.rangeDistribution))
        ]
        let timed = Set(scenarios.flatMap(\.durations.steps.keys)).sorted()
        rows +=
            timed.isEmpty
            ? [Setting("Duration per step", localized("the SOP's standard time with the general spread"))]
            : timed.map { Setting("Duration of step \($0)", stepDuration(scenario.durations.steps[$0])) }
        func people(_ count: Int) -> String { localized(count == 1 ? "1 person" : "\(count) people") }
        rows +=
            roles.isEmpty
            ? scenario.staff.sorted { $0.key < $1.key }.map { Setting("Staff of \($0.key)", people($0.value)) }
            : roles.map { Setting("Staff of \($0.name)", people($0.staff)) }
        let assigned = Set(scenarios.flatMap(\.executors.keys)).sorted()
        let asTheSOPSays = localized("as the SOP says")
        rows +=
            assigned.isEmpty
            ? [Setting("Pelaksana", asTheSOPSays)]
            : assigned.map { step in
                Setting(
                    "Pelaksana of step \(step)",
                    scenario.executors[step].map { $0.map(roleName).joined(separator: localized(" and ")) } ?? asTheSOPSays)
            }
        let decided = Set(scenarios.flatMap(\.decisions.keys)).sorted()
        let noOdds = localized("no odds given")
        rows +=
            decided.isEmpty
            ? [Setting("Decisions", localized("no odds given: the main path"))]
            : decided.map { step in
                Setting("Decision of step \(step)", scenario.decisions[step].map(odds) ?? noOdds)
            }
        let shares = scenario.caseTypes.reduce(0) { $0 + $1.share }
        let none = localized("none")
        rows += [
            Setting("Answers without odds", localized("share the odds left evenly; a rework answer only when given odds")),
            Setting("Rework cap", localized("\(scenario.reworkCap) per case")),
            Setting(
                "Kinds of case",
                scenario.caseTypes.isEmpty
                    ? localized("one kind")
                    : scenario.caseTypes.map {
                        localized("\($0.name) \(decimal($0.share / shares * 100))%, priority \($0.priority)")
                    }.joined(separator: "; ")),
            Setting(
                "Steps removed",
                scenario.removedSteps.isEmpty
                    ? none
                    : scenario.removedSteps.sorted().map(\.description).joined(separator: ", ")),
            Setting(
                "Steps merged",
                scenario.mergedSteps.isEmpty
                    ? none
                    : scenario.mergedSteps.map { localized("\($0.first) with \($0.second)") }.joined(separator: "; "))
        ]
        return rows
    }

    private static func arrivals(_ arrivals: Arrivals) -> String {
        switch arrivals {
        case .poisson(let interval): localized("Poisson, every \(interval.formatted()) on average")
        case .regular(let interval): localized("fixed, every \(interval.formatted())")
        case .times(let moments): localized("\(moments.count) listed times: \(moments.map(\.shown).joined(separator: "; "))")
        case .batch: localized("all at once at the start")
        }
    }

    /// The working week (days with the same hours together) and the holidays.
    private static func calendar(_ calendar: WorkCalendar) -> [Setting] {
        if calendar.isRoundTheClock { return [Setting("Calendar", localized("round the clock (24 jam a day, every day)"))] }
        let table = calendar.timetable
        let days = CivilDateTime.dayNames.indices.map { day in
            let hours = table.slots(of: day).map { WorkCalendar.clock(table.starts[$0]) + "–" + WorkCalendar.clock(table.ends[$0]) }
            return hours.isEmpty ? localized("closed") : hours.joined(separator: ", ")
        }
        var groups: [(first: Int, last: Int)] = []
        for day in days.indices {
            if let last = groups.last, days[last.last] == days[day] {
                groups[groups.count - 1].last = day
            } else {
                groups.append((day, day))
            }
        }
        let week = groups.map { group in
            let names = CivilDateTime.dayName(group.first) + (group.last > group.first ? "–" + CivilDateTime.dayName(group.last) : "")
            return names + " " + days[group.first]
        }
        let holidays = calendar.holidays.sorted { $0.key < $1.key }.map {
            CivilDateTime(minutes: Double($0.key) * 1440).shownDate + " " + $0.value
        }
        let weekHours = WorkDuration.minutes(table.weekMinutes).formatted()
        return [
            Setting("Calendar", localized("\(week.joined(separator: "; ")); \(weekHours) of work a week")),
            Setting("Holidays", holidays.isEmpty ? localized("none") : holidays.joined(separator: "; "))
        ]
    }

    private static func stepDuration(_ duration: StepDuration?) -> String {
        let parts = [
            duration?.time?.formatted(), duration?.distribution.map(fileName), duration?.spread.map { localized("width \(decimal($0))") }
        ]
        let given = parts.compactMap { $0 }
        return given.isEmpty ? localized("the SOP's standard time with the general spread") : given.joined(separator: ", ")
    }

    /// `perlu perbaikan 30%; answer 2 10%`: an answer by its label, or by its number.
    private static func odds(_ odds: [String: Double]) -> String {
        odds.sorted { $0.key < $1.key }.map { answer, probability in
            (answer.allSatisfy(\.isNumber) ? localized("answer \(answer)") : answer) + " " + decimal(probability * 100) + "%"
        }.joined(separator: "; ")
    }

    /// `0.5`, `30`, `33.333`: at most three decimals, none when whole.
    private static func decimal(_ value: Double) -> String {
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A distribution as scenario files name it (`eksponensial`): a value of the format.
    private static func fileName(_ distribution: DurationModel.Distribution) -> String {
        ScenarioFileReader.distributionNames.first { $0.value == distribution }?.key ?? distribution.rawValue
    }

    private static func metricLabel(_ key: String, roles: [RoleStatistics]) -> String {
        switch key {
        case "leadTime.mean": return localized("Mean lead time (h)")
        case "leadTime.p50": return localized("Lead time p50 (h)")
        case "leadTime.p90": return localized("Lead time p90 (h)")
        case "leadTime.p95": return localized("Lead time p95 (h)")
        case "waitingTime": return localized("Waiting per case (h)")
        case "withinStandard": return localized("Finished within the standard time")
        case "workInProgress": return localized("Cases in progress")
        case "rework.perCase": return localized("Rework per case")
        default:
            let id = key.dropFirst("roles.".count).dropLast(".utilisation".count)
            return localized("Utilisation of \(roles.first { $0.id == id }?.name ?? String(id))")
        }
    }

    private static func format(_ key: String, _ value: Double) -> String {
        key == "withinStandard" || key.hasSuffix(".utilisation") ? String(format: "%.1f%%", value * 100) : String(format: "%.2f", value)
    }

    static func hours(_ value: Estimate) -> String {
        String(format: "%.2f jam", value.mean) + (value.halfWidth.map { String(format: " ±%.2f", $0) } ?? "")
    }

    static func percent(_ value: Estimate) -> String {
        String(format: "%.1f%%", value.mean * 100) + (value.halfWidth.map { String(format: " ±%.1f", $0 * 100) } ?? "")
    }

    static func number(_ value: Estimate) -> String {
        String(format: "%.2f", value.mean) + (value.halfWidth.map { String(format: " ±%.2f", $0) } ?? "")
    }

    private static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; max-width: 190mm; margin: 0 auto; }
        h1 { font-size: 16pt; margin-bottom: 0; }
        p.sop { font-size: 12pt; margin-top: 2pt; }
        h2 { font-size: 13pt; border-bottom: 1px solid #444; margin-top: 18pt; }
        section { page-break-inside: avoid; }
        h3 { font-size: 10.5pt; margin: 10pt 0 4pt; }
        .columns { display: flex; flex-wrap: wrap; gap: 4mm 8mm; align-items: flex-start; }
        table.settings { flex: 1 1 90mm; }
        table.results { flex: 0 0 auto; }
        table.results td { white-space: nowrap; }
        table { border-collapse: collapse; }
        caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
        th, td { border: 1px solid #999; padding: 2pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: normal; }
        td { font-variant-numeric: tabular-nums; }
        table.comparison td { text-align: right; }
        td.clear { font-weight: bold; }
        p.note { color: #555; font-size: 8.5pt; }
        p.warning { color: #8a4b00; }
        svg text { font-family: "DejaVu Sans", Arial, sans-serif; }

        """
}
