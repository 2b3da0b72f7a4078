import Foundation

/// The work a scenario offers each role, worked out before anything runs: arrivals per
/// working hour × the working hours a case asks of the role ÷ its staff.
///
/// At 1 or above, work arrives faster than the role can do it: its queue grows for as long
/// as cases arrive, and the lead times a simulation reports then measure how long it ran,
/// not the procedure (a mean of 254,513 hours, "within standard 0 %"). So `simulate` warns
/// before such a run and says what to change. The hours per case count each step's mean
/// time once per expected visit, rework loops included at the scenario's odds; the rework
/// cap is not counted, so with heavy rework the figure is an upper bound.
public struct OfferedLoad: Hashable, Sendable, Codable {
    public struct Role: Hashable, Sendable, Codable {
        public var id: String
        public var name: String
        public var staff: Int
        /// Working hours of this role's work in one case, on average.
        public var hoursPerCase: Double
        /// Arrivals per hour × hours per case ÷ staff; nil without a steady arrival rate.
        public var load: Double?

        /// The fewest staff under which the load is below 1.
        public var staffNeeded: Int? {
            load.map { Int((Double(staff) * $0).rounded(.down)) + 1 }
        }
    }

    /// Cases per working hour, in the long run; nil for arrivals at listed times or in one
    /// batch, which have no steady rate.
    public var arrivalsPerHour: Double?
    public var roles: [Role]
    /// Whether the odds send cases back through some step: less rework is then a remedy too.
    public var hasRework: Bool

    /// The roles at or above a load of 1, most loaded first.
    public var overloaded: [Role] {
        roles.filter { ($0.load ?? 0) >= 1 }.sorted { $0.load! > $1.load! }
    }

    /// The longest mean interval between arrivals at which some role is still at or above 1:
    /// arrivals must be spaced further apart than this (in working hours) for every role to keep up.
    public var slowestOverloadingInterval: Double? {
        roles.map { $0.hoursPerCase / Double(max($0.staff, 1)) }.max()
    }
}

extension OfferedLoad {
    /// What a person must read before trusting the run, when some role is overloaded: the
    /// figure, what it means, and what to change; nil when every role keeps up.
    public var warning: String? {
        let over = overloaded
        guard let rate = arrivalsPerHour, let worst = over.first else { return nil }
        func figure(_ role: Role) -> String {
            localized(
                "\(role.name) (\(role.id)) at \(Self.decimal(role.load!)): \(Self.decimal(rate)) cases an hour × \(Self.decimal(role.hoursPerCase)) h of work a case ÷ \(role.staff) staff"
            )
        }
        var lines = [localized("⚠ overloaded: work arrives faster than it can be done. Offered load of \(figure(worst))")]
        lines += over.dropFirst().map { localized("  and of \(figure($0))") }
        lines.append(
            localized(
                "  At a load of 1 or more the queues grow for as long as cases arrive: the lead times and shares below measure how long the run was, not the procedure."
            ))
        let staff = over.map { "\($0.id)=\($0.staffNeeded!)" }.joined(separator: ",")
        let interval = Self.roundedUp(slowestOverloadingInterval! * 1.05)
        let every = Self.decimal(interval)
        // Two whole sentences: the third remedy is not a fragment glued to the end.
        lines.append(
            localized(
                hasRework
                    ? "  To change it: more staff (--staff \(staff), or `pegawai:` in a scenario file), or arrivals further apart (--every \(every)h or more, or `kedatangan: {selang: …}`), or less rework (--decide)."
                    : "  To change it: more staff (--staff \(staff), or `pegawai:` in a scenario file), or arrivals further apart (--every \(every)h or more, or `kedatangan: {selang: …}`)."
            ))
        return lines.joined(separator: "\n")
    }

    /// The warning in one line, for stderr before a run: the report gives the whole of it.
    public var shortWarning: String? {
        guard arrivalsPerHour != nil, !overloaded.isEmpty else { return nil }
        let roles = overloaded.map { localized("\($0.name) at \(Self.decimal($0.load!))") }.joined(separator: ", ")
        return localized(
            "⚠ overloaded: offered load of \(roles): queues will grow for as long as cases arrive (the report says what to change)")
    }

    private static func decimal(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15
            ? String(Int(value))
            : value >= 100 ? String(Int(value.rounded())) : String(format: value >= 10 ? "%.1f" : "%.2f", value)
    }

