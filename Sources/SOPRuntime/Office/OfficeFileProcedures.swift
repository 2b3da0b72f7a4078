import Foundation
import Yams

/// An office file's `sop` list: each SOP opened from its `berkas`, its demand, its target,
/// who fills its roles, and the scenario settings it runs with. What the file says of an SOP
/// is checked against that SOP here, where the file is read, so that a role, a step or an
/// answer the SOP lacks is found at its line rather than when the office is simulated.
extension OfficeFileReader {
    mutating func procedures(from node: Node, positions: [Office.Position]?) -> [Office.Procedure] {
        guard let items = values.nodes.items(node, named: "sop") else { return [] }
        if items.isEmpty {
            values.nodes.error(
                "`sop` lists no SOP", at: node,
                hint: "list each SOP the unit runs: `- {berkas: kebijakan-mutu-ukpbj.yaml, volume: 120, pelaksana: {…}}`")
        }
        var procedures: [Office.Procedure] = []
        var seen: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            record("sop.\(index + 1)", at: item)
            if let written = item.mapping?.first(where: { $0.key.string == "berkas" })?.value.string { listedSOPs.append(written) }
            guard let procedure = procedure(from: item, index: index, positions: positions) else { continue }
            if let first = seen[procedure.path] {
                values.nodes.error(
                    "the SOP \(procedure.path) is listed twice (first at line \(first.line))",
                    at: item.mapping?.first { $0.key.string == "berkas" }?.value ?? item,
                    hint: "list each SOP once: its `volume` counts all of its cases, and changes name it by its `berkas`")
                continue
            }
            seen[procedure.path] = values.locations["sop.\(index + 1).berkas"]
            procedures.append(procedure)
        }
        return procedures
    }

    mutating func procedure(from item: Node, index: Int, positions: [Office.Position]?) -> Office.Procedure? {
        let prefix = "sop.\(index + 1)"
        guard let entries = values.nodes.entries(of: item, named: localized("an SOP of the office (sop)"), known: Self.procedureKeys) else {
            return nil
        }
        var settings = ScenarioFileReader.Settings()
        var path: String?
        var pathNode: Node?
        var target: WorkDuration?
        var executors: Node?
        for (key, value) in entries {
            record(prefix + "." + key, at: value)
            switch key {
            case "berkas":
                path = values.nodes.text(value, named: key)
                pathNode = value
            case "target": target = values.positiveDuration(value, named: key)
            case "pelaksana": executors = value
            case "keputusan": settings.decisions = values.decisions(value, prefix: prefix + "." + key)
            case "durasi": values.readDurations(value, into: &settings, prefix: prefix + "." + key)
            case "batas_pengulangan":
                settings.reworkCap = values.count(
                    value, named: key, least: 0, most: ScenarioLimits.largestCount,
                    because: ScenarioLimits.reworkCapHint)
            default: break  // volume, selang: below
            }
        }
        let demand = self.demand(entries, in: item, required: true)
        guard let pathNode else {
            values.nodes.error(
                "an SOP of the office needs `berkas`", at: item,
                hint: "berkas: kebijakan-mutu-ukpbj.yaml (a PDF, YAML or table text file, relative to the office file)")
            return nil
        }
        guard let path, !path.isEmpty else {
            if path == "" { values.nodes.error("`berkas` is empty", at: pathNode, hint: "berkas: kebijakan-mutu-ukpbj.yaml") }
            return nil
        }
        guard let sop = runnableSOP(path, at: pathNode) else { return nil }
        guard let executors else {
            values.nodes.error(
                "the entry of \(path) does not say who fills its roles (`pelaksana`)", at: item,
                hint:
                    "add `pelaksana:` with each role of the SOP and its jabatan: \(sop.roles.map { "`\($0.id): JABATAN`" }.joined(separator: ", "))"
            )
            return nil
        }
        let filled = roles(executors, of: sop, path: path, positions: positions, prefix: prefix + ".pelaksana")
        let scenario = Scenario(
            arrivals: .batch, durations: settings.durationModel, decisions: settings.decisions,
            reworkCap: settings.reworkCap ?? 10)
        check(scenario, on: sop, path: path, staff: staff(filled, positions), prefix: prefix)
        guard let demand else { return nil }
        return Office.Procedure(path: path, sop: sop, demand: demand, target: target, positions: filled, settings: scenario)
    }

    /// `volume` (cases a year) or `selang` (the mean interval): one of them where `required`
    /// (an SOP of the office), at most one in a change.
    mutating func demand(_ entries: [(key: String, value: Node)], in item: Node, required: Bool) -> Office.Demand? {
        let given = entries.filter { $0.key == "volume" || $0.key == "selang" }
        if given.count > 1 {
            values.nodes.error(
                "`volume` and `selang` both say how often cases come", at: given[1].value,
                hint: "keep one: `volume: 120` (cases a year) or `selang: 40 jam` (the mean interval between cases)")
            return nil
        }
        guard let (key, node) = given.first else {
            if required {
                values.nodes.error(
                    "the entry does not say how often cases of the SOP come", at: item,
                    hint: "add `volume: 120` (cases a year) or `selang: 40 jam` (the mean interval between cases)")
            }
            return nil
        }
        if key == "selang" { return values.positiveDuration(node, named: key).map(Office.Demand.every) }
        guard let volume = values.number(node, named: key, positive: true) else { return nil }
        guard volume <= Self.largestVolume else {
            values.nodes.error(
                "`volume` is \(values.nodes.describe(node)) cases a year, more than the simulator takes (at most \(Int(Self.largestVolume)))",
                at: node, hint: "give the cases the SOP is asked for in a year, such as `volume: 120`")
            return nil
        }
        return .perYear(volume)
    }

    /// `written` relative to the office file's folder, as a scenario's `sop` is.
    func resolved(_ written: String) -> String {
        let folder = file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        return written.hasPrefix("/") || folder.isEmpty ? written : folder + "/" + written
    }

    /// The SOP at `written`, opened as `open` would; nil, with the error at `node`, when it
    /// cannot be opened or is a draft with errors, which no case can run through.
    mutating func runnableSOP(_ written: String, at node: Node) -> SOP? {
        let path = resolved(written)
        guard FileManager.default.fileExists(atPath: path) else {
            values.nodes.error(
                "no such SOP file: \(path)", at: node, hint: "`berkas` names the SOP's file relative to the office file's folder")
            return nil
        }
        let loaded: LoadedSOP
        do throws(SOPReadError) {
            (loaded, _) = try SOPFile.open(path)
        } catch {
            // The SOP's own place, when it is more than the file's start, says where to fix it.
            let place = error.location.line > 1 || error.location.column > 1 ? "\(error.location): " : ""
            values.nodes.error(
                "cannot open the SOP \(written): \(Message(verbatim: place + error.message))", at: node,
                hint: error.hint.map(Message.init(verbatim:)) ?? "`sopsh check \(path)` says more")
            return nil
        }
        let errors = (loaded.diagnostics + loaded.sop.check(sourceMap: loaded.sourceMap)).filter { $0.severity == .error }
        if let first = errors.first {
            let finding = Message(
                verbatim: (first.location.map { "\($0): " } ?? "") + (first.subject.map { "\($0): " } ?? "") + first.message)
            values.nodes.error(
                errors.count == 1
                    ? "the SOP \(written) is a draft with 1 error, so it cannot be simulated: \(finding)"
                    : "the SOP \(written) is a draft with \(errors.count) errors, so it cannot be simulated; the first: \(finding)",
                at: node, hint: "fix the SOP and save it; `sopsh check \(path)` lists every error")
            return nil
        }
        return loaded.sop
    }

    /// `pelaksana`: each role id of the SOP and the jabatan that fills it. A role the SOP
    /// lacks, a jabatan the file does not list, and a role left unfilled are refused.
    mutating func roles(_ node: Node, of sop: SOP, path: String, positions: [Office.Position]?, prefix: String) -> [String: String] {
        guard case .mapping(let mapping) = node else {
            values.nodes.error(
                "`pelaksana` must map the SOP's role ids to jabatan ids, not \(values.nodes.describe(node))", at: node,
                hint: "pelaksana: {\(sop.roles.map { "\($0.id): JABATAN" }.joined(separator: ", "))}")
            return [:]
        }
        let roleIDs = sop.roles.map(\.id)
        let positionIDs = positions?.map(\.id)
        var filled: [String: String] = [:]
        var written: Set<String> = []
        for (keyNode, value) in mapping {
            guard let role = keyNode.scalar?.string else {
                values.nodes.error(
                    "a key in `pelaksana` must be a role id", at: keyNode, hint: "pelaksana: {\(roleIDs.first ?? "kepala"): JABATAN}")
                continue
            }
            record(prefix + "." + role, at: keyNode)
            guard roleIDs.contains(role) else {
                let nearest = EditDistance.suggestions(for: role, among: roleIDs)
                values.nodes.error(
                    "\(path) has no role `\(role)`", at: keyNode,
                    hint: nearest.isEmpty
                        ? "its roles are \(roleIDs.joined(separator: ", "))"
                        : "did you mean `\(nearest[0])`? Its roles are \(roleIDs.joined(separator: ", "))")
                written.insert(role)
                continue
            }
            // A role written twice is refused by the YAML reader itself, at the first.
            written.insert(role)
            guard let id = values.nodes.text(value, named: "pelaksana.\(role)") else { continue }
            // Without a list of jabatan that read whole, an unknown id would only repeat its error.
            guard let positionIDs else { continue }
            guard positionIDs.contains(id) else {
                let nearest = EditDistance.suggestions(for: id, among: positionIDs)
                values.nodes.error(
                    "no jabatan has the id `\(id)`", at: value,
                    hint: nearest.isEmpty
                        ? "the jabatan are \(positionIDs.joined(separator: ", ")); add it under `jabatan` if it is another"
                        : "did you mean `\(nearest[0])`?")
                continue
            }
            filled[role] = id
        }
        for role in sop.roles where !written.contains(role.id) {
            values.nodes.error(
                "role `\(role.id)` (\(role.name)) of \(path) is filled by no jabatan", at: node,
                hint: "add `\(role.id): JABATAN` under `pelaksana`")
        }
        return filled
    }

    /// The people each role draws on: the headcount of the jabatan that fills it.
    func staff(_ filled: [String: String], _ positions: [Office.Position]?) -> [String: Int] {
        filled.compactMapValues { id in positions?.first { $0.id == id }?.headcount }
    }

    /// Compiles `settings` (with a change's edits) against the SOP, as a simulation will: a
    /// step, an answer or a merge the SOP does not have is refused at the key that names it,
    /// under `prefix` ("sop.2", "perubahan.1.sop.1").
    mutating func check(
        _ settings: Scenario, on sop: SOP, path: String, staff: [String: Int], prefix: String,
        removed: [StepNumber] = [], merged: [StepMerge] = []
    ) {
        var probe = settings
        probe.arrivals = .poisson(meanInterval: .hours(1))
        probe.cases = 1
        probe.staff = staff
        probe.removedSteps = removed
        probe.mergedSteps = merged
        do throws(ScenarioError) {
            _ = try Simulation(sop: sop, scenario: probe)
        } catch {
            var parts = (prefix + (error.key.map { "." + $0 } ?? "")).split(separator: ".").map(String.init)
            while !parts.isEmpty, values.locations[parts.joined(separator: ".")] == nil { parts.removeLast() }
            values.nodes.error(
                "\(path): \(Message(verbatim: error.message))", located: values.locations[parts.joined(separator: ".")],
                hint: error.hint.map(Message.init(verbatim:)))
        }
    }
}
