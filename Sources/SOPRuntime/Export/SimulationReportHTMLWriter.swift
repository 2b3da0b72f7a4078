import Foundation

/// A simulation report as one self-contained HTML page (no scripts, no files beside it) to
/// hand to the people who decide: the settings, the results table, the lead-time histogram,
/// utilisation per role and waiting per step as inline SVG, and, when several scenarios ran,
/// the comparison with the baseline. In Indonesian, like the SOP it reports on; printable
/// on A4. Well-formed XML, like the official form, so an XML parser can check it.
public enum SimulationReportHTMLWriter {
    /// One scenario as it was run: its settings and what came out.
    public struct Run: Sendable {
        public var scenario: Scenario
        public var result: SimulationResult

        public init(scenario: Scenario, result: SimulationResult) {
            self.scenario = scenario
            self.result = result
        }
    }

    /// The page for `runs` of the SOP titled `title`; the first run is the baseline.
    public static func write(title: String, runs: [Run]) -> String {
        let x = ExportEscaping.xmlText
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\" xml:lang=\"id\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n<title>\(x("Simulasi " + title))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        out += "<h1>Laporan simulasi</h1>\n<p class=\"sop\">\(x(title))</p>\n"
        if runs.count > 1 {
            out += comparison(ScenarioComparison(runs.map(\.result)))
        }
        for run in runs { out += section(run) }
        out += "<p class=\"note\">Waktu dalam jam kerja menurut kalender skenario. ± adalah setengah lebar selang kepercayaan 95% antarreplikasi.</p>\n"
        out += "</body>\n</html>\n"
        return out
    }

    private static func section(_ run: Run) -> String {
        let x = ExportEscaping.xmlText
        let result = run.result
        var out = "<section>\n<h2>Skenario \(x(result.scenario))</h2>\n"
        out += "<div class=\"columns\">\n<table class=\"settings\">\n<caption>Pengaturan</caption>\n"
        for (label, value) in settings(run.scenario) {
            out += "<tr><th>\(x(label))</th><td>\(x(value))</td></tr>\n"
        }
        out += "</table>\n<table class=\"results\">\n<caption>Hasil</caption>\n"
        let lead = result.leadTime
        let rows: [(String, String)] = [
            ("Kasus selesai", "\(result.casesFinished) dari \(result.casesArrived)" + (result.stopped ? " (dihentikan)" : "")),
            ("Waktu penyelesaian rata-rata", hours(lead.mean)), ("Median (p50)", hours(lead.p50)),
            ("p90", hours(lead.p90)), ("p95", hours(lead.p95)), ("Terlama", hours(Estimate(mean: lead.max, halfWidth: nil))),
            ("Tunggu per kasus", hours(result.waitingTime)),
            ("Selesai dalam waktu baku", percent(result.withinStandard)),
            ("Kasus dalam proses", number(result.workInProgress)),
            ("Perbaikan (putaran ulang)", "\(result.rework.reworks), \(number(result.rework.perCase)) per kasus; batas \(result.rework.cap) tercapai \(result.rework.capHits) kali"),
            ("Hambatan utama", result.bottleneck.flatMap { id in result.roles.first { $0.id == id }?.name } ?? "–"),
        ]
        for (label, value) in rows { out += "<tr><th>\(x(label))</th><td>\(x(value))</td></tr>\n" }
        out += "</table>\n</div>\n"
        out += "<h3>Sebaran waktu penyelesaian</h3>\n" + SimulationReportCharts.histogram(result.leadTimeDistribution)
        out += "<h3>Utilisasi per peran</h3>\n" + SimulationReportCharts.bars(
            result.roles.map { ("\($0.name) (\($0.staff))", $0.utilisation.mean, percent($0.utilisation)) }, maximum: 1)
        let waits = result.steps.map { ("Langkah \($0.label)", $0.meanWait.mean, hours($0.meanWait)) }
        out += "<h3>Tunggu rata-rata per langkah</h3>\n" + SimulationReportCharts.bars(waits, maximum: waits.map(\.1).max() ?? 0)
        for warning in result.warnings { out += "<p class=\"warning\">⚠ \(x(warning))</p>\n" }
        return out + "</section>\n"
    }

