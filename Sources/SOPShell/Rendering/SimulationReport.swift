import Foundation
import SOPRuntime

/// A simulation's result as an analyst reads it: lead times with their intervals, the share
/// within standard, then roles and steps as tables.
enum SimulationReport {
    static func text(_ result: SimulationResult, width: Int = 100) -> String {
        var lines: [String] = []
        let stopped = result.stopped ? " (stopped early)" : ""
        lines.append("Scenario \(result.scenario): \(result.casesFinished) of \(result.casesArrived) cases finished in \(result.replications) replication\(result.replications == 1 ? "" : "s"), seed \(result.seed)\(stopped)")
        let lead = result.leadTime
        lines.append("Lead time, working hours:  mean \(estimate(lead.mean))  p50 \(estimate(lead.p50))  p90 \(estimate(lead.p90))  p95 \(estimate(lead.p95))  max \(hours(lead.max))")
        lines.append("Within standard time: \(percent(result.withinStandard))   waiting per case: \(estimate(result.waitingTime)) h   work in progress: \(estimate(result.workInProgress)) cases")
        lines.append("Rework: \(result.rework.reworks) loops back (\(estimate(result.rework.perCase)) a case), cap \(result.rework.cap) hit \(result.rework.capHits) time\(result.rework.capHits == 1 ? "" : "s")")
        if let bottleneck = result.bottleneck { lines.append("Bottleneck: \(bottleneck)") }
        let renderer = TextRenderer(width: width)
        let roles = Table(columns: [.init("id", "Peran"), .init("name", "Nama", wraps: true), .init("staff", "Jumlah"),
                                    .init("busy", "Jam sibuk"), .init("utilisation", "Utilisasi"), .init("queue", "Antrean terpanjang")],
                          rows: result.roles.map { role in
                              ["id": .string(role.id), "name": .string(role.name), "staff": .number(Double(role.staff)),
                               "busy": .string(estimate(role.busyHours)), "utilisation": .string(percent(role.utilisation)),
                               "queue": .number(Double(role.longestQueue))]
                          })
        let steps = Table(columns: [.init("label", "Langkah"), .init("roles", "Pelaksana"), .init("visits", "Kali per kasus"),
                                    .init("wait", "Tunggu rata-rata (jam)"), .init("max", "Tunggu terlama")],
                          rows: result.steps.map { step in
                              ["label": .string(step.label + (step.timeUnknown ? " (waktu?)" : "")), "roles": .strings(step.roles),
                               "visits": .string(String(format: "%.2f", step.visitsPerCase)),
                               "wait": .string(estimate(step.meanWait)), "max": .string(hours(step.maxWait))]
                          })
        lines += ["", renderer.render(.table(roles)), "", renderer.render(.table(steps))]
        lines += result.warnings.map { "⚠ \($0)" }
        return lines.joined(separator: "\n")
    }

    static func estimate(_ value: Estimate) -> String {
        guard let half = value.halfWidth, half > 0 else { return hours(value.mean) }
        return "\(hours(value.mean)) ±\(hours(half))"
    }

    static func hours(_ value: Double) -> String { String(format: value >= 100 ? "%.0f" : "%.2f", value) }

    static func percent(_ value: Estimate) -> String {
        let text = String(format: "%.1f%%", value.mean * 100)
        guard let half = value.halfWidth, half > 0 else { return text }
        return text + String(format: " ±%.1f", half * 100)
    }
}
