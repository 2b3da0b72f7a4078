import Foundation
import Yams

/// An office file's `perubahan`: named what-ifs for the whole office, each other headcounts
/// (`jabatan`) and edits of some of its SOPs (`sop`, by `berkas`): their demand, and steps
/// merged or removed as a scenario's change writes them. The edits are compiled against their
/// SOP here, so that a step it lacks is refused at its line.
extension OfficeFileReader {
    mutating func changes(from node: Node, procedures: [Office.Procedure], positions: [Office.Position]?) -> [Office.Change] {
        guard let items = values.nodes.items(node, named: "perubahan") else { return [] }
        var changes: [Office.Change] = []
        var names: [String: SourceLocation] = [:]
        for (index, item) in items.enumerated() {
            let prefix = "perubahan.\(index + 1)"
            record(prefix, at: item)
            guard let change = change(from: item, number: index + 1, procedures: procedures, positions: positions) else { continue }
            let nameNode = item.mapping?.first { $0.key.string == "nama" }?.value
            if let first = names[change.name] {
                values.nodes.error(
                    "two changes are named “\(change.name)” (the first at line \(first.line))", at: nameNode ?? item,
                    hint: "give each change its own name: `simulate` and `compare` tell them by it")
                continue
            }
            names[change.name] = values.locations[prefix + ".nama"]
            changes.append(change)
        }
        return changes
    }

    mutating func change(from item: Node, number: Int, procedures: [Office.Procedure], positions: [Office.Position]?) -> Office.Change? {
        let prefix = "perubahan.\(number)"
        guard let entries = values.nodes.entries(of: item, named: localized("a change (perubahan)"), known: Self.changeKeys) else {
            return nil
        }
        var change = Office.Change(name: "")
        var name: String?
        for (key, value) in entries {
            record(prefix + "." + key, at: value)
            switch key {
            case "nama":
                name = values.nodes.text(value, named: key)
                if name?.lowercased() == "baseline" {
                    values.nodes.error(
                        "a change cannot be named “\(name!)”: the baseline is the office as the file writes it", at: value,
                        hint: "name it after what it changes, such as `nama: tambah pokja`")
                    return nil
                }
            case "jabatan": change.headcount = headcounts(value, positions: positions, prefix: prefix + "." + key)
            default: edits(value, into: &change, procedures: procedures, positions: positions, prefix: prefix + "." + key)
            }
        }
        guard let name, !name.isEmpty else {
            values.nodes.error("change \(number) has no name", at: item, hint: "give it one: `nama: tambah pokja`")
            return nil
        }
        change.name = name
        return change
    }

    /// A change's `jabatan`: a headcount per jabatan id, in place of the office's.
    mutating func headcounts(_ node: Node, positions: [Office.Position]?, prefix: String) -> [String: Int] {
        guard case .mapping(let mapping) = node else {
            values.nodes.error(
                "`jabatan` in a change must map jabatan ids to numbers of people, not \(values.nodes.describe(node))", at: node,
                hint: "jabatan: {pokja: 4}")
            return [:]
        }
        let known = positions?.map(\.id)
        var headcounts: [String: Int] = [:]
        for (keyNode, value) in mapping {
            guard let id = keyNode.scalar?.string else { continue }
            record(prefix + "." + id, at: keyNode)
            if let known, !known.contains(id) {
                let nearest = EditDistance.suggestions(for: id, among: known)
                values.nodes.error(
                    "no jabatan has the id `\(id)`", at: keyNode,
                    hint: nearest.isEmpty ? "the jabatan are \(known.joined(separator: ", "))" : "did you mean `\(nearest[0])`?")
                continue
            }
            if let people = values.count(
                value, named: "jabatan.\(id)", least: 1, most: ScenarioLimits.largestCount,
                because: "give the number of people who hold the jabatan, such as `jabatan: {\(id): 4}`")
            {
                headcounts[id] = people
            }
        }
        return headcounts
    }

    /// A change's `sop`: edits of the office's SOPs, each named by its `berkas` as the office
    /// lists it.
    mutating func edits(
        _ node: Node, into change: inout Office.Change, procedures: [Office.Procedure],
        positions: [Office.Position]?, prefix: String
    ) {
        var edited: Set<String> = []
        for (index, item) in (values.nodes.items(node, named: "sop") ?? []).enumerated() {
            let itemPrefix = prefix + ".\(index + 1)"
            record(itemPrefix, at: item)
            guard
                let entries = values.nodes.entries(
                    of: item, named: localized("an edit of an SOP (perubahan.sop)"),
                    known: Self.changeProcedureKeys)
            else { continue }
            var removed: [StepNumber] = []
            var merged: [StepMerge] = []
            var pathNode: Node?
            for (key, value) in entries {
                record(itemPrefix + "." + key, at: value)
                switch key {
                case "berkas": pathNode = value
                case "gabung_langkah": merged = values.merges(value, prefix: itemPrefix + "." + key)
                case "hapus_langkah": removed = values.stepList(value, named: key, prefix: itemPrefix + "." + key)
                default: break  // volume, selang
                }
            }
            let demand = self.demand(entries, in: item, required: false)
            guard let pathNode else {
                values.nodes.error(
                    "an edit of an SOP needs `berkas`, the SOP's file as the office lists it", at: item,
                    hint: "berkas: \(procedures.first?.path ?? "kebijakan-mutu-ukpbj.yaml")")
                continue
            }
            guard let written = values.nodes.text(pathNode, named: "berkas"),
                let procedure = procedure(named: written, at: pathNode, among: procedures)
            else { continue }
            guard edited.insert(procedure.path).inserted else {
                values.nodes.error(
                    "the change edits \(procedure.path) twice", at: pathNode, hint: "put all its edits of the SOP in one entry")
                continue
            }
            if let demand { change.demand[procedure.path] = demand }
            if !merged.isEmpty { change.mergedSteps[procedure.path] = merged }
            if !removed.isEmpty { change.removedSteps[procedure.path] = removed }
            if !merged.isEmpty || !removed.isEmpty {
                check(
                    procedure.settings, on: procedure.sop, path: procedure.path, staff: staff(procedure.positions, positions),
                    prefix: itemPrefix, removed: removed, merged: merged)
            }
        }
    }

    /// The office's SOP that an edit's `berkas` names: the same file as an entry of `sop`.
    /// An SOP that did not read has its own error, and an edit of it says nothing more.
    mutating func procedure(named written: String, at node: Node, among procedures: [Office.Procedure]) -> Office.Procedure? {
        let folder = file.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        let standard = { (path: String) in
            URL(fileURLWithPath: path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path).standardizedFileURL.path
        }
        if let found = procedures.first(where: { $0.path == written || standard($0.path) == standard(written) }) { return found }
        if listedSOPs.contains(where: { standard($0) == standard(written) }) { return nil }
        let paths = procedures.map(\.path)
        let nearest = EditDistance.suggestions(for: written, among: paths)
        values.nodes.error(
            "the office lists no SOP \(written)", at: node,
            hint: nearest.isEmpty ? "its SOPs are \(paths.joined(separator: ", "))" : "did you mean `\(nearest[0])`?")
        return nil
    }
}
