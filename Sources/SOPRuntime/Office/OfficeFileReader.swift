import Foundation
import Yams

/// Walks an office file's YAML tree (see `OfficeFile`). Its values are read by the scenario
/// reader's own functions (counts, durations, decisions, calendars), so that `durasi: 40 jam`,
/// `keputusan` or `kalender` mean and are refused in an office file exactly as in a scenario
/// file; the scenario reader's `YAMLNodeReader` collects every problem and its `locations`
/// every key's place. The jabatan are read before the SOPs, which name them.
struct OfficeFileReader {
    var values: ScenarioFileReader
    var warnings: [Diagnostic] = []
    /// Every SOP file the `sop` list names, read or not: a change that edits one that did not
    /// read says nothing more about it.
    var listedSOPs: [String] = []
    let file: String?

    static let topKeys = ["kantor", "jam_kerja_efektif", "kalender", "horizon", "replikasi", "seed", "sop", "jabatan", "perubahan"]
    static let procedureKeys = ["berkas", "volume", "selang", "target", "pelaksana", "keputusan", "durasi", "batas_pengulangan"]
    static let positionKeys = ["id", "nama", "jumlah", "biaya_per_jam", "cuti", "kalender", "jam_kerja_efektif"]
    static let changeKeys = ["nama", "jabatan", "sop"]
    static let changeProcedureKeys = ["berkas", "volume", "selang", "gabung_langkah", "hapus_langkah"]

    /// A year's hours: no one works more, whatever the calendar.
    static let hoursPerYear = 8760
    /// Cases a year: beyond what a replication of a year takes (`ScenarioLimits`).
    static let largestVolume = Double(ScenarioLimits.largestCaseCount)
    /// Whole rupiah an hour: far above any salary, below what a `Double` sums exactly.
    static let largestCost = 1_000_000_000

    init(file: String?) {
        self.file = file
        values = ScenarioFileReader(file: file)
    }

    /// What the office's top level sets, as read so far.
    struct Settings {
        var name: String?
        var effectiveHours: Double?
        var calendar: WorkCalendar?
        var horizon: WorkDuration?
        var replications: Int?
        var seed: UInt64?
    }

    mutating func office(from root: Node) -> Office? {
        guard case .mapping = root,
            let entries = values.nodes.entries(of: root, named: localized("the office file"), known: Self.topKeys)
        else { return nil }
        var settings = Settings()
        var lists: [String: Node] = [:]
        for (key, value) in entries {
            record(key, at: value)
            switch key {
            case "kantor":
                settings.name = values.nodes.text(value, named: key)
                if settings.name == "" { values.nodes.error("`kantor` is empty", at: value, hint: "kantor: UKPBJ Kabupaten Contoh") }
            case "jam_kerja_efektif": settings.effectiveHours = effectiveHours(value)
            case "kalender": settings.calendar = values.calendar(value)
            case "horizon": settings.horizon = values.positiveDuration(value, named: key)
            case "replikasi":
                settings.replications = values.count(
                    value, named: key, least: 1, most: ScenarioLimits.largestReplicationCount,
                    because: ScenarioLimits.replicationHint)
            case "seed": settings.seed = values.seed(value)
            default: lists[key] = value
            }
        }
        if settings.name == nil, values.locations["kantor"] == nil {
            values.nodes.error("the office file does not name its unit (`kantor`)", at: root, hint: "add `kantor: UKPBJ Kabupaten Contoh`")
        }
        let positions = lists["jabatan"].flatMap { self.positions(from: $0, settings: settings) }
        if lists["jabatan"] == nil {
            values.nodes.error(
                "the office file lists no jabatan", at: root,
                hint: "add `jabatan:` with each position: `- {id: pokja, nama: Pokja Pemilihan, jumlah: 3}`")
        }
        var procedures: [Office.Procedure] = []
        if let list = lists["sop"] {
            procedures = self.procedures(from: list, positions: positions)
        } else {
            values.nodes.error(
                "the office file lists no SOP (`sop`)", at: root,
                hint: "add `sop:` with each SOP: `- {berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {…}}`")
        }
        let changes = lists["perubahan"].map { self.changes(from: $0, procedures: procedures, positions: positions) } ?? []
        warnUnused(positions ?? [], by: procedures)
        guard let name = settings.name else { return nil }
        return Office(
            name: name, procedures: procedures, positions: positions ?? [],
            effectiveHoursPerYear: settings.effectiveHours ?? Office.defaultEffectiveHours,
            calendar: settings.calendar ?? .office, horizon: settings.horizon ?? .days(12 * WorkDuration.daysPerMonth),
            replications: settings.replications ?? 5, seed: settings.seed ?? 1, changes: changes)
    }

    /// Records where `key` stood (its value), for a later message about it.
    mutating func record(_ key: String, at node: Node) {
        if let location = values.nodes.location(of: node) { values.locations[key] = location }
    }

    /// `jam_kerja_efektif`: whole hours a year, as the guideline counts them.
    mutating func effectiveHours(_ node: Node) -> Double? {
        values.count(
            node, named: "jam_kerja_efektif", least: 1, most: Self.hoursPerYear,
            because: "a year has \(Self.hoursPerYear) hours; the guideline counts 1250 effective hours a person (1200 to 1300)"
        )
        .map(Double.init)
    }

    // MARK: Jabatan

