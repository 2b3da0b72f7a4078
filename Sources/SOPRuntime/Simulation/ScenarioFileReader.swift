import Foundation
import Yams

/// Walks a scenario file's YAML tree (see `ScenarioFile`): shape errors become located
/// diagnostics; names of roles, steps and answers are left to `Simulation` to check against
/// the SOP, with the key's location recorded for its message.
struct ScenarioFileReader {
    var nodes: YAMLNodeReader
    var locations: [String: SourceLocation] = [:]
    /// A calendar file named in the scenario that could not be read.
    var fileErrors: [SOPReadError] = []
    /// Each `faktor_kedatangan` read, with whether its own mapping set the arrivals too: a
    /// factor needs a rate to change (`Arrivals.hasRate`), checked once the baseline is known.
    var arrivalFactors: [(node: Node, ownArrivals: Arrivals?)] = []
    let file: String?

    static let changeKeys = [
        "nama", "pegawai", "pelaksana", "keputusan", "durasi", "kedatangan", "faktor_kedatangan",
        "kalender", "batas_pengulangan", "jenis_kasus", "hapus_langkah", "gabung_langkah"
    ]
    static let topKeys = changeKeys + ["sop", "jumlah_kasus", "horizon", "replikasi", "seed", "utas", "mulai", "perubahan"]
    static let durationKeys = ["sebaran", "lebar", "sebaran_rentang", "langkah"]
    static let stepDurationKeys = ["sebaran", "lebar", "waktu"]
    static let caseTypeKeys = ["nama", "porsi", "prioritas"]
    static let distributionNames = ScenarioValues.distributionNames

    init(file: String?) {
        self.file = file
        nodes = YAMLNodeReader(file: file)
    }

    /// What one mapping of the file sets: the baseline's, or a change's.
    struct Settings {
        var name: String?
        var sop: String?
        var arrivals: Arrivals?
        var arrivalFactor: Double?
        var cases: Int?
        var horizon: WorkDuration?
        var replications: Int?
        var seed: UInt64?
        var threads: Int?
        var start: CivilDateTime?
        var calendar: WorkCalendar?
        var staff: [String: Int] = [:]
        var executors: [StepNumber: [String]] = [:]
        var distribution: DurationModel.Distribution?
        var spread: Double?
        var rangeDistribution: DurationModel.Distribution?
        var stepDurations: [StepNumber: StepDuration] = [:]
        var decisions: [StepNumber: [String: Double]] = [:]
        var reworkCap: Int?
        var caseTypes: [CaseType]?
        var removed: [StepNumber] = []
        var merged: [StepMerge] = []
        var changes: [ScenarioChange] = []

        /// The durations the mapping sets, over the defaults: what a scenario's baseline and
        /// an office's SOP (`OfficeFileReader`) run with.
        var durationModel: DurationModel {
            var model = DurationModel()
            if let distribution { model.distribution = distribution }
            if let spread { model.spread = spread }
            if let rangeDistribution { model.rangeDistribution = rangeDistribution }
            model.steps = stepDurations
            return model
        }
    }

    mutating func scenarioFile(from root: Node) -> ScenarioFile? {
        guard case .mapping = root, let settings = settings(from: root, prefix: "", known: Self.topKeys) else { return nil }
        guard let arrivals = settings.arrivals else {
            // A `kedatangan` that did not read has its own error where it stands.
            if locations["kedatangan"] == nil {
                nodes.error(
                    "the scenario does not say how cases arrive", at: root, hint: "add `kedatangan: {pola: poisson, selang: 40 jam}`")
            }
            return nil
        }
        let model = settings.durationModel
        let baseline = Scenario(
            name: settings.name ?? "baseline", arrivals: settings.arrivalFactor.map(arrivals.scaled) ?? arrivals,
            cases: settings.cases, horizon: settings.horizon, replications: settings.replications ?? 1,
            seed: settings.seed ?? 1, threads: settings.threads, start: settings.start,
            calendar: settings.calendar ?? .office, staff: settings.staff, executors: settings.executors,
            durations: model, decisions: settings.decisions, reworkCap: settings.reworkCap ?? 10,
            caseTypes: settings.caseTypes ?? [], removedSteps: settings.removed, mergedSteps: settings.merged)
        for (node, own) in arrivalFactors where !(own ?? arrivals).hasRate {
            nodes.error(
                "faktor_kedatangan changes a rate, and a list of times or a batch has none", at: node,
                hint: "give cases per period instead (`kedatangan: {pola: poisson, laju: 20 per bulan}`), or change `jumlah_kasus`")
        }
        let stopWritten = locations["jumlah_kasus"] != nil || locations["horizon"] != nil
        if baseline.cases == nil, baseline.horizon == nil, arrivals.listedTimes == nil, !stopWritten {
            nodes.error("the scenario does not say when arrivals stop", at: root, hint: "add `jumlah_kasus: 1000` or `horizon: 6 bulan`")
        }
        return ScenarioFile(sopPath: settings.sop, baseline: baseline, changes: settings.changes, file: file, locations: locations)
    }

