import Foundation
import SOPRuntime

/// An office's results as an analyst reads them: per SOP (lead time, target, cost of a case)
/// and per position across SOPs (utilisation, waiting, the year's work and its cost), then the
/// workload analysis (ABK) beside the simulated figures.
enum OfficeReport {
    static func text(_ result: OfficeResult, office: Office, width: Int) -> String {
        let run = result.run
        var lines = [
            localized(
                run.replications == 1
                    ? "Office \(office.name), scenario \(result.scenario): \(run.casesFinished) of \(run.casesArrived) cases of \(office.procedures.count) SOPs finished in 1 replication, seed \(run.seed)"
                    : "Office \(office.name), scenario \(result.scenario): \(run.casesFinished) of \(run.casesArrived) cases of \(office.procedures.count) SOPs finished in \(run.replications) replications, seed \(run.seed)"
            )
        ]
        if let warning = run.offeredLoad.warning { lines.append(warning) }
        if let busiest = result.positions.max(by: { $0.utilisation.mean < $1.utilisation.mean }), busiest.utilisation.mean > 0 {
            lines.append(
                localized(
                    "Bottleneck of the office: \(busiest.name) (\(busiest.id)), utilisation \(SimulationReport.percent(busiest.utilisation))"
                ))
        }
        if let cost = result.costPerYear { lines.append(localized("The year's work costs \(Money.rupiah(cost))")) }
        let renderer = TextRenderer(width: width)
        lines += ["", renderer.render(.table(procedureTable(result))), "", renderer.render(.table(positionTable(result)))]
        lines += run.warnings.map { "⚠ \($0)" }
        return lines.joined(separator: "\n")
    }

    static func procedureTable(_ result: OfficeResult) -> Table {
        Table(
            columns: [
                .init("sop", "SOP", wraps: true), .init("cases", "Cases a year"), .init("lead", "Lead time (h)"),
                .init("p90", "p90 (h)"), .init("target", "Target (h)"), .init("within", "Within target"), .init("cost", "Cost a case")
            ],
            rows: result.procedures.map { procedure in
                let statistics = procedure.statistics
                return [
                    "sop": .string(procedure.title), "cases": .string(String(format: "%.0f", procedure.casesPerYear)),
                    "lead": .string(statistics.leadTime.map { SimulationReport.estimate($0.mean) } ?? "–"),
                    "p90": .string(statistics.leadTime.map { SimulationReport.estimate($0.p90) } ?? "–"),
                    "target": .string(statistics.targetHours.map(SimulationReport.hours) ?? "–"),
                    "within": .string(statistics.withinTarget.map(SimulationReport.percent) ?? "–"),
                    "cost": .string(procedure.costPerCase.map(Money.rupiah) ?? "–")
                ]
            })
    }

    static func positionTable(_ result: OfficeResult) -> Table {
        Table(
            columns: [
                .init("id", "Position"), .init("name", "Name", wraps: true), .init("staff", "Staff"),
                .init("utilisation", "Utilisation"), .init("busy", "Busy hours a year"), .init("wait", "Mean wait (h)"),
                .init("cost", "Cost a year"), .init("sops", "SOPs", wraps: true)
            ],
            rows: result.positions.map { position in
                [
                    "id": .string(position.id), "name": .string(position.name), "staff": .number(Double(position.staff)),
                    "utilisation": .string(SimulationReport.percent(position.utilisation)),
                    "busy": .string(String(format: "%.0f", position.busyHoursPerYear)),
                    "wait": .string(SimulationReport.hours(position.meanWait)),
                    "cost": .string(position.costPerYear.map(Money.rupiah) ?? "–"),
                    "sops": .string(position.procedures.joined(separator: "; "))
                ]
            })
    }

