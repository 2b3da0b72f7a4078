import Foundation

/// The scenario's settings for one SOP step, checked against the SOP: its duration sampler,
/// its standard time, and a decision's answer probabilities.
struct StepCompiler {
    let sop: SOP
    let scenario: Scenario
    let hoursPerDay: Double

    /// Every step number the scenario's durations and decisions name exists, and a decision
    /// is named only for a decision step.
    func checkStepKeys() throws(ScenarioError) {
        for number in scenario.durations.steps.keys.sorted() where sop.step(number) == nil {
            throw ScenarioError(
                "the scenario gives a time to step \(number), which the SOP does not have",
                hint: "its steps are \(numbers)", key: "durasi.langkah.\(number)")
        }
        for number in scenario.decisions.keys.sorted() {
            guard let step = sop.step(number) else {
                throw ScenarioError(
                    "the scenario gives probabilities for step \(number), which the SOP does not have",
                    hint: "its decisions are \(decisionNumbers)", key: "keputusan.\(number)")
            }
            guard step.isDecision else {
                throw ScenarioError(
                    "step \(number) is not a decision, so its answers have no probabilities",
                    hint: "its decisions are \(decisionNumbers)", key: "keputusan.\(number)")
            }
        }
    }

    private var numbers: String { sop.steps.compactMap { $0.number?.description }.joined(separator: ", ") }
    private var decisionNumbers: String {
        let found = sop.steps.filter(\.isDecision).compactMap { $0.number?.description }
        return found.isEmpty ? localized("none") : found.joined(separator: ", ")
    }

    /// The sampler of SOP step `index`, and whether its time is unknown (counted zero).
    func sampler(for index: Int) -> (DurationSampler, Bool) {
        let step = sop.steps[index]
        let settings = step.number.flatMap { scenario.durations.steps[$0] } ?? StepDuration()
        let model = scenario.durations
        let low: Double
        let high: Double
        if let time = settings.time {
            low = minutes(time)
            high = low
        } else {
            switch step.time.amount {
            case .fixed(let time):
                low = minutes(time)
                high = low
            case .range(let first, let second):
                low = minutes(first)
                high = minutes(second)
            case .asNeeded, .unspecified, .unreadable:
                return (.zero, true)
            }
        }
        let sampler = DurationSampler(
            low: low, high: high, distribution: settings.distribution ?? model.distribution,
            spread: settings.spread ?? model.spread, rangeDistribution: model.rangeDistribution)
        return (sampler, false)
    }

    /// The SOP's own standard time of step `index` (the upper end of a range, as a training run
    /// plans), in working minutes; zero where it has none.
    func standardMinutes(of index: Int) -> Double {
        sop.steps[index].time.upperBound.map(minutes) ?? 0
    }

    private func minutes(_ duration: WorkDuration) -> Double {
        duration.totalMinutes(hoursPerDay: hoursPerDay)
    }

    /// The probability of each answer of decision step `index` (see `Scenario` for the rule
    /// that shares what the given ones leave).
    func probabilities(of index: Int, isRework: [Bool]) throws(ScenarioError) -> [Double] {
        let step = sop.steps[index]
        let answers = step.decision!.answers
        let key = "keputusan.\(step.label)"
        var given = [Double?](repeating: nil, count: answers.count)
        for (label, probability) in (step.number.flatMap { scenario.decisions[$0] } ?? [:]).sorted(by: { $0.key < $1.key }) {
            let wanted = label.trimmingCharacters(in: .whitespaces).lowercased()
            guard
                let answer = answers.firstIndex(where: { $0.label.lowercased() == wanted })
                    ?? Int(wanted).flatMap({ answers.indices.contains($0 - 1) ? $0 - 1 : nil })
            else {
                throw ScenarioError(
                    "step \(step.label) has no answer “\(label)”",
                    hint: "its answers are \(answers.map { "“\($0.label)”" }.joined(separator: ", "))",
                    key: key + "." + label)
            }
            guard probability.isFinite, (0...1).contains(probability) else {
                throw ScenarioError(
                    "the probability of “\(answers[answer].label)” at step \(step.label) is \(probability); it must be between 0 and 1",
                    hint: "write 0.3 or 30%", key: key + "." + label)
            }
            guard given[answer] == nil else {
                throw ScenarioError(
                    "the answer “\(answers[answer].label)” of step \(step.label) is given two probabilities",
                    hint: "keep one", key: key + "." + label)
            }
            given[answer] = probability
        }
        let sum = given.reduce(0) { $0 + ($1 ?? 0) }
        guard sum <= 1 + 1e-9 else {
            throw ScenarioError(
                "the probabilities of step \(step.label) add up to \(sum), more than 1",
                hint: "lower them so that they add up to 1 at most", key: key)
        }
        let open = given.indices.filter { given[$0] == nil }
        let forward = open.filter { !isRework[$0] }
        let sharing = forward.isEmpty ? open : forward
        let rest = max(0, 1 - sum)
        if sharing.isEmpty, rest > 1e-9 {
            throw ScenarioError(
                "the probabilities of step \(step.label) add up to \(sum), not 1",
                hint: "raise them so that they add up to 1, or leave one answer out to take the rest", key: key)
        }
        return given.indices.map { answer in
            given[answer] ?? (sharing.contains(answer) ? rest / Double(sharing.count) : 0)
        }
    }
}

