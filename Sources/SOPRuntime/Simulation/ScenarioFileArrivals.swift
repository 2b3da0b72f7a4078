import Yams

/// A scenario file's `kedatangan`: a pattern (`pola`) and what that pattern takes. Each key is
/// read only where its pattern uses it, as schema/scenario.schema.json says: a `selang` beside
/// `pola: daftar`, or both `selang` and `laju`, would otherwise be silently ignored.
extension ScenarioFileReader {
    static let arrivalKeys = ["pola", "selang", "laju", "waktu"]
    static let patterns = ["poisson", "tetap", "daftar", "sekaligus"]

    /// The keys besides `pola` that each pattern takes.
    static func keys(of pattern: String) -> [String] {
        switch pattern {
        case "daftar": ["waktu"]
        case "sekaligus": []
        default: ["selang", "laju"]
        }
    }

    mutating func arrivals(from node: Node) -> Arrivals? {
        // A pattern's name written as a key (`kedatangan: {daftar: [...]}`) says what was meant.
        for (keyNode, _) in node.mapping ?? [:] {
            guard let key = keyNode.string?.lowercased(), Self.patterns.contains(key) else { continue }
            nodes.error(
                "`\(key)` is a pattern of arrivals, not a key of `kedatangan`", at: keyNode,
                hint: Self.keys(of: key).isEmpty
                    ? "write `pola: \(key)`"
                    : "write `pola: \(key)` and give `\(Self.keys(of: key).joined(separator: localized("` or `")))`")
        }
        guard let entries = nodes.entries(of: node, named: "kedatangan", known: Self.arrivalKeys) else { return nil }
        // A key that did not read has its error; what the arrivals then lack would only repeat it.
        let unreadKeys = (node.mapping?.count ?? 0) != entries.count
        var pattern = "poisson"
        var patternNode: Node?
        for (key, value) in entries where key == "pola" {
            patternNode = value
            guard let text = nodes.text(value, named: key)?.lowercased(), Self.patterns.contains(text) else {
                nodes.error(
                    "`pola` must be one of \(Self.patterns.joined(separator: ", "))", at: value,
                    hint: "poisson: random arrivals; tetap: evenly spaced; daftar: listed times; sekaligus: all at the start")
                return nil
            }
            pattern = text
        }
        let taken = entries.filter { $0.key != "pola" }
        if let unused = taken.first(where: { !Self.keys(of: pattern).contains($0.key) }) {
            let uses = Self.keys(of: pattern).map { "`\($0)`" }.joined(separator: localized(" or "))
            nodes.error(
                "`pola: \(pattern)` does not use `\(unused.key)`", at: unused.value,
                hint: uses.isEmpty
                    ? "all cases arrive at the start: remove `\(unused.key)`"
                    : "these arrivals take \(uses): remove `\(unused.key)`, or choose another `pola`")
            return nil
        }
        if taken.count > 1 {
            nodes.error(
                "`selang` and `laju` both say how often cases arrive", at: taken[1].value,
                hint: "keep one: `selang: 40 jam` (the mean interval) or `laju: 20 per bulan` (cases per period)")
            return nil
        }
        switch (pattern, taken.first) {
        case ("sekaligus", _):
            return .batch
        case ("daftar", let times?):
            return arrivalTimes(times.value).map(Arrivals.times)
        case (_, nil):
            if unreadKeys { return nil }
            let needs: Message = pattern == "daftar" ? "their times" : "an interval or a rate"
            nodes.error(
                "arrivals `\(pattern)` need \(needs)", at: patternNode ?? node,
                hint: pattern == "daftar" ? "waktu: [2026-03-02T07:30, 2026-03-02T09:00]" : "selang: 40 jam, or laju: 20 per bulan")
            return nil
        case (_, let given?):
            let interval = given.key == "laju" ? rate(given.value) : positiveDuration(given.value, named: given.key)
            return interval.map { pattern == "tetap" ? .regular(interval: $0) : .poisson(meanInterval: $0) }
        }
    }

    /// `waktu`: at least one moment, since a list of none would simulate nothing.
    mutating func arrivalTimes(_ node: Node) -> [CivilDateTime]? {
        guard let items = nodes.items(node, named: "waktu") else { return nil }
        guard !items.isEmpty else {
            nodes.error(
                "the list of arrival times (`waktu`) is empty", at: node,
                hint: "list the moments cases arrive: waktu: [2026-03-02T07:30, 2026-03-02T09:00]")
            return nil
        }
        let times = items.compactMap { moment($0, named: localized("an item of waktu")) }
        return times.count == items.count ? times : nil
    }

    /// "20 per bulan", "2,4 per jam": the interval it means.
    mutating func rate(_ node: Node) -> WorkDuration? {
        guard let text = nodes.text(node, named: "laju") else { return nil }
        guard let interval = ScenarioValues.rateInterval(text) else {
            nodes.error(
                "`laju` must read as a number of cases per jam, hari, minggu or bulan, not “\(text)”", at: node,
                hint: "laju: 20 per bulan")
            return nil
        }
        return interval
    }
}
