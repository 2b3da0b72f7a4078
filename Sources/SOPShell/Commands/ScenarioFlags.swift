import Foundation
import SOPRuntime

/// `simulate`'s flags for what a scenario assumes, read into the model a scenario file compiles
/// to: a `ScenarioChange` (the same a file's named change is) and the few settings a change
/// cannot hold. Applied over the flags' defaults, or over a scenario file's scenario, whose
/// settings they override; so a flag means exactly what its key in a file means.
struct ScenarioOverrides {
    var change = ScenarioChange(name: "")
    /// Cases per replication, from --batch.
    var cases: Int?
    /// The cases are left to the listed arrival times (--at without --cases).
    var leavesCasesToTheList = false
    var horizon: WorkDuration?
    var start: CivilDateTime?
    /// The flag that set each scenario-file key ("keputusan.3" → --decide), so that what the
    /// simulator finds wrong under a key is put down to the flag.
    private(set) var flagOfKey: [String: Command.Flag] = [:]

    /// The ways for cases to arrive, of which a scenario takes one.
    static let arrivalFlags: [Command.Flag] = [.every, .rate, .interval, .at, .batch]

    /// The flags, in the order `help simulate` lists them.
    static let flags: [Command.Flag] =
        arrivalFlags + [
            .arrivalFactor, .horizon, .start, .staff, .assign, .distribution, .spread, .range, .time, .decide, .reworkCap,
            .caseTypes, .remove, .merge, .calendar
        ]

    /// Reads every scenario flag given; a value that does not read is refused with an error that
    /// names the flag and shows how to write it.
    init(_ invocation: Invocation, sop: SOP?) throws(ShellError) {
        let reader = FlagReader(invocation: invocation, sop: sop)
        try readArrivals(reader)
        if let text = invocation.text(.arrivalFactor) {
            change.arrivalFactor = try reader.positiveNumber(text, flag: .arrivalFactor)
            note("kedatangan", .arrivalFactor)
        }
        if let text = invocation.text(.horizon) {
            horizon = try reader.positiveDuration(text, flag: .horizon)
            note("horizon", .horizon)
        }
        if let text = invocation.text(.start) {
            guard let moment = CivilDateTime(text) else {
                throw reader.refuse(.start, "--start is a date and time such as 2026-03-02T07:30, not \(text)")
            }
            start = moment
            note("kedatangan", .start)
        }
        try readPeople(reader)
        try readDurations(reader)
        try readDecisions(reader)
        try readFlowEdits(reader)
        if let text = invocation.text(.calendar) {
            change.calendar = try reader.calendar(text)
            note("kalender", .calendar)
        }
    }

    /// This scenario with the flags' settings over its own; its name stays. --arrival-factor
    /// needs a rate to change: over a list of times or a batch it is refused, not ignored.
    func apply(to scenario: inout Scenario, _ invocation: Invocation) throws(ShellError) {
        if change.arrivalFactor != nil, !(change.arrivals ?? scenario.arrivals).hasRate {
            throw invocation.flagError(
                "--arrival-factor changes a rate, and a list of times or a batch has none",
                hint: "give a rate instead (--rate 20/month), or change --cases", flag: .arrivalFactor)
        }
        var change = self.change
        change.name = scenario.name
        change.removedSteps = change.removedSteps.filter { !scenario.removedSteps.contains($0) }
        change.mergedSteps = change.mergedSteps.filter { !scenario.mergedSteps.contains($0) }
        scenario = scenario.applying(change)
        if let cases {
            scenario.cases = cases
        } else if leavesCasesToTheList {
            scenario.cases = nil
        }
        if let horizon { scenario.horizon = horizon }
        if let start { scenario.start = start }
    }

    /// Records that `flag` set `key`; the first flag to set a key keeps it.
    private mutating func note(_ key: String, _ flag: Command.Flag) {
        if flagOfKey[key] == nil { flagOfKey[key] = flag }
    }

    private mutating func readArrivals(_ reader: FlagReader) throws(ShellError) {
        let invocation = reader.invocation
        let given = Self.arrivalFlags.filter(invocation.has)
        if given.count > 1 {
            throw reader.refuse(
                given[1], "--\(given[0].name) and --\(given[1].name) are two ways for cases to arrive: give one",
                hint: "--every DURATION, --rate N/PERIOD, --interval DURATION, --at TIME,… or --batch N")
        }
        guard let flag = given.first, let text = invocation.text(flag) else { return }
        switch flag {
        case .every:
            change.arrivals = .poisson(meanInterval: try reader.positiveDuration(text, flag: flag))
        case .rate:
            guard let interval = ScenarioValues.rateInterval(text) else {
                throw reader.refuse(
                    flag, "--rate is a number of cases per hour, day, week or month, such as 20/month or 3/day, not \(text)")
            }
            change.arrivals = .poisson(meanInterval: interval)
        case .interval:
            change.arrivals = .regular(interval: try reader.positiveDuration(text, flag: flag))
        case .at:
            var moments: [CivilDateTime] = []
            for item in try reader.items(flag) {
                guard let moment = CivilDateTime(item) else {
                    throw reader.refuse(flag, "--at takes dates and times such as 2026-03-02T07:30, not \(item)")
                }
                moments.append(moment)
            }
            change.arrivals = .times(moments)
            leavesCasesToTheList = !invocation.has(.cases)
        default:
            if invocation.has(.cases) {
                throw reader.refuse(.cases, "--batch already gives the number of cases", hint: "leave --cases out: --batch \(text)")
            }
            guard let count = Int(text.replacingOccurrences(of: "_", with: "")), count >= 1 else {
                throw reader.refuse(flag, "--batch is a whole number of cases of at least 1, not \(text)")
            }
            change.arrivals = .batch
            cases = count
        }
        note("kedatangan", flag)
        // A batch gives the count; over a file's listed times, the others need one.
        if flag != .at { note("jumlah_kasus", flag) }
    }