    /// A round number of hours at or above `hours`: the next whole hour, or a tenth below 1.
    private static func roundedUp(_ hours: Double) -> Double {
        hours >= 1 ? hours.rounded(.up) : (hours * 10).rounded(.up) / 10
    }

    init(_ model: SimulationModel) {
        // A case of each type enters at the type's start (an office's SOPs), as often as its share.
        var visits = [Double](repeating: 0, count: model.steps.count)
        var previous = 0.0
        var reworked = false
        for (type, start) in model.typeStart.enumerated() {
            let share = model.typeCumulative[type] - previous
            previous = model.typeCumulative[type]
            let own = Self.expectedVisits(model, from: start)
            reworked = reworked || own.contains { $0 > 1 + 1e-9 }
            for (step, count) in own.enumerated() { visits[step] += share * count }
        }
        hasRework = reworked
        var hours = [Double](repeating: 0, count: model.roles.count)
        for step in model.steps.indices {
            let minutes = model.meanMinutes(ofStep: step)
            for role in model.roles(ofStep: step) { hours[role] += visits[step] * minutes / 60 }
        }
        let plan = model.arrivals
        let rate = (plan.kind == .poisson || plan.kind == .regular) && plan.intervalMinutes > 0 ? 60 / plan.intervalMinutes : nil
        arrivalsPerHour = rate
        roles = model.roles.enumerated().map { index, role in
            Role(
                id: role.id, name: role.name, staff: role.staff, hoursPerCase: hours[index],
                load: rate.map { $0 * hours[index] / Double(max(role.staff, 1)) })
        }
    }

    /// How often a case comes to each step, on average: a unit of "case" flows from the start
    /// (the model's, or a case type's `start`)
    /// along every answer at its probability, until what is still flowing is negligible. A
    /// loop taken with probability 1 never drains; the flow then stops at a fixed budget of
    /// work, and the visits counted so far stand (the cap ends such loops in the simulation).
    static func expectedVisits(_ model: SimulationModel, from start: Int32? = nil) -> [Double] {
        let start = start ?? model.start
        var visits = [Double](repeating: 0, count: model.steps.count)
        guard start >= 0 else { return visits }
        var flowing: [Int: Double] = [Int(start): 1]
        var budget = 20 * max(model.steps.count, 1000)
        while !flowing.isEmpty, budget > 0 {
            var onward: [Int: Double] = [:]
            for (step, amount) in flowing {
                visits[step] += amount
                let count = Int(model.answerCount[step])
                guard count > 0 else {
                    let next = Int(model.next[step])
                    if next >= 0 { onward[next, default: 0] += amount }
                    continue
                }
                var previous = 0.0
                for answer in Int(model.answerFirst[step])..<Int(model.answerFirst[step]) + count {
                    let share = model.cumulative[answer] - previous
                    previous = model.cumulative[answer]
                    let target = Int(model.answerTarget[answer])
                    if share > 0, target >= 0 { onward[target, default: 0] += amount * share }
                }
            }
            budget -= max(flowing.count, 1)
            flowing = onward.filter { $0.value > 1e-12 }
        }
        return visits
    }
}

extension DurationSampler {
    /// The mean of a draw, in working minutes.
    var mean: Double {
        switch kind {
        case .fixed, .exponential: a
        case .uniform: (a + b) / 2
        case .triangular: (a + b + c) / 3
        case .lognormal: exp(a + b * b / 2)
        case .truncatedNormal:
            // A normal of mean a and deviation b, redrawn while ≤ 0: the mean of what is kept.
            // (the probability kept, Φ(a/b), is at least a half: the mean a is positive)
            a + b * Self.density(a / b) / (0.5 * erfc(-a / b / 2.0.squareRoot()))
        }
    }

    private static func density(_ z: Double) -> Double {
        exp(-z * z / 2) / (2 * Double.pi).squareRoot()
    }
}

extension SimulationModel {
    /// The mean working minutes of step `step`'s time (the sum of its parts' draws).
    func meanMinutes(ofStep step: Int) -> Double {
        (Int(partFirst[step])..<Int(partFirst[step] + partCount[step])).reduce(0) { $0 + samplers[$1].mean }
    }

    /// The roles (indices) that step `step` needs a member of.
    func roles(ofStep step: Int) -> [Int] {
        (Int(roleFirst[step])..<Int(roleFirst[step] + roleCount[step])).map { Int(roleList[$0]) }
    }
}