    mutating func settings(from node: Node, prefix: String, known: [String]) -> Settings? {
        let what = localized(prefix.isEmpty ? "the scenario" : "a change (perubahan)")
        guard let entries = nodes.entries(of: node, named: what, known: known) else { return nil }
        var settings = Settings()
        let factorsBefore = arrivalFactors.count
        defer {
            // The mapping's own arrivals, known only once all its keys are read.
            for index in factorsBefore..<arrivalFactors.count where arrivalFactors[index].ownArrivals == nil {
                arrivalFactors[index].ownArrivals = settings.arrivals
            }
        }
        for (key, value) in entries {
            if let location = nodes.location(of: value) { locations[prefix + key] = location }
            switch key {
            case "nama": settings.name = nodes.text(value, named: key)
            case "sop": settings.sop = nodes.text(value, named: key)
            case "kedatangan": settings.arrivals = arrivals(from: value)
            case "faktor_kedatangan":
                settings.arrivalFactor = number(value, named: key, positive: true)
                arrivalFactors.append((value, nil))
            case "jumlah_kasus":
                settings.cases = count(
                    value, named: key, least: 0, most: ScenarioLimits.largestCaseCount,
                    because: ScenarioLimits.caseCountHint)
            case "horizon": settings.horizon = positiveDuration(value, named: key)
            case "replikasi":
                settings.replications = count(
                    value, named: key, least: 1, most: ScenarioLimits.largestReplicationCount,
                    because: ScenarioLimits.replicationHint)
            case "seed": settings.seed = seed(value)
            case "utas": settings.threads = count(value, named: key, least: 1)
            case "mulai": settings.start = moment(value, named: key)
            case "kalender": settings.calendar = calendar(value)
            case "pegawai": settings.staff = staff(value, prefix: prefix + key)
            case "pelaksana": settings.executors = executors(value, prefix: prefix + key)
            case "durasi": readDurations(value, into: &settings, prefix: prefix + key)
            case "keputusan": settings.decisions = decisions(value, prefix: prefix + key)
            case "batas_pengulangan":
                settings.reworkCap = count(
                    value, named: key, least: 0, most: ScenarioLimits.largestCount,
                    because: ScenarioLimits.reworkCapHint)
            case "jenis_kasus": settings.caseTypes = caseTypes(value)
            case "hapus_langkah": settings.removed = stepList(value, named: key, prefix: prefix + key)
            case "gabung_langkah": settings.merged = merges(value, prefix: prefix + key)
            default: settings.changes = changes(value)
            }
        }
        return settings
    }

    mutating func changes(_ node: Node) -> [ScenarioChange] {
        (nodes.items(node, named: "perubahan") ?? []).enumerated().compactMap { index, item in
            let prefix = "perubahan.\(index + 1)."
            if let location = nodes.location(of: item) { locations["perubahan.\(index + 1)"] = location }
            guard let settings = settings(from: item, prefix: prefix, known: Self.changeKeys) else { return nil }
            guard let name = settings.name, !name.isEmpty else {
                nodes.error("change \(index + 1) has no name", at: item, hint: "give it one: `nama: tambah tim`")
                return nil
            }
            return ScenarioChange(
                name: name, staff: settings.staff, executors: settings.executors, decisions: settings.decisions,
                distribution: settings.distribution, spread: settings.spread, rangeDistribution: settings.rangeDistribution,
                stepDurations: settings.stepDurations, arrivals: settings.arrivals, arrivalFactor: settings.arrivalFactor,
                calendar: settings.calendar, reworkCap: settings.reworkCap, caseTypes: settings.caseTypes,
                removedSteps: settings.removed, mergedSteps: settings.merged)
        }
    }

    // MARK: Staff, steps and decisions

    mutating func staff(_ node: Node, prefix: String) -> [String: Int] {
        guard case .mapping(let mapping) = node else {
            nodes.error("`pegawai` must map role ids to numbers of staff", at: node, hint: "pegawai: {kepala: 1, tim: 3}")
            return [:]
        }
        var staff: [String: Int] = [:]
        for (keyNode, value) in mapping {
            guard let id = keyNode.scalar?.string else { continue }
            if let location = nodes.location(of: keyNode) { locations[prefix + "." + id] = location }
            if let people = count(
                value, named: "pegawai.\(id)", least: 1, most: ScenarioLimits.largestCount, because: ScenarioLimits.staffHint)
            {
                staff[id] = people
            }
        }
        return staff
    }

    mutating func executors(_ node: Node, prefix: String) -> [StepNumber: [String]] {
        var executors: [StepNumber: [String]] = [:]
        for (number, value) in steps(node, named: "pelaksana", prefix: prefix) {
            if case .sequence = value {
                executors[number] = nodes.textList(value, named: "pelaksana.\(number)") ?? []
            } else if let id = nodes.text(value, named: "pelaksana.\(number)") {
                executors[number] = [id]
            }
        }
        return executors
    }