    private mutating func readPeople(_ reader: FlagReader) throws(ShellError) {
        for (role, text) in try reader.pairs(.staff, "=") {
            guard let count = Int(text), count >= 1 else {
                throw reader.refuse(.staff, "--staff \(role)=\(text): a role's staff is a whole number of at least 1, not \(text)")
            }
            change.staff[role] = count
            note("pegawai.\(role)", .staff)
        }
        for (stepText, roles) in try reader.pairs(.assign, "=") {
            let step = try reader.step(stepText, flag: .assign)
            let ids = roles.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !ids.contains(where: \.isEmpty) else {
                throw reader.refuse(
                    .assign, "--assign is written STEP=ROLE,…, with + between the roles of a joint step, not \(stepText)=\(roles)")
            }
            change.executors[step] = ids
            note("pelaksana.\(step)", .assign)
        }
        if reader.invocation.has(.caseTypes) {
            change.caseTypes = try reader.caseTypes()
            note("jenis_kasus", .caseTypes)
        }
    }

    private mutating func readDurations(_ reader: FlagReader) throws(ShellError) {
        let invocation = reader.invocation
        if let text = invocation.text(.distribution) {
            guard let distribution = ScenarioValues.distribution(named: text) else {
                throw reader.refuse(
                    .distribution, "--distribution: no distribution named \(text)",
                    hint: "the distributions are \(DurationModel.Distribution.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            change.distribution = distribution
            note("durasi", .distribution)
        }
        if let text = invocation.text(.spread) {
            guard let spread = Double(text.replacingOccurrences(of: ",", with: ".")), spread >= 0, spread.isFinite else {
                throw reader.refuse(.spread, "--spread is a number such as 0.5, not \(text)")
            }
            change.spread = spread
            note("durasi", .spread)
        }
        if let text = invocation.text(.range) {
            guard let drawn = ScenarioValues.distribution(named: text), drawn == .uniform || drawn == .triangular else {
                throw reader.refuse(.range, "--range is uniform or triangular, not \(text)")
            }
            change.rangeDistribution = drawn
            note("durasi", .range)
        }
        for (stepText, timeText) in try reader.pairs(.time, "=") {
            let step = try reader.step(stepText, flag: .time)
            guard change.stepDurations[step] == nil else {
                throw reader.refuse(.time, "--time gives step \(step) two times", hint: "keep one")
            }
            change.stepDurations[step] = StepDuration(time: try reader.duration(timeText, flag: .time, item: "\(stepText)="))
            note("durasi.langkah.\(step)", .time)
        }
    }

    private mutating func readDecisions(_ reader: FlagReader) throws(ShellError) {
        for item in try reader.items(.decide) {
            guard let colon = item.firstIndex(of: ":"), let equals = item.lastIndex(of: "="), colon < equals else {
                throw reader.refuse(.decide, "--decide is written STEP:ANSWER=P,…, not \(item)")
            }
            let step = try reader.step(String(item[..<colon]), flag: .decide)
            let answer = item[item.index(after: colon)..<equals].trimmingCharacters(in: .whitespaces)
            let text = String(item[item.index(after: equals)...])
            guard !answer.isEmpty else {
                throw reader.refuse(.decide, "--decide \(item) names no answer: write its label or its number from 1")
            }
            guard let probability = ScenarioValues.probability(text) else {
                throw reader.refuse(.decide, "--decide \(item): a probability is between 0 and 1 (or 0% and 100%), not \(text)")
            }
            change.decisions[step, default: [:]][answer] = probability
            note("keputusan.\(step)", .decide)
        }
        if let text = reader.invocation.text(.reworkCap) {
            guard let cap = Int(text.replacingOccurrences(of: "_", with: "")), cap >= 0 else {
                throw reader.refuse(.reworkCap, "--rework-cap is a whole number of 0 or more, not \(text)")
            }
            change.reworkCap = cap
            note("batas_pengulangan", .reworkCap)
        }
    }

    private mutating func readFlowEdits(_ reader: FlagReader) throws(ShellError) {
        for item in try reader.items(.remove) {
            let step = try reader.step(item, flag: .remove)
            change.removedSteps.append(step)
            note("hapus_langkah.\(step)", .remove)
            note("hapus_langkah", .remove)
        }
        for item in try reader.items(.merge) {
            let parts = item.split(separator: "+", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                throw reader.refuse(.merge, "--merge is written STEP+STEP,…, such as 9+10, not \(item)")
            }
            let first = try reader.step(parts[0], flag: .merge)
            let second = try reader.step(parts[1], flag: .merge)
            change.mergedSteps.append(StepMerge(first, second))
            note("gabung_langkah.\(first)", .merge)
            note("hapus_langkah", .merge)
        }
    }
}
