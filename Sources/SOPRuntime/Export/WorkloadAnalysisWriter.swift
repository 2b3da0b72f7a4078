import Foundation

/// The workload analysis (ABK) for spreadsheets and for the people who decide: CSV of the
/// positions and of their tasks, and an HTML page with the office's simulated figures beside
/// it. Numbers are written as numbers (a point for decimals) so that a spreadsheet sums them.
public enum WorkloadAnalysisWriter {
    /// One row per position: the ABK figures, then the simulated ones when given.
    public static func positionsCSV(_ analysis: WorkloadAnalysis, simulated: OfficeResult? = nil, staffing: TargetStaffing? = nil) -> String
    {
        var header = [
            "position", "name", "workload_hours", "effective_hours", "staff_needed_exactly", "staff_needed",
            "staff_today", "difference", "efficiency", "rating"
        ]
        if simulated != nil { header += ["utilisation_simulated", "mean_wait_hours", "busy_hours_per_year_simulated", "cost_per_year"] }
        if staffing != nil { header.append("staff_for_targets") }
        var lines = [header.joined(separator: ",")]
        for (index, position) in analysis.positions.enumerated() {
            var cells = [
                ExportEscaping.csv(position.id), ExportEscaping.csv(position.name), number(position.workloadHours),
                number(position.effectiveHours), number(position.staffNeededExactly), String(position.staffNeeded),
                String(position.staffToday), String(position.difference), number(position.efficiency), position.rating.rawValue
            ]
            if let simulated {
                let found = simulated.positions[index]
                cells += [
                    number(found.utilisation.mean), number(found.meanWait), number(found.busyHoursPerYear),
                    found.costPerYear.map(number) ?? ""
                ]
            }
            if let staffing { cells.append(String(staffing.headcount[position.id] ?? 0)) }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One row per task of a position.
    public static func tasksCSV(_ analysis: WorkloadAnalysis) -> String {
        var lines = ["position,sop,step,activity,standard_hours,volume_per_year,workload_hours"]
        for position in analysis.positions {
            for task in position.tasks {
                lines.append(
                    [
                        ExportEscaping.csv(position.id), ExportEscaping.csv(task.procedure), ExportEscaping.csv(task.step),
                        ExportEscaping.csv(task.activity), number(task.standardHours), number(task.volumePerYear),
                        number(task.workloadHours)
                    ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The analysis, each position's tasks, and the simulated office, as one page.
    public static func html(_ analysis: WorkloadAnalysis, office: Office, simulated: OfficeResult, staffing: TargetStaffing?) -> String {
        let x = ExportEscaping.xmlText
        func t(_ message: Message) -> String { x(message.text) }
        func row(_ cells: [String], header: Bool = false) -> String {
            let tag = header ? "th" : "td"
            return "<tr>" + cells.map { "<\(tag)>\(x($0))</\(tag)>" }.joined() + "</tr>\n"
        }
        let language = Catalogue.current.language == "id" ? "id" : "en"
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(language)\" xml:lang=\"\(language)\">\n<head>\n"
        out +=
            "<meta charset=\"utf-8\"/>\n<title>\(t("Workload analysis of \(office.name)"))</title>\n<style>\n\(css)</style>\n</head>\n<body>\n"
        out += "<h1>\(t("Workload analysis (ABK)"))</h1>\n<p class=\"sop\">\(x(office.name))</p>\n"
        out +=
            "<p>\(t("Staff needed = workload (volume a year × standard time) ÷ effective hours of one person a year (\(number(office.effectiveHoursPerYear)) less leave)."))</p>\n"
        out += "<table>\n"
        var header = [
            localized("Position"), localized("Workload (h)"), localized("Effective hours"), localized("Needed"), localized("Rounded"),
            localized("Today"), localized("Difference"), localized("Efficiency"), localized("Rating"),
            localized("Utilisation (simulated)"), localized("Mean wait (h)")
        ]
        if staffing != nil { header.append(localized("For the targets")) }
        out += row(header, header: true)
        for (index, position) in analysis.positions.enumerated() {
            var cells = [
                position.name, String(format: "%.1f", position.workloadHours), number(position.effectiveHours),
                String(format: "%.2f", position.staffNeededExactly), String(position.staffNeeded), String(position.staffToday),
                position.difference > 0 ? "+\(position.difference)" : "\(position.difference)",
                String(format: "%.2f", position.efficiency), position.rating.rawValue,
                String(format: "%.1f%%", simulated.positions[index].utilisation.mean * 100),
                String(format: "%.2f", simulated.positions[index].meanWait)
            ]
            if let staffing { cells.append(String(staffing.headcount[position.id] ?? 0)) }
            out += row(cells)
        }
        out += "</table>\n"
        for position in analysis.positions where !position.tasks.isEmpty {
            out += "<h2>\(x(position.name))</h2>\n<table>\n"
            out += row(
                [
                    localized("SOP"), localized("Step"), "Uraian Kegiatan", localized("Standard time (h)"), localized("Volume a year"),
                    localized("Workload (h)")
                ], header: true)
            for task in position.tasks {
                out += row([
                    task.procedure, task.step, task.activity, String(format: "%.2f", task.standardHours),
                    String(format: "%.1f", task.volumePerYear), String(format: "%.1f", task.workloadHours)
                ])
            }
            out += "</table>\n"
        }
        out +=
            "<h2>\(t("The office simulated: \(simulated.run.casesFinished) cases, \(simulated.run.replications) replications"))</h2>\n<table>\n"
        out += row(
            [
                localized("SOP"), localized("Cases a year"), localized("Lead time (h)"), localized("p90 (h)"), localized("Target (h)"),
                localized("Within target")
            ], header: true)
        for procedure in simulated.procedures {
            let statistics = procedure.statistics
            out += row([
                procedure.title, String(format: "%.0f", procedure.casesPerYear),
                statistics.leadTime.map { String(format: "%.2f", $0.mean.mean) } ?? "–",
                statistics.leadTime.map { String(format: "%.2f", $0.p90.mean) } ?? "–",
                statistics.targetHours.map { String(format: "%.1f", $0) } ?? "–",
                statistics.withinTarget.map { String(format: "%.1f%%", $0.mean * 100) } ?? "–"
            ])
        }
        out += "</table>\n</body>\n</html>\n"
        return out
    }

    /// Shortest decimal text: `1250`, `0.34`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    private static let css = """
        @page { size: A4; margin: 15mm; }
        body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #111; max-width: 190mm; margin: 0 auto; }
        h1 { font-size: 16pt; margin-bottom: 0; }
        p.sop { font-size: 12pt; margin-top: 2pt; }
        h2 { font-size: 12pt; border-bottom: 1px solid #444; margin-top: 16pt; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #999; padding: 2pt 5pt; text-align: left; vertical-align: top; }
        th { background: #eef2f6; font-weight: normal; }
        td { font-variant-numeric: tabular-nums; }

        """
}