    /// The jabatan; nil when one of them did not read, so that an SOP's `pelaksana` is not
    /// also refused for naming it.
    mutating func positions(from node: Node, settings: Settings) -> [Office.Position]? {
        guard let items = values.nodes.items(node, named: "jabatan") else { return nil }
        if items.isEmpty {
            values.nodes.error(
                "`jabatan` lists no position", at: node,
                hint: "list each jabatan: `- {id: pokja, nama: Pokja Pemilihan, jumlah: 3}`")
            return nil
        }
        var positions: [Office.Position] = []
        var seen: [String: SourceLocation] = [:]
        var whole = true
        for item in items {
            guard let position = position(from: item, settings: settings) else {
                whole = false
                continue
            }
            let place = values.locations["jabatan.\(position.id)"]
            if let first = seen[position.id] {
                values.nodes.error(
                    "jabatan `\(position.id)` is listed twice (first at line \(first.line))", at: idNode(of: item) ?? item,
                    hint: "list each jabatan once, or give this one another id")
                continue
            }
            seen[position.id] = place
            positions.append(position)
        }
        // The places of a repeated id were overwritten by its second entry: put back the first's.
        for (id, place) in seen { values.locations["jabatan.\(id)"] = place }
        return whole ? positions : nil
    }

    /// The value of an item's `id`, for pointing at it.
    func idNode(of item: Node) -> Node? {
        item.mapping?.first { $0.key.string == "id" }?.value
    }

    mutating func position(from item: Node, settings: Settings) -> Office.Position? {
        guard let entries = values.nodes.entries(of: item, named: localized("a position (jabatan)"), known: Self.positionKeys) else {
            return nil
        }
        var id: String?
        var name: String?
        var headcount: Int?
        var cost: Double?
        var leave: Int?
        var calendar: WorkCalendar?
        var hours: Double?
        var places: [String: Node] = [:]
        for (key, value) in entries {
            places[key] = value
            switch key {
            case "id": id = positionID(value)
            case "nama": name = values.nodes.text(value, named: key)
            case "jumlah":
                headcount = values.count(
                    value, named: key, least: 1, most: ScenarioLimits.largestCount,
                    because: "give the number of people who hold the jabatan, such as `jumlah: 3`")
            case "biaya_per_jam": cost = rupiah(value)
            case "cuti":
                leave = values.count(
                    value, named: key, least: 0, most: 365,
                    because: "`cuti` counts the days of leave a person takes in a year, such as `cuti: 12`")
            case "kalender": calendar = values.calendar(value)
            default: hours = effectiveHours(value)
            }
        }
        for key in ["id", "nama", "jumlah"] where places[key] == nil {
            values.nodes.error(
                "a jabatan needs `\(key)`", at: item,
                hint: key == "id" ? "id: pokja (small letters, as a role id)" : key == "nama" ? "nama: Pokja Pemilihan" : "jumlah: 3")
        }
        guard let id, let name, let headcount else { return nil }
        if name.isEmpty, let node = places["nama"] {
            values.nodes.error("jabatan `\(id)` has an empty `nama`", at: node, hint: "nama: Pokja Pemilihan")
        }
        for (key, value) in places { record("jabatan.\(id).\(key)", at: value) }
        record("jabatan.\(id)", at: item)
        if let leave, let node = places["cuti"] {
            let available = hours ?? settings.effectiveHours ?? Office.defaultEffectiveHours
            let hoursPerDay = (calendar ?? settings.calendar ?? .office).hoursPerDay
            if Double(leave) * hoursPerDay >= available {
                values.nodes.error(
                    "\(leave) days of leave take all of the \(Int(available)) effective hours of jabatan `\(id)`", at: node,
                    hint: "give the days of leave a person takes in a year, such as `cuti: 12`")
            }
        }
        return Office.Position(
            id: id, name: name, headcount: headcount, costPerHour: cost, leaveDaysPerYear: Double(leave ?? 0),
            calendar: calendar, effectiveHoursPerYear: hours)
    }

    /// A jabatan id: written like a role id, since SOPs' `pelaksana` and the shell name it.
    mutating func positionID(_ node: Node) -> String? {
        guard let id = values.nodes.text(node, named: "id") else { return nil }
        guard Role.isValidID(id) else {
            values.nodes.error(
                "the jabatan id “\(id)” is not small letters, digits, `_` and `-` starting with a letter", at: node,
                hint: "write it like a role id, such as `\(Role.suggestedID(for: id))`")
            return nil
        }
        return id
    }

    /// `biaya_per_jam`: whole rupiah. `150.000`, as Indonesian writes a hundred and fifty
    /// thousand, would read as a YAML number of 150, so any separator is refused.
    mutating func rupiah(_ node: Node) -> Double? {
        let text = node.scalar?.string ?? ""
        if text.contains(where: { $0 == "." || $0 == "," }), ScenarioValues.decimal(text) != nil {
            values.nodes.error(
                "`biaya_per_jam` is whole rupiah, written without separators, not \(values.nodes.describe(node))", at: node,
                hint: "write 150000 for Rp150.000 an hour")
            return nil
        }
        return values.count(
            node, named: "biaya_per_jam", least: 1, most: Self.largestCost,
            because: "give the rupiah an hour of a person's work costs, such as `biaya_per_jam: 150000`"
        ).map(Double.init)
    }

    // MARK: Warnings

    /// A jabatan that fills no role of any SOP: harmless, but usually a slip (a role mapped to
    /// the wrong id) or a position the office file forgot to give work.
    mutating func warnUnused(_ positions: [Office.Position], by procedures: [Office.Procedure]) {
        let used = Set(procedures.flatMap { $0.positions.values })
        for position in positions where !used.contains(position.id) {
            warnings.append(
                Diagnostic(
                    .warning, .officeUnusedPosition, "jabatan `\(position.id)` fills no role of any SOP",
                    hint: "name it under an SOP's `pelaksana` (`ROLE: \(position.id)`), or remove it",
                    location: values.locations["jabatan.\(position.id).id"] ?? values.locations["jabatan.\(position.id)"]))
        }
    }
}
