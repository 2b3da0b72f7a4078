/// Writes an SOP as BPMN 2.0 XML that bpmn.io and Camunda Modeler open: one pool for the unit,
/// a lane per role (a `laneSet`), a user task per step with its Mutu Baku as documentation,
/// an exclusive gateway after each decision whose outgoing sequence flows are named by the
/// answers, start and end events, and the diagram (BPMNDI) laid out like the standard's
/// flowchart turned on its side.
public enum BPMNWriter {
    public static func write(_ sop: SOP) -> String {
        let layout = FlowchartLayout(sop)
        let ends = Set(
            layout.nodes.indices.filter { row in
                layout.stepIndex(ofRow: row) != nil && layout.nodes[row].symbol == .terminator && layout.links(from: row).isEmpty
            })
        let diagram = BPMNDiagramLayout(layout, endsAfter: ends)
        var model = BPMNModel()

        for (row, node) in layout.nodes.enumerated() {
            switch node.element {
            case .step(let stepIndex):
                // Ids count the table's rows from 1, whatever the steps' numbers.
                let index = stepIndex.offset
                let step = sop.steps[stepIndex]
                let joint = node.jointLanes.map { layout.lanes[$0].name }
                let name = node.number + ". " + node.text + (joint.isEmpty ? "" : " (bersama " + joint.joined(separator: ", ") + ")")
                model.add(
                    row: row, "userTask", id: "Activity_\(index + 1)", name: name, lane: node.lane, bounds: diagram.entries[row],
                    documentation: documentation(of: step, sop: sop, flow: layout))
                if node.symbol == .decision {
                    model.add(
                        row: row, "exclusiveGateway", id: "Gateway_\(index + 1)", name: "Keputusan \(node.number)", lane: node.lane,
                        bounds: diagram.followers[row]!, isExit: true)
                    model.flow(
                        from: "Activity_\(index + 1)", to: "Gateway_\(index + 1)", name: nil,
                        waypoints: straight(diagram.entries[row], diagram.followers[row]!))
                } else if ends.contains(row) {
                    model.add(
                        row: row, "endEvent", id: "EndEvent_\(index + 1)", name: FlowchartLayout.endText, lane: node.lane,
                        bounds: diagram.followers[row]!, isExit: false)
                    model.flow(
                        from: "Activity_\(index + 1)", to: "EndEvent_\(index + 1)", name: nil,
                        waypoints: straight(diagram.entries[row], diagram.followers[row]!))
                }
            case .start:
                model.add(row: row, "startEvent", id: "StartEvent_1", name: node.text, lane: node.lane, bounds: diagram.entries[row])
            case .end:
                model.add(row: row, "endEvent", id: "EndEvent_0", name: node.text, lane: node.lane, bounds: diagram.entries[row])
            case .connector:
                break
            }
        }
        if let start = diagram.startEvent, let first = layout.nodes.first {
            model.add(row: nil, "startEvent", id: "StartEvent_1", name: FlowchartLayout.startText, lane: first.lane, bounds: start)
            model.flow(from: "StartEvent_1", to: model.entryID[0]!, name: nil, waypoints: straight(start, diagram.entries[0]))
        }
        for link in layout.links {
            guard let to = link.to else { continue }
            model.flow(from: model.exitID[link.from]!, to: model.entryID[to]!, name: link.answer, waypoints: diagram.waypoints(link))
        }
        return model.xml(sop: sop, lanes: layout.lanes, diagram: diagram)
    }

    private static func straight(_ from: BPMNDiagramLayout.Bounds, _ to: BPMNDiagramLayout.Bounds) -> [BPMNDiagramLayout.Point] {
        [.init(x: from.x + from.width, y: from.centerY), .init(x: to.x, y: to.centerY)]
    }

    /// The Mutu Baku and notes of a step, and any answer a draft leaves pointing nowhere.
    private static func documentation(of step: Step, sop: SOP, flow layout: FlowchartLayout) -> String {
        var lines: [String] = []
        if !step.requirements.isEmpty { lines.append("Persyaratan/Kelengkapan: " + step.requirements) }
        if !step.time.text.isEmpty { lines.append("Waktu: " + step.time.text) }
        if !step.output.isEmpty { lines.append("Output: " + step.output) }
        if !step.notes.isEmpty { lines.append("Keterangan: " + step.notes) }
        for answer in step.decision?.answers ?? []
        where answer.target == nil
            || answer.target.map({ target in
                if case .step(let number) = target { return sop.step(number) == nil } else { return false }
            }) == true
        {
            lines.append("Jawaban “\(answer.label)” belum menunjuk langkah yang ada (\(answer.target?.description ?? "kosong"))")
        }
        return lines.joined(separator: "\n")
    }
}