    private static func comparison(_ comparison: ScenarioComparison) -> String {
        let x = ExportEscaping.xmlText
        var out = "<section>\n<h2>Perbandingan dengan \(x(comparison.baseline))</h2>\n<table class=\"comparison\">\n<thead><tr><th>Ukuran</th>"
        for result in comparison.scenarios { out += "<th>\(x(result.scenario))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for metric in ScenarioComparison.metrics(of: comparison.scenarios[0]) {
            out += "<tr><th>\(x(metricLabel(metric.key, roles: comparison.scenarios[0].roles)))</th><td>\(x(format(metric.key, metric.estimate.mean)))</td>"
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
        out += "</tbody>\n</table>\n<p class=\"note\">Tebal: selang kepercayaan kedua skenario tidak bertumpang tindih.</p>\n</section>\n"
        return out
    }

    /// The scenario's settings as label and value, in the report's language.
    static func settings(_ scenario: Scenario) -> [(String, String)] {
        let arrivals: String
        switch scenario.arrivals {
        case .poisson(let interval): arrivals = "Poisson, rata-rata tiap \(interval.formatted())"
        case .regular(let interval): arrivals = "tetap, tiap \(interval.formatted())"
        case .times(let moments): arrivals = "\(moments.count) waktu yang ditentukan"
        case .batch: arrivals = "sekaligus di awal"
        }
        var rows = [("Kedatangan", arrivals)]
        if let cases = scenario.cases { rows.append(("Jumlah kasus per replikasi", String(cases))) }
        if let horizon = scenario.horizon { rows.append(("Horizon", horizon.formatted())) }
        rows += [("Replikasi", String(scenario.replications)), ("Seed", String(scenario.seed)),
                 ("Kalender", scenario.calendar.isRoundTheClock ? "sepanjang waktu (24 jam sehari, setiap hari)" : scenario.calendar.summary),
                 ("Sebaran durasi", "\(indonesianName(scenario.durations.distribution)), lebar \(scenario.durations.spread)"),
                 ("Batas pengulangan", String(scenario.reworkCap))]
        if !scenario.staff.isEmpty {
            rows.append(("Pegawai", scenario.staff.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))
        }
        if !scenario.removedSteps.isEmpty {
            rows.append(("Langkah dihapus", scenario.removedSteps.map(\.description).joined(separator: ", ")))
        }
        return rows
    }

    /// A distribution as scenario files name it (`eksponensial`).
    private static func indonesianName(_ distribution: DurationModel.Distribution) -> String {
        ScenarioFileReader.distributionNames.first { $0.value == distribution }?.key ?? distribution.rawValue
    }

    private static func metricLabel(_ key: String, roles: [RoleStatistics]) -> String {
        switch key {
        case "leadTime.mean": return "Waktu penyelesaian rata-rata (jam)"
        case "leadTime.p50": return "Waktu penyelesaian p50 (jam)"
        case "leadTime.p90": return "Waktu penyelesaian p90 (jam)"
        case "leadTime.p95": return "Waktu penyelesaian p95 (jam)"
        case "waitingTime": return "Tunggu per kasus (jam)"
        case "withinStandard": return "Selesai dalam waktu baku"
        case "workInProgress": return "Kasus dalam proses"
        case "rework.perCase": return "Perbaikan per kasus"
        default:
            let id = key.dropFirst("roles.".count).dropLast(".utilisation".count)
            return "Utilisasi " + (roles.first { $0.id == id }?.name ?? String(id))
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
        .columns { display: flex; gap: 8mm; align-items: flex-start; }
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
