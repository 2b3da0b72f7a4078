/// The fewest staff per position at which every SOP with a target meets it: the share of its
/// cases finished within the target at least `level` (0.9: nine cases in ten), as simulated.
///
/// Found from below, one person at a time: it starts from the fewest staff that keep up with
/// the work (an offered load under 1 everywhere), simulates, and while some SOP misses its
/// target gives one more person to the busiest position on the missing SOPs' steps. Each
/// step adds the person who most shortens the queues that make the target slip, so what it
/// ends with is small; it is not searched exhaustively, and the text that shows it says so.
public struct TargetStaffing: Sendable, Codable {
    /// Headcount per position id, in the office's order of positions.
    public var headcount: [String: Int]
    /// Whether every target was met within `maximumRounds`.
    public var met: Bool
    /// The SOPs (titles) still missing their target when it stopped, with their shares.
    public var missing: [Miss]
    public var rounds: Int
    public var level: Double

    public struct Miss: Sendable, Codable {
        public var procedure: String
        public var withinTarget: Double
    }

    public static let maximumRounds = 60

    /// nil when no SOP of the office has a target.
    public static func search(_ office: Office, level: Double = 0.9) throws(ScenarioError) -> TargetStaffing? {
        guard office.procedures.contains(where: { $0.target != nil }) else { return nil }
        var trial = office
        let load = try OfficeSimulation(office: office).offeredLoad
        for (index, role) in load.roles.enumerated() {
            trial.positions[index].headcount = role.load.map { _ in max(1, role.staffNeeded ?? 1) } ?? 1
        }
        var rounds = 0
        while true {
            rounds += 1
            let result = try OfficeSimulation(office: trial).run()
            let missing = result.procedures.filter { procedure in
                guard let within = procedure.statistics.withinTarget else { return false }
                return within.mean < level
            }
            let headcount = Dictionary(uniqueKeysWithValues: trial.positions.map { ($0.id, $0.headcount) })
            guard !missing.isEmpty, rounds < maximumRounds else {
                return TargetStaffing(
                    headcount: headcount, met: missing.isEmpty,
                    missing: missing.map { Miss(procedure: $0.title, withinTarget: $0.statistics.withinTarget!.mean) },
                    rounds: rounds, level: level)
            }
            let titles = Set(missing.map(\.title))
            let candidates = result.positions.indices.filter { !titles.isDisjoint(with: result.positions[$0].procedures) }
            guard let busiest = candidates.max(by: { result.positions[$0].utilisation.mean < result.positions[$1].utilisation.mean }) else {
                return TargetStaffing(
                    headcount: headcount, met: false,
                    missing: missing.map { Miss(procedure: $0.title, withinTarget: $0.statistics.withinTarget!.mean) },
                    rounds: rounds, level: level)
            }
            trial.positions[busiest].headcount += 1
        }
    }
}