/// Limits a scenario must keep whatever the SOP: counts that are positive and not absurdly
/// large (the tables hold 32-bit counts, and a run should end in hours, not years), shares and
/// spreads that are not negative, a way for arrivals to stop.
enum ScenarioLimits {
    /// Cases per replication: at the simulator's few million cases a second, minutes.
    static let largestCaseCount = 1_000_000_000
    static let largestReplicationCount = 10_000
    /// People per role, and rework loops per case.
    static let largestCount = 1_000_000

    /// Why each limit is where it is, for a scenario file's reader to refuse a value beyond it
    /// at its place, as `validate` does for a scenario made from flags.
    static let caseCountHint: Message = "a million cases already give every figure to a fraction of a per cent"
    static let replicationHint: Message = "5 to 30 replications give a narrow interval; raise the cases instead"
    static let reworkCapHint: Message = "a cap of about 10 reworks per case is usual: batas_pengulangan: 10"
    static let staffHint: Message = "give the number of people who hold the role, such as `pegawai: {tim: 3}`"

    static func validate(_ scenario: Scenario) throws(ScenarioError) {
        guard scenario.replications >= 1 else {
            throw ScenarioError(
                "a scenario needs at least one replication, not \(scenario.replications)", hint: "replikasi: 5", key: "replikasi")
        }
        guard scenario.replications <= largestReplicationCount else {
            throw ScenarioError(
                "\(scenario.replications) replications are more than a simulation needs (at most \(largestReplicationCount))",
                hint: replicationHint, key: "replikasi")
        }
        if let cases = scenario.cases, cases > largestCaseCount {
            throw ScenarioError(
                "\(cases) cases per replication are more than a run can finish (at most \(largestCaseCount))",
                hint: caseCountHint, key: "jumlah_kasus")
        }
        guard scenario.reworkCap <= largestCount else {
            throw ScenarioError(
                "a rework cap of \(scenario.reworkCap) is more than a case can loop (at most \(largestCount))",
                hint: reworkCapHint, key: "batas_pengulangan")
        }
        for (id, count) in scenario.staff.sorted(by: { $0.key < $1.key }) where count > largestCount {
            throw ScenarioError(
                "role `\(id)` is given \(count) staff, more than the simulator counts (at most \(largestCount))",
                hint: staffHint, key: "pegawai.\(id)")
        }
        if let threads = scenario.threads, threads < 1 {
            throw ScenarioError("a run needs at least one thread, not \(threads)", hint: "leave `utas` out to use every core", key: "utas")
        }
        if let cases = scenario.cases, cases < 0 {
            throw ScenarioError("the number of cases cannot be negative (\(cases))", key: "jumlah_kasus")
        }
        guard scenario.reworkCap >= 0 else {
            throw ScenarioError(
                "the rework cap cannot be negative (\(scenario.reworkCap))", hint: "batas_pengulangan: 10", key: "batas_pengulangan")
        }
        for (id, count) in scenario.staff.sorted(by: { $0.key < $1.key }) where count < 1 {
            throw ScenarioError("role `\(id)` is given \(count) staff; a role needs at least one person", key: "pegawai.\(id)")
        }
        let spreads = [scenario.durations.spread] + scenario.durations.steps.values.compactMap(\.spread)
        if let bad = spreads.first(where: { !($0 >= 0 && $0.isFinite) }) {
            throw ScenarioError(
                "a spread of durations cannot be \(bad)", hint: "0.5 is ±50 % (uniform, triangular) or a coefficient of variation of 0.5",
                key: "durasi")
        }
        if scenario.durations.rangeDistribution != .uniform, scenario.durations.rangeDistribution != .triangular {
            throw ScenarioError(
                "a range is drawn uniform or triangular, not \(scenario.durations.rangeDistribution.rawValue)", key: "durasi")
        }
        if !scenario.caseTypes.isEmpty {
            guard scenario.caseTypes.allSatisfy({ $0.share >= 0 && $0.share.isFinite }),
                scenario.caseTypes.reduce(0, { $0 + $1.share }) > 0
            else {
                throw ScenarioError("the shares of the case types must be positive", hint: "porsi: 0.2", key: "jenis_kasus")
            }
        }
        try validateArrivals(scenario)
    }

    private static func validateArrivals(_ scenario: Scenario) throws(ScenarioError) {
        switch scenario.arrivals {
        case .poisson(let interval), .regular(let interval):
            let minutes = interval.totalMinutes(hoursPerDay: scenario.calendar.hoursPerDay)
            guard minutes > 0, minutes.isFinite else {
                throw ScenarioError(
                    "the interval between arrivals must be more than zero", hint: "selang: 40 jam, or laju: 20 per bulan", key: "kedatangan"
                )
            }
        case .times(let moments):
            guard !moments.isEmpty else { throw ScenarioError("the list of arrival times is empty", key: "kedatangan") }
            return
        case .batch:
            guard scenario.cases != nil else {
                throw ScenarioError("a batch needs a number of cases", hint: "jumlah_kasus: 100", key: "jumlah_kasus")
            }
            return
        }
        if let horizon = scenario.horizon, !(horizon.totalMinutes(hoursPerDay: scenario.calendar.hoursPerDay) > 0) {
            throw ScenarioError("the horizon must be more than zero", hint: "horizon: 6 bulan", key: "horizon")
        }
        guard scenario.cases != nil || scenario.horizon != nil else {
            throw ScenarioError(
                "the scenario does not say when arrivals stop", hint: "give `jumlah_kasus` or `horizon`", key: "jumlah_kasus")
        }
    }
}
