import Foundation
import SOPRuntime

/// A simulation's result as an analyst reads it: lead times with their intervals, the share
/// within standard, then roles and steps as tables.
enum SimulationReport {
    /// The report; `assumed` lists the defaults the run took (`SimulationAssumptions`).
    static func text(_ result: SimulationResult, assumed: [String] = [], width: Int = 100) -> String {
        var lines: [String] = []
        let stopped: Message = result.stopped ? " (stopped early)" : ""
        // One pattern for each number: a plural "s" as an argument cannot be translated.
        lines.append(
            localized(
                result.replications == 1
                    ? "Scenario \(result.scenario): \(result.casesFinished) of \(result.casesArrived) cases finished in 1 replication, seed \(result.seed)\(stopped)"
                    : "Scenario \(result.scenario): \(result.casesFinished) of \(result.casesArrived) cases finished in \(result.replications) replications, seed \(result.seed)\(stopped)"
            ))
        if let warning = result.offeredLoad.warning { lines.append(warning) }
        lines += SimulationAssumptions.lines(assumed)
        let lead = result.leadTime
        lines.append(
            localized(
                "Lead time, working hours:  mean \(estimate(lead.mean))  p50 \(estimate(lead.p50))  p90 \(estimate(lead.p90))  p95 \(estimate(lead.p95))  max \(hours(lead.max))"
            ))
        lines.append(
            localized(
                "Within standard time: \(percent(result.withinStandard))   waiting per case: \(estimate(result.waitingTime)) h   work in progress: \(estimate(result.workInProgress)) cases"
            ))
        let rework = result.rework
        lines.append(
            localized(
                rework.capHits == 1
                    ? "Rework: \(rework.reworks) loops back (\(estimate(rework.perCase)) a case), cap \(rework.cap) hit 1 time"
                    : "Rework: \(rework.reworks) loops back (\(estimate(rework.perCase)) a case), cap \(rework.cap) hit \(rework.capHits) times"
            ))
        if let bottleneck = result.bottleneck { lines.append(localized("Bottleneck: \(bottleneck)")) }
        lines += [""] + histogram(result.leadTimeDistribution, width: width)
        lines += [""] + utilisation(result.roles, width: width)
        let renderer = TextRenderer(width: width)
        let roles = Table(
            columns: [
                .init("id", "Role"), .init("name", "Name", wraps: true), .init("staff", "Staff"),
                .init("busy", "Busy hours"), .init("utilisation", "Utilisation"), .init("queue", "Longest queue")
            ],
            rows: result.roles.map { role in
                [
                    "id": .string(role.id), "name": .string(role.name), "staff": .number(Double(role.staff)),
                    "busy": .string(estimate(role.busyHours)), "utilisation": .string(percent(role.utilisation)),
                    "queue": .number(Double(role.longestQueue))
                ]
            })
        let steps = Table(
            columns: [
                .init("label", "Step"), .init("roles", "Pelaksana"), .init("visits", "Visits per case"),
                .init("wait", "Mean wait (h)"), .init("max", "Longest wait")
            ],
            rows: result.steps.map { step in
                [
                    "label": .string(step.label + (step.timeUnknown ? localized(" (time?)") : "")), "roles": .strings(step.roles),
                    "visits": .string(String(format: "%.2f", step.visitsPerCase)),
                    "wait": .string(estimate(step.meanWait)), "max": .string(hours(step.maxWait))
                ]
            })
        lines += ["", renderer.render(.table(roles)), "", renderer.render(.table(steps))]
        lines += result.warnings.map { "⚠ \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Lead times in ten rows of bars, each two bins of the result's distribution.
    static func histogram(_ distribution: LeadTimeDistribution, width: Int) -> [String] {
        guard !distribution.shares.isEmpty else { return [localized("Lead time: no case finished")] }
        let shares = distribution.shares
        let bin = distribution.binHours
        let rows: [(from: Double, to: Double, share: Double)] = stride(from: 0, to: shares.count, by: 2).map { start in
            let end = min(start + 2, shares.count)
            return (Double(start) * bin, Double(end) * bin, shares[start..<end].reduce(0, +))
        }
        let labels = rows.map { localized("\(number($0.from))–\(number($0.to)) h") }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(10, min(50, width - labelWidth - 12))
        let highest = max(rows.map { $0.share }.max() ?? 0, distribution.beyond, 1e-9)
        var lines = [localized("Lead time, share of finished cases:")]
        for (row, label) in zip(rows, labels) {
            lines.append(
                "  " + pad(label, labelWidth) + "  " + pad(bar(row.share / highest, width: barWidth), barWidth) + "  "
                    + String(format: "%5.1f%%", row.share * 100))
        }
        if distribution.beyond > 0 {
            let label = localized("> \(number(rows.last!.to)) h")
            lines.append(
                "  " + pad(label, labelWidth) + "  " + pad(bar(distribution.beyond / highest, width: barWidth), barWidth) + "  "
                    + String(format: "%5.1f%%", distribution.beyond * 100))
        }
        return lines
    }

    /// Each role's utilisation as a bar from 0 to 100 %.
    static func utilisation(_ roles: [RoleStatistics], width: Int) -> [String] {
        let labels = roles.map { "\($0.name) (\($0.staff))" }
        let labelWidth = min(labels.map(DisplayWidth.of).max() ?? 0, max(10, width / 3))
        let barWidth = max(10, min(50, width - labelWidth - 20))
        var lines = [localized("Utilisation per role:")]
        for (role, label) in zip(roles, labels) {
            lines.append(
                "  " + pad(DisplayWidth.truncate(label, to: labelWidth), labelWidth) + "  "
                    + pad(bar(role.utilisation.mean, width: barWidth), barWidth) + "  " + percent(role.utilisation))
        }
        return lines
    }

    /// A bar of `fraction` (0…1) of `width` cells, in eighths of a cell.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((min(max(fraction, 0), 1) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    private static func number(_ hours: Double) -> String {
        hours == hours.rounded() ? String(Int(hours)) : String(format: "%g", hours)
    }

    /// The mean with its ± whenever there is an interval (two replications or more), ±0.00
    /// included: replications that agree exactly are a finding, not a missing interval.
    static func estimate(_ value: Estimate) -> String {
        guard let half = value.halfWidth else { return hours(value.mean) }
        return "\(hours(value.mean)) ±\(hours(half))"
    }

    static func hours(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.2f", value) }

    static func percent(_ value: Estimate) -> String {
        let text = String(format: "%.1f%%", value.mean * 100)
        guard let half = value.halfWidth else { return text }
        return text + String(format: " ±%.1f", half * 100)
    }
}
