import Foundation
import SOPRuntime

/// `sopsh-bench office`: an office of `sops` copies of the benchmark SOP whose four roles are
/// filled from `positions` shared positions (each SOP k takes positions k, k+5, k+10, k+15
/// modulo the count, so every position serves many SOPs), each SOP receiving about
/// `casesPerSOP` cases a replication, staffed so that every position runs at an offered
/// load near 0.75. Prints wall time, cases per second and peak memory.
enum OfficeBenchmark {
    static func run(sops: Int, positions: Int, casesPerSOP: Int, replications: Int, threads: Int?) throws -> (Office, OfficeResult, Double)
    {
        let file = try ScenarioFile.open("examples/bench-seed.scenario.yaml")
        let sop = try SOPFile.open(file.sopFile!).0.sop
        var settings = file.baseline
        settings.threads = threads
        let horizonHours = 100_000.0
        let procedures = (0..<sops).map { k in
            let filled = Dictionary(
                uniqueKeysWithValues: sop.roles.enumerated().map { j, role in
                    (role.id, "jabatan\((k + j * 5) % positions)")
                })
            return Office.Procedure(
                path: "sop\(k).yaml", sop: sop, demand: .every(.hours(horizonHours / Double(casesPerSOP))),
                positions: filled, settings: settings)
        }
        var office = Office(
            name: "benchmark", procedures: procedures,
            positions: (0..<positions).map { Office.Position(id: "jabatan\($0)", name: "Jabatan \($0)", headcount: 10_000) },
            calendar: .roundTheClock, horizon: .hours(horizonHours), replications: replications, seed: 2026)
        // Staff each position for an offered load near 0.75.
        let load = try OfficeSimulation(office: office).offeredLoad
        for (index, role) in load.roles.enumerated() {
            office.positions[index].headcount = max(1, Int(((role.load ?? 0) * 10_000 / 0.75).rounded(.up)))
        }
        let simulation = try OfficeSimulation(office: office)
        let clock = ContinuousClock()
        var result: OfficeResult?
        let elapsed = clock.measure { result = simulation.run() }
        return (office, result!, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