    /// The ABK summary per position, with the simulated utilisation and waiting at today's
    /// staffing and the staff that meets every target, then each position's tasks.
    static func workload(
        _ analysis: WorkloadAnalysis, office: Office, simulated: OfficeResult?, staffing: TargetStaffing?,
        width: Int, tasks: Bool
    ) -> String {
        var lines = [
            localized(
                "Workload analysis (ABK) of \(analysis.office): effective hours a year \(decimal(office.effectiveHoursPerYear)), staff needed = workload ÷ effective hours"
            )
        ]
        let renderer = TextRenderer(width: width)
        var columns: [Table.Column] = [
            .init("id", "Position"), .init("workload", "Workload (h)"), .init("effective", "Effective hours"),
            .init("exact", "Needed"), .init("needed", "Rounded"), .init("today", "Today"), .init("difference", "Difference"),
            .init("efficiency", "Efficiency"), .init("rating", "Rating")
        ]
        if simulated != nil { columns += [.init("utilisation", "Utilisation (simulated)"), .init("wait", "Mean wait (h)")] }
        if staffing != nil { columns.append(.init("target", "For the targets")) }
        let rows: [Record] = analysis.positions.enumerated().map { index, position in
            var row: Record = [
                "id": .string(position.id), "workload": .string(String(format: "%.1f", position.workloadHours)),
                "effective": .string(decimal(position.effectiveHours)),
                "exact": .string(String(format: "%.2f", position.staffNeededExactly)),
                "needed": .number(Double(position.staffNeeded)), "today": .number(Double(position.staffToday)),
                "difference": .string(position.difference > 0 ? "+\(position.difference)" : "\(position.difference)"),
                "efficiency": .string(String(format: "%.2f", position.efficiency)), "rating": .string(position.rating.rawValue)
            ]
            if let simulated {
                row["utilisation"] = .string(SimulationReport.percent(simulated.positions[index].utilisation))
                row["wait"] = .string(SimulationReport.hours(simulated.positions[index].meanWait))
            }
            if let staffing { row["target"] = .number(Double(staffing.headcount[position.id] ?? 0)) }
            return row
        }
        lines += ["", renderer.render(.table(Table(columns: columns, rows: rows)))]
        lines.append(
            localized(
                "Ratings (efficiency = workload ÷ (staff today × effective hours)): A \(WorkloadAnalysis.Rating.a.label), B \(WorkloadAnalysis.Rating.b.label), C \(WorkloadAnalysis.Rating.c.label), D \(WorkloadAnalysis.Rating.d.label), E \(WorkloadAnalysis.Rating.e.label)"
            ))
        if let staffing {
            let level = String(format: "%.0f%%", staffing.level * 100)
            lines.append(
                staffing.met
                    ? localized(
                        "For the targets: the fewest staff found (adding one person at a time to the busiest position that a missed target waits for) at which every SOP finishes \(level) of its cases within its target"
                    )
                    : localized(
                        "For the targets: no staffing found within \(TargetStaffing.maximumRounds) rounds meets every target; still missed: \(staffing.missing.map { "\($0.procedure) (\(String(format: "%.1f%%", $0.withinTarget * 100)))" }.joined(separator: ", "))"
                    ))
        }
        guard tasks else { return lines.joined(separator: "\n") }
        for position in analysis.positions where !position.tasks.isEmpty {
            lines += ["", localized("\(position.name) (\(position.id)):")]
            let table = Table(
                columns: [
                    .init("sop", "SOP", wraps: true), .init("step", "Step"), .init("activity", "Uraian Kegiatan", wraps: true),
                    .init("time", "Standard time (h)"), .init("volume", "Volume a year"), .init("workload", "Workload (h)")
                ],
                rows: position.tasks.map { task in
                    [
                        "sop": .string(task.procedure), "step": .string(task.step), "activity": .string(task.activity),
                        "time": .string(String(format: "%.2f", task.standardHours)),
                        "volume": .string(String(format: "%.1f", task.volumePerYear)),
                        "workload": .string(String(format: "%.1f", task.workloadHours))
                    ]
                })
            lines.append(renderer.render(.table(table)))
        }
        return lines.joined(separator: "\n")
    }

    private static func decimal(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

/// Rupiah as an Indonesian office writes them: `Rp 213.333` (thousands by points, no cents);
/// in English, by commas.
enum Money {
    static func rupiah(_ amount: Double) -> String {
        let whole = Int(amount.rounded())
        let separator = Catalogue.current.language == "id" ? "." : ","
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + "Rp " + groups.joined(separator: separator)
    }
}