    mutating func decisions(_ node: Node, prefix: String) -> [StepNumber: [String: Double]] {
        var decisions: [StepNumber: [String: Double]] = [:]
        for (number, value) in steps(node, named: "keputusan", prefix: prefix) {
            guard case .mapping(let mapping) = value else {
                nodes.error(
                    "`keputusan.\(number)` must map answers to probabilities", at: value, hint: "\"\(number)\": {perlu perbaikan: 0.3}")
                continue
            }
            var answers: [String: Double] = [:]
            for (answerNode, probabilityNode) in mapping {
                guard let answer = answerNode.scalar?.string else { continue }
                if let location = nodes.location(of: answerNode) { locations["\(prefix).\(number).\(answer)"] = location }
                if let probability = probability(probabilityNode, named: "keputusan.\(number).\(answer)") { answers[answer] = probability }
            }
            decisions[number] = answers
        }
        return decisions
    }

    mutating func readDurations(_ node: Node, into settings: inout Settings, prefix: String) {
        for (key, value) in nodes.entries(of: node, named: "durasi", known: Self.durationKeys) ?? [] {
            if let location = nodes.location(of: value) { locations[prefix + "." + key] = location }
            switch key {
            case "sebaran": settings.distribution = distribution(value, named: key)
            case "lebar": settings.spread = number(value, named: key, positive: false)
            case "sebaran_rentang": settings.rangeDistribution = rangeDistribution(value)
            default:
                for (number, stepNode) in steps(value, named: "durasi.langkah", prefix: prefix + ".langkah") {
                    settings.stepDurations[number] = stepDuration(stepNode, step: number)
                }
            }
        }
    }

    mutating func stepDuration(_ node: Node, step: StepNumber) -> StepDuration {
        if case .scalar = node { return StepDuration(time: duration(node, named: "durasi.langkah.\(step)")) }
        var settings = StepDuration()
        for (key, value) in nodes.entries(of: node, named: "durasi.langkah.\(step)", known: Self.stepDurationKeys) ?? [] {
            switch key {
            case "sebaran": settings.distribution = distribution(value, named: key)
            case "lebar": settings.spread = number(value, named: key, positive: false)
            default: settings.time = duration(value, named: key)
            }
        }
        return settings
    }

    mutating func caseTypes(_ node: Node) -> [CaseType] {
        (nodes.items(node, named: "jenis_kasus") ?? []).compactMap { item in
            var type = CaseType(name: "", share: 1)
            for (key, value) in nodes.entries(of: item, named: localized("a case type (jenis_kasus)"), known: Self.caseTypeKeys) ?? [] {
                switch key {
                case "nama": type.name = nodes.text(value, named: key) ?? ""
                case "porsi": type.share = probability(value, named: key) ?? 0
                default: type.priority = nodes.integer(value, named: key) ?? 0
                }
            }
            guard !type.name.isEmpty else {
                nodes.error("a case type needs a name", at: item, hint: "nama: mendesak")
                return nil
            }
            return type
        }
    }

    mutating func stepList(_ node: Node, named what: String, prefix: String) -> [StepNumber] {
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        return items.compactMap { item in
            let number = stepNumber(item, named: what)
            if let number, let location = nodes.location(of: item) { locations["\(prefix).\(number)"] = location }
            return number
        }
    }

    mutating func merges(_ node: Node, prefix: String) -> [StepMerge] {
        var pairs = nodes.items(node, named: "gabung_langkah") ?? []
        // A single pair may be written without the outer list: gabung_langkah: [9, 10].
        if pairs.count == 2, pairs.allSatisfy({ $0.scalar != nil }) { pairs = [node] }
        return pairs.compactMap { pair in
            let numbers = stepList(pair, named: "gabung_langkah", prefix: prefix)
            guard numbers.count == 2, case .sequence = pair else {
                nodes.error("each item of `gabung_langkah` is a pair of step numbers", at: pair, hint: "gabung_langkah: [[9, 10]]")
                return nil
            }
            return StepMerge(numbers[0], numbers[1])
        }
    }

    /// The entries of a mapping keyed by step number.
    mutating func steps(_ node: Node, named what: String, prefix: String) -> [(StepNumber, Node)] {
        guard case .mapping(let mapping) = node else {
            nodes.error("`\(what)` must be a mapping keyed by step number", at: node, hint: "write `\"3\": …` lines under it")
            return []
        }
        return mapping.compactMap { keyNode, value in
            guard let number = stepNumber(keyNode, named: localized("a key of \(what)")) else { return nil }
            if let location = nodes.location(of: keyNode) { locations["\(prefix).\(number)"] = location }
            return (number, value)
        }
    }
}
